"""Each format newsdesk reads, from fixtures written here in the real layouts (texts of
our own), including the awkward parts real files have: byte-order marks and CRLF,
non-breaking spaces after labels, several articles per export, translated labels
and separators, metadata after the body, quoted newlines, summaries only."""

from __future__ import annotations

import gzip
import io
import json
import os
import sqlite3
import time
import zipfile
from pathlib import Path

import pytest

from search.corpus import find_files, read_file
from search.metadata import build_article
from search.readers.common import text_of_html

NBSP = "\u00a0"
STRIKE = ("Dock workers at the port of Harwick returned to work on Tuesday after union leaders accepted a pay "
          "offer that ends a three-week strike which had left container ships queuing offshore.")
DEAL = ("The deal gives workers a rise of 7 percent this year and a further 4 percent next year, the union said "
        "in a statement. Shipping lines said it would take days to clear the backlog.")
FLOOD = ("Rivers burst their banks across the north of the region overnight, and rescue teams moved hundreds "
         "of residents from low-lying streets to schools and sports halls.")


def _read(path: Path):  # type: ignore[no-untyped-def]
    files, problems = find_files([path])
    assert not problems
    return read_file(files[0])


def _write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return path


PAGE = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Port strike ends after pay deal | The Harwick Courier</title>
<meta property="og:site_name" content="The Harwick Courier">
<meta property="og:title" content="Port strike ends after pay deal">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2024-03-05T08:30:00Z">
<link rel="canonical" href="https://courier.example/news/port-strike-ends">
<script>window.dataLayer = [];</script></head><body>
<div id="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></nav>
<!-- ad slot: leaderboard -->
<article><h1>Port strike ends after pay deal</h1>
<p>{STRIKE}</p><p>{DEAL}</p>
<p>"This is a fair settlement," said the union's regional secretary, Tom Baker, on the quay in 2019 terms.</p>
</article>
<section class="comments"><p>Great news, finally! - posted by dockfan</p></section>
<footer>© 2024 The Harwick Courier. Subscribe to our newsletter.</footer>
</body></html>"""


def test_a_saved_page_is_its_article_without_the_page_around_it(tmp_path: Path) -> None:
    read = _read(_write(tmp_path / "pages" / "strike.html", PAGE))
    [page] = read.articles
    assert page.title == "Port strike ends after pay deal"
    assert STRIKE in page.text and DEAL in page.text
    for furniture in ("cookies", "Home", "Subscribe", "dockfan", "dataLayer"):
        assert furniture not in page.text
    assert page.outlet == "The Harwick Courier" and page.authors == ("Jane Doe",)
    assert page.url == "https://courier.example/news/port-strike-ends"
    assert page.date == "2024-03-05"
    article, _ = build_article(page)
    assert article.published is not None and article.published.date().isoformat() == "2024-03-05"


def test_a_page_date_later_than_the_file_is_not_believed(tmp_path: Path) -> None:
    path = _write(tmp_path / "strike.htm", PAGE)
    saved = time.mktime((2024, 3, 1, 12, 0, 0, 0, 0, -1))
    os.utime(path, (saved, saved))
    read = _read(path)
    assert read.articles[0].date is None
    assert any("after the file was saved" in s.reason for s in read.skipped)


def test_a_page_without_date_metadata_gets_no_date_from_its_text(tmp_path: Path) -> None:
    undated = PAGE.replace('<meta property="article:published_time" content="2024-03-05T08:30:00Z">', "")
    undated = undated.replace("on Tuesday", "on Tuesday 9 January 2023")
    read = _read(_write(tmp_path / "undated.html", undated))
    assert read.articles[0].date is None  # the date of an event in the story is not the page's


def test_a_web_archive_is_read_as_its_page(tmp_path: Path) -> None:
    archive = ("From: <Saved by Blink>\r\nSnapshot-Content-Location: https://courier.example/news/port-strike-ends\r\n"
               "Subject: Port strike ends\r\nMIME-Version: 1.0\r\n"
               'Content-Type: multipart/related; type="text/html"; boundary="----MultipartBoundary--x"\r\n\r\n'
               "------MultipartBoundary--x\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n"
               "Content-Location: https://courier.example/news/port-strike-ends\r\n\r\n"
               + PAGE.replace("=", "=3D").replace("\n", "\r\n") + "\r\n------MultipartBoundary--x--\r\n")
    [page] = _read(_write(tmp_path / "strike.mhtml", archive)).articles
    assert page.title == "Port strike ends after pay deal" and STRIKE in " ".join(page.text.split())


def test_a_broken_page_is_skipped_with_a_reason(tmp_path: Path) -> None:
    for name, page in (("navigation.html", "<html><body><nav>Home</nav></body></html>"),
                       ("truncated.html", PAGE[:PAGE.index("<body>") + 40])):
        read = _read(_write(tmp_path / name, page))
        assert read.articles == [] and "no article text" in read.skipped[0].reason


ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Harwick Courier: Business</title>
<entry><title>Port strike ends after pay deal</title><link href="https://courier.example/a1"/>
<id>tag:courier.example,2024:a1</id><updated>2024-03-05T08:30:00Z</updated>
<author><name>Jane Doe</name></author><summary type="html">&lt;p&gt;{STRIKE}&lt;/p&gt;&lt;p&gt;More inside.&lt;/p&gt;</summary></entry>
<entry><title>Floods close roads</title><link href="https://courier.example/a2"/><id>tag:courier.example,2024:a2</id>
<updated>2024-03-06T07:00:00+01:00</updated><summary>{FLOOD}</summary></entry>
</feed>"""


