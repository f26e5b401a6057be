"""Hand annotations of held-out set A (see README.md and ANNOTATION.md).

Spans are given by their text; `occ` / `tocc` pick the n-th (0-based)
occurrence inside the event's sentence. build.py turns this into JSONL.
Argument text None = only implied (pronoun, ellipsis, or not in the sentence).
"""

# --------------------------------------------------------------------------
# Publication dates (as printed in the article; None when the text gives no
# full date).
DATES = {
    "a01_abuja_summons": "2024-03-04",
    "a02_nairobi_namanga_deal": "2024-06-11",
    "a03_niamey_airstrikes": None,
    "a04_hormuz_tanker": "2024-08-21",
    "a05_rumichaca_tariff": "2024-05-16",
    "a06_portauprince_strike": "2024-10-08",
    "a07_chisinau_expulsions": "2024-02-14",
    "a08_luxembourg_fac": "2024-04-23",
    "a09_torkham_clash": "2024-09-07",
    "a10_astana_water": "2024-11-20",
    "a11_seoul_missile": None,
    "a12_portvila_cyclone": None,
    "a13_juarez_shooting": "2024-01-18",
    "a14_addis_au_summit": None,
}

DATE_NOTES = {
    "a03_niamey_airstrikes": "No publication date in the text (AFP dateline without date).",
    "a11_seoul_missile": "Dateline gives \"July 2\" without a year; no publication date.",
    "a12_portvila_cyclone": "No publication date in the text.",
    "a14_addis_au_summit": "No publication date in the text.",
}



from spec import A, D, E, L  # noqa: F401  (shared with the other sets)


ENTITIES = {}
EVENTS = {}

# ==========================================================================
# a01 West Africa: Nigeria summons Benin's envoy (Reuters style, page noise)
D01 = "a01_abuja_summons"
ENTITIES[D01] = [
    ("Africa", "LOC"), ("Nigeria", "GPE"), ("Benin", "GPE"),
    ("Chinedu Okafor", "PERSON"), ("March 4, 2024", "DATE"), ("March 4", "DATE"),
    ("ABUJA", "GPE"), ("Reuters", "ORG"), ("Monday", "DATE"),
    ("Nigerian", "NORP"), ("Beninese", "NORP"), ("Seme", "GPE"),
    ("Friday", "DATE"), ("Kraké", "GPE"), ("Ibrahim Danladi", "PERSON"),
    ("Rodrigue Houngbo", "PERSON"), ("ECOWAS", "ORG"), ("Abuja", "GPE"),
    ("a week", "DATE"), ("West Africa", "LOC"), ("years", "DATE"),
    ("Amaka Eze", "PERSON"), ("Lagos", "GPE"), ("Danladi", "PERSON"),
    ("Cotonou", "GPE"), ("next week", "DATE"), ("Mark Lewis", "PERSON"),
]
NGA_MFA = A("Nigeria's foreign ministry", "NGA", "GOV", None, "Nigeria's foreign ministry")
HOUNGBO = dict(name="Rodrigue Houngbo", country="BEN", sector="GOV", office="ambassador")
CUSTOMS_BEN = dict(name="Beninese customs officers", country="BEN", sector="GOV", office=None)
TRADERS = dict(name="37 Nigerian traders", country="NGA", sector="BUS", office=None)
DANLADI = dict(name="Ibrahim Danladi", country="NGA", sector="GOV", office="Foreign Minister")
EVENTS[D01] = [
    E(1, "ACCUSE", "summons", [A("Nigeria", "NGA", "GOV", text="Nigeria")],
      [A(**HOUNGBO, text="Benin's envoy")], mode="disapprove", ctx=["summon"],
      note="Headline. The envoy is named in sentence 6."),
    E(1, "REQUEST", "demands", [A("Nigeria", "NGA", "GOV", text="Nigeria")],
      [A("Benin", "BEN", "GOV")], mode="yield",
      note="Headline: demand for the traders' release; recipient implied."),
    E(4, "ACCUSE", "summoned", [NGA_MFA], [A(**HOUNGBO, text="Benin's ambassador")],
      mode="disapprove", ctx=["summon"], date=D("Monday", "2024-03-04"),
      note="Dateline ABUJA is the place of reporting, not coded as event_loc."),
    E(4, "COERCE", "detention", [A(**CUSTOMS_BEN, text="Beninese customs officers")],
      [A(**TRADERS, text="37 Nigerian traders")], mode="arrest", ctx=["legal"],
      note="First report of the detention, as a nominal inside the protest; detailed again (main clause) in sentence 5."),
    E(5, "COERCE", "arrested", [A(**CUSTOMS_BEN)], [A(**TRADERS, text="The traders")],
      mode="arrest", ctx=["legal"], date=D("Friday", "2024-03-01"), loc=L("Kraké", "BEN"),
      note="Passive without agent: actor implied (customs officers, sentence 4)."),
    E(5, "ACCUSE", "accused", [A(**CUSTOMS_BEN)], [A(**TRADERS, text="The traders")],
      mode="allege", ctx=["crime"], date=D("Friday", "2024-03-01"),
      note="Accusation of smuggling by the detaining authorities (CAMEO 1121)."),
    E(6, "ACCUSE", "unacceptable", [A(**DANLADI, text="Ibrahim Danladi")],
      [A(**HOUNGBO, text="Rodrigue Houngbo")], mode="disapprove",
      note="Criticism voiced to the envoy during the summons; a separate verbal act with a named actor."),
    E(7, "REQUEST", "demanded", [A("Nigeria", "NGA", "GOV", text="Nigeria")],
      [A("Benin", "BEN", "GOV")], mode="yield", ctx=["legal"]),
    E(10, "PROTEST", "blocked", [A("Hundreds of traders", "NGA", "BUS", text="Hundreds of traders")],
      [A("Abuja", "NGA", "GOV", text="Abuja")], mode="obstruct", date=D("Monday", "2024-03-04"),
      note="Road blockade = PROTEST obstruct. The participial \"demanding that Abuja act\" is the protest's demand, folded into the PROTEST (no separate REQUEST)."),
    E(11, "ASSAULT", "dispersed", [A("Police", "NGA", "COP", text="Police")],
      [A("Hundreds of traders", "NGA", "BUS", text="the crowd")],
      note="Dispersal with tear gas = violent repression (CAMEO 175), which CAMEO2PLOVER maps to ASSAULT. Police of the side where the protest was held (Nigeria)."),
    E(12, "RETREAT", "released", [A("Benin's interior ministry", "BEN", "GOV", text="Benin's interior ministry")],
      [A("12 of the traders", "NGA", "BUS", text="12 of the traders")], mode="release",
      note="\"Late on Monday\" dates the statement, not the release: date left null."),
    E(12, "AGREE", "promised", [A("Benin's interior ministry", "BEN", "GOV", text="Benin's interior ministry")],
      [A(**TRADERS)], ctx=["legal"], date=D("Monday", "2024-03-04"),
      note="Promise to review the remaining cases; recipient implied (the detained traders)."),
    E(16, "AGREE", "expected to travel", [A(**DANLADI, text="Danladi")],
      [A("Beninese foreign minister", "BEN", "GOV", "foreign minister", text="his Beninese counterpart")],
      ctx=["diplomatic"], date=D("next week", "2024-03"), loc=L("Cotonou", "BEN"),
      modality="future", note="Planned visit -> AGREE; date is the planned time (week of 11 March)."),
]

# ==========================================================================
# a02 East Africa: Kenya-Tanzania customs MoU (local paper, photo caption)
D02 = "a02_nairobi_namanga_deal"
ENTITIES[D02] = [
    ("Kenya", "GPE"), ("Tanzania", "GPE"), ("Namanga", "GPE"),
    ("AMINA WANJIRU", "PERSON"), ("Tuesday, June 11, 2024", "DATE"),
    ("Monday", "DATE"), ("years", "DATE"), ("Nairobi", "GPE"),
    ("Joseph Mutua", "PERSON"), ("Halima Said", "PERSON"), ("two-day", "DATE"),
    ("Tanzanian", "NORP"), ("Mutua", "PERSON"), ("three days", "DATE"),
    ("Dodoma", "GPE"), ("Said", "PERSON"), ("Kenyan", "NORP"), ("Arusha", "GPE"),
    ("August", "DATE"), ("the end of the year", "DATE"), ("World Bank", "ORG"),
    ("March", "DATE"), ("last year", "DATE"), ("East African Community", "ORG"),
    ("Peter Otieno", "PERSON"), ("Kenya Transporters Association", "ORG"),
]
MUTUA = dict(name="Joseph Mutua", country="KEN", sector="GOV", office="Trade Cabinet Secretary")
SAID = dict(name="Halima Said", country="TZA", sector="GOV", office="Minister for Industry and Trade")
EVENTS[D02] = [
    E(1, "SUPPORT", "sign", [A("Kenya", "KEN", "GOV", text="Kenya"), A("Tanzania", "TZA", "GOV", text="Tanzania")],
      ctx=["agreement"], note="Headline; coordinated subject -> both actors."),
    E(4, "SUPPORT", "signed", [A("Kenya", "KEN", "GOV", text="Kenya"), A("Tanzania", "TZA", "GOV", text="Tanzania")],
      ctx=["agreement", "mou"], date=D("Monday", "2024-06-10")),
    E(5, "SUPPORT", "signed", [A(**MUTUA, text="Joseph Mutua"), A(**SAID, text="Halima Said")],
      ctx=["agreement", "mou"], loc=L("Nairobi", "KEN"),
      note="Passive \"was signed ... by A and B\": the by-agents are the actors."),
    E(5, "CONSULT", "visit", [A("Tanzanian delegation", "TZA", "GOV", text="Tanzanian delegation")],
      [A("Kenya", "KEN", "GOV")], mode="visit", loc=L("Nairobi", "KEN"),
      note="Visit reported in a prepositional phrase; visitor is the agent."),
    E(8, "SUPPORT", "praised", [A(**MUTUA, text="Mutua")], [A("Dodoma", "TZA", "GOV", text="Dodoma")],
      ctx=["diplomatic"]),
    E(9, "SUPPORT", "thanked", [A(**SAID, text="Said")],
      [A("Kenyan government", "KEN", "GOV", text="Kenyan government")], ctx=["diplomatic"]),
    E(9, "AGREE", "invited", [A(**SAID, text="Said")], [A(**MUTUA, text="Mutua")],
      ctx=["diplomatic"], date=D("August", "2024-08"), loc=L("Arusha", "TZA"),
      note="Invitation to visit = offer to host a meeting (intent to meet) -> AGREE, not REQUEST."),
    E(10, "AGREE", "pledged", [A(**MUTUA, text="Both ministers"), A(**SAID, text="Both ministers")],
      ctx=["economic"], note="\"by the end of the year\" is a deadline, not the event date."),
    E(11, "AGREE", "agreed", [A("Kenya", "KEN", "GOV", text="The two countries"), A("Tanzania", "TZA", "GOV", text="The two countries")],
      ctx=["economic"]),
    E(12, "AID", "loan", [A("World Bank", "IGO", text="World Bank")],
      [A("Kenya", "KEN", "GOV"), A("Tanzania", "TZA", "GOV")], ctx=["economic"],
      note="Loan given (realised) -> AID; recipients implied (both sides of the border)."),
    E(13, "COOPERATE", "sharing", [A("Kenyan customs officers", "KEN", "GOV", text="Kenyan and Tanzanian customs officers"),
                                   A("Tanzanian customs officers", "TZA", "GOV", text="Kenyan and Tanzanian customs officers")],
      ctx=["economic"], note="Ongoing realised data sharing. \"launched in March\" dates the pilot system, not the sharing."),
    E(15, "SUPPORT", "welcomed", [A("Transporters", "KEN", "BUS", text="Transporters")],
      [A("Kenya", "KEN", "GOV"), A("Tanzania", "TZA", "GOV")],
      note="Welcoming the agreement = support for its parties (implied). Transporters coded KEN (Kenya Transporters Association speaks for them)."),
    E(15, "REQUEST", "urged", [A("Transporters", "KEN", "BUS", text="Transporters")],
      [A("Kenyan government", "KEN", "GOV", text="both governments"), A("Tanzanian government", "TZA", "GOV", text="both governments")],
      mode="change"),
]

