"""Raw HTML -> the same blocks the text pipeline uses, with the evidence HTML gives.

One block per run of text between block-level boundaries. Each carries its tag,
a short tag path, the class/id tokens of the element and its ancestors, and how
many of its characters sit inside links. The walk is iterative (lxml iterwalk),
so 100,000 nested elements cannot exhaust the stack; the parser never fetches
or expands external entities.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from itertools import islice
from functools import lru_cache
from urllib.parse import urljoin, urlsplit
from html.parser import HTMLParser

from lxml import etree, html as lhtml

from .. import dates
from ..textstats import (archive_term, ends_sentence, fold, name_shaped, prose_paragraphs, strip_site_name,
                         word_count)
from ..vocab import (ANY_BOILERPLATE, AUTHOR_MARKUP_PREFIX, BRAND_TOKENS, BYLINE_PREFIX, CHOICE_TOKEN, PHOTO_TOKENS,
                     RESPONSE_TOKENS, SIGNATURE_TOKEN, UPDATED_LABEL)
from ..model import QUOTE_FIGURE, Block
from ..pagetype import (ADD_ALONE, APPOINTMENT, BARE_AMOUNTS, BOOKING, BUY, EDIT_LINK, FEED_ENTRIES, MARKUP_TYPES,
                        PRICE_TOKEN, QUOTE_WORDS, READ_MORE, REPORT_WORDS, button_row, has_price, price_alone)
from . import SOFT_HYPHEN, drop_cap, squeeze, unglue_by

BLOCK_TAGS = frozenset("pc-table p div h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote pre table tr td th caption figure "
                       "figcaption section article main header footer nav aside form address hr details summary "
                       "fieldset center".split())
FORM_CONTROLS = ("input", "select", "textarea", "button")
DROP_TAGS = frozenset("script style noscript template svg iframe object embed canvas select option button input "
                      "textarea head title meta link math video audio source map".split())
KIND = {"pc-table": "table", "h1": "heading", "h2": "heading", "h3": "heading", "h4": "heading", "h5": "heading", "h6": "heading",
        "li": "list_item", "dd": "list_item", "blockquote": "quote", "pre": "code"}
# What a <br> leaves in a block's text while it is read (no text holds it: XML has no NUL), a line break after
BREAK = "\x00"
# An e-mail's signature mark on a line of its own in an element's source text ("\n--\n", RFC 3676's "-- "): the text
# shown as it is written (a board's post in a <div> its styles pre-wrap, PTT's), its signature under the mark; the
# reader parts it there and keeps the signature's lines (email_signature reads them)
SIGNATURE_CUT = re.compile(r"\n--[ \t]?\n")
# Their classes name the page's template ("single-post has-sidebar captions cookies-not-set"): a word of them
# that would call an element boilerplate says nothing of the blocks inside it, which all inherit it
PAGE_TAGS = frozenset(("html", "body"))
# A shop's buy box: the product's price, stock and order number. An element named for it and for the product's
# photos ("cms-block-gallery-buybox", Shopware's row of the photos beside the buy box) holds the buy box, so the
# photos' word ("gallery") says nothing of the blocks inside it (its other words still count: Springer's
# "buybox__subscribe-subscription" is a subscription's offer)
BUY_BOX = "buybox"
MARKER_TAGS = frozenset(("nav", "footer", "aside", "form", "header", "figcaption", "figure"))
TOKEN_SPLIT = re.compile(r"[\s_\-]+|(?<=[a-z])(?=[A-Z])")
# The microdata types (itemtype="https://schema.org/…") read as the page's type: a thread's, which boards mark up
# in microdata rather than JSON-LD (Discourse, phpBB's and vBulletin's themes). Not the others: an article marks up
# the product it reviews, the list it ranks, as items of its own.
MICRODATA_TYPES = MARKUP_TYPES["forum"]
# Any type we know, when the item is the page's main entity (itemprop="mainEntity": JTL-Shop's Product in its ItemPage)
MAIN_ENTITY_TYPES = frozenset(t for kind in MARKUP_TYPES.values() for t in kind if not t.startswith("og:"))
# or an item of its own (no property of another item's: not the itemReviewed of a review) that holds the page's
# <h1>, the page's title its name: a Product (Shoptet's, Shopware's; a review marks up the product it reviews inside
# the article, under the article's own title), or a Question, a question-and-answer board's thread marked up without
# its QAPage (Habr Q&A's; an FAQ's questions are items under the page's title, never around it). Schema.org's type,
# and the page type it is read as.
TITLED_ITEMS = {schema: (etree.XPath(f"//*[contains(@itemtype, 'schema.org/{schema}')]"
                                     "[not(@itemprop) or contains(@itemprop, 'mainEntity')][.//h1]"), kind)
                for schema, kind in (("Product", "product"), ("Question", "qapage"))}
ARTICLE_TYPES = {"newsarticle", "article", "blogposting", "reportagenews", "analysisnewsarticle", "opinionnewsarticle",
                 "webpage", "liveblogposting", "techarticle", "scholarlyarticle", "report", "review"}


def _parser() -> etree.HTMLParser:
    # Plain etree elements (not lxml.html's): no per-element class lookup, a third faster to walk.
    return etree.HTMLParser(remove_comments=True, remove_pis=True, no_network=True, recover=True,
                            huge_tree=False, default_doctype=False, remove_blank_text=False,
                            collect_ids=False)      # no id index: nothing looks elements up by id


def parse(text: str):
    text = re.sub(r"^\s*<\?xml[^>]*>", "", text)      # lxml refuses str input with an encoding declaration
    try:
        root = etree.fromstring(text, parser=_parser())
    except (etree.ParserError, ValueError, etree.XMLSyntaxError):
        root = None
    if root is None:
        from bs4 import BeautifulSoup               # tolerant fallback for markup lxml gives up on
        root = etree.fromstring(str(BeautifulSoup(text, "html.parser")) or "<html></html>", parser=_parser())
    if root is None:
        root = etree.fromstring("<html></html>", parser=_parser())
    return root


def text_content(el) -> str:
    return "".join(el.itertext())


def shown_text(el) -> str:
    """An element's text without what the reader drops from the page (DROP_TAGS'): a heading's without the button
    beside it (rustdoc's "Copy item path" in its <h1>). (The markup's metadata is read before they are dropped.)"""
    if next(el.iter(*DROP_TAGS), None) is None:
        return text_content(el)
    parts: list[str] = []

    def walk(e) -> None:
        parts.append(e.text or "")
        for child in e:
            if isinstance(child.tag, str) and child.tag not in DROP_TAGS:
                walk(child)
            parts.append(child.tail or "")
    walk(el)
    return "".join(parts)


def heading_line(el) -> str:
    """A heading's own line: its text up to a block inside it (Sylius's <h1>Name<div class="sub header">BR-250</div>
    </h1>: the product's name, not its code under it), or up to a line break after a sentence; all its text when
    nothing stands before the block. Fields
    glued with no space between are set apart as the blocks' text sets them (`_glued_field`)."""
    parts: list[str] = []

    def walk(e) -> bool:            # (True once a block is met)
        parts.append(e.text or "")
        for child in e:
            if isinstance(child.tag, str):
                if child.tag in BLOCK_TAGS:
                    return True
                if child.tag == "br":       # (a line break after a question or a sentence ends the heading's own
                    if ends_sentence(squeeze("".join(parts))):     # line: its date under it, MetaFilter's;
                        return True                                 # else a space: "Welcome to<br>the studio")
                    parts.append(" ")
                if parts and (last := "".join(parts)[-1:]) and _glued_field(last, child):
                    parts.append(" ")       # (the brand's <span> and the name's, no space between: Zalando's)
                if child.tag not in DROP_TAGS and walk(child):
                    return True
            parts.append(child.tail or "")
        return False
    met = walk(el)
    head = squeeze("".join(parts))      # (its text, a space where the page's style sets two fields apart)
    return head if head or not met else squeeze(shown_text(el))


FIELD_TAGS = frozenset(("span", "time"))


PRICE_FIELD_CHARS = 40      # a price's field after an item's name, "od 49 € / mesec", is this short


# the utility classes that lay an element's children out as boxes side by side (Tailwind's, Bootstrap's)
FLEX_CLASSES = frozenset({"flex", "inline-flex", "grid", "inline-grid", "d-flex", "d-inline-flex", "d-grid"})


def _flex_item(el) -> bool:
    """An element right after another in a box its class lays out as a flex or grid (FLEX_CLASSES), its text
    opening with a letter: an item of its own, never a word's part."""
    parent, before = el.getparent(), el.getprevious()
    if parent is None or before is None or before.tail or not (cls := parent.get("class")):
        return False
    return not FLEX_CLASSES.isdisjoint(cls.split()) and "".join(el.itertext())[:1].isalpha()


DATE_FIELD_CHARS = 30   # a date's element, its time with it or not, is this short
GLUED_BEFORE = frozenset(("span", "a", "strong", "b", "em"))    # the inline elements a date's may be glued to


def _glued_date(el) -> bool:
    """An element that holds a date alone, opening with its digits, right after an inline element with no space
    between (a name's link, a count's <span>)."""
    before = el.getprevious()
    if before is None or before.tail or before.tag not in GLUED_BEFORE:
        return False
    whole = "".join(el.itertext()).strip()
    return len(whole) <= DATE_FIELD_CHARS and whole[:1].isdigit() and dates.has_date_shape(whole) \
        and not dates.has_date_shape("".join(before.itertext()))


