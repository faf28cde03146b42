"""The user's corrections to the actor directory: which names are one actor, which never
join another, which are hidden and what some are called (actors.toml in the config folder)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["Overrides", "OverridesError"]


class OverridesError(ValueError):
    """The overrides file could not be used; the message names the problem."""


@dataclass
class Overrides:
    """The user's corrections, from actors.toml in the config directory:

        merge = [["Volodymyr Zelensky", "Zelenskyy", "Zelenskiy"]]
        split = ["Hunter Biden"]
        hide = ["Oval Office"]
        [rename]
        "Donald J Trump" = "Donald Trump"
    """

    merge: list[list[str]] = field(default_factory=list)
    split: list[str] = field(default_factory=list)
    hide: list[str] = field(default_factory=list)
    rename: dict[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path) -> Overrides:
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, UnicodeDecodeError) as exc:
            raise OverridesError(f"{path}: cannot read: {exc}") from None
        except tomllib.TOMLDecodeError as exc:
            raise OverridesError(f"{path}: {exc}") from None
        found = cls()
        for key, value in data.items():
            if key == "merge" and isinstance(value, list) and all(
                    isinstance(group, list) and all(isinstance(n, str) for n in group) for group in value):
                found.merge = value
            elif key in ("split", "hide") and isinstance(value, list) and all(isinstance(n, str) for n in value):
                setattr(found, key, value)
            elif key == "rename" and isinstance(value, dict) and all(isinstance(v, str) for v in value.values()):
                found.rename = value
            else:
                raise OverridesError(f"{path}: '{key}' is not one of merge (list of lists of names), "
                                     "split, hide (lists of names) or rename (a table of names)")
        return found