# ==========================================================================
# a03 Sahel: Niger air strikes, ambush, arrest of a reporter (AFP style)
D03 = "a03_niamey_airstrikes"
ENTITIES[D03] = [
    ("Niger", "GPE"), ("NIAMEY", "GPE"), ("AFP", "ORG"), ("Sunday", "DATE"),
    ("Mali", "GPE"), ("two days", "DATE"), ("Tillabéri", "GPE"),
    ("Islamic State Sahel Province", "ORG"), ("Inatès", "GPE"),
    ("Friday", "DATE"), ("Banibangou", "GPE"), ("Saturday", "DATE"),
    ("Ousmane Garba", "PERSON"), ("L'Éclaireur", "ORG"),
    ("Reporters Without Borders", "ORG"), ("RSF", "ORG"), ("Garba", "PERSON"),
    ("SYNAPRESS", "ORG"), ("Amadou Sani", "PERSON"), ("the past year", "DATE"),
    ("Last month", "DATE"), ("three months", "DATE"),
]
ARMY_NER = dict(name="Niger's army", country="NER", sector="MIL", office=None)
MILITANTS = dict(name="militants", country=None, sector="REB", office=None)
GARBA = dict(name="Ousmane Garba", country="NER", sector="MED", office="reporter")
AUTH_NER = dict(name="Nigerien authorities", country="NER", sector="GOV", office=None)
RSF = dict(name="Reporters Without Borders", country="NGO", sector=None, office=None)
EVENTS[D03] = [
    E(0, "ASSAULT", "air strikes", [A(**{**ARMY_NER}, text="army")], [A(**MILITANTS, text="militants")],
      mode="heavy-weapons", ctx=["military"], note="Headline. Aerial weapons (CAMEO 195)."),
    E(0, "COERCE", "detained", [A("police", "NER", "COP")], [A(**GARBA, text="reporter")],
      mode="arrest", note="Headline; passive without agent (police, sentence 6)."),
    E(1, "ASSAULT", "struck", [A(**ARMY_NER, text="Niger's army")], [A(**MILITANTS, text="militant positions")],
      mode="heavy-weapons", ctx=["military"],
      note="\"said Sunday\" dates the statement, not the strikes: date null. Militants (Islamic State Sahel Province, sentence 2) have no country code."),
    E(1, "ASSAULT", "ambush", [A("Gunmen", None, "REB")], [A("nine soldiers", "NER", "MIL", text="nine soldiers")],
      ctx=["military"], loc=L("Tillabéri", "NER"),
      note="First mention of the ambush (relative clause); reported again in sentence 4. \"two days after\" gives no calendar value."),
    E(4, "ASSAULT", "attacked", [A("Gunmen", None, "REB", text="Gunmen on motorbikes")],
      [A("military convoy", "NER", "MIL", text="military convoy")], mode="firearms", ctx=["military"],
      date=D("Friday", None), loc=L("Banibangou", "NER")),
    E(5, "MOBILIZE", "sent reinforcements", [A("defence ministry", "NER", "GOV", text="The ministry")], [],
      mode="troops", note="Defence ministry (Phoenix GOV/MIL) coded GOV. No target named -> no recipient."),
    E(6, "COERCE", "arrested", [A("police", "NER", "COP", text="police")], [A(**GARBA, text="Ousmane Garba")],
      mode="arrest", ctx=["rights_freedoms"], date=D("Saturday", None), loc=L("capital", "NER"),
      note="\"published casualty figures\" is the reporter's own act, not a PLOVER event."),
    E(7, "COERCE", "charged", [A("prosecutors", "NER", "JUD")], [A(**GARBA)],
      mode="arrest", ctx=["legal"],
      note="Charging is a legal action (CAMEO 173) distinct from the arrest; agent and patient implied (\"he\")."),
    E(8, "ACCUSE", "condemned", [A(**RSF, text="Reporters Without Borders")], [A(**AUTH_NER, text="authorities")],
      mode="disapprove", note="\"the arrest\" refers back to sentence 6; not a new COERCE."),
    E(8, "REQUEST", "called on", [A(**RSF, text="Reporters Without Borders")], [A(**AUTH_NER, text="authorities")],
      mode="yield", ctx=["rights_freedoms"]),
    E(9, "THREATEN", "would boycott", [A("SYNAPRESS", "NER", "LAB", text="SYNAPRESS")], [A(**AUTH_NER)],
      modality="future",
      note="Announced boycott conditional on the release = threat of protest (CAMEO 133) -> THREATEN, not PROTEST (not yet happening)."),
    E(10, "REJECT", "rejected", [A("Amadou Sani", "NER", "GOV", "Government spokesman", text="Amadou Sani")],
      [A(**RSF)], mode="yield", ctx=["rights_freedoms"],
      note="Refusal of the calls to release (CAMEO 1243); the calls came from RSF (\"foreign organisations\")."),
    E(14, "COERCE", "banned", [A("Niger's military authorities", "NER", "GOV")],
      [A("French-language news channel", None, "MED", text="French-language news channel")],
      mode="censor", ctx=["rights_freedoms"], date=D("Last month", None),
      note="Actor \"they\" = Niger's military authorities (sentence 13, whose habitual \"have repeatedly suspended\" is background). Channel's nationality not stated -> country null."),
]