def _glued_field(last: str, el) -> bool:
    """An element set right after the one before it, no space between, where the words change at the join from a
    small letter or a stop to a capital or a digit, from a digit to a capital or a price's sign, from a price to
    its discount or its note, or to an address: fields the page's style sets apart ("Claire Morel" "12 nov." "3 min
    de lecture", "38 vues" "2 commentaires", "201" "Shipment created", "post" "https://…", "$219.00" "$179.00",
    "$749" "16% OFF", "149,99 €" "inkl. MwSt."), or from a word in capitals to a capital and a small letter
    ("LÅNGVIK" "Bookcase"), not a word's parts ("Wiki" "pedia") or a code's tokens."""
    if not (last.isalpha() or last == "." or last.isdigit() or last in CURRENCY_SIGNS or last in "-–"):
        return False        # (a letter of any case, or of a script without case: a Korean name, then its time)
    before = el.getprevious()
    if before is None or before.tail or before.tag not in FIELD_TAGS \
            or not (shown := "".join(before.itertext())).endswith(last):   # (the glued text is the element's before it)
        return False
    whole = "".join(el.itertext())
    if last.isalpha() and price_alone(shown.strip()) and price_alone(whole.strip()):
        return True         # (a price whose currency's letters end it, then another: "1.999 TL" "1.499 TL")
    if last.isupper():      # (a brand in capitals, then a name: IKEA's "LÅNGVIK" "Bookcase, oak veneer")
        start = el.text or next((t for t in el.itertext() if t), "")
        return len(shown.strip()) >= 2 and shown.strip().isupper() and start[:1].isupper() and start[1:2].islower()
    if el.tag == "a" and next(before.iter("time"), None) is None and not dates.has_date_shape(shown):
        return False        # (a link only after a date's element, a <time> or a date alone: Bear Blog's "20 nov 2026"
        #                     "Por qué dejé …", Hugo Coder's "March 8, 2026" "Full-text search …")
    start = (el.text or next((t for t in el.itertext() if t), ""))[:8]
    first = start[:1]
    if last.isdigit() and CENTS_APART.match(start) and shown.strip().isdigit() and len(shown.strip()) <= WHOLE_DIGITS:
        return True         # (a price's whole units, then its cents in an element of their own: "19" "90" "/st",
        #                     Willys': one price, not "1990")
    if last.isalpha() and first.isalpha() and not last.isupper() and first.islower() \
            and len(whole) <= PRICE_FIELD_CHARS and has_price(whole):
        return True         # (a price list's row, its item then its price, a word before it: "… normiranec" "od 49 €")
    if last in "-–":                    # (a whole amount, its cents a dash, then the old one: "1 990,-" "Før 2 490,-")
        return shown.rstrip().endswith((",-", ",–")) and has_price(shown)
    if last in CURRENCY_SIGNS:          # (a price, then its note: "149,99 €" "inkl. MwSt.", Conrad's; or the
        #                                 sale's price, or the discount: "99,99 €" "69,99 €" "-30%", Mango's)
        return (first.isalpha() or first.isdigit() or DISCOUNT_START.match(start) is not None) and has_price(shown)
    return (first.isupper() or first.isdigit() and not last.isdigit() or start.startswith(("http://", "https:/"))
            or last.isdigit() and (first in CURRENCY_SIGNS or DISCOUNT_START.match(start) is not None
                                   and has_price(shown))) \
        and next(el.iterancestors(*CODE_TAGS), None) is None


CENTS_APART = re.compile(r"^\d\d(?!\d)")     # a price's cents, two digits, in their own element after its units
WHOLE_DIGITS = 5        # the units before them are this short
# a discount after a price, its element beside the price's: "$749" "16% OFF", "US $36.84" "-50%" (not after a
# number's digits the page sets apart, "1" "5%")
DISCOUNT_START = re.compile(r"^[-−]?\d{1,2}\s?%")
CURRENCY_SIGNS = "$€£¥₹₽₺₴₸₩"  # a price's sign after a digit: a sale's two prices side by side ("$219.00" "$179.00")


CODE_TAGS = ("code", "kbd", "samp", "var")


# The address of a shop's cart: "/cart", "/checkout/cart/", "/warenkorb", "/winkelwagen?step=1"
_CARTS = ("cart", "basket", "warenkorb", "panier", "carrito", "carrinho", "carrello", "koszyk", "winkelwagen")
CART_PATH = re.compile(rf"/(?:{'|'.join(_CARTS)})/?(?:[?#]|$)", re.I)
# a link that edits a page's source in its repository, ".../edit/main/docs/config.md" (GitHub's, GitLab's "/-/edit/"),
# or an icon link whose title says so ("Suggest an edit"; pagetype.EDIT_LINK, where text shows it)
EDIT_SOURCE = re.compile(r"/edit/[^?#]*\.(?:md|mdx|markdown|rst|adoc|asciidoc|txt|ipynb)(?:[?#]|$)", re.I)
# (the links that may be either, found in C in one pass over the page's links: its hundreds are not each asked in
# Python)
MARKED_HREFS = etree.XPath("//a/@href[" + " or ".join(f'contains(., "/{c}")' for c in (*_CARTS, "edit/")) + "]")
ICON_LINK_LABELS = etree.XPath("//a[@title or @aria-label][not(normalize-space())]"
                               "/@*[name() = 'title' or name() = 'aria-label']")


def _quote_figure(el) -> bool:
    """A testimonial or a pull quote as the HTML standard writes it: <figure><blockquote>…</blockquote>
    <figcaption>— Dana R.</figcaption></figure>."""
    return el.find("blockquote") is not None and next(el.iter("img", "picture", "video", "svg"), None) is None


MORE_LINK_TOKENS = frozenset({"link", "read", "button", "btn"})


def _more_link(cls: str, el) -> bool:
    """A link whose class says it leads to the rest ("more-link", WordPress's; "read-more"; cnblogs'
    "c_b_p_desc_readmore") and whose text says so."""
    toks = _split_tokens(cls)
    return ("more" in toks and not MORE_LINK_TOKENS.isdisjoint(toks) or "readmore" in toks) \
        and READ_MORE.match(squeeze(el.text or "")) is not None


def _after_a_field(el) -> bool:
    """The element follows the product's linked name in an element of its own (HikaShop's <span>) with nothing but
    space between them, and gives a price alone: a card's field, not a price a sentence names ("for only <span
    class="price">$22</span>"), nor a sale's price after the old one ("statt 8,99 € jetzt 7,49 €")."""
    prev = el.getprevious()
    return prev is not None and not (prev.tail or "").strip() and (prev.tag == "a" or prev.find(".//a") is not None) \
        and price_alone(squeeze("".join(el.itertext())))


def _price_field_before(el):
    """The element right before this one when its class calls it a price's field, nothing but space between them;
    else None."""
    prev = el.getprevious()
    return prev if prev is not None and isinstance(prev.tag, str) and not (prev.tail or "").strip() \
        and PRICE_TOKEN in _split_tokens(prev.get("class") or "") else None


def _after_a_price(el) -> bool:
    """The element gives a price and follows a price's field that gives a number (not an amount without its
    currency, whose sign or word stands in an element of its own after it: Coupang's "23,900" "원"); or both give an
    amount with its cents and no currency (BARE_AMOUNTS), the old price and the sale's (Action's "3,49" "2,49", its
    cents in a <sup>)."""
    prev = _price_field_before(el)
    if prev is None or dates.DIGIT.search(before := "".join(prev.itertext())) is None:
        return False
    return has_price(text := "".join(el.itertext())) \
        or BARE_AMOUNTS.match(before.strip()) is not None and BARE_AMOUNTS.match(text.strip()) is not None


# the class words of a card's parts: a card that is one link around its title, its blurb and its date, each a <span>
# the theme's style sets on a line of its own (Tistory's "title", "excerpt", "date")
CARD_PARTS = frozenset(("title", "subtitle", "excerpt", "summary", "desc", "description", "date", "meta"))
CARD_PARTS_MIN = 2


def _card_part(el, cls: str) -> bool:
    """A <span> of a card's part (CARD_PARTS) right inside a link that holds another: a line of its own."""
    parent = el.getparent()
    return parent is not None and parent.tag == "a" and not CARD_PARTS.isdisjoint(_split_tokens(cls)) \
        and sum(c.tag == "span" and not CARD_PARTS.isdisjoint(_split_tokens(c.get("class") or ""))
                for c in parent) >= CARD_PARTS_MIN


# the id of a tooltip a handler shows when the pointer is over its element: onmouseover="showTip(event, 'fs1', 1)"
# (FSharp.Formatting's, each type's signature in a <div> at the page's end, which its style hides): no text of the page
HANDLER_ID = re.compile(r"'([A-Za-z][\w-]{0,40})'")


# the class words of a card's badge: "product-flag sale", "badge", "sticker", "ribbon", KaBuM!'s "imageTag" (not
# "label": a field's label before its linked value, "Category: Tools", is one line)
BADGE_TOKENS = frozenset(("badge", "flag", "sticker", "ribbon", "tag"))
BADGE_WORDS = 3
NAME_TOKENS = frozenset(("name", "title"))      # the class words of a card's name in an element of its own
CARD_LINE_TOKENS = NAME_TOKENS | BRAND_TOKENS   # (or of its maker's: a badge before it, "Envío gratis" "Mabe")


def _badge(el, cls: str) -> bool:
    """A <span> whose class says badge (BADGE_TOKENS) or brand (BRAND_TOKENS), a few words at most, right before a
    link with text of its own or the card's name or maker in a <span> of its own ("-25%" "SSD Kingston NV3 1TB …",
    both in the card's link; "Madshus" "Race Speed Skin, felleski"; "Envío gratis" "Mabe"), or right after a price's
    element, nothing but space between them: a card's badge or maker over its linked name, a discount's beside the
    price ("$119.990" "-20%"), a line of its own."""
    tokens = _split_tokens(cls)
    if BADGE_TOKENS.isdisjoint(tokens) and BRAND_TOKENS.isdisjoint(tokens) \
            or not 0 < len("".join(el.itertext()).split()) <= BADGE_WORDS:
        return False
    nxt = el.getnext()
    return nxt is not None and not (el.tail or "").strip() and (
        nxt.tag == "a" and "".join(nxt.itertext()).strip()
        or nxt.tag == "span" and not CARD_LINE_TOKENS.isdisjoint(_split_tokens(nxt.get("class") or ""))) \
        or BRAND_TOKENS.isdisjoint(tokens) and _price_field_before(el) is not None


@lru_cache(maxsize=8192)
def _split_tokens(raw: str) -> frozenset[str]:
    if "rdfs-" in raw:
        raw = RDF_TERM.sub(" ", raw)
    if raw.islower():       # no capital, so no camelCase to split: str methods, not the pattern (most values)
        return frozenset(raw.replace("-", " ").replace("_", " ").split())
    return frozenset(t.lower() for t in TOKEN_SPLIT.split(raw) if t)


# a class named after an RDF Schema term, as DocBook's stylesheets name the parts they mark (the PHP manual's
# "para rdfs-comment", a function's description; "rdfs-seeAlso"): a property's name, no widget's word
RDF_TERM = re.compile(r"(?<![\w-])rdfs-\w+")


NO_TOKENS: frozenset[str] = frozenset()


def _tokens_of(cls: str | None, id_: str | None, prop: str | None, role: str | None) -> frozenset[str]:
    """Class, id and itemprop words, and the ARIA role as 'role=…' (a class named 'banner' is not role=banner).
    Each value is split once (cached): class values repeat across a page, ids do not."""
    toks = _split_tokens(cls) if cls else NO_TOKENS
    if id_:
        toks = toks | _split_tokens(id_)
    if prop:
        toks = toks | _split_tokens(prop)
    return toks | {"role=" + role.strip().lower()} if role else toks


HIDING_ATTRIBUTES = frozenset(("hidden", "aria-hidden", "style"))
# Classes that hide an element from the eye and leave it to screen readers. Inside a line that shows other text,
# the page a reader sees does not show their words ("Regular price £8.50", "100 g tin Variant sold out or
# unavailable"); a line of nothing else stays (WordPress's "Post navigation" heading over the links to other
# posts, a search box's "Search for:", mark where the post ends). Whole class names, not words:
# "visually-prominent hidden-mobile" hides nothing.
SCREEN_READER_CLASSES = frozenset(("sr-only", "visually-hidden", "visuallyhidden", "visually-hidden--inline",
                                   "screen-reader-text", "screen-reader-only", "screenreader-only", "element-invisible",
                                   "show-for-sr", "u-visually-hidden", "is-visually-hidden", "a11y-hidden",
                                   "assistive-text"))