def test_an_atom_feed_with_summaries_only(tmp_path: Path) -> None:
    read = _read(_write(tmp_path / "business.atom", ATOM))
    first, second = read.articles
    assert first.title == "Port strike ends after pay deal" and first.text == f"{STRIKE}\n\nMore inside."
    assert first.outlet == "Harwick Courier: Business" and first.url == "https://courier.example/a1"
    assert first.authors == ("Jane Doe",) and first.date == "2024-03-05T08:30:00Z"
    assert second.date == "2024-03-06T06:00:00Z"  # in UTC
    assert first.id != second.id and first.id.startswith("business#")


def test_rss_in_latin1_without_a_declaration_and_with_a_translated_date(tmp_path: Path) -> None:
    rss = ("<rss version=\"2.0\"><channel><title>Kurier Wirtschaft</title>"
           "<item><title>Hafenstreik beendet</title><link>https://kurier.example/1</link>"
           "<pubDate>Mittwoch, 31. August 2011</pubDate>"
           "<description>&lt;b&gt;Die Hafenarbeiter&lt;/b&gt; kehren zurück an die Arbeit.</description></item>"
           "</channel></rss>").encode("latin-1")
    [item] = _read(_write(tmp_path / "kurier.xml", rss)).articles
    assert item.title == "Hafenstreik beendet" and item.text == "Die Hafenarbeiter kehren zurück an die Arbeit."
    article, problems = build_article(item)
    assert article.published is not None and article.published.date().isoformat() == "2011-08-31", problems


def test_headline_only_rss_1_items(tmp_path: Path) -> None:
    rdf = """<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
    <channel rdf:about="https://wire.example/"><title>Wire</title></channel>
    <item rdf:about="https://wire.example/1"><title>Port strike ends after pay deal</title>
    <link>https://wire.example/1</link><dc:date>2024-03-05</dc:date></item>
    <item rdf:about="https://wire.example/2"><title>Floods close roads in the north</title>
    <link>https://wire.example/2</link></item></rdf:RDF>"""
    read = _read(_write(tmp_path / "wire.rdf", rdf))
    assert [a.title for a in read.articles] == ["Port strike ends after pay deal", "Floods close roads in the north"]
    assert all(a.text == "" for a in read.articles) and read.articles[0].outlet == "Wire"