# ==========================================================================
# a04 Gulf: Iran seizes tanker, UK summons envoy
D04 = "a04_hormuz_tanker"
ENTITIES[D04] = [
    ("Iran", "GPE"), ("Gulf of Oman", "LOC"), ("UK", "GPE"), ("21 August 2024", "DATE"),
    ("Revolutionary Guards", "ORG"), ("Liberian", "NORP"), ("Tehran", "GPE"),
    ("London", "GPE"), ("Guards", "ORG"), ("Tasnim", "ORG"), ("Tuesday", "DATE"),
    ("Bandar Abbas", "GPE"), ("British", "NORP"), ("UK Foreign Office", "ORG"),
    ("Britain", "GPE"), ("Greek", "NORP"), ("Hossein Karimi", "PERSON"),
    ("Wednesday", "DATE"), ("Oman", "GPE"), ("Iranian", "NORP"), ("Omani", "NORP"),
    ("Muscat", "GPE"), ("Western", "NORP"), ("United States", "GPE"),
    ("Pentagon", "ORG"), ("2019", "DATE"),
]
IRAN_AMB = dict(name="Iranian ambassador", country="IRN", sector="GOV", office="ambassador")
TANKER = dict(name="MV Coral Dawn", country="LBR", sector="BUS", office=None)
IRGC = dict(name="Revolutionary Guards", country="IRN", sector="MIL", office=None)
KARIMI = dict(name="Hossein Karimi", country="IRN", sector="GOV", office="foreign ministry spokesman")
OMAN_FM = A("Oman's foreign minister", "OMN", "GOV", "foreign minister", text="Oman's foreign minister")
IRAN_FM = A("Iranian foreign minister", "IRN", "GOV", "foreign minister", text="his Iranian counterpart")
UKFO = dict(name="UK Foreign Office", country="GBR", sector="GOV", office=None)
EVENTS[D04] = [
    E(0, "COERCE", "seizes", [A("Iran", "IRN", "GOV", text="Iran")], [A(**TANKER, text="tanker")],
      mode="seize", loc=L("Gulf of Oman", None), note="Headline."),
    E(0, "ACCUSE", "summons", [A("UK", "GBR", "GOV", text="UK")], [A(**IRAN_AMB, text="envoy")],
      mode="disapprove", ctx=["summon"], note="Headline."),
    E(2, "COERCE", "seized", [A(**IRGC, text="Iran's Revolutionary Guards")],
      [A(**TANKER, text="Liberian-flagged oil tanker")], mode="seize", loc=L("Gulf of Oman", None),
      note="Vessel coded by its flag state (LBR); manager is Greek (sentence 7)."),
    E(2, "ACCUSE", "accusing", [A(**IRGC, text="Iran's Revolutionary Guards")], [A(**TANKER)],
      mode="allege", ctx=["crime"], note="Recipient is the pronoun \"it\" (the tanker)."),
    E(2, "ACCUSE", "summon", [A("UK", "GBR", "GOV", text="UK")], [A(**IRAN_AMB, text="Tehran's ambassador")],
      mode="disapprove", ctx=["summon"], loc=L("London", "GBR"),
      note="\"prompting the UK to summon\" reports a summons that happened (confirmed in sentence 5)."),
    E(3, "COERCE", "intercepted", [A("Revolutionary Guards navy", "IRN", "MIL", text="The Guards' navy")],
      [A(**TANKER, text="MV Coral Dawn")], mode="seize", date=D("Tuesday", "2024-08-20"),
      note="Main-clause re-report of the seizure with the date; speaker = agent."),
    E(4, "COERCE", "held", [A(**IRGC)],
      [A("21 crew members", None, "CVL", text="Its 21 crew members"), A("three British nationals", "GBR", "CVL", text="three British nationals")],
      mode="arrest", note="Detention of the crew on board; agent implied."),
    E(5, "ACCUSE", "summoned", [A(**UKFO, text="UK Foreign Office")], [A(**IRAN_AMB, text="the ambassador")],
      mode="disapprove", ctx=["summon"]),
    E(5, "SANCTION", "recalled", [A(**UKFO, text="UK Foreign Office")], [A("Iran", "IRN", "GOV")],
      mode="withdraw", ctx=["diplomatic"],
      note="Recall of Britain's own ambassador from Tehran = reduce relations with Iran (recipient implied)."),
    E(6, "REQUEST", "urged", [A("British Foreign Secretary", "GBR", "GOV", "Foreign Secretary", text="The Foreign Secretary")],
      [A("Iran", "IRN", "GOV", text="Iran")], mode="yield"),
    E(8, "REJECT", "dismissed", [A(**KARIMI, text="Hossein Karimi")], [A("United Kingdom", "GBR", "GOV", text="British")],
      mode="yield", note="Dismissing the British demands (release) = refusal to yield."),
    E(8, "THREATEN", "warned", [A(**KARIMI, text="Hossein Karimi")], [A("United Kingdom", "GBR", "GOV", text="British")],
      mode="violence", note="Warning against any attempt to free the tanker by force; target is the UK (mentioned as \"British\")."),
    E(9, "CONSULT", "spoke by telephone", [OMAN_FM], [IRAN_FM], mode="phone", date=D("Wednesday", "2024-08-21")),
    E(9, "AGREE", "offered", [OMAN_FM], [IRAN_FM], ctx=["diplomatic"], date=D("Wednesday", "2024-08-21"),
      note="Offer to help resolve the dispute = intent to mediate (CAMEO 039)."),
    E(11, "ACCUSE", "condemned", [A("United States", "USA", "GOV", text="United States")], [A("Iran", "IRN", "GOV")],
      mode="disapprove"),
    E(11, "MOBILIZE", "ordered to the area", [A("Pentagon", "USA", "MIL", text="Pentagon")], [],
      mode="troops", ctx=["military"],
      note="Naval deployment; no target named in the sentence -> no recipient."),
]

# ==========================================================================
# a05 Latin America: Colombia-Ecuador border meeting (MercoPress style)
D05 = "a05_rumichaca_tariff"
ENTITIES[D05] = [
    ("Colombia", "GPE"), ("Ecuador", "GPE"), ("Rumichaca", "LOC"),
    ("Thursday, May 16th 2024", "DATE"), ("Wednesday", "DATE"), ("Quito", "GPE"),
    ("Colombian", "NORP"), ("February", "DATE"), ("Gabriela Andrade", "PERSON"),
    ("June 1", "DATE"), ("Bogotá", "GPE"), ("months", "DATE"),
    ("Luis Fernando Rincón", "PERSON"), ("Ecuadorian", "NORP"), ("Putumayo", "GPE"),
    ("April", "DATE"), ("Rincón", "PERSON"), ("Nariño", "GPE"), ("Andrade", "PERSON"),
    ("Esmeraldas", "GPE"), ("last month", "DATE"), ("Tulcán", "GPE"), ("July", "DATE"),
]
RINCON = dict(name="Luis Fernando Rincón", country="COL", sector="GOV", office="Foreign Minister")
ANDRADE = dict(name="Gabriela Andrade", country="ECU", sector="GOV", office="Foreign Minister")
EVENTS[D05] = [
    E(0, "CONSULT", "meeting", [A("Colombia", "COL", "GOV", text="Colombia"), A("Ecuador", "ECU", "GOV", text="Ecuador")],
      loc=L("Rumichaca", None),
      note="Headline. \"bury tariff row\" is figurative for the outcomes coded in the body; only the meeting is coded here."),
    E(2, "CONSULT", "met", [A(**RINCON, text="foreign ministers of Colombia and Ecuador"), A(**ANDRADE, text="foreign ministers of Colombia and Ecuador")],
      date=D("Wednesday", "2024-05-15"), loc=L("Rumichaca", None),
      note="Meeting at the border bridge: neither side travels to the other's capital -> mode null. \"the first high-level meeting\" is an apposition to the same meeting."),
    E(2, "SANCTION", "imposed", [A("Quito", "ECU", "GOV", text="Quito")], [A("Colombia", "COL", "GOV", text="Colombian")],
      ctx=["economic"], date=D("February", "2024-02"),
      note="Punitive tariff in a trade dispute = economic sanction (CAMEO 163; sanctions -> SANCTION per ANNOTATION.md). Specific dated past act, first reported here."),
    E(3, "AGREE", "would lift", [A(**ANDRADE, text="Gabriela Andrade")], [A("Bogotá", "COL", "GOV", text="Bogotá")],
      ctx=["economic"], date=D("June 1", "2024-06-01"), modality="future",
      note="Announced future easing of the tariff = intent to ease sanctions (CAMEO 0354). \"a step Bogotá had demanded for months\" is iterative background, not coded."),
    E(4, "SUPPORT", "welcomed", [A(**RINCON, text="Luis Fernando Rincón")], [A("Ecuador", "ECU", "GOV", text="Ecuador")],
      ctx=["diplomatic"]),
    E(4, "AGREE", "would resume", [A(**RINCON, text="Luis Fernando Rincón")], [A("Ecuador", "ECU", "GOV", text="Ecuador")],
      ctx=["economic"], modality="future", note="Speaker rule: the named minister is the actor."),
    E(5, "SUPPORT", "signed", [A(**RINCON, text="The two ministers"), A(**ANDRADE, text="The two ministers")],
      ctx=["agreement"]),
    E(5, "AGREE", "committing", [A("Colombia", "COL", "GOV", text="both countries"), A("Ecuador", "ECU", "GOV", text="both countries")],
      ctx=["security"], note="Commitment contained in the declaration (as seed 003's MoU commitments)."),
    E(6, "COOPERATE", "joint patrols", [A("Colombian army units", "COL", "MIL", text="Colombian and Ecuadorian army units"),
                                        A("Ecuadorian army units", "ECU", "MIL", text="Colombian and Ecuadorian army units")],
      ctx=["military"], date=D("April", "2024-04"), loc=L("Putumayo", None),
      note="Realised joint military activity since April. Putumayo names areas on both sides -> country null."),
    E(6, "AGREE", "will extend", [A("Colombian army units", "COL", "MIL", text="Colombian and Ecuadorian army units"),
                                  A("Ecuadorian army units", "ECU", "MIL", text="Colombian and Ecuadorian army units")],
      ctx=["military"], loc=L("Nariño", "COL"), modality="future"),
    E(7, "SUPPORT", "thanked", [A(**ANDRADE, text="Andrade")], [A("Colombia", "COL", "GOV", text="Colombia")],
      ctx=["diplomatic"]),
    E(7, "AID", "sent", [A("Colombia", "COL", "GOV", text="Colombia")],
      [A("flood-hit communities in Esmeraldas", "ECU", "CVL", text="flood-hit communities in Esmeraldas")],
      ctx=["humanitarian"], date=D("last month", "2024-04"), loc=L("Esmeraldas", "ECU"),
      note="Past aid first reported inside the thanks (as seed 000); subject \"it\" = Colombia."),
    E(7, "REQUEST", "asked", [A(**ANDRADE, text="Andrade")], [A("Bogotá", "COL", "GOV", text="Bogotá")],
      mode="assist", ctx=["intelligence"]),
    E(9, "ACCUSE", "criticised", [A("Ecuadorian business chambers", "ECU", "BUS", text="Ecuadorian business chambers")],
      [A(**ANDRADE, text="Andrade")], mode="disapprove"),
    E(9, "PROTEST", "blocked", [A("Ecuadorian lorry drivers", "ECU", "LAB", text="group of Ecuadorian lorry drivers")],
      [A("Quito", "ECU", "GOV", text="Quito")], mode="obstruct", date=D("Wednesday", "2024-05-15"),
      loc=L("Tulcán", "ECU"), note="Purpose clause \"to demand compensation\" folded into the PROTEST."),
    E(10, "AGREE", "expected to meet", [A("Colombian president", "COL", "GOV", "president", text="The presidents of both countries"),
                                        A("Ecuadorian president", "ECU", "GOV", "president", text="The presidents of both countries")],
      ctx=["diplomatic"], date=D("July", "2024-07"), loc=L("Quito", "ECU"), modality="future",
      note="Planned meeting and planned signing: one AGREE (same sentence, type, actors)."),
]

