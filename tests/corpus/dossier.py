"""A small dossier with no error and no warning; each corpus entry changes one thing in it."""

from xlsx import Sheet

HEADERS = {
    "Brief": ["Field", "Value"],
    "Claims": ["ID", "Date", "Speaker", "Institution", "Stance", "Summary", "Quote", "Sources", "Locator", "Tags", "Status"],
    "People": ["ID", "Name", "Role", "Institution", "Country"],
    "Institutions": ["ID", "Name", "Short Name", "Type", "Country", "Parent", "URL"],
    "Sources": ["ID", "Type", "Authors", "Title", "Container", "Date", "URL", "Accessed"],
    "Events": ["ID", "Date", "Title", "Description", "Sources"],
    "Stances": ["Key", "Label", "Description", "Color", "Order"],
}

ROWS = {
    "Brief": [["Title", "Statements on the canal project"], ["Language", "en"]],
    "Claims": [
        ["C1", "2023-10-05", "P1", None, "support", "The minister backed the canal.", "We will build it.", "S1", "p. 2", "canal", "verified"],
        ["C2", "2023-11", "P2", None, "oppose", "The mayor opposed the canal.", None, "S2; S3", None, "canal; water", "verified"],
        ["C3", "2024", None, "I2", "oppose", "The agency warned about costs.", None, "S3", "para. 4", None, "verified"],
    ],
    "People": [
        ["P1", "Jana Novak", "Minister", "I1", "Exampleland"],
        ["P2", "Tomas Berg", "Mayor", "I3", "Exampleland"],
    ],
    "Institutions": [
        ["I1", "Ministry of Transport", "MoT", "government", "Exampleland", None, "https://example.org/mot"],
        ["I2", "Canal Agency", "CA", "government", "Exampleland", "I1", None],
        ["I3", "City of Portville", None, "other", "Exampleland", None, "https://example.org/city"],
    ],
    "Sources": [
        ["S1", "press-briefing", "Ministry of Transport", "Briefing on the canal", None, "2023-10-05", "https://example.org/briefing", None],
        ["S2", "news", "Lind, Eva", "Mayor says no", "Portville Post", "2023-11-02", "http://example.org/post", None],
        ["S3", "web", None, "Canal costs", "Canal Agency website", None, "https://example.org/costs", "2024-01-15"],
    ],
    "Events": [["E1", "2023-09", "Canal plan announced", None, "S1"]],
    "Stances": [["support", "Supports", "In favour", "#1B9E77", 1], ["oppose", "Opposes", "Against", "#D95F02", 2]],
}


def rows(name):
    """A fresh copy of a sheet's rows, header first, for an entry to change."""
    return [list(HEADERS[name])] + [list(r) for r in ROWS[name]]


def sheets(changes=None, without=()):
    """The dossier's sheets in tab order; `changes` maps a sheet name to a function that edits its Sheet."""
    result = []
    for name in HEADERS:
        if name in without:
            continue
        sheet = Sheet(name, rows(name))
        if changes and name in changes:
            changes[name](sheet)
        result.append(sheet)
    return result


def column(name, header):
    """The 1-based column of a header on a sheet."""
    return HEADERS[name].index(header) + 1