def test_malformed_feeds_and_an_entity_bomb_are_skipped_not_fatal(tmp_path: Path) -> None:
    broken = _read(_write(tmp_path / "broken.rss", "<rss><channel><title>x</title><item><title>unclosed"))
    assert all("feed" in s.reason for s in broken.skipped) or broken.articles
    bomb = ('<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa">'
            + "".join(f'<!ENTITY {chr(98 + n)} "{("&" + chr(97 + n) + ";") * 10}">' for n in range(8))
            + ']><rss version="2.0"><channel><title>t</title><item><title>&i;</title></item></channel></rss>')
    started = time.monotonic()
    read = _read(_write(tmp_path / "bomb.rss", bomb))
    assert time.monotonic() - started < 30
    assert sum(len(a.title or "") + len(a.text) for a in read.articles) < 10_000_000


def test_a_subscription_list_is_reported_not_read_as_articles(tmp_path: Path) -> None:
    opml = ('<?xml version="1.0"?><opml version="2.0"><body><outline text="Courier" type="rss" '
            'xmlUrl="https://courier.example/feed"/></body></opml>')
    read = _read(_write(tmp_path / "subscriptions.opml", opml))
    assert read.articles == [] and "OPML" in read.skipped[0].reason


def _nexis_uni(documents: list[tuple[str, str, str, str, str]], labels: dict[str, str] | None = None,
               end: str = "End of Document") -> str:
    names = {"section": "Section", "length": "Length", "byline": "Byline", "load": "Load-Date", "body": "Body"}
    names.update(labels or {})
    cover = ("User Name: =Researcher\nDate and Time: Tuesday, December 1, 2026 9:14:00 AM EST\nJob Number: 123456\n\n"
             f"Documents ({len(documents)})\n\n"
             + "".join(f"{n}. {title}\n  Client/Matter: -None-\n" for n, (title, *_rest) in enumerate(documents, 1))
             + "  Search Terms: harwick AND (strike OR flood) AND date(geq(1/1/2015))\n  Search Type: Terms and Connectors\n"
             "  Narrowed by: Content Type News\n\n")
    parts = []
    for title, outlet, date_line, byline, body in documents:
        parts.append(f"{title}\n\n{outlet}\n{date_line}\n\nCopyright 2024 {outlet} All Rights Reserved\n\n"
                     f"{names['section']}:{NBSP}BUSINESS; Pg. 4\n{names['length']}:{NBSP}412 words\n"
                     f"{names['byline']}:{NBSP}{byline}\n\n{names['body']}\n\n{body}\n\n"
                     f"{names['load']}:{NBSP}March 7, 2024\n\n\n{end}\n\n")
    return cover + "".join(parts)


NEXIS_DOCS = [
    ("Port strike ends after pay deal", "The Harwick Courier", "March 5, 2024 Tuesday", "Jane Doe",
     f"{STRIKE}\n\n{DEAL}"),
    ("Floods close roads in the north", "Northern Post (England)", "March 6, 2024 Wednesday 6:12 AM GMT",
     "Sam Reed and Ana Cruz", FLOOD),
    ("Union thanks members", "The Harwick Courier", "March 7, 2024 Thursday", "Staff", DEAL),
]


def test_a_nexis_uni_export_is_split_into_its_articles(tmp_path: Path) -> None:
    text = _nexis_uni(NEXIS_DOCS)
    read = _read(_write(tmp_path / "export.txt", "\ufeff" + text.replace("\n", "\r\n")))
    assert [a.title for a in read.articles] == [d[0] for d in NEXIS_DOCS]
    strike, flood, _ = read.articles
    assert strike.outlet == "The Harwick Courier" and strike.date == "March 5, 2024 Tuesday"
    assert strike.authors == ("Jane Doe",) and flood.authors == ("Sam Reed", "Ana Cruz")
    assert STRIKE in strike.text and DEAL in strike.text
    for furniture in ("Load-Date", "Section", "Copyright", "End of Document", "Search Terms"):
        assert furniture not in strike.text
    article, _ = build_article(flood)
    assert article.published is not None and article.published.date().isoformat() == "2024-03-06"
    assert [a.id for a in read.articles] == ["export#1", "export#2", "export#3"]


