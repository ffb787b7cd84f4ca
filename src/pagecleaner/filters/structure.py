"""Block rules that use the evidence only HTML gives: tags, class/id tokens, links."""
from __future__ import annotations

from collections import Counter

from ..model import Block
from ..pipeline import Context, block_rule, document_pass
from ..textstats import word_count, words

BOILERPLATE_CONTAINERS = {"<nav>": "inside <nav>", "<footer>": "inside <footer>", "<aside>": "inside <aside>",
                          "<form>": "inside a <form>"}
BOILERPLATE_TOKENS = frozenset(
    "menu nav navbar navigation breadcrumb breadcrumbs share sharing social socials comment comments related "
    "promo newsletter subscribe subscription cookie cookies consent gdpr sidebar footer widget popup modal banner "
    "advert advertisement ads sponsored outbrain taboola recommended recirculation trending popular masthead "
    "toolbar pagination pager login signup byline-social".split())
ROLE_TOKENS = frozenset({"role=navigation", "role=banner", "role=contentinfo", "role=complementary", "role=search"})


WRAPPER_SHARE = 0.5    # a container holding this share of the page's prose wraps the article: not boilerplate


def _prose_words(b: Block) -> int:
    n = word_count(b.text)
    return n if n >= 10 else 0


def _wrappers(blocks: list[Block], keys) -> set[str]:
    """The container keys (tags, roles, class words) that hold half the page's prose.

    Some pages put the whole article inside a <form> (ASP.NET), a <nav> or an element
    whose class says "sidebar": there the container is the page's frame, not its
    boilerplate, and removing what it holds would remove the article.
    """
    total, per = 0, Counter()
    for b in blocks:
        w = _prose_words(b)
        if w:
            total += w
            for k in keys(b):
                per[k] += w
    return {k for k, w in per.items() if w >= WRAPPER_SHARE * total} if total else set()


def _container_keys(b: Block) -> set[str]:
    return {m for m in BOILERPLATE_CONTAINERS if m in b.tokens} | (b.tokens & ROLE_TOKENS)


@document_pass("html_container", "text inside <nav>, <footer>, <aside>, <form> or ARIA navigation/banner roles, "
                                 "unless that container holds most of the page's prose", html_only=True)
def html_container(blocks: list[Block], ctx: Context) -> list[Block]:
    frame = _wrappers(blocks, _container_keys)
    out = []
    for b in blocks:
        keys = _container_keys(b) - frame if b.kept else set()
        if keys:
            k = sorted(keys)[0]
            b = b.remove("html_container", BOILERPLATE_CONTAINERS.get(k) or f"inside {k}")
        out.append(b)
    return out


def _class_keys(b: Block) -> set[str]:
    if {"article", "content", "story", "post", "entry", "body"} & b.tokens:
        return set()
    return set(b.tokens & BOILERPLATE_TOKENS)


@document_pass("html_class", "elements whose class/id says menu, share, comment, related, promo, cookie, ad…, "
                             "unless that class holds most of the page's prose", html_only=True)
def html_class(blocks: list[Block], ctx: Context) -> list[Block]:
    frame = _wrappers(blocks, _class_keys)
    out = []
    for b in blocks:
        keys = _class_keys(b) - frame if b.kept else set()
        if keys:
            b = b.remove("html_class", f"class/id {sorted(keys)[0]!r}")
        out.append(b)
    return out


TABLE_TAGS = frozenset({"td", "th", "tr", "table", "caption", "li", "dd", "dt"})


@block_rule("html_caption", "<figcaption> and <figure> text (captions and credits), not tables inside figures",
            html_only=True)
def html_caption(block: Block, ctx: Context) -> str | None:
    if "<figcaption>" in block.tokens and block.tag not in TABLE_TAGS:
        return "figure caption"
    if "<figure>" in block.tokens and block.tag not in TABLE_TAGS and block.tag != "p":
        return "figure caption"
    return None


@block_rule("link_density", "short blocks made mostly of links (menus, teaser lists)", html_only=True)
def link_density(block: Block, ctx: Context) -> str | None:
    if block.link_density > 0.5 and len(words(block.text)) < 40:
        return f"{block.link_density:.0%} of the text is links"
    return None


RULES = (html_container, html_class, html_caption, link_density)
