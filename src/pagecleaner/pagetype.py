"""What kind of page this is: an article, a forum thread, a product, documentation, a listing, a service page.

Decided once, from the blocks as read (before any filter) and the types the page's markup declares, so the
filters can treat a thread's replies as its content rather than as comments under an article. Each test
is small and names its evidence; the markup's word wins over the text's.
"""
from __future__ import annotations

import re
from typing import Sequence

from .model import Block
from .textstats import words

PAGE_TYPES = ("article", "forum", "product", "documentation", "listing", "collection", "service")

# schema.org types (JSON-LD @type, lower-cased) and og:type values, per page type
MARKUP_TYPES = {
    "forum": {"discussionforumposting", "qapage"},          # (not "Question": an FAQ's entries are Questions)
    "product": {"product", "productgroup", "offer", "aggregateoffer", "og:product", "og:product.item"},
    "documentation": {"techarticle", "apireference", "softwaresourcecode"},
    "listing": {"itemlist", "searchresultspage"},
    "collection": {"collectionpage", "imagegallery", "mediagallery"},
    "service": {"service", "professionalservice", "localbusiness", "financialservice", "legalservice",
                "homeandconstructionbusiness", "medicalbusiness"},
    "article": {"newsarticle", "article", "blogposting", "reportagenews", "analysisnewsarticle",
                "opinionnewsarticle", "liveblogposting", "scholarlyarticle", "report", "review", "og:article"},
}
# the order in which a page declaring several is read: a product page often also declares an Article for its
# review text, a forum thread a WebPage; an article that embeds an ItemList of its picks is still an article
MARKUP_ORDER = ("forum", "product", "documentation", "article", "listing", "collection", "service")

# The fields and buttons each post of a thread shows, and a blog's comments do not ("Quote", "Joined: Mar 2019",
# "Posts: 1,204"; not "Reply", which both show)
FORUM_MARK = re.compile(r"^(?:quote|zitieren|citer|citar|cytuj|"
                        r"(?:joined|registriert|inscrit|registrado|dołączył)\s*:?\s*\S.*|"   # ("registriert seit: …")
                        r"(?:posts|beiträge|messages|mensajes|posty)\s*:\s*[\d.,]+)$", re.I)
FORUM_MIN = 4           # that many such lines: a thread of several posts
# "Add to cart", "In den Warenkorb", "Ajouter au panier": the page sells what it shows ("Book now", "Jetzt buchen":
# or hires it out)
BUY = re.compile(r"^(?:add to (?:cart|basket|bag)|buy now|in den warenkorb|jetzt kaufen|ajouter au panier|"
                 r"acheter|añadir al carrito|comprar|dodaj do koszyka|kup teraz|"
                 r"book now|jetzt buchen|online buchen|réserver|reservar ahora|zarezerwuj)\b", re.I)
# ((?<![\d.,]): one attempt per run of digits, not one per digit)
PRICE = re.compile(r"(?:[$£€]\s?\d[\d.,]*|(?<![\d.,])\d[\d.,]*\s?(?:€|zł|EUR\b|USD\b))")
CODE_MIN = 3            # program listings that make a page documentation rather than a post with a snippet
READ_MORE = re.compile(r"^(?:read more|continue reading|weiterlesen|mehr lesen|lire la suite|leer más|"
                       r"czytaj dalej|czytaj więcej)\W*$", re.I)
LISTING_MIN = 5         # "Read more" under that many teasers, and twice as many as paragraphs: a list of posts
PARAGRAPH_WORDS = 25


def page_type(blocks: Sequence[Block], markup_types: Sequence[str] = ()) -> str:
    """One of PAGE_TYPES: the markup's declared type if it has one we know, else what the text shows."""
    return declared_type(markup_types) or shown_type(blocks)


def declared_type(markup_types: Sequence[str]) -> str | None:
    declared = {t.lower() for t in markup_types}
    return next((kind for kind in MARKUP_ORDER if declared & MARKUP_TYPES[kind]), None)


def shown_type(blocks: Sequence[Block]) -> str:
    if _count(blocks, FORUM_MARK) >= FORUM_MIN:
        return "forum"
    if _count(blocks, BUY) and any(PRICE.search(b.text) for b in blocks if len(b.text) < 40):
        return "product"
    if sum(b.kind == "code" for b in blocks) >= CODE_MIN:
        return "documentation"
    teasers = _count(blocks, READ_MORE)
    if teasers >= LISTING_MIN and teasers >= 2 * sum(len(words(b.text)) >= PARAGRAPH_WORDS for b in blocks):
        return "listing"
    return "article"


def _count(blocks: Sequence[Block], pattern: re.Pattern) -> int:
    return sum(1 for b in blocks if len(b.text) < 40 and pattern.match(b.text.strip()))
