"""Programs outside the reader: the user's editor and pager, and the web browser.

Commands are built here and run by the reader with the terminal handed over
(App.suspend); nothing goes through a shell, so a file name is only ever a name."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import webbrowser
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import urlsplit

__all__ = ["editor_command", "pager_command", "run", "web_link", "browser", "TERMINAL_BROWSER"]

_LINE_FLAG = {"vi", "vim", "nvim", "nano", "emacs", "micro", "kak", "joe", "mg", "ne"}  # accept +LINE
TERMINAL_BROWSER = "terminal"  # a browser that runs in this terminal (lynx, w3m): hand the terminal over


def _program(variables: Sequence[str], fallbacks: Sequence[str]) -> list[str] | None:
    for name in variables:
        value = os.environ.get(name, "").strip()
        if value:
            try:
                words = shlex.split(value)
            except ValueError:
                continue
            if words and shutil.which(words[0]):
                return words
    for name in fallbacks:
        if shutil.which(name):
            return [name]
    return None


def editor_command(path: str, line: int | None = None) -> list[str] | None:
    """$VISUAL or $EDITOR (else nano or vi) on `path`, at `line` when the editor takes +LINE."""
    words = _program(("VISUAL", "EDITOR"), ("nano", "vi"))
    if words is None:
        return None
    if line and Path(words[0]).name in _LINE_FLAG:
        words.append(f"+{line}")
    return [*words, path]


def pager_command(path: str, line: int | None = None) -> list[str] | None:
    """$PAGER (else less or more) on `path`; less opens at `line`."""
    words = _program(("PAGER",), ("less", "more"))
    if words is None:
        return None
    if line and Path(words[0]).name == "less":
        words.append(f"+{line}g")
    return [*words, path]


def run(command: Sequence[str]) -> int:
    """Run `command` in the foreground (the terminal is the user's until it exits)."""
    try:
        return subprocess.run(list(command), check=False).returncode
    except OSError as exc:
        return -(exc.errno or 1)


def web_link(url: str | None) -> str | None:
    """`url` if it is an http(s) link a browser may open; article data is untrusted,
    so file:, javascript: and the rest are refused."""
    if not url or any(ord(c) < 32 or 0x7f <= ord(c) < 0xa0 for c in url):
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:  # "http://[x" and other malformed hosts
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return url.strip()


def browser() -> tuple[str, webbrowser.BaseBrowser] | None:
    """The user's browser and how to run it: in the background, or (a terminal
    browser such as lynx) with the terminal handed over.  None if there is none."""
    try:
        controller = webbrowser.get()
    except webbrowser.Error:
        return None
    foreground = isinstance(controller, webbrowser.GenericBrowser) and \
        not isinstance(controller, webbrowser.BackgroundBrowser)
    return (TERMINAL_BROWSER if foreground else "background"), controller
