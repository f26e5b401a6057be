"""Hand annotations of held-out set B (see README.md and ANNOTATION.md).

Spans are given by their text; `occ` / `tocc` pick the n-th (0-based)
occurrence inside the event's sentence. build.py turns this into JSONL.
Argument text None = only implied (pronoun, ellipsis, or not in the sentence).
Entity specs: (text, label) annotates every boundary-respecting occurrence
in the document; (text, label, [k, ...]) only the listed occurrences.
"""

# --------------------------------------------------------------------------
# Publication dates (as printed in the article; None when the text gives no
# full date).
DATES = {
    "b01_manila_shoal": "2024-07-17",
    "b02_honiara_policing": "2024-12-12",
    "b03_naqoura_shelling": None,
    "b04_ankara_baghdad_call": "2024-09-03",
    "b05_ghazaouet_trawlers": "2024-05-22",
    "b06_pemba_sadc": "2024-06-14",
    "b07_essequibo_troops": "2024-03-12",
    "b08_itamaraty_visit": "2024-10-08",
    "b09_kirkenes_expulsions": None,
    "b10_ukraine_liveblog": "2024-11-14",
    "b11_tokyo_transcript": "2024-02-05",
    "b12_kathmandu_embassy": "2024-08-22",
    "b13_margara_release": None,
    "b14_unsc_somalia": None,
}

DATE_NOTES = {
    "b03_naqoura_shelling": "No publication date in the text (AFP dateline without date).",
    "b09_kirkenes_expulsions": "No publication date in the text.",
    "b13_margara_release": "No publication date in the text (agency dateline without date).",
    "b14_unsc_somalia": "No publication date in the text.",
}



from spec import A, D, E, L  # noqa: F401  (shared with the other sets)


ENTITIES = {}
EVENTS = {}

# ==========================================================================
# b01 Southeast Asia: Philippines summons Chinese envoy (Reuters style, page noise)
D01 = "b01_manila_shoal"
ENTITIES[D01] = [
    ("Asia Pacific", "LOC"), ("Philippines", "GPE"), ("Chinese", "NORP"),
    ("Ramon Villanueva", "PERSON"), ("July 17, 2024", "DATE"), ("July 17", "DATE"),
    ("MANILA", "GPE"), ("Reuters", "ORG"), ("China", "GPE"), ("Wednesday", "DATE"),
    ("Philippine Navy", "ORG"), ("Philippine", "NORP"), ("Second Thomas Shoal", "LOC"),
    ("Manila", "GPE"), ("Tuesday", "DATE"), ("Teresa Dimaculangan", "PERSON"),
    ("Zhou Weiming", "PERSON"), ("Beijing", "GPE"), ("Lin Haotian", "PERSON"),
    ("China Coast Guard", "ORG"), ("U.S.", "GPE"), ("Karen Holloway", "PERSON"),
    ("Washington", "GPE"), ("Japan", "GPE"), ("Australia", "GPE"),
    ("South China Sea", "LOC"), ("2022", "DATE"), ("Puerto Princesa", "GPE"),
    ("Liu Chen", "PERSON"), ("Simon Hart", "PERSON"),
]
PHL = dict(name="Philippines", country="PHL", sector="GOV", office=None)
ZHOU = dict(name="Zhou Weiming", country="CHN", sector="GOV", office="ambassador")
CCG = dict(name="China Coast Guard", country="CHN", sector="MIL", office=None)
BOAT = dict(name="Philippine navy supply boat", country="PHL", sector="MIL", office=None)
DIMA = dict(name="Teresa Dimaculangan", country="PHL", sector="GOV", office="Foreign Affairs Undersecretary")
LIN = dict(name="Lin Haotian", country="CHN", sector="GOV", office="foreign ministry spokesperson")
HOLL = dict(name="Karen Holloway", country="USA", sector="GOV", office="ambassador")
EVENTS[D01] = [
    E(1, "ACCUSE", "summons", [A(**PHL, text="Philippines")], [A(**ZHOU, text="Chinese envoy")],
      mode="disapprove", ctx=["summon"], note="Headline. The envoy is named in sentence 6."),
    E(1, "ASSAULT", "rams", [A(**CCG, text="coast guard")], [A(**BOAT, text="supply boat")],
      ctx=["military"], note="Headline. Ramming a vessel and injuring crew = physical violence. Coast guard sector MIL (Phoenix COAST_GUARD)."),
    E(4, "ACCUSE", "summoned", [A(**PHL, text="Philippines")], [A(**ZHOU, text="China's ambassador")],
      mode="disapprove", ctx=["summon"], date=D("Wednesday", "2024-07-17"),
      note="\"and lodged a strong protest\": same type, actor and recipient -> same event. Dateline MANILA not coded as event_loc."),
    E(4, "ASSAULT", "rammed", [A(**CCG, text="Chinese coast guard ships")],
      [A(**BOAT, text="Philippine navy supply boat")], ctx=["military"],
      loc=L("Second Thomas Shoal", None),
      note="\"blasted it with water cannon\" and \"injuring four sailors\" are the same attack (one event). The shoal is disputed -> country null. Date: the clause has none (Tuesday is in sentence 5)."),
    E(5, "COERCE", "blocked", [A(**CCG, text="six Chinese vessels")], [A(**BOAT, text="The boat")],
      mode="restrict", date=D("Tuesday", "2024-07-16"),
      note="Blocking the vessel's path = restrict movement (CAMEO 191). The routine resupply mission is background."),
    E(6, "ACCUSE", "violated", [A(**DIMA, text="Teresa Dimaculangan")], [A(**ZHOU, text="Zhou Weiming")],
      mode="disapprove", note="Criticism voiced to the envoy during the summons (as set A a01 g6)."),
    E(7, "REQUEST", "demanded", [A(**DIMA)], [A("Beijing", "CHN", "GOV", text="Beijing")],
      mode="yield", ctx=["military"], note="Actor is \"She\"."),
    E(8, "REJECT", "rejected", [A("China's foreign ministry", "CHN", "GOV", text="China's foreign ministry")],
      [A(**PHL)], note="Rejecting a diplomatic protest = refuse to accept it (CAMEO 12). Borderline with a denial; see README Doubts."),
    E(9, "ACCUSE", "accused", [A(**LIN, text="Lin Haotian")], [A("Manila", "PHL", "GOV", text="Manila")],
      mode="allege", ctx=["territory"]),
    E(9, "THREATEN", "warned", [A(**LIN, text="Lin Haotian")], [A("Manila", "PHL", "GOV", text="Manila")],
      ctx=["territory"], note="Unspecified threat (\"all necessary measures\") -> mode null; target is the accused party (Manila)."),
    E(10, "ACCUSE", "accused", [A(**CCG, text="China Coast Guard")],
      [A("Philippine crew", "PHL", "MIL", text="Philippine crew")], mode="allege",
      note="\"acted professionally and with restraint\" is a self-description, not an event."),
    E(11, "ACCUSE", "lambasted", [A(**HOLL, text="Karen Holloway")], [A("Beijing", "CHN", "GOV", text="Beijing")],
      mode="disapprove"),
    E(11, "SUPPORT", "voiced support", [A(**HOLL, text="Karen Holloway")], [A(**PHL, text="Philippines")],
      ctx=["diplomatic"], note="\"a treaty ally of Washington\" is an apposition (background)."),
    E(12, "ACCUSE", "criticised", [A("Japan", "JPN", "GOV", text="Japan"), A("Australia", "AUS", "GOV", text="Australia")],
      [A("China", "CHN", "GOV")], mode="disapprove", note="Target implied (\"the incident\" = China's actions)."),
    E(13, "MOBILIZE", "sent two frigates", [A("Philippine Navy", "PHL", "MIL", text="Philippine Navy")], [],
      mode="troops", ctx=["military"],
      note="\"said on Wednesday it had sent\": the date belongs to the statement -> date null. No target named -> no recipient. Sentence 14 is aggregate background, sentence 15 an analysts' hypothetical, sentence 16 a medical evacuation (no PLOVER type)."),
]

