"""Regenerate the README's screenshot: the reader on the bundled seeds, as SVG.

    python -m tui.screenshot            # writes tui/screenshot.svg

It drives the real app headless (Textual's Pilot) with a fixed 'today', a fresh index
and state in a temporary folder, and the default configuration, so the picture does
not depend on whoever runs it."""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

__all__ = ["main"]

OUT = Path(__file__).with_name("screenshot.svg")
SIZE = (150, 42)
TODAY = date(2025, 12, 20)


async def _shoot(out: Path) -> None:
    from search.config import Config
    from search.locations import seeds_dir
    from search.state import ReadingState

    from .app import NewsdeskApp
    from .components.timeline import TimelineChart

    with tempfile.TemporaryDirectory() as work:
        app = NewsdeskApp([str(seeds_dir())], str(Path(work) / "index"), TODAY,
                          state=ReadingState("screenshot", Path(work) / "state.sqlite"), config=Config())
        async with app.run_test(size=SIZE) as pilot:
            async def until(condition) -> None:  # type: ignore[no-untyped-def]
                for _ in range(400):
                    if condition():
                        return
                    await pilot.pause(0.05)
                raise SystemExit("the reader did not settle; no screenshot written")

            await until(lambda: not app.reader.indexing and app.reader.sidebar_actors)
            await pilot.press("slash", *"putin", "enter")
            await until(lambda: app.reader.question.words == "putin" and app.reader.sidebar_actors)
            await pilot.press("down", "enter")
            await until(lambda: app.reader.article is not None)
            await pilot.press("3", "down", "down")  # an actor's attention in the timeline
            chart = app.query_one(TimelineChart)
            await until(lambda: chart.actor is not None)
            await pilot.press("2")
            await pilot.pause(0.5)
            out.write_text(app.export_screenshot(title="newsdesk on the bundled seeds"), encoding="utf-8")


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    with tempfile.TemporaryDirectory() as home:  # nobody's config, cache or saved theme
        for variable in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME"):
            os.environ[variable] = str(Path(home) / variable.lower())
        asyncio.run(_shoot(out))
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