@lru_cache(maxsize=4096)
def _screen_reader_only(cls: str) -> bool:
    return not SCREEN_READER_CLASSES.isdisjoint(cls.lower().split())


def _shown(buf: list[str], unseen: list[tuple[int, int]]) -> str:
    """A block's text without its words for screen readers (buf's pieces from start to end), when it shows others."""
    shown, at = [], 0
    for start, end in unseen:
        shown += buf[at:start]
        at = max(at, end)
    shown += buf[at:]
    text = "".join(shown)
    return text if any(c.isalnum() for c in text) else "".join(buf)


# Classes that hide an element on every screen: a utility class alone ("hide", "hidden", "d-none": with no
# breakpoint's class beside it, "hidden md:block", "d-none d-lg-block", that shows it on a wider screen), and
# Webflow's for a CMS field its condition hides ("w-condition-invisible": Webflow's related cards each hold the
# whole text of the post they link to, in a "hide").
HIDING_CLASSES = frozenset(("hide", "hidden", "d-none", "is-hidden"))
CONDITION_HIDDEN = "w-condition-invisible"
# (and a class word that hides whatever other classes stand beside it: Cafe24's "displaynone", "title displaynone"
# over each card's labels for screen readers and the trail's empty crumb; no theme shows it again)
HIDING_WORDS = frozenset(("displaynone",))


# Bootstrap's "d-none" hides whatever other classes stand beside it, unless one shows the element again from a
# screen's width on ("d-none d-md-inline"); the words "hide" and "hidden" among others are a theme's own, which a
# script may undo (Blogger's "comment-thread inline-thread hidden", Drupal's "hidden field …" shown as the text)
DISPLAY_NONE = "d-none"
BREAKPOINT_CLASS = re.compile(r"^d-[a-z]+-")     # (a theme's own widths too: "d-none d-m-block")


@lru_cache(maxsize=4096)
def _hidden_by_class(cls: str) -> bool:
    v = cls.split()
    return cls.strip() in HIDING_CLASSES or CONDITION_HIDDEN in v or not HIDING_WORDS.isdisjoint(v) \
        or DISPLAY_NONE in v and not any(BREAKPOINT_CLASS.match(c) for c in v)


# An accordion's or a tab's panel, hidden until its heading is clicked: the page's text (not a dialog's, a
# cookie notice or a newsletter box that pops up)
SHOWN_ON_CLICK = frozenset(("region", "tabpanel"))
PAGE_ROOTS = frozenset(("html", "body"))


def _hidden(a: dict, tag: str = "") -> bool:
    """An element's attributes hide it, or its class (both readers ask this); a collapsed panel is not hidden, nor
    the page's <body> (or <html>), which a script shows once it has run (HedgeDoc's published note, <body
    style="display:none;">)."""
    if a.get("role") in SHOWN_ON_CLICK or tag in PAGE_ROOTS:
        return False
    if "hidden" in a and not (a.get("id") or "").startswith("S:"):
        return True         # React's streamed HTML: <div hidden id="S:0"> holds content a script swaps in
    return a.get("aria-hidden") == "true" or "display:none" in (a.get("style") or "").replace(" ", "").lower() \
        or _hidden_by_class(a.get("class") or "")


# A footnote's mark in the text: its number, in brackets or not ("[1]", "12", "[a]"), a link to the note further
# down the page (Wikipedia's <sup class="reference">, a blog's footnotes plugin); the notes themselves are
# references, which the article's text does not keep, so the marks would point at nothing
FOOTNOTE_MARK = re.compile(r"^\[?\s*(?:\d{1,3}|[a-z])\s*\]?$")


def _quoted(el) -> bool:
    """A <cite> inside a <blockquote> names whom the quote is from, on a line of its own over or under it (a
    board's "Anne hat geschrieben: ↑ Sa 9. Mär 2024", a pull quote's author); elsewhere it is a title in a
    sentence."""
    return any(a.tag == "blockquote" for a in el.iterancestors())


def _footnote_mark(el) -> bool:
    return FOOTNOTE_MARK.match(text_content(el).strip()) is not None \
        and any((a.get("href") or "").startswith("#") for a in el.iter("a"))


# The generators of documentation sites (their <meta name="generator">): "mkdocs-1.5.3, mkdocs-material-9.4.6",
# "Docusaurus v3.1.0", "VitePress v1.0.0", "mdBook 0.4.36", "Antora 3.1.7", "GitBook", "Mintlify", "Starlight v0.29.0",
# "rustdoc", "Doxygen 1.9.8", "javadoc/ClassWriterImpl", "Archbee"; a book's chapters (R's "bookdown 0.37 and GitBook
# 2.6.7", HonKit's); a manual's chapters made from DocBook or Texinfo ("DocBook XSL Stylesheets V1.79.2",
# "makeinfo, GNU texinfo 7.1"); a Java project's site ("Apache Maven Doxia Site Renderer 1.11.1"); a guide written in
# AsciiDoc ("Asciidoctor 2.0.23"); OCaml's and Python's API generators ("odoc 2.4.1", "pydoctor 24.3.3"); the
# W3C's, WHATWG's and community groups' specifications
DOC_GENERATOR = re.compile(r"^\s*(?:mkdocs|docusaurus|vitepress|vuepress|mdbook|antora|docsify|gitbook|sphinx|mintlify|"
                           r"starlight|retype|rustdoc|doxygen|javadoc|typedoc|jsdoc|pdoc|pydoctor|odoc|dokka|docfx|"
                           r"ex_?doc|"
                           r"document360|helpjuice|zendesk guide|archbee|bookdown|honkit|docbook|makeinfo|"
                           r"apache maven doxia|asciidoctor|"
                           r"sdoc|rdoc|yard|"     # (Ruby's: SDoc, Rails' API reference, "SDoc 2.6.1")
                           r"bikeshed|respec|"    # (a standard's text: "Bikeshed version 4416b18d5", "ReSpec 35.1.1")
                           # (a help system's topics: "Adobe RoboHelp 2022", "Help+Manual 9.2", "HelpNDoc 9.1")
                           r"adobe robohelp|robohelp|help\+manual|helpndoc|"
                           r"dumi|"               # (React components' docs, Ant Design's: "dumi")
                           r"mystmd|jupyter[- ]book|"     # (MyST's books and docs: "mystmd")
                           r"zim|"                # (a desktop wiki's pages exported: "Zim 0.75.2")
                           r"paligo|"             # (a component CMS's help published: "Paligo")
                           r"latex2html)\b", re.I)    # (a manual converted from LaTeX: "LaTeX2HTML v2024.2")


# A list of posts the microformats mark: an element of class "h-feed" around two entries or more ("h-entry", each a
# post's card; Plume's, an IndieWeb blog's index)
H_FEEDS = etree.XPath("//*[contains(concat(' ', normalize-space(@class), ' '), ' h-feed ')]")
H_ENTRIES = etree.XPath(".//*[contains(concat(' ', normalize-space(@class), ' '), ' h-entry ')]")


# A board's engine in the page's generator tag: a thread's page (its other pages, the board's lists of threads, rarely
# carry a text of their own to lose)
FORUM_GENERATOR = re.compile(r"^\s*(?:mbin|kbin|lemmy|discourse|phpbb|vbulletin|xenforo|nodebb|flarum|mybb|"
                             r"simple machines|smf|vanilla|invision|fluxbb|punbb|phorum|misago|woltlab|nabble)\b",
                             re.I)


def _base_url(root) -> str | None:
    """Where the page says it lives: <base href>, the canonical link, or og:url (to resolve relative URLs)."""
    for xp in ("//base/@href", "//link[@rel='canonical']/@href", "//meta[@property='og:url']/@content"):
        found = root.xpath(xp)
        if found and str(found[0]).startswith(("http://", "https://")):
            return str(found[0])
    return None


def _join(base: str | None, url: str | None) -> str | None:
    """An absolute URL where possible; never a javascript: or data: one."""
    if not url:
        return None
    url = url.strip()
    if url.lower().startswith(("javascript:", "data:", "#")):
        return None
    if not base:
        return url
    try:
        return urljoin(base, url)
    except ValueError:          # a malformed address ("http://[abc"): the page's own words, as written
        return url


def _split_url(href: str):
    """The address's parts, or None when it is malformed ("http://[::1", which urlsplit refuses)."""
    try:
        return urlsplit(href)
    except ValueError:
        return None


MAX_CELL, MAX_COLS, MAX_TABLE = 300, 12, 20_000


POST_WORDS = 12


def _post_cell(cell) -> bool:
    """A cell that holds a post: blocks of its own (a header, the message, the buttons under it) and a sentence
    among them, or the one block of a message as wide as the table (an old board's cell beside the poster's card,
    Jcink's), or a message and the row of its buttons under it ("Responder | Citar | Denunciar", XOOPS's): a
    forum's layout row, where a data table's cell is a value."""
    texts = [t for t in (squeeze("".join(el.itertext()))
                         for el in cell.iterdescendants("div", "p", "ul", "ol", "blockquote")) if t]
    return (len(texts) >= 3 or len(texts) == 1 and cell.get("width") == "100%"
            or len(texts) == 2 and button_row(texts[1])) \
        and any(len(t.split()) >= POST_WORDS and ends_sentence(t) for t in texts)


POSTER_CARD = 3     # blocks in a poster's card at least: their name, a rank, a count of posts


def _poster_row(row: list) -> bool:
    """A row of two cells, a poster's card beside their message (UseBB's, an old board's): the first of POSTER_CARD
    lines or more, blocks or lines a <br> ends, and no sentence among them (the name, "Moderator", "Posty: 214",
    "Zarejestrowany: 3 mar 2021"; DVBBS's "等级：版主" / "帖子：2,318"), a line of the second a sentence of POST_WORDS
    words (over the poster's signature): a thread's layout, where a data table's row holds values (a comparison's
    row of four, a product's name, link and flag over its review's sentence, is one)."""
    if len(row) != 2:
        return False
    card, message = row
    if not any(True for _ in card.iterdescendants("div", "p", "br")):
        return False        # (most rows' cells hold no block: asked first, before any cell's words are read)
    texts = _cell_lines(card)
    if len(texts) < POSTER_CARD or any(map(ends_sentence, texts)):
        return False
    return any(word_count(line) >= POST_WORDS and ends_sentence(line) for line in _cell_lines(message))