# ==========================================================================
# b02 Oceania: Australia-Solomon Islands agreements (Pacific news site, bulleted list)
D02 = "b02_honiara_policing"
ENTITIES[D02] = [
    ("Pacific", "LOC"), ("Solomon Islands", "GPE"), ("Australia", "GPE"), ("Honiara", "GPE"),
    ("Thursday 12 December 2024", "DATE"), ("Grace Liufa", "PERSON"), ("Helen Carrow", "PERSON"),
    ("Wednesday", "DATE"), ("Carrow", "PERSON"), ("Ezekiel Ramoni", "PERSON"), ("Ramoni", "PERSON"),
    ("five-year", "DATE"), ("2025", "DATE"), ("Gizo Hospital", "ORG"), ("Western Province", "GPE"),
    ("Royal Solomon Islands Police Force", "ORG"), ("RSIPF", "ORG"),
    ("Australian Federal Police", "ORG"), ("Chinatown", "LOC"), ("Canberra", "GPE"),
    ("China", "GPE"), ("January 1", "DATE"), ("Daniel Suri", "PERSON"), ("Suri", "PERSON"),
    ("March", "DATE"), ("Tuesday", "DATE"), ("Royal Australian Air Force", "ORG"),
    ("Malaita", "LOC"), ("High Commission", "ORG"), ("Port Moresby", "GPE"), ("Friday", "DATE"),
]
AUS = dict(name="Australia", country="AUS", sector="GOV", office=None)
SLB = dict(name="Solomon Islands", country="SLB", sector="GOV", office=None)
CARROW = dict(name="Helen Carrow", country="AUS", sector="GOV", office="Foreign Minister")
RAMONI = dict(name="Ezekiel Ramoni", country="SLB", sector="GOV", office="Foreign Minister")
SLB_PM = dict(name="Solomon Islands Prime Minister", country="SLB", sector="GOV", office="Prime Minister")
SLB_GOV = dict(name="Solomon Islands government", country="SLB", sector="GOV", office=None)
EVENTS[D02] = [
    E(1, "SUPPORT", "ink", [A(**AUS, text="Australia"), A(**SLB, text="Solomon Islands")],
      ctx=["agreement"], note="Headline; coordinated subject -> both actors."),
    E(1, "CONSULT", "visit", [A(**AUS, text="Australia")], [A(**SLB, text="Solomon Islands")],
      mode="visit", loc=L("Honiara", "SLB"),
      note="Headline: the visit is reported as a noun (\"during Honiara visit\"); visitor (Australia) is the actor."),
    E(4, "CONSULT", "held talks", [A(**CARROW, text="Helen Carrow")], [A(**SLB_PM, text="Solomon Islands Prime Minister")],
      mode="visit", date=D("Wednesday", "2024-12-11"), loc=L("Honiara", "SLB"),
      note="\"on her first visit\" is the same happening (one CONSULT)."),
    E(5, "SUPPORT", "signed", [A(**CARROW, text="Carrow"), A(**RAMONI, text="Ezekiel Ramoni")],
      ctx=["agreement"],
      note="Passive \"were signed by A and B\": the by-agents are the actors. The bulleted list (sentences 6-9) names the four texts and carries no events."),
    E(10, "AID", "handed over", [A(**CARROW, text="Carrow")],
      [A("Royal Solomon Islands Police Force", "SLB", "COP", text="Royal Solomon Islands Police Force")],
      ctx=["security"], loc=L("Honiara", "SLB")),
    E(11, "COOPERATE", "patrolling", [A("Australian Federal Police officers", "AUS", "COP", text="Australian Federal Police officers")],
      [A("RSIPF officers", "SLB", "COP", text="RSIPF officers")], ctx=["security"], loc=L("Honiara", "SLB"),
      note="Ongoing realised joint policing (\"patrolling ... jointly with\") -> COOPERATE."),
    E(12, "SUPPORT", "hailed", [A(**SLB_PM, text="Prime Minister")], [A(**AUS, text="Australia")],
      ctx=["diplomatic"], note="\"hailed Australia\" and \"thanked Canberra\": same type, actor and recipient code -> one event."),
    E(13, "AGREE", "would continue working", [A(**SLB_PM)], [A("China", "CHN", "GOV", text="China")],
      ctx=["security"], modality="future",
      note="Actor \"He\" = the Prime Minister (a title, not a name). \"a programme that has drawn concern in Canberra\" is background."),
    E(15, "ACCUSE", "criticised", [A("Daniel Suri", "SLB", "OPP", "opposition leader", text="Daniel Suri")],
      [A(**SLB_GOV)], mode="disapprove", note="Sentence 14 (entry into force on January 1) is a schedule, not an act."),
    E(15, "REQUEST", "called on", [A("Daniel Suri", "SLB", "OPP", "opposition leader", text="Daniel Suri")],
      [A(**SLB_GOV, text="government")], mode="change"),
    E(17, "AGREE", "invited", [A(**CARROW, text="Carrow")], [A(**RAMONI, text="Ramoni")],
      ctx=["diplomatic"], date=D("March", "2025-03"), loc=L("Canberra", "AUS"),
      note="Invitation -> AGREE (set A convention). Sentence 16 (\"did not meet\") is a negated CONSULT, not annotated."),
    E(18, "AID", "delivered", [A("Royal Australian Air Force", "AUS", "MIL", text="Royal Australian Air Force")],
      [A(**SLB)], ctx=["humanitarian"], date=D("Tuesday", "2024-12-10"), loc=L("Malaita", "SLB"),
      note="Recipient implied (Solomon Islands). The drought is a natural disaster (no type)."),
    E(19, "AGREE", "leaves for", [A(**CARROW, text="Carrow")], [A("Papua New Guinea", "PNG", "GOV")],
      ctx=["diplomatic"], date=D("Friday", "2024-12-13"), loc=L("Port Moresby", "PNG"), modality="future",
      note="Scheduled onward visit -> AGREE (a visit that is only planned)."),
]

# ==========================================================================
# b03 Levant: Israeli shelling of a UNIFIL post (AFP style, no date)
D03 = "b03_naqoura_shelling"
ENTITIES[D03] = [
    ("Israeli", "NORP"), ("UN", "ORG"), ("Lebanon", "GPE"), ("NAQOURA", "GPE"), ("AFP", "ORG"),
    ("UNIFIL", "ORG"), ("Lebanese", "NORP"), ("Naqoura", "GPE"), ("Thursday", "DATE"),
    ("Indonesian", "NORP"), ("Israel", "GPE"), ("Hezbollah", "ORG"), ("Upper Galilee", "LOC"),
    ("Security Council", "ORG"), ("Indonesia", "GPE"), ("Friday", "DATE"),
    ("French", "NORP"), ("Sylvie Marchand", "PERSON"), ("Beirut", "GPE"), ("October", "DATE"),
    ("Iran", "GPE"), ("this year", "DATE"),
]
ISR_MIL = dict(name="Israeli military", country="ISR", sector="MIL", office=None)
UNPK = dict(name="UNIFIL", country="IGO", sector=None, office=None)
HEZ = dict(name="Hezbollah", country="LBN", sector="REB", office=None)
ISR = dict(name="Israel", country="ISR", sector="GOV", office=None)
MARCHAND = dict(name="Sylvie Marchand", country="FRA", sector="GOV", office="envoy")
IDN_MFA = A("Indonesia's foreign ministry", "IDN", "GOV", text="Indonesia's foreign ministry")
EVENTS[D03] = [
    E(0, "ASSAULT", "wounds", [A(**ISR_MIL, text="Israeli")], [A(**UNPK, text="two UN peacekeepers")],
      mode="heavy-weapons", ctx=["military"], loc=L("Lebanon", "LBN"),
      note="Headline. UN peacekeepers are coded as the IGO (Phoenix PEACEKEEPING_TROOPS -> IGO), not by nationality."),
    E(1, "ASSAULT", "shelled", [A(**ISR_MIL, text="Israeli tanks")], [A(**UNPK, text="UNIFIL")],
      mode="heavy-weapons", ctx=["military"], date=D("Thursday", None), loc=L("Naqoura", "LBN"),
      note="Tank fire (CAMEO 195-like heavy weapons). \"cross-border fire between Israel and Hezbollah intensified\" is an aggregate trend, not one event. Dateline not used as event_loc (but Naqoura is also named as the place)."),
    E(2, "ACCUSE", "lodged a formal protest", [A(**UNPK, text="UNIFIL")], [A(**ISR_MIL, text="Israeli army")],
      mode="disapprove", note="\"had been deliberately targeted\" is the content of the accusation."),
    E(3, "CONCEDE", "expressed regret", [A(**ISR_MIL, text="Israeli military")], [A(**UNPK, text="peacekeepers")],
      note="Regret for harm caused = verbal concession. Sentence 4 (\"the incident was under review\") is a status statement, not coded; see Doubts."),
    E(5, "ASSAULT", "fired", [A(**HEZ, text="Hezbollah")], [A("Israeli army base", "ISR", "MIL", text="army base")],
      mode="heavy-weapons", ctx=["military"], loc=L("Upper Galilee", "ISR"),
      note="\"Hours later\" is a time expression, not a DATE."),
    E(6, "ACCUSE", "condemned", [A("Lebanese caretaker Prime Minister", "LBN", "GOV", "caretaker Prime Minister", text="Lebanon's caretaker Prime Minister")],
      [A(**ISR)], mode="disapprove", note="Target implied (the attacker, Israel)."),
    E(7, "ACCUSE", "strongly condemned", [IDN_MFA], [A(**ISR)], mode="disapprove"),
    E(7, "REQUEST", "demanded", [IDN_MFA], [A(**ISR)], ctx=["legal"],
      note="Demand for an investigation; addressee implied (Israel)."),
    E(8, "THREATEN", "warned", [A("Israeli defence minister", "ISR", "GOV", "defence minister", text="Israel's defence minister")],
      [A(**HEZ, text="Hezbollah")], mode="violence", ctx=["military"], date=D("Friday", None),
      note="An official's conditional warning (\"if diplomatic efforts failed\") is THREATEN (set A convention)."),
    E(9, "MOBILIZE", "called up", [A(**ISR_MIL, text="military")], [], mode="troops", ctx=["military"],
      note="Reserve call-up; no target named -> no recipient."),
    E(10, "CONSULT", "held talks", [A(**MARCHAND, text="Sylvie Marchand")],
      [A("Speaker of the Lebanese parliament", "LBN", "LEG", "speaker of parliament", text="speaker of Lebanon's parliament")],
      mode="visit", date=D("Friday", None), loc=L("Beirut", "LBN"),
      note="Arrival in Beirut (relative clause) and talks are one visit-CONSULT. The speaker appears only by title."),
    E(10, "REQUEST", "urged", [A(**MARCHAND, text="Sylvie Marchand")],
      [A(**ISR, text="both sides"), A(**HEZ, text="both sides")], mode="yield", ctx=["military"],
      note="\"both sides\" = Israel and Hezbollah. Sentences 11-13: aggregate background, analysts' hypothetical, habitual background."),
]

