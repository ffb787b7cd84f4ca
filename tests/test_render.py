"""Writers: Markdown must render back to the page's words; JSON must follow the schema."""
import json
import re
from importlib import resources

import pytest
from hypothesis import given, settings, strategies as st
from markdown_it import MarkdownIt

import pagecleaner
from pagecleaner.render import jsonout, markdown
from tests.conftest import prose

MD = MarkdownIt("commonmark")


def rendered_text(md: str) -> str:
    html = MD.render(md)
    text = re.sub(r"<[^>]+>", "", html)
    import html as h
    return " ".join(h.unescape(text).split())


@pytest.mark.parametrize("text", [
    "# not a heading", "* not a list", "- not a list", "+ not a list", "1. not a list", "2) nor this",
    "> not a quote", "a *star* and _under_ and `tick`", "[link](http://x) and ![img](y)", "<b>tag</b> &amp; &copy;",
    "back\\slash", "pipe | table", "=== underline", "~~strike~~", "100% of 5 * 3",
])
def test_escape_renders_as_the_words(text):
    assert rendered_text(markdown.escape(text)) == " ".join(text.split())


@pytest.mark.parametrize("text", ["01.02.2022 „Der Arbeitsmarkt", "-5 °C at night", "#hashtags", "+49 30 1234",
                                  "3.5 million", "--dry-run", "####### seven"])
def test_escape_leaves_what_starts_no_block_as_written(text):
    assert markdown.escape(text) == text            # a date, a temperature, a tag: no backslash a reader must skip
    assert rendered_text(text) == text


@pytest.mark.parametrize("text", ["a\n---", "a\n===", "a\n- b", "a\n-- -", "a\n#", "a\n1."])
def test_escape_keeps_a_broken_line_from_making_a_block(text):
    md = markdown.breaks(markdown.escape(text))
    assert rendered_text(md) == " ".join(text.split())


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=80))
def test_escape_property(text):
    text = " ".join(text.split())
    if not text:
        return
    assert rendered_text(markdown.escape(text)) == text


def test_markdown_layout():
    a = pagecleaner.clean_text("\n\n".join(["POLITICS", "Council approves a larger budget for schools",
                                            "By Jane Doe", "Published: March 3, 2021", prose(1), "What next",
                                            prose(2), "Comments", prose(7)]))
    md = markdown.render(a)
    parts = md.split("\n\n")
    assert parts[0] == "# Council approves a larger budget for schools"
    assert parts[1] == "*POLITICS · Jane Doe · 2021-03-03*"
    assert parts[2:] == [prose(1), "## What next", prose(2) + "\n"]


def test_a_table_block_is_a_pipe_table():
    from pagecleaner.model import Article, Block
    a = Article(source="-", input="html", blocks=(Block(0, 1, "Plan\tPrice | tax\nBasic\t$5\nPro", kind="table"),))
    md = markdown.render(a)
    assert md == "| Plan | Price \\| tax |\n| --- | --- |\n| Basic | $5 |\n| Pro |   |\n"
    tokens = MarkdownIt("commonmark").enable("table").parse(md)
    cells = [t.content for t in tokens if t.type == "inline"]
    assert cells == ["Plan", "Price | tax", "Basic", "$5", "Pro", ""]


def _list_page():
    from pagecleaner.model import Article, Block
    items = [Block(0, 1, "What you need:"), Block(1, 2, "Good shoes", kind="list_item", number=1),
             Block(2, 3, "A travel card", kind="list_item", number=2),
             Block(3, 4, "Patience", kind="list_item", number=3), Block(4, 5, "And a map.", kind="list_item")]
    return Article(source="-", input="text", blocks=tuple(items))


def test_numbered_items_are_one_ordered_list_in_markdown():
    md = markdown.render(_list_page())
    assert md == "What you need:\n\n1. Good shoes\n2. A travel card\n3. Patience\n- And a map.\n"
    tokens = [t.type for t in MarkdownIt("commonmark").parse(md)]
    assert tokens.count("ordered_list_open") == 1 and tokens.count("list_item_open") == 4