def _cell_text(cell, between: str = " ") -> str:
    """A cell's words, a space between the blocks it holds ("order_id" over "required", a <div>'s: not
    "order_idrequired"), or what `between` says; most cells hold text alone. (The walk of shown_text's and
    heading_line's shape.)"""
    if len(cell) == 0:
        return cell.text or ""
    parts: list[str] = []

    def walk(e) -> None:
        parts.append(e.text or "")
        for child in e:
            block = child.tag in BLOCK_TAGS or child.tag == "br"
            if block:
                parts.append(between)
            if isinstance(child.tag, str):
                walk(child)
            if block:
                parts.append(between)
            parts.append(child.tail or "")
    walk(cell)
    return "".join(parts)


def _cell_lines(cell) -> list[str]:
    """A cell's lines, each block's and each a <br> ends."""
    return [t for t in map(squeeze, _cell_text(cell, "\n").split("\n")) if t]


SAME_LINK_ROWS = 3      # rows whose cell in a column is the same link ("info", "buy track") make it a column of buttons
SAME_LINK_CHARS = 20


def _idle_columns(rows: list[list[str]], elements: list[list]) -> set[int]:
    """The columns that say nothing: empty in every row (a play button's cell), or, in SAME_LINK_ROWS rows or more,
    the same short link in every row, a column of buttons (Bandcamp's tracks' "info" and "buy track"); not a
    column of the same value that is no link ("Yes", "✓": a comparison's)."""
    width = max(len(r) for r in rows)
    idle = set()
    for j in range(width):
        cells = [r[j] if j < len(r) else "" for r in rows]
        if not any(cells):
            idle.add(j)
        elif len(rows) >= SAME_LINK_ROWS and len(set(cells)) == 1 and len(cells[0]) <= SAME_LINK_CHARS \
                and all(j < len(row) and squeeze("".join(t for a in row[j].iter("a") for t in a.itertext())) == c
                        for row, c in zip(elements, cells)):
            idle.add(j)
    return idle


def _tabulate(root) -> None:
    """Replace each simple data table by one element whose text is its cells (tabs) and rows (lines).

    Simple: not nested and holding no table, 2+ rows, 2 to 12 columns, short cells. A layout
    table (the whole page in cells, long prose in a cell) is left to the walk, cell by cell.
    """
    tables = list(root.iter("table"))           # (not an XPath: that tests every element, this only the tables)
    posts = _post_tables(tables)
    for table in tables:
        if table.find(".//table") is not None or next(table.iterancestors("table"), None) is not None:
            continue
        if posts and _table_key(table) in posts:
            continue        # (a table per post, its class the posts' tables': a short reply's too, 1C-Bitrix's)
        rows, elements = [], []
        for tr in table.iter("tr"):
            row = [c for c in tr if c.tag in ("td", "th")]
            cells = [squeeze(_cell_text(c)) for c in row]
            if any(cells):
                rows.append(cells)
                elements.append(row)
        width = max((len(r) for r in rows), default=0)
        if len(rows) < 2 or not 2 <= width <= MAX_COLS or any(len(c) > MAX_CELL for r in rows for c in r) \
                or sum(len(c) for r in rows for c in r) > MAX_TABLE \
                or any(any(map(_post_cell, row)) or _poster_row(row) for row in elements):
            continue        # (its rows holding posts: a forum's layout, ProBoards'; or one, a table per post:
            #                 Nabble's, its author's row over its message's; or a poster's card beside a message)
        idle = _idle_columns(rows, elements)
        if idle and width - len(idle) >= 2:
            rows = [[c for j, c in enumerate(r) if j not in idle] for r in rows]
            width -= len(idle)
        grid = etree.Element("pc-table")
        grid.text = "\n".join("\t".join(c.replace("\t", " ") for c in r + [""] * (width - len(r))) for r in rows)
        grid.tail = table.tail
        caption = table.find("caption")
        if caption is not None and (title := squeeze(text_content(caption))):
            line = etree.Element("p")       # (its caption, the table's title, a line over it: "Tabelle 1. Anzeigen
            line.text = title               # der Netzwerk-LED", DITA's)
            table.addprevious(line)
        table.getparent().replace(table, grid)


def _first_class(el) -> str | None:
    names = (el.get("class") or "").split()
    return names[0] if names else None


def _table_key(el) -> str | None:
    """What the tables of one layout share: their first class word, or with no class their attributes (an old
    board's "width=100% border=0 cellspacing=1 cellpadding=3", a table per post: Jcink's)."""
    return _first_class(el) or ("@" + " ".join(f"{k}={v}" for k, v in sorted(el.items())) if el.attrib else None)


POST_TABLES = 2     # tables of one class that hold a post: a thread laid out a table per post (one is a table's)


def _post_tables(tables: list) -> set[str]:
    """The first class words of POST_TABLES tables or more that hold a post in a cell (a thread laid out a table per
    post; not one table of rich cells beside a data table of its class). Only the tables whose class POST_TABLES of
    them share are looked into: a page's one data table of its class is never walked cell by cell here."""
    classes = [_table_key(t) for t in tables]
    shared = {c for c, n in Counter(classes).items() if c and n >= POST_TABLES}
    found = Counter(c for t, c in zip(tables, classes) if c in shared and any(map(_post_cell, t.iter("td"))))
    return {c for c, n in found.items() if n >= POST_TABLES}


WIDGETS = ("button", "select", "object", "map")
NOSCRIPT_PAGE = 50         # elements: a <noscript> fallback image is a few, a swallowed page hundreds
# or paragraphs: the page's text for readers without JavaScript (Flarum's discussion, its posts in a <noscript> the
# app replaces), where a notice that the site needs JavaScript is one sentence (one <p> at most, in 1,000 pages)
NOSCRIPT_PARAGRAPHS = 2


def _kept_widgets(root) -> list[tuple]:
    """The widgets whose words are the page's, each with the tag it is read as: widgets that hold paragraphs, a
    <noscript> that holds a page (the parser nested the page inside an unclosed one, or the page gives its text
    there to readers without JavaScript), buttons that hold blocks of words, as <div>s; a heading's button that is
    its whole text, as a <span>. (A walk in C over the few such elements: an XPath over every element cost 4% of a
    page.)"""
    found = []
    for el in root.iter(*WIDGETS, "noscript"):
        if el.tag == "noscript":
            if next(islice(el.iterdescendants(), NOSCRIPT_PAGE, None), None) is not None \
                    or next(islice(el.iter("p"), NOSCRIPT_PARAGRAPHS - 1, None), None) is not None:
                found.append((el, "div"))
        elif el.find(".//p") is not None or el.tag == "button" and _holds_text_block(el):
            found.append((el, "div"))
        elif el.tag == "button" and _heading_button(el):
            found.append((el, "span"))
    return found


BOX_PARTS = 2       # a button holds this many <div>s with words at least when it is a box of parts (not a label)


def _holds_text_block(button) -> bool:
    """A <button> that holds <div>s with words in them: a button may hold phrasing content only, and one that holds
    blocks of parts is a box the page styles as a button (Swagger UI's operation, "GET" / "/stations" / "List
    stations"); not its label alone in a <div> ("Watch review on YouTube")."""
    return sum(any(c.isalpha() for c in "".join(d.itertext())) for d in button.iter("div")) >= BOX_PARTS


HEADING_BUTTON_DEPTH = 2     # a heading's button stands this deep in it at most (<h3><span><button>)


def _heading_button(button) -> bool:
    """The button is a heading's text: an accordion's, as WAI-ARIA lays it out, the heading's one button that opens
    the panel under it ("<h3><button aria-expanded="false">How long does delivery take?</button></h3>", a page's
    questions and answers), the heading's whole text; not a button beside the heading's text (a toggle,
    "Collapse")."""
    up = button
    for _ in range(HEADING_BUTTON_DEPTH):
        up = up.getparent()
        if up is None or up.tag in HEADING_TAGS:
            break
    return up is not None and up.tag in HEADING_TAGS \
        and bool(title := "".join(button.itertext()).strip()) and "".join(up.itertext()).strip() == title


# The mark a documentation page or a blog links each heading to itself with ("Quickstart¶", "Usage #")
PERMALINK_MARKS = frozenset(("¶", "#", "§", "🔗", "⚓", "⚓︎"))


def _drop_permalinks(root) -> None:
    """Empties the links a heading carries to itself, a mark alone ("<a class="headerlink" href="#usage">¶</a>"):
    no word of the heading's; and a heading that is all one link to a place on the page (Docsify's "<h2><a
    href="#/konfiguration?id=optionen" class="anchor">Optionen</a></h2>") is a heading, no link to elsewhere (a
    card's title); so is a term that links to itself, the element around the link named by its address (mandoc's
    "<dt id="v"><a class="permalink" href="#v">-v</a></dt>", an option's permalink)."""
    for el in root.iter("a"):
        href = el.get("href", "")
        if not href.startswith("#"):
            continue
        t = el.text
        if t and len(t) <= 3 and len(el) == 0 and t.strip() in PERMALINK_MARKS:
            el.text = None
        elif (up := el.getparent()) is not None and (up.tag in HEADING_TAGS and not (up.text or "").strip()
                                                     and not (el.tail or "").strip() and len(up) == 1
                                                     or len(href) > 1 and up.get("id") == href[1:]):
            el.tag = "span"


HEADING_TAGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
ARIA_HEADING_TAGS = frozenset(("div", "span", "p"))    # the elements a page makes headings with role="heading"


def _aria_heading(el) -> str:
    """The heading tag an element with role="heading" stands for: its aria-level's (cnblogs' post titles, "<div
    class="postTitle" role="heading" aria-level="2">"), level 2 when it gives none or a bad one (ARIA's default)."""
    level = (el.get("aria-level") or "").strip()
    return f"h{level}" if level in ("1", "2", "3", "4", "5", "6") else "h2"


LIST_TAGS = frozenset(("ol", "ul", "menu"))


def _attr_number(value: str | None) -> int | None:
    """An <ol start="…"> or <li value="…">: a number of up to six digits, None when it has none or a bad one."""
    v = (value or "").strip()
    return int(v) if v.isdigit() and len(v) < 7 else None


def _item_number(lists: list[int], value: str | None) -> int:
    """The number an <li> shows: the next of its <ol> (or its own value="…"), 0 outside an <ol>."""
    if not lists or lists[-1] < 0:
        return 0
    own = _attr_number(value)
    lists[-1] = lists[-1] + 1 if own is None else own
    return lists[-1]


BUTTON_INPUTS = frozenset({"submit", "image", "button"})


def _control_label(el) -> str:
    """The words of a form's button, which the reader drops with the other controls: a <button>'s text, a submit or
    image <input>'s value or alt ("Agregar al carro", osCommerce's image input "Add to Cart"); "" for any other
    control, and for one whose words run SHORT_LABEL or longer (no button's)."""
    if el.tag == "button":
        label = text_content(el)
    elif el.tag == "input" and (el.get("type") or "").lower() in BUTTON_INPUTS:
        label = el.get("value") or el.get("alt") or ""
    else:
        return ""
    label = squeeze(label)
    return label if len(label) < SHORT_LABEL else ""