# ==========================================================================
# b04 Middle East: Turkish MFA readout of a phone call with Iraq
D04 = "b04_ankara_baghdad_call"
ENTITIES[D04] = [
    ("REPUBLIC OF TÜRKİYE", "GPE"), ("MINISTRY OF FOREIGN AFFAIRS", "ORG"), ("3 September 2024", "DATE"),
    ("Kerem Aydınlı", "PERSON"), ("Aydınlı", "PERSON"), ("Republic of Iraq", "GPE"), ("Iraq", "GPE"),
    ("Nizar Abdulwahid", "PERSON"), ("Abdulwahid", "PERSON"), ("today", "DATE"), ("Dhi Qar", "GPE"),
    ("Turkish Red Crescent", "ORG"), ("Baghdad", "GPE"), ("Türkiye", "GPE"), ("PKK", "ORG"),
    ("Turkish", "NORP"), ("Duhok", "GPE"), ("1 September", "DATE"), ("Iraqi", "NORP"),
    ("Sinjar", "GPE"), ("Makhmour", "GPE"), ("Joint Planning Group", "ORG"), ("Ankara", "GPE"),
    ("the end of October", "DATE"), ("October", "DATE"), ("Tigris River", "LOC"),
]
AYD = dict(name="Kerem Aydınlı", country="TUR", sector="GOV", office="Foreign Minister")
ABD = dict(name="Nizar Abdulwahid", country="IRQ", sector="GOV", office="Foreign Minister")
IRQ = dict(name="Iraq", country="IRQ", sector="GOV", office=None)
PKK = dict(name="PKK", country="TUR", sector="REB", office=None)
EVENTS[D04] = [
    E(2, "CONSULT", "Telephone Conversation", [A(**AYD, text="Kerem Aydınlı")], [A(**ABD, text="Nizar Abdulwahid")],
      mode="phone", date=D("3 September 2024", "2024-09-03"),
      note="Title line (headline rule). \"between A and B\": first mentioned is actor."),
    E(3, "CONSULT", "held a telephone conversation", [A(**AYD, text="Kerem Aydınlı")], [A(**ABD, text="Nizar Abdulwahid")],
      mode="phone", date=D("today", "2024-09-03")),
    E(4, "SUPPORT", "conveyed his condolences", [A(**AYD, text="Aydınlı")], [A(**IRQ)],
      ctx=["humanitarian"], note="Condolences for flood victims in Iraq; recipient implied."),
    E(4, "AID", "landed", [A("Turkish Red Crescent", "NGO", text="Turkish Red Crescent")], [A(**IRQ)],
      ctx=["humanitarian"], loc=L("Baghdad", "IRQ"),
      note="Relief flights delivered. Red Crescent coded NGO (Phoenix RED_CRESCENT). \"this morning\" is a time of day, not a DATE entity -> date null."),
    E(5, "SUPPORT", "thanked", [A(**ABD, text="Abdulwahid")], [A("Türkiye", "TUR", "GOV", text="Türkiye")],
      ctx=["humanitarian"]),
    E(6, "ACCUSE", "condemned", [A(**ABD)], [A(**PKK, text="PKK")], mode="disapprove", ctx=["terrorism"],
      note="Actor \"He\" = Abdulwahid."),
    E(6, "ASSAULT", "attack", [A(**PKK, text="PKK")], [A("Turkish military base", "TUR", "MIL", text="Turkish base")],
      ctx=["terrorism"], date=D("1 September", "2024-09-01"), loc=L("Duhok", "IRQ"),
      note="Attack first reported as a noun inside the condemnation; passive \"carried out by the PKK\" -> by-agent is the actor. PKK coded TUR/REB (Phoenix)."),
    E(7, "COOPERATE", "sharing intelligence",
      [A("Turkish security units", "TUR", "MIL", text="Turkish and Iraqi security units"),
       A("Iraqi security units", "IRQ", "MIL", text="Turkish and Iraqi security units")],
      ctx=["intelligence"], note="Ongoing realised intelligence sharing; \"The Ministers noted\" is not an event."),
    E(8, "REQUEST", "expectation", [A(**AYD, text="Aydınlı")],
      [A("Iraqi authorities", "IRQ", "GOV", text="Iraqi authorities")], mode="change", ctx=["terrorism"],
      note="Diplomatic phrasing of a demand (\"expressed Türkiye's expectation that ... take concrete steps\")."),
    E(9, "AGREE", "agreed", [A(**AYD, text="Ministers"), A(**ABD, text="Ministers")],
      ctx=["economic"], date=D("October", "2024-10"), loc=L("Ankara", "TUR"),
      note="\"reviewed progress\" is discussion within the already coded call, not a new CONSULT."),
    E(10, "AGREE", "would increase", [A(**AYD, text="Aydınlı")], [A(**IRQ, text="Iraq")],
      ctx=["environment"], modality="future",
      note="Promise of more water for Iraq. \"until the end of October\" is a duration limit, not the event date."),
    E(11, "AGREE", "invited", [A(**ABD, text="Abdulwahid")], [A(**AYD, text="Aydınlı")],
      ctx=["diplomatic"], loc=L("Baghdad", "IRQ"), note="Invitation -> AGREE."),
    E(11, "AGREE", "accepted", [A(**AYD)], [A(**ABD)], ctx=["diplomatic"], loc=L("Baghdad", "IRQ"),
      note="Accepting the invitation = intent to visit; passive without agent (Aydınlı). Different actor from the invitation -> separate event."),
]

# ==========================================================================
# b05 North Africa: Algeria seizes Moroccan trawlers (Maghreb news site)
D05 = "b05_ghazaouet_trawlers"
ENTITIES[D05] = [
    ("Maghreb", "LOC"), ("Algeria", "GPE"), ("Moroccan", "NORP"), ("Rabat", "GPE"),
    ("Youssef Amrani", "PERSON"), ("Wednesday, 22 May 2024", "DATE"), ("RABAT", "GPE"),
    ("Algerian", "NORP"), ("Ghazaouet", "GPE"), ("Sunday", "DATE"), ("Morocco", "GPE"),
    ("International Committee of the Red Cross", "ORG"), ("ICRC", "ORG"), ("August 2021", "DATE"),
    ("1994", "DATE"), ("APS", "ORG"), ("Ministry of Foreign Affairs", "ORG"), ("Tlemcen", "GPE"),
    ("Monday", "DATE"), ("Karim Benslimane", "PERSON"), ("Tuesday", "DATE"), ("Zouj Bghal", "LOC"),
]
DZA = dict(name="Algeria", country="DZA", sector="GOV", office=None)
DZA_CG = dict(name="Algerian coast guard", country="DZA", sector="MIL", office=None)
TRAWLERS = dict(name="two Moroccan fishing trawlers", country="MAR", sector="BUS", office=None)
CREW = dict(name="17 crew members", country="MAR", sector="CVL", office=None)
SIX = dict(name="six of the fishermen", country="MAR", sector="CVL", office=None)
MAR_MFA = A("Morocco's foreign ministry", "MAR", "GOV", text="Morocco's foreign ministry")
EVENTS[D05] = [
    E(1, "COERCE", "seizes", [A(**DZA, text="Algeria")], [A(**TRAWLERS, text="Moroccan trawlers")],
      mode="seize", note="Headline."),
    E(1, "REQUEST", "demands", [A("Rabat", "MAR", "GOV", text="Rabat")], [A(**DZA)], mode="yield",
      note="Headline; addressee implied (Algeria)."),
    E(4, "COERCE", "detained", [A(**DZA_CG, text="Algerian coast guard")],
      [A(**TRAWLERS, text="two Moroccan fishing trawlers"), A(**CREW, text="17 crew members")],
      mode="seize", date=D("Sunday", "2024-05-19"), loc=L("Ghazaouet", "DZA"),
      note="Boats and crew detained in one act -> one event, two recipients."),
    E(4, "ACCUSE", "accusing", [A(**DZA_CG, text="Algerian coast guard")], [A(**TRAWLERS), A(**CREW)],
      mode="allege", ctx=["crime"], date=D("Sunday", "2024-05-19"), note="Recipient \"them\" (boats and crews)."),
    E(5, "ACCUSE", "denounced", [MAR_MFA], [A(**DZA)], mode="disapprove"),
    E(5, "REQUEST", "demanded", [MAR_MFA], [A(**DZA)], mode="yield"),
    E(6, "REQUEST", "asked", [A("Morocco's foreign ministry", "MAR", "GOV")],
      [A("International Committee of the Red Cross", "NGO", text="International Committee of the Red Cross")],
      mode="assist", ctx=["humanitarian"], note="Actor \"It\"."),
    E(7, "SANCTION", "severed ties", [A(**DZA, text="Algeria")], [A("Rabat", "MAR", "GOV", text="Rabat")],
      ctx=["diplomatic"], date=D("August 2021", "2021-08"),
      note="Single datable past act in a subordinate clause -> annotated (set A convention). The closed border \"since 1994\" is a state, not an act."),
    E(8, "REJECT", "rejected", [A("Algeria's Ministry of Foreign Affairs", "DZA", "GOV", text="Ministry of Foreign Affairs")],
      [A("Rabat", "MAR", "GOV", text="Rabat")], mode="yield"),
    E(9, "THREATEN", "warned", [A("Algerian defence ministry", "DZA", "GOV", text="defence ministry")],
      [A("foreign vessels", None, "BUS", text="any foreign vessel")], mode="arrest",
      note="Generic target; no country stated."),
    E(10, "PROTEST", "staged a sit-in", [A("relatives of the fishermen", "MAR", "CVL", text="Dozens of relatives of the fishermen")],
      [A("Moroccan government", "MAR", "GOV")], mode="demo", date=D("Monday", "2024-05-20"), loc=L("Rabat", "MAR"),
      note="Sit-in outside parliament to press the government (implied target)."),
    E(11, "AGREE", "will spare no effort", [A("Karim Benslimane", "MAR", "GOV", "Fisheries Minister", text="Karim Benslimane")],
      [A("relatives of the fishermen", "MAR", "CVL")], ctx=["humanitarian"], modality="future",
      note="Promise to the families (\"them\")."),
    E(12, "CONCEDE", "pardoned", [A("Algerian President", "DZA", "GOV", "President", text="Algerian President")],
      [A(**SIX, text="six of the fishermen")], ctx=["legal"],
      note="Pardon = concession. \"On Tuesday, APS reported\" dates the report -> date null."),
    E(13, "RETREAT", "handed over", [A(**DZA)], [A(**SIX)], mode="release", loc=L("Zouj Bghal", "MAR"),
      note="Passive without agent (Algeria); patient \"They\". Zouj Bghal is the Moroccan side of the crossing."),
    E(14, "SUPPORT", "welcomed", [MAR_MFA], [A(**DZA)], ctx=["humanitarian"],
      note="Welcoming the release = approval of the releasing side (implied)."),
    E(14, "ACCUSE", "deplored", [MAR_MFA], [A(**DZA)], mode="disapprove",
      note="Sentence 15 is an analysts' hypothetical."),
]

