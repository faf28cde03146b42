"""Who published an article: from the record's source field, or signals in the text.

A feed URL becomes the outlet's name ("http://rss.cnn.com/rss/edition.rss" -> "CNN").
Without a field, the text is read for an agency dateline ("WASHINGTON (AP) —"),
an organisational byline ("BY ASSOCIATED PRESS"), or a sign-off naming the outlet
("Follow The Post's live coverage", "© 2025 Reuters").
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

__all__ = ["outlet_name", "outlet_from_text", "agency_signoff", "AGENCIES"]

# Registrable domains of well-known outlets and the names readers know them by.
KNOWN_DOMAINS = {
    "abcnews.go.com": "ABC News", "abcnews.com": "ABC News", "aljazeera.com": "Al Jazeera",
    "allafrica.com": "AllAfrica", "apnews.com": "Associated Press", "arabnews.com": "Arab News",
    "batimes.com.ar": "Buenos Aires Times", "bbc.co.uk": "BBC News", "bbci.co.uk": "BBC News",
    "bbc.com": "BBC News", "bloomberg.com": "Bloomberg", "cbc.ca": "CBC News",
    "channelnewsasia.com": "CNA", "cnbc.com": "CNBC", "cnn.com": "CNN",
    "dailymail.co.uk": "Daily Mail", "dailywire.com": "The Daily Wire", "dj.com": "The Wall Street Journal",
    "wsj.com": "The Wall Street Journal", "euronews.com": "Euronews", "foxnews.com": "Fox News",
    "ft.com": "Financial Times", "indiatimes.com": "The Times of India", "japantoday.com": "Japan Today",
    "lemonde.fr": "Le Monde", "msn.com": "MSN", "nbcnews.com": "NBC News", "newsweek.com": "Newsweek",
    "npr.org": "NPR", "nytimes.com": "The New York Times", "nypost.com": "New York Post",
    "politico.com": "Politico", "politico.eu": "Politico Europe", "reuters.com": "Reuters", "rt.com": "RT",
    "scmp.com": "South China Morning Post", "skynews.com": "Sky News", "skynews.com.au": "Sky News Australia",
    "telegraph.co.uk": "The Telegraph", "theepochtimes.com": "The Epoch Times",
    "theguardian.com": "The Guardian", "thehill.com": "The Hill", "theintercept.com": "The Intercept",
    "themoscowtimes.com": "The Moscow Times", "time.com": "Time", "washingtonpost.com": "The Washington Post",
    "afp.com": "AFP", "axios.com": "Axios", "usatoday.com": "USA Today", "kyivindependent.com": "Kyiv Independent",
}
AGENCIES = {
    "AP": "Associated Press", "ASSOCIATED PRESS": "Associated Press", "THE ASSOCIATED PRESS": "Associated Press",
    "REUTERS": "Reuters", "AFP": "AFP", "AGENCE FRANCE-PRESSE": "AFP", "UPI": "UPI", "CNN": "CNN",
    "BLOOMBERG": "Bloomberg", "DPA": "dpa", "ANSA": "ANSA", "EFE": "EFE", "TASS": "TASS", "XINHUA": "Xinhua",
    "PA": "PA Media", "CP": "The Canadian Press", "AAP": "AAP", "KYODO": "Kyodo News", "YONHAP": "Yonhap",
    "PTI": "PTI", "IANS": "IANS", "ANP": "ANP", "APA": "APA", "BELGA": "Belga", "JIJI": "Jiji Press",
}
_SECOND_LEVEL = {"co", "com", "org", "net", "gov", "ac", "go", "ne", "or"}
_DATELINE = re.compile(r"^\s*[A-Z][A-Za-z0-9 .,'’-]{1,40}\((?P<agency>[A-Za-z]{2,12})\)\s*[—–-]", re.MULTILINE)
# "BERLIN, March 3 (dpa) -" is above; "BERLIN, March 3 - dpa -" and a last line "Reuter" are these.
_DASH_AGENCY = re.compile(r"^\s*[A-Z][A-Za-z0-9 .,'’-]{1,40}[—–-]\s*(?P<agency>[A-Za-z]{2,12})\s*[—–-]", re.MULTILINE)
_BYLINE = re.compile(r"^\s*by\s+(?P<who>(?:the\s+)?[A-Z][A-Za-z .&'-]{1,40}?)\s*$", re.MULTILINE | re.IGNORECASE)
_SIGNOFF = re.compile(
    r"(?:^|\n)\s*(?:[Ff]ollow|[Rr]ead)\s+(?P<outlet>The\s+[A-Z][\w&]*(?:\s+[A-Z][\w&]*){0,3})[’']s?\s+"
    r"(?:live\s+|full\s+|latest\s+)?(?:coverage|reporting|updates)",
)
_COPYRIGHT = re.compile(
    r"^[ \t]*(?:©|\([cC]\)|[Cc]opyright(?: ©)?)[ \t]*(?:\d{4}[ \t]+)?"
    r"(?P<outlet>(?:[Tt]he[ \t]+)?[A-Z][\w&.-]*(?:[ \t]+[A-Z][\w&.-]*){0,3})[ \t.,]*(?:All rights reserved\.?)?[ \t]*$",
    re.MULTILINE)


def outlet_name(source: str) -> str:
    """A readable outlet name for a record's source field (a name, domain or feed URL)."""
    value = source.strip()
    host = _host(value)
    if host is None:
        return value
    parts = host.split(".")
    for i in range(len(parts) - 1):
        candidate = ".".join(parts[i:])
        if candidate in KNOWN_DOMAINS:
            return KNOWN_DOMAINS[candidate]
    return _name_from_host(parts)