def test_a_nexis_export_with_a_long_cover_page(tmp_path: Path) -> None:
    # The cover lists every document: with hundreds, the first article starts far down.
    many = [(f"Story number {n}", "The Harwick Courier", f"March {1 + n % 28}, 2024", "Jane Doe", f"{STRIKE} ({n})")
            for n in range(450)]
    read = _read(_write(tmp_path / "big.txt", _nexis_uni(many)))
    assert len(read.articles) == 450 and read.articles[-1].title == "Story number 449"


def test_a_nexis_export_reads_the_same_reshaped_and_translated(tmp_path: Path) -> None:
    plain = _read(_write(tmp_path / "a" / "export.txt", _nexis_uni(NEXIS_DOCS))).articles
    german = _nexis_uni([(t, o, d, b, body) for t, o, d, b, body in NEXIS_DOCS],
                        {"section": "Rubrik", "length": "Länge", "byline": "Autor", "load": "Ladedatum", "body": "Text"},
                        end="Ende des Dokuments")
    translated = _read(_write(tmp_path / "b" / "export.txt", german)).articles
    assert [(a.title, a.outlet, a.date, a.authors) for a in translated] == \
        [(a.title, a.outlet, a.date, a.authors) for a in plain]
    assert [" ".join(a.text.split()) for a in translated] == [" ".join(a.text.split()) for a in plain]


def test_the_older_lexisnexis_layout(tmp_path: Path) -> None:
    docs = []
    for n, (title, outlet, date_line, byline, body) in enumerate(NEXIS_DOCS[:2], start=1):
        docs.append(f"                               {n} of 2 DOCUMENTS\n\n\n"
                    f"                              {outlet}\n\n                            {date_line}\n"
                    f"                              Late Edition - Final\n\n{title}\n\n"
                    f"BYLINE: By {byline}\n\nSECTION: Section B; Page 4\n\nLENGTH: 412 words\n\n{body}\n\n"
                    f"URL: https://courier.example/{n}\n\nLOAD-DATE: March 8, 2024\n\nLANGUAGE: ENGLISH\n\n"
                    f"PUBLICATION-TYPE: Newspaper\n\n                  Copyright 2024 {outlet}\n\n\n")
    # As real downloads have: a request page first (its dates are not an article's), an
    # edition over two lines, a count that is not the file's, a byline in capitals.
    request = ("\n\n\n\nDownload Request: Selected Items: 1-3\nTime Of Request: Friday, March 8, 2024  16:51:31\n\n"
               "Terms: (DATE(>=2024-03-01 and <=2024-03-08) and (harwick))\n\nSource: The Harwick Courier\n\n")
    third = ("                               3 of 383 DOCUMENTS\n\n\n                            THE TIMES (Harwick)\n\n"
             "                            March 7, 2024 Thursday\n                                   Edition 1;\n"
             "                                    Scotland\n\nUNION THANKS\nMEMBERS FOR PATIENCE\n\n"
             f"BYLINE: BY TOM BAKER\n\nLENGTH: 98 words\n\n\n{DEAL}\n\nLOAD-DATE: March 7, 2024\n\n"
             "GRAPHIC: Dock workers at the gates\nHARWICK COURIER / PA\n\nLANGUAGE: ENGLISH\n\n\n"
             "                    Copyright 2024 Times Newspapers Limited\n                              All Rights Reserved\n")
    read = _read(_write(tmp_path / "old.txt", request + "".join(docs) + third))
    third_read = read.articles[-1]
    assert (third_read.title, third_read.outlet, third_read.date, third_read.authors) == \
        ("UNION THANKS MEMBERS FOR PATIENCE", "THE TIMES (Harwick)", "March 7, 2024 Thursday", ("TOM BAKER",))
    assert third_read.text.strip() == DEAL
    read.articles.pop()
    assert [(a.title, a.outlet, a.date) for a in read.articles] == \
        [(t, o, d) for t, o, d, _b, _body in NEXIS_DOCS[:2]]
    assert read.articles[0].authors == ("Jane Doe",)
    assert "LOAD-DATE" not in read.articles[0].text and "Copyright" not in read.articles[0].text
    assert STRIKE in " ".join(read.articles[0].text.split())