# ==========================================================================
# b06 Southern Africa: SADC delegation in Cabo Delgado (newspaper, photo caption)
D06 = "b06_pemba_sadc"
ENTITIES[D06] = [
    ("Cabo Delgado", "GPE"), ("SADC", "ORG"), ("Pemba", "GPE"), ("Macomia", "GPE"),
    ("Lúcia Matsinhe", "PERSON"), ("Friday, 14 June 2024", "DATE"), ("Mozambican", "NORP"),
    ("Thursday", "DATE"), ("Southern African Development Community", "ORG"), ("two-day", "DATE"),
    ("days", "DATE"), ("Islamic State", "ORG"), ("Monday", "DATE"), ("Zambia", "GPE"),
    ("Mutale Chisanga", "PERSON"), ("Chisanga", "PERSON"), ("Mozambique", "GPE"),
    ("Cristóvão Mabunda", "PERSON"), ("Mabunda", "PERSON"),
    ("National Institute for Disaster Risk Management", "ORG"), ("INGD", "ORG"),
    ("Rwandan", "NORP"), ("Mocímboa da Praia", "GPE"), ("Awasse", "GPE"),
    ("Rwanda Defence Force", "ORG"), ("Montepuez", "GPE"), ("Wednesday", "DATE"),
    ("Abílio Nhantumbo", "PERSON"), ("this week", "DATE"), ("UN", "ORG"),
]
SADC_DEL = dict(name="SADC delegation", country="IGO", sector=None, office=None)
MOZ = dict(name="Mozambique", country="MOZ", sector="GOV", office=None)
INSURG = dict(name="insurgents", country=None, sector="REB", office=None)
MACOMIA = dict(name="Macomia residents", country="MOZ", sector="CVL", office=None)
CHIS = dict(name="Mutale Chisanga", country="ZMB", sector="GOV", office="Minister of Defence")
MAB = dict(name="Cristóvão Mabunda", country="MOZ", sector="GOV", office="defence minister")
EVENTS[D06] = [
    E(1, "AID", "brings", [A(**SADC_DEL, text="SADC delegation")], [A(**MOZ)], ctx=["humanitarian"],
      loc=L("Pemba", "MOZ"), note="Headline; recipient implied."),
    E(1, "ASSAULT", "strike", [A(**INSURG, text="insurgents")], [A(**MACOMIA, text="Macomia")],
      loc=L("Macomia", "MOZ"), note="Headline. Insurgents without a state -> country null (set A convention)."),
    E(6, "CONSULT", "visit", [A(**SADC_DEL, text="Southern African Development Community")], [A(**MOZ)],
      mode="visit", date=D("Thursday", "2024-06-13"), loc=L("Pemba", "MOZ"),
      note="The photo caption (sentences 4-5) is page noise and carries no events."),
    E(6, "ASSAULT", "attacked", [A(**INSURG, text="insurgents")], [A(**MACOMIA, text="Macomia")],
      loc=L("Macomia", "MOZ"),
      note="First body report (subordinate clause); re-reported with details in sentence 7. \"days after\" gives no calendar value -> date null."),
    E(7, "ASSAULT", "raided", [A(**INSURG, text="Fighters")],
      [A("civilians in Macomia", "MOZ", "CVL", text="at least five civilians")],
      date=D("Monday", "2024-06-10"),
      note="Raid, arson and killings are one attack. \"Monday night\" -> DATE \"Monday\"."),
    E(8, "CONSULT", "held talks", [A(**SADC_DEL, text="delegation")], [A(**MAB, text="Cristóvão Mabunda")],
      mode="visit", note="Subject is \"The delegation\" (led by Chisanga)."),
    E(8, "AID", "handed over", [A(**SADC_DEL, text="delegation")],
      [A("National Institute for Disaster Risk Management", "MOZ", "GOV", text="National Institute for Disaster Risk Management")],
      ctx=["humanitarian"]),
    E(9, "SUPPORT", "praised", [A(**CHIS, text="Chisanga")],
      [A("Mozambican troops", "MOZ", "MIL", text="Mozambican and Rwandan troops"),
       A("Rwandan troops", "RWA", "MIL", text="Mozambican and Rwandan troops")], ctx=["military"]),
    E(9, "AGREE", "would remain", [A(**CHIS, text="Chisanga")], [A(**MOZ)], ctx=["economic"],
      modality="future",
      note="Named speaker -> the person is the actor (coded by his country, ZMB, although he leads the SADC delegation; see Doubts)."),
    E(10, "COOPERATE", "joint patrols", [A("Rwandan soldiers", "RWA", "MIL", text="Rwandan soldiers")],
      [A("Mozambican forces", "MOZ", "MIL", text="Mozambican forces")], ctx=["military"]),
    E(11, "REQUEST", "asked", [A(**MAB, text="Mabunda")], [A("SADC member states", "IGO", text="SADC member states")],
      mode="assist", ctx=["military"]),
    E(12, "COERCE", "arrested", [A("police in Montepuez", "MOZ", "COP", text="Police")],
      [A("12 suspected insurgent suppliers", "MOZ", "CVL", text="12 people")], mode="arrest",
      date=D("Wednesday", "2024-06-12"), loc=L("Montepuez", "MOZ"),
      note="\"suspected of supplying\" is a participial description with no accuser -> no ACCUSE."),
    E(13, "PROTEST", "went on strike", [A("teachers in Pemba", "MOZ", "LAB", text="teachers")],
      [A("Mozambican government", "MOZ", "GOV")], mode="strike", date=D("this week", "2024-06"),
      loc=L("Pemba", "MOZ")),
    E(14, "REJECT", "would remain closed", [A("teachers' union", "MOZ", "LAB", text="union")],
      [A("education ministry", "MOZ", "GOV", text="education ministry")], mode="yield", modality="future",
      note="Refusal to end the strike until paid = refuse to yield (as set A a06 g13). Sentence 15 is background."),
]

# ==========================================================================
# b07 South America: Venezuela-Guyana border build-up (AP style)
D07 = "b07_essequibo_troops"
ENTITIES[D07] = [
    ("Venezuela", "GPE"), ("Guyana", "GPE"), ("Essequibo", "LOC"), ("Marcia Boodhoo", "PERSON"),
    ("Associated Press", "ORG"), ("March 12, 2024", "DATE"), ("GEORGETOWN", "GPE"), ("AP", "ORG"),
    ("Tuesday", "DATE"), ("Guyanese", "NORP"), ("Caracas", "GPE"), ("Rohan Persaud", "PERSON"),
    ("Venezuelan", "NORP"), ("Anacoco Island", "LOC"), ("U.N.", "ORG"),
    ("International Court of Justice", "ORG"), ("Monday", "DATE"), ("ExxonMobil", "ORG"),
    ("Brazil", "GPE"), ("Roraima", "GPE"), ("Georgetown", "GPE"), ("U.S. State Department", "ORG"),
    ("Washington", "GPE"), ("Last week", "DATE"), ("Treasury", "ORG"), ("Caribbean Community", "ORG"),
    ("Thursday", "DATE"), ("CARICOM", "ORG"),
]
VEN = dict(name="Venezuela", country="VEN", sector="GOV", office=None)
GUY = dict(name="Guyana", country="GUY", sector="GOV", office=None)
USSD = dict(name="U.S. State Department", country="USA", sector="GOV", office=None)
EVENTS[D07] = [
    E(0, "MOBILIZE", "masses troops", [A(**VEN, text="Venezuela")], [A(**GUY, text="Guyana")],
      mode="troops", ctx=["military"], note="Headline. Deployment toward a named neighbour -> recipient (set A a06 g16)."),
    E(4, "MOBILIZE", "moved", [A(**VEN, text="Venezuela")], [A(**GUY, text="Guyana")],
      mode="troops", ctx=["military"],
      note="\"officials said Tuesday\" dates the statement -> date null. Dateline not used as event_loc."),
    E(4, "ACCUSE", "accusing", [A("Guyanese officials", "GUY", "GOV", text="Guyanese officials")],
      [A("Caracas", "VEN", "GOV", text="Caracas")], mode="allege", ctx=["territory"],
      date=D("Tuesday", "2024-03-12"), note="Verbal event: takes the statement's date."),
    E(6, "REQUEST", "called on", [A("Rohan Persaud", "GUY", "GOV", "Foreign Minister")],
      [A("U.N. Secretary-General", "IGO", None, "Secretary-General", text="U.N. Secretary-General")],
      ctx=["mediation"],
      note="Actor \"He\" = Persaud. Sentence 5 (satellite images) reports evidence, not an act. Sentence 7 is a denial (no PLOVER type)."),
    E(8, "REJECT", "would never recognize", [A("Caracas", "VEN", "GOV", text="Caracas")],
      [A("International Court of Justice", "IGO", text="International Court of Justice")],
      ctx=["legal"], modality="future",
      note="Refusal to accept the court's jurisdiction (CAMEO 12). The refusal is the event, not a negated one. Unnamed ministry (\"It\") speaks; the clause names Caracas (as set A a12 \"Canberra\")."),
    E(9, "THREATEN", "warned", [A("Venezuelan president", "VEN", "GOV", "president", text="Venezuela's president")],
      [A(**GUY, text="Guyana")], ctx=["territory"], date=D("Monday", "2024-03-11"),
      note="\"Monday night\" -> DATE \"Monday\". Unspecified consequence -> mode null."),
    E(10, "MOBILIZE", "reinforced its military presence", [A("Brazil", "BRA", "GOV", text="Brazil")], [],
      mode="troops", ctx=["military"], loc=L("Roraima", "BRA")),
    E(10, "REQUEST", "urged", [A("Brazil", "BRA", "GOV", text="Brazil")],
      [A("Caracas", "VEN", "GOV", text="Caracas"), A("Georgetown", "GUY", "GOV", text="Georgetown")],
      ctx=["territory"]),
    E(11, "ACCUSE", "lambasted", [A(**USSD, text="U.S. State Department")], [A(**VEN, text="Venezuela")],
      mode="disapprove"),
    E(11, "SUPPORT", "stood firmly with", [A("United States", "USA", "GOV", text="Washington")],
      [A(**GUY, text="Guyana")], ctx=["diplomatic"]),
    E(12, "SANCTION", "slapped sanctions", [A("U.S. Treasury", "USA", "GOV", text="Treasury")],
      [A("three Venezuelan generals", "VEN", "MIL", "general", text="three Venezuelan generals")],
      ctx=["economic"], date=D("Last week", "2024-03"), note="Week of 4 March."),
    E(13, "PROTEST", "marched", [A("Hundreds of Guyanese", "GUY", "CVL", text="Hundreds of Guyanese")],
      [A(**VEN)], mode="demo", date=D("Monday", "2024-03-11"), loc=L("Georgetown", "GUY"),
      note="Nationalist march; target implied (Venezuela)."),
    E(14, "AGREE", "will hold", [A("Caribbean Community leaders", "IGO", text="Caribbean Community leaders")], [],
      ctx=["diplomatic"], date=D("Thursday", "2024-03-14"), modality="future",
      note="Scheduled meeting -> AGREE. Sentence 15 is background, sentence 16 experts' hypothetical."),
]

