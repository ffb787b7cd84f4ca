"""Scraped text written as Markdown (Firecrawl, Jina Reader, crawl4ai): links, images, headings, emphasis, fenced
code and pipe tables read as what they are; plain scraped text that only looks like it in places stays as it is."""
import pytest

import pagecleaner
from pagecleaner.readers.markdown import unmark
from pagecleaner.render import render
from pagecleaner.readers.text import read_text
from tests.conftest import prose

LINKS = "See [the report](https://example.org/r) and [the data](https://example.org/d)."   # Markdown's evidence


@pytest.mark.parametrize("line,plain", [
    ("By [Jana Roth](https://example.org/author/jana-roth)", "By Jana Roth"),
    ("![The lifeboat](https://example.org/img/l.jpg)", ""),                          # an image: nothing
    ("[![Logo](https://example.org/logo.png)](https://example.org/)", ""),            # a linked image
    ("[Harbour](https://en.wikipedia.org/wiki/Harbour_(Falmouth)) was built", "Harbour was built"),  # brackets
    ('[RNLI](https://rnli.org "Lifeboats") said', "RNLI said"),                     # a link's title
    ("as [the council][3] said", "as the council said"),                            # a reference link
    ("2 * 3 = 6 and [x] stays", "2 * 3 = 6 and [x] stays"),                         # no link: as it is
])
def test_a_markdown_link_is_its_text_and_an_image_nothing(line, plain):
    assert unmark(line) == plain


@pytest.mark.parametrize("line,plain,emphasis", [
    ("**Read more:** the story", "Read more: the story", True),
    ("it was *fake* news and `rm -rf` ran", "it was fake news and rm -rf ran", True),
    ("it was *fake* news", "it was *fake* news", False),                           # a page that shows no Markdown
    ("My biggest dream is ___________.", "My biggest dream is ___________.", True),  # a form's blank
])
def test_emphasis_and_code_marks_go_on_a_markdown_page_only(line, plain, emphasis):
    assert unmark(line, emphasis) == plain


def test_headings_fences_tables_and_rules_on_a_markdown_page():
    text = "\n".join([LINKS, "", "# Lifeboat crew rescues two kayakers", "", prose(1), "", "Advice", "------", "",
                      "```bash", "# a comment in the listing", "retries: 4", "```", "", "***", "",
                      "| Attempt | Wait |", "|---|:---:|", "| 1 | none |", "| 2 | 0.5 s |", "", "[3]: https://x.org/r"])
    blocks = read_text(text)
    assert [(b.kind, b.level, b.text) for b in blocks] == [
        ("paragraph", 0, "See the report and the data."),
        ("heading", 1, "Lifeboat crew rescues two kayakers"),
        ("paragraph", 0, prose(1)),
        ("heading", 2, "Advice"),                                       # a setext heading
        ("code", 0, "# a comment in the listing\nretries: 4"),          # the fence's lines as they are
        ("table", 0, "Attempt\tWait\n1\tnone\n2\t0.5 s")]               # (the rule "***" and the reference go)


def test_a_fence_never_closed_runs_to_the_end():
    blocks = read_text(LINKS + "\n\n```\nretries: 4\nbackoff: exponential")
    assert (blocks[-1].kind, blocks[-1].text) == ("code", "retries: 4\nbackoff: exponential")


@pytest.mark.parametrize("text", [
    # no Markdown anywhere else: a line opening with "#" is a hashtag or a comment, not a heading
    "# Maschinenbau\n\n" + prose(1),
    # a listing's comments, each right over its code, even three of them
    "\n".join(f"# Input for type {i}\ninput T{i} {{ name: String }}" for i in range(4)),
])
def test_a_line_opening_with_a_hash_on_a_page_that_is_no_markdown_stays_a_line(text):
    assert not any(b.kind == "heading" for b in read_text(text))


def test_a_scraped_markdown_page_cleans_like_its_html():
    page = "\n\n".join(["[Skip to content](#main)", "- [News](https://example.org/news)\n- [Sport](https://e.org/s)",
                        "[News](https://example.org/news) › [Local](https://example.org/local)",
                        "# Council approves a larger budget plan", "By [Jana Roth](https://example.org/jr)",
                        "19 May 2024", "![A photo](https://example.org/p.jpg)", prose(1), "## *What* happens next",
                        prose(2), "**Read more:** [Harbour board approves timetable](https://example.org/f)"])
    a = pagecleaner.clean_text(page)
    assert (a.headline, a.byline, a.published, a.section) == ("Council approves a larger budget plan", "Jana Roth",
                                                               "2024-05-19", "Local")
    assert [(b.kind, b.text) for b in a.body_blocks] == [("paragraph", prose(1)), ("heading", "What happens next"),
                                                         ("paragraph", prose(2))]


def test_links_asks_for_a_markdown_pages_links_and_renders_them():
    page = "\n\n".join(["# Council approves a larger budget plan", prose(1),
                        "The vote followed [a report](https://example.org/r) by the [city's auditor](/auditor) in "
                        "March, which the opposition had asked for since the spring of last year.", prose(2)])
    a = pagecleaner.clean(page, input="text", links=True)
    block = next(b for b in a.body_blocks if b.text.startswith("The vote"))
    assert block.links == (("a report", "https://example.org/r"), ("city's auditor", "/auditor"))
    assert "[a report](<https://example.org/r>)" in render(a, "markdown", links=True)
    assert not any(b.links for b in pagecleaner.clean(page, input="text").blocks)      # only when asked


def test_images_asks_for_a_markdown_pages_pictures_over_the_block_under_them():
    page = "\n\n".join(["# Council approves a larger budget plan", prose(1),
                        "![The council chamber](https://example.org/chamber.jpg)", prose(2)])
    a = pagecleaner.clean(page, input="text", images=True)
    assert next(b for b in a.body_blocks if b.text == prose(2)).images == (
        ("The council chamber", "https://example.org/chamber.jpg"),)
    assert "![The council chamber](<https://example.org/chamber.jpg>)" in render(a, "markdown", images=True)
    assert not any(b.images for b in pagecleaner.clean(page, input="text").blocks)     # only when asked
