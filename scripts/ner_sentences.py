"""Generated news-style sentences for fitting and checking the test NER head.

Templates written for this project over name pools from every region; no
article text is copied. The sentences only need to put names, places,
organisations, nationalities, dates and numbers in diplomatic contexts; their
entity labels come from spaCy's en_core_web_sm (the teacher), not from the
slots, so a slot filled with something spaCy reads differently is fine.

`sentences(n, seed, split)` draws from disjoint halves of each pool for
split="train" and split="heldout", so held-out agreement measures how the
head does on names it never saw.
"""

from __future__ import annotations

import random

FIRST = [
    # West and Central Africa, East and Southern Africa
    "Amina", "Kwame", "Chinedu", "Ngozi", "Moussa", "Fatoumata", "Kofi", "Abena", "Ousmane", "Aissatou",
    "Tendai", "Wanjiru", "Thabo", "Lindiwe", "Jomo", "Nomvula", "Abiy", "Sahle-Work", "Yoweri", "Samia",
    # Middle East and North Africa
    "Ahmed", "Fatima", "Mohammed", "Layla", "Hassan", "Yasmin", "Omar", "Rania", "Abdullah", "Nadia",
    "Recep", "Mevlut", "Hakan", "Abdelmadjid", "Kais", "Faisal", "Hossein", "Javad", "Ayman", "Badr",
    # South and Central Asia
    "Narendra", "Subrahmanyam", "Priya", "Sheikh", "Shehbaz", "Bilawal", "Ranil", "Pushpa", "Kassym-Jomart", "Shavkat",
    # East and Southeast Asia
    "Wang", "Li", "Xi", "Yoshimasa", "Fumio", "Yoon", "Park", "Pan", "Hun", "Prak",
    "Nguyen", "Bui", "Joko", "Retno", "Anwar", "Ferdinand", "Enrique", "Vivian", "Prayut", "Sorasak",
    # Europe
    "Olaf", "Annalena", "Emmanuel", "Catherine", "Giorgia", "Antonio", "Pedro", "Jose", "Ursula", "Josep",
    "Volodymyr", "Dmytro", "Sergei", "Maria", "Andrzej", "Radoslaw", "Viktor", "Peter", "Kaja", "Gabrielius",
    # Americas and Oceania
    "Luiz", "Mauro", "Claudia", "Alicia", "Gustavo", "Javier", "Justin", "Melanie", "Antony", "Penny",
    "Joe", "Antony", "Kamala", "Gabriel", "Mia", "Nicolas", "Xiomara", "Dina", "Chris", "Sitiveni",
]

LAST = [
    "Mohammed", "Mensah", "Okonkwo", "Adeyemi", "Traore", "Diallo", "Annan", "Boateng", "Sow", "Ndiaye",
    "Moyo", "Kenyatta", "Mbeki", "Dlamini", "Ruto", "Ramaphosa", "Ahmed", "Zewde", "Museveni", "Hassan",
    "Al-Sayed", "Haddad", "Khalil", "Nasser", "Mansour", "Farouk", "Erdogan", "Cavusoglu", "Fidan", "Tebboune",
    "Saied", "Bin Farhan", "Raisi", "Zarif", "Safadi", "Abdelatty", "Modi", "Jaishankar", "Sharma", "Hasina",
    "Sharif", "Bhutto Zardari", "Wickremesinghe", "Dahal", "Tokayev", "Mirziyoyev", "Yi", "Jinping", "Hayashi", "Kishida",
    "Suk-yeol", "Jin", "Sorasak", "Manet", "Sokhonn", "Phu Trong", "Thanh Son", "Widodo", "Marsudi", "Ibrahim",
    "Marcos", "Manalo", "Balakrishnan", "Chan-o-cha", "Scholz", "Baerbock", "Macron", "Colonna", "Meloni", "Tajani",
    "Sanchez", "Albares", "von der Leyen", "Borrell", "Zelensky", "Kuleba", "Lavrov", "Zakharova", "Duda", "Sikorski",
    "Orban", "Szijjarto", "Kallas", "Landsbergis", "da Silva", "Vieira", "Sheinbaum", "Barcena", "Petro", "Milei",
    "Trudeau", "Joly", "Albanese", "Wong", "Biden", "Blinken", "Harris", "Boric", "Mottley", "Maduro",
    "Castro", "Boluarte", "Luxon", "Rabuka", "Tshisekedi", "Kagame", "Akufo-Addo", "Tinubu", "Sall", "Ouattara",
]