# ==========================================================================
# b08 South America: Brazil-Argentina foreign ministers (government press release)
D08 = "b08_itamaraty_visit"
ENTITIES[D08] = [
    ("Ministry of Foreign Affairs", "ORG"), ("8 October 2024", "DATE"), ("Brazil", "GPE"),
    ("Argentine Republic", "GPE"), ("Martina Echeverría", "PERSON"), ("Echeverría", "PERSON"),
    ("Ricardo Vasconcelos Prado", "PERSON"), ("Vasconcelos Prado", "PERSON"), ("today", "DATE"),
    ("Itamaraty Palace", "LOC"), ("Argentina", "GPE"), ("Argentine", "NORP"), ("1 October", "DATE"),
    ("Brazilian", "NORP"), ("Petrobras", "ORG"), ("July", "DATE"), ("Buenos Aires", "GPE"),
    ("Brazil–Argentina Strategic Dialogue Mechanism", "ORG"), ("the first half of 2025", "DATE"),
    ("Mercosur", "ORG"), ("European Union", "ORG"), ("the end of the year", "DATE"), ("2025", "DATE"),
    ("Venezuela", "GPE"), ("Venezuelan", "NORP"), ("2023", "DATE"),
]
PRADO = dict(name="Ricardo Vasconcelos Prado", country="BRA", sector="GOV", office="Minister of Foreign Affairs")
ECHE = dict(name="Martina Echeverría", country="ARG", sector="GOV", office="Minister of Foreign Affairs")
BRA = dict(name="Brazil", country="BRA", sector="GOV", office=None)
ARG_GOV = dict(name="Argentine Government", country="ARG", sector="GOV", office=None)
VEN_AUTH = dict(name="Venezuelan authorities", country="VEN", sector="GOV", office=None)
EVENTS[D08] = [
    E(3, "CONSULT", "Visit", [A(**ECHE, text="Martina Echeverría")], [A(**BRA, text="Brazil")], mode="visit",
      note="Title line (headline rule); visitor is the actor."),
    E(4, "CONSULT", "received", [A(**PRADO, text="Ricardo Vasconcelos Prado")], [A(**ECHE, text="Martina Echeverría")],
      mode="visit", date=D("today", "2024-10-08"), loc=L("Itamaraty Palace", "BRA"),
      note="Host is the grammatical subject -> actor. \"on her first official visit to Brazil\" is the same happening: one CONSULT."),
    E(5, "SUPPORT", "signed", [A(**PRADO, text="two Ministers"), A(**ECHE, text="two Ministers")],
      ctx=["agreement", "mou"], note="One signing event for both texts (same actors)."),
    E(6, "SUPPORT", "welcomed", [A(**PRADO, text="Vasconcelos Prado")], [A(**ARG_GOV, text="Argentine Government")],
      ctx=["economic"]),
    E(6, "CONCEDE", "eliminate", [A(**ARG_GOV, text="Argentine Government")], [A(**BRA)], ctx=["economic"],
      date=D("1 October", "2024-10-01"),
      note="Lifting import licences (trade restriction) = ease sanctions (CAMEO 081 -> CONCEDE). Realised: in force since 1 October."),
    E(7, "SUPPORT", "thanked", [A(**ECHE, text="Echeverría")], [A(**BRA, text="Brazil")], ctx=["economic"]),
    E(7, "COOPERATE", "supplied", [A("Petrobras", "BRA", "BUS", text="Petrobras")],
      [A("Argentina", "ARG", "GOV", text="Argentina")], ctx=["economic"], date=D("July", "2024-07"),
      note="Commercial gas shipments = realised economic cooperation (not aid); first reported inside the thanks."),
    E(8, "AGREE", "agreed", [A(**PRADO, text="Ministers"), A(**ECHE, text="Ministers")], [],
      ctx=["diplomatic"], date=D("the first half of 2025", "2025"), loc=L("Buenos Aires", "ARG"),
      note="\"reaffirmed their commitment\" in the same sentence: same type and actors -> one AGREE. \"before the end of the year\" is a deadline."),
    E(9, "AGREE", "invitation", [A("Argentine President", "ARG", "GOV", "President", text="President of Argentina")],
      [A("Brazilian President", "BRA", "GOV", "President", text="President of Brazil")],
      ctx=["diplomatic"], date=D("2025", "2025"), loc=L("Argentina", "ARG", occ=1),
      note="Invitation conveyed by the minister on behalf of her president: the inviter is the actor."),
    E(10, "ACCUSE", "expressed concern", [A(**PRADO, text="Ministers"), A(**ECHE, text="Ministers")],
      [A(**VEN_AUTH, text="Venezuela")], mode="disapprove", ctx=["rights_freedoms"]),
    E(10, "REQUEST", "called on", [A(**PRADO, text="Ministers"), A(**ECHE, text="Ministers")],
      [A(**VEN_AUTH, text="Venezuelan authorities")], mode="yield", ctx=["rights_freedoms"],
      note="\"detained for political reasons\" is an adjectival participle. Sentences 11-12 are background."),
]

# ==========================================================================
# b09 Nordic/Arctic: Norway expels Russian diplomats (broadcaster, no date)
D09 = "b09_kirkenes_expulsions"
ENTITIES[D09] = [
    ("Norway", "GPE"), ("Russian", "NORP"), ("Kirkenes", "GPE"), ("Arctic", "LOC"),
    ("Ministry of Foreign Affairs", "ORG"), ("Police Security Service", "ORG"), ("PST", "ORG"),
    ("Sunday", "DATE"), ("Ingrid Solheim", "PERSON"), ("Oslo", "GPE"), ("a week", "DATE"),
    ("Monday", "DATE"), ("Moscow", "GPE"), ("Tuesday", "DATE"), ("Russia", "GPE"),
    ("Norwegian", "NORP"), ("Finnmark", "GPE"), ("Northern Fleet", "ORG"), ("Barents Sea", "LOC"),
    ("Finland", "GPE"), ("Sweden", "GPE"), ("Wednesday", "DATE"), ("Storskog", "LOC"),
    ("Lars Hovland", "PERSON"), ("2022", "DATE"), ("EU", "ORG"),
]
NOR = dict(name="Norway", country="NOR", sector="GOV", office=None)
DIPS = dict(name="three Russian diplomats", country="RUS", sector="GOV", office="diplomat")
SUSPECT = dict(name="Russian citizen", country="RUS", sector="CVL", office=None)
NOR_POL = dict(name="Norwegian police", country="NOR", sector="COP", office=None)
PST = dict(name="Police Security Service", country="NOR", sector="COP", office=None)
SOLHEIM = dict(name="Ingrid Solheim", country="NOR", sector="GOV", office="Foreign Minister")
RUS_EMB = A("Russian embassy", "RUS", "GOV", "embassy", text="Russian embassy")
EVENTS[D09] = [
    E(0, "SANCTION", "expels", [A(**NOR, text="Norway")], [A(**DIPS, text="three Russian diplomats")],
      mode="expel", ctx=["diplomatic"], note="Headline."),
    E(0, "COERCE", "arrest", [A(**NOR_POL)], [A(**SUSPECT, text="spy")], mode="arrest",
      loc=L("Kirkenes", "NOR"), note="Headline noun \"spy arrest\"; the arresting police are implied."),
    E(1, "SANCTION", "ordered", [A(**NOR, text="Norway")], [A(**DIPS, text="three Russian diplomats")],
      mode="expel", ctx=["diplomatic"]),
    E(1, "COERCE", "arrested", [A(**NOR_POL, text="police")], [A(**SUSPECT, text="Russian citizen")],
      mode="arrest", note="First body report (subordinate clause); re-reported with time and place in sentence 2."),
    E(2, "COERCE", "detained", [A(**PST, text="Police Security Service")], [A(**SUSPECT, text="man")],
      mode="arrest", date=D("Sunday", None), loc=L("Kirkenes", "NOR")),
    E(3, "ACCUSE", "suspected", [A(**PST, text="PST")], [A(**SUSPECT)], mode="allege", ctx=["crime"],
      note="Patient \"him\". The spying itself is the content of the accusation, not an event."),
    E(4, "ACCUSE", "incompatible", [A(**SOLHEIM, text="Ingrid Solheim")], [A(**DIPS, text="three diplomats")],
      mode="disapprove"),
    E(4, "SANCTION", "must leave", [A(**SOLHEIM, text="Ingrid Solheim")], [A(**DIPS, text="three diplomats")],
      mode="expel", ctx=["diplomatic"],
      note="Re-report of the expulsion in a clause with new detail (deadline). \"within a week\" is a deadline, not the event date."),
    E(5, "ACCUSE", "summoned", [A("Norwegian Ministry of Foreign Affairs", "NOR", "GOV")],
      [A("Russian ambassador", "RUS", "GOV", "ambassador", text="Russian ambassador")],
      mode="disapprove", ctx=["summon"], date=D("Monday", None),
      note="Passive without by-agent: the ministry is implied (\"to the ministry\" is the place). \"handed the decision\" delivers the already coded expulsion (anaphoric)."),
    E(6, "COERCE", "deported", [A(**NOR_POL, text="police")],
      [A("second Russian citizen", "RUS", "CVL", text="second Russian citizen")], mode="deport",
      date=D("Monday", None), note="Passive without by-agent; the reporting police are the deporting authority."),
    E(7, "ACCUSE", "unfriendly step", [RUS_EMB], [A(**NOR)], mode="disapprove"),
    E(7, "THREATEN", "would respond", [A("Russia", "RUS", "GOV", text="Moscow")], [A(**NOR)],
      mode="relations", ctx=["diplomatic"], modality="future",
      note="Vow of a mirror response = threat of reciprocal expulsion (as set A a07 g11). Unnamed embassy speaks; the clause names Moscow."),
    E(8, "SANCTION", "persona non grata", [A("Russia's foreign ministry", "RUS", "GOV", text="Russia's foreign ministry")],
      [A("Norwegian diplomat", "NOR", "GOV", "diplomat", text="Norwegian diplomat")], mode="expel",
      ctx=["diplomatic"], date=D("Tuesday", None), loc=L("Moscow", "RUS")),
    E(9, "MOBILIZE", "moved", [A("Norwegian armed forces", "NOR", "MIL", text="Norway's armed forces")], [],
      mode="troops", ctx=["military"], loc=L("Finnmark", "NOR")),
    E(10, "MOBILIZE", "exercises", [A("Northern Fleet", "RUS", "MIL", text="Russia's Northern Fleet")], [],
      mode="troops", ctx=["military"], date=D("Tuesday", None), loc=L("Barents Sea", None),
      note="Snap naval exercises = show of force (CAMEO 15)."),
    E(11, "SUPPORT", "expressed solidarity", [A("Finland", "FIN", "GOV", text="Finland"), A("Sweden", "SWE", "GOV", text="Sweden")],
      [A(**NOR, text="Oslo")], ctx=["diplomatic"]),
    E(12, "PROTEST", "held a rally", [A("residents of Kirkenes", "NOR", "CVL", text="About 200 residents of Kirkenes")],
      [A("Norwegian government", "NOR", "GOV", text="government")], mode="demo",
      date=D("Wednesday", None), loc=L("Kirkenes", "NOR"),
      note="\"urging the government\" is the rally's demand (folded in). Sentence 13 (\"no plans to close it\") is not an event."),
    E(14, "SANCTION", "joined EU sanctions", [A(**NOR, text="Norway")], [A("Russia", "RUS", "GOV", text="Russia")],
      ctx=["economic"], date=D("2022", None),
      note="Single datable past act in a subordinate clause -> annotated. \"Relations have deteriorated\" is not an act."),
]