FACTIVA_TAGGED = f"""HD Port strike ends after pay deal
BY Jane Doe
WC 412 words
PD 5 March 2024
SN The Harwick Courier
SC HWC
LA English
CY Copyright 2024 The Harwick Courier
LP {STRIKE}
TD {DEAL}
CO hwcprt : Harwick Port Authority
AN Document HWC0000020240305ek3500001

HD Hochwasser sperrt Straßen
WC 120 Wörter
PD 6. März 2024
SN Nordkurier
LA Deutsch
LP Flüsse traten über die Ufer.
TD Hunderte Bewohner wurden in Schulen gebracht.
AN Dokument NORDK00020240306ek3600002
"""


def test_a_factiva_export_with_field_tags_and_a_german_document_line(tmp_path: Path) -> None:
    read = _read(_write(tmp_path / "factiva.txt", FACTIVA_TAGGED))
    strike, flood = read.articles
    assert strike.title == "Port strike ends after pay deal" and strike.outlet == "The Harwick Courier"
    assert strike.date == "5 March 2024" and strike.authors == ("Jane Doe",)
    assert STRIKE in strike.text and DEAL in strike.text and "Harwick Port Authority" not in strike.text
    assert strike.id == "factiva#HWC0000020240305ek3500001"
    assert flood.title == "Hochwasser sperrt Straßen" and flood.id.endswith("#NORDK00020240306ek3600002")
    article, _ = build_article(flood)
    assert article.published is not None and article.published.date().isoformat() == "2024-03-06"


def test_a_factiva_export_without_tags_in_shifting_order(tmp_path: Path) -> None:
    text = (f"Port strike ends after pay deal\nBy Jane Doe\n412 words\n5 March 2024\n10:30 GMT\n"
            f"The Harwick Courier\nHWC\nEnglish\nCopyright 2024 The Harwick Courier\n\n{STRIKE}\n\n{DEAL}\n\n"
            "Document HWC0000020240305ek3500001\n\n"
            f"Floods close roads in the north\n98 words\nNorthern Post\n6 March 2024\nEnglish\n"
            f"(c) 2024 Northern Post\n\n{FLOOD}\n\nDocument NPST000020240306ek3600002\n")
    strike, flood = _read(_write(tmp_path / "factiva.txt", text)).articles
    assert (strike.title, strike.outlet, strike.date, strike.authors) == \
        ("Port strike ends after pay deal", "The Harwick Courier", "5 March 2024", ("Jane Doe",))
    assert (flood.title, flood.outlet, flood.date) == ("Floods close roads in the north", "Northern Post", "6 March 2024")
    assert flood.text.strip() == FLOOD and "Copyright" not in strike.text


def test_a_factiva_html_export_among_page_state(tmp_path: Path) -> None:
    state = "<script>var state = {" + "'k': 'v', " * 2000 + "};</script>"
    html = (f"<html><head>{state}</head><body><div class='article'><div>Port strike ends after pay deal</div>"
            "<div>412 words</div><div>5 March 2024</div><div>The Harwick Courier</div><div>HWC</div><div>English</div>"
            f"<div>Copyright 2024 The Harwick Courier</div><p>{STRIKE}</p><p>{DEAL}</p>"
            "<p>Document HWC0000020240305ek3500001</p></div></body></html>")
    [strike] = _read(_write(tmp_path / "factiva.html", html)).articles
    assert strike.title == "Port strike ends after pay deal" and strike.outlet == "The Harwick Courier"
    assert STRIKE in strike.text and "'k': 'v'" not in strike.text


def test_a_media_cloud_csv_with_a_bom_quoted_newlines_and_epoch_milliseconds(tmp_path: Path) -> None:
    body = f'"{STRIKE}\n\n{DEAL}"'
    csv = ("\ufeffid,indexed_date,language,media_name,media_url,publish_date,title,url,text\r\n"
           f"101,2024-03-05 09:00:00,en,Harwick Courier,courier.example,1709627400000,Port strike ends,"
           f"https://courier.example/a1,{body}\r\n"
           "102,2024-03-06,en,Northern Post,post.example,2024-03-06 06:12:00,Floods close roads,https://post.example/2,\r\n"
           "103,2024-03-06,en,Broken row\r\n"
           "104,2024-03-07,en,Harwick Courier,courier.example,2024-03-07,Union thanks members,https://courier.example/3,\r\n")
    read = _read(_write(tmp_path / "mediacloud.csv", csv))
    assert [a.title for a in read.articles] == ["Port strike ends", "Floods close roads", "Union thanks members"]
    strike = read.articles[0]
    assert strike.outlet == "Harwick Courier" and strike.text == f"{STRIKE}\n\n{DEAL}"
    assert strike.date is not None and strike.date.startswith("2024-03-05T08:30")
    assert strike.id == "mediacloud#101"
    assert any("row has 4 fields, the header has 9" in s.reason and s.line == 4 for s in read.skipped)


