"""The user's configuration: config.toml in the user config directory.

    config = load()               # never raises: problems are listed, defaults used
    config.problems               # ["config.toml line 4: dates.order must be one of MDY, DMY, YMD; using MDY"]

A bad value costs only that value; a file TOML cannot read costs the file.  Either
way the app opens.  What the reader does with keys and themes is checked by the
reader (it knows its bindings and themes); this module checks shapes.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Literal

from .daterange import DateOrder

__all__ = ["Config", "load", "config_path", "DEFAULT_CONFIG", "COLUMNS", "line_of"]

RelativeTo = Literal["today", "newest"]
COLUMNS = ("read", "star", "date", "outlet", "title")
_ORDERS = ("MDY", "DMY", "YMD")

DEFAULT_CONFIG = '''\
# newsdesk configuration.  Every setting is optional: delete a line to get the default.
# A mistake here is reported when newsdesk starts, and the default is used instead.

[corpus]
# Folders and files opened when newsdesk is started without paths (default: the bundled
# sample articles).  "~" is your home folder.
# paths = ["~/news", "~/feeds/world.jsonl.gz"]

[dates]
# How to read an ambiguous date such as 03/04/2025 in queries and the date filter:
# "MDY" (03/04/2025 is 4 March), "DMY" (3 April) or "YMD".
order = "MDY"
# What "last two weeks" and "this month" count from: "today", or "newest" (the newest
# article in the corpus: the right choice for an archive).
relative_to = "today"

[reader]
# A Textual theme: textual-dark, textual-light, nord, gruvbox, dracula, tokyo-night,
# monokai, solarized-light, catppuccin-mocha, ...  (ctrl+p, "theme", lists them; a
# theme chosen there is remembered until you change this line.)
theme = "textual-dark"
# The article list's columns, in this order; "title" is always shown.
columns = ["read", "star", "date", "outlet", "title"]

[keys]
# Remap any key by its binding id (press ? in the reader to see ids and keys).
# Several keys are separated by commas.
# "app.search" = "slash,ctrl+f"
# "app.export" = "ctrl+e"
'''


def config_path() -> Path:
    """config.toml in the user config directory (platformdirs)."""
    from platformdirs import user_config_dir

    return Path(user_config_dir("newsdesk")) / "config.toml"


@dataclass
class Config:
    """Settings with their defaults; `problems` says what in the file was not used."""

    paths: list[str] = field(default_factory=list)
    date_order: DateOrder = "MDY"
    relative_to: RelativeTo = "today"
    theme: str | None = None  # None: the reader's default
    columns: tuple[str, ...] = COLUMNS
    keys: dict[str, str] = field(default_factory=dict)
    path: Path | None = None
    text: str = ""
    problems: list[str] = field(default_factory=list)

    def counts_from(self, given: date | None, newest: Callable[[], date | None]) -> date | None:
        """What relative dates count from: the day given (--today), else the newest
        article when `relative_to` says so, else the clock (None)."""
        if given is None and self.relative_to == "newest":
            return newest()
        return given

    def problem(self, section: str, key: str | None, message: str) -> None:
        """Record a problem with `section.key` (or the section itself), naming its line."""
        line = line_of(self.text, section, key)
        where = f"{self.path.name if self.path else 'config'}" + (f" line {line}" if line else "")
        self.problems.append(f"{where}: {section}.{key} {message}" if key else f"{where}: {message}")


def load(path: Path | None = None) -> Config:
    """The configuration at `path` (default: config_path()); a missing file is the defaults."""
    path = path or config_path()
    config = Config(path=path)
    try:
        config.text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return config
    except (OSError, UnicodeDecodeError) as exc:
        config.problems.append(f"cannot read {path}: {getattr(exc, 'strerror', None) or exc}; using the defaults")
        return config
    try:
        data = tomllib.loads(config.text)
    except tomllib.TOMLDecodeError as exc:
        config.problems.append(f"{path.name}: {exc}; using the defaults")
        return config
    _read(config, data)
    return config


def _read(config: Config, data: dict[str, Any]) -> None:
    known = {"corpus": ("paths",), "dates": ("order", "relative_to"), "reader": ("theme", "columns"),
             "keys": None}
    for section, values in data.items():
        if section not in known:
            config.problem(section, None, f"unknown section [{section}]; ignored")
            continue
        if not isinstance(values, dict):
            config.problem(section, None, f"{section} must be a table ([{section}]); ignored")
            continue
        allowed = known[section]
        for key in values:
            if allowed is not None and key not in allowed:
                config.problem(section, key, "is not a setting; ignored")
    corpus, dates, reader = data.get("corpus", {}), data.get("dates", {}), data.get("reader", {})
    if isinstance(corpus, dict) and "paths" in corpus:
        value = corpus["paths"]
        if isinstance(value, list) and all(isinstance(p, str) and p.strip() for p in value):
            config.paths = [str(Path(p).expanduser()) for p in value]
        else:
            config.problem("corpus", "paths", "must be a list of paths as strings; using the bundled seeds")
    if isinstance(dates, dict):
        order = dates.get("order", "MDY")
        if isinstance(order, str) and order.upper() in _ORDERS:
            config.date_order = order.upper()  # type: ignore[assignment]
        else:
            config.problem("dates", "order", f"must be one of {', '.join(_ORDERS)} (not {order!r}); using MDY")
        relative = dates.get("relative_to", "today")
        if relative in ("today", "newest"):
            config.relative_to = relative
        else:
            config.problem("dates", "relative_to", f"must be \"today\" or \"newest\" (not {relative!r}); using today")
    if isinstance(reader, dict):
        theme = reader.get("theme")
        if theme is None or isinstance(theme, str) and theme.strip():
            config.theme = theme.strip() if theme else None
        else:
            config.problem("reader", "theme", "must be a theme name; using the default theme")
        columns = reader.get("columns")
        if columns is not None:
            if isinstance(columns, list) and columns and all(c in COLUMNS for c in columns) \
                    and len(set(columns)) == len(columns):
                config.columns = tuple(columns) if "title" in columns else (*columns, "title")
            else:
                config.problem("reader", "columns", f"must be a list of distinct names from {', '.join(COLUMNS)}; "
                                                    "using all of them")
    keys = data.get("keys", {})
    if isinstance(keys, dict):
        for binding, value in keys.items():
            if isinstance(value, str) and value.strip() and all(part.strip() for part in value.split(",")):
                config.keys[binding] = ",".join(part.strip() for part in value.split(","))
            else:
                config.problem("keys", binding, "must be a key name or keys separated by commas; ignored")


def line_of(text: str, section: str, key: str | None) -> int | None:
    """The line (1-based) where `key` is set in `[section]` (or the section header)."""
    current = ""
    header = re.compile(r"\s*\[\s*([^\]]+?)\s*\]\s*(?:#.*)?$")
    for number, line in enumerate(text.splitlines(), 1):
        found = header.match(line)
        if found:
            current = found.group(1).strip().strip('"')
            if key is None and current == section:
                return number
            continue
        if current != section or not key:
            continue
        assigned = re.match(r"\s*(\"[^\"]*\"|'[^']*'|[A-Za-z0-9_.-]+)\s*=", line)
        if assigned and assigned.group(1).strip("\"'") == key:
            return number
    return None