COUNTRIES = [
    "Cambodia", "Japan", "Vietnam", "Thailand", "Indonesia", "Malaysia", "the Philippines", "Singapore", "Myanmar", "Laos",
    "China", "South Korea", "North Korea", "Mongolia", "India", "Pakistan", "Bangladesh", "Sri Lanka", "Nepal", "Afghanistan",
    "Kazakhstan", "Uzbekistan", "Iran", "Iraq", "Syria", "Lebanon", "Jordan", "Israel", "Saudi Arabia", "Qatar",
    "the United Arab Emirates", "Oman", "Yemen", "Egypt", "Libya", "Tunisia", "Algeria", "Morocco", "Sudan", "Ethiopia",
    "Kenya", "Uganda", "Tanzania", "Rwanda", "Somalia", "Nigeria", "Ghana", "Senegal", "Mali", "Niger",
    "Ivory Coast", "Cameroon", "South Africa", "Zimbabwe", "Mozambique", "Angola", "Germany", "France", "Italy", "Spain",
    "Poland", "Hungary", "Ukraine", "Russia", "Belarus", "Turkey", "Greece", "Serbia", "Britain", "Ireland",
    "Brazil", "Argentina", "Chile", "Peru", "Colombia", "Venezuela", "Mexico", "Cuba", "Canada", "the United States",
    "Australia", "New Zealand", "Fiji", "Papua New Guinea", "Norway", "Sweden", "Finland", "Estonia", "Lithuania", "Georgia",
]

NATIONALITY = [
    "Cambodian", "Japanese", "Vietnamese", "Thai", "Indonesian", "Malaysian", "Filipino", "Singaporean", "Burmese", "Lao",
    "Chinese", "South Korean", "North Korean", "Mongolian", "Indian", "Pakistani", "Bangladeshi", "Sri Lankan", "Nepali", "Afghan",
    "Kazakh", "Uzbek", "Iranian", "Iraqi", "Syrian", "Lebanese", "Jordanian", "Israeli", "Saudi", "Qatari",
    "Emirati", "Omani", "Yemeni", "Egyptian", "Libyan", "Tunisian", "Algerian", "Moroccan", "Sudanese", "Ethiopian",
    "Kenyan", "Ugandan", "Tanzanian", "Rwandan", "Somali", "Nigerian", "Ghanaian", "Senegalese", "Malian", "Nigerien",
    "Ivorian", "Cameroonian", "South African", "Zimbabwean", "Mozambican", "Angolan", "German", "French", "Italian", "Spanish",
    "Polish", "Hungarian", "Ukrainian", "Russian", "Belarusian", "Turkish", "Greek", "Serbian", "British", "Irish",
    "Brazilian", "Argentine", "Chilean", "Peruvian", "Colombian", "Venezuelan", "Mexican", "Cuban", "Canadian", "American",
    "Australian", "New Zealand", "Fijian", "Papua New Guinean", "Norwegian", "Swedish", "Finnish", "Estonian", "Lithuanian", "Georgian",
]

