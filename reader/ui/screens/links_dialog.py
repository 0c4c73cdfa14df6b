"""LinksDialog: the links in an article's text, numbered; dismissed with the one chosen."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from ...data import is_web_link
from ...present.links import Link
from ..widgets.vim_keys import VimOptionList

DIRECT_KEYS = 9
"""Links 1 to 9 are chosen with their digit."""


class LinksDialog(ModalScreen[str | None]):
    """Numbered links; Enter or a digit chooses one, Esc closes without choosing."""

    CSS_PATH = "links_dialog.tcss"
    AUTO_FOCUS = "#links"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,l", "dismiss(None)", "Close"),
        *(
            Binding(str(number), f"choose({number - 1})", show=False)
            for number in range(1, DIRECT_KEYS + 1)
        ),
    ]
    """Esc, q or l close; 1 to 9 choose a link at once."""

    def __init__(self, links: list[Link]) -> None:
        """List `links`, in the order of the text.

        Args:
            links: At least one link.
        """
        super().__init__()
        self.links = links

    def compose(self) -> ComposeResult:
        """Lay out the title and the numbered links."""
        with Vertical(id="links-box"):
            yield Static(Text("The article's links: Enter or 1-9 opens one, Esc closes"))
            # Text prompts, never strings: link text is article data, not markup.
            yield VimOptionList(
                *(Option(self._prompt(number, link)) for number, link in enumerate(self.links, 1)),
                id="links",
            )

    @staticmethod
    def _prompt(number: int, link: Link) -> Text:
        """One numbered link: its text, then its address, dimmed when it will not open."""
        prompt = Text(f"{number:>2}. ", style="bold")
        prompt.append(link.text)
        if link.text != link.shown_url:
            prompt.append(f"  {link.shown_url}", style="dim")
        if not is_web_link(link.url):
            prompt.append("  (not a web link)", style="italic")
        return prompt

    @on(OptionList.OptionSelected)
    def choose_selected(self, event: OptionList.OptionSelected) -> None:
        """Close with the link Enter or a click chose."""
        self.action_choose(event.option_index)

    def action_choose(self, position: int) -> None:
        """Close with the link at `position`, if there is one."""
        if position < len(self.links):
            self.dismiss(self.links[position].url)