# a post's button that reports it to the moderators or quotes it ("Zgłoś", Wykop's under each entry and comment)
POST_CONTROLS = QUOTE_WORDS | REPORT_WORDS


SHORT_LABEL = 40
# the class words of a price's parts set beside its amount: its cents (Media Expert's "cents", Amazon's
# "a-price-fraction" after its "a-price-decimal" point, "decimals") and its currency
CENTS_PARTS = frozenset({"cents", "cent", "fraction", "decimals", "grosze", "kopecks"})
CURRENCY_PARTS = frozenset({"currency"})
PRICE_PART_CHARS = 4


def _price_part(cls: str, text: str) -> bool:
    """An element's text is a part of a price the amount before it needs a space from: two digits of cents, or
    the currency, in an element whose class names it."""
    if len(text) > PRICE_PART_CHARS:
        return False
    toks = _split_tokens(cls)
    return text.isdigit() and not CENTS_PARTS.isdisjoint(toks) or not CURRENCY_PARTS.isdisjoint(toks)


CHOICE_INPUTS = frozenset({"checkbox", "radio"})
CHOICE_CHARS = 80       # the line a choice's box stands on (its label, a count beside it) is this long at most


def _mark_choice(el) -> None:
    """A form's choice, a checkbox or a radio button the reader drops: the block its label stands in (a shop's
    filter, "nowe 6 945"; a checklist's item, a recipe's ingredient to tick off) gets the class word of such a
    line, when it is a line alone (structure's shop_filter reads it). Not a disabled box: a task list's item
    ("[x] Ship the release"), text that shows a state."""
    if el.tag != "input" or (el.get("type") or "").lower() not in CHOICE_INPUTS or el.get("disabled") is not None:
        return
    line = next((a for a in el.iterancestors() if a.tag in BLOCK_TAGS), None)
    if line is None or line.tag in PAGE_TAGS or len(text_content(line)) > CHOICE_CHARS:
        return
    line.set("class", f"{line.get('class') or ''} {CHOICE_TOKEN}")