CITIES = [
    "Phnom Penh", "Tokyo", "Hanoi", "Bangkok", "Jakarta", "Kuala Lumpur", "Manila", "Yangon", "Vientiane", "Beijing",
    "Seoul", "Pyongyang", "Ulaanbaatar", "New Delhi", "Islamabad", "Dhaka", "Colombo", "Kathmandu", "Kabul", "Astana",
    "Tashkent", "Tehran", "Baghdad", "Damascus", "Beirut", "Amman", "Jerusalem", "Riyadh", "Doha", "Abu Dhabi",
    "Muscat", "Sanaa", "Cairo", "Tripoli", "Tunis", "Algiers", "Rabat", "Khartoum", "Addis Ababa", "Nairobi",
    "Kampala", "Dodoma", "Kigali", "Mogadishu", "Abuja", "Lagos", "Accra", "Dakar", "Bamako", "Niamey",
    "Abidjan", "Yaounde", "Pretoria", "Harare", "Maputo", "Luanda", "Berlin", "Paris", "Rome", "Madrid",
    "Warsaw", "Budapest", "Kyiv", "Moscow", "Minsk", "Ankara", "Athens", "Belgrade", "London", "Dublin",
    "Brasilia", "Buenos Aires", "Santiago", "Lima", "Bogota", "Caracas", "Mexico City", "Havana", "Ottawa", "Washington",
    "Canberra", "Wellington", "Suva", "Port Moresby", "Oslo", "Stockholm", "Helsinki", "Tallinn", "Vilnius", "Tbilisi",
    "Geneva", "Brussels", "Vienna", "The Hague", "Istanbul", "Dubai", "Mumbai", "Shanghai", "Osaka", "Sao Paulo",
]

ORGS = [
    "the United Nations", "the African Union", "ASEAN", "NATO", "the European Union", "the World Bank",
    "the International Monetary Fund", "the World Health Organization", "the Arab League", "ECOWAS",
    "the Shanghai Cooperation Organisation", "the Gulf Cooperation Council", "the Red Cross", "UNICEF",
    "the International Atomic Energy Agency", "the World Trade Organization", "the Organization of American States",
    "the Asian Development Bank", "the UN Security Council", "Interpol", "the International Criminal Court",
    "Amnesty International", "Human Rights Watch", "Doctors Without Borders", "the Pacific Islands Forum",
    "Hamas", "Hezbollah", "the Taliban", "Al-Shabaab", "Boko Haram", "the Houthis", "the Wagner Group",
    "Toyota", "Huawei", "Gazprom", "Samsung", "Petrobras", "Aramco", "Reuters", "Xinhua", "the BBC",
    "the Ministry of Foreign Affairs", "the Ministry of Commerce", "the Ministry of Defence", "the Central Bank",
    "the Supreme Court", "Parliament", "the National Assembly", "the Pentagon", "the Kremlin", "the State Department",
]

TITLES = [
    "Foreign Minister", "Prime Minister", "President", "Defence Minister", "Commerce Minister", "Ambassador",
    "Finance Minister", "Interior Minister", "Secretary-General", "Vice President", "Trade Minister", "envoy",
    "Deputy Prime Minister", "spokesperson", "opposition leader", "General", "Health Minister", "King",
]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

TOPICS = [
    "trade", "border security", "climate change", "maritime disputes", "energy cooperation", "food security",
    "the refugee crisis", "counter-terrorism", "nuclear talks", "debt relief", "vaccine supplies", "tariffs",
    "the ceasefire", "investment", "migration", "water rights", "arms control", "election monitoring",
]

