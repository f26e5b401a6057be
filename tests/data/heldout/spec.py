"""Constructors shared by the held-out sets' annotations.py files: actors (A),
events (E), dates (D) and locations (L), as the dicts build.py reads."""


def A(name, country, sector=None, office=None, text=None, occ=0):
    return dict(name=name, country=country, sector=sector, office=office,
                text=text, occ=occ)


def E(s, typ, trig, actors, recips=(), mode=None, ctx=(), date=None,
      loc=None, modality="asserted", note=None, tocc=0):
    return dict(s=s, typ=typ, trig=trig, tocc=tocc, actors=list(actors),
                recips=list(recips), mode=mode, ctx=list(ctx), date=date,
                loc=loc, modality=modality, note=note)


def D(text, value, occ=0):
    return dict(text=text, value=value, occ=occ)


def L(text, country, occ=0):
    return dict(text=text, country=country, occ=occ)