def read_html(text: str, *, links: bool = False, images: bool = False) -> tuple[list[Block], dict]:
    """Blocks and markup metadata; `links`/`images` also record each block's links and the images before it
    (off by default: most pages have hundreds of menu links, and recording them costs time)."""
    root = parse(text)
    _drop_permalinks(root)
    meta = metadata(root)
    titled = {kind for schema, (holds_h1, kind) in TITLED_ITEMS.items()     # (asked of the whole tree: only where
              if f"schema.org/{schema}" in text and holds_h1(root)}          # the text names the type)
    base = _base_url(root) if links or images else None     # (three searches of the tree: only when asked)
    for el, tag in _kept_widgets(root):    # an unclosed <button> swallows the page after it: keep what it holds;
        el.tag = tag                        # an accordion's heading, its button the title: keep the title
    buy_buttons = post_buttons = booking_buttons = appointments = adds = 0
    for el in root.iter(*FORM_CONTROLS):    # a field or a button dropped still parts the words beside it (a
        el.tail = " " + el.tail if el.tail else " "    # label, its field, the next button: "Quantity" "Buy now")
        if label := _control_label(el):     # (a shop's buy button; a post's, a <button> only)
            buy_buttons += BUY.match(label) is not None
            adds += label.strip().lower() in ADD_ALONE
            booking_buttons += BOOKING.match(label) is not None     # (of them, the ones that book: "Book now")
            appointments += APPOINTMENT.match(label) is not None    # (and a person's time or a table)
            post_buttons += el.tag == "button" and label.lower() in POST_CONTROLS
        _mark_choice(el)
    buy_buttons = buy_buttons or adds       # ("Add" alone, when no button says more: a grocer's, Morrisons'; not
    #                                         the cards' beside a product's "Add to cart", Esselunga's "Aggiungi")
    if buy_buttons:
        meta["buy_buttons"] = buy_buttons   # (the page sells what it shows, though its buttons leave no text)
    if booking_buttons:
        meta["booking_buttons"] = booking_buttons
    if appointments:
        meta["appointment_buttons"] = appointments
    if post_buttons:
        meta["post_buttons"] = post_buttons     # (and its posts' report or quote buttons, a thread's)
    hrefs = MARKED_HREFS(root)
    if any(CART_PATH.search(href) for href in hrefs):
        meta["cart_link"] = True            # (a shop's cart in its header, an icon with a count: no word of it)
    if any(EDIT_SOURCE.search(href) for href in hrefs) \
            or any(EDIT_LINK.search(label) for label in ICON_LINK_LABELS(root)):
        meta["edit_link"] = True            # (a documentation page's link to edit its source, an icon)
    etree.strip_elements(root, *DROP_TAGS, with_tail=False)    # in C: a third of a page's elements, never walked
    _tabulate(root)
    blocks: list[Block] = []
    # Open elements: (tag, nearest block tag, tokens of it and its ancestors, markers of it and its ancestors,
    # the innermost <article>/<main> around it).
    stack: list[tuple[str, str, frozenset[str], frozenset[str], str]] = []
    opened: list[int] = []                       # the open elements' numbers (in document order), with the stack
    elements = 0
    buf: list[str] = []
    linked_bits: list[str] = []                  # the text inside links, piece by piece: the block's link characters
    #                                              (and each part's, when the block is cut in two)
    in_link = 0
    skip = 0
    pre = 0
    empty: frozenset[str] = frozenset()
    containers = 0
    found: list[tuple[str, str]] = []            # (anchor, URL) of the links of the block being read
    open_links: list[tuple[int, str]] = []       # (position in buf, URL) of the <a> elements open now
    pictures: list[tuple[str, str]] = []         # images met since the last block
    marked: list = []                            # elements whose class/itemprop/rel names an author or a date
    rdfa: list = []                              # elements whose RDFa property names a date
    itemtypes: set[str] = set()                  # the page types the page's microdata declares
    lists: list[int] = []                        # the open <ol>s' last numbers given, -1 for an open <ul>
    number = 0                                   # the number of the <li> being read (0: not in an <ol>)
    br_at = -1                                   # where in buf the last <br> left a line break (-1: none since)
    unseen: list[tuple[int, int]] = []           # (start, end) in buf of the text only screen readers are given
    fields: list = []                            # inline elements read as blocks of their own (a glued price)
    hover_ids: set[str] = set()                  # the ids of tooltips a pointer over an element shows
    sr_el, sr_start = None, 0                    # the element of such text open now, where in buf its text starts
    eyes_only = False                            # the block being read has lost an element aria-hidden="true"

    def flush(line: int) -> None:
        nonlocal buf, linked_bits, found, pictures, number, br_at, unseen, sr_start, eyes_only
        br_at = -1
        if not buf:
            return
        # (what a screen reader is told stands for what an aria-hidden element showed: WooCommerce's sale prices)
        raw = _shown(buf, unseen) if unseen and not eyes_only else "".join(buf)
        unseen, sr_start, eyes_only = [], 0, False
        if SOFT_HYPHEN in raw:
            raw = raw.replace(SOFT_HYPHEN, "")
        if raw.isspace():                # the layout whitespace between block tags
            buf, linked_bits, found = [], [], []
            return
        if stack:
            _, tag, toks, markers, region = stack[-1]
        else:
            tag, toks, markers, region = "body", empty, empty, ""
        link_chars = sum(map(len, linked_bits))
        cut = None if pre or "--" not in raw else SIGNATURE_CUT.search(raw)
        if cut and raw[:cut.start()].strip():
            raw, signature = raw[:cut.start()], raw[cut.end():].replace(BREAK, "\n").split("\n")
            signature = "\n".join(["--", *filter(None, map(squeeze, signature))])
        else:
            cut = None
        if pre or tag == "pc-table":
            txt = raw.strip("\n")
        elif BREAK in raw:                # a paragraph's own line breaks (an address, a poem) stay line breaks
            txt = "\n".join(filter(None, map(squeeze, raw.split(BREAK))))
        else:
            txt = unglue_by(squeeze(raw))
        if txt and txt.strip():
            kind = KIND.get(tag, "paragraph")
            if kind == "paragraph" and blocks and drop_cap(blocks[-1].text, txt):
                cap = blocks.pop()                              # the letter joins its word
                line, txt, pictures = cap.line, cap.text + txt, list(cap.images) + pictures
            # (a mailing list's message in a <pre>: prose, read as its paragraphs)
            parts = prose_paragraphs(txt) if kind == "code" else (txt, signature) if cut else None
            for txt in parts or (txt,):
                kind = "paragraph" if parts and not cut else kind       # (a post and its signature: its kind)
                links_in = tuple(f for f in found if f[0] in txt) if cut else tuple(found)   # (a part's own links)
                linked = sum(len(bit) for bit in linked_bits if bit in txt) if cut else link_chars
                # (positional, in the order of Block's fields: a page builds a block per paragraph and menu item)
                blocks.append(Block(len(blocks), line, txt, kind, "body", None, None, None,
                                    "table" if kind == "table" else tag,
                                    ">".join([e[0] for e in stack[-4:]]),
                                    toks | markers if markers else toks,
                                    min(linked, link_chars, len(txt)),
                                    int(tag[1]) if kind == "heading" else 0,
                                    region, tuple(opened), links_in, tuple(pictures),
                                    number if kind == "list_item" else 0))
                pictures = []
            if kind == "list_item":
                number = 0                                      # (the item's first block carries it)
        buf, linked_bits, found = [], [], []
        open_links[:] = [(0, url) for _, url in open_links]     # a link across a block boundary goes on

    for event, el in etree.iterwalk(root, events=("start", "end")):
        if event == "start":
            tag = el.tag
            if skip or type(tag) is not str or tag in DROP_TAGS:
                skip += 1
                continue
            cls = id_ = prop = role = rel = itype = None
            hides = False
            for k, v in el.items():          # one pass over the attributes, not a dict and four lookups
                if k == "class":
                    cls = v
                elif k == "id":
                    id_ = v
                elif k in HIDING_ATTRIBUTES:
                    hides = True
                elif k == "itemprop":
                    prop = v
                elif k == "role":
                    role = v
                elif k == "rel":
                    rel = v
                elif k == "property" and RDFA_DATE.search(v) and "published" not in meta:
                    rdfa.append(el)             # Drupal's <span property="schema:dateCreated" content=…>
                elif k == "itemtype":
                    itype = v
                elif k == "onmouseover" and "'" in v:
                    hover_ids.update(HANDLER_ID.findall(v))
            if role == "heading" and tag in ARIA_HEADING_TAGS:
                el.tag = tag = _aria_heading(el)    # (a <div role="heading" aria-level="2">: an <h2>)
            if itype is not None and ((t := itype.rstrip("/").rsplit("/", 1)[-1].lower()) in MICRODATA_TYPES
                                      or t in MAIN_ENTITY_TYPES and prop and "mainEntity" in prop):
                itemtypes.add(t)
            if (hides or cls and _hidden_by_class(cls)) and _hidden(dict(el.items()), tag) \
                    or tag == "sup" and _footnote_mark(el) or id_ is not None and id_ in hover_ids:
                skip += 1
                if el.get("aria-hidden") == "true":
                    eyes_only = True
                    if tag in BLOCK_TAGS and buf and not buf[-1][-1:].isspace():
                        buf.append(" ")     # (shown, as a block of its own: "Nov 18, 2026" · "4 min read")
                continue
            is_block = tag in BLOCK_TAGS or tag == "cite" and _quoted(el)
            if not is_block and buf and cls and PRICE_TOKEN in cls.lower() \
                    and (buf[-1][-1:].isalpha() or _after_a_field(el)) \
                    and not (unseen and unseen[-1][1] == len(buf)) \
                    and PRICE_TOKEN in _split_tokens(cls) and has_price("".join(el.itertext())):
                is_block = True                 # a card's price glued to its name ("Pine Ridge Mug$22.00"), or in
                fields.append(el)               # an element after the name's (HikaShop's <span>s, set apart by its
                #                                 style): a field of its own, as where the shop sets it apart with a
                #                                 <div>
            elif not is_block and buf and cls and PRICE_TOKEN in cls.lower() and _after_a_price(el) \
                    and PRICE_TOKEN in _split_tokens(cls):
                is_block = True                 # the price box's fields side by side, each in an element its class
                fields.append(el)               # calls a price's ("de R$ 399,90" "por R$ 299,90" "25% OFF" "ou
                #                                 10x de R$ 29,99"): each a line, as where the shop sets them apart
            elif not is_block and tag == "q" and cls and "block" in cls.split():
                is_block = True                 # a <q> the page's utility classes show as a block (Tailwind's
                fields.append(el)               # "block"): a card's blurb under its linked title, Astro Cactus's
            elif not is_block and tag == "a" and cls and buf and _more_link(cls, el):
                is_block = True                 # a teaser's link to the rest at its blurb's end ("… peperoncino.
                fields.append(el)               # Continua a leggere"): a block of its own, the card's button
            elif not is_block and in_link and tag == "span" and cls and _card_part(el, cls):
                is_block = True                 # a card that is one link: its title, its blurb, its date apart
                fields.append(el)
            elif not is_block and tag == "span" and cls and _badge(el, cls):
                is_block = True                 # a card's badge or maker before its linked name ("-20 %" "Salomon X
                fields.append(el)               # Ultra 4 GTX"), or after a price: apart, as in a <div> of its own
            elif not is_block and tag == "span" and cls and SIGNATURE_TOKEN in cls.lower().split() \
                    and el.getprevious() is not None and (not buf or ends_sentence("".join(buf))) \
                    and not (stack and stack[-1][1] in HEADING_TAGS):
                is_block = True                 # a poster's signature in the post's element, after its text
                fields.append(el)               # (HardWare.fr's <span class="signature">): apart, its class with it
                #                                 (the whole class word, not TypeDoc's "tsd-signature-type"; not a
                #                                 function's in its heading, JSDoc's "(options)", nor one that
                #                                 opens its item, Crystal's "#reset" over its summary)
            if pre and is_block:            # a listing's lines each in a <div> (Expressive Code's "ec-line"): lines
                is_block = False            # of the one code block, not blocks of their own
                if buf and not buf[-1].endswith("\n"):
                    buf.append("\n")
            elif buf and not pre and not is_block and (tag in FIELD_TAGS or tag == "label"
                                                       or tag == "a" and buf[-1][-1:].isdigit()) \
                    and _glued_field(buf[-1][-1:], el):
                buf.append(" ")                 # a card's fields side by side: "Claire Morel" "12 nov." "3 min"
            elif buf and not pre and not is_block and tag in FIELD_TAGS and buf[-1][-1:].isalnum() \
                    and _glued_date(el):
                buf.append(" ")                 # a date's element right after another's text ("물주는사람"
                #                                 "26.12.05 21:40", a comment's name and time; "조회 214" "26.12.05")
            elif buf and not pre and not is_block and buf[-1][-1:].isalnum() and _flex_item(el):
                buf.append(" ")                 # an item of a flex or grid box after another, a word each side: the
                #                                 browser lays each out apart ("© 2026 Colisio SAS" "Powered by
                #                                 Zudoku", a footer's two ends)
            elif buf and not pre and not is_block and tag == "q" and buf[-1][-1:].isalnum():
                buf.append(" ")                 # a <q> right after a word: the browser sets its quotation marks
                #                                 between them (Astro Cactus's card: its linked title, then its
                #                                 blurb in a <q>, "… Midland style" "Pleaching the hazel …")
            if cls and sr_el is None and not is_block and _screen_reader_only(cls):
                sr_el, sr_start = el, len(buf)
            if is_block and buf:
                flush(el.sourceline or 0)
            elif tag == "br" and buf:
                if pre:
                    buf.append("\n")
                elif _ends_line_block(buf, br_at):
                    flush(el.sourceline or 0)
                else:
                    buf.append(BREAK)              # one inside a sentence is a line break in it
                    br_at = len(buf)
            if stack:
                _, block_tag, toks, markers, region = stack[-1]
            else:
                block_tag, toks, markers, region = "body", empty, empty, ""
            if is_block:
                block_tag = tag
            if cls or id_ or prop or role:
                # most elements have a class alone: its cached split, without a call to _tokens_of
                own = _split_tokens(cls) if cls and not (id_ or prop or role) else _tokens_of(cls, id_, prop, role)
                if tag in PAGE_TAGS or tag == "main":      # (the page's main element is its content, whatever its
                    own = own - ANY_BOILERPLATE             # class says: DC Inside's <main class="gallery_view">,
                    #                                         a board's "gallery", holds the thread)
                elif BUY_BOX in own:
                    own = own - PHOTO_TOKENS
                if own and not own <= toks:
                    toks = toks | own
                if not own.isdisjoint(FIELD_TOKENS) or rel == "author":
                    marked.append(el)           # may show the author or the date (`shown_metadata` reads them)
            elif rel == "author":
                marked.append(el)
            if tag in MARKER_TAGS:
                # (a form is also named by its number: html_container asks what each form holds)
                markers = markers | ({"<form>", f"<form#{elements + 1}>"} if tag == "form" else
                                     {"<" + tag + ">", QUOTE_FIGURE} if tag == "figure" and _quote_figure(el) else
                                     {"<" + tag + ">"})
            elif tag == "main" or tag == "article" and not region.startswith("<article"):
                containers += 1                         # which one: pages hold many <article> teaser cards;
                region = f"<{tag}#{containers}>"        # an <article> inside an <article> is part of it
            stack.append((tag, block_tag, toks, markers, region))
            elements += 1
            opened.append(elements)
            if tag == "a" and not _anchor_only(el):
                in_link += 1
                if links:
                    open_links.append((len(buf), _join(base, el.get("href"))))
            elif tag == "pre":
                pre += 1
            elif tag == "li":
                number = _item_number(lists, el.get("value"))
            elif tag == "ol":
                start = _attr_number(el.get("start"))
                lists.append((1 if start is None else start) - 1)
            elif tag in LIST_TAGS:                      # <ul>, <menu>: their items are not numbered
                lists.append(-1)
            elif tag == "img" and images:
                src = el.get("src") or el.get("data-src")
                if src and not src.startswith("data:"):
                    pictures.append((squeeze(el.get("alt") or ""), _join(base, src)))
            t = el.text
            if t and (buf or pre or not t.isspace()):      # layout whitespace before any text: not text
                if cls and buf and buf[-1][-1:].isdigit() and _price_part(cls, t):
                    buf.append(" ")     # (a price's cents or currency in an element of its own, set beside the
                    #                     amount: "2999" "00" "zł" is "2999 00 zł", never "299900zł")
                buf.append(t)
                if in_link:
                    linked_bits.append(t.strip())
        else:
            if skip:
                skip -= 1
                if skip == 0 and el.tail and stack:
                    buf.append(el.tail)
                continue
            tag = stack[-1][0]             # (an element not skipped at its start is the top of the stack)
            if el is sr_el:
                unseen.append((sr_start, len(buf)))
                sr_el = None
            own_field = bool(fields) and el is fields[-1]
            if buf and (tag in BLOCK_TAGS and (not pre or tag == "pre") or tag == "cite" and stack[-1][1] == "cite"
                        or own_field):
                flush(el.sourceline or 0)
            if own_field:
                fields.pop()
            stack.pop()
            opened.pop()
            if tag in LIST_TAGS and lists:
                lists.pop()
            elif tag == "a" and not _anchor_only(el):
                in_link -= 1
                if open_links:
                    start, url = open_links.pop()
                    anchor = squeeze("".join(buf[start:]).replace(BREAK, " "))
                    if anchor and url:
                        found.append((anchor, url))
            elif tag == "pre":
                pre -= 1
            t = el.tail
            if t and (buf or pre or not t.isspace()):
                buf.append(t)
                if in_link:
                    linked_bits.append(t.strip())
    flush(0)
    _rdfa_date(meta, rdfa)
    itemtypes |= titled
    if itemtypes:
        meta["markup_types"] = tuple(sorted({*meta.get("markup_types", ()), *itemtypes}))
    shown_metadata(meta, marked)
    if lost_text(blocks, text):
        from .text import read_text
        return read_text(flat_text(text)), meta
    return blocks, meta


FIELD_WORDS = 4      # a byline or a date before a <br> is a field of its own when shorter than this


def _ends_line_block(buf: list[str], br_at: int) -> bool:
    """A <br> ends the block: two in a row, one after a finished sentence, or one after a byline or a date
    ("von Marianne1<br>am 20.09.2020": the metadata rules read each line alone)."""
    line = "".join(buf[br_at:] if br_at >= 0 else buf).strip()
    if not line or ends_sentence(line):
        return True
    return len(line.split()) < FIELD_WORDS and (BYLINE_PREFIX.match(line) is not None or dates.has_date_shape(line))


VOID_TAGS = frozenset("area base br col embed hr img input link meta source track wbr".split())


class _FlatText(HTMLParser):
    """A streaming tokenizer (no tree, no depth limit): text with a line break at block tags."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.hidden: list[str] = []          # open hidden elements, by tag

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag not in VOID_TAGS and _hidden(a, tag):
            self.hidden.append(tag)
            self.skip += 1
        elif tag in DROP_TAGS:
            self.skip += 1
        elif tag in BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag):
        if self.hidden and tag == self.hidden[-1]:
            self.hidden.pop()
            self.skip = max(0, self.skip - 1)
        elif tag in DROP_TAGS:
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def flat_text(text: str) -> str:
    p = _FlatText()
    p.feed(text)
    p.close()
    return "".join(p.parts)


def lost_text(blocks: list[Block], text: str) -> bool:
    """The tree lost most of the page's text (libxml2 stops at 256 levels of nesting)."""
    kept = sum(len(b.text) for b in blocks)
    return kept < 1000 and len(re.sub(r"\s+", "", flat_text(text))) > 2 * kept


