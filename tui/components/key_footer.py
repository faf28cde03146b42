"""The footer of keys, redrawn once however many times the keys change before the
next frame.

Textual's Footer rebuilds all its keys each time the screen says its bindings
changed, and while the reader starts the screen says so several times in one frame
(each focus change, the screen resuming): each rebuild restyles every key, and that
work delayed the first painted list.  Here a rebuild already on its way absorbs the
next requests, and none is made before the screen says its list is on screen
(`show_keys`): the keys follow the first painted list by a frame."""

from __future__ import annotations

from typing import Any

from textual.widgets import Footer

__all__ = ["KeyFooter"]


class KeyFooter(Footer):
    _rebuild_pending = False
    _shown = False

    def show_keys(self) -> None:
        """From now on the keys are drawn (the reader calls this once its list is painted)."""
        if not self._shown:
            self._shown = True
            self._rebuild_pending = False
            self.call_later(self.bindings_changed, self.screen)  # in this widget's own context

    def bindings_changed(self, screen: Any) -> None:
        if self._rebuild_pending or not self._shown:
            return
        super().bindings_changed(screen)  # asks for a rebuild after the next refresh, when it will show
        self._rebuild_pending = bool(screen.app.app_focus and self.is_attached and screen is self.screen)

    async def recompose(self) -> None:
        self._rebuild_pending = False
        await super().recompose()
