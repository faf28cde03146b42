"""Where the tagger's data files live, in the package beside the code."""

from __future__ import annotations

from pathlib import Path

__all__ = ["MODEL", "VOCABULARY"]

MODEL = Path(__file__).with_name("ner.crfsuite")  # the CRF (train.py writes it)
VOCABULARY = Path(__file__).with_name("lowercase.txt")  # words the training text writes in lower case
