"""Where things live: the bundled seeds and the per-corpus index directories."""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Sequence
from pathlib import Path

__all__ = ["seeds_dir", "index_dir_for", "corpus_paths", "overrides_path", "INDEX_DIR_ENV"]

INDEX_DIR_ENV = "NEWSDESK_INDEX_DIR"


def seeds_dir() -> Path:
    """The five sample articles: inside the installed package, or in a checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "_seeds", here.parent / "seeds"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("the bundled seed articles are missing from this installation")


def index_dir_for(paths: Sequence[str | os.PathLike[str]], override: str | os.PathLike[str] | None = None) -> Path:
    """The index directory of a corpus: `override`, else $NEWSDESK_INDEX_DIR, else a
    folder in the user cache directory keyed by the corpus paths."""
    if override:
        return Path(override).expanduser()
    if os.environ.get(INDEX_DIR_ENV):
        return Path(os.environ[INDEX_DIR_ENV]).expanduser()
    from platformdirs import user_cache_dir

    resolved = corpus_paths(paths)
    key = hashlib.sha1("\n".join(resolved).encode()).hexdigest()[:12]
    names = "+".join(Path(p).name for p in resolved)[:40]
    label = re.sub(r"[^\w.+-]", "_", names) or "corpus"
    return Path(user_cache_dir("newsdesk")) / "indexes" / f"{label}-{key}"


def corpus_paths(paths: Sequence[str | os.PathLike[str]]) -> list[str]:
    """A corpus's paths as its index knows them: absolute, in order."""
    return sorted(str(Path(p).expanduser().absolute()) for p in paths)


def overrides_path() -> Path:
    """actors.toml in the user config directory: the user's actor corrections."""
    from platformdirs import user_config_dir

    return Path(user_config_dir("newsdesk")) / "actors.toml"