# ==========================================================================
# a06 Caribbean: Haiti fuel strike, arrest of opposition leader
D06 = "a06_portauprince_strike"
ENTITIES[D06] = [
    ("Port-au-Prince", "GPE"), ("Jean-Robert Pierre-Louis", "PERSON"),
    ("October 8, 2024", "DATE"), ("Monday", "DATE"), ("Delmas", "GPE"),
    ("Champ de Mars", "LOC"),
    ("Haitian National Police", "ORG"), ("Marie-Claude Désir", "PERSON"),
    ("Pétion-Ville", "GPE"), ("Rassemblement pour la Justice", "ORG"),
    ("Tuesday", "DATE"), ("Frantz Délice", "PERSON"), ("at least three months", "DATE"),
    ("Thursday", "DATE"), ("Désir", "PERSON"), ("Caribbean Community", "ORG"),
    ("CARICOM", "ORG"), ("US", "GPE"), ("Dominican Republic", "GPE"), ("Haiti", "GPE"),
    ("Dominican", "NORP"), ("2018", "DATE"),
]
HTI_GOV = dict(name="Haitian government", country="HTI", sector="GOV", office=None)
UNIONS = dict(name="transport unions", country="HTI", sector="LAB", office=None)
DESIR = dict(name="Marie-Claude Désir", country="HTI", sector="OPP", office="opposition leader")
HNP = dict(name="Haitian National Police", country="HTI", sector="COP", office=None)
RPJ = A("Rassemblement pour la Justice", "HTI", "OPP", text="Rassemblement pour la Justice")
DELICE = dict(name="Frantz Délice", country="HTI", sector="GOV", office="Prime Minister")
EVENTS[D06] = [
    E(0, "PROTEST", "strike", [A(**UNIONS)], [A(**HTI_GOV)], mode="strike", loc=L("Port-au-Prince", "HTI"),
      note="Headline; strikers named in sentence 4."),
    E(0, "COERCE", "detain", [A("police", "HTI", "COP", text="police")], [A(**DESIR, text="opposition leader")],
      mode="arrest", note="Headline."),
    E(4, "PROTEST", "general strike", [A(**UNIONS, text="transport unions")], [A(**HTI_GOV)], mode="strike",
      date=D("Monday", "2024-10-07"), loc=L("Port-au-Prince", "HTI"),
      note="The photo caption above (sentences 2-3) is page noise and is not annotated."),
    E(5, "PROTEST", "marched", [A("Thousands of demonstrators", "HTI", "OPP", text="Thousands of demonstrators")],
      [A(**{**HTI_GOV}, text="government")], mode="demo", loc=L("Champ de Mars", "HTI"),
      note="Tyre burning and chanting are part of the same demonstration. Demonstrators coded OPP (Phoenix agents)."),
    E(6, "ASSAULT", "fired", [A(**HNP, text="Officers")], [A("Thousands of demonstrators", "HTI", "OPP", text="the crowd")],
      mode="firearms"),
    E(7, "COERCE", "arrested", [A("police", "HTI", "COP", text="Police")], [A(**DESIR, text="Marie-Claude Désir")],
      mode="arrest", date=D("Monday", "2024-10-07"), loc=L("Pétion-Ville", "HTI")),
    E(7, "ACCUSE", "accusing", [A("police", "HTI", "COP", text="Police")], [A(**DESIR, text="Marie-Claude Désir")],
      mode="allege", ctx=["crime"]),
    E(8, "ACCUSE", "political kidnapping", [RPJ], [A(**HNP)], mode="disapprove",
      note="Calling the arrest a \"political kidnapping\" = denunciation of the arresting police (implied)."),
    E(8, "REQUEST", "demanded", [RPJ], [A(**HTI_GOV)], mode="yield"),
    E(9, "CONCEDE", "backed down", [A(**HTI_GOV, text="the government")], [A(**UNIONS)],
      ctx=["executive"], date=D("Tuesday", "2024-10-08"),
      note="Accede to demands for policy change (CAMEO 0832)."),
    E(10, "CONCEDE", "suspended", [A(**DELICE, text="Frantz Délice")], [A("union leaders", "HTI", "LAB", text="union leaders")],
      ctx=["executive"], note="The announced suspension is the concession itself (realised: \"had been suspended\")."),
    E(10, "AGREE", "invited", [A(**DELICE, text="Frantz Délice")], [A("union leaders", "HTI", "LAB", text="union leaders")],
      ctx=["diplomatic"], date=D("Thursday", "2024-10-10"),
      note="Invitation to talks = offer to meet -> AGREE; date is the planned day."),
    E(11, "REJECT", "would not return to work", [A(**UNIONS, text="The unions")], [A(**HTI_GOV)], mode="yield",
      note="Refusal to end the strike until Désir is freed = refuse to yield (CAMEO 124). The refusal is asserted; it is not a negated event."),
    E(12, "REQUEST", "urged", [A("Caribbean Community", "IGO", text="Caribbean Community")],
      [A("all sides", "HTI", None, text="all sides")], mode="yield",
      note="\"all sides\" = the Haitian government and the protesters."),
    E(12, "ACCUSE", "deeply concerned", [A("US embassy", "USA", "GOV", text="US embassy")], [A(**HNP)],
      mode="disapprove", note="Expressed concern at excessive force = mild criticism of the police (implied). Borderline."),
    E(13, "MOBILIZE", "deployed", [A("Dominican Republic", "DOM", "GOV", text="Dominican Republic")],
      [A("Haiti", "HTI", "GOV", text="Haiti")], mode="troops", date=D("Monday", "2024-10-07"),
      note="Deployment to the frontier with Haiti; Haiti named -> recipient."),
]

# ==========================================================================
# a07 Eastern Europe: Moldova expels Russian diplomats
D07 = "a07_chisinau_expulsions"
ENTITIES[D07] = [
    ("Moldova", "GPE"), ("Russian", "NORP"), ("CHISINAU", "GPE"),
    ("February 14, 2024", "DATE"), ("Wednesday", "DATE"), ("Foreign Ministry", "ORG"),
    ("Russia", "GPE"), ("Oleg Vasnetsov", "PERSON"), ("Ana Cebotari", "PERSON"),
    ("Chisinau", "GPE"), ("Sunday", "DATE"), ("Moscow", "GPE"),
    ("Russian Foreign Ministry", "ORG"), ("Irina Beloglazova", "PERSON"),
    ("Moldovan", "NORP"), ("Romania", "GPE"), ("EU", "ORG"), ("European Commission", "ORG"),
    ("last week", "DATE"), ("Kremlin", "ORG"), ("Soviet", "NORP"), ("2022", "DATE"),
]
DIPLOMATS = dict(name="three Russian diplomats", country="RUS", sector="GOV", office="diplomat")
MDA_MFA = A("Moldovan Foreign Ministry", "MDA", "GOV", text="Foreign Ministry")
BELOG = dict(name="Irina Beloglazova", country="RUS", sector="GOV", office="Foreign Ministry spokeswoman")
EVENTS[D07] = [
    E(0, "SANCTION", "expels", [A("Moldova", "MDA", "GOV", text="Moldova")], [A(**DIPLOMATS, text="three Russian diplomats")],
      mode="expel", ctx=["diplomatic"],
      note="Headline. \"over alleged interference\" has no accusing act of its own here (coded in sentence 1)."),
    E(1, "SANCTION", "ordered", [A("Moldova", "MDA", "GOV", text="Moldova")], [A(**DIPLOMATS, text="three Russian diplomats")],
      mode="expel", ctx=["diplomatic"], date=D("Wednesday", "2024-02-14")),
    E(1, "ACCUSE", "accusing", [A("Moldova", "MDA", "GOV", text="Moldova")], [A(**DIPLOMATS, text="three Russian diplomats")],
      mode="allege", date=D("Wednesday", "2024-02-14"),
      note="\"anti-government protests\" is inside the accusation's content; the protest itself is coded in sentence 4."),
    E(2, "ACCUSE", "summoned", [MDA_MFA], [A("Oleg Vasnetsov", "RUS", "GOV", "ambassador", text="Oleg Vasnetsov")],
      mode="disapprove", ctx=["summon"]),
    E(2, "SANCTION", "persona non grata", [MDA_MFA], [A(**DIPLOMATS, text="the three embassy staff")],
      mode="expel", ctx=["diplomatic"],
      note="Formal declaration of persona non grata handed to the ambassador: the expulsion act in this sentence."),
    E(3, "ACCUSE", "incompatible with diplomatic status", [A("Ana Cebotari", "MDA", "GOV", "Foreign Minister", text="Ana Cebotari")],
      [A(**DIPLOMATS)], mode="disapprove", note="Recipient is \"Their\" (the expelled diplomats)."),
    E(4, "ACCUSE", "criminal investigation", [A("Prosecutors", "MDA", "JUD", text="Prosecutors")], [],
      mode="investigate", ctx=["crime"], note="Investigation of unnamed financiers -> no recipient."),
    E(4, "PROTEST", "protests", [A("several thousand people", "MDA", "CVL", text="several thousand people")],
      [A("Moldovan government", "MDA", "GOV")], mode="demo", date=D("Sunday", "2024-02-11"),
      loc=L("Chisinau", "MDA"),
      note="The rally is first reported with time and place in this relative clause. Anti-government (sentence 1) -> recipient Moldovan government (implied)."),
    E(5, "COERCE", "detained", [A("Police", "MDA", "COP", text="Police")],
      [A("eleven people", "MDA", "CVL", text="eleven people"), A("two Russian citizens", "RUS", "CVL", text="two Russian citizens")],
      mode="arrest"),
    E(7, "ACCUSE", "accused", [A(**BELOG, text="Irina Beloglazova")], [A("Chisinau", "MDA", "GOV", text="Chisinau")],
      mode="disapprove"),
    E(7, "THREATEN", "respond", [A(**BELOG, text="Irina Beloglazova")], [A("Chisinau", "MDA", "GOV", text="Chisinau")],
      mode="relations", ctx=["diplomatic"], modality="future",
      note="Vow of a \"mirror\" response = threat of reciprocal expulsions (CAMEO 1313)."),
    E(9, "SUPPORT", "full solidarity", [A("Romania's foreign ministry", "ROU", "GOV", text="Romania's foreign ministry")],
      [A("Moldova", "MDA", "GOV", text="Moldova")], ctx=["diplomatic"]),
    E(9, "AGREE", "stood ready to help", [A("European Union", "IGO", text="EU")], [A("Chisinau", "MDA", "GOV", text="Chisinau")],
      ctx=["diplomatic"], note="Unnamed spokesman speaks for the institution (the EU)."),
    E(10, "AID", "disbursed", [A("European Commission", "IGO", text="European Commission")], [A("Moldova", "MDA", "GOV", text="Moldova")],
      ctx=["economic"], date=D("last week", "2024-02"), note="Week of 5 February."),
]

