"""Reading corpus files into raw articles, one small module per format (registry.py
lists them and reads a file whatever its format; importing this package loads none
of them: the reader starts without them, and a worker loads them when it reads).

    common.py     the file, what reading gives, text from markup
    exports.py    text: one article, or a Nexis / Factiva export split (nexis.py, factiva.py)
    records.py    JSON and JSON Lines records     table.py    CSV and TSV
    pages.py      saved web pages and archives    feeds.py    RSS and Atom files
    documents.py  DOCX and RTF exports            ris.py      RIS references
    newsboat.py   newsboat's cache.db
"""