TEMPLATES = [
    "{TITLE} {PER} met {NAT} {TITLE2} {PER2} in {CITY} on {DATE} to discuss {TOPIC}.",
    "{PER}, the {NAT} {TITLE_L}, said on {WEEKDAY} that {COUNTRY} would not accept the proposal.",
    "{COUNTRY} and {COUNTRY2} signed a memorandum of understanding on {TOPIC} in {CITY} on {DATE}.",
    "The {NAT} government pledged {MONEY} in aid to {COUNTRY} after floods killed {NUM} people.",
    "{ORG} condemned the attack in {CITY}, which left at least {NUM} people dead, according to {ORG2}.",
    "Protesters gathered outside the {NAT} embassy in {CITY} on {WEEKDAY} to demand the release of {PER}.",
    "{TITLE} {PER} will visit {COUNTRY} next week for talks with {PER2} on {TOPIC}, the ministry said.",
    "{COUNTRY} summoned the {NAT} ambassador on {DATE} to protest the detention of {NUM} fishermen.",
    "Speaking in {CITY}, {PER} accused {COUNTRY} of violating the {YEAR} agreement.",
    "{ORG} approved a {MONEY} loan to {COUNTRY} to support {TOPIC} over the next {NUM} years.",
    "{PER} and {PER2} held a phone call on {WEEKDAY} and agreed to deepen cooperation on {TOPIC}.",
    "{NAT} troops withdrew from the border town near {CITY} on {DATE}, {ORG} reported.",
    "The talks in {CITY} between {COUNTRY} and {COUNTRY2} ended without agreement, {PER} told reporters.",
    "{COUNTRY} imposed sanctions on {NUM} {NAT} officials, including {TITLE_L} {PER}, on {DATE}.",
    "{PER}, who heads {ORG}, called on {COUNTRY} to allow aid convoys into the region.",
    "On {DATE}, {PER} arrived in {CITY} for a {NUM}-day state visit, the first by a {NAT} leader since {YEAR}.",
    "{ORG} said {NUM} percent of the population of {COUNTRY} faces food shortages this year.",
    "The {NAT} foreign ministry rejected the statement issued by {ORG} as interference in its internal affairs.",
    "{TITLE} {PER} thanked {COUNTRY2} for its support during a ceremony in {CITY}.",
    "Police in {CITY} arrested {NUM} people after clashes near the parliament building on {WEEKDAY} night.",
    "{COUNTRY} will host the summit of {ORG} in {CITY} in {MONTH} {YEAR}, officials announced.",
    "According to {ORG}, {NAT} and {NAT2} forces exchanged fire along the border on {DATE}.",
    "{PER} presented his credentials to {TITLE} {PER2} at the palace in {CITY}.",
    "{PER} presented her credentials to {TITLE} {PER2} at the palace in {CITY}.",
    "Trade between {COUNTRY} and {COUNTRY2} reached {MONEY} in {YEAR}, up {NUM} percent from a year earlier.",
    "{COUNTRY} expelled {NUM} diplomats from the {NAT} embassy on {WEEKDAY}, accusing them of espionage.",
    "\"We will not negotiate under threat,\" {PER} said in a televised address from {CITY}.",
    "The agreement, signed by {PER} and {PER2}, allows {NAT} companies to invest in {COUNTRY2}.",
    "{ORG} deployed {NUM} peacekeepers to {COUNTRY} in {MONTH} after a request from {PER}.",
    "Hundreds of workers went on strike in {CITY} on {DATE} to protest against rising fuel prices.",
    "{TITLE} {PER} resigned on {WEEKDAY} after weeks of pressure from {ORG}.",
    "{COUNTRY} recalled its ambassador to {COUNTRY2} for consultations, {PER} said on {DATE}.",
    "A delegation led by {PER} arrived in {CITY} for the {ORDINAL} round of talks with {ORG}.",
    "Officials from {COUNTRY} and {ORG} met in {CITY} to review progress on {TOPIC}.",
    "{NAT} President {PER} congratulated {PER2} on winning the election in {COUNTRY2}.",
    "The court in {CITY} sentenced {PER} to {NUM} years in prison for inciting unrest.",
    "{PER} warned that {COUNTRY} could cut diplomatic ties with {COUNTRY2} if the blockade continued.",
    "In a joint statement, {COUNTRY} and {COUNTRY2} called for an immediate ceasefire in {REGION}.",
    "{ORG} delivered {NUM} tonnes of medical supplies to hospitals in {CITY} on {WEEKDAY}.",
    "Residents of {CITY} said {NUM} drones struck the port early on {DATE}.",
    "{PER} of {ORG} said the mission to {COUNTRY} would last until {MONTH} {YEAR}.",
    "Ministers from {NUM} countries, including {COUNTRY} and {COUNTRY2}, gathered in {CITY} for the {ORG} meeting.",
    "{NAT} fishermen detained near {REGION} were released on {DATE} following talks between {PER} and {PER2}.",
    "The {NAT} navy held joint exercises with {COUNTRY2} in {REGION} from {DATE} to {DATE2}.",
    "{PER} denied reports that {COUNTRY} had supplied weapons to {ORG}.",
    "About {NUM} people marched through central {CITY} on {WEEKDAY} in support of {PER}.",
    "{TITLE} {PER} is expected to sign the deal during a visit to {CITY} at {TIME} on {WEEKDAY}.",
    "{COUNTRY} offered asylum to {PER}, a former {TITLE_L} of {COUNTRY2}, the {NAT} interior ministry said.",
]