# ==========================================================================
# b10 Russia-Ukraine: live blog with key points and timestamps
D10 = "b10_ukraine_liveblog"
ENTITIES[D10] = [
    ("Russia", "GPE"), ("Ukraine", "GPE"), ("Ukrainian", "NORP"), ("UAE", "GPE"), ("Odesa", "GPE"),
    ("Thursday 14 November 2024", "DATE"), ("Russian", "NORP"), ("Germany", "GPE"),
    ("Kremlin", "ORG"), ("Swiss", "NORP"), ("Anton Zvyagin", "PERSON"), ("Moscow", "GPE"),
    ("Kyiv", "GPE"), ("Berlin", "GPE"), ("the end of the year", "DATE"), ("Taras Melnychuk", "PERSON"),
    ("Turkish", "NORP"), ("Ankara", "GPE"), ("Crimean Tatar", "NORP"), ("Poland", "GPE"),
    ("Hrubieszów", "GPE"), ("United Arab Emirates", "GPE"),
    ("Coordination Headquarters for the Treatment of Prisoners of War", "ORG"),
    ("Novodmytrivka", "GPE"), ("Donetsk", "GPE"), ("Serhiy Bondar", "PERSON"),
    ("Natalia Kovalenko", "PERSON"), ("Tom Fairley", "PERSON"),
]
RUS = dict(name="Russia", country="RUS", sector="GOV", office=None)
UKR = dict(name="Ukraine", country="UKR", sector="GOV", office=None)
RUS_MIL = dict(name="Russian forces", country="RUS", sector="MIL", office=None)
UAE = dict(name="United Arab Emirates", country="ARE", sector="GOV", office=None)
SUI = dict(name="Switzerland", country="CHE", sector="GOV", office=None)
MELN = dict(name="Taras Melnychuk", country="UKR", sector="GOV", office="foreign minister")
EVENTS[D10] = [
    E(0, "RETREAT", "freed", [A(**RUS), A(**UKR)], [], mode="release",
      note="Headline; passive without agent. A swap is symmetric: both sides are actors, no recipient (as set A exchange of fire)."),
    E(0, "CONSULT", "brokered", [A(**UAE, text="UAE")], [A(**RUS), A(**UKR)], ctx=["mediation"],
      note="Headline: \"UAE-brokered\" = mediation (CAMEO 045 -> CONSULT, as set A a14 g19)."),
    E(0, "ASSAULT", "hit", [A(**RUS_MIL)], [A("residents of Odesa", "UKR", "CVL", text="Odesa")],
      mode="heavy-weapons", ctx=["military"], loc=L("Odesa", "UKR"), note="Headline; attacker implied."),
    E(4, "RETREAT", "swap", [A(**RUS, text="Russia"), A(**UKR, text="Ukraine")], [], mode="release",
      note="Key-events bullets summarise the blog's own news and are annotated like headlines."),
    E(5, "ASSAULT", "attack", [A(**RUS_MIL, text="Russian")], [A("residents of Odesa", "UKR", "CVL", text="seven")],
      mode="heavy-weapons", ctx=["military"], loc=L("Odesa", "UKR")),
    E(6, "AGREE", "pledges", [A("Germany", "DEU", "GOV", text="Germany")], [A(**UKR)], ctx=["military"],
      note="Pledged future deliveries -> AGREE."),
    E(8, "REJECT", "dismisses", [A("Kremlin", "RUS", "GOV", text="Kremlin")], [A(**SUI, text="Swiss")],
      mode="meet", note="Entry headline. Timestamp lines are page noise."),
    E(9, "REJECT", "dismissed", [A("Anton Zvyagin", "RUS", "GOV", "Kremlin spokesman", text="Anton Zvyagin")],
      [A(**SUI, text="Swiss")], mode="meet",
      note="Refusal to attend, stated in the same sentence, is the same REJECT."),
    E(11, "CONSULT", "visit", [A("German defence minister", "DEU", "GOV", "defence minister", text="Germany's defence minister")],
      [A(**UKR, text="Kyiv")], mode="visit", loc=L("Kyiv", "UKR")),
    E(11, "AGREE", "would deliver", [A("Germany", "DEU", "GOV", text="Berlin")], [A(**UKR, text="Ukraine")],
      ctx=["military"], modality="future",
      note="Unnamed minister speaks; the clause names Berlin. \"by the end of the year\" is a deadline."),
    E(13, "CONSULT", "spoke by phone", [A(**MELN, text="Taras Melnychuk")],
      [A("Turkish foreign minister", "TUR", "GOV", "foreign minister", text="his Turkish counterpart")], mode="phone"),
    E(13, "REQUEST", "asked", [A(**MELN, text="Taras Melnychuk")], [A("Türkiye", "TUR", "GOV", text="Ankara")],
      mode="assist", ctx=["rights_freedoms"],
      note="\"activists jailed in Russia\" is an adjectival participle, not a new COERCE."),
    E(15, "ACCUSE", "summoned", [A("Poland", "POL", "GOV", text="Poland")],
      [A("Russian chargé d'affaires", "RUS", "GOV", "chargé d'affaires", text="Russia's chargé d'affaires")],
      mode="disapprove", ctx=["summon"], note="The drone debris finding is not an act."),
    E(17, "RETREAT", "prisoner exchange", [A(**UKR, text="Ukraine"), A(**RUS, text="Russia")], [],
      mode="release", note="\"said on Telegram\": statement; no date in the sentence."),
    E(18, "CONSULT", "mediated", [A(**UAE, text="United Arab Emirates")], [A(**RUS), A(**UKR)],
      ctx=["mediation"], note="\"the swap\" is anaphoric (not a new RETREAT)."),
    E(19, "SUPPORT", "thanked",
      [A("Coordination Headquarters for the Treatment of Prisoners of War", "UKR", "GOV",
         text="Coordination Headquarters for the Treatment of Prisoners of War")],
      [A(**UAE, text="UAE")], ctx=["humanitarian"]),
    E(21, "ASSAULT", "captured", [A(**RUS_MIL, text="forces")], [A(**UKR)], ctx=["military"],
      loc=L("Novodmytrivka", "UKR"),
      note="Taking a village = occupy territory (CAMEO 192 -> ASSAULT). Sentence 22 (\"did not confirm\") is not an event."),
    E(24, "ASSAULT", "attacked", [A(**RUS, text="Russia")], [A(**UKR, text="Ukraine")],
      mode="heavy-weapons", ctx=["military"], note="\"overnight\" is a time expression -> date null."),
    E(25, "ASSAULT", "struck", [A(**RUS_MIL)], [A("residents of Odesa", "UKR", "CVL", text="seven people")],
      mode="heavy-weapons", ctx=["military"], loc=L("Odesa", "UKR"),
      note="Specific strike on Odesa (main clause); attacker implied. The byline (sentence 26) is page noise."),
]

