"""A dossier of any size, the same for the same size: every run of the suite times the same content.

Realistic in what costs a brief its time and pages: summaries of 100 to 500 characters, Latin text with diacritics
and Armenian script, every source type, EDTF dates with qualifiers, intervals and unspecified digits, a third as
Excel dates, undated statements with their windows, four stances, several speakers and locators, six key
statements whatever the size (the handout of a large dossier prints those), drafts, notes and corrections.
Names differ in three letters or more once accents are set aside, so the dossier has no near-duplicate names."""

import random
from datetime import date
from dataclasses import dataclass, field

STANCES = [
    ("support", "Supports", "In favour of the corridor plan", "#1B9E77"),
    ("oppose", "Opposes", "Against the corridor plan", "#D95F02"),
    ("conditional", "Conditional", "For it on stated conditions", "#7570B3"),
    ("neutral", "Neutral", "Takes no position", "#666666"),
]
SOURCE_TYPES = ["article", "news", "statement", "press-briefing", "report", "resolution", "interview", "book", "web", "social"]
INSTITUTION_TYPES = ["government", "intergovernmental", "parliament", "court", "ngo", "academic", "media", "think-tank", "other"]
# Fifteen syllables whose folded letters are all different pairs: any two differ in at least one letter.
LATIN = ["ba", "če", "di", "fo", "gu", "ka", "le", "mi", "no", "ru", "sa", "te", "vi", "zo", "ša"]
ARMENIAN = ["բա", "չե", "դի", "ֆո", "գու", "կա", "լե", "մի", "նո", "րու", "սա", "տե", "վի", "զո", "շա"]
SUFFIXES = ["yan", "ović", "escu", "sson", "ova", "ian"]
WORDS = ("corridor transit border agreement ceasefire mission monitors humanitarian access displaced families "
         "negotiations settlement statement parliament resolution sanctions guarantee observers road convoy "
         "winter supplies villages return property rights delegation minister envoy council").split()
PHRASES = ["Stepanakert", "Goris", "Lachin", "Yerevan", "Bakı", "Tbilisi", "Genève", "Bruxelles", "Zürich",
           "Łódź", "São Paulo", "Ստեփանակերտ", "Հայաստան", "Երևան"]


@dataclass
class Dossier:
    """The records of one dossier, each a dict keyed by the workbook's column names, in sheet order."""
    brief: list = field(default_factory=list)
    stances: list = field(default_factory=list)
    institutions: list = field(default_factory=list)
    people: list = field(default_factory=list)
    sources: list = field(default_factory=list)
    claims: list = field(default_factory=list)
    events: list = field(default_factory=list)