@pytest.mark.parametrize("record, outlet, url", [
    ({"title": "Port strike ends", "maintext": STRIKE, "description": "Short.", "date_publish": "2024-03-05 08:30:00",
      "source_domain": "courier.example", "url": "https://courier.example/a1", "authors": ["Jane Doe"]},
     "courier.example", "https://courier.example/a1"),
    ({"title": "Port strike ends", "text": STRIKE, "date": "2024-03-05", "author": "Jane Doe; Tom Baker",
      "hostname": "courier.example", "sitename": "The Harwick Courier", "source": "https://courier.example/a1",
      "source-hostname": "The Harwick Courier"},
     "The Harwick Courier", "https://courier.example/a1"),
    ({"type": "article-newspaper", "title": "Port strike ends", "abstract": STRIKE,
      "container-title": "The Harwick Courier", "URL": "https://courier.example/a1",
      "issued": {"date-parts": [[2024, 3, 5]]}, "author": [{"family": "Doe", "given": "Jane"}]},
     "The Harwick Courier", "https://courier.example/a1"),
])
def test_news_please_trafilatura_and_csl_json_records(tmp_path: Path, record: dict, outlet: str, url: str) -> None:
    [found] = _read(_write(tmp_path / "record.json", json.dumps(record))).articles
    assert found.title == "Port strike ends" and found.text == STRIKE
    assert found.outlet == outlet and found.url == url
    assert found.date is not None and found.date.startswith("2024-03-05")
    assert found.authors[0] == "Jane Doe"


def test_ris_news_references(tmp_path: Path) -> None:
    ris = ("TY  - NEWS\r\nTI  - Port strike ends after pay deal\r\nAU  - Doe, Jane\r\nT2  - The Harwick Courier\r\n"
           "DA  - 2024/03/05/\r\nUR  - https://courier.example/a1\r\nAB  - " + STRIKE + "\r\nER  - \r\n\r\n"
           "TY  - NEWS\r\nTI  - Floods close roads\r\nPY  - 2024\r\nER  - \r\n"
           "TY  - NEWS\r\nTI  - Unfinished\r\n")
    read = _read(_write(tmp_path / "refs.ris", ris))
    strike, floods = read.articles
    assert (strike.title, strike.outlet, strike.date, strike.authors) == \
        ("Port strike ends after pay deal", "The Harwick Courier", "2024-03-05", ("Doe, Jane",))
    assert strike.text == STRIKE and floods.date is None  # a year alone is not a day
    assert any("no closing" in s.reason for s in read.skipped)


def _docx(paragraphs: list[str]) -> bytes:
    import docx

    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_nexis_docx_export_beside_its_txt_twin_keeps_ids_apart(tmp_path: Path) -> None:
    text = _nexis_uni(NEXIS_DOCS)
    _write(tmp_path / "export.TXT", text)
    _write(tmp_path / "export.DOCX", _docx(text.split("\n")))
    files, problems = find_files([tmp_path])
    assert not problems
    reads = [read_file(f) for f in files]
    ids = [a.id for read in reads for a in read.articles]
    assert len(ids) == 6 and len(set(ids)) == 6
    by_file = {os.path.basename(read.file.path): read.articles for read in reads}
    assert [a.title for a in by_file["export.DOCX"]] == [a.title for a in by_file["export.TXT"]]


