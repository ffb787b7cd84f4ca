"""--links and --images (HTML input): off by default, Markdown links and images, JSON fields per the schema."""
import json
from importlib import resources

from click.testing import CliRunner
from markdown_it import MarkdownIt

import pagecleaner
from pagecleaner.cli import main
from pagecleaner.readers.html import read_html
from pagecleaner.render import markdown, render

PAGE = """<html><head><link rel="canonical" href="https://example.org/news/budget.html"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Budget passes</h1>
<p>The council <a href="/votes/12">voted</a> on Tuesday for the budget the mayor had proposed, after a long debate
in the <a href="javascript:void(0)">chamber</a> that ran late into the night.</p>
<figure><picture><img src="/img/chamber.jpg" alt="The council chamber"></picture>
<figcaption>The council chamber. Photo: Jane Doe</figcaption></figure>
<p>Opponents said the plan would cut *services*, but the <a href="https://mayor.example.org/a b">mayor</a> replied
that the figures showed the opposite, and the <a href="/mayor">mayor</a> repeated it.</p>
<p>The budget now goes to the regional government, which has until the end of the month to approve it.</p>
</article><footer><img src="/logo.png" alt="Logo"></footer></body></html>"""


def test_the_reader_records_links_and_images_with_absolute_urls():
    assert all(not b.links and not b.images for b in read_html(PAGE)[0])           # not recorded unless asked
    blocks, _ = read_html(PAGE, links=True, images=True)
    first = next(b for b in blocks if b.text.startswith("The council"))
    assert first.links == (("voted", "https://example.org/votes/12"),)          # javascript: dropped
    caption = next(b for b in blocks if b.text.startswith("The council chamber"))
    assert caption.images == (("The council chamber", "https://example.org/img/chamber.jpg"),)


def test_links_and_images_are_off_by_default():
    md = render(pagecleaner.clean(PAGE), "markdown")
    assert "](" not in md and "voted on Tuesday" in md


def test_markdown_links_and_images():
    md = render(pagecleaner.clean(PAGE, links=True, images=True), "markdown", links=True, images=True)
    tokens = [t for block in MarkdownIt("commonmark").parse(md) if block.children for t in block.children]
    hrefs = [t.attrs.get("href") for t in tokens if t.type == "link_open"]
    assert hrefs == ["https://example.org/votes/12", "https://mayor.example.org/a%20b", "https://example.org/mayor"]
    srcs = [t.attrs.get("src") for t in tokens if t.type == "image"]
    assert srcs == ["https://example.org/img/chamber.jpg"]                        # the footer logo is not the article's
    assert r"cut \*services\*" in md                                                 # still escaped around links


def test_anchors_are_matched_in_order():
    text = markdown.with_links(markdown.escape("the mayor met the mayor"), (("mayor", "/a"), ("mayor", "/b")))
    assert text == "the [mayor](</a>) met the [mayor](</b>)"


def test_json_links_and_images_follow_the_schema(tmp_path):
    schema = json.loads(resources.files("pagecleaner").joinpath("article.schema.json").read_text())
    item = schema["properties"]["blocks"]["items"]
    (tmp_path / "p.html").write_text(PAGE, encoding="utf-8")
    r = CliRunner().invoke(main, ["clean", str(tmp_path / "p.html"), "-f", "json", "--links", "--images"])
    d = json.loads(r.stdout)
    for b in d["blocks"]:
        assert set(b) <= set(item["properties"]) and b["kind"] in item["properties"]["kind"]["enum"]
        for link in b.get("links", []):
            assert set(link) == {"text", "href"}
    assert [b["kind"] for b in d["blocks"]].count("image") == 1
    plain = json.loads(CliRunner().invoke(main, ["clean", str(tmp_path / "p.html"), "-f", "json"]).stdout)
    assert all(set(b) == {"kind", "text"} for b in plain["blocks"])