def _walk_jsonld(obj):
    if isinstance(obj, list):
        for x in obj:
            yield from _walk_jsonld(x)
    elif isinstance(obj, dict):
        yield obj
        for key in ("@graph", "mainEntity", "mainEntityOfPage"):
            if key in obj and isinstance(obj[key], (list, dict)):
                yield from _walk_jsonld(obj[key])


def _name(v, named: dict | None = None) -> str | None:
    """A JSON-LD author's name: a string, a Person, a list of them, or a reference to a Person elsewhere in the
    page's graph ({"@id": …}, as Yoast writes it), looked up in `named` (@id -> name)."""
    if isinstance(v, str):
        return v.strip() or None
    if isinstance(v, dict):
        if "name" not in v and named and isinstance(v.get("@id"), str):
            return _name(named.get(v["@id"]))
        return _name(v.get("name"))
    if isinstance(v, list):
        names = [n for n in (_name(x, named) for x in v) if n]
        return ", ".join(dict.fromkeys(names)) or None
    return None


# Where a page's markup names its author: microdata, rel=author, a class word. The first name-shaped one wins.
AUTHOR_TOKENS = frozenset({"author", "byline", "itemprop=author", "rel=author"})
NOT_AUTHOR_TOKENS = RESPONSE_TOKENS | frozenset({"avatar", "bio", "description", "image", "photo", "img", "tooltip",
                                                 "social", "follow", "related", "more", "list", "all", "title",
                                                 "label"})
NAME_WORD = re.compile(r"^[^\W\d_](?:[^\W\d]|[.'’-])*$")


def _markup_author(marked: list) -> str | None:
    """The author's name from an element the page marks as the author's (class "author"/"byline",
    itemprop/rel=author): its text without "By", two to five words that each start with a capital
    (or "de", "van"...), no digits. Comment authors, author boxes' bios and avatars are not it."""
    for el in marked:
        toks = _tokens_of(el.get("class"), None, None, None)
        if el.get("itemprop") == "author":
            toks = toks | {"itemprop=author"}
            name_el = el.find(".//*[@itemprop='name']")
            if name_el is not None:
                el = name_el
        if el.get("rel") == "author":
            toks = toks | {"rel=author"}
        if not toks & AUTHOR_TOKENS or toks & NOT_AUTHOR_TOKENS:
            continue
        # its first piece of text that is not "By" alone: "By <a>Jane Doe</a><span>Staff writer</span>" (a space
        # added to each piece, as the prefix ends in one: "By" alone leaves nothing)
        pieces = (AUTHOR_MARKUP_PREFIX.sub("", squeeze(t) + " ").strip(" ,|·•-–—") for t in el.itertext())
        name = next((p for p in pieces if p), "")
        ws = name.split()
        if 2 <= len(ws) <= 5 and len(name) <= 60 and all(NAME_WORD.match(w) for w in ws) and name_shaped(ws):
            return name
    return None


# Where a page's markup shows its date when no meta tag or <time datetime> gives it: microdata, a class word
DATE_TOKENS = frozenset({"date", "published", "publish", "pubdate", "posted", "time", "timestamp", "dateline"})
NOT_DATE_TOKENS = RESPONSE_TOKENS | frozenset({"related", "more", "list", "card", "teaser", "event", "sidebar",
                                               "widget", "archive", "calendar", "modified"})
MAX_DATE_TEXT = 80      # characters: a date field, not a paragraph that mentions a date


def _markup_date(marked: list) -> str | None:
    """The date shown in the first element the page marks as its date (class "date"/"published"/"posted",
    itemprop=datePublished) that holds an absolute date with a year; dates of comments, teasers and
    event lists are not the page's."""
    for el in marked:
        toks = _tokens_of(el.get("class"), None, el.get("itemprop"), None)
        if not toks & DATE_TOKENS or toks & NOT_DATE_TOKENS:
            continue
        value = el.get("content") or el.get("datetime") or squeeze(" ".join(el.itertext()))
        if value and len(value) <= MAX_DATE_TEXT and not UPDATED_LABEL.match(value):
            d = dates.find_date(value) or dates.short_year_date(value)
            if d:
                return d
    return None


FIELD_TOKENS = AUTHOR_TOKENS | DATE_TOKENS
RDFA_DATE = re.compile(r"(?:^|[:/\s])(?:datePublished|dateCreated|created|issued|date)$")
AUTHOR_METAS = ("author", "article:author", "sailthru.author", "parsely-author", "dc.creator", "byl")


def _software(author: str, generators: list[str]) -> bool:
    """The author a meta tag names is the software's makers: the generator's name opens it (Discuz!'s every page:
    generator "Discuz! X3.4", author "Discuz! Team and Comsenz UI Team")."""
    first = author.lower().split()[:1]
    return any(g.lower().split()[:1] == first for g in generators)


def _leads_the_title(h1: str, page_title: str, headline: str) -> bool:
    """The one <h1> opens the <title>, and the og:title the headline came from is not in the <title> and shares
    none of the <h1>'s words: a share text ("From the appliancerepair community on Reddit"), not the page's title
    (a blog's name in its <h1> opens its <title> too, "Lessons Learned: The lean startup", the post's title after)."""
    h, t, og = fold(h1), fold(page_title), fold(headline)
    return len(h.split()) >= 2 and t.startswith(h) and og not in t and not set(h.split()) & set(og.split())


def _rdfa_date(meta: dict, found: list) -> None:
    """The date an RDFa property gives on any element (after JSON-LD, meta tags and <time>: `metadata`), read
    from its content attribute."""
    for el in found:
        d = dates.find_date(el.get("content") or "")
        if d:
            meta["published"] = d
            return


def shown_metadata(meta: dict, marked: list) -> None:
    """Add to `meta` what the page only shows, in the elements the walk found marked as author or date."""
    if "byline" not in meta:
        name = _markup_author(marked)
        if name:
            meta["byline"] = name
            meta["shown"] = ("byline",)     # (on a page of cards, the first card's author: see api._finish)
    named_date = meta.pop("named_date", None)
    if "published" not in meta:
        d = _markup_date(marked) or named_date
        if d:    # a date the page only shows: the text's own date line comes first (the other way round, four
                 # wcxb pages whose date line was right took another element's date; for the author it measured
                 # the other way, so the author's element wins over a "By" line)
            meta["fallback"] = {"published": d}


HOME_PATHS = frozenset({"", "/", "/index.php", "/index.html", "/index.htm",
                        # (relative to the folder a book's or a docs site's pages share: bookdown's "./")
                        ".", "./", "index.html", "./index.html", "index.htm",
                        # (or a PHP site's own: an old board's logo, "<a href="index.php">")
                        "index.php", "./index.php"})


def _site_after(title: str, name: str) -> bool:
    """The <title> ends with `name` after a separator, and says more before it than `name` does (a site's name is
    the shorter part: "Raspberry Pi won't boot after update - Raspberry Pi Forums"; not "The Space Review: Seeking
    a bigger role for a big rocket", whose <h1> is the headline after the site's name)."""
    t = squeeze(title)
    return bool(name) and t.endswith(name) and SITE_SEPARATOR.search(t[:-len(name)]) is not None \
        and len(t[:-len(name)].split()) > len(name.split()) + 1


_JOINT = r"(?:[|–—:·»-]|::)"          # what joins a <title>'s parts, the page's and the site's
SITE_SEPARATOR = re.compile(rf"\S\s*{_JOINT}\s*$")


def _anchor_only(el) -> bool:
    """An <a> that names a place in the page and links nowhere ("<h2><a name="description">Description</a></h2>",
    EDoc's and old Javadoc's headings): no link (not one named "#", a script's link: "<a class="title" name="#">")."""
    return el.get("href") is None and ANCHOR_NAME.match(el.get("name") or "") is not None


ANCHOR_NAME = re.compile(r"^[\w.:-]+$")


def _home_address(href: str | None):
    """The parts of an address that leads to a site's home page ("/", "index.html", "https://example.org/"), else
    None (no address, a fragment alone, a malformed one, another page)."""
    if not href or href.startswith("#"):
        return None
    parts = _split_url(href)
    return parts if parts is not None and parts.path in HOME_PATHS else None


def _home_link(h1) -> bool:
    """An <h1> that is all one link to the site's home page, or stands in one: the site's name over every page (an
    older blog's or a board's header, "Coffee Gear Forum"), not the page's headline."""
    links = h1.findall(".//a")
    if not links:       # (or inside that link, the tagline beside it: Twenty Thirteen's <a class="home-link"><h1>)
        link = next(h1.iterancestors("a"), None)
        href = None if link is None else _home_address(link.get("href"))
        return href is not None and not href.fragment
    if len(links) != 1:
        return False
    href = _home_address(links[0].get("href"))
    return href is not None and not href.fragment and squeeze(text_content(links[0])) == squeeze(text_content(h1))


# what follows the site's name before the title ("seelenradio » Nummer zwei: Leo", WordPress's old "Blogname » Blog
# Archive » Title")
# ((?<!\s): one attempt per run of spaces, not one per space: a search over a long run of them was quadratic)
AFTER_SITE = re.compile(r"(?<!\s)\s*[»|:–—-]\s*(?:blog archiv(?:e)?\s*»\s*)?", re.I)


HOME_NAME_WORDS = 6     # a site's name on its home link is this short


def _home_names(links: list) -> set[str]:
    """What the page's links to its own home page show (a relative address: "/", "./index.html"): the site's name,
    as text or as its logo's alt text."""
    out = set()
    for a in links:
        parts = _home_address(a.get("href"))
        if parts is None or parts.netloc:           # (another site's home: no logo's)
            continue
        name = squeeze(text_content(a)) or next((squeeze(i.get("alt") or "") for i in a.iter("img")), "")
        if name and len(name.split()) <= HOME_NAME_WORDS:
            out.add(name)
    return out


def _after_logo(title: str, logos: set[str]) -> str:
    """The title without the site's name (the home link's <h1>) before it."""
    for name in logos:
        m = AFTER_SITE.match(title, len(name)) if name and title.startswith(name) else None
        if m and m.end() > len(name) and title[m.end():].strip():
            return title[m.end():].strip()
    return title


LOGO_JOINTS = "|-–—·•»"     # what stands between a <title>'s page part and the site's name after it
H1_WORDS = 25       # an <h1> longer than this is no headline (a page's whole intro in one)


# A label before the title in the one <h1>: vBulletin's "Thread: Whine in third gear only", "Thema: …"
H1_LABEL = re.compile(r"^[^\W\d_]{2,20}:\s+")