# ==========================================================================
# b11 China-Japan: press-conference transcript (Chief Cabinet Secretary)
D11 = "b11_tokyo_transcript"
ENTITIES[D11] = [
    ("Monday, February 5, 2024", "DATE"), ("Kyodo News", "ORG"), ("Japanese", "NORP"),
    ("China", "GPE"), ("January 29", "DATE"), ("Chinese Embassy", "ORG"), ("Chinese", "NORP"),
    ("Dalian", "GPE"), ("Consulate-General", "ORG"), ("Shenyang", "GPE"), ("February 2", "DATE"),
    ("NHK", "ORG"), ("Japan", "GPE"), ("Shingo Arakawa", "PERSON"), ("Beijing", "GPE"),
    ("later this week", "DATE"), ("Asahi Shimbun", "ORG"), ("China Coast Guard", "ORG"),
    ("Senkaku Islands", "LOC"), ("yesterday", "DATE"), ("Asian and Oceanian Affairs Bureau", "ORG"),
    ("Tokyo", "GPE"), ("last August", "DATE"),
]
JPN_GOV = dict(name="Japanese government", country="JPN", sector="GOV", office=None)
CHN_SIDE = dict(name="Chinese government", country="CHN", sector="GOV", office=None)
DETAINEE = dict(name="Japanese trading-company employee", country="JPN", sector="BUS", office=None)
CN_MFA = A("China's foreign ministry", "CHN", "GOV", text="China's foreign ministry")
CCG2 = dict(name="China Coast Guard", country="CHN", sector="MIL", office=None)
JPN = dict(name="Japan", country="JPN", sector="GOV", office=None)
EVENTS[D11] = [
    E(5, "COERCE", "detained", [A("Chinese authorities", "CHN", "GOV", text="Chinese authorities")],
      [A(**DETAINEE, text="Japanese man")], mode="arrest", date=D("January 29", "2024-01-29"),
      loc=L("Dalian", "CHN"),
      note="Passive with by-agent. Sentence 3 (\"the Japanese national detained in China\") is an adjectival participle, not annotated. The speaker label is part of the sentence."),
    E(6, "ACCUSE", "lodged a strong protest", [A(**JPN_GOV, text="government")], [A(**CHN_SIDE, text="Chinese side")],
      mode="disapprove"),
    E(6, "REQUEST", "called for", [A(**JPN_GOV, text="government")], [A(**CHN_SIDE)], mode="yield"),
    E(8, "ACCUSE", "suspicion of espionage", [CN_MFA], [A(**DETAINEE, text="man")], mode="allege",
      ctx=["crime"],
      note="Reported in a journalist's question. \"had been detained\" re-mentions the detention inside reported speech (not a new COERCE). \"this morning\" is a time of day -> no DATE, date null. Sentence 7 (consular officials met their own national) is not coded."),
    E(8, "REJECT", "firmly rejects", [CN_MFA], [A(**JPN, text="Japan")],
      note="Rejecting the protest (as b01 g8)."),
    E(11, "ACCUSE", "extremely regrettable", [A(**JPN_GOV)], [A(**CHN_SIDE)], mode="disapprove",
      note="Japanese official criticism (\"regrettable\" of another's act = disapproval, not CONCEDE). Unnamed Chief Cabinet Secretary speaks for the government (as set A a11). \"refrain from commenting\" is a refusal to comment (no type)."),
    E(12, "AGREE", "will visit", [A("Shingo Arakawa", "JPN", "GOV", "Parliamentary Vice-Minister for Foreign Affairs", text="Shingo Arakawa")],
      [A(**CHN_SIDE, text="Chinese side")], ctx=["diplomatic"], date=D("later this week", "2024-02"),
      loc=L("Beijing", "CHN"), modality="future",
      note="Planned visit -> AGREE; \"will raise this matter\" belongs to the same planned trip."),
    E(13, "MOBILIZE", "entered", [A(**CCG2, text="Four China Coast Guard vessels")], [A(**JPN, text="Japan")],
      date=D("yesterday", "2024-02-04"), loc=L("Senkaku Islands", None),
      note="Coast guard incursion into disputed waters = show of force short of violence (see Doubts). Reported first in a journalist's question. Disputed islands -> country null."),
    E(15, "MOBILIZE", "entered", [A(**CCG2, text="Four China Coast Guard vessels")], [A(**JPN)],
      date=D("yesterday", "2024-02-04"), loc=L("Senkaku Islands", None),
      note="Main-clause re-report with new detail (morning, approach to a fishing boat). \"attempted to approach\" is not coded separately."),
    E(16, "ACCUSE", "lodged a protest",
      [A("Director-General of the Asian and Oceanian Affairs Bureau", "JPN", "GOV", "Director-General",
         text="Director-General of the Asian and Oceanian Affairs Bureau")],
      [A("Deputy Chief of Mission of the Chinese Embassy", "CHN", "GOV", "Deputy Chief of Mission",
         text="Deputy Chief of Mission of the Chinese Embassy")], mode="disapprove",
      note="Sentence 17 is a statement of the status quo (not an event)."),
    E(19, "SANCTION", "ban", [A("China", "CHN", "GOV", text="China")], [A(**JPN)], ctx=["economic"],
      date=D("last August", "2023-08"),
      note="Import ban = embargo -> SANCTION (set A convention). Dated past act reported in a participle (\"imposed last August\")."),
    E(20, "REQUEST", "urge", [A(**JPN_GOV)], [A("China", "CHN", "GOV", text="China")], mode="change",
      ctx=["economic"], note="Actor \"We\" = the Japanese government."),
]

# ==========================================================================
# b12 South Asia: Indian embassy in Kathmandu (embassy page with navigation)
D12 = "b12_kathmandu_embassy"
ENTITIES[D12] = [
    ("Embassy of India", "ORG"), ("Kathmandu", "GPE"), ("India", "GPE"), ("22 August 2024", "DATE"),
    ("Nepal", "GPE"), ("Anand Mohan Kulkarni", "PERSON"), ("Kulkarni", "PERSON"), ("today", "DATE"),
    ("Ramesh Prasad Adhikari", "PERSON"), ("Ministry of Federal Affairs and General Administration", "ORG"),
    ("Embassy", "ORG"), ("Export-Import Bank of India", "ORG"), ("Nepalgunj", "GPE"), ("Surkhet", "GPE"),
    ("Singha Durbar", "LOC"), ("September", "DATE"), ("July", "DATE"),
    ("Nepal Electricity Authority", "ORG"), ("Dhalkebar", "GPE"), ("Muzaffarpur", "GPE"),
    ("2003", "DATE"), ("22-08-2024", "DATE"),
]
KULK = dict(name="Anand Mohan Kulkarni", country="IND", sector="GOV", office="Ambassador")
NPL = dict(name="Nepal", country="NPL", sector="GOV", office=None)
IND_EMB = dict(name="Embassy of India", country="IND", sector="GOV", office="embassy")
MOFAGA = dict(name="Ministry of Federal Affairs and General Administration", country="NPL", sector="GOV", office=None)
EVENTS[D12] = [
    E(3, "AID", "hands over", [A("India", "IND", "GOV", text="India")], [A(**NPL)], ctx=["humanitarian", "medical"],
      note="Headline; recipient implied. Navigation lines (sentences 0-2, 4-5, 13-14) are page noise."),
    E(3, "SUPPORT", "signed", [A(**IND_EMB), A(**MOFAGA)], ctx=["agreement", "mou"],
      note="Headline passive without agent; signatories from sentence 8."),
    E(6, "AID", "handed over", [A(**KULK, text="Anand Mohan Kulkarni")],
      [A("Nepalese hospitals, schools and charities", "NPL", "CVL", text="hospitals, schools and charitable organisations")],
      ctx=["humanitarian", "medical"], date=D("today", "2024-08-22"), loc=L("Kathmandu", "NPL")),
    E(7, "SUPPORT", "thanked", [A("Ramesh Prasad Adhikari", "NPL", "GOV", "Minister for Federal Affairs and General Administration", text="Ramesh Prasad Adhikari")],
      [A("Government of India", "IND", "GOV", text="Government of India")], ctx=["diplomatic"],
      note="\"praised the long-standing friendship\": same type, actor, recipient -> one event."),
    E(8, "SUPPORT", "signed", [A(**IND_EMB, text="Embassy"), A(**MOFAGA, text="Ministry of Federal Affairs and General Administration")],
      ctx=["agreement", "mou"]),
    E(9, "AGREE", "would continue to support", [A(**KULK, text="Kulkarni")], [A(**NPL, text="Nepal")],
      ctx=["economic"], modality="future"),
    E(9, "AID", "extended", [A("Export-Import Bank of India", "IND", "GOV", text="Export-Import Bank of India")],
      [A(**NPL)], ctx=["economic"],
      note="Credit line extended (realised loan) -> AID. State-owned bank coded GOV (see Doubts). Recipient implied."),
    E(10, "CONSULT", "called on", [A(**KULK, text="Ambassador")],
      [A("Prime Minister of Nepal", "NPL", "GOV", "Prime Minister", text="Prime Minister of Nepal")],
      date=D("today", "2024-08-22"), loc=L("Singha Durbar", "NPL"),
      note="Courtesy call by the resident ambassador: no travel -> mode null. \"discussed preparations\" is part of the same call."),
    E(10, "AGREE", "forthcoming visit",
      [A("External Affairs Minister of India", "IND", "GOV", "External Affairs Minister", text="External Affairs Minister of India")],
      [A(**NPL, text="Kathmandu")], ctx=["diplomatic"], date=D("September", "2024-09"),
      loc=L("Kathmandu", "NPL"), modality="future", note="Planned visit -> AGREE."),
    E(11, "COOPERATE", "exported", [A("Nepal Electricity Authority", "NPL", "GOV", text="Nepal Electricity Authority")],
      [A("India", "IND", "GOV", text="India")], ctx=["economic"], date=D("July", "2024-07"),
      note="Realised power trade. Phoenix ELECTRICITY_AUTHORITY -> GOV. Sentence 12 is aggregate background."),
]

