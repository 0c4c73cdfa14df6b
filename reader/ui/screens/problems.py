"""ProblemsScreen: every file that could not be loaded, and why."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Static

from ...data import LoadProblem
from ...present.article_text import clean_line, plural
from ..widgets.key_footer import KeyFooter
from ..widgets.vim_keys import VimOptionList


def problem_prompt(problem: LoadProblem, folder: Path) -> Text:
    """Return one entry of the list: the file, relative to `folder`, and the reason below it.

    Args:
        problem: A file that failed to load.
        folder: The articles folder.

    Returns:
        Two lines of plain text.
    """
    try:
        name = str(problem.path.relative_to(folder))
    except ValueError:
        name = str(problem.path)
    prompt = Text(clean_line(name), style="bold")
    prompt.append(f"\n  {clean_line(problem.reason)}", style="not bold")
    return prompt


class ProblemsScreen(Screen[None]):
    """Lists the files that failed to load; the same list `reader check` reports."""

    CSS_PATH = "problems.tcss"
    AUTO_FOCUS = "#problem-list"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "app.pop_screen", "Back", id="back"),
    ]
    """Back to the list; the problem list has vim keys of its own."""

    def __init__(self, problems: Sequence[LoadProblem], folder: Path) -> None:
        """Show `problems`.

        Args:
            problems: The files that failed to load.
            folder: The articles folder, to show paths relative to it.
        """
        super().__init__()
        self.problems = problems
        self.folder = folder

    def compose(self) -> ComposeResult:
        """Lay out a heading, the problems and the footer."""
        count = len(self.problems)
        yield Static(Text(f"{plural(count, 'file')} could not be loaded"), id="problems-heading")
        prompts = (problem_prompt(problem, self.folder) for problem in self.problems)
        yield VimOptionList(*prompts, id="problem-list")
        yield KeyFooter()
