"""Site generators' markup in an article body: shortcodes and Liquid tags as dim tags with
their content on its lines, GitHub alerts as titled callouts, code left as written."""

from __future__ import annotations

from rich.console import Console

from reader.present.article_markdown import markdown_or_plain

BODY = """Úvod.

{{< figure src="/img/obrazovka.png" caption="Nová obrazovka" >}}

{% highlight ruby %}
def print_hi(name)
  puts name
end
{% endhighlight %}

{{< highlight go "linenos=table" >}}
func main() {
    fmt.Println("Ahoj")
}
{{< /highlight >}}

```
{% highlight ruby %}
ukázka
{% endhighlight %}
```

> [!WARNING]
> Zálohujte před aktualizací.

Kód `{{< x >}}` zůstává.
"""


def rendered(markdown: str) -> list[str]:
    """The lines of `markdown` as the article screen draws them, without styles."""
    console = Console(width=70, no_color=True)
    with console.capture() as text:
        console.print(markdown_or_plain(markdown))
    return [line.rstrip() for line in text.get().splitlines()]


def test_shortcodes_are_tags_and_their_content_keeps_its_lines() -> None:
    """`{{< … >}}` and `{% … %}` show as `⟨…⟩`; the lines between stay lines."""
    lines = rendered(BODY)
    assert '⟨figure src="/img/obrazovka.png" caption="Nová obrazovka"⟩' in lines
    assert not any("{{<" in line for line in lines if "zůstává" not in line)
    assert "Kód {{< x >}} zůstává." in lines  # code is left as written


def test_highlighted_code_is_code_with_its_indentation() -> None:
    """Hugo's `{{< highlight >}}` and Liquid's `{% highlight %}` blocks are code, each line
    indented as written, with no tags; such tags shown inside fenced code stay text."""
    lines = [line.strip("\n") for line in rendered(BODY)]
    start = lines.index(" def print_hi(name)")
    assert lines[start : start + 3] == [" def print_hi(name)", "   puts name", " end"]
    start = lines.index(" func main() {")
    assert lines[start : start + 3] == [" func main() {", '     fmt.Println("Ahoj")', " }"]
    assert not any("highlight go" in line or "⟨endhighlight⟩" in line for line in lines)
    assert " {% highlight ruby %}" in lines and " {% endhighlight %}" in lines


def test_github_alert_is_a_titled_callout() -> None:
    """`> [!WARNING]` becomes a `Warning` title over the quote's text."""
    lines = rendered(BODY)
    start = lines.index("▌ Warning")
    assert lines[start + 1] == "▌ Zálohujte před aktualizací."
    assert not any("[!WARNING]" in line for line in lines)


def test_obsidian_callout_shows_its_own_title_and_keeps_every_word() -> None:
    """An Obsidian callout of any kind shows its title (or its kind) over its text; words
    marked up on the marker's line stay in the title, none lost."""
    markdown = (
        "> [!note] Poznámka\n> Text poznámky.\n\n> [!tip]- **Rada** navíc\n> Skrytý text.\n\n"
        "> [!faq]\n> Otázka?\n"
    )
    lines = [line.strip() for line in rendered(markdown) if line.strip()]
    assert lines == [
        "▌ Poznámka",
        "▌ Text poznámky.",
        "▌ Rada navíc",
        "▌ Skrytý text.",
        "▌ Faq",
        "▌ Otázka?",
    ]


def test_zola_shortcodes_are_tags_too() -> None:
    """Zola's `{{ youtube(…) }}` and `{% note(…) %}` … `{% end %}` show as tags, as Hugo's
    do, not the one raw and the other a tag."""
    markdown = 'Úvod {{ youtube(id="x1") }} dál.\n\n{% note(kind="tip") %}\nObsah.\n{% end %}\n'
    lines = [line.strip() for line in rendered(markdown) if line.strip()]
    assert lines == ['Úvod ⟨youtube(id="x1")⟩ dál.', '⟨note(kind="tip")⟩', "Obsah.", "⟨end⟩"]


def test_a_link_to_another_page_of_the_site_is_its_text_and_a_tag() -> None:
    """`[text]({{< ref "page.md" >}})`, which Markdown reads as no link, shows its text and
    where it leads as a tag, not its brackets."""
    markdown = 'Viz [druhý článek]({{< ref "posts/druhy.md" >}}) a [x]({{< relref "a.md" >}}).'
    assert rendered(markdown)[0].strip() == (
        'Viz druhý článek ⟨ref "posts/druhy.md"⟩ a x ⟨relref "a.md"⟩.'
    )


def test_shortcode_tag_is_dim() -> None:
    """The tag is drawn dim, apart from the article's words."""
    console = Console(width=70, force_terminal=True, color_system="truecolor")
    segments = list(console.render(markdown_or_plain('Viz {{< ref "a.md" >}} dále.')))
    tag = next(segment for segment in segments if "⟨ref" in segment.text)
    assert tag.style is not None and tag.style.dim


def test_obsidian_links_show_their_text_and_embeds_are_tags() -> None:
    """`[[Note]]` shows its name, `[[path/Note|text]]` its text, `![[picture.png]]` a dim
    tag; a link in code stays as written."""
    lines = rendered("Viz [[Porada]], [[projekty/Reader|čtečka]] a ![[plan.png]]. `[[kód]]`")
    assert lines == ["Viz Porada, čtečka a ⟨plan.png⟩. [[kód]]"]