# ==========================================================================
# a08 Western Europe/EU: Foreign Affairs Council in Luxembourg
D08 = "a08_luxembourg_fac"
ENTITIES[D08] = [
    ("EU", "ORG"), ("Belarus", "GPE"), ("Hungary", "GPE"), ("Ukraine", "GPE"),
    ("Lena Vogt", "PERSON"), ("April 23, 2024", "DATE"), ("LUXEMBOURG", "GPE"),
    ("Luxembourg", "GPE"), ("Monday", "DATE"), ("Belarusian", "NORP"), ("Russia", "GPE"),
    ("Minsk", "GPE"), ("Hungarian", "NORP", [0, 2]), ("Tamás Kerekes", "PERSON"),
    ("Budapest", "GPE"), ("Kyiv", "GPE"), ("Irish", "NORP"), ("Siobhán Walsh", "PERSON"),
    ("Ukrainian", "NORP"), ("Kerekes", "PERSON"), ("weeks", "DATE"), ("months", "DATE"),
    ("Germany", "GPE"), ("Netherlands", "GPE"), ("Berlin", "GPE"),
    ("earlier this month", "DATE"), ("Moldova", "GPE"), ("Chisinau", "GPE"),
    ("June", "DATE"), ("May 27", "DATE"), ("Brussels", "GPE"),
]
EUMIN = dict(name="EU foreign ministers", country="IGO", sector=None, office="foreign minister")
EU_ = dict(name="European Union", country="IGO", sector=None, office=None)
KEREKES = dict(name="Tamás Kerekes", country="HUN", sector="GOV", office="Foreign Minister")
UKR_FM = dict(name="Ukrainian foreign minister", country="UKR", sector="GOV", office="foreign minister")
BLR_MFA = A("Belarus's foreign ministry", "BLR", "GOV", text="Belarus’s foreign ministry")
EVENTS[D08] = [
    E(0, "SANCTION", "sanctions", [A(**EUMIN, text="EU ministers")], [A("Belarus", "BLR", "GOV", text="Belarus")],
      ctx=["economic"], note="Headline; \"agree ... sanctions\" = sanctions adopted (sentence 3)."),
    E(0, "REJECT", "blocks", [A("Hungary", "HUN", "GOV", text="Hungary")],
      [A(**EU_, text="EU ministers"), A("Ukraine", "UKR", "GOV", text="Ukraine")], mode="yield",
      note="Blocking (veto) the Ukraine funds: refusal directed at the EU partners, affecting Ukraine; both recipients."),
    E(3, "CONSULT", "meeting", [A(**EUMIN, text="EU foreign ministers")], [], mode="multilateral",
      date=D("Monday", "2024-04-22"), loc=L("Luxembourg", "LUX")),
    E(3, "SANCTION", "adopted", [A(**EUMIN, text="EU foreign ministers")],
      [A("14 Belarusian officials and companies", "BLR", "GOV", text="14 Belarusian officials and companies")],
      ctx=["economic"], date=D("Monday", "2024-04-22"),
      note="\"failed to unlock ... military aid\" is a non-event (aid not given)."),
    E(3, "REJECT", "refused", [A("Hungary", "HUN", "GOV", text="Hungary")],
      [A(**EU_, text="EU foreign ministers"), A("Ukraine", "UKR", "GOV", text="Ukraine")], mode="yield"),
    E(5, "THREATEN", "warned", [A("EU foreign policy chief", "IGO", None, "foreign policy chief")],
      [A("Belarusian state banks", "BLR", "BUS", text="Belarusian state banks")], mode="restrict", ctx=["economic"],
      note="An official's conditional warning of further sanctions is a THREATEN (unlike analysts' hypotheticals). Actor is \"He\"."),
    E(6, "REJECT", "would keep blocking", [A(**KEREKES, text="Tamás Kerekes")],
      [A(**EU_), A("Ukraine", "UKR", "GOV")], mode="yield", modality="future"),
    E(6, "REQUEST", "demanded", [A(**KEREKES, text="Tamás Kerekes")], [A("Kyiv", "UKR", "GOV", text="Kyiv")],
      mode="change", ctx=["rights_freedoms"]),
    E(7, "ACCUSE", "criticised", [A("Siobhán Walsh", "IRL", "GOV", "foreign minister", text="Siobhán Walsh")],
      [A("Hungary", "HUN", "GOV")], mode="disapprove", note="Target (Hungary's blockade) implied."),
    E(9, "SUPPORT", "thanked", [A(**UKR_FM, text="Ukraine’s foreign minister")], [A(**EUMIN, text="the ministers")],
      ctx=["diplomatic"], note="Participation \"by video link\" is a manner adjunct, not a separate CONSULT."),
    E(9, "REQUEST", "urged", [A(**UKR_FM, text="Ukraine’s foreign minister")], [A(**EUMIN)], mode="assist",
      note="Recipient \"them\" = the EU ministers."),
    E(10, "AGREE", "would provide", [A("Germany", "DEU", "GOV", text="Germany"), A("Netherlands", "NLD", "GOV", text="Netherlands")],
      [A("Ukraine", "UKR", "GOV", text="Ukraine")], ctx=["military"], modality="future",
      note="Unnamed ministers speak for their governments."),
    E(11, "AID", "delivered", [A("Berlin", "DEU", "GOV", text="Berlin")], [A("Ukraine", "UKR", "GOV", text="Ukraine")],
      ctx=["military"], date=D("earlier this month", "2024-04")),
    E(12, "CONSULT", "working lunch", [A(**EUMIN, text="The ministers")],
      [A("Moldovan foreign minister", "MDA", "GOV", "foreign minister", text="Moldova’s foreign minister")]),
    E(12, "AGREE", "agreed", [A(**EUMIN, text="The ministers")], [A("Moldova", "MDA", "GOV")],
      ctx=["diplomatic"], date=D("June", "2024-06"), loc=L("Chisinau", "MDA"),
      note="Agreement (among EU ministers) to open a mission office in Moldova = intent to cooperate with Moldova."),
    E(13, "ACCUSE", "condemned", [BLR_MFA], [A(**EU_)], mode="disapprove"),
    E(13, "ACCUSE", "summoned", [BLR_MFA], [A("head of the EU delegation", "IGO", None, "head of delegation", text="head of the EU delegation")],
      mode="disapprove", ctx=["summon"], loc=L("Minsk", "BLR"),
      note="Two ACCUSE events in one sentence: condemnation of the EU and summons of its envoy (different recipients)."),
    E(15, "AGREE", "will meet", [A(**EUMIN, text="Ministers")], [], ctx=["diplomatic"],
      date=D("May 27", "2024-05-27"), loc=L("Brussels", "BEL"), modality="future",
      note="Scheduled meeting -> AGREE (planned meeting)."),
]