def _unlabelled(h1: str, page_title: str | None, site: str | None) -> str:
    """The <h1> without a label before the words the page's <title> gives ("Thread: " + the thread's title)."""
    m = H1_LABEL.match(h1)
    if m and page_title:
        rest, title = h1[m.end():].casefold(), squeeze(page_title)
        if rest in (title.casefold(), strip_site_name(title, site).casefold()):
            return h1[m.end():]
    return h1


TITLE_JOINT = re.compile(rf"\s*{_JOINT}\s*")


def _page_h1(page_title: str, h1: list[str]) -> str | None:
    """The page's <h1> where the <title> joins two of them, either first ("Configuration - The Tidewater Guide":
    a book's name in its menu bar's <h1>, the chapter's in the text's): the later one in the page, the site's
    name heading the page before its text."""
    t = squeeze(page_title)
    for k, site in enumerate(h1):
        for page in h1[k + 1:]:
            for a, b in ((page, site), (site, page)):
                if len(t) > len(a) + len(b) and t.startswith(a) and t.endswith(b) \
                        and TITLE_JOINT.fullmatch(t, len(a), len(t) - len(b)):
                    return page
    return None


# the place a <title> adds in brackets after the page's title: a wiki's space, "… (Administratorhandbuch)"
PLACE_AFTER = re.compile(r"(?<!\s)\s+\([^()]+\)")
NAME_BEFORE = re.compile(rf"\S.{{0,40}}?\s*{_JOINT}\s*")      # or a name before it and a joint: "Amazon.com: "
FRAMED_WORDS = 3        # an <h1> the title frames says this many words at least


def _framed(title: str, h1: str) -> bool:
    """The title is the <h1>'s words with a place in brackets after them, or a name and a joint before them."""
    at = title.find(h1)
    if at < 0 or title == h1 or len(h1.split()) < FRAMED_WORDS:
        return False
    before, after = title[:at], title[at + len(h1):]
    return (not before or NAME_BEFORE.fullmatch(before) is not None) \
        and (not after or PLACE_AFTER.fullmatch(after) is not None)


def _says_more(h1: str, title: str) -> bool:
    """The <h1> opens with all the title's words (those before an ellipsis that cut it) and goes on."""
    head = title.rstrip(" .…").casefold()
    return bool(head) and h1.casefold().startswith(head) and len(h1.split()) > len(head.split()) \
        and h1[len(head):len(head) + 1].isspace() and len(h1.split()) <= H1_WORDS


def metadata(root) -> dict:
    """headline, published, byline, section from JSON-LD first, then meta tags, <time>, <h1>."""
    out: dict = {}
    found: dict[str, list] = {"script": [], "meta": [], "h1": [], "h2": [], "h3": [], "time": [], "title": [],
                              "link": [], "a": []}
    declared: set[str] = set()           # every JSON-LD @type and the og:type: what kind of page it says it is
    for el in root.iter(*found):        # one walk in C over the tree for all nine
        found[el.tag].append(el)
    objects = []
    for node in found["script"]:
        if (node.get("type") or "").lower() != "application/ld+json" or not node.text:
            continue
        try:
            objects.extend(_walk_jsonld(json.loads(node.text)))
        except (ValueError, RecursionError):
            continue
    named = {o["@id"]: o["name"] for o in objects if isinstance(o.get("@id"), str) and isinstance(o.get("name"), str)}
    referred = None                     # an author named only by reference: when no article object names one
    for obj in objects:
        types = obj.get("@type")
        types = {t.lower() for t in (types if isinstance(types, list) else [types]) if isinstance(t, str)}
        declared |= types
        if not types & ARTICLE_TYPES:
            continue
        if isinstance(obj.get("headline"), str) and "headline" not in out:
            out["headline"] = squeeze(text_content(lhtml.fromstring(f"<p>{obj['headline']}</p>"))) \
                if "&" in obj["headline"] else squeeze(obj["headline"])
        if isinstance(obj.get("datePublished"), str) and "published" not in out:
            d = dates.find_date(obj["datePublished"])
            if d:
                out["published"] = d
        if "author" in obj and "byline" not in out:
            name = _name(obj["author"])
            if name:
                out["byline"] = squeeze(name)      # (a name the page wrote over lines: "Mark SubbaRao\n\t and …")
            elif referred is None:
                referred = _name(obj["author"], named)
        if isinstance(obj.get("articleSection"), str) and "section" not in out:
            out["section"] = squeeze(obj["articleSection"])
    if referred and "byline" not in out:
        out["byline"] = squeeze(referred)
    metas = {}
    generators = []                         # (a page may name several: Astro's, then Starlight's)
    for m in found["meta"]:
        key = (m.get("property") or m.get("name") or m.get("itemprop") or "").lower()
        if key and m.get("content") and key not in metas:
            metas[key] = m.get("content").strip()
        if key == "generator" and m.get("content"):
            generators.append(m.get("content").strip())
    if metas.get("og:type"):
        declared.add("og:" + metas["og:type"].lower())
    if any(DOC_GENERATOR.match(g) for g in generators):
        declared.add("techarticle")         # a documentation site's generator says what the page is
    elif any(FORUM_GENERATOR.match(g) for g in generators):
        declared.add("discussionforumposting")     # and a board's engine ("mbin", "Discourse 3.2", "phpBB")
    if any(len(H_ENTRIES(feed)) >= FEED_ENTRIES for feed in H_FEEDS(root)):
        declared.add("h-feed")              # (microformats: a feed of entries, a blog's index, says it lists them)
    if declared:
        out["markup_types"] = tuple(sorted(declared))
    site = metas.get("og:site_name")
    page_title = text_content(found["title"][0]).strip() if found["title"] else ""
    if "headline" not in out:
        homes = [_home_link(h) for h in found["h1"]]
        logos = {squeeze(shown_text(h)) for h, home in zip(found["h1"], homes) if home}
        h1 = [heading_line(h) for h, home in zip(found["h1"], homes) if not home]
        h1 = [h for h in h1 if h]
        title = og_title = metas.get("og:title") or metas.get("twitter:title")
        if not title and len(h1) == 1 and _site_after(page_title, h1[0]):
            title, site = page_title, site or h1[0]     # the one <h1> is the site's name the <title> ends with
            #                                              ("Raspberry Pi won't boot - Raspberry Pi Forums")
        if not title and len(h1) == 1 and site and fold(h1[0]) == fold(site) and page_title:
            title = page_title      # the one <h1> is the site's name as og:site_name gives it, the <title> the
            #                         page's (a board's "Moteros de Albacete" over its thread)
        paired = None if title or len(h1) < 2 else _page_h1(page_title, h1)
        if paired:
            out["headline"] = paired        # the <title> is two of the <h1>s, the site's and the page's
        elif not title and len(h1) != 1 and page_title:
            title = page_title
        # (the headings, for a title of parts between bars: which part the page shows; or between underscores, as
        # Chinese sites join them, and an <h3> too: Tieba's thread shows its title in one; a bar's <h3> is more
        # often a section's name, "Opinion | …")
        bar, underscore = bool(title) and "|" in title, bool(title) and "_" in title
        shown = (*h1, *(squeeze(shown_text(h)) for h in (*found["h2"], *(found["h3"] if underscore else ())))) \
            if bar or underscore else ()
        if title:
            # (a <title> the site's name opens, "Mill River Gazette - Dam repair to start in May": the name its home
            # link shows, its logo's alt text, or og:site_name; not an og:title, which the site's name opens on its
            # home page, "Howerton+White | Integrated …"; the site's name is the shorter part, the joint after it
            # no word of its)
            t = squeeze(title)
            homes = _home_names(found["a"])
            first = t if og_title else _after_logo(t, homes | ({site} if site else set()))
            shorter = len(first.split()) > len(t[:len(t) - len(first)].rstrip(LOGO_JOINTS + ": ").split())
            # (or the name its home link shows after it, with no og:site_name: "머그컵 - 소소한 그릇", Cafe24's)
            # (or its <h1> that links home shows it, after a bar or a dash: "Rutas | Pedaleando por Asturias")
            named = site or next((n for n in sorted(homes, key=len, reverse=True) if t.endswith(n)), None) \
                or next((n for n in logos if t.endswith(n) and t[:-len(n)].rstrip()[-1:] in LOGO_JOINTS), None)
            out["headline"] = first if first != t and shorter else \
                _after_logo(strip_site_name(t, named, shown), logos)
            if len(h1) == 1 and (_says_more(h1[0], out["headline"]) or archive_term(out["headline"]) == h1[0]
                                 or _leads_the_title(h1[0], page_title, out["headline"])):
                out["headline"] = h1[0]     # the one <h1> says the title's words and more ("About" / "About the
                #                             practice"; a title cut with "…"), or an archive's category's name
            # (or an <h1> says the title's words without what the <title> adds around them: the place in brackets
            # after them, a wiki's space, "Sicherung der Datenbank (Administratorhandbuch)"; a shop's name before
            # them, "Amazon.com: …"; a panel's <h1> may stand beside it)
            out["headline"] = next((h for h in h1 if _framed(out["headline"], h)), out["headline"])
        elif len(h1) == 1:
            out["headline"] = _unlabelled(h1[0], page_title, site)
    if "published" not in out:
        for key in ("article:published_time", "datepublished", "date", "dc.date", "pubdate", "og:published_time",
                    "sailthru.date", "parsely-pub-date"):
            if key in metas:
                d = dates.find_date(metas[key])
                if d:
                    out["published"] = d
                    break
    if "published" not in out:
        for t in found["time"]:
            if t.get("class") and not _split_tokens(t.get("class")).isdisjoint(RESPONSE_TOKENS):
                continue            # a comment's or a review's time ("woocommerce-review__published-date")
            d = dates.find_date(t.get("datetime") or "")
            if d:
                out["published"] = d
                break
    if "published" not in out:
        address = next((link.get("href") for link in found["link"] if (link.get("rel") or "").lower() == "canonical"),
                       None) or metas.get("og:url")
        if d := dates.address_date(address or ""):    # (named_date: the date the page's address or <title> names,
            out["named_date"] = d                        #  a fallback when nothing the page shows dates it)
        elif d := dates.dated_opening(squeeze(page_title)):
            out["named_date"] = d      # (a <title> that opens with its date and a bar: "08.11.2021 | Online-Fachtag …")
        elif (edited := root.find(".//*[@id='footer-info-lastmod']")) is not None \
                and (d := dates.find_date(squeeze(text_content(edited)))):
            out["named_date"] = d      # (a wiki's "This page was last edited on 29 January 2020": MediaWiki's footer)
    if "byline" not in out:
        for key in AUTHOR_METAS:
            if metas.get(key) and not metas[key].startswith(("http", "@")) and not _software(metas[key], generators):
                out["byline"] = squeeze(AUTHOR_MARKUP_PREFIX.sub("", metas[key] + " "))
                break
    if "section" not in out and metas.get("article:section"):
        out["section"] = squeeze(metas["article:section"])
    return out