# ==========================================================================
# b13 Caucasus: Azerbaijan frees Armenian servicemen (agency wire, no date)
D13 = "b13_margara_release"
ENTITIES[D13] = [
    ("Azerbaijan", "GPE"), ("Armenian", "NORP"), ("YEREVAN", "GPE"), ("BAKU", "GPE"),
    ("Caucasus Wire", "ORG"), ("Saturday", "DATE"), ("Armenia", "GPE"), ("Margara", "GPE"),
    ("a day", "DATE"), ("Baku", "GPE"), ("2023", "DATE"), ("Yerevan", "GPE"), ("Azerbaijani", "NORP"),
    ("the coming days", "DATE"), ("Aram Gasparyan", "PERSON"), ("Elchin Rzayev", "PERSON"),
    ("Gabala", "GPE"), ("Sona Hakobyan", "PERSON"), ("Ramil Abbasov", "PERSON"), ("Geneva", "GPE"),
    ("next month", "DATE"), ("Kalbajar", "GPE"), ("Thursday", "DATE"), ("European Union", "ORG"),
    ("Russia", "GPE"), ("South Caucasus", "LOC"), ("Karabakh", "LOC"), ("the 1990s", "DATE"),
    ("2020", "DATE"),
]
AZE = dict(name="Azerbaijan", country="AZE", sector="GOV", office=None)
ARM = dict(name="Armenia", country="ARM", sector="GOV", office=None)
POWS = dict(name="four Armenian servicemen", country="ARM", sector="MIL", office=None)
ARM_COM = dict(name="Armenian border delimitation commission", country="ARM", sector="GOV", office=None)
AZE_COM = dict(name="Azerbaijani border delimitation commission", country="AZE", sector="GOV", office=None)
HAK = dict(name="Sona Hakobyan", country="ARM", sector="GOV", office="foreign minister")
ABB = dict(name="Ramil Abbasov", country="AZE", sector="GOV", office="foreign minister")
EVENTS[D13] = [
    E(0, "RETREAT", "frees", [A(**AZE, text="Azerbaijan")], [A(**POWS, text="four Armenian servicemen")],
      mode="release", note="Headline."),
    E(0, "SUPPORT", "sign", [A(**ARM_COM, text="border commissions"), A(**AZE_COM, text="border commissions")],
      ctx=["agreement"], note="Headline; subordinate clause with its own subject."),
    E(1, "RETREAT", "released", [A(**AZE, text="Azerbaijan")], [A(**POWS, text="four Armenian servicemen")],
      mode="release", date=D("Saturday", None), loc=L("Margara", "ARM"),
      note="\"handed them over to Armenia\" is the same release. Dateline not used as event_loc."),
    E(2, "CONCEDE", "pardoning", [A("President of Azerbaijan", "AZE", "GOV", "President", text="President of Azerbaijan")],
      [A(**POWS, text="men")], ctx=["legal"], date=D("a day", None),
      note="\"a day earlier\" -> DATE \"a day\" (as set A \"two days\" in \"two days after\"). Sentence 3 is background (state of detention)."),
    E(4, "SUPPORT", "thanked", [A("Armenian Prime Minister", "ARM", "GOV", "Prime Minister", text="Armenia's Prime Minister")],
      [A(**AZE, text="Baku")], ctx=["humanitarian"]),
    E(4, "AGREE", "ready to return", [A(**ARM, text="Yerevan")], [A(**AZE)], ctx=["humanitarian"],
      date=D("the coming days", None),
      note="Offer to release = AGREE (\"ready to\" is asserted). Unnamed PM speaks; the clause names Yerevan. \"soldiers detained on its territory\" is an adjectival participle."),
    E(5, "CONSULT", "met", [A(**ARM_COM, text="state commissions on border delimitation"),
                            A(**AZE_COM, text="state commissions on border delimitation")],
      date=D("a day", None), loc=L("Gabala", "AZE"),
      note="\"The release came\" is anaphoric. Coordinated plural subject -> both actors. Mode null (bilateral commission session; see Doubts)."),
    E(5, "SUPPORT", "signed", [A(**ARM_COM, text="state commissions on border delimitation"),
                               A(**AZE_COM, text="state commissions on border delimitation")],
      ctx=["agreement"], date=D("a day", None), loc=L("Gabala", "AZE")),
    E(6, "CONSULT", "discussed", [A(**HAK, text="Sona Hakobyan"), A(**ABB, text="Ramil Abbasov")],
      mode="phone", date=D("Saturday", None),
      note="Phone call with a coordinated subject -> both actors, no recipient."),
    E(6, "AGREE", "agreed to meet", [A(**HAK, text="Sona Hakobyan"), A(**ABB, text="Ramil Abbasov")],
      ctx=["diplomatic"], date=D("next month", None), loc=L("Geneva", "CHE")),
    E(8, "ACCUSE", "accused", [A("Azerbaijani defence ministry", "AZE", "GOV", text="Azerbaijan's defence ministry")],
      [A("Armenian forces", "ARM", "MIL", text="Armenian forces")], mode="allege", ctx=["military"],
      note="The firing is the content of the accusation (not an event); \"on Thursday\" dates the alleged firing, not the statement -> date null. The Armenian denial has no PLOVER type. Sentence 7 is not an event."),
    E(9, "SUPPORT", "hailed", [A("European Union", "IGO", text="European Union")], [A(**AZE)],
      ctx=["humanitarian"], note="Welcoming the release = approval of the releasing side (implied)."),
    E(9, "REQUEST", "urged", [A("European Union", "IGO", text="European Union")],
      [A(**ARM, text="both sides"), A(**AZE, text="both sides")], mode="change", ctx=["diplomatic"]),
    E(10, "SUPPORT", "welcomed", [A("Russia", "RUS", "GOV", text="Russia")], [], ctx=["diplomatic"],
      note="General endorsement of the process; no addressee. Sentence 11 is aggregate history (background)."),
]

# ==========================================================================
# b14 Multilateral: UN Security Council on Ethiopia-Somalia (no date)
D14 = "b14_unsc_somalia"
ENTITIES[D14] = [
    ("Somalia", "GPE"), ("Ethiopia", "GPE"), ("UN Security Council", "ORG"), ("Somaliland", "GPE"),
    ("UNITED NATIONS", "ORG"), ("UN Dispatch", "ORG"), ("Wednesday", "DATE"), ("UN", "ORG"),
    ("Hodan Abdi Warsame", "PERSON"), ("January", "DATE"), ("Addis Ababa", "GPE"), ("Gedo", "GPE"),
    ("Mogadishu", "GPE"), ("Ethiopian", "NORP"), ("African Union", "ORG"), ("December", "DATE"),
    ("Dawit Alemayehu", "PERSON"), ("Alemayehu", "PERSON"), ("al-Shabaab", "ORG"), ("Ankara", "GPE"),
    ("next month", "DATE"), ("Türkiye", "GPE"), ("August", "DATE"), ("Egypt", "GPE"), ("Cairo", "GPE"),
    ("Somali National Army", "ORG"), ("United States", "GPE"), ("China", "GPE"),
    ("United Kingdom", "GPE"), ("Tuesday", "DATE"), ("Somali", "NORP"), ("Monday", "DATE"),
    ("Bakool", "GPE"), ("April", "DATE"),
]
SOM = dict(name="Somalia", country="SOM", sector="GOV", office=None)
ETH = dict(name="Ethiopia", country="ETH", sector="GOV", office=None)
WARS = dict(name="Hodan Abdi Warsame", country="SOM", sector="GOV", office="ambassador to the UN")
DAWIT = dict(name="Dawit Alemayehu", country="ETH", sector="GOV", office="ambassador")
EVENTS[D14] = [
    E(0, "ACCUSE", "accusations", [A(**SOM, text="Somalia"), A(**ETH, text="Ethiopia")], [], mode="allege",
      note="Headline: \"trade accusations\" with a coordinated subject -> both actors, no recipient (as set A exchange of fire). \"Somaliland deal\" is a document, not an act."),
    E(1, "ACCUSE", "accused", [A(**SOM, text="Somalia")], [A(**ETH, text="Ethiopia")], mode="allege",
      ctx=["territory"], date=D("Wednesday", None),
      note="\"through a port deal\": the signing is coded where it is reported as an act (sentence 2)."),
    E(1, "CONSULT", "emergency meeting", [A("UN Security Council", "IGO", text="UN Security Council")], [],
      mode="multilateral", date=D("Wednesday", None), note="Meeting first reported as a noun. Dateline not used as event_loc."),
    E(2, "ACCUSE", "violated", [A(**WARS, text="Hodan Abdi Warsame")], [A(**ETH, text="Ethiopia")],
      mode="disapprove", ctx=["territory"]),
    E(2, "SUPPORT", "signed", [A(**ETH, text="Ethiopia")], [A("Somaliland", "SOM", "GOV", text="Somaliland")],
      ctx=["agreement", "mou"], date=D("January", None),
      note="Datable past signing in a relative clause. Somaliland (unrecognised) coded SOM; see Doubts."),
    E(2, "REQUEST", "demanded", [A(**WARS, text="Hodan Abdi Warsame")], [A(**ETH, text="Addis Ababa")],
      mode="yield", ctx=["military"]),
    E(2, "MOBILIZE", "sent", [A(**ETH)], [A(**SOM)], mode="troops", ctx=["military"], loc=L("Gedo", "SOM"),
      note="Single past deployment in a relative clause (\"it\" = Addis Ababa); recipient implied."),
    E(4, "THREATEN", "warned", [A(**WARS)], [A("Ethiopian troops", "ETH", "MIL", text="Ethiopian troops")],
      mode="expel", ctx=["military"],
      note="Conditional ultimatum by an official -> THREATEN. Actor \"She\". \"by December\" is a deadline. Sentence 3 (quote) is a statement of position."),
    E(5, "REJECT", "rejected", [A(**DAWIT, text="Dawit Alemayehu")], [A(**SOM)], mode="yield", ctx=["military"],
      note="Rejecting the demand to withdraw = refuse to yield."),
    E(6, "AGREE", "would attend", [A(**DAWIT)], [A(**SOM)], ctx=["mediation"], date=D("next month", None),
      loc=L("Ankara", "TUR"), modality="future", note="Named speaker (\"He\") -> person; null offsets."),
    E(7, "CONSULT", "hosted", [A("Türkiye", "TUR", "GOV", text="Ankara")],
      [A("Ethiopian foreign minister", "ETH", "GOV", "foreign minister", text="two countries' foreign ministers"),
       A("Somali foreign minister", "SOM", "GOV", "foreign minister", text="two countries' foreign ministers")],
      ctx=["mediation"], date=D("August", None),
      note="Hosting talks between two other parties = mediation (third party is the actor)."),
    E(7, "REQUEST", "urged", [A("Turkish representative to the UN", "TUR", "GOV", "representative", text="Türkiye's representative")],
      [A(**ETH, text="both sides"), A(**SOM, text="both sides")], mode="yield"),
    E(8, "AID", "delivered", [A("Egypt", "EGY", "GOV", text="Cairo")],
      [A("Somali National Army", "SOM", "MIL", text="Somali National Army")], ctx=["military"],
      date=D("August", None), note="\"in August\" dates the delivery itself (not the statement)."),
    E(9, "ACCUSE", "criticised", [A(**DAWIT, text="Alemayehu")], [A("Egypt", "EGY", "GOV")], mode="disapprove",
      note="\"the delivery\" is anaphoric; target implied (Egypt)."),
    E(10, "REQUEST", "called on",
      [A("United States", "USA", "GOV", text="United States"), A("China", "CHN", "GOV", text="China"),
       A("United Kingdom", "GBR", "GOV", text="United Kingdom")],
      [A(**ETH, text="both governments"), A(**SOM, text="both governments")], mode="yield"),
    E(11, "PROTEST", "rallied", [A("thousands of people in Mogadishu", "SOM", "CVL", text="thousands of people")],
      [A(**ETH)], mode="demo", date=D("Tuesday", None), loc=L("Mogadishu", "SOM"),
      note="Rally against the deal; target implied (Ethiopia)."),
    E(12, "ASSAULT", "attacked", [A("al-Shabaab", "SOM", "REB", text="al-Shabaab fighters")],
      [A("Ethiopian army base", "ETH", "MIL", text="Ethiopian army base")], mode="explosives",
      ctx=["terrorism"], date=D("Monday", None), loc=L("Bakool", "SOM"),
      note="al-Shabaab coded SOM/REB (Phoenix). Mortars and a car bomb."),
    E(13, "SANCTION", "expelled", [A(**SOM, text="Somalia")],
      [A("Ethiopian ambassador", "ETH", "GOV", "ambassador", text="Ethiopia's ambassador")],
      mode="expel", ctx=["diplomatic"], date=D("April", None)),
]