# ==========================================================================
# a09 South Asia: Pakistan-Afghanistan clash at Torkham (Dawn style)
D09 = "a09_torkham_clash"
ENTITIES[D09] = [
    ("Pakistan", "GPE"), ("Torkham", "GPE"), ("Pakistani", "NORP"), ("Afghan", "NORP"),
    ("September 7, 2024", "DATE"), ("PESHAWAR", "GPE"), ("Afghanistan", "GPE"),
    ("Saturday", "DATE"), ("Thursday", "DATE"),
    ("Nangarhar", "GPE"), ("Islamabad", "GPE"), ("Foreign Office", "ORG"),
    ("Friday", "DATE"), ("Saima Rauf", "PERSON"), ("Kabul", "GPE"), ("Taliban", "ORG"),
    ("Landi Kotal", "GPE"), ("Frontier Corps", "ORG"), ("Khyber", "GPE"),
    ("recent years", "DATE"),
]
PAK_FO = A("Pakistan's Foreign Office", "PAK", "GOV", text="Pakistan's Foreign Office")
TALIBAN = A("Taliban administration", "AFG", "GOV", "deputy spokesman", text="Taliban administration")
EVENTS[D09] = [
    E(0, "COERCE", "shuts", [A("Pakistan", "PAK", "GOV", text="Pakistan")], [A("Afghanistan", "AFG", "GOV")],
      mode="restrict", loc=L("Torkham", "PAK"),
      note="Headline. Closing a border crossing = restrict movement (CAMEO 191 -> COERCE)."),
    E(0, "ASSAULT", "exchange of fire", [A("Pakistani forces", "PAK", "MIL", text="Pakistani")],
      [A("Afghan forces", "AFG", "MIL", text="Afghan forces")], mode="firearms", ctx=["military"],
      note="\"between X and Y\", neither is the subject: first mentioned is actor."),
    E(2, "COERCE", "closed", [A("Pakistan", "PAK", "GOV", text="Pakistan")], [A("Afghanistan", "AFG", "GOV", text="Afghanistan")],
      mode="restrict", date=D("Saturday", "2024-09-07"), loc=L("Torkham", "PAK")),
    E(2, "ASSAULT", "exchanged fire", [A("Pakistani forces", "PAK", "MIL", text="Pakistani and Afghan border forces"),
                                       A("Afghan forces", "AFG", "MIL", text="Pakistani and Afghan border forces")],
      [], mode="firearms", ctx=["military"], date=D("Thursday", "2024-09-05"),
      note="Symmetric act with coordinated subject -> both actors, no recipient."),
    E(4, "ACCUSE", "blamed", [A("Afghan officials in Nangarhar province", "AFG", "GOV", text="Afghan officials")],
      [A("Pakistani troops", "PAK", "MIL", text="Pakistani troops")], mode="allege", ctx=["military"],
      note="Sentence 3 (\"conflicting accounts of who fired first\") is not an event."),
    E(5, "ACCUSE", "summoned", [PAK_FO],
      [A("Afghan chargé d'affaires", "AFG", "GOV", "chargé d'affaires", text="Afghan chargé d'affaires")],
      mode="disapprove", ctx=["summon"], date=D("Friday", "2024-09-06"), loc=L("Islamabad", "PAK"),
      note="Passive \"was summoned by X\": X is the actor. \"handed a strong protest\" = same type, actor and recipient -> same event."),
    E(6, "THREATEN", "warned", [A("Saima Rauf", "PAK", "GOV", "Foreign Office spokesperson", text="Saima Rauf")],
      [A("Afghanistan", "AFG", "GOV")], mode="violence", ctx=["military"]),
    E(7, "ACCUSE", "accused", [TALIBAN], [A("Pakistan", "PAK", "GOV", text="Pakistan")], mode="allege", ctx=["military"],
      loc=L("Kabul", "AFG"), note="Unnamed spokesman -> the institution (Taliban administration) is the actor."),
    E(7, "REQUEST", "called on", [TALIBAN], [A("Islamabad", "PAK", "GOV", text="Islamabad")], mode="meet",
      loc=L("Kabul", "AFG")),
    E(8, "CONSULT", "met", [A("Pakistani tribal elders", "PAK", "CVL", text="jirga of tribal elders from both sides"),
                            A("Afghan tribal elders", "AFG", "CVL", text="jirga of tribal elders from both sides")],
      [], ctx=["mediation"], date=D("Friday", "2024-09-06"), loc=L("Torkham", "PAK"),
      note="Cross-border jirga; its brokering of the ceasefire is mediation (CAMEO 045 -> CONSULT), same event."),
    E(8, "RETREAT", "ceasefire", [A("Pakistani forces", "PAK", "MIL", text="both forces"), A("Afghan forces", "AFG", "MIL", text="both forces")],
      [], mode="ceasefire", ctx=["military"], date=D("Friday", "2024-09-06"),
      note="The ceasefire's parties are the two forces. The 500 m pull-back is the same type/actors/sentence -> same event."),
    E(9, "REQUEST", "demanded", [A("Pakistani officials", "PAK", "GOV", text="Pakistani officials")],
      [A("Afghan forces", "AFG", "MIL", text="Afghan forces")], mode="yield"),
    E(11, "PROTEST", "sit-in", [A("Traders in Landi Kotal", "PAK", "BUS", text="Traders")],
      [A("Pakistani government", "PAK", "GOV")], mode="demo", loc=L("Landi Kotal", "PAK"),
      note="The demand to reopen the crossing is the protest's demand (folded in)."),
    E(12, "MOBILIZE", "deployed", [A("Pakistan", "PAK", "GOV", text="Pakistan")], [], mode="troops",
      loc=L("Khyber", "PAK"), note="No target named in the sentence -> no recipient."),
]

# ==========================================================================
# a10 Central Asia: Kazakhstan-Uzbekistan water agreement (agency style)
D10 = "a10_astana_water"
ENTITIES[D10] = [
    ("Kazakhstan", "GPE"), ("Uzbekistan", "GPE"), ("Syr Darya", "LOC"), ("ADB", "ORG"),
    ("ASTANA", "GPE"), ("20 November 2024", "DATE"), ("Central Asia Wire", "ORG"),
    ("Tuesday", "DATE"), ("Astana", "GPE"), ("Kazakh", "NORP"), ("Nurlan Abenov", "PERSON"),
    ("Uzbek", "NORP"), ("Jasur Tashpulatov", "PERSON"), ("Chardara reservoir", "LOC"),
    ("Serik Dauletov", "PERSON"), ("next year", "DATE"), ("Bakhtiyor Usmonov", "PERSON"),
    ("Monday", "DATE"), ("two-day", "DATE"), ("Dauletov", "PERSON"), ("the spring", "DATE"),
    ("Asian Development Bank", "ORG"), ("Wednesday", "DATE"), ("Turkestan", "GPE"),
    ("Tajikistan", "GPE"), ("Kyrgyzstan", "GPE"), ("Kyrgyz", "NORP"), ("Bishkek", "GPE"),
    ("years", "DATE"), ("last year", "DATE"), ("Maktaaral", "GPE"),
]
DAULETOV = dict(name="Serik Dauletov", country="KAZ", sector="GOV", office="Prime Minister")
USMONOV = dict(name="Bakhtiyor Usmonov", country="UZB", sector="GOV", office="Prime Minister")
ADB = dict(name="Asian Development Bank", country="IGO", sector=None, office=None)
KZ = A("Kazakhstan", "KAZ", "GOV", text="Kazakhstan")
UZ = A("Uzbekistan", "UZB", "GOV", text="Uzbekistan")
EVENTS[D10] = [
    E(0, "SUPPORT", "sign", [KZ, UZ], ctx=["agreement"], note="Headline."),
    E(0, "AGREE", "to fund", [A(**ADB, text="ADB")], [A("Kazakhstan", "KAZ", "GOV")], ctx=["economic"],
      modality="future", note="Headline: future funding (infinitive headline) -> AGREE; recipient from the body."),
    E(1, "SUPPORT", "signed", [KZ, UZ], ctx=["agreement"], date=D("Tuesday", "2024-11-19"),
      note="The dateline (ASTANA, 20 November 2024 / Central Asia Wire /) is part of this sentence."),
    E(1, "CONSULT", "talks", [A(**DAULETOV, text="two countries' prime ministers")],
      [A(**USMONOV, text="two countries' prime ministers")], mode="visit", loc=L("Astana", "KAZ"),
      note="\"talks between A and B\": order follows \"Kazakhstan and Uzbekistan\" -> Kazakh PM first (actor). Visit mode: the Uzbek PM was visiting (sentence 4)."),
    E(2, "SUPPORT", "signed", [A("Nurlan Abenov", "KAZ", "GOV", "Minister of Water Resources", text="Nurlan Abenov"),
                               A("Jasur Tashpulatov", "UZB", "GOV", "water resources minister", text="Jasur Tashpulatov")],
      ctx=["agreement"],
      note="Participial \"signed by\" names the signatories (as seed 002). The agreement's provisions (quotas, commission) are not coded separately."),
    E(3, "SUPPORT", "thanked", [A(**DAULETOV, text="Serik Dauletov")], [A("Uzbekistan", "UZB", "GOV", text="Uzbekistan")],
      ctx=["diplomatic"]),
    E(3, "AGREE", "ready to supply", [A(**DAULETOV, text="Serik Dauletov")], [A("Uzbekistan", "UZB", "GOV", text="Uzbekistan", occ=1)],
      ctx=["economic"], date=D("next year", "2025")),
    E(4, "CONSULT", "official visit", [A(**USMONOV, text="Bakhtiyor Usmonov")], [A("Kazakhstan", "KAZ", "GOV")],
      mode="visit", date=D("Monday", "2024-11-18"), loc=L("Astana", "KAZ"),
      note="Visit first reported in a relative clause; the visitor is the actor."),
    E(4, "AGREE", "invited", [A(**USMONOV, text="Bakhtiyor Usmonov")], [A(**DAULETOV, text="Dauletov")],
      ctx=["economic"], date=D("the spring", "2025"), loc=L("Tashkent", "UZB"),
      note="Invitation -> AGREE (offer to host). Tashkent is inside the forum's name."),
    E(5, "AID", "disbursed", [A(**ADB, text="Asian Development Bank")], [A("Kazakhstan", "KAZ", "GOV", text="Kazakhstan")],
      ctx=["economic"], note="\"said on Wednesday\" dates the statement, not the disbursement: date null."),
    E(6, "AGREE", "pledged", [A(**ADB, text="The bank")], [A("joint commission", None, "GOV", text="new joint commission")],
      ctx=["economic"], note="Pledged technical assistance (future) -> AGREE. The binational commission has no single country code."),
    E(8, "REJECT", "turned down", [A("Bishkek", "KGZ", "GOV", text="Bishkek")],
      [A("Kazakhstan", "KAZ", "GOV"), A("Uzbekistan", "UZB", "GOV")], mode="meet",
      note="Declined invitation to talks (CAMEO 125). \"its own demands for compensation\" is background (ongoing position), not coded. Sentence 7 is negated (\"not party\")."),
]

# ==========================================================================
# a11 East Asia: North Korean missile launch (Yonhap style)
D11 = "a11_seoul_missile"
ENTITIES[D11] = [
    ("N. Korea", "GPE"), ("East Sea", "LOC"), ("Seoul", "GPE"), ("Tokyo", "GPE"),
    ("SEOUL", "GPE"), ("July 2", "DATE"), ("Yonhap", "ORG"), ("North Korea", "GPE"),
    ("Tuesday", "DATE"), ("South Korea", "GPE"), ("Pyongyang", "GPE"),
    ("United States", "GPE"), ("North", "GPE"), ("Joint Chiefs of Staff", "ORG"),
    ("JCS", "ORG"), ("U.N. Security Council", "ORG"), ("Japan", "GPE"), ("Beijing", "GPE"),
    ("U.S.", "GPE"), ("Japanese", "NORP"), ("China", "GPE"), ("U.N.", "ORG"),
    ("Washington", "GPE"), ("every summer", "DATE"), ("this year", "DATE"),
]
PRK = dict(name="North Korea", country="PRK", sector="GOV", office=None)
KOR_MFA = A("South Korea's foreign ministry", "KOR", "GOV", text="South Korea's foreign ministry")
KOR_ENVOY = A("South Korean nuclear envoy", "KOR", "GOV", "nuclear envoy", text="South Korea's nuclear envoy")
CTRP = [A("U.S. nuclear envoy", "USA", "GOV", "nuclear envoy", text="U.S. and Japanese counterparts"),
        A("Japanese nuclear envoy", "JPN", "GOV", "nuclear envoy", text="U.S. and Japanese counterparts")]