def _host(value: str) -> str | None:
    if " " in value:
        return None
    if "://" in value:
        host = urlsplit(value).hostname
    elif re.fullmatch(r"[\w-]+(\.[\w-]+)+(/.*)?", value):
        host = value.split("/", 1)[0]
    else:
        return None
    return host.lower() if host else None


def _name_from_host(parts: list[str]) -> str:
    labels = [p for p in parts if p not in ("www", "rss", "feeds", "feed", "m", "amp", "news")] or parts
    if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL:
        label = labels[-3]
    elif len(labels) >= 2:
        label = labels[-2]
    else:
        label = labels[0]
    return label.replace("-", " ").title()


def agency_signoff(line: str) -> str | None:
    """The agency a last line signs off for ("Reuters", "AP", "dpa", or the singular form wire
    copy has long used), or None."""
    name = line.strip(" .-–—()").upper()
    if len(line) > 30 or not name:
        return None
    return AGENCIES.get(name) or AGENCIES.get(name + "S")  # wire copy signs off in the singular too


def outlet_from_text(text: str) -> str | None:
    """The outlet named by signals in the text, or None."""
    head = text[:3000]
    match = _DATELINE.search(head)
    if match and match.group("agency").upper() in AGENCIES:
        return AGENCIES[match.group("agency").upper()]
    for match in _BYLINE.finditer(head):
        who = " ".join(match.group("who").split()).upper()
        if who in AGENCIES:
            return AGENCIES[who]
    match = _DASH_AGENCY.search(head)
    if match and match.group("agency").upper() in AGENCIES:
        return AGENCIES[match.group("agency").upper()]
    tail = text[-3000:]
    signoff = agency_signoff(tail.strip().rsplit("\n", 1)[-1])
    if signoff:
        return signoff
    match = _SIGNOFF.search(text)
    if match:
        return " ".join(match.group("outlet").split())
    match = _COPYRIGHT.search(tail)
    if match:
        name = " ".join(match.group("outlet").split()).rstrip(".")
        return AGENCIES.get(name.upper(), name)
    return None
