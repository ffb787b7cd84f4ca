"""site_template: lines a site repeats across the pages of a batch."""
import json

from click.testing import CliRunner

import pagecleaner
from pagecleaner.cli import main
from pagecleaner.filters import template as T
from pagecleaner.pipeline import Context
from tests.conftest import make_blocks, prose

TAGLINE = "Kenya's leading news site since 1999"


def learned(pages: list[list[str]], site: str = "site") -> frozenset[int]:
    learner = T.TemplateLearner()
    for lines in pages:
        learner.add(site, T.page_keys(lines))
    return learner.templates().get(site, frozenset())


def test_line_key_folds_case_spacing_and_punctuation():
    assert T.line_key("Connect  with us!") == T.line_key("connect with US")
    assert T.line_key("Page 2") != T.line_key("Page 3")
    assert T.line_key(" — ") is None


def test_a_line_on_most_pages_is_learned():
    pages = [[TAGLINE, f"Story number {i} is about something else entirely."] for i in range(10)]
    assert learned(pages) == {T.line_key(TAGLINE)}


def test_a_quote_two_articles_share_is_not_learned():
    quote = "“We will not give up,” the minister said."
    pages = [[quote, "one"], [quote, "two"]] + [[f"other {i}"] for i in range(3)]
    assert T.line_key(quote) not in learned(pages)


def test_a_line_on_few_of_many_pages_is_not_learned():
    pages = [["Rare line", f"x{i}"] if i < 3 else [f"x{i}"] for i in range(20)]
    assert T.line_key("Rare line") not in learned(pages)


def test_the_same_page_seen_three_times_counts_once():
    page = ["Headline of the one story", "Its only short paragraph"]
    assert learned([page, page, page]) == frozenset()


def test_a_paragraph_needs_five_pages_and_half_of_them():
    long, short = prose(1), "Subscribe to the morning briefing"
    pages = [[long, short, f"p{i}"] if i < 4 else [f"p{i}"] for i in range(10)]      # on 4 of 10 pages
    assert learned(pages) == {T.line_key(short)}
    pages = [[long, f"p{i}"] if i < 5 else [f"p{i}"] for i in range(9)]               # on 5 of 9
    assert learned(pages) == {T.line_key(long)}


def test_a_page_made_of_template_paragraphs_keeps_them():
    paras = [prose(i) for i in range(4)]
    ctx = Context(config=pagecleaner.Config(), site_lines=frozenset(T.line_key(p) for p in paras))
    out = T.site_template.fn(make_blocks(*paras), ctx)
    assert all(b.kept for b in out)                   # a copy of a story the batch holds, not a template
    out = T.site_template.fn(make_blocks(paras[0], prose(7), prose(8), prose(9)), ctx)
    assert [b.kept for b in out] == [False, True, True, True]


def test_site_template_removes_learned_lines_only():
    ctx = Context(config=pagecleaner.Config(), site_lines=frozenset({T.line_key(TAGLINE)}))
    out = T.site_template.fn(make_blocks(TAGLINE, "Another line"), ctx)
    assert [(b.removed_by, b.reason) for b in out] == [("site_template", "repeated on many pages of this site"),
                                                       (None, None)]
    assert all(b.kept for b in T.site_template.fn(make_blocks(TAGLINE), Context(config=pagecleaner.Config())))


def test_a_batch_learns_the_sites_template_and_can_be_told_not_to(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    for i in range(4):
        body = "\n\n".join(prose(10 * i + k) for k in range(4))
        (site / f"p{i}.txt").write_text(f"Home\n\nPolitics\n\nHeadline number {i}\n\n{body}\n\n{TAGLINE}\n\n"
                                        f"{prose(10 * i + 5)}\n", encoding="utf-8")
    r = CliRunner().invoke(main, ["clean", str(site), "--jobs", "1", "--keep-removed"])
    got = [json.loads(line) for line in r.stdout.splitlines()]
    assert len(got) == 4 and all(TAGLINE not in d["body"] for d in got)
    assert all([(rm["text"], rm["filter"]) for rm in d["removed"] if rm["text"] == TAGLINE] == [(TAGLINE, "site_template")]
               for d in got)
    r = CliRunner().invoke(main, ["clean", str(site), "--jobs", "1", "--no-site-template"])
    assert all(TAGLINE in json.loads(line)["body"] for line in r.stdout.splitlines())