def test_list_items_say_whether_they_are_numbered_in_json():
    blocks = json.loads(jsonout.render(_list_page()))["blocks"]
    assert blocks[0] == {"kind": "paragraph", "text": "What you need:"}
    assert blocks[1] == {"kind": "list_item", "text": "Good shoes", "ordered": True, "number": 1}
    assert blocks[4] == {"kind": "list_item", "text": "And a map.", "ordered": False}
    schema = json.loads(resources.files("pagecleaner").joinpath("article.schema.json").read_text())
    assert all(set(b) <= set(schema["properties"]["blocks"]["items"]["properties"]) for b in blocks)


def test_the_plain_body_of_scraped_text_keeps_the_numbers_its_lines_were_written_with():
    page = pagecleaner.clean_text("How to get there\n\n" + prose(1) + "\n1. Take the tram to the square.\n"
                                  "2. Walk up the hill to the castle.\n3. Buy tickets at the gate.\n" + prose(2))
    assert "1. Take the tram to the square.\n\n2. Walk up the hill" in page.body
    assert [b.number for b in page.body_blocks if b.kind == "list_item"] == [1, 2, 3]


def test_the_plain_body_of_html_holds_its_elements_text_not_the_browsers_list_numbers():
    """An <ol> draws its numbers; they are no text of the page's (the blocks and the Markdown still show them)."""
    page = pagecleaner.clean(f"<html><body><article><h1>How to get there</h1><p>{prose(1)}</p><ol>"
                             "<li>Take the tram to the square.</li><li>Walk up the hill to the castle.</li></ol>"
                             f"<p>{prose(2)}</p></article></body></html>", input="html")
    assert "Take the tram to the square.\n\nWalk up the hill" in page.body and "1. Take" not in page.body
    assert "1. Take the tram" in markdown.render(page)


def test_line_breaks_inside_a_block_are_hard_breaks_and_escaped_per_line():
    from pagecleaner.model import Article, Block
    blocks = (Block(0, 1, "Jane Doe\n# 12 Main Street\n- Springfield"), Block(1, 2, "Two\nlines", kind="heading"),
              Block(2, 3, "Roses are red,\n1. violets blue", kind="quote"),
              Block(3, 4, "Pick up\nthe keys", kind="list_item", number=2), Block(4, 5, "a\nb", kind="list_item"))
    md = markdown.render(Article(source="-", input="html", blocks=blocks))
    assert md == ("Jane Doe\\\n\\# 12 Main Street\\\n\\- Springfield\n\n## Two lines\n\n"
                  "> Roses are red,\\\n> 1\\. violets blue\n\n2. Pick up\\\n   the keys\n- a\\\n  b\n")
    html = MarkdownIt("commonmark").render(md)
    assert html == ("<p>Jane Doe<br />\n# 12 Main Street<br />\n- Springfield</p>\n<h2>Two lines</h2>\n"
                    "<blockquote>\n<p>Roses are red,<br />\n1. violets blue</p>\n</blockquote>\n"
                    '<ol start="2">\n<li>Pick up<br />\nthe keys</li>\n</ol>\n<ul>\n<li>a<br />\nb</li>\n</ul>\n')


def test_front_matter_is_yaml_with_quoted_values():
    a = pagecleaner.clean_text("\n\n".join(['He said: "no" — #1 story', "By Jane Doe", "Published: March 3, 2021",
                                            prose(1), prose(2)]))
    md = markdown.render(a, with_front_matter=True)
    head = md.split("---\n")[1]
    assert head.splitlines()[0] == 'title: "He said: \\"no\\" — #1 story"'
    assert 'published: "2021-03-03"' in head
    assert md.split("---\n", 2)[2].startswith("\n# He said:")


def test_json_follows_the_schema():
    schema = json.loads(resources.files("pagecleaner").joinpath("article.schema.json").read_text())
    a = pagecleaner.clean_text(open("fixtures/seed-capitalfm/input.txt", encoding="utf-8").read(), source="x.txt")
    d = json.loads(jsonout.render(a, removed=True))
    assert set(d) == set(schema["properties"])
    assert set(schema["required"]) <= set(d)
    for r in d["removed"]:
        assert set(r) == {"line", "text", "filter", "reason"}
    assert {b["kind"] for b in d["blocks"]} <= set(schema["properties"]["blocks"]["items"]["properties"]["kind"]["enum"])
    line = jsonout.render(a, lines=True)
    assert line.count("\n") == 1 and json.loads(line)["headline"] == d["headline"]