REGIONS = [
    "the South China Sea", "the Red Sea", "the Sahel", "the Gulf of Aden", "the Black Sea", "the Horn of Africa",
    "the Mekong Delta", "Gaza", "the West Bank", "Kashmir", "Darfur", "the Persian Gulf", "the Baltic Sea",
    "the Strait of Hormuz", "the Balkans", "the Caucasus", "the Amazon", "the Korean Peninsula", "Tigray", "Donbas",
]

ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth"]


def _halves(pool: list[str], split: str, rng_seed: int = 7) -> list[str]:
    """A fixed shuffle of `pool`, cut in two: train gets one half, heldout the other."""
    items = sorted(set(pool))
    random.Random(rng_seed).shuffle(items)
    cut = len(items) // 2
    return items[:cut] if split == "train" else items[cut:]


def _date(rng: random.Random) -> str:
    m = rng.choice(MONTHS)
    d = rng.randint(1, 28)
    form = rng.randrange(3)
    if form == 0:
        return f"{m} {d}"
    if form == 1:
        return f"{d} {m}"
    return f"{m} {d}, {rng.randint(1995, 2025)}"


def _money(rng: random.Random) -> str:
    amount = rng.choice([rng.randint(2, 900), round(rng.uniform(1, 99), 1)])
    unit = rng.choice(["million", "billion"])
    cur = rng.randrange(3)
    if cur == 0:
        return f"${amount} {unit}"
    if cur == 1:
        return f"{amount} {unit} euros"
    return f"{amount} {unit} yuan"


def _num(rng: random.Random) -> str:
    n = rng.choice([rng.randint(2, 20), rng.randint(20, 999), rng.randint(1000, 50000)])
    if n >= 1000 and rng.random() < 0.5:
        return f"{n:,}"
    if n <= 12 and rng.random() < 0.5:
        return ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"][n - 2]
    return str(n)


def sentences(n: int, seed: int, split: str) -> list[str]:
    """`n` distinct sentences (duplicates are skipped) for `split` ("train" or "heldout")."""
    rng = random.Random(seed)
    first, last = _halves(FIRST, split), _halves(LAST, split)
    countries = _halves(COUNTRIES, split)
    nats = _halves(NATIONALITY, split)
    cities, orgs = _halves(CITIES, split), _halves(ORGS, split)
    regions = _halves(REGIONS, split)

    def person() -> str:
        return f"{rng.choice(first)} {rng.choice(last)}" if rng.random() < 0.85 else rng.choice(last)

    out: list[str] = []
    seen: set[str] = set()
    while len(out) < n:
        t = rng.choice(TEMPLATES)
        title = rng.choice(TITLES)
        fill = {
            "PER": person(), "PER2": person(),
            "COUNTRY": rng.choice(countries), "COUNTRY2": rng.choice(countries),
            "NAT": rng.choice(nats), "NAT2": rng.choice(nats),
            "CITY": rng.choice(cities), "ORG": rng.choice(orgs), "ORG2": rng.choice(orgs),
            "TITLE": title, "TITLE2": rng.choice(TITLES), "TITLE_L": title.lower(),
            "DATE": _date(rng), "DATE2": _date(rng), "WEEKDAY": rng.choice(WEEKDAYS),
            "MONTH": rng.choice(MONTHS), "YEAR": str(rng.randint(1990, 2026)),
            "MONEY": _money(rng), "NUM": _num(rng), "TOPIC": rng.choice(TOPICS),
            "REGION": rng.choice(regions), "ORDINAL": rng.choice(ORDINALS),
            "TIME": f"{rng.randint(1, 12)} {rng.choice(['a.m.', 'p.m.'])}",
        }
        s = t.format(**fill)
        # A sentence-initial "the" from a slot is capitalised, as a writer would.
        s = s[0].upper() + s[1:]
        if s not in seen:
            seen.add(s)
            out.append(s)
    return out
