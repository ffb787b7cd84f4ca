"""Block rules that use the evidence only HTML gives: tags, class/id tokens, links."""
from __future__ import annotations

from ..model import Block
from ..pipeline import Context, block_rule
from ..textstats import words

BOILERPLATE_CONTAINERS = {"<nav>": "inside <nav>", "<footer>": "inside <footer>", "<aside>": "inside <aside>",
                          "<form>": "inside a <form>"}
BOILERPLATE_TOKENS = frozenset(
    "menu nav navbar navigation breadcrumb breadcrumbs share sharing social socials comment comments related "
    "promo newsletter subscribe subscription cookie cookies consent gdpr sidebar footer widget popup modal banner "
    "advert advertisement ads sponsored outbrain taboola recommended recirculation trending popular masthead "
    "toolbar pagination pager login signup byline-social".split())
ROLE_TOKENS = frozenset({"role=navigation", "role=banner", "role=contentinfo", "role=complementary", "role=search"})


@block_rule("html_container", "text inside <nav>, <footer>, <aside>, <form> or ARIA navigation/banner roles",
            html_only=True)
def html_container(block: Block, ctx: Context) -> str | None:
    for marker, reason in BOILERPLATE_CONTAINERS.items():
        if marker in block.tokens:
            return reason
    if block.tokens & ROLE_TOKENS:
        return f"inside {sorted(block.tokens & ROLE_TOKENS)[0]}"
    return None


@block_rule("html_class", "elements whose class/id says menu, share, comment, related, promo, cookie, ad…",
            html_only=True)
def html_class(block: Block, ctx: Context) -> str | None:
    hit = block.tokens & BOILERPLATE_TOKENS
    if hit and not {"article", "content", "story", "post", "entry", "body"} & block.tokens:
        return f"class/id {sorted(hit)[0]!r}"
    return None


@block_rule("html_caption", "<figcaption> and <figure> text (captions and credits)", html_only=True)
def html_caption(block: Block, ctx: Context) -> str | None:
    if "<figcaption>" in block.tokens or ("<figure>" in block.tokens and block.tag != "p"):
        return "figure caption"
    return None


@block_rule("link_density", "short blocks made mostly of links (menus, teaser lists)", html_only=True)
def link_density(block: Block, ctx: Context) -> str | None:
    if block.link_density > 0.5 and len(words(block.text)) < 40:
        return f"{block.link_density:.0%} of the text is links"
    return None


RULES = (html_container, html_class, html_caption, link_density)
