"""News-style English sentences for parity fixtures and benchmarks.

Everything here was written for attache (no copied articles): a set of
hand-written sentences that cover regions, hostile and cooperative events,
numbers, dates and awkward tokenization (contractions, abbreviations, URLs,
units, quotes, dashes), plus a template generator that recombines actors,
verbs and circumstances into as many further sentences as needed.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

HANDWRITTEN = [
    # Diplomacy and cooperation
    "Foreign Minister Ana Ruiz met her Chilean counterpart in Santiago on Tuesday to discuss lithium exports.",
    "The two governments signed a memorandum of understanding on fisheries cooperation in Suva last week.",
    "Kenya and Ethiopia agreed on Monday to reopen the Moyale border crossing after a three-month closure.",
    "President Lula da Silva will travel to Beijing in April for talks with Xi Jinping, his office said.",
    "The European Union pledged €1.2 billion in reconstruction aid to Ukraine at a donor conference in Rome.",
    "Japan's ambassador to Indonesia, Kenji Tanaka, presented his credentials at the Merdeka Palace on Friday.",
    "Ministers from the ASEAN bloc gathered in Vientiane for a two-day meeting on maritime security.",
    "The African Union welcomed the ceasefire announced by Sudan's army and the Rapid Support Forces.",
    "Norway offered to host a new round of talks between the Colombian government and the ELN rebels.",
    "Prime Minister Narendra Modi and Australian Prime Minister Anthony Albanese held a summit in Ahmedabad.",
    "The United Nations Security Council voted 13-0 to extend the peacekeeping mission in South Sudan.",
    "Qatar's Emir Sheikh Tamim bin Hamad Al Thani received a phone call from the Iranian president.",
    "Turkey and Greece agreed to resume confidence-building talks suspended since 2016.",
    "Brazil, Argentina and Uruguay issued a joint statement on the Mercosur trade deal with the EU.",
    "Vietnam's National Assembly approved a visa waiver for citizens of 13 countries, effective Aug. 15.",
    "Germany will send 2,000 additional troops to Lithuania by 2027, Defence Minister Boris Pistorius said.",
    "South Korea and Japan restored each other to their lists of trusted trading partners.",
    "The Philippines lodged a diplomatic protest over the presence of Chinese vessels near Scarborough Shoal.",
    "Egypt mediated an agreement between Hamas and Fatah officials in Cairo on Sunday night.",
    "Saudi Arabia and Iran announced the restoration of diplomatic relations after a seven-year rift.",
    "The Pacific Islands Forum called on Japan to delay the release of treated water from Fukushima.",
    "Canada's Foreign Affairs Minister Mélanie Joly expelled a diplomat accused of interference.",
    "Morocco and Spain signed 20 agreements covering migration, energy and transport in Rabat.",
    "Nigeria's President Bola Tinubu hosted ECOWAS leaders in Abuja to discuss the crisis in Niger.",
    "Mongolia's president visited Paris, where he and Emmanuel Macron discussed uranium and rare earths.",
    "India and China agreed to disengage troops at two friction points along the Line of Actual Control.",
    "Singapore will host the Shangri-La Dialogue from May 31 to June 2, organizers said.",
    "Kazakhstan's foreign ministry summoned the Russian ambassador over remarks by a state TV presenter.",
    "The Dutch government apologized to Indonesia for violence during the 1945-1949 war of independence.",
    "Mexico recalled its ambassador from Peru after Lima declared him persona non grata.",
    # Hostile events
    "Rebels attacked an army base near Goma, killing at least 12 soldiers, a military spokesman said.",
    "Police fired tear gas at thousands of protesters who marched on parliament in Nairobi on Thursday.",
    "The United States imposed sanctions on three Iranian companies accused of supplying drones to Russia.",
    "North Korea fired two short-range ballistic missiles into the sea off its east coast, Seoul said.",
    "Armenia accused Azerbaijan of shelling villages in the Syunik region overnight.",
    "Israeli airstrikes hit targets in southern Lebanon after rockets were fired across the border.",
    "Gunmen abducted 30 students from a boarding school in Kaduna state, local officials said.",
    "Russia expelled four Estonian diplomats in retaliation for similar measures taken by Tallinn.",
    "Protesters in Dhaka set fire to buses and blocked highways, demanding the government's resignation.",
    "The junta in Burkina Faso suspended broadcasts by two French news channels.",
    "A suicide bomber killed 15 people at a market in Mogadishu, Somali police said.",
    "Thai authorities arrested five activists charged with insulting the monarchy.",
    "China's coast guard used water cannon against a Philippine supply boat near Second Thomas Shoal.",
    "Venezuela threatened to annex the disputed Essequibo region after a referendum on Sunday.",
    "Pakistan's military said it killed eight militants in an operation in North Waziristan.",
    "Serbian troops were placed on high alert after clashes in northern Kosovo left three police officers injured.",
    "Hundreds of Haitians fled Port-au-Prince as gangs seized control of the main road north.",
    "The court sentenced opposition leader Alexei Navalny's lawyer to 3½ years in prison.",
    "Ethiopian federal forces clashed with Fano militiamen near Bahir Dar, residents said.",
    "Iran seized a Marshall Islands-flagged tanker in the Gulf of Oman, the U.S. Navy said.",
    "Ukraine said it shot down 31 of 40 drones launched by Russia overnight.",
    "Demonstrators in Tbilisi clashed with riot police over the \"foreign agents\" bill.",
    "Colombia's government suspended peace talks after the kidnapping of a footballer's father.",
    "Houthi forces claimed an attack on a cargo ship in the Red Sea on Wednesday.",
    "Authorities in Myanmar imposed martial law in 37 townships following rebel advances.",
    # Economy and numbers
    "Inflation in Argentina rose to 211.4% in 2023, the highest rate in more than three decades.",
    "The central bank raised its benchmark rate by 50 basis points to 7.25 percent.",
    "Exports to China fell 12% year-on-year to $45.6 billion in the first quarter.",
    "Shares of Toyota Motor Corp. rose 3.1% in Tokyo after the company raised its profit forecast.",
    "The IMF approved a $3 billion bailout for Pakistan on July 12.",
    "Oil prices climbed above $90 a barrel after OPEC+ extended production cuts.",
    "The World Bank cut its growth forecast for sub-Saharan Africa to 2.9% from 3.1%.",
    "About 1.5 million tonnes of grain left Ukrainian ports in September, officials said.",
    "The company will invest ¥500bn in a new chip plant in Kumamoto by 2026.",
    "Unemployment in Spain dropped to 11.8%, its lowest level since 2008.",
    "Rice prices in the Philippines jumped 20 percent after India restricted exports.",
    "Kenya issued a $1.5bn Eurobond at a yield of 10.375 per cent.",
    "The merger, valued at about US$7.8 billion, must still be approved by regulators in Brussels.",
    "Tourist arrivals in Thailand reached 28 million last year, up from 11 million in 2022.",
    "Bangladesh's garment exports earned $47 bn in the fiscal year ending June 30.",
    # Dates, times, places
    "The meeting began at 10:30 a.m. local time and ended shortly before 3 p.m.",
    "On Dec. 7, 2023, the ministry announced new rules for foreign investors.",
    "Elections are scheduled for the third week of November, the commission said on 2023-09-08.",
    "The delegation arrived at Heathrow on the evening of 14 February and left two days later.",
    "The talks lasted 48 hours and took place in a hotel on the shores of Lake Geneva.",
    "Between 1990 and 2020 the population of Lagos more than doubled.",
    "The 25th anniversary of the Good Friday Agreement was marked in Belfast in April.",
    "By the mid-2030s, India is expected to overtake Japan as the world's third-largest economy.",
    "The flight from Addis Ababa to Johannesburg was delayed by six hours because of fog.",
    "The summit in Nusa Dua, Bali, ran from Nov. 15-16.",
    # Tokenization challenges
    "The U.S.-led coalition didn't comment on reports that it's withdrawing from the base.",
    "\"We won't accept this,\" said Gen. Mohamed Hamdan Dagalo, known as Hemedti.",
    "Dr. Tedros Adhanom Ghebreyesus, the WHO's director-general, called it \"a wake-up call.\"",
    "Mr. O'Brien, who's served as envoy since 2019, said he'd return to Dublin next month.",
    "Read the full statement at https://www.example.org/press/2024/statement?id=42 or email press@example.org.",
    "Côte d'Ivoire's capital Yamoussoukro hosted delegates from São Paulo and Zürich.",
    "The F-16s will be delivered by mid-2025, while the P5+1 talks remain stalled.",
    "The officials (including two from the Ministry of Defence) refused to answer questions.",
    "He said: 'The Covid-19 pandemic has changed everything.'",
    "Temperatures reached 45°C in Jacobabad, and 2,000 km² of farmland was flooded.",
    "The G7 and G-20 both issued statements; neither mentioned the Gaza ceasefire...",
    "Is the deal dead?! Diplomats in Doha weren't sure.",
    "U.N. Secretary-General António Guterres visited Port Sudan on Saturday.",
    "The 10km road link, funded by the Asian Development Bank (ADB), opened on 1 March.",
    "\u201cWe are ready for dialogue,\u201d the spokesman said \u2014 but only \u2018without preconditions\u2019.",
    "Sen. Bob Menendez, D-N.J., said the aid package was \"long overdue.\"",
    "Rep. Nancy Pelosi's visit to Taipei in Aug. 2022 angered Beijing.",
    "The No. 2 official at the embassy, Lt. Col. James Carter, was recalled.",
    "Hà Nội and Phnom Penh agreed to boost trade to US$20bn by 2030.",
    "According to the report (pp. 14-15), 3/4 of respondents backed the plan vs. 1/5 opposed.",
    "The ministry's website, www.mofa.go.jp, was down for several hours.",
    "Follow @UN_News for updates; #ClimateAction is trending in Nairobi.",
    "The ex-president's lawyers said they'd appeal the verdict \u2014 again.",
    "Oil giant Saudi Aramco's Q3 net income was SR 122.19 bn.",
    "I.e., the treaty covers only non-strategic weapons, e.g. short-range missiles.",
    "Ms. Baerbock arrived in Kyiv at around 6 a.m. after an overnight train journey.",
    "The St. Petersburg forum drew delegations from 130 countries, the Kremlin said.",
    "They're calling it the worst drought in 40 years; crops in Zambia and Zimbabwe failed.",
    "Turnout was 61.3%, up 4.2 points on 2019's vote.",
    "The Indo-Pacific strategy, unveiled in Washington D.C., focuses on supply chains.",
    "A 7.8-magnitude quake struck south-eastern Türkiye and north-western Syria at 4:17 a.m.",
    "The firm's CEO\u2014who declined to be named\u2014said sales in the EU were 'disappointing'.",
    "Prices rose 0.3% m/m and 2.4% y/y in March.",
    "The Lao PDR and the Kingdom of Cambodia share a 540-kilometre border.",
    "Amb. Linda Thomas-Greenfield told reporters: \"This is unacceptable.\"",
    "Gov. Kathy Hochul's office said 12,000 National Guard troops were on standby.",
    "In the 1990s, the so-called Washington Consensus dominated IMF policy.",
    "NATO's Article 5 has been invoked only once, after the 9/11 attacks.",
    "The M23 rebels took Sake, 27 km (17 miles) west of Goma.",
    "Russia's ex-President Dmitry Medvedev said \"all options\" were on the table.",
    "The Al-Shabaab attack on the Hotel Sahafi lasted more than 12 hours.",
    "The UAE's Minister of State, Reem Al Hashimy, met U.K. officials in London.",
    "Vice-President Kamala Harris announced $100m in aid for Central America.",
    "The vote was 97-3; Sens. Rand Paul and Mike Lee opposed the measure.",
    "Chinese Premier Li Qiang's six-day tour took in Germany and France.",
    "The Kremlin's spokesman, Dmitry Peskov, said Putin had \"no plans\" to attend.",
    "Iraq's Kurdistan Regional Government (KRG) resumed oil exports via Ceyhan.",
    "Over 60 per cent of Tuvaluans live on the atoll of Funafuti.",
    "The EU's \u20ac50bn Ukraine Facility was approved on Feb. 1.",
    "Sri Lanka's rupee gained 0.5% against the dollar, closing at Rs. 301.50.",
    "It's unclear whether the Taliban will attend the Doha meeting, a U.N. official said.",
    "The so-called \"Quad\" \u2014 Australia, India, Japan and the U.S. \u2014 met in Tokyo.",
    "Rwanda's Paul Kagame won 99.18% of the vote, the electoral commission said.",
    "At least 5,000 people were displaced, OCHA said, citing local NGOs.",
    "Fiji's PM Sitiveni Rabuka visited Wellington and Canberra in May.",
    "Bolivia's ex-army chief, Gen. Juan José Zúñiga, was arrested after the failed coup.",
    "The 27-member bloc's foreign ministers met in Luxembourg on 22/04/2024.",
    "The Kingdom's Vision 2030 plan aims to cut oil dependence; progress has been uneven.",
    "Hezbollah fired anti-tank missiles at Israeli positions near Metula, the IDF said.",
    "The summit's final communiqué ran to 38 pages and 150 paragraphs.",
    "Mali's transitional government ordered MINUSMA to leave \"without delay.\"",
    "The Sahel states' alliance (AES) replaced ECOWAS passports with a new design.",
    "Pres. Yoon Suk Yeol declared martial law at 10:23 p.m. on Dec. 3.",
    "Total trade between the two reached Rs 1.2 lakh crore.",
    "The IAEA's Rafael Grossi said inspectors had \"limited\" access to Fordow.",
    "The 193-nation General Assembly adopted the resolution by 141 votes to five.",
    "Vanuatu's parliament voted to dissolve itself; snap polls are due by Jan.",
    "The UK-France summit addressed small-boat crossings in the Channel.",
    "Lebanon's caretaker PM Najib Mikati said Beirut was \"not interested\" in war.",
    "Libya's rival administrations in Tripoli and Benghazi agreed on a new central bank governor.",
    "Ghana's cedi lost nearly 20% of its value in 2024.",
    "The U.S. Treasury's OFAC designated 11 individuals under E.O. 14024.",
    "This year's Munich Security Conference opened on 16 Feb with a speech by Zelenskyy.",
]

ACTORS = [
    ("Foreign Minister", "Penny Wong", "Australia", "Canberra"),
    ("President", "William Ruto", "Kenya", "Nairobi"),
    ("Prime Minister", "Hun Manet", "Cambodia", "Phnom Penh"),
    ("Chancellor", "Olaf Scholz", "Germany", "Berlin"),
    ("President", "Cyril Ramaphosa", "South Africa", "Pretoria"),
    ("Foreign Minister", "Wang Yi", "China", "Beijing"),
    ("Secretary of State", "Antony Blinken", "the United States", "Washington"),
    ("President", "Claudia Sheinbaum", "Mexico", "Mexico City"),
    ("Prime Minister", "Fumio Kishida", "Japan", "Tokyo"),
    ("Foreign Minister", "Sergei Lavrov", "Russia", "Moscow"),
    ("President", "Recep Tayyip Erdogan", "Turkey", "Ankara"),
    ("Prime Minister", "Shehbaz Sharif", "Pakistan", "Islamabad"),
    ("President", "Prabowo Subianto", "Indonesia", "Jakarta"),
    ("King", "Abdullah II", "Jordan", "Amman"),
    ("President", "Abdel Fattah el-Sisi", "Egypt", "Cairo"),
    ("Prime Minister", "Giorgia Meloni", "Italy", "Rome"),
    ("President", "Gustavo Petro", "Colombia", "Bogota"),
    ("Foreign Minister", "Subrahmanyam Jaishankar", "India", "New Delhi"),
    ("President", "Ferdinand Marcos Jr.", "the Philippines", "Manila"),
    ("Prime Minister", "Abiy Ahmed", "Ethiopia", "Addis Ababa"),
    ("President", "Emmanuel Macron", "France", "Paris"),
    ("Prime Minister", "Keir Starmer", "Britain", "London"),
    ("Foreign Minister", "Ahmed Attaf", "Algeria", "Algiers"),
    ("President", "Shavkat Mirziyoyev", "Uzbekistan", "Tashkent"),
    ("Prime Minister", "Pham Minh Chinh", "Vietnam", "Hanoi"),
    ("President", "Javier Milei", "Argentina", "Buenos Aires"),
    ("Foreign Minister", "Retno Marsudi", "Indonesia", "Jakarta"),
    ("President", "Hakainde Hichilema", "Zambia", "Lusaka"),
    ("Prime Minister", "Mark Brown", "the Cook Islands", "Avarua"),
    ("President", "Mohamed Muizzu", "the Maldives", "Male"),
]

ORGS = [
    "the United Nations", "NATO", "the European Union", "the African Union", "ASEAN",
    "the World Health Organization", "the International Monetary Fund", "the World Bank",
    "the Organization of American States", "the Gulf Cooperation Council", "OPEC",
    "the Shanghai Cooperation Organisation", "ECOWAS", "the Arab League", "the IAEA",
    "Amnesty International", "the Red Cross", "Human Rights Watch", "the WTO", "BRICS",
]

GROUPS = [
    "rebels", "protesters", "opposition supporters", "security forces", "militants",
    "farmers", "students", "striking workers", "soldiers", "border guards", "police",
    "activists", "fishermen", "gunmen", "pro-government demonstrators",
]

COOPERATIVE = [
    "signed a trade agreement with", "held talks with", "pledged support for",
    "welcomed a delegation from", "agreed to boost investment in", "praised",
    "offered humanitarian aid to", "called for closer ties with", "hosted",
    "announced joint military exercises with", "thanked", "met",
    "reached a deal on energy cooperation with", "extended a loan to",
]

HOSTILE = [
    "condemned", "accused", "imposed sanctions on", "threatened", "expelled diplomats from",
    "suspended talks with", "criticized", "warned", "demanded an apology from",
    "recalled its ambassador from", "blamed", "cut diplomatic ties with",
]

EVENTS = [
    "attacked a police station in {city}", "clashed with {group} in {city}",
    "marched through central {city}", "blocked the main highway out of {city}",
    "seized a military post near {city}", "set fire to government offices in {city}",
    "staged a sit-in outside the parliament in {city}", "kidnapped {num} aid workers near {city}",
    "released {num} hostages in {city}",
]

WHEN = [
    "on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "on Saturday",
    "on Sunday", "last week", "earlier this month", "on March 3", "on Oct. 21",
    "in late January", "on 12 July", "this morning", "on Dec. 31, 2023", "overnight",
    "in 2022", "two days ago", "on the sidelines of the G20 summit",
]

SOURCES = [
    "officials said", "state media reported", "a spokesman said", "the ministry said",
    "according to a statement", "Reuters reported", "witnesses said", "the agency said",
    "local media reported", "diplomats said",
]

AMOUNTS = [
    "$2.5 billion", "€400 million", "1,200 tonnes of wheat", "3.4%", "£75m",
    "12 percent", "US$80 million", "500 troops", "two warships", "¥3 trillion",
]

TOPICS = [
    "border security", "climate finance", "the war in Ukraine", "food security",
    "migration", "the Gaza ceasefire", "nuclear safety", "debt relief", "rare earths",
    "maritime disputes", "energy prices", "counterterrorism", "vaccine supplies",
]


def _actor_mention(rng: random.Random, actor) -> str:
    title, name, country, _ = actor
    form = rng.randrange(4)
    if form == 0:
        return f"{title} {name}"
    if form == 1:
        return name
    if form == 2:
        return f"{country[0].upper() + country[1:]}'s {title.lower()}, {name},"
    return f"the government of {country}"


def generated(n: int, seed: int) -> list[str]:
    """`n` distinct template sentences; the same seed gives the same list."""
    rng = random.Random(seed)
    out: list[str] = []
    seen: set[str] = set()
    while len(out) < n:
        kind = rng.randrange(6)
        a, b = rng.sample(ACTORS, 2)
        when = rng.choice(WHEN)
        src = rng.choice(SOURCES)
        if kind == 0:
            s = f"{_actor_mention(rng, a)} {rng.choice(COOPERATIVE)} {b[2]} {when}, {src}."
        elif kind == 1:
            s = f"{_actor_mention(rng, a)} {rng.choice(HOSTILE)} {b[2]} over {rng.choice(TOPICS)} {when}."
        elif kind == 2:
            ev = rng.choice(EVENTS).format(
                city=a[3], group=rng.choice(GROUPS), num=rng.randrange(2, 60)
            )
            s = f"{rng.choice(GROUPS).capitalize()} {ev} {when}, {src}."
        elif kind == 3:
            s = (
                f"{rng.choice(ORGS)[0].upper()}{rng.choice(ORGS)[1:]} announced {rng.choice(AMOUNTS)} "
                f"for {a[2]} {when} to address {rng.choice(TOPICS)}."
            )
            s = s[0].upper() + s[1:]
        elif kind == 4:
            s = (
                f"\"We will not accept any interference,\" {a[1]} told reporters in {b[3]} {when}, "
                f"after talks on {rng.choice(TOPICS)}."
            )
        else:
            s = (
                f"{a[1]} and {b[1]} discussed {rng.choice(TOPICS)} and {rng.choice(TOPICS)} "
                f"during a visit to {rng.choice([a[3], b[3]])}, where {rng.choice(ORGS)} "
                f"has offered {rng.choice(AMOUNTS)}."
            )
        if s not in seen:
            seen.add(s)
            out.append(s)
    return out


_SPLIT = re.compile(r"(?<=[.!?\u201d\"])\s+(?=[A-Z\u201c\"])")


def seed_sentences(seeds_dir: Path) -> list[str]:
    """Sentences of the seed articles, split on line breaks and on sentence-final
    punctuation followed by a capital. The exact boundaries do not matter: each
    piece is parsed on its own by both spaCy and attache."""
    out: list[str] = []
    for path in sorted(seeds_dir.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if not line:
                continue
            out.extend(p for p in _SPLIT.split(line) if p.strip())
    return out


def parity_corpus(seeds_dir: Path) -> list[str]:
    """The fixture corpus: seed sentences, hand-written sentences, templates."""
    return seed_sentences(seeds_dir) + HANDWRITTEN + generated(200, seed=7)
