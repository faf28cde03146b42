"""Shared fixtures: the seeds, the shared corpora (skipped when absent), and an
isolated cache so tests never touch the user's real index folders."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from search import Index

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SHARED = Path(os.environ.get("NEWSDESK_SHARED", ROOT.parent / "shared"))
CORPORA = SHARED / "corpora"

needs_corpora = pytest.mark.skipif(
    not CORPORA.is_dir(),
    reason=f"the shared corpora are not at {CORPORA} (they sit beside the repository in CI)",
)

SEED_DATES = {
    "000_280bedb2750b87d1": "2025-02-12",
    "001_869b093860f3ba4e": "2025-02-13",
    "002_9628709f8aff7fc1": "2025-01-31",
    "003_88b91152cc9c2647": "2025-10-16",
    "004_300d874ee8deddb0": "2025-12-03",
}


@pytest.fixture(autouse=True)
def _isolated_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))
    monkeypatch.setenv("XDG_DATA_HOME", str(cache / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(cache / "config"))
    monkeypatch.delenv("NEWSDESK_INDEX_DIR", raising=False)


@pytest.fixture(scope="module")
def seed_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    index = Index.open([SEEDS], tmp_path_factory.mktemp("seed-index"))
    index.update()
    yield index
    index.close()


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path