def test_a_truncated_docx_and_a_pdf_are_skipped_with_reasons(tmp_path: Path) -> None:
    whole = _docx(["Port strike ends", STRIKE])
    truncated = _read(_write(tmp_path / "cut.docx", whole[: len(whole) // 2]))
    assert truncated.articles == [] and "DOCX" in truncated.skipped[0].reason
    pdf = _read(_write(tmp_path / "paper.pdf", b"%PDF-1.7\n%binary\n"))
    assert pdf.articles == [] and "PDF" in pdf.skipped[0].reason


def test_rtf_with_unicode_escapes(tmp_path: Path) -> None:
    rtf = (r"{\rtf1\ansi\deff0{\fonttbl{\f0 Times;}}\f0 Hafenstreik in Z\u252?rich beendet\par\par "
           + STRIKE + r"\par\par " + DEAL + r"\par}")
    [found] = _read(_write(tmp_path / "archive.rtf", rtf)).articles
    assert "Hafenstreik in Zürich beendet" in found.text and STRIKE in " ".join(found.text.split())


def test_newsboats_cache(tmp_path: Path) -> None:
    path = tmp_path / "cache.db"
    db = sqlite3.connect(path)
    db.executescript("""CREATE TABLE rss_feed (rssurl VARCHAR(1024) PRIMARY KEY NOT NULL, url VARCHAR(1024),
        title VARCHAR(1024));
        CREATE TABLE rss_item (id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, guid VARCHAR(64), title VARCHAR(1024),
        author VARCHAR(1024), url VARCHAR(1024), feedurl VARCHAR(1024), pubDate INTEGER, content VARCHAR(65535),
        unread INTEGER, deleted INTEGER DEFAULT 0);""")
    db.execute("INSERT INTO rss_feed VALUES ('https://courier.example/feed', 'https://courier.example', 'Courier')")
    db.execute("INSERT INTO rss_item (guid, title, author, url, feedurl, pubDate, content) VALUES "
               "('g1', 'Port strike ends', 'Jane Doe', 'https://courier.example/a1', 'https://courier.example/feed', "
               f"1709627400, '<p>{STRIKE}</p>')")
    db.commit()
    db.close()
    [found] = _read(path).articles
    assert (found.title, found.outlet, found.authors, found.text) == ("Port strike ends", "Courier", ("Jane Doe",), STRIKE)
    assert found.date is not None and found.date.startswith("2024-03-05T08:30")
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()
    assert "not newsboat's cache" in _read(other).skipped[0].reason


def test_formats_are_told_by_content_whatever_the_name(tmp_path: Path) -> None:
    assert _read(_write(tmp_path / "page.txt", PAGE)).articles[0].title == "Port strike ends after pay deal"
    assert len(_read(_write(tmp_path / "feed.txt", ATOM)).articles) == 2
    not_a_feed = _read(_write(tmp_path / "settings.xml", "<?xml version='1.0'?><settings><a>1</a></settings>"))
    assert not_a_feed.articles == [] and "not one" in not_a_feed.skipped[0].reason


def test_a_folder_reports_what_it_cannot_read_and_passes_over_page_assets(tmp_path: Path) -> None:
    _write(tmp_path / "strike.html", PAGE)
    _write(tmp_path / "strike_files" / "frame.html", "<html><body><p>An advert in a frame.</p></body></html>")
    _write(tmp_path / "strike_files" / "style.css", "body {}")
    _write(tmp_path / "photo.jpg", b"\xff\xd8\xff")
    _write(tmp_path / "notes.pages", b"PK\x03\x04 not ours")
    _write(tmp_path / "data.gz.part", b"partial")
    files, problems = find_files([tmp_path])
    assert [os.path.basename(f.path) for f in files] == ["strike.html"]
    reported = sorted(os.path.basename(p.path) for p in problems)
    assert reported == ["data.gz.part", "notes.pages"]
    assert all("not a format newsdesk reads" in p.reason for p in problems)


def test_text_of_html_keeps_no_markup_and_no_script() -> None:
    assert text_of_html("<p>One <b>bold</b></p><script>alert(1)</script><p>Two &amp; three</p>") == \
        "One bold\n\nTwo & three"


def test_gzipped_and_zipped_things_stay_apart(tmp_path: Path) -> None:
    gz = _write(tmp_path / "items.jsonl.gz", gzip.compress(json.dumps({"title": "T", "text": "B."}).encode()))
    assert _read(gz).articles[0].title == "T"
    bad = _write(tmp_path / "bad.zip.docx", b"PK\x03\x04" + b"word/" + b"\x00" * 50)
    assert "DOCX" in _read(bad).skipped[0].reason
    assert zipfile.is_zipfile(bad) is False


def test_a_factiva_html_export_with_field_tags_in_tables(tmp_path: Path) -> None:
    # With indexing shown, a Factiva HTML export is a table per article: the tag in the
    # first cell of each row, its value in the second.
    rows = [("HD", "Port strike ends after pay deal"), ("BY", "Jane Doe"), ("WC", "412 words"),
            ("PD", "5 March 2024"), ("SN", "The Harwick Courier"), ("LA", "English"), ("LP", STRIKE), ("TD", DEAL),
            ("AN", "Document HWC0000020240305ek3500001")]
    table = "<table>" + "".join(f"<tr><td>{tag}</td><td><p>{value}</p></td></tr>" for tag, value in rows) + "</table>"
    html = f"<!DOCTYPE html><html><body><div id='page-state'></div>{table}{table.replace('HWC00', 'HWC01')}</body></html>"
    first, second = _read(_write(tmp_path / "export.htm", html)).articles
    assert (first.title, first.outlet, first.date, first.authors) == \
        ("Port strike ends after pay deal", "The Harwick Courier", "5 March 2024", ("Jane Doe",))
    assert first.text.split() == (STRIKE + " " + DEAL).split()
    assert first.id.endswith("#HWC0000020240305ek3500001") and second.id.endswith("#HWC0100020240305ek3500001")


def test_an_atom_entry_without_a_web_link_has_no_link(tmp_path: Path) -> None:
    atom = ('<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><entry><title>Port strike ends</title>'
            '<id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id><updated>2024-03-05T08:30:00Z</updated>'
            f'<summary>{STRIKE}</summary></entry></feed>')
    [entry] = _read(_write(tmp_path / "t.atom", atom)).articles
    assert entry.url is None and entry.title == "Port strike ends"


def test_a_one_document_lexisnexis_download_is_that_article_not_its_counter(tmp_path: Path) -> None:
    text = ("                               1 of 1 DOCUMENT\n\n\n                              The Harwick Courier\n\n"
            "                            March 5, 2024 Tuesday\n\nPort strike ends after pay deal\n\n"
            f"BYLINE: Jane Doe\n\nLENGTH: 412 words\n\n{STRIKE}\n\nLOAD-DATE: March 6, 2024\n\nLANGUAGE: ENGLISH\n")
    [found] = _read(_write(tmp_path / "one.txt", text)).articles
    assert (found.title, found.outlet, found.date) == \
        ("Port strike ends after pay deal", "The Harwick Courier", "March 5, 2024 Tuesday")
    assert found.text.strip() == STRIKE and "DOCUMENT" not in found.text


def test_a_records_markup_gives_its_text_and_a_tag_cut_off_at_the_end_is_left_out(tmp_path: Path) -> None:
    """Feeds that truncate a description may cut it inside a tag: '… it is being reported
    that <a href="https' ends in markup, not text.  A record whose text is HTML is read as a
    feed's description is; plain text keeps its comparisons ('x < y', 'under <5s')."""
    path = tmp_path / "items.jsonl"
    records = [{"id": "cut", "title": "Cut", "description": "The talks ended. It is being reported that <a href=\"https"},
               {"id": "html", "title": "Html", "description": "<p>First <b>bold</b> words.</p><p>Second one.</p>"},
               {"id": "plain", "title": "Plain", "description": "Costs rose where x < y, and times under <5s held."}]
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    bodies = {raw.source.record: raw.text for raw in _read(path).articles}
    assert bodies == {"cut": "The talks ended. It is being reported that",
                      "html": "First bold words.\n\nSecond one.",
                      "plain": "Costs rose where x < y, and times under <5s held."}