def word(index, salt, syllables=LATIN, length=4):
    """The index, scrambled by a salt prime to 15, written in syllables: one syllable per base-15 digit."""
    n = (index * salt) % 15 ** length
    return "".join(syllables[(n // 15 ** d) % 15] for d in range(length))


def name(index, armenian=False):
    """Three words from one index: two indexes differ in a syllable of each word, so in three letters at least."""
    syllables = ARMENIAN if armenian else LATIN
    given, middle = word(index, 7919, syllables), word(index, 104729, syllables)
    family = word(index, 1299709, syllables) + ("յան" if armenian else SUFFIXES[index % len(SUFFIXES)])
    return " ".join(w[0].upper() + w[1:] for w in (given, middle, family))


def sentence(rng, low, high):
    """Words up to a length between low and high characters, with a place name or two in its own script."""
    target = rng.randint(low, high)
    words = []
    while sum(len(w) + 1 for w in words) < target:
        words.append(rng.choice(PHRASES) if rng.random() < 0.08 else rng.choice(WORDS))
    text = " ".join(words)
    return text[0].upper() + text[1:] + "."


def day(rng, first_year=2022, years=3):
    return rng.randint(first_year, first_year + years - 1), rng.randint(1, 12), rng.randint(1, 28)


def edtf(rng, index):
    """A claim's date in every form the schema reads; None for an undated statement (one in twenty-five)."""
    y, m, d = day(rng)
    form = index % 25
    if form == 0:
        return None
    if form % 3 == 0:
        return ("excel", (date(y, m, d) - date(1899, 12, 30)).days)
    return [f"{y}-{m:02}-{d:02}", f"{y}-{m:02}", f"{y}-{m:02}-{d:02}?", f"{y}-{m:02}~", f"{y}-{m:02}-{d:02}/{y}-{m:02}-{min(d + 6, 28):02}",
            f"{y}-{m:02}-XX", f"{y}-{m:02}-{d:02}%", f"{y}-{m:02}-{d:02}", f"{y}-{m:02}-{d:02}"][form % 9]


def generate(claims, seed=14):
    rng = random.Random(seed * 1_000_003 + claims)
    people_count, institution_count = max(claims // 25, 3), max(claims // 100, 3)
    source_count, event_count = max(claims // 5, 3), max(claims // 100, 2)
    dossier = Dossier()
    dossier.brief = [("Title", f"Statements on the corridor: a generated dossier of {claims:,} statements"),
                     ("Subtitle", "Benchmark content, not a real record"), ("Organization", "BriefBuilder bench"),
                     ("Author", "bench/generate.py"), ("Summary", sentence(rng, 200, 300)), ("Language", "en"),
                     ("Coding Note", "Stances were assigned by a generator, to exercise the layout; they mean nothing.")]
    dossier.stances = [{"Key": k, "Label": label, "Description": text, "Color": colour, "Order": i + 1}
                       for i, (k, label, text, colour) in enumerate(STANCES)]
    for i in range(institution_count):
        kind = INSTITUTION_TYPES[i % len(INSTITUTION_TYPES)]
        dossier.institutions.append({
            "ID": f"I{i + 1}", "Name": f"{name(i + 50000)} {kind.replace('-', ' ').title()}", "Short Name": f"IN{i + 1}",
            "Type": kind, "Country": None if kind == "intergovernmental" else rng.choice(["Armenia", "Azerbaijan", "France", "Türkiye"]),
            "Parent": f"I{i // 3 + 1}" if i >= 3 and i % 4 == 0 else None, "URL": f"https://example.org/institutions/{i + 1}"})
    for i in range(people_count):
        dossier.people.append({
            "ID": f"P{i + 1}", "Name": name(i, armenian=i % 4 == 3), "Role": rng.choice(["Minister", "Spokesperson", "Envoy", "Member of Parliament", "Researcher"]),
            "Institution": f"I{i % institution_count + 1}", "Affiliation": None, "Country": rng.choice(["Armenia", "Azerbaijan", "France", "Türkiye", None]),
            "Notes": sentence(rng, 60, 120) if i % 50 == 7 else None})
    for i in range(source_count):
        kind = SOURCE_TYPES[i % len(SOURCE_TYPES)]
        y, m, d = day(rng)
        person = name(i + 20000).split()
        dossier.sources.append({
            "ID": f"S{i + 1}", "Type": kind,
            "Authors": f"{person[2]}, {person[0]}" if i % 3 else f"{name(i % institution_count + 50000)} Press Office",
            "Title": sentence(rng, 40, 110)[:-1] if i % 17 else f"[{sentence(rng, 30, 60)[:-1]}]",
            "Container": rng.choice(["Armenpress", "Le Monde", "Eurasianet", "Ազատություն", "Official Journal", "Hürriyet"]),
            "Date": None if kind == "web" and i % 2 else f"{y}-{m:02}-{d:02}",
            "URL": f"https://example.org/sources/{i + 1}", "Archived URL": f"https://archive.example.org/{i + 1}" if i % 5 == 0 else None,
            "Accessed": "2024-05-01" if kind == "web" else None, "Language": rng.choice(["en", "fr", "hy"])})
    for i in range(claims):
        cited = sorted({i % source_count + 1, rng.randrange(source_count) + 1} if i % 3 == 0 else {i % source_count + 1})
        when, summary = edtf(rng, i), sentence(rng, 100, 500)
        dossier.claims.append({
            "ID": f"C{i + 1}", "Date": when,
            "Undated Window": None if when else "2022-06/2024-12-31",
            "Speaker": None if i % 20 == 9 else f"P{(i - (i + 10) // 20) % people_count + 1}" + (f"; P{(i * 7) % people_count + 1}" if i % 40 == 1 and people_count > 1 else ""),
            "Institution": f"I{i % institution_count + 1}" if i % 20 == 9 else None,
            "Stance": STANCES[rng.choice([0, 0, 1, 1, 2, 3])][0],
            "Summary": summary, "Short Form": sentence(rng, 50, min(95, len(summary) - 30)) if i % 2 == 0 else None,
            "Quote": sentence(rng, 40, 200) if i % 4 == 0 else None,
            "Sources": "; ".join(f"S{s}" + (f" p. {rng.randint(1, 40)}" if s % 2 else (" paras. 6–7" if s % 3 == 0 else "")) for s in cited),
            "Tags": rng.choice(["corridor", "corridor; humanitarian", "negotiations", "sanctions; negotiations", None]),
            "Key": "yes" if i * 6 // claims != (i + 1) * 6 // claims else None, "Status": "draft" if i % 50 == 11 else "verified",
            "Notes": sentence(rng, 60, 160) if i % 40 == 17 else None,
            "Correction": sentence(rng, 40, 100) if i % 100 == 23 else None})
    for i in range(event_count):
        y, m, d = day(rng)
        dossier.events.append({
            "ID": f"E{i + 1}", "Date": f"{y}-{m:02}-{d:02}" if i % 5 else f"{y}-{m:02}-{d:02}/{y}-{m:02}-{min(d + 3, 28):02}",
            "Title": sentence(rng, 20, 60)[:-1], "Description": sentence(rng, 60, 200) if i % 2 else None,
            "Sources": f"S{i % source_count + 1}"})
    return dossier