EVENTS[D11] = [
    E(0, "MOBILIZE", "fires", [A(**PRK, text="N. Korea")], [], mode="weapons", ctx=["military"],
      loc=L("East Sea", None),
      note="Headline. Missile test = demonstration of military power (CAMEO 15) -> MOBILIZE weapons, not ASSAULT (no target)."),
    E(0, "ACCUSE", "condemn", [A("Seoul", "KOR", "GOV", text="Seoul"), A("Tokyo", "JPN", "GOV", text="Tokyo")],
      [A(**PRK, text="N. Korea")], mode="disapprove", note="Headline."),
    E(1, "MOBILIZE", "fired", [A(**PRK, text="North Korea")], [], mode="weapons", ctx=["military"],
      date=D("Tuesday", None), loc=L("East Sea", None)),
    E(1, "THREATEN", "warned", [A("Pyongyang", "PRK", "GOV", text="Pyongyang")],
      [A("South Korea", "KOR", "GOV", text="South Korea", occ=1), A("United States", "USA", "GOV", text="United States")],
      mode="violence", ctx=["military"],
      note="Earlier threat (\"days after\"). The joint drills are only the object of the threat; not coded."),
    E(2, "MOBILIZE", "launched", [A(**PRK)], [], mode="weapons", ctx=["military"], loc=L("Pyongyang", "PRK"),
      note="Main-clause re-report of the launch with details (time, range)."),
    E(3, "MOBILIZE", "strengthened surveillance and vigilance", [A("Joint Chiefs of Staff", "KOR", "MIL", text="JCS")], [],
      mode="troops", ctx=["military"], note="Raised alert status (CAMEO 152)."),
    E(4, "ACCUSE", "condemned", [KOR_MFA], [A(**PRK, text="North")], mode="disapprove"),
    E(4, "REQUEST", "urged", [KOR_MFA], [A(**PRK, text="North")], mode="yield", ctx=["military"]),
    E(5, "ACCUSE", "lodged a protest", [A("Tokyo", "JPN", "GOV", text="Tokyo")], [A(**PRK, text="North Korea")],
      mode="disapprove", loc=L("Beijing", "CHN"),
      note="Unnamed chief cabinet secretary speaks for the government (Tokyo)."),
    E(6, "CONSULT", "phone talks", [KOR_ENVOY], CTRP, mode="phone"),
    E(6, "AGREE", "agreed", [KOR_ENVOY], CTRP, ctx=["diplomatic"]),
    E(7, "REQUEST", "called on", [A("China", "CHN", "GOV", text="China")], [A("all parties", None, None, text="all parties")],
      mode="yield", note="Sentence 8 (\"declined to say\") is a refusal to comment, not a PLOVER event; sentence 9 is habitual background."),
]

# ==========================================================================
# a12 Pacific: Vanuatu cyclone relief (RNZ Pacific style)
D12 = "a12_portvila_cyclone"
ENTITIES[D12] = [
    ("Vanuatu", "GPE"), ("Australia", "GPE"), ("NZ", "GPE", [0]), ("Pacific", "LOC", [0, 2]),
    ("Tanna", "LOC"), ("Erromango", "LOC"),
    ("Kalo Tari", "PERSON"), ("Friday", "DATE"), ("Australian Air Force", "ORG"),
    ("Port Vila", "GPE"), ("Saturday", "DATE"), ("New Zealand Defence Force", "ORG"),
    ("the same day", "DATE"), ("Canberra", "GPE"), ("New Zealand", "GPE"), ("Fiji", "GPE"),
    ("Fijian", "NORP"), ("2015", "DATE"), ("China", "GPE"),
    ("National Disaster Management Office", "ORG"), ("Sunday", "DATE"), ("France", "GPE"),
    ("New Caledonia", "GPE"), ("Tari", "PERSON"), ("Lenakel", "GPE"), ("Aneityum", "LOC"),
    ("Forum", "ORG"),
]
VU = dict(name="Vanuatu", country="VUT", sector="GOV", office=None)
TARI = dict(name="Kalo Tari", country="VUT", sector="GOV", office="Prime Minister")
EVENTS[D12] = [
    E(0, "REQUEST", "appeals", [A(**VU, text="Vanuatu")], [], mode="assist", ctx=["humanitarian"],
      note="Headline. Appeal to no named party -> no recipient."),
    E(0, "AID", "send planes", [A("Australia", "AUS", "GOV", text="Australia"), A("New Zealand", "NZL", "GOV", text="NZ")],
      [A(**VU, text="Vanuatu")], ctx=["humanitarian"], note="Headline; the planes carry relief (sentence 4)."),
    E(2, "REQUEST", "appealed", [A("Vanuatu government", "VUT", "GOV", text="Vanuatu government")], [],
      mode="assist", ctx=["humanitarian"]),
    E(3, "REQUEST", "asked", [A(**TARI, text="Kalo Tari")], [A("donors", None, None, text="donors")],
      mode="assist", ctx=["humanitarian"], date=D("Friday", None)),
    E(4, "AID", "relief supplies", [A("Australian Air Force", "AUS", "MIL", text="Australian Air Force")], [A(**VU)],
      ctx=["humanitarian"], date=D("Saturday", None), loc=L("Port Vila", "VUT")),
    E(4, "AID", "brought", [A("New Zealand Defence Force", "NZL", "MIL", text="New Zealand Defence Force")], [A(**VU)],
      ctx=["humanitarian", "medical"], date=D("the same day", None),
      note="Separate clause and actor from the Australian delivery -> separate event."),
    E(5, "AGREE", "would provide", [A("Australian government", "AUS", "GOV", text="Canberra")], [A(**VU)],
      ctx=["economic"], modality="future",
      note="Unnamed minister speaks for the government (Canberra)."),
    E(5, "AGREE", "pledged", [A("New Zealand", "NZL", "GOV", text="New Zealand")], [A(**VU)], ctx=["economic"]),
    E(6, "AID", "sent", [A("Fiji", "FJI", "GOV", text="Fiji")], [A(**VU)], ctx=["humanitarian"],
      loc=L("Tanna", "VUT"),
      note="Soldiers sent for disaster relief = AID, not MOBILIZE. Sentence 7 (\"It is the first time Fijian troops have been deployed...\") refers back to this and is not coded."),
    E(8, "AID", "handed over", [A("Chinese embassy in Port Vila", "CHN", "GOV", "embassy", text="China's embassy")],
      [A("National Disaster Management Office", "VUT", "GOV", text="National Disaster Management Office")],
      ctx=["humanitarian"], date=D("Sunday", None), loc=L("Port Vila", "VUT")),
    E(9, "AGREE", "ready to send", [A("France", "FRA", "GOV", text="France")], [A(**VU)], ctx=["humanitarian"],
      note="Conditional offer (\"if needed\") made by France = AGREE (offer); the condition does not make the offer hypothetical."),
    E(10, "SUPPORT", "thanked", [A(**TARI, text="Tari")], [A("all the partners", None, None, text="all the partners")],
      loc=L("Lenakel", "VUT"),
      note="His visit to an evacuation centre is domestic, not a CONSULT."),
]

