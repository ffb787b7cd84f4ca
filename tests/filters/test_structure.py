"""HTML-only rules: they use tags, class tokens and links, and never fire on text input."""
import pytest

from pagecleaner.filters import structure as S
from pagecleaner.pipeline import Context, run
from tests.conftest import PROSE, make_block


@pytest.mark.parametrize("rule,kw,reason", [
    (S.html_container, {"tokens": frozenset({"<nav>"})}, "inside <nav>"),
    (S.html_container, {"tokens": frozenset({"<footer>"})}, "inside <footer>"),
    (S.html_container, {"tokens": frozenset({"role=navigation"})}, "inside role=navigation"),
    (S.html_class, {"tokens": frozenset({"share", "buttons"})}, "class/id 'share'"),
    (S.html_class, {"tokens": frozenset({"related", "stories"})}, "class/id 'related'"),
    (S.html_caption, {"tokens": frozenset({"<figcaption>"})}, "figure caption"),
    (S.link_density, {"link_chars": 100}, "% of the text is links"),
])
def test_structure_rule_removes(rule, kw, reason, html_ctx):
    got = rule.fn(make_block(PROSE[:100], **kw), html_ctx)
    assert got and reason in got


def test_a_class_named_like_a_role_is_not_the_role(html_ctx):
    assert S.html_container.fn(make_block(PROSE, tokens=frozenset({"banner", "search", "results"})), html_ctx) is None


def test_class_rule_spares_article_containers(html_ctx):
    assert S.html_class.fn(make_block(PROSE, tokens=frozenset({"article", "share"})), html_ctx) is None


@pytest.mark.parametrize("rule", S.RULES, ids=lambda r: r.name)
def test_structure_rules_keep_plain_article_text(rule, html_ctx):
    assert rule.fn(make_block(PROSE, tokens=frozenset({"story", "body"})), html_ctx) is None


def test_structure_rules_skip_text_input(ctx):
    blocks = [make_block(PROSE, tokens=frozenset({"<nav>"}))]
    assert run(S.RULES, blocks, ctx)[0].kept
    assert not run(S.RULES, blocks, Context(config=ctx.config, input="html"))[0].kept
