"""Hand annotations of held-out set C (see README.md and ANNOTATION.md).

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
    "c01_portsudan_recall": "2025-03-11",
    "c02_kinshasa_expulsion": None,
    "c03_brussels_dialogue": "2025-06-26",
    "c04_surin_skirmish": "2025-02-17",
    "c05_teknaf_shells": "2025-09-08",
    "c06_cairo_gerd_interview": "2025-10-02",
    "c07_riyadh_iran_visit": "2025-04-14",
    "c08_havana_prisoners": None,
    "c09_suva_forum_ministers": "2025-08-29",
    "c10_bamako_ecowas_envoy": None,
    "c11_baltic_border_liveblog": "2025-11-06",
    "c12_jakarta_consultation": "2025-07-23",
}

DATE_NOTES = {
    "c02_kinshasa_expulsion": "No publication date in the text (AFP dateline without date).",
    "c08_havana_prisoners": "No publication date in the text (EFE dateline without date).",
    "c10_bamako_ecowas_envoy": "No full publication date in the text (dateline \"Sept. 14\" without year).",
}


from spec import A, D, E, L  # noqa: F401  (shared with the other sets)


ENTITIES = {}
EVENTS = {}

# ==========================================================================
# c01 Sahel / Horn (Sudan-Chad): recall of ambassador (Reuters style, page noise)
D01 = "c01_portsudan_recall"
ENTITIES[D01] = [
    ("Africa", "LOC"), ("Sudan", "GPE"), ("Chad", "GPE"), ("N'Djamena", "GPE"), ("RSF", "ORG"),
    ("Amira Tahir", "PERSON"), ("March 11, 2025", "DATE"), ("March 11", "DATE"), ("PORT SUDAN", "GPE"),
    ("Reuters", "ORG"), ("Tuesday", "DATE"), ("Rapid Support Forces", "ORG"), ("Hassan Idris", "PERSON"),
    ("Amdjarass", "GPE"), ("Darfur", "LOC"), ("Mahamat Abakar", "PERSON"), ("Chadian", "NORP"),
    ("February", "DATE"), ("a day", "DATE"), ("El Fasher", "GPE"), ("Tine", "LOC"), ("January", "DATE"),
    ("UN", "ORG"), ("UNHCR", "ORG"), ("Adré", "GPE"), ("Sudanese", "NORP"), ("Lotfi Gharbi", "PERSON"),
    ("United Arab Emirates", "GPE"), ("October", "DATE"), ("Jean-Luc Ngarta", "PERSON"),
    ("Paul Redding", "PERSON"),
]
SDN = dict(name="Sudan", country="SDN", sector="GOV", office=None)
TCD = dict(name="Chad", country="TCD", sector="GOV", office=None)
SDN_GOV = dict(name="Sudan's army-aligned government", country="SDN", sector="GOV", office=None)
EVENTS[D01] = [
    E(1, "SANCTION", "recalls", [A(**SDN, text="Sudan")], [A(**TCD, text="Chad")], mode="withdraw",
      ctx=["diplomatic"], note="Headline. Recall of one's own envoy -> SANCTION withdraw, host country as recipient (set A)."),
    E(1, "ACCUSE", "accuses", [A(**SDN, text="Sudan")], [A("N'Djamena", "TCD", "GOV", text="N'Djamena")],
      mode="allege", ctx=["military"], note="Headline. \"of arming RSF\" is the content of the accusation."),
    E(4, "SANCTION", "recalled", [A(**SDN, text="Sudan")], [A(**TCD, text="Chad")], mode="withdraw",
      ctx=["diplomatic"], date=D("Tuesday", "2025-03-11"),
      note="Dateline PORT SUDAN is not the event location."),
    E(4, "ACCUSE", "accused", [A(**SDN, text="Sudan")],
      [A("Chadian government", "TCD", "GOV", text="government in N'Djamena")], mode="allege",
      ctx=["military"], date=D("Tuesday", "2025-03-11"),
      note="Coordinated verb with the same subject; the date covers both verbs."),
    E(5, "REQUEST", "urged", [A("Hassan Idris", "SDN", "GOV", "Foreign Minister", text="Hassan Idris")],
      [A(**TCD, text="Chad")], mode="change", ctx=["military"]),
    E(7, "MOBILIZE", "deployed", [A(**TCD, text="Chad")], [], mode="troops", ctx=["military"],
      date=D("February", "2025-02"),
      note="A material act reported by a named speaker (Abakar, \"He\"): the doer named in the clause (Chad) is the actor. \"since February\" dates the deployment itself. Sentence 6 is a denial (no PLOVER type)."),
    E(8, "ASSAULT", "shelled", [A("Rapid Support Forces", "SDN", "REB", text="RSF fighters")],
      [A("displaced people near El Fasher", "SDN", "CVL", text="a camp for displaced people")],
      mode="heavy-weapons", ctx=["military"], date=D("a day", "2025-03-10"), loc=L("El Fasher", "SDN"),
      note="\"The recall\" is anaphoric (not a new SANCTION). \"a day after\" the Tuesday recall -> 2025-03-10."),
    E(9, "SANCTION", "suspended", [A(**SDN_GOV, text="Sudan's army-aligned government")], [A(**TCD, text="Chad")],
      ctx=["economic"], note="Suspending cross-border trade = reduce relations (like a trade embargo, SANCTION per ANNOTATION.md)."),
    E(9, "COERCE", "closure", [A(**SDN_GOV, text="Sudan's army-aligned government")], [A(**TCD, text="Chad")],
      mode="restrict", loc=L("Tine", None),
      note="Closing a border crossing = COERCE restrict (set A). Tine straddles the border -> country null."),
    E(9, "RETREAT", "reopened", [A(**TCD, text="Chad")], [], mode="access", ctx=["humanitarian"],
      date=D("January", "2025-01"), loc=L("Tine", None),
      note="Single datable past act in a relative clause. Reopening a crossing for aid convoys = allow delivery of humanitarian aid (CAMEO 0863 -> RETREAT access). No addressee named."),
    E(10, "AID", "trucked", [A("UNHCR", "IGO", text="UNHCR")],
      [A("Sudanese refugees", "SDN", "REF", text="Sudanese refugees")], ctx=["humanitarian"],
      loc=L("Adré", "TCD"), note="\"said it had trucked\": no date in the sentence."),
    E(11, "REQUEST", "called on", [A("Lotfi Gharbi", "IGO", None, "personal envoy", text="Lotfi Gharbi")],
      [A(**SDN, text="both governments"), A(**TCD, text="both governments")], mode="change",
      ctx=["humanitarian"], note="Sentence 12 is an analysts' hypothetical."),
    E(13, "CONSULT", "met", [A("Chadian president", "TCD", "GOV", "President", text="Chad's president")],
      [A("Sudanese army chief", "SDN", "MIL", "army chief", text="Sudan's army chief")], mode="visit",
      date=D("October", "2024-10"), loc=L("N'Djamena", "TCD"),
      note="The army chief travelled to N'Djamena -> visit. October before the March 2025 publication -> 2024-10. \"have since traded accusations almost weekly\" is habitual background."),
]

# ==========================================================================
# c02 Great Lakes (DRC-Rwanda): expulsion, M23 (AFP style, no date)
D02 = "c02_kinshasa_expulsion"
ENTITIES[D02] = [
    ("Kinshasa", "GPE"), ("Rwandan", "NORP"), ("M23", "ORG"), ("Sake", "GPE"), ("KINSHASA", "GPE"),
    ("AFP", "ORG"), ("Democratic Republic of Congo", "GPE"), ("Saturday", "DATE"), ("Rwanda", "GPE"),
    ("Goma", "GPE"), ("Jean-Pierre Lukusa", "PERSON"), ("Kigali", "GPE"), ("Friday", "DATE"),
    ("North Kivu", "GPE"), ("Congolese", "NORP"), ("FDLR", "ORG"), ("Hutu", "NORP"), ("France", "GPE"),
    ("United States", "GPE"), ("Western", "NORP"), ("French", "NORP"), ("Angola", "GPE"), ("2022", "DATE"),
    ("Luanda", "GPE"), ("Sunday", "DATE"), ("Mugunga", "GPE"), ("US", "GPE"), ("European Union", "ORG"),
    ("Nairobi", "GPE"), ("Doha", "GPE"),
]
COD = dict(name="Democratic Republic of Congo", country="COD", sector="GOV", office=None)
RWA = dict(name="Rwanda", country="RWA", sector="GOV", office=None)
M23 = dict(name="M23", country="COD", sector="REB", office=None)
RWA_MFA = dict(name="Rwanda's foreign ministry", country="RWA", sector="GOV", office=None)
EVENTS[D02] = [
    E(0, "SANCTION", "expels", [A("Kinshasa", "COD", "GOV", text="Kinshasa")],
      [A("Rwandan envoy", "RWA", "GOV", "chargé d'affaires", text="Rwandan envoy")], mode="expel",
      ctx=["diplomatic"], note="Headline."),
    E(0, "ASSAULT", "seize", [A(**M23, text="M23 rebels")], [A(**COD)], ctx=["military"],
      loc=L("Sake", "COD"),
      note="Headline. Capturing a town = occupy territory (CAMEO 192 -> ASSAULT; set B). M23 is a Congolese rebel movement -> COD/REB; recipient the state (implied), as set B's b10."),
    E(1, "SANCTION", "ordered", [A(**COD, text="Democratic Republic of Congo")],
      [A("Rwanda's chargé d'affaires", "RWA", "GOV", "chargé d'affaires", text="Rwanda's chargé d'affaires")],
      mode="expel", ctx=["diplomatic"], date=D("Saturday", None),
      note="\"48 hours\" is not a DATE (hours; set A counts days/weeks/months/years only)."),
    E(1, "ASSAULT", "captured", [A(**M23, text="M23 rebels")], [A(**COD)], ctx=["military"],
      loc=L("Sake", "COD"), note="First body report, in a subordinate clause."),
    E(2, "ACCUSE", "accused", [A("Jean-Pierre Lukusa", "COD", "GOV", "government spokesman", text="Jean-Pierre Lukusa")],
      [A(**RWA, text="Rwanda")], mode="allege", ctx=["military"]),
    E(2, "SANCTION", "recalling", [A("Kinshasa", "COD", "GOV", text="Kinshasa")], [A(**RWA, text="Kigali")],
      mode="withdraw", ctx=["diplomatic"],
      note="Material act reported by a named speaker: the doer named in the clause (Kinshasa) is the actor. Sentence 3 (flight of civilians) has no PLOVER type."),
    E(4, "REJECT", "rejected", [A(**RWA_MFA, text="Rwanda's foreign ministry")], [A(**COD)],
      note="Rejecting an expulsion order = refusing to accept a demand (like set B's rejected protest)."),
    E(4, "ACCUSE", "accused", [A(**RWA_MFA, text="Rwanda's foreign ministry")],
      [A("Congolese army", "COD", "MIL", text="Congolese army")], mode="allege", ctx=["military"],
      note="\"a militia founded by Hutu extremists\" is background."),
    E(5, "THREATEN", "would take", [A("Kigali", "RWA", "GOV", text="Kigali")], [A(**COD)], ctx=["military"], modality="future",
      note="Unnamed speaker (\"It\") -> the capital named in the clause is the actor (set B). Unspecified threat -> mode null, as set B's b01 \"all necessary measures\"."),
    E(6, "PROTEST", "gathered", [A("protesters in Kinshasa", "COD", "OPP", text="hundreds of protesters")],
      [A(**RWA, text="Rwanda"), A("France", "FRA", "GOV", text="France"),
       A("United States", "USA", "GOV", text="United States")],
      mode="demo", loc=L("Kinshasa", "COD"),
      note="Protest outside three embassies: the three states are the targets. The accusation voiced by protesters is part of the PROTEST (as set A's demands)."),
    E(7, "ASSAULT", "fired tear gas", [A("Congolese police", "COD", "COP", text="Police")],
      [A("protesters in Kinshasa", "COD", "OPP", text="crowd")], note="Tear gas against a crowd -> ASSAULT (set A, CAMEO 175)."),
    E(7, "COERCE", "arrested", [A("Congolese police", "COD", "COP")],
      [A("protesters in Kinshasa", "COD", "OPP", text="at least 20 people")], mode="arrest",
      note="Passive without agent: the police (implied)."),
    E(8, "CONSULT", "hosted separate talks", [A("Angolan president", "AGO", "GOV", "President", text="Angola's president")],
      [A("Congolese foreign minister", "COD", "GOV", "foreign minister", text="Congolese and Rwandan foreign ministers"),
       A("Rwandan foreign minister", "RWA", "GOV", "foreign minister", text="Congolese and Rwandan foreign ministers")],
      ctx=["mediation"], date=D("Sunday", None), loc=L("Luanda", "AGO"),
      note="Mediation: mediator as actor, mode null (sets A/B). \"has mediated ... since 2022\" is habitual background."),
    E(9, "RETREAT", "pulling out", [A(**M23, text="M23")], [A(**COD)], mode="withdraw", ctx=["military"],
      loc=L("Sake", "COD"),
      note="\"Late on Sunday\" dates the statement, not the withdrawal -> date null (set A rule for reported material acts)."),
    E(10, "ACCUSE", "accused", [A("Congolese army", "COD", "MIL", text="Congolese army")], [A(**M23, text="rebels")],
      mode="allege", ctx=["military"],
      note="\"could not confirm\" is negated; the shelling is the content of the accusation."),
    E(11, "SANCTION", "imposed sanctions", [A("United States", "USA", "GOV", text="United States")],
      [A("two Rwandan army commanders", "RWA", "MIL", text="two Rwandan army commanders")],
      ctx=["economic"], date=D("Friday", None),
      note="The asset freeze is the same sanction. Sentences 12 (\"no plans\"), 13 (denial, habitual) and 14 (hypothetical) carry no events."),
]

# ==========================================================================
# c03 Western Balkans (Serbia-Kosovo, EU mediation): Brussels policy outlet
D03 = "c03_brussels_dialogue"
ENTITIES[D03] = [
    ("Western Balkans", "LOC"), ("EU", "ORG"), ("Serbia", "GPE"), ("Kosovo", "GPE"), ("Jarinje", "LOC"),
    ("26 June 2025", "DATE"), ("Lena Hofstätter", "PERSON"), ("BRUSSELS", "GPE"), ("Serbian", "NORP"),
    ("Kosovar", "NORP"), ("Wednesday", "DATE"), ("Marek Dvořák", "PERSON"), ("Dvořák", "PERSON"),
    ("Belgrade", "GPE"), ("Pristina", "GPE"), ("1 July", "DATE"), ("2023", "DATE"), ("May", "DATE"),
    ("Thursday", "DATE"), ("Raška", "GPE"), ("Ivana Marković", "PERSON"), ("Brussels", "GPE"),
    ("June 2023", "DATE"), ("Serb", "NORP"), ("North Mitrovica", "GPE"), ("Serbs", "NORP"), ("Ibar", "LOC"),
]
SRB = dict(name="Serbia", country="SRB", sector="GOV", office=None)
KOS = dict(name="Kosovo", country=None, sector="GOV", office=None)
SRB_NEG = dict(name="Serbian negotiators", country="SRB", sector="GOV", office=None)
KOS_NEG = dict(name="Kosovar negotiators", country=None, sector="GOV", office=None)
DVORAK = dict(name="Marek Dvořák", country="IGO", sector=None, office="EU special representative")
EVENTS[D03] = [
    E(1, "CONSULT", "talks", [A("EU", "IGO", text="EU")], [A(**SRB, text="Serbia"), A(**KOS, text="Kosovo")],
      ctx=["mediation"], note="Headline: \"EU-brokered talks\" = mediation (mediator actor, mode null). Kosovo has no ISO-3166 alpha-3 code accepted by check.py -> country null, coded by name (see README)."),
    E(1, "AGREE", "agree", [A(**SRB, text="Serbia"), A(**KOS, text="Kosovo")], ctx=["economic"],
      note="Headline; coordinated subject -> both actors, no recipient."),
    E(3, "AGREE", "agreed", [A(**SRB_NEG, text="Serbian and Kosovar negotiators"), A(**KOS_NEG, text="Serbian and Kosovar negotiators")],
      ctx=["economic"], date=D("Wednesday", "2025-06-25"),
      note="Agreement to reopen the crossing and to set up a commission (future acts) -> AGREE. Dateline BRUSSELS not used as event_loc."),
    E(3, "CONSULT", "talks", [A(**DVORAK, text="Marek Dvořák")],
      [A(**SRB_NEG, text="Serbian and Kosovar negotiators"), A(**KOS_NEG, text="Serbian and Kosovar negotiators")],
      ctx=["mediation"], date=D("Wednesday", "2025-06-25"),
      note="\"talks hosted by\" the EU representative = mediation; the by-agent is the actor. The talks took place the same day as the agreement."),
    E(4, "SUPPORT", "praised", [A(**DVORAK, text="Dvořák")],
      [A("Serbian delegation", "SRB", "GOV", text="both delegations"), A("Kosovar delegation", None, "GOV", text="both delegations")],
      note="\"thanked Belgrade and Pristina\": same type, actor and recipient codes -> same event."),
    E(5, "AGREE", "will allow", [A(**KOS, text="Kosovo")], [A(**SRB)], ctx=["economic"],
      date=D("1 July", "2025-07-01"), modality="future",
      note="Promise under the deal; the partial easing of the ban is the promised act itself, not a realised RETREAT."),
    E(5, "SANCTION", "imposed", [A(**KOS, text="Kosovo")], [A(**SRB)], ctx=["economic"], date=D("2023", "2023"),
      note="Single datable past act in a relative clause (\"a ban ... that it imposed in 2023\"); the actor is named in the sentence, so its mention is used."),
    E(6, "CONCEDE", "dropped its demand", [A("Pristina", None, "GOV", text="Pristina")], [A(**SRB)],
      note="Giving up a demand = verbal concession (CAMEO 08x yield, administrative). The demand itself is background."),
    E(7, "AGREE", "pledged", [A(**SRB, text="Serbia")], [A(**KOS)], ctx=["military"],
      note="Promise to pull back (future) -> AGREE, not RETREAT."),
    E(7, "MOBILIZE", "deployed", [A(**SRB, text="Serbia")], [], mode="police", ctx=["security"],
      date=D("May", "2025-05"),
      note="Gendarmerie = police units -> mode police. Single datable past act in a relative clause. No target named."),
    E(8, "RETREAT", "left", [A("Serbian gendarmerie units", "SRB", "COP", text="two of those units")], [],
      mode="withdraw", ctx=["security"], loc=L("Raška", "SRB"),
      note="Realised pull-back. \"said on Thursday\" dates the statement -> date null."),
    E(9, "SUPPORT", "called", [A("Kosovo prime minister", None, "GOV", "prime minister", text="Kosovo's prime minister")], [],
      note="Praise of the agreement (\"a step towards normality\") with no addressee -> no recipient (as set B's b13 g14)."),
    E(9, "ACCUSE", "criticised", [A("Kosovo prime minister", None, "GOV", "prime minister", text="Kosovo's prime minister")],
      [A("Belgrade", "SRB", "GOV", text="Belgrade")], mode="disapprove",
      note="\"for sheltering the suspected organiser of a 2023 armed attack\" is the content of the criticism (no events)."),
    E(10, "REJECT", "would not extradite", [A("Ivana Marković", "SRB", "GOV", "negotiator", text="Ivana Marković")],
      [A(**KOS)], mode="yield", modality="future",
      note="A refusal is the event (set A: \"would not return to work\"), so it is not a negated event. Named speaker -> person actor."),
    E(11, "SUPPORT", "welcomed", [A("EU High Representative", "IGO", None, "High Representative", text="EU's High Representative")],
      [A(**SRB), A(**KOS)], note="Welcoming the deal -> SUPPORT toward both parties (implied)."),
    E(11, "AGREE", "would release", [A("EU", "IGO", text="Brussels")], [A(**KOS, text="Kosovo")],
      ctx=["economic"], modality="future",
      note="Conditional offer -> AGREE (set A). Unnamed speaker -> the capital in the clause (Brussels = EU) is the actor."),
    E(12, "SANCTION", "froze", [A("EU", "IGO", text="bloc")], [A(**KOS)], ctx=["economic"],
      date=D("June 2023", "2023-06"), note="Single datable past act."),
    E(13, "PROTEST", "rallied", [A("Kosovo Serbs", None, "CVL", text="several hundred Serbs")], [],
      mode="demo", date=D("Wednesday", "2025-06-25"), loc=L("North Mitrovica", None),
      note="Rally against the deal, with the bridge blockade as part of it. The deal has two signatories and no single target -> no recipient. Kosovo -> country null. Sentence 14 is negated (\"no arrests\"); 15 is habitual/analysts."),
]

# ==========================================================================
# c04 Southeast Asia (Thailand-Cambodia): border skirmish (Bangkok daily, photo caption)
D04 = "c04_surin_skirmish"
ENTITIES[D04] = [
    ("Thailand", "GPE"), ("Cambodia", "GPE"), ("Thai", "NORP"), ("17 Feb 2025", "DATE"),
    ("Nattapong Srisuk", "PERSON"), ("Surin", "GPE"), ("Sunday", "DATE"), ("Somchai Ruangrit", "PERSON"),
    ("Cambodian", "NORP"), ("Ta Muen Thom", "LOC"), ("Saturday", "DATE"), ("Phnom Penh", "GPE"),
    ("Monday", "DATE"), ("Royal Thai Army", "ORG"), ("Sisaket", "GPE"), ("Bangkok", "GPE"),
    ("Chea Sovann", "PERSON"), ("Wirat Phonsawan", "PERSON"), ("Chong Chom", "LOC"), ("Malaysia", "GPE"),
    ("ASEAN", "ORG"), ("this year", "DATE"), ("Kuala Lumpur", "GPE"), ("Preah Vihear", "LOC"),
    ("2008", "DATE"), ("2011", "DATE"),
]
THA = dict(name="Thailand", country="THA", sector="GOV", office=None)
KHM = dict(name="Cambodia", country="KHM", sector="GOV", office=None)
RTA = dict(name="Royal Thai Army", country="THA", sector="MIL", office=None)
THA_PM = dict(name="Thai prime minister", country="THA", sector="GOV", office="prime minister")
SOVANN = dict(name="Chea Sovann", country="KHM", sector="GOV", office="Foreign Minister")
EVENTS[D04] = [
    E(1, "ACCUSE", "summons", [A(**KHM, text="Cambodia")],
      [A("Thai ambassador", "THA", "GOV", "ambassador", text="Thai envoy")], mode="disapprove",
      ctx=["summon"], note="Headline. The photo caption (sentences 4-5) is page noise."),
    E(6, "ASSAULT", "exchanged gunfire",
      [A("Thai soldiers", "THA", "MIL", text="Thai and Cambodian soldiers"),
       A("Cambodian soldiers", "KHM", "MIL", text="Thai and Cambodian soldiers")],
      [], mode="firearms", ctx=["military"], date=D("Saturday", "2025-02-15"),
      loc=L("Ta Muen Thom", None),
      note="Coordinated subject -> both actors, no recipient (set A exchange of fire). Disputed temple -> country null."),
    E(6, "ACCUSE", "summoned", [A("Phnom Penh", "KHM", "GOV", text="Phnom Penh")],
      [A("Thai ambassador", "THA", "GOV", "ambassador", text="Thailand's ambassador")], mode="disapprove",
      ctx=["summon"], date=D("Monday", "2025-02-17"),
      note="Summons plus \"to lodge a formal protest\" -> one ACCUSE (set A)."),
    E(7, "ACCUSE", "accused", [A("Cambodian defence ministry", "KHM", "GOV", text="Cambodia's defence ministry")],
      [A(**THA, text="Thailand")], mode="allege", ctx=["military"],
      note="\"said its patrol had been clearing landmines\" is a self-description."),
    E(8, "ACCUSE", "blamed", [A(**RTA, text="Royal Thai Army")],
      [A("Cambodian soldiers", "KHM", "MIL", text="Cambodian soldiers")], mode="allege", ctx=["military"]),
    E(8, "CONCEDE", "expressed regret", [A(**RTA, text="Royal Thai Army")], [A(**KHM)],
      note="Regret for a death one's side caused = verbal concession (set B)."),
    E(9, "COERCE", "close", [A(**THA_PM, text="Thailand's prime minister")], [A(**KHM)], mode="restrict",
      loc=L("Surin", "THA"),
      note="Closing border checkpoints = COERCE restrict. The prime minister ordered it -> actor. Recipient implied (Cambodia)."),
    E(10, "THREATEN", "warned", [A(**THA_PM, text="prime minister")], [A(**KHM)], mode="restrict",
      note="Official's conditional warning -> THREATEN (set A)."),
    E(11, "ACCUSE", "collective punishment", [A(**SOVANN, text="Chea Sovann")], [A(**THA, text="Bangkok")],
      mode="disapprove", note="\"called the threat 'collective punishment'\" = criticism."),
    E(11, "REQUEST", "urged", [A(**SOVANN, text="Chea Sovann")], [A(**THA, text="Bangkok")], mode="yield",
      ctx=["military"]),
    E(12, "MOBILIZE", "moved", [A(**RTA)], [], mode="troops", ctx=["military"],
      date=D("Sunday", "2025-02-16"), loc=L("Surin", "THA"),
      note="Passive without agent; the army (implied) moved the units. \"since Sunday\" dates the move."),
    E(13, "PROTEST", "blocked the road", [A("Thai traders", "THA", "BUS", text="about 200 Thai traders")],
      [A("Thai government", "THA", "GOV")], mode="obstruct", date=D("Monday", "2025-02-17"),
      loc=L("Chong Chom", "THA"), note="The demand is part of the protest (set A)."),
    E(14, "REQUEST", "called on", [A("Malaysia", "MYS", "GOV", text="Malaysia")],
      [A(**THA, text="both sides"), A(**KHM, text="both sides")], mode="yield", ctx=["military"],
      note="\"which chairs ASEAN this year\" is background."),
    E(14, "AGREE", "offered to host talks", [A("Malaysia", "MYS", "GOV", text="Malaysia")],
      [A(**THA), A(**KHM)], ctx=["mediation"], loc=L("Kuala Lumpur", "MYS"),
      note="Offer to host talks = intent to mediate -> AGREE (a planned meeting)."),
    E(15, "RETREAT", "ceasefire",
      [A("Thai army", "THA", "MIL", text="two armies"), A("Cambodian army", "KHM", "MIL", text="two armies")],
      [], mode="ceasefire", ctx=["military"], date=D("Monday", "2025-02-17"),
      note="Ceasefire plus pull-back by the same two forces -> one RETREAT (set A a09). Sentence 16 is a refusal to say; 17 is background."),
]

# ==========================================================================
# c05 South Asia (Bangladesh-Myanmar): summons over mortar shells (Dhaka daily)
D05 = "c05_teknaf_shells"
ENTITIES[D05] = [
    ("Bangladesh", "GPE"), ("Dhaka", "GPE"), ("Myanmar", "GPE"), ("Teknaf", "GPE"), ("08 Sep 2025", "DATE"),
    ("Monday", "DATE"), ("Arakan Army", "ORG"), ("Rakhine State", "GPE"), ("Nazmul Karim", "PERSON"),
    ("Naypyitaw", "GPE"), ("UN Security Council", "ORG"), ("Border Guard Bangladesh", "ORG"), ("BGB", "ORG"),
    ("Naf River", "LOC"), ("Border Guard Police", "ORG"), ("last week", "DATE"), ("Sunday", "DATE"),
    ("Ghumdhum", "LOC"), ("World Food Programme", "ORG"), ("Rohingya", "NORP"), ("Ukhiya", "GPE"),
    ("2017", "DATE"), ("Aung Kyaw Thein", "PERSON"), ("Cox's Bazar", "GPE"),
]
BGD = dict(name="Bangladesh", country="BGD", sector="GOV", office=None)
MMR_ENVOY = dict(name="Myanmar ambassador", country="MMR", sector="GOV", office="ambassador")
MMR_MIL = dict(name="Myanmar military", country="MMR", sector="MIL", office=None)
KARIM = dict(name="Nazmul Karim", country="BGD", sector="GOV", office="Foreign Secretary")
AA = dict(name="Arakan Army", country="MMR", sector="REB", office=None)
EVENTS[D05] = [
    E(1, "ACCUSE", "summons", [A("Dhaka", "BGD", "GOV", text="Dhaka")], [A(**MMR_ENVOY, text="Myanmar envoy")],
      mode="disapprove", ctx=["summon"], note="Headline."),
    E(1, "ASSAULT", "mortar shells", [A(**MMR_MIL)], [A("residents of Teknaf", "BGD", "CVL")],
      mode="heavy-weapons", ctx=["military"], loc=L("Teknaf", "BGD"),
      note="Headline; the firing side (Myanmar's military, sentence 4) is implied."),
    E(4, "ACCUSE", "summoned", [A(**BGD, text="Bangladesh")], [A(**MMR_ENVOY, text="Myanmar's ambassador")],
      mode="disapprove", ctx=["summon"], date=D("Monday", "2025-09-08"),
      note="\"handed him a strongly worded protest note\" is the same ACCUSE."),
    E(4, "ASSAULT", "fired", [A(**MMR_MIL, text="Myanmar's military")],
      [A("residents of Teknaf", "BGD", "CVL", text="a woman and her son")], mode="heavy-weapons",
      ctx=["military"], loc=L("Teknaf", "BGD"), note="First report, in a subordinate clause; no date of its own."),
    E(5, "ASSAULT", "fighting", [A("Myanmar army", "MMR", "MIL", text="Myanmar army")], [A(**AA, text="Arakan Army")],
      ctx=["military"],
      note="\"fighting between X and Y\": no subject, first mentioned is the actor (set A). \"The shells were fired\" is anaphoric. Arakan Army coded MMR/REB (ethnic armed group of Myanmar)."),
    E(6, "THREATEN", "not tolerate", [A(**KARIM, text="Nazmul Karim")], [A(**MMR_ENVOY, text="envoy")],
      ctx=["territory"], modality="future",
      note="\"would not tolerate any further violation\" is a warning (threat, mode null), not a negated event."),
    E(6, "REQUEST", "demanded", [A(**KARIM, text="Nazmul Karim")], [A("Naypyitaw", "MMR", "GOV", text="Naypyitaw")],
      mode="yield", ctx=["military"]),
    E(7, "REQUEST", "asked", [A("Dhaka", "BGD", "GOV", text="Dhaka")],
      [A("UN Security Council", "IGO", text="UN Security Council")], mode="assist", ctx=["humanitarian"]),
    E(8, "MOBILIZE", "reinforced", [A("Border Guard Bangladesh", "BGD", "MIL", text="Border Guard Bangladesh")], [],
      mode="troops", ctx=["security"], loc=L("Naf River", None),
      note="Reinforcing posts and deploying patrol boats: same type and actor -> one event. Border river -> country null. Border guards sector MIL (as a coast guard in set B)."),
    E(9, "RETREAT", "handed back", [A(**BGD)],
      [A("Myanmar Border Guard Police members", "MMR", "COP", text="46 members of Myanmar's Border Guard Police")],
      mode="release", date=D("Sunday", "2025-09-07"), loc=L("Ghumdhum", "BGD"),
      note="Returning foreign personnel held after they crossed = release (CAMEO 0841), with the released as recipient (as set B's b05). Passive without agent: Bangladesh. \"fled ... last week\" is no PLOVER event."),
    E(10, "AID", "distributed", [A("World Food Programme", "IGO", text="World Food Programme")],
      [A("Rohingya refugees", "MMR", "REF", text="about 3,000 newly arrived Rohingya refugees")],
      ctx=["humanitarian"], loc=L("Ukhiya", "BGD"),
      note="Rohingya refugees coded by their country of origin. Sentences 11 (background) and 12 (no comment) carry no events."),
    E(13, "ACCUSE", "accused", [A("Aung Kyaw Thein", "MMR", "REB", "spokesman", text="Aung Kyaw Thein")],
      [A(**MMR_MIL, text="junta")], mode="allege", ctx=["military"]),
    E(13, "AGREE", "wanted", [A("Aung Kyaw Thein", "MMR", "REB", "spokesman", text="Aung Kyaw Thein")],
      [A("Dhaka", "BGD", "GOV", text="Dhaka")], ctx=["diplomatic"],
      note="Stated wish for good relations = intent to cooperate (CAMEO 030)."),
]

# ==========================================================================
# c06 Nile (Egypt-Ethiopia): interview with Egypt's water minister (Q&A)
D06 = "c06_cairo_gerd_interview"
ENTITIES[D06] = [
    ("Cairo Weekly Review", "ORG"), ("2 October 2025", "DATE"), ("Ethiopia", "GPE"), ("Egypt", "GPE"),
    ("September", "DATE"), ("Ethiopian", "NORP", [1]), ("Blue Nile", "LOC"), ("Adel Shaarawy", "PERSON"),
    ("Shaarawy", "PERSON"), ("Hoda Mansour", "PERSON"), ("Last month", "DATE"), ("Cairo", "GPE"),
    ("UN Security Council", "ORG"), ("Council", "ORG"), ("2015", "DATE"), ("August", "DATE"),
    ("Sudanese", "NORP"), ("Merowe", "GPE"), ("this summer", "DATE"), ("Addis Ababa", "GPE"),
    ("Somalia", "GPE"), ("March", "DATE"), ("United Arab Emirates", "GPE"), ("last week", "DATE"),
    ("Monday", "DATE"), ("Nile", "LOC"), ("decades", "DATE"), ("Egyptians", "NORP"),
]
EGY = dict(name="Egypt", country="EGY", sector="GOV", office=None)
ETH = dict(name="Ethiopia", country="ETH", sector="GOV", office=None)
SHAA = dict(name="Adel Shaarawy", country="EGY", sector="GOV", office="Minister of Water Resources and Irrigation")
ETH_MIN = dict(name="Ethiopian water minister", country="ETH", sector="GOV", office="water minister")
EVENTS[D06] = [
    E(4, "ACCUSE", "complaining", [A("Cairo", "EGY", "GOV", text="Cairo")], [A(**ETH)], mode="disapprove",
      date=D("Last month", "2025-09"),
      note="A question that reports a fact is annotated (set B). The complaint targets Ethiopia (implied). Sentence 2 (completion of the filling) has no PLOVER type; sentence 3 (the interview itself) is not coded."),
    E(6, "REQUEST", "asked", [A(**EGY)], [A("UN Security Council", "IGO", text="Council")], mode="assist",
      note="\"We\" = the Egyptian government (set B: \"we\" is the government)."),
    E(7, "ACCUSE", "violated", [A(**SHAA)], [A(**ETH, text="Ethiopia")], mode="allege",
      note="Accusation voiced by the named interviewee (speaker label in sentence 6) -> the person, implied."),
    E(10, "THREATEN", "warned", [A("Egyptian president", "EGY", "GOV", "President", text="president")], [A(**ETH)],
      mode="violence", date=D("August", "2025-08"),
      note="Conditional warning (\"would use every means ... if it is harmed\") -> THREATEN. Sentence 9 (\"does not want war\") is not an event."),
    E(11, "COOPERATE", "held a joint exercise", [A("Egyptian armed forces", "EGY", "MIL", text="Our armed forces")],
      [A("Sudanese army", "SDN", "MIL", text="Sudanese army")], ctx=["military"],
      date=D("this summer", "2025"), loc=L("Merowe", "SDN"),
      note="A joint exercise with a partner's army = realised military cooperation (CAMEO 062). A one-sided drill would be MOBILIZE (see README)."),
    E(12, "ACCUSE", "accuses", [A("Addis Ababa", "ETH", "GOV", text="Addis Ababa")], [A(**EGY)], mode="allege",
      ctx=["military"], note="Reported in the question; recipient \"you\" = Egypt."),
    E(14, "AID", "delivered", [A(**EGY, text="Egypt")], [A("Somalia", "SOM", "GOV", text="Somalia")],
      ctx=["military"],
      note="Sentence 13 (\"We reject that\") is a denial of the accusation, not a REJECT (set B: a denial is not an event)."),
    E(14, "SUPPORT", "signed", [A(**EGY, text="two countries"), A("Somalia", "SOM", "GOV", text="two countries")],
      ctx=["agreement"], date=D("August", "2025-08"), note="Single datable past act in a relative clause."),
    E(16, "CONSULT", "met", [A(**SHAA)], [A(**ETH_MIN)], mode="visit", date=D("March", "2025-03"),
      loc=L("Addis Ababa", "ETH"), note="\"I\" and \"him\": implied arguments."),
    E(17, "AGREE", "ready to resume negotiations", [A(**SHAA)], [A(**ETH_MIN)], ctx=["diplomatic"],
      note="Conditional offer -> AGREE; \"ready to\" is asserted (set A). Named speaker -> person, although the clause names Egypt."),
    E(18, "SUPPORT", "welcome", [A(**EGY)], [A("United Arab Emirates", "ARE", "GOV", text="United Arab Emirates")],
      ctx=["mediation"], note="\"We\" = the Egyptian government."),
    E(18, "AGREE", "mediation offer", [A("United Arab Emirates", "ARE", "GOV", text="United Arab Emirates")],
      [A(**EGY), A(**ETH)], ctx=["mediation"], date=D("last week", "2025-09"),
      note="Event first reported as a noun inside the welcome (set A). An offer to mediate = intent to meet/mediate -> AGREE."),
    E(19, "REJECT", "would never accept", [A("Ethiopian foreign ministry", "ETH", "GOV", text="Ethiopia's foreign ministry")],
      [A(**EGY)], date=D("Monday", "2025-09-29"), modality="future",
      note="Reported in the question. The answer (sentences 21-22) has no events."),
]

# ==========================================================================
# c07 Gulf (Saudi Arabia-Iran): foreign minister's visit (Gulf news site)
D07 = "c07_riyadh_iran_visit"
ENTITIES[D07] = [
    ("Gulf", "LOC"), ("Saudi", "NORP"), ("Iranian", "NORP"), ("Riyadh", "GPE"), ("April 14, 2025", "DATE"),
    ("Khalid al-Mutairi", "PERSON"), ("Mehdi Rahimzadeh", "PERSON"), ("Sunday", "DATE"), ("kingdom", "GPE"),
    ("two years", "DATE"), ("Jeddah", "GPE"), ("Mashhad", "GPE"), ("Saudi Press Agency", "ORG"),
    ("Tehran", "GPE"), ("the end of May", "DATE"), ("Rahimzadeh", "PERSON"), ("Saudi Arabia", "GPE"),
    ("March", "DATE"), ("China", "GPE"), ("January", "DATE"), ("last year", "DATE"), ("Al-Mutairi", "PERSON"),
    ("Iran", "GPE"), ("Houthis", "ORG"), ("Yemen", "GPE"), ("Red Sea", "LOC"), ("Saturday", "DATE"),
    ("Dammam", "GPE"), ("Hamid Nourbakhsh", "PERSON"), ("2016", "DATE"), ("United States", "GPE"),
]
SAU = dict(name="Saudi Arabia", country="SAU", sector="GOV", office=None)
IRN = dict(name="Iran", country="IRN", sector="GOV", office=None)
MUT = dict(name="Khalid al-Mutairi", country="SAU", sector="GOV", office="Foreign Minister")
RAH = dict(name="Mehdi Rahimzadeh", country="IRN", sector="GOV", office="Foreign Minister")
EVENTS[D07] = [
    E(1, "SUPPORT", "sign", [A(**MUT, text="Saudi, Iranian foreign ministers"), A(**RAH, text="Saudi, Iranian foreign ministers")],
      ctx=["agreement"], note="Headline; coordinated subject -> both actors."),
    E(1, "AGREE", "agree", [A(**MUT, text="Saudi, Iranian foreign ministers"), A(**RAH, text="Saudi, Iranian foreign ministers")],
      ctx=["economic"], note="Headline."),
    E(2, "CONSULT", "received", [A(**MUT, text="Khalid al-Mutairi")], [A(**RAH, text="Mehdi Rahimzadeh")],
      mode="visit", date=D("Sunday", "2025-04-13"), loc=L("Riyadh", "SAU", 1),
      note="Host as actor; \"the first visit by\" is the same happening (set B). The first \"Riyadh\" is the dateline."),
    E(3, "SUPPORT", "signed", [A(**MUT, text="two ministers"), A(**RAH, text="two ministers")],
      ctx=["agreement", "mou"], note="Agreement and MoU signed by the same pair -> one event."),
    E(4, "AGREE", "agreed", [A(**MUT), A(**RAH)], ctx=["economic", "security"],
      note="\"They\" -> implied. \"by the end of May\" is a deadline, not a date."),
    E(5, "SUPPORT", "thanked", [A(**RAH, text="Rahimzadeh")], [A(**SAU, text="Saudi Arabia")]),
    E(5, "CONCEDE", "relaxed", [A(**SAU, text="kingdom")], [A("Iranian pilgrims", "IRN", "CVL", text="Iranian pilgrims")],
      ctx=["rights_freedoms"], date=D("March", "2025-03"),
      note="Easing visa rules = ease administrative restrictions (CAMEO 081 -> CONCEDE; set B). \"easing visa rules\" in the thanks is the same act, coded once."),
    E(5, "SUPPORT", "praised", [A(**RAH, text="Rahimzadeh")], [A("China", "CHN", "GOV", text="China")],
      note="Different recipient from the thanks -> separate event. \"its mediation\" is background."),
    E(6, "COOPERATE", "exchanging data",
      [A("Saudi customs authorities", "SAU", "GOV", text="Saudi and Iranian customs authorities"),
       A("Iranian customs authorities", "IRN", "GOV", text="Saudi and Iranian customs authorities")],
      ctx=["economic"], date=D("January", "2025-01"),
      note="Ongoing realised cooperation. \"a pilot scheme agreed last year\" is an adjectival participle (not annotated, set A)."),
    E(7, "SUPPORT", "supported", [A(**MUT, text="Al-Mutairi")], [],
      note="Endorsement of a diplomatic solution with no addressee -> no recipient. Named speaker -> person."),
    E(8, "REQUEST", "urged", [A(**MUT)], [A(**IRN, text="Tehran")], mode="change", ctx=["security"],
      note="\"He\" -> implied. The Houthi attacks on shipping are aggregate background. Sentence 9 is a refusal to comment."),
    E(10, "RETREAT", "freed", [A("Saudi authorities", "SAU", "GOV", text="Saudi authorities")],
      [A("14 Iranian fishermen", "IRN", "CVL", text="14 Iranian fishermen")], mode="release",
      date=D("Saturday", "2025-04-12"), loc=L("Dammam", "SAU"),
      note="\"handing them over\" is the same release. \"who had been held since last year\" is a state."),
    E(11, "SUPPORT", "welcomed", [A("Hamid Nourbakhsh", "IRN", "GOV", "foreign ministry spokesman", text="Hamid Nourbakhsh")],
      [A(**SAU)], note="Welcoming a release -> SUPPORT toward the releasing side (set B)."),
    E(12, "SANCTION", "severed relations", [A(**SAU, text="Riyadh")], [A(**IRN, text="Tehran")],
      ctx=["diplomatic"], date=D("2016", "2016"), note="Single datable past act (set B's b05 \"severed ties\")."),
    E(12, "PROTEST", "stormed", [A("Iranian protesters", "IRN", "OPP", text="protesters")],
      [A(**SAU, text="Saudi")], mode="riot",
      note="Single past act in a subordinate clause. Storming an embassy = violent protest (riot). \"in 2016\" dates the severance in the main clause -> date null. Sentences 13-14: background and analysts' hypothetical."),
]

# ==========================================================================
# c08 Caribbean (US-Cuba): prisoner releases (EFE wire, no date)
D08 = "c08_havana_prisoners"
ENTITIES[D08] = [
    ("Cuba", "GPE"), ("US", "GPE"), ("HAVANA", "GPE"), ("EFE", "ORG"), ("Monday", "DATE"), ("a day", "DATE"),
    ("United States", "GPE"), ("Council of State", "ORG"), ("Havana", "GPE"), ("Observatorio Cívico", "ORG"),
    ("Cuban", "NORP"), ("Rome", "GPE"), ("last month", "DATE"), ("Vatican", "GPE"),
    ("Ernesto Valdés", "PERSON"), ("Valdés", "PERSON"), ("Washington", "GPE"), ("State Department", "ORG"),
    ("Thursday", "DATE"), ("Mariel", "GPE"), ("Supreme Court", "ORG"), ("Tuesday", "DATE"),
    ("US Embassy", "ORG"), ("2023", "DATE"),
]
CUB = dict(name="Cuba", country="CUB", sector="GOV", office=None)
USA = dict(name="United States", country="USA", sector="GOV", office=None)
PRIS = dict(name="38 prisoners", country="CUB", sector="OPP", office=None)
VALDES = dict(name="Ernesto Valdés", country="CUB", sector="GOV", office="Foreign Minister")
EVENTS[D08] = [
    E(0, "RETREAT", "frees", [A(**CUB, text="Cuba")], [A(**PRIS, text="38 prisoners")], mode="release",
      ctx=["legal"], note="Headline. Prisoners jailed over anti-government protests -> sector OPP."),
    E(0, "RETREAT", "eases", [A(**USA, text="US")], [A(**CUB)], mode="ease", ctx=["economic"],
      note="Headline. Easing economic sanctions (remittance curbs, part of the embargo) = CAMEO 085 -> RETREAT ease; easing administrative rules (visas, fines) is CONCEDE (see README)."),
    E(1, "RETREAT", "released", [A(**CUB, text="Cuba")], [A(**PRIS, text="38 people")], mode="release",
      ctx=["legal"], date=D("Monday", None)),
    E(1, "RETREAT", "eased", [A(**USA, text="United States")], [A(**CUB)], mode="ease", ctx=["economic"],
      date=D("a day", None), note="Single past act in a subordinate clause; \"the island\" = Cuba (implied recipient)."),
    E(2, "CONCEDE", "pardoned", [A("Council of State", "CUB", "GOV", text="Council of State")],
      [A(**PRIS, text="the 38")], ctx=["legal"],
      note="Pardon = concession (set B), separate from the release (RETREAT) coded in sentence 1. Sentence 3 is background."),
    E(4, "CONSULT", "talks", [A("Vatican", "VAT", "GOV", text="Vatican")],
      [A("US officials", "USA", "GOV", text="US and Cuban officials"), A("Cuban officials", "CUB", "GOV", text="US and Cuban officials")],
      ctx=["mediation"], date=D("last month", None), loc=L("Rome", "ITA"),
      note="\"talks ..., brokered by the Vatican\" = mediation; mediator as actor. \"The releases followed\" is anaphoric. Material fact reported by Valdés -> the doer is the actor."),
    E(5, "SUPPORT", "welcomed", [A(**VALDES, text="Valdés")], [A(**USA)], ctx=["economic"],
      note="Welcoming the easing -> SUPPORT toward the side that eased (implied)."),
    E(5, "ACCUSE", "criticised", [A(**VALDES, text="Valdés")], [A(**USA, text="Washington")], mode="disapprove"),
    E(6, "REQUEST", "called on", [A(**VALDES)], [A(**USA, text="US")], mode="yield", ctx=["economic"],
      note="Sentence 7 is a status statement (\"the embargo remained in force\")."),
    E(8, "COOPERATE", "worked together",
      [A("US Coast Guard", "USA", "MIL", text="US and Cuban coast guard officers"),
       A("Cuban coast guard", "CUB", "MIL", text="US and Cuban coast guard officers")],
      ctx=["migration"], date=D("Thursday", None), loc=L("Mariel", "CUB"),
      note="Joint return of intercepted migrants under a bilateral accord = realised cooperation; not coded as a separate COERCE deport. Coast guard sector MIL (set B)."),
    E(10, "PROTEST", "held a silent vigil",
      [A("relatives of prisoners", "CUB", "CVL", text="Relatives of prisoners who were not freed")],
      [A("Cuban government", "CUB", "GOV")], mode="demo", date=D("Tuesday", None), loc=L("Havana", "CUB"),
      note="Sentence 9 is a status statement. The demand is part of the protest."),
    E(11, "COERCE", "detained", [A("Cuban police", "CUB", "COP", text="Police")],
      [A("vigil organisers", "CUB", "CVL", text="two of the organisers")], mode="arrest",
      note="Sentences 12 (declined to say) and 13 (hypothetical) carry no events."),
]

# ==========================================================================
# c09 Pacific (Pacific Islands Forum, Suva): media release, numbered paragraphs
D09 = "c09_suva_forum_ministers"
ENTITIES[D09] = [
    ("PACIFIC ISLANDS FORUM SECRETARIAT", "ORG"), ("Suva", "GPE", [0, 1, 2, 4]), ("Fiji", "GPE"),
    ("29 August 2025", "DATE"), ("Forum", "ORG", [0, 2, 4, 5]), ("Australia", "GPE"), ("New Zealand", "GPE"),
    ("Tonga", "GPE"), ("Pacific Islands Forum", "ORG"), ("28 August 2025", "DATE"), ("Josefa Ravuvu", "PERSON"),
    ("2027", "DATE"), ("three years", "DATE"), ("July", "DATE"), ("this week", "DATE"), ("Australian", "NORP"),
    ("Catherine Ngata", "PERSON"), ("New Zealand Medical Assistance Team", "ORG"), ("Nuku'alofa", "GPE"),
    ("Tuesday", "DATE"), ("six weeks", "DATE"), ("Japan", "GPE"), ("Samoa", "GPE"), ("Honiara", "GPE"),
    ("Solomon Islands", "GPE"), ("September", "DATE"), ("Wednesday", "DATE"),
    ("Pacific Youth Climate Network", "ORG"), ("Secretariat", "ORG"),
]
PIF = dict(name="Pacific Islands Forum Foreign Ministers", country="IGO", sector=None, office=None)
AUS = dict(name="Australia", country="AUS", sector="GOV", office=None)
NZL = dict(name="New Zealand", country="NZL", sector="GOV", office=None)
TON = dict(name="Tonga", country="TON", sector="GOV", office=None)
EVENTS[D09] = [
    E(3, "CONSULT", "meet", [A(**PIF, text="Forum Foreign Ministers")], [], mode="multilateral",
      loc=L("Suva", "FJI"), note="Headline. A multilateral meeting with a collective IGO actor has no recipient."),
    E(3, "AGREE", "pledge", [A(**AUS, text="Australia"), A(**NZL, text="New Zealand")], [A(**TON, text="Tonga")],
      ctx=["humanitarian"], note="Headline; pledged support = promised aid -> AGREE."),
    E(4, "CONSULT", "met", [A(**PIF, text="Foreign Ministers of the Pacific Islands Forum")], [],
      mode="multilateral", date=D("28 August 2025", "2025-08-28"), loc=L("Suva", "FJI"),
      note="The chair (Ravuvu) is part of the same meeting."),
    E(5, "SUPPORT", "adopted", [A(**PIF, text="Ministers")], [], ctx=["agreement"],
      note="Adopting a declaration = like signing (set A a14). Named declarations are not entities."),
    E(5, "AGREE", "agreed", [A(**PIF, text="Ministers")], [], ctx=["environment"],
      note="Intent to establish a fund; \"by 2027\" is a deadline, not a date."),
    E(6, "AGREE", "announced", [A(**AUS, text="Australia")], [A(**TON, text="Tonga")], ctx=["humanitarian"],
      note="Announced multi-year funding = promised aid (AGREE). The cyclone is a natural disaster (no type)."),
    E(7, "AID", "transferred", [A(**AUS)], [A(**TON, text="Tonga")], ctx=["humanitarian"],
      date=D("this week", "2025-08"),
      note="Passive without agent: Australia. \"this week\" dates the transfer itself (not the statement)."),
    E(8, "AID", "arrived", [A("New Zealand Medical Assistance Team", "NZL", "HLH", text="New Zealand Medical Assistance Team")],
      [A(**TON)], ctx=["aid", "medical"], date=D("Tuesday", "2025-08-26"), loc=L("Nuku'alofa", "TON"),
      note="Material act reported by a named speaker (Ngata): the doer is the actor. \"would remain there for six weeks\" is part of the same deployment."),
    E(9, "SUPPORT", "thanked", [A("Tongan Prime Minister", "TON", "GOV", "Prime Minister", text="Prime Minister of Tonga")],
      [A(**AUS, text="Australia"), A(**NZL, text="New Zealand")], ctx=["humanitarian"]),
    E(10, "ACCUSE", "expressed deep concern", [A(**PIF, text="Ministers")], [A("Japan", "JPN", "GOV", text="Japan")],
      mode="disapprove", ctx=["environment"],
      note="\"deeply concerned\" = mild disapproval (set A a06). The discharge is ongoing background."),
    E(10, "REQUEST", "called on", [A(**PIF, text="Ministers")], [A("Japan", "JPN", "GOV", text="Japan")],
      ctx=["environment"], note="Request to share data: none of the four modes fits -> mode null."),
    E(11, "COOPERATE", "carried out joint maritime surveillance patrols",
      [A("Fiji", "FJI", "GOV", text="Fiji"), A("Samoa", "WSM", "GOV", text="Samoa"), A(**TON, text="Tonga")],
      [A(**AUS, text="Australia"), A(**NZL, text="New Zealand")], ctx=["security"],
      date=D("July", "2025-07"),
      note="Joint patrols with partners = realised security cooperation (set B b02/b06), not MOBILIZE. \"Ministers noted\" is not an event."),
    E(12, "AGREE", "agreed", [A(**PIF, text="Ministers")], [], ctx=["diplomatic"],
      date=D("September", "2025-09"), loc=L("Honiara", "SLB"), modality="asserted",
      note="Agreement on a planned meeting -> AGREE; date = the planned time."),
    E(13, "PROTEST", "marched", [A("students and climate activists", "FJI", "CVL", text="about 150 students and climate activists")],
      [A("Pacific Islands Forum", "IGO", text="Forum members")], mode="demo",
      date=D("Wednesday", "2025-08-27"), loc=L("Suva", "FJI"),
      note="The appeal and the petition are part of the protest (set A). Protesters in Suva coded FJI."),
    E(14, "AGREE", "would be shared", [A("Secretary General of the Forum", "IGO", None, "Secretary General", text="Secretary General of the Forum")],
      [A("students and climate activists", "FJI", "CVL")], modality="future",
      note="Promise to pass the petition to Leaders. Receiving the petition is not coded as CONSULT (see README Doubts)."),
]

# ==========================================================================
# c10 West Africa (Mali-ECOWAS): expulsion of the ECOWAS envoy (agency wire, no year)
D10 = "c10_bamako_ecowas_envoy"
ENTITIES[D10] = [
    ("Mali", "GPE"), ("ECOWAS", "ORG"), ("BAMAKO", "GPE"), ("Sept. 14", "DATE"), ("West Africa Wire", "ORG"),
    ("Sunday", "DATE"), ("Bamako", "GPE"), ("2026", "DATE"), ("Abdoulaye Koné", "PERSON"),
    ("ECOWAS Commission", "ORG"), ("March", "DATE"), ("Moussa Diarra", "PERSON"), ("Saturday", "DATE"),
    ("Independence Square", "LOC"), ("France", "GPE"), ("Malian", "NORP"), ("Friday", "DATE"),
    ("Nioro du Sahel", "GPE"), ("Kayes", "GPE"), ("Senegal", "GPE"), ("Mauritania", "GPE"), ("2020", "DATE"),
    ("West African", "NORP"), ("Sahel", "LOC"),
]
MLI = dict(name="Mali", country="MLI", sector="GOV", office=None)
ECOWAS = dict(name="ECOWAS", country="IGO", sector=None, office=None)
ENVOY = dict(name="ECOWAS special representative", country="IGO", sector=None, office="special representative")
KONE = dict(name="Abdoulaye Koné", country="MLI", sector="GOV", office="government spokesman")
MLI_ARMY = dict(name="Malian army", country="MLI", sector="MIL", office=None)
EVENTS[D10] = [
    E(0, "SANCTION", "expels", [A(**MLI, text="Mali")], [A(**ENVOY, text="ECOWAS envoy")], mode="expel",
      ctx=["diplomatic"], note="Headline."),
    E(0, "THREATEN", "warns", [A(**MLI, text="Mali")], [A(**ECOWAS, text="bloc")], ctx=["political"],
      note="Headline. Mode null: no specific measure named."),
    E(1, "SANCTION", "expulsion", [A("Mali's military-led government", "MLI", "GOV", text="Mali's military-led government")],
      [A(**ENVOY, text="ECOWAS special representative")], mode="expel", ctx=["diplomatic"],
      date=D("Sunday", None), note="\"72 hours\" is not a DATE (hours)."),
    E(1, "ACCUSE", "criticised", [A(**ECOWAS, text="regional bloc")], [A(**MLI)], mode="disapprove",
      note="Single past act in a subordinate clause. The postponement of elections has no PLOVER type."),
    E(2, "ACCUSE", "incompatible with his status", [A(**KONE, text="Abdoulaye Koné")], [A(**ENVOY, text="envoy")],
      mode="allege", note="The stated reason for the expulsion is an allegation by the spokesman."),
    E(2, "THREATEN", "warned", [A(**KONE, text="Abdoulaye Koné")], [A(**ECOWAS)], ctx=["political"],
      note="Warning of a firm response to \"further interference\"; target implied (ECOWAS)."),
    E(3, "ACCUSE", "condemned", [A("president of the ECOWAS Commission", "IGO", None, "president of the ECOWAS Commission", text="president of the ECOWAS Commission")],
      [A(**MLI)], mode="disapprove"),
    E(3, "REQUEST", "urged", [A("president of the ECOWAS Commission", "IGO", None, "president of the ECOWAS Commission", text="president of the ECOWAS Commission")],
      [A(**MLI, text="Bamako")], mode="yield"),
    E(4, "RETREAT", "lifted", [A(**ECOWAS, text="bloc")], [A(**MLI, text="Mali")], mode="ease", ctx=["economic"],
      date=D("March", None), note="Easing economic sanctions = CAMEO 085 -> RETREAT ease. Single datable past act."),
    E(5, "REJECT", "would not rejoin", [A("Moussa Diarra", "MLI", "GOV", "Foreign Minister", text="Moussa Diarra")],
      [A(**ECOWAS, text="ECOWAS")], date=D("Sunday", None), modality="future",
      note="A refusal is the event (set A), not a negated event. The statement's date dates the verbal act."),
    E(6, "PROTEST", "rallied", [A("junta supporters", "MLI", "CVL", text="hundreds of supporters of the junta")],
      [A(**ECOWAS, text="ECOWAS"), A("France", "FRA", "GOV", text="France")], mode="demo",
      date=D("Saturday", None), loc=L("Independence Square", "MLI"),
      note="A pro-government rally against foreign actors is still a collective civilian protest."),
    E(7, "COERCE", "arrested", [A("Malian police", "MLI", "COP", text="Police")],
      [A("two journalists", "MLI", "MED", text="two journalists")], mode="arrest", date=D("Saturday", None)),
    E(7, "ACCUSE", "accusing", [A("Malian press union", "MLI", "LAB", text="Malian press union")],
      [A("Malian authorities", "MLI", "GOV", text="authorities")], mode="allege",
      note="\"Saturday\" dates the arrests, not the union's statement -> date null. Sentence 8 is a non-response."),
    E(9, "ASSAULT", "ambushed", [A("suspected jihadists", None, "REB", text="suspected jihadists")],
      [A(**MLI_ARMY, text="army convoy")], ctx=["military"], date=D("Friday", None),
      loc=L("Nioro du Sahel", "MLI"), note="Stateless militants -> country null (set A)."),
    E(10, "ASSAULT", "air strikes", [A(**MLI_ARMY, text="army")],
      [A("militants", None, "REB", text="dozens of militants")], mode="heavy-weapons", ctx=["military"],
      note="Aerial weapons (set A a03)."),
    E(11, "MOBILIZE", "sent reinforcements", [A(**MLI_ARMY, text="army")], [], mode="troops", ctx=["military"],
      date=D("Saturday", None), loc=L("Kayes", "MLI"),
      note="Sentences 12 (status) and 13 (hypothetical) carry no events."),
]

# ==========================================================================
# c11 Baltic (Lithuania/Poland-Belarus): live blog, key-events bullets, timestamps
D11 = "c11_baltic_border_liveblog"
ENTITIES[D11] = [
    ("Baltic", "LOC"), ("Lithuania", "GPE"), ("Belarus", "GPE"), ("Thursday 6 November 2025", "DATE"),
    ("Poland", "GPE"), ("Minsk", "GPE"), ("Šalčininkai", "LOC"), ("Lithuanian", "NORP"), ("Belarusian", "NORP"),
    ("Monday", "DATE"), ("Polish", "NORP"), ("Tomas Grigonis", "PERSON"), ("Tuesday", "DATE"),
    ("Vilnius", "GPE"), ("Grodno", "GPE"), ("Thursday", "DATE"), ("EU", "ORG"), ("Danish", "NORP"),
    ("Council", "ORG"), ("Medininkai", "LOC"), ("recent weeks", "DATE"), ("Rūta Kazlauskienė", "PERSON"),
    ("Marek Wiśniewski", "PERSON"),
]
LTU = dict(name="Lithuania", country="LTU", sector="GOV", office=None)
BLR = dict(name="Belarus", country="BLR", sector="GOV", office=None)
POL = dict(name="Poland", country="POL", sector="GOV", office=None)
BLR_MFA = dict(name="Belarus's foreign ministry", country="BLR", sector="GOV", office=None)
TRUCK = dict(name="Lithuanian truck drivers", country="LTU", sector="BUS", office=None)
EVENTS[D11] = [
    E(0, "COERCE", "shuts", [A(**LTU, text="Lithuania")], [A(**BLR, text="Belarus")], mode="restrict",
      note="Headline. Closing border crossings = COERCE restrict (set A)."),
    E(4, "COERCE", "closes", [A(**LTU, text="Lithuania")], [A(**BLR, text="Belarus")], mode="restrict",
      note="Key-events bullet, annotated like a headline (set B)."),
    E(5, "MOBILIZE", "deploys", [A(**POL, text="Poland")], [], mode="troops", ctx=["military"],
      note="Key-events bullet."),
    E(6, "THREATEN", "threatens", [A(**BLR, text="Minsk")], [A(**LTU)], note="Key-events bullet; target implied."),
    E(8, "PROTEST", "block", [A(**TRUCK, text="Truckers")], [A("Lithuanian government", "LTU", "GOV")],
      mode="obstruct", loc=L("Šalčininkai", "LTU"), note="Entry headline (set B). Target implied."),
    E(9, "PROTEST", "blocked", [A(**TRUCK, text="Hundreds of Lithuanian truck drivers")],
      [A("Lithuanian government", "LTU", "GOV")], mode="obstruct", loc=L("Šalčininkai", "LTU"),
      note="\"protesting that ...\" is part of the same protest. Truck drivers (operators) -> BUS, like set A's traders."),
    E(11, "ACCUSE", "summoned", [A(**BLR_MFA, text="Belarus's foreign ministry")],
      [A("Lithuanian chargé d'affaires", "LTU", "GOV", "chargé d'affaires", text="Lithuania's chargé d'affaires")],
      mode="disapprove", ctx=["summon"]),
    E(11, "THREATEN", "warned", [A(**BLR_MFA, text="Belarus's foreign ministry")], [A(**LTU)], mode="ban",
      note="\"saying Minsk could ban ...\" spells out the same warning (one event). Ban on vehicles -> mode ban."),
    E(13, "MOBILIZE", "sent", [A("Poland's defence ministry", "POL", "GOV", text="Poland's defence ministry")], [],
      mode="troops", ctx=["military"], date=D("Monday", "2025-11-03"),
      note="Passive without agent, reported by the ministry that ordered it (as set B's b01 \"Philippine Navy said it had sent\"). \"since Monday\" dates the deployment."),
    E(14, "CONSULT", "spoke by phone", [A("Polish interior minister", "POL", "GOV", "interior minister", text="Poland's interior minister")],
      [A("Tomas Grigonis", "LTU", "GOV", "interior minister", text="Tomas Grigonis")], mode="phone"),
    E(14, "COOPERATE", "patrolling",
      [A("Polish border guards", "POL", "MIL", text="Polish and Lithuanian border guards"),
       A("Lithuanian border guards", "LTU", "MIL", text="Polish and Lithuanian border guards")],
      ctx=["security"], date=D("Tuesday", "2025-11-04"),
      note="Ongoing joint patrols = realised cooperation (set B b02). Coordinated subject -> both actors."),
    E(16, "SANCTION", "persona non grata", [A(**LTU, text="Lithuania")],
      [A("Belarusian embassy counsellor", "BLR", "GOV", "embassy counsellor", text="Belarusian embassy counsellor")],
      mode="expel", ctx=["diplomatic"]),
    E(16, "ACCUSE", "accusing", [A(**LTU, text="Lithuania")],
      [A("Belarusian embassy counsellor", "BLR", "GOV", "embassy counsellor")], mode="allege", ctx=["crime"],
      note="Recipient \"him\" -> implied."),
    E(18, "MOBILIZE", "drills", [A("Belarusian armed forces", "BLR", "MIL", text="Belarus's armed forces")], [],
      mode="troops", ctx=["military"], date=D("Thursday", "2025-11-06"), loc=L("Grodno", "BLR"),
      note="Unilateral snap drills = show of force (MOBILIZE). Sentence 19 is a non-statement."),
    E(21, "SANCTION", "approved sanctions", [A("EU ambassadors", "IGO", text="EU ambassadors")],
      [A("Belarusian officials", "BLR", "GOV", text="six Belarusian officials"),
       A("Belarusian state companies", "BLR", "GOV", text="two state companies")],
      ctx=["economic"], note="State companies -> GOV (set B: state utilities). \"the balloon flights\" is background."),
    E(23, "COERCE", "closed", [A(**LTU, text="Lithuania")], [A(**BLR, text="Belarus")], mode="restrict",
      loc=L("Medininkai", "LTU"),
      note="\"at midnight\" is a time, not a DATE. Two crossings; event_loc = the first named. The balloon drift is aggregate background with no type."),
    E(24, "ACCUSE", "hybrid attack", [A("Lithuanian prime minister", "LTU", "GOV", "prime minister", text="Lithuania's prime minister")],
      [A(**BLR, text="regime in Minsk")], mode="allege"),
]

# ==========================================================================
# c12 Southeast Asia (Indonesia-Malaysia): MFA press release on the annual consultation
D12 = "c12_jakarta_consultation"
ENTITIES[D12] = [
    ("Ministry of Foreign Affairs", "ORG"), ("Republic of Indonesia", "GPE"), ("Indonesia", "GPE"),
    ("Malaysia", "GPE"), ("Jakarta", "GPE"), ("23 July 2025", "DATE"), ("Merdeka Palace", "LOC"),
    ("today", "DATE"), ("Arif Santoso", "PERSON"), ("Malaysian", "NORP"), ("Zulkifli Rahman", "PERSON"),
    ("Indonesian", "NORP"), ("Indonesian Navy", "ORG"), ("Royal Malaysian Navy", "ORG"),
    ("Sulawesi Sea", "LOC"), ("March", "DATE"), ("Philippine Navy", "ORG"), ("Sabah", "GPE"),
    ("last week", "DATE"), ("May", "DATE"), ("June", "DATE"), ("Kalimantan", "LOC"),
    ("the end of 2026", "DATE"), ("Earlier this month", "DATE"), ("Sarawak", "GPE"), ("ASEAN", "ORG"),
    ("Kuala Lumpur", "GPE"), ("October", "DATE"), ("Myanmar", "GPE"), ("South China Sea", "LOC"),
    ("2024", "DATE"), ("Directorate of Information and Media", "ORG"),
]
IDN = dict(name="Indonesia", country="IDN", sector="GOV", office=None)
MYS = dict(name="Malaysia", country="MYS", sector="GOV", office=None)
IDN_PRES = dict(name="Indonesian President", country="IDN", sector="GOV", office="President")
MYS_PM = dict(name="Malaysian Prime Minister", country="MYS", sector="GOV", office="Prime Minister")
EVENTS[D12] = [
    E(2, "SUPPORT", "Sign", [A(**IDN, text="Indonesia"), A(**MYS, text="Malaysia")], ctx=["agreement"],
      note="Title line of a press release, annotated as a headline (set B)."),
    E(5, "CONSULT", "received", [A(**IDN_PRES, text="President of the Republic of Indonesia")],
      [A(**MYS_PM, text="Prime Minister of Malaysia")], mode="visit", date=D("today", "2025-07-23"),
      loc=L("Merdeka Palace", "IDN"), note="Host as actor (set B)."),
    E(6, "SUPPORT", "signed", [A("Arif Santoso", "IDN", "GOV", "Foreign Minister", text="Arif Santoso"),
                               A("Zulkifli Rahman", "MYS", "GOV", "Foreign Minister", text="Zulkifli Rahman")],
      ctx=["agreement"], note="\"witnessed by the two leaders\" is part of the signing."),
    E(7, "COOPERATE", "conducted coordinated patrols",
      [A("Indonesian Navy", "IDN", "MIL", text="Indonesian Navy"), A("Royal Malaysian Navy", "MYS", "MIL", text="Royal Malaysian Navy")],
      [A("Philippine Navy", "PHL", "MIL", text="Philippine Navy")], ctx=["security"],
      date=D("March", "2025-03"), loc=L("Sulawesi Sea", None),
      note="\"together with\" the third navy -> recipient (as set B's \"jointly with\"). International waters -> country null."),
    E(8, "SUPPORT", "expressed appreciation", [A(**IDN_PRES, text="President")], [A(**MYS, text="Malaysia")]),
    E(8, "RETREAT", "release", [A(**MYS, text="Malaysia")],
      [A("11 Indonesian fishermen", "IDN", "CVL", text="11 Indonesian fishermen")], mode="release",
      loc=L("Sabah", "MYS"),
      note="Event first reported as a noun inside the appreciation (set A). \"last week\" dates the return home, not the release -> date null."),
    E(9, "CONCEDE", "conveyed his regret", [A(**MYS_PM, text="Prime Minister of Malaysia")], [A(**IDN)],
      note="Regret for a death in one's own custody = verbal concession (set B)."),
    E(9, "AGREE", "pledged", [A(**MYS_PM, text="Prime Minister of Malaysia")], [A(**IDN)], ctx=["legal"],
      note="Pledge of an investigation (future) -> AGREE, not ACCUSE investigate."),
    E(10, "CONCEDE", "waived", [A(**MYS, text="Malaysia")],
      [A("Indonesian workers", "IDN", "LAB", text="some 4,300 undocumented Indonesian workers")],
      ctx=["legal"], date=D("June", "2025-06"),
      note="Waiving fines = ease administrative sanctions (CAMEO 081 -> CONCEDE)."),
    E(11, "AGREE", "agreed", [A(**IDN, text="Both sides"), A(**MYS, text="Both sides")], ctx=["territory"],
      note="\"by the end of 2026\" is a deadline, not a date."),
    E(12, "AID", "dispatched", [A(**IDN, text="Indonesia")], [A(**MYS, text="Malaysia")], ctx=["humanitarian"],
      date=D("Earlier this month", "2025-07"), loc=L("Sarawak", "MYS"),
      note="Firefighting help for a disaster = AID (set A: relief personnel are AID, not MOBILIZE)."),
    E(13, "AGREE", "invited", [A(**MYS_PM, text="Prime Minister")], [A(**IDN_PRES, text="President")],
      ctx=["diplomatic"], date=D("October", "2025-10"), loc=L("Kuala Lumpur", "MYS"),
      note="Invitation -> AGREE (set A). Sentence 14 (\"discussed\") is discussion within the coded meeting; 15 is background."),
]