# ==========================================================================
# a13 North America: Mexico protests US border shooting (AP style)
D13 = "a13_juarez_shooting"
ENTITIES[D13] = [
    ("Mexico", "GPE"), ("US", "GPE"), ("Mexican", "NORP"), ("January 18, 2024", "DATE"),
    ("MEXICO CITY", "GPE"), ("AP", "ORG"), ("Wednesday", "DATE"), ("United States", "GPE"),
    ("U.S. Border Patrol", "ORG"), ("Ciudad Juárez", "GPE"), ("Luis Ángel Torres", "PERSON"),
    ("Monday", "DATE"), ("U.S.", "GPE"), ("Rio Grande", "LOC"), ("El Paso", "GPE"),
    ("Texas", "GPE"), ("U.S. Customs and Border Protection", "ORG"), ("Claudia Medina", "PERSON"),
    ("Daniel Wexler", "PERSON"), ("Washington", "GPE"), ("CBP", "ORG"),
    ("Office of Professional Responsibility", "ORG"), ("FBI", "ORG"), ("Tuesday", "DATE"),
    ("Torres", "PERSON"), ("2022", "DATE"), ("U.S. Embassy", "ORG"), ("Mexico City", "GPE"),
    ("next month", "DATE"),
]
AGENT = dict(name="U.S. Border Patrol agent", country="USA", sector="COP", office=None)
TORRES = dict(name="Luis Ángel Torres", country="MEX", sector="CVL", office=None)
MEX_MFA = A("Mexico's foreign ministry", "MEX", "GOV", text="Mexico's foreign ministry")
MEDINA = dict(name="Claudia Medina", country="MEX", sector="GOV", office="Foreign Secretary")
WEXLER = dict(name="Daniel Wexler", country="USA", sector="GOV", office="Ambassador")
USA_ = dict(name="United States", country="USA", sector="GOV", office=None)
EVENTS[D13] = [
    E(0, "REQUEST", "demands", [A("Mexico", "MEX", "GOV", text="Mexico")], [A(**USA_)], ctx=["legal"],
      note="Headline; recipient implied (the United States)."),
    E(0, "ASSAULT", "fatally shoots", [A(**AGENT, text="US border agent")], [A(**TORRES, text="Mexican man")],
      mode="firearms", note="Headline."),
    E(2, "ACCUSE", "protesting", [MEX_MFA], [A(**USA_, text="United States")], mode="disapprove",
      date=D("Wednesday", "2024-01-17"), note="Diplomatic note of protest = official complaint (verbal) -> ACCUSE."),
    E(2, "ASSAULT", "fatal shooting", [A(**AGENT, text="U.S. Border Patrol agent")], [A(**TORRES, text="Mexican man")],
      mode="firearms",
      note="First body report of the shooting (nominal object of the protest). Place: U.S. side near El Paso (sentence 3), so no event_loc from \"near Ciudad Juárez\"."),
    E(2, "REQUEST", "demanded", [MEX_MFA], [A(**USA_, text="United States")], ctx=["legal"],
      date=D("Wednesday", "2024-01-17")),
    E(3, "ASSAULT", "shot", [A(**AGENT)], [A(**TORRES, text="Luis Ángel Torres")], mode="firearms",
      date=D("Monday", "2024-01-15"), loc=L("El Paso", "USA")),
    E(5, "ACCUSE", "disproportionate", [A(**MEDINA, text="Claudia Medina")], [A("U.S. Border Patrol", "USA", "COP")],
      mode="disapprove"),
    E(5, "CONSULT", "spoke by phone", [A(**MEDINA, text="Claudia Medina")], [A(**WEXLER, text="Daniel Wexler")], mode="phone"),
    E(5, "AGREE", "promised", [A(**WEXLER, text="Daniel Wexler")],
      [A("Mexican investigators", "MEX", "JUD", text="Mexican investigators")], ctx=["legal"],
      note="Actor is the relative pronoun \"who\" = Wexler; speaking for Washington."),
    E(6, "ACCUSE", "opened a review", [A("CBP Office of Professional Responsibility", "USA", "GOV", text="Office of Professional Responsibility")],
      [A(**AGENT, text="the agent")], mode="investigate",
      note="Administrative leave is an internal personnel measure, not coded."),
    E(7, "ACCUSE", "investigating", [A("FBI", "USA", "COP", text="FBI")], [A(**AGENT)], mode="investigate"),
    E(8, "PROTEST", "marched", [A("about 200 people", "MEX", "CVL", text="about 200 people")],
      [A("U.S. consulate", "USA", "GOV", text="U.S. consulate")], mode="demo",
      date=D("Tuesday", "2024-01-16"), loc=L("Ciudad Juárez", "MEX")),
    E(10, "REQUEST", "called on", [A("Mexican lawmakers", "MEX", "LEG", text="Mexican lawmakers")],
      [A("Mexican government", "MEX", "GOV", text="government")], mode="change",
      note="Sentence 11 is an analysts' hypothetical, not coded; sentence 12 is an aggregate statistic."),
    E(13, "SUPPORT", "expressed condolences", [A("U.S. Embassy in Mexico City", "USA", "GOV", text="U.S. Embassy")],
      [A("Torres' family", "MEX", "CVL", text="Torres' family")]),
    E(14, "AGREE", "due to hold", [A("Mexican government", "MEX", "GOV", text="The two governments"),
                                   A("U.S. government", "USA", "GOV", text="The two governments")],
      [], ctx=["diplomatic"], date=D("next month", "2024-02"), loc=L("Washington", "USA"),
      modality="future", note="Scheduled meeting -> AGREE."),
]

# ==========================================================================
# a14 Multilateral: AU summit suspends Guinea-Bissau
D14 = "a14_addis_au_summit"
ENTITIES[D14] = [
    ("AU", "ORG"), ("Guinea-Bissau", "GPE"), ("ADDIS ABABA", "GPE"), ("African Union", "ORG"),
    ("Peace and Security Council", "ORG"), ("Thursday", "DATE"), ("Bissau", "GPE"),
    ("AU Commission", "ORG"), ("days", "DATE"), ("30 days", "DATE"),
    ("Economic Community of West African States", "ORG"), ("ECOWAS", "ORG"), ("Abuja", "GPE"),
    ("Tuesday", "DATE"), ("Malam Djaló", "PERSON"), ("Friday", "DATE"), ("Senegal", "GPE"),
    ("Guinea", "GPE"), ("Kenya", "GPE"), ("South Africa", "GPE"), ("AU Peace Fund", "ORG"),
    ("Angola", "GPE"), ("Democratic Republic of Congo", "GPE"), ("UN", "ORG"),
]
PSC = dict(name="Peace and Security Council", country="IGO", sector=None, office=None)
AU_ = dict(name="African Union", country="IGO", sector=None, office=None)
GNB = dict(name="Guinea-Bissau", country="GNB", sector="GOV", office=None)
GNB_MIL = dict(name="Guinea-Bissau military", country="GNB", sector="MIL", office=None)
AUC = A("AU Commission chairperson", "IGO", None, "chairperson of the AU Commission", text="chairperson of the AU Commission")
ECO = A("ECOWAS", "IGO", text="Economic Community of West African States")
ANGOLA_P = dict(name="Angolan president", country="AGO", sector="GOV", office="president")
EVENTS[D14] = [
    E(0, "SANCTION", "suspends", [A(**AU_, text="AU")], [A(**GNB, text="Guinea-Bissau")], ctx=["diplomatic"],
      note="Headline. Suspension from an IGO = reduce relations. The coup itself has no PLOVER type; the detention it involved is coded in sentence 1."),
    E(0, "REQUEST", "demands", [A(**AU_, text="AU")], [A(**GNB_MIL)], mode="change", ctx=["political_institutions"],
      note="Headline; recipient (the military) implied."),
    E(1, "SANCTION", "suspended", [A(**PSC, text="African Union's Peace and Security Council")], [A(**GNB, text="Guinea-Bissau")],
      ctx=["diplomatic"], date=D("Thursday", None),
      note="Dateline ADDIS ABABA not coded as event_loc."),
    E(1, "COERCE", "detained", [A("soldiers", "GNB", "MIL", text="soldiers")],
      [A("President of Guinea-Bissau", "GNB", "GOV", "president", text="the country's president")],
      mode="arrest", loc=L("Bissau", "GNB")),
    E(1, "REQUEST", "demanded", [A(**PSC, text="African Union's Peace and Security Council")], [A(**GNB_MIL)],
      mode="change", ctx=["political_institutions"]),
    E(2, "CONSULT", "meeting", [A(**PSC, text="The council")], [], mode="multilateral",
      note="The council's heads-of-state meeting at the extraordinary AU summit: one CONSULT (same type, actor code)."),
    E(2, "ACCUSE", "strongly condemned", [A(**PSC, text="The council")], [A(**GNB_MIL, text="the military")],
      mode="disapprove", note="Condemnation of the coup, directed at the military (mentioned in the sentence)."),
    E(2, "REQUEST", "called on", [A(**PSC, text="The council")], [A(**GNB_MIL, text="the military")], mode="yield",
      note="\"all detained ministers\": adjectival participle, not coded as a new detention."),
    E(3, "AGREE", "would send a high-level delegation", [AUC], [A(**GNB)], ctx=["diplomatic"],
      loc=L("Bissau", "GNB"), modality="future", note="Planned visit -> AGREE."),
    E(3, "THREATEN", "warned", [AUC], [A("coup leaders", "GNB", "MIL", text="the coup leaders")], mode="restrict",
      ctx=["economic"],
      note="Conditional sanctions threat by an official; the implied demand (an election timetable) is part of the threat, not a separate REQUEST."),
    E(4, "CONSULT", "emergency summit", [ECO], [], mode="multilateral", date=D("Tuesday", None), loc=L("Abuja", "NGA"),
      note="Specific past summit in a relative clause."),
    E(4, "SANCTION", "imposed sanctions", [ECO], [A(**GNB, text="Guinea-Bissau")], ctx=["economic"]),
    E(5, "REJECT", "rejected", [A("Malam Djaló", "GNB", "MIL", "junta spokesman", text="Malam Djaló")], [A(**AU_, text="AU")],
      mode="change",
      note="The refusal to hand over power in the same sentence has the same type, actor and recipient -> one event."),
    E(6, "RETREAT", "released", [A("junta", "GNB", "MIL", text="The junta")],
      [A("two detained ministers", "GNB", "GOV", "minister", text="two of the detained ministers")], mode="release",
      date=D("Friday", None)),
    E(7, "MOBILIZE", "put their armies on alert", [A("Senegal", "SEN", "GOV", text="Senegal"), A("Guinea", "GIN", "GOV", text="Guinea")],
      [A(**GNB, text="Guinea-Bissau")], mode="troops", ctx=["military"]),
    E(8, "SUPPORT", "adopted a declaration", [A("AU summit", "IGO", text="summit")], [], ctx=["agreement"],
      note="Adoption of a multilateral declaration = sign/ratify an agreement (CAMEO 057)."),
    E(9, "AGREE", "pledged", [A("Kenya", "KEN", "GOV", text="Kenya"), A("South Africa", "ZAF", "GOV", text="South Africa")],
      [A("AU Peace Fund", "IGO", text="AU Peace Fund")], ctx=["economic"],
      note="Pledged money (not yet paid) -> AGREE."),
    E(9, "SUPPORT", "praised", [A("AU summit delegates", "IGO", text="delegates")],
      [A(**ANGOLA_P, text="Angola's president")], ctx=["diplomatic"]),
    E(9, "CONSULT", "mediating", [A(**ANGOLA_P, text="Angola's president")],
      [A("government of the Democratic Republic of Congo", "COD", "GOV", text="government of the Democratic Republic of Congo"),
       A("rebels in the east", "COD", "REB", text="rebels in the east")],
      ctx=["mediation"], note="Ongoing mediation reported inside the praise (CAMEO 045 -> CONSULT)."),
    E(10, "SUPPORT", "welcomed", [A("UN Secretary-General", "IGO", None, "Secretary-General", text="UN Secretary-General")],
      [A(**AU_, text="AU")], ctx=["diplomatic"], note="Unnamed spokesman -> the institution he speaks for."),
]
