"""Block rules that use the evidence only HTML gives: tags, class/id tokens, links."""
from __future__ import annotations

import re
from collections import Counter

from ..model import QUOTE_FIGURE, Block, shared_ancestors
from ..pagetype import (CARD_PAGES, DECLARATION, FEW_CARDS, FIELD_LINE_WORDS, SHOP_PAGES, SIGNATURE_CHARS,
                        price_alone, priced_line, product_codes, signature)
from ..pipeline import Context, block_rule, document_pass
from ..segment import shown_headline
from ..textstats import (PROSE_WORDS, ends_sentence, fold, framing, is_prose, prose_by, quotation, strip_site_name,
                         word_count, words)
from ..vocab import ALWAYS_BOILERPLATE, ANY_BOILERPLATE, BRAND_TOKENS, CHOICE_TOKEN, PHOTO_TOKENS, SEE_ALSO_LINE
from .context import (AFTER_SPAN, BEFORE_SPAN, DESCRIPTION_HEADING, REVIEW_HEADING_WORDS, REVIEWS, SPEC_FIELD,
                      SPEC_HEADING, SPEC_MIN, SPEC_WORDS, TEASER_WORDS, is_wall, related_heading)
from .lexical import comment_widget

BOILERPLATE_CONTAINERS = {"<nav>": "inside <nav>", "<footer>": "inside <footer>", "<aside>": "inside <aside>",
                          "<form>": "inside a <form>"}
ROLE_TOKENS = frozenset({"role=navigation", "role=banner", "role=contentinfo", "role=complementary", "role=search"})


CONTAINER_KEYS = frozenset(BOILERPLATE_CONTAINERS) | ROLE_TOKENS
NO_KEYS: frozenset[str] = frozenset()


def _remove_unless_frame(blocks: list[Block], keys_of, name: str, reason, held_by=None) -> list[Block]:
    """Remove the blocks keys_of names, unless the key is the page's frame: held_by(b, its keys) (the keys
    themselves by default) are the keys whose prose decides that."""
    keys = [keys_of(b) if b.kept else NO_KEYS for b in blocks]
    if not any(keys):
        return list(blocks)
    frame = framing(blocks, keys if held_by is None else
                    [held_by(b, ks) if b.kept else NO_KEYS for b, ks in zip(blocks, keys)])
    return [b.remove(name, reason(min(ks - frame))) if ks and not ks <= frame else b for b, ks in zip(blocks, keys)]


FORM_PARAGRAPHS = 2     # a form that shows the page's headline and holds that many paragraphs of prose,
FORM_WORDS = 50         # of that many words in all, wraps the page's content
FORM_KEY = frozenset({"<form>"})
ASIDE_KEY = frozenset({"<aside>"})
FOOTER_KEY = frozenset({"<footer>"})
FOOTER_WORD = "footer"


def _content_forms(blocks: list[Block], headline: str | None, thread: bool = False) -> frozenset[str]:
    """The forms (by number, "<form#12>") that show the page's headline and paragraphs of prose: a shop wraps
    a product's name and description in its order form, an ASP.NET page its whole text; on a forum thread, any
    form with paragraphs of prose (a board wraps the posts in its moderation form, SMF's "quickModForm", the
    thread's title standing above it). A search box, a sign-up or a comment form holds labels, small print and a
    heading of its own; a comparison widget, no headline."""
    if not headline and not thread:
        return frozenset()
    key = fold(headline or "")
    titled: set[str] = set()
    paragraphs, prose = Counter(), Counter()
    for b in blocks:
        if "<form>" not in b.tokens:
            continue
        ids = [t for t in b.tokens if t.startswith("<form#")]
        if fold(b.text) == key:         # (a heading, or a line set big: Volusion's <font> of the product's name)
            titled.update(ids)
        elif b.kept and is_prose(b.text):
            paragraphs.update(ids)
            prose.update(dict.fromkeys(ids, word_count(b.text)))
    return frozenset(f for f in (paragraphs if thread else titled)
                     if paragraphs[f] >= FORM_PARAGRAPHS and prose[f] >= FORM_WORDS)


def _headline_aside(blocks: list[Block], headline: str | None) -> frozenset[int]:
    """The blocks of the <aside> that holds the page's headline, the <h1>: the page's main column, whatever its
    element (Vinted's item page: the name, price, details and description in an <aside>, the pictures beside it);
    the run of blocks in an <aside> around the headline's. Not a headline that is all one link: the site's name in
    its sidebar, linked to its home (a blog's index, Hugo Stack's), heads the sidebar, not the page."""
    key = fold(headline or "")
    head = next((b for b in blocks if key and b.kind == "heading" and b.level == 1 and "<aside>" in b.tokens
                 and fold(b.text) == key and b.link_density < 1), None)
    if head is None:
        return frozenset()
    run = [head]
    for step in (-1, 1):
        k = head.index + step
        while 0 <= k < len(blocks) and "<aside>" in blocks[k].tokens:
            run.append(blocks[k])
            k += step
    return frozenset(b.index for b in run)


def _card_forms(blocks: list[Block]) -> frozenset[str]:
    """On a shop's category page, the forms that each hold a product's card, its name and its price: OXID wraps
    every card in its order form ("In den Warenkorb")."""
    priced = {t for b in blocks if "<form>" in b.tokens and priced_line(b.text) for t in b.tokens
              if t.startswith("<form#")}
    return frozenset(priced) if len(priced) >= FEW_CARDS else frozenset()


def _buy_form(blocks: list[Block], headline: str | None) -> frozenset[str]:
    """On a product's page, its order form: the first form after the product's name that holds a price (Shoptet's
    holds the product's short description, price, stock and code beside its "Do košíku", the name above it)."""
    key = fold(headline or "")
    after = not key
    for b in blocks:
        after = after or fold(b.text) == key
        if after and "<form>" in b.tokens and priced_line(b.text):
            return frozenset(t for t in b.tokens if t.startswith("<form#"))
    return frozenset()


@document_pass("html_container", "text inside <nav>, <footer>, <aside>, <form> (and a form's heading and note over "
                                 "it) or ARIA navigation/banner roles, "
                                 "unless that container holds most of the page's prose (or, a form, the headline "
                                 "and paragraphs of it, a product's price, a category's cards; on a forum thread, "
                                 "paragraphs, and an aside's quote)",
               only="html")
def html_container(blocks: list[Block], ctx: Context) -> list[Block]:
    thread = ctx.page_type == "forum"
    held = _headline_aside(blocks, ctx.meta.get("headline"))
    frames = _content_forms(blocks, ctx.meta.get("headline"), thread=thread) \
        | (_card_forms(blocks) if ctx.page_type == "collection" else frozenset()) \
        | (_buy_form(blocks, ctx.meta.get("headline")) if ctx.page_type == "product" else frozenset())

    def keys_of(b: Block) -> frozenset[str]:
        keys = b.tokens & CONTAINER_KEYS
        if FOOTER_KEY <= keys and _in_quote(b):
            keys = keys - FOOTER_KEY        # a quote's own <footer>, its attribution
        if keys and (thread and (b.kind == "quote" or "blockquote" in b.path) or b.index in held
                     or ctx.page_type == "documentation" and _callout(blocks, b)):
            keys = keys - ASIDE_KEY         # a post quoting another in its box (Discourse's <aside class="quote">),
            #                                 the <aside> that holds the page's headline
        return keys - FORM_KEY if keys and not frames.isdisjoint(b.tokens) and CHOICE_TOKENS.isdisjoint(b.tokens) \
            else keys

    out = _remove_unless_frame(blocks, keys_of, "html_container",
                               lambda k: BOILERPLATE_CONTAINERS.get(k) or f"inside {k}")
    return _form_heads(out, ctx)


ADMONITION_TOKENS = frozenset({"admonition", "callout"})


def _callout(blocks: list[Block], b: Block) -> bool:
    """(documentation) A block of an <aside> among the text's paragraphs: a callout, a tip or a note (Vocs',
    Starlight's), its element a sibling of the paragraph of prose before it, in the text's own element; or one whose
    class calls it an admonition or a callout."""
    parts = b.path.split(">")
    if "aside" not in parts:
        return False
    if not ADMONITION_TOKENS.isdisjoint(b.tokens):
        return True             # (its class says so: MyST's <aside class="admonition tip">, under a listing)
    up = parts[::-1].index("aside") + 2        # (the <aside>'s parent, counted from the block's own element)
    prev = next((blocks[k] for k in range(b.index - 1, -1, -1) if "<aside>" not in blocks[k].tokens), None)
    return len(b.ancestors) >= up and prev is not None and prev.kind == "paragraph" and len(prev.ancestors) >= 2 \
        and prev.ancestors[-2] == b.ancestors[-up] and is_prose(prev.text)


FORM_NOTE_WORDS = 20    # the line under a form's heading, what happens once it is sent, is this short
FORM_HEAD_DEPTH = 3     # the heading stands this near the element that holds it and the form


def _form_heads(blocks: list[Block], ctx: Context) -> list[Block]:
    """The heading over a form the container rule took, and the line under it, in the element that holds them and
    the form: what the form asks ("Залиште заявку" / "Передзвонимо протягом години в робочий час."), not the page's
    text; never the page's title, nor a line with a price (a product's name and price over its order form), nor a
    comments' heading ("Leave a Comment": the comment rule's, which main_text asks for the story's end)."""
    headline = ctx.meta.get("headline")
    out = list(blocks)
    for f in blocks:
        if f.removed_by != "html_container" or "<form>" not in f.tokens or f.index < 1 \
                or "<form>" in blocks[f.index - 1].tokens:
            continue
        note = blocks[f.index - 1]
        head = note if note.kind == "heading" else blocks[f.index - 2] if f.index > 1 else None
        if head is None or head.kind != "heading" or head.level == 1 or not head.kept \
                or headline and fold(head.text) == fold(headline) or comment_widget.fn(head, ctx) is not None:
            continue
        lines = [head] if head is note else [head, note]
        if note is not head and (not note.kept or note.kind != "paragraph" or word_count(note.text) > FORM_NOTE_WORDS
                                 or priced_line(note.text)):
            continue
        form = next((a for a in f.ancestors if f"<form#{a}>" in f.tokens), None)
        shared = shared_ancestors(head, f)
        if form is None or len(shared) != f.ancestors.index(form) \
                or len(head.ancestors) - len(shared) > FORM_HEAD_DEPTH:
            continue
        for b in lines:
            out[b.index] = b.remove("html_container", "the heading over a form, and its note: what the form asks")
    return out


# (HTML) in a product's order form, the element of its choices: its variants' names and their label, "Kleur" /
# "Heidepaars" / "Mosgroen" (Solidus' "product-variants"; Magento's "product-options-wrapper"), no text of it
CHOICE_TOKENS = frozenset({"variant", "variants", "swatch", "swatches", "options"})
ARTICLE_WORDS = frozenset({"article", "content", "story", "post", "entry", "body"})



def _class_keys(b: Block) -> frozenset[str]:
    """The boilerplate words among a block's class/id words. Inside an element named like the article
    ("article-body", "post-content") only the words of ALWAYS_BOILERPLATE count: a block's words are its
    ancestors' too, and "menu" or "related" above the article's element would take the article with them."""
    keys = b.tokens & (ANY_BOILERPLATE if ARTICLE_WORDS.isdisjoint(b.tokens) else ALWAYS_BOILERPLATE)
    if FOOTER_WORD in keys and _in_quote(b):
        return keys - {FOOTER_WORD}     # (a quote's footer, its attribution: Bootstrap's "blockquote-footer")
    return keys


def _in_quote(b: Block) -> bool:
    """The block stands inside a <blockquote>: its <footer>, or its element of class "footer", is the quote's
    attribution (the HTML standard's, Bootstrap's "blockquote-footer"), not the page's footer."""
    return "blockquote" in b.path.split(">")


@document_pass("html_class", "elements whose class/id says menu, share, comment, related, promo, cookie, ad…, "
                             "unless that class holds most of the page's prose", only="html")
def html_class(blocks: list[Block], ctx: Context) -> list[Block]:
    keys_of = _doc_class_keys if ctx.page_type == "documentation" else _class_keys
    hero = _title_words(blocks, ctx.meta.get("headline"))
    if hero:
        return _remove_unless_frame(blocks, lambda b: keys_of(b) - hero, "html_class", class_reason, _held_by)
    return _remove_unless_frame(blocks, keys_of, "html_class", class_reason, _held_by)


def _title_words(blocks: list[Block], headline: str | None) -> frozenset[str]:
    """The words that may name boilerplate on the elements around the page's one <h1>, when it shows the title
    the markup names (those that may frame a page, and a hero's, "promo"): its title's box, whatever the theme
    calls it (Sitecore's hero, its component "promo hero"), holds its lead and its button, no box of other things
    ("cookie", "comments", "ads" still name what they always name; an <h1> over a video's promo, another title
    than the page's, names nothing)."""
    h1 = [b for b in blocks if b.kind == "heading" and b.level == 1]
    if len(h1) != 1 or not headline or fold(h1[0].text) != fold(strip_site_name(headline)):
        return frozenset()
    return h1[0].tokens & HERO_WORDS


DOC_COMMENT = frozenset({"comment"})


def _doc_class_keys(b: Block) -> frozenset[str]:
    """On a documentation page "comment" names a doc comment, the text of an item (TypeDoc's "tsd-comment"); its
    readers' comments stay "comments" (WordPress's, Disqus's box)."""
    return _class_keys(b) - DOC_COMMENT


def class_reason(word: str) -> str:
    """html_class's reason for a block its class word took ("class/id 'gallery'")."""
    return f"class/id {word!r}"


FRAMING_WORDS = ANY_BOILERPLATE - ALWAYS_BOILERPLATE
HERO_WORDS = FRAMING_WORDS | {"promo"}     # (the <h1>'s box: _title_words)


def _held_by(b: Block, keys: frozenset[str]) -> frozenset[str]:
    """The class words a block's prose counts for when html_class asks which of them frame the page: its keys
    (_class_keys'), and also the words that may name a frame (not those always boilerplate). A page builder calls
    every element of the page a "widget" ("elementor-widget"), some of them also "…-content"
    ("elementor-icon-box-content"): all of them hold the page's prose, and the word frames it."""
    return keys | (b.tokens & FRAMING_WORDS)


# Class/id/itemprop words that name an article's body container ("entry-content", "article-body", articleBody).
CONTENT_MARKS = (frozenset({"entry", "content"}), frozenset({"article", "body"}), frozenset({"articlebody"}),
                 frozenset({"post", "content"}), frozenset({"story", "body"}), frozenset({"article", "content"}),
                 frozenset({"post", "body"}), frozenset({"article", "text"}), frozenset({"story", "content"}))
CONTENT_SHARE = 0.6
RUN_SHARE = 0.5       # of the marked prose in one run of blocks: one element, not a list of cards that share the mark


CONTENT_WORDS = frozenset().union(*CONTENT_MARKS)


def _content_marks(tokens: frozenset[str]) -> tuple[frozenset[str], ...]:
    if CONTENT_WORDS.isdisjoint(tokens):        # (one test, not nine, for a block outside any such element)
        return ()
    return tuple(m for m in CONTENT_MARKS if m <= tokens)


@document_pass("html_content", "text outside the element the page marks as its article body (entry-content, "
                               "article-body, itemprop=articleBody) when that element holds most of the prose",
               only="html")
def html_content(blocks: list[Block], ctx: Context) -> list[Block]:
    if ctx.page_type in CARD_PAGES:
        return blocks       # (each card's text its own element: Pelican's "entry-content", its title outside it)
    total, per = prose_by(blocks, (_content_marks(b.tokens) for b in blocks))
    best = max(CONTENT_MARKS, key=per.__getitem__)          # the first of the marks that hold the most
    if not per[best] or per[best] < CONTENT_SHARE * total or _one_run(blocks, best) < RUN_SHARE * per[best]:
        return blocks
    first = next(i for i, b in enumerate(blocks) if best <= b.tokens)
    return [b.remove("html_content", f"outside the article body ({'-'.join(sorted(best))})")
            if b.kept and not best <= b.tokens and i > first else b for i, b in enumerate(blocks)]


def _one_run(blocks: list[Block], mark: frozenset[str]) -> int:
    """The prose words of the longest run of blocks in an element with this mark: the article's body is one
    element, and its blocks follow each other; teaser cards that each call their text "article-text" are many,
    with their titles between them."""
    best = cur = 0
    for b in blocks:
        if mark <= b.tokens:
            w = word_count(b.text)
            cur += w if w >= PROSE_WORDS else 0
            best = max(best, cur)
        else:
            cur = 0
    return best


SENTENCE_WORDS = 4       # "Hunderttausende von jungen Paaren trennen sich zur Zeit.": a paragraph of one sentence


def _outside_span(b: Block) -> bool:
    """What the HTML passes may give back: main_text's plain "after the span" verdicts, and prose or a paragraph
    of one sentence it left before the span (what follows a Related/Comments heading, boxes, every other
    filter's removals stand)."""
    return b.removed_by == "main_text" and (b.reason == AFTER_SPAN or b.reason == BEFORE_SPAN and (
        is_prose(b.text) or b.kind == "paragraph" and (ends_sentence(b.text) or quotation(b.text))
        and word_count(b.text) >= SENTENCE_WORDS))


def _entries_inside(blocks: list[Block], inside) -> list[Block]:
    """The entries of a list given back whose title is a link (link_density took them), inside the element given
    back (`inside`, a test of a block); and the items of a list (<ul>, <ol>) there that has an item kept, each
    partly a link, "Say You'll Remember Me by Abby Jimenez" (a menu's items are links and nothing else)."""
    lists = _kept_lists(blocks)
    return [b.restore() if inside(b) and (b.removed_by == "link_density" and _entry_among_entries(blocks, i)
                                         or _partly_linked_item(b, lists)) else b
            for i, b in enumerate(blocks)]


def _kept_lists(blocks: list[Block]) -> set[tuple[int, ...]]:
    """The lists (by the elements that hold their items) that have an item kept and stand right under a kept
    paragraph of prose: the story's lists ("… the following books were also popular:" / the books), not a
    sidebar's feed under its heading."""
    kept, opened, parent = set(), set(), None
    for i, b in enumerate(blocks):
        key = b.ancestors[:-1] if b.tag == "li" and b.ancestors else None
        if key is not None and key != parent and i and blocks[i - 1].kept and is_prose(blocks[i - 1].text):
            opened.add(key)
        if key is not None and b.kept:
            kept.add(key)
        parent = key
    return kept & opened


def _partly_linked_item(b: Block, lists: set[tuple[int, ...]]) -> bool:
    return b.removed_by in ("link_density", "nav_run") and b.tag == "li" and b.ancestors[:-1] in lists \
        and 0 < b.link_chars < len(b.text.strip())


def _entry_among_entries(blocks: list[Block], k: int) -> bool:
    """A paragraph of two or more lines between two of as many lines, one of them kept and the other kept or
    linked as it is: an entry of the list they make ("2008-2012" / "100 Folgen von Schlechte Wortspiele", its
    title a link, among "Oktober 2015" / "DIE SCHWARZBERG SHOW …" and "Ab 2008" / "Satirischer Blog 2gewinnt")."""
    b = blocks[k]
    lines = b.text.count("\n")
    if lines == 0 or not 0 < k < len(blocks) - 1:
        return False
    around = (blocks[k - 1], blocks[k + 1])
    return any(a.kept for a in around) and all(
        (a.kept or a.removed_by == b.removed_by) and a.tag == b.tag and a.text.count("\n") == lines for a in around)


def _headings_inside(blocks: list[Block], ctx: Context) -> list[Block]:
    """A heading main_text left before its span, with what the HTML passes gave back above and under it: the
    heading of a section inside the story ("Ilmastonmuutos vaikuttaa terveyteen"), not a "Related" label."""
    out = list(blocks)
    for i in range(1, len(out) - 1):
        b = out[i]
        if b.kind == "heading" and b.removed_by == "main_text" and b.reason == BEFORE_SPAN \
                and out[i - 1].kept and out[i + 1].kept and not related_heading(b, ctx):
            out[i] = b.restore()
    return out


STORY_SHARE, STORY_LEAD = 0.4, 4.0     # the kept text is one story's: 40% of its prose, 4x any other <article>'s


def _main_region(blocks: list[Block], share: float = CONTENT_SHARE, lead: float = 0.0) -> str:
    """The <article>/<main> element holding `share` of these blocks' prose and `lead` times the next one's,
    or "" when none does."""
    total, per = prose_by(blocks, ((b.region,) if b.region else () for b in blocks))
    top = per.most_common(2) + [("", 0), ("", 0)]
    (key, words_in), (_, second) = top[0], top[1]
    return key if words_in and words_in >= share * total and words_in >= lead * second else ""


@document_pass("html_article", "gives back what the main-text span left out of the page's one <article>/<main> "
                               "element, when that element holds most of the prose; removes the other <article> "
                               "elements (cards) when the kept text is mostly in one element", only="html")
def html_article(blocks: list[Block], ctx: Context) -> list[Block]:
    """Tables, lists and short items break a run of prose; the page's own markup says where the article is.

    Only `main_text`'s "after the article's main text" verdicts are taken back: what
    follows a Related/Comments heading, boxes, and every other filter's removals stand.
    When what is kept is mostly one <article> (or <main>), text kept inside other <article>
    elements belongs to cards of other stories (or to comments marked up as articles).
    """
    key = _main_region(blocks)
    tagged = _tag_items(blocks) if key else set()
    out = [b.restore() if key and b.region == key and _outside_span(b) and i not in tagged else b
           for i, b in enumerate(blocks)]
    out = _headings_inside(_entries_inside(out, lambda b: b.region == key), ctx) if key else out
    story = _main_region([b for b in out if b.kept], STORY_SHARE, STORY_LEAD)
    if not story or ctx.page_type == "collection":     # (a shop's category: each product's tile an <article>, the
        return out                                      # list, Denner's; its fields no other story's card)
    standfirst = _standfirst_apart(out, story)
    return [b.remove("html_article", "inside another <article> element than the story's (a card)")
            if b.kept and b.region.startswith("<article#") and b.region != story and i != standfirst else b
            for i, b in enumerate(out)]


def _standfirst_apart(blocks: list[Block], story: str) -> int | None:
    """The block of another <article> element that opens the story: prose without links, the kept block right
    above the story's first (a standfirst the page set apart in an element of its own). (Not a paragraph between
    the story's blocks: a call to action stands there as often as a box of the story.)"""
    first = next((i for i, b in enumerate(blocks) if b.kept and b.region == story), None)
    above = next((i for i in range(first - 1, -1, -1) if blocks[i].kept), None) if first else None
    if above is None or blocks[above].link_chars or not is_prose(blocks[above].text):
        return None
    return above


FRAME_SHARE = 0.9      # the element holding this share of the kept prose frames the article


def _frame(blocks: list[Block]) -> int | None:
    """The deepest element that holds FRAME_SHARE of the prose kept in the body, and more than one block (a
    paragraph kept alone frames nothing but itself: its page's frame is the element around it)."""
    kept = [b for b in blocks if b.kept and b.role == "body" and b.ancestors]
    total, per = prose_by(kept, (b.ancestors for b in kept))
    if not total:
        return None
    depth = {}
    for b in kept:
        for d, a in enumerate(b.ancestors):
            depth[a] = d
    held = sorted((a for a, w in per.items() if w >= FRAME_SHARE * total), key=depth.__getitem__, reverse=True)
    return next((a for a in held if _holds_two(blocks, a)), None)


def _holds_two(blocks: list[Block], element: int) -> bool:
    """Two blocks or more sit in the element."""
    inside = (b for b in blocks if element in b.ancestors)
    return next(inside, None) is not None and next(inside, None) is not None


@document_pass("html_frame", "gives back what the main-text span cut from the element that holds the article's "
                             "prose (lists, tables and short items between and after its paragraphs), and a list's "
                             "linked items between two of its items kept", only="html")
def html_frame(blocks: list[Block], ctx: Context) -> list[Block]:
    frame = _frame(blocks)
    if frame is None:
        return _linked_items(blocks)
    tagged = _tag_items(blocks)
    out = [b.restore() if frame in b.ancestors and _outside_span(b) and not _teaser(blocks, i, ctx)
           and i not in tagged else b for i, b in enumerate(blocks)]
    out = [b.restore() if frame in b.ancestors and _announced_table(out, i) else b for i, b in enumerate(out)]
    out = _between_paragraphs(out, frame, ctx)
    return _linked_items(_headings_inside(_entries_inside(out, lambda b: frame in b.ancestors), ctx))


def _linked_items(blocks: list[Block]) -> list[Block]:
    """A list's items that are links, between two of its items kept: a checklist whose items link to the products
    ("Stakes", "Guylines" among "Groundsheet for tent floor durability"). (A menu keeps none of its items.)"""
    lists: dict[int, list[int]] = {}            # the list's element -> its items (the element around each <li>)
    for i, b in enumerate(blocks):
        if b.kind == "list_item" and len(b.ancestors) >= 2:
            lists.setdefault(b.ancestors[-2], []).append(i)
    out = list(blocks)
    for items in lists.values():
        kept = [i for i in items if blocks[i].kept]
        for i in items if len(kept) >= 2 else ():
            if blocks[i].removed_by == "link_density" and kept[0] < i < kept[-1]:
                out[i] = blocks[i].restore()
    return out


SCORE_LINE = re.compile(r"^\D{0,30}\d+(?:[.,]\d+)?$")     # "83", "Cleaning 8.9": a review card's scores
SCORES_SHARE = 0.25     # of a run's lines: a product card's, not a list of the text's


def _between_paragraphs(blocks: list[Block], frame: int, ctx: Context) -> list[Block]:
    """What main_text left before its span inside the frame, between two paragraphs kept there (or, but on a shop's
    page, whose promises and links stand there, a paragraph and the next section's heading): a list or a program
    listing the text stops for ("First, make sure that:" / "Requests is installed" / "Let's begin."; a section of
    its own, "Qué documentos traducimos" over its list);
    not a run of review cards, SCORES_SHARE of them a label and a number ("OVERALL SCORE" / "Comfort 7.7"), nor a
    table no paragraph announces (`_announced_table`), nor a box's heading ("Related articles")."""
    inside = [i for i, b in enumerate(blocks) if frame in b.ancestors]
    out = list(blocks)
    gap: list[int] = []         # main_text's cuts in the frame since its last kept block
    above = None                # that block
    for i in inside:
        b = blocks[i]
        if b.removed_by == "main_text" and b.reason == BEFORE_SPAN:
            gap.append(i)
        if not b.kept:
            continue
        if above is not None and above.kind == "paragraph" \
                and (b.kind == "paragraph" or b.kind == "heading" and ctx.page_type not in SHOP_PAGES) \
                and sum(bool(SCORE_LINE.match(blocks[k].text)) for k in gap) < SCORES_SHARE * len(gap):
            for k in gap:
                if blocks[k].kind != "table" and not related_heading(blocks[k], ctx) and not is_wall(blocks, k, ctx):
                    out[k] = blocks[k].restore()
        above, gap = b, []
    return out


def _announced_table(blocks: list[Block], i: int) -> bool:
    """A table main_text left before its span, right under a kept paragraph that announces it with a colon ("Für
    die Qualitätsstufen der Weine gibt es folgende Bestimmungen:"). (Not any table there: a plan's preview, a
    product's specifications in a list of products, which the ground truths of WCXB leave out.)"""
    b = blocks[i]
    return b.removed_by == "main_text" and b.reason == BEFORE_SPAN and b.tag == "table" and i > 0 \
        and blocks[i - 1].kept and blocks[i - 1].kind == "paragraph" and blocks[i - 1].text.rstrip().endswith(":")


def _tag_items(blocks: list[Block]) -> set[int]:
    """The items of each list right under a label the tag rule took ("Schlagworte" / "KfW" / "Klimaschutz"): the
    post's tags, not a list of the story's. (One walk down the page: the label is the block above the run of items,
    or the page's first block when the run starts there.)"""
    items: set[int] = set()
    under_tags = bool(blocks) and blocks[0].removed_by == "tag_widget"
    for i in range(1, len(blocks)):
        if blocks[i].kind == "list_item":
            if under_tags:
                items.add(i)
        else:
            under_tags = blocks[i].removed_by == "tag_widget"
    return items


def _teaser(blocks: list[Block], i: int, ctx: Context) -> bool:
    """A short paragraph under a heading that is a link: another story's title and summary (not the page's own
    headline, which a blog links to the post's address)."""
    prev = blocks[i - 1] if i else None
    return (prev is not None and prev.kind == "heading" and prev.removed_by == "link_density"
            and word_count(blocks[i].text) < TEASER_WORDS
            and fold(prev.text) != fold(ctx.meta.get("headline") or ""))


STORY_MIN_WORDS = 20     # paragraphs of prose under the headline that make a story (a short blog post's two)
STORY_REACH = 8          # blocks between the headline and its story's first paragraph (date line, byline, photo)
# what the story's run may hold, and still go on (an ad or a photo inside the story, its date line, a box of links
# to other stories between its paragraphs)
IN_STORY = ("date_line", "byline", "html_caption", "caption_credit", "html_class", "ad_marker", "link_density")


# Without an <article> element, the story under the headline must hold two paragraphs (one is a standfirst over
# the body) and the span it displaces at most SPAN_LEAD times its prose (a longer one is the body: measured on
# WCXB, where a header <div> holds the headline and standfirst, the body another <div>)
SPAN_LEAD = 3.0


@document_pass("html_story", "gives back the story under the page's headline (named in its markup) when it stands "
                             "in its own element (an <article>, a post's <div>) and the main-text span chose a "
                             "longer run outside it (comments, a sidebar, other stories)", only="html")
def html_story(blocks: list[Block], ctx: Context) -> list[Block]:
    kept = [i for i, b in enumerate(blocks) if b.kept]
    if not kept or not ctx.meta.get("headline") or any(blocks[i].region.startswith("<article") for i in kept):
        return blocks
    head = shown_headline(blocks, ctx.meta["headline"], kept[0])
    story = _story_under(blocks, head, kept[0]) if head is not None else []
    paragraphs = [i for i in story if blocks[i].kind != "heading" and is_prose(blocks[i].text)]
    words_in = _words(blocks, paragraphs)
    if words_in < STORY_MIN_WORDS:
        return blocks
    if not blocks[story[0]].region.startswith("<article"):       # its own <div>: see SPAN_LEAD
        span_words = _words(blocks, [i for i in kept if is_prose(blocks[i].text)])
        if len(paragraphs) < 2 or span_words > SPAN_LEAD * words_in:
            return blocks
    out = list(blocks)
    for i in story:
        out[i] = out[i].restore()
    for i in kept:
        out[i] = out[i].remove("html_story", "outside the element that holds the headline and its story")
    return out


def _features_under(blocks: list[Block], head: int) -> range:
    """The items of a list right under a heading, FEATURES_MIN or more, each FEATURE_WORDS words or more (a
    product's features under "Produktmerkmale"); empty when there are fewer."""
    end = head + 1
    while end < len(blocks) and blocks[end].kind == "list_item" and len(words(blocks[end].text)) >= FEATURE_WORDS:
        end += 1
    return range(head + 1, end) if end - head - 1 >= FEATURES_MIN else range(0)


def _product_features(blocks: list[Block]) -> frozenset[int]:
    """The lists of a product's features under their heading ("Key features", "Produktmerkmale"), headings too."""
    out: set[int] = set()
    for h in blocks:
        if h.kind == "heading" and FEATURES_HEADING.match(h.text) and (items := _features_under(blocks, h.index)):
            out.update((h.index, *items))
    return frozenset(out)


# the heading over a product's list of its features: "Key features", "Produktmerkmale", "Points forts"
FEATURES_HEADING = re.compile(r"^\W*(?:(?:(?:key|main|product|top)\s+)?(?:features|highlights)|produktmerkmale|"
                              r"(?:wichtigste\s)?merkmale|points forts|caractéristiques principales|"
                              r"características principales|caratteristiche principali|punti di forza|"
                              r"najważniejsze cechy|cechy produktu|belangrijkste kenmerken|hlavní vlastnosti|"
                              r"öne çıkan özellikler)\W*$", re.I)
FEATURES_MIN = 3
FEATURE_WORDS = 3
SPEC_TAGS = frozenset({"dt", "dd", "table"})      # a list of labels and values, a table: the product's specifications


# The class words of a shop's customer reviews ("review-item", id="reviews", itemprop="reviewBody", "spr-reviews")
REVIEW_WORDS = frozenset(("review", "reviews"))
SELLER_WORDS = frozenset(("seller",))       # (a marketplace's box of who sells it: "ui-pdp-seller", "seller-info")
# (and the box of where and when it can be had: expert's "widget-Availability", "widget-StoreAvailability")
AVAILABILITY_WORDS = frozenset(("availability", "delivery"))


@document_pass("product_page", "on a product page, gives back the description and specifications (prose, tables, "
                               "lists of labels and values, its features' list) that stand between the product's "
                               "name and the kept text, up to its reviews or a heading over other products, and the "
                               "specifications under their heading after the kept text; removes the customers' "
                               "reviews and the seller's box, an element whose class says so, and the customers' "
                               "questions and reviews under their heading", only="html")
def product_page(blocks: list[Block], ctx: Context) -> list[Block]:
    if ctx.page_type != "product":
        return blocks
    features = _product_features(blocks)
    out = _under_the_name(blocks, ctx, lambda b: _cut_by_span_or_menu(b) and (
        b.tag in SPEC_TAGS or is_prose(b.text) or b.index in features or _field_item(b)))
    head = _shown_name(out, ctx)        # (one look for both price passes: what they and the specifications' give
    #                                     back, lines main_text or the menu rule took, never moves the name)
    out = _specs_cut(_price_under_the_name(out, head), head, ctx)
    out = _brand_over_the_name(_price_over_the_name(out, head), head)
    out = _by_class(_beside_the_text(_whole_lists(out), ctx), REVIEW_WORDS, "a customer's review")
    out = _by_class(out, AVAILABILITY_WORDS, "the product's availability and delivery")
    return _questions(_by_class(out, SELLER_WORDS, "the seller's box"))


def _field_item(b: Block) -> bool:
    """An item of a list of the product's fields, each its label and value ("容量：1.5L", "Material: Oak")."""
    return b.kind == "list_item" and SPEC_FIELD.match(b.text) is not None and len(words(b.text)) <= SPEC_WORDS


def _specs_cut(blocks: list[Block], head: int | None, ctx: Context) -> list[Block]:
    """The product's specifications under their heading after the kept description, or between the product's name
    and the description (AliExpress's, over its "Description"), which the menu rule took for a menu or main_text
    cut outside its span ("Specifications" / "Brand" / "Brightline" / "Capacity" / …, Walmart's labels each an <h3>
    over its value): the heading and the short lines under it, up to the next heading of its rank or a higher one,
    a heading over reviews or other products."""
    out = list(blocks)
    kept = [b.index for b in blocks if b.kept and b.role == "body"]
    start = len(blocks) if not kept else head + 1 if head is not None and head < kept[0] else kept[0] + 1
    for k in range(start, len(blocks)):
        h = blocks[k]
        if not (h.kind == "heading" and _cut_outside(h) and (SPEC_HEADING.match(h.text) or DESCRIPTION_HEADING.match(
                h.text) and _rows_under(blocks, k))):
            continue
        out[k] = h.restore()
        for b in blocks[k + 1:]:
            if b.kind == "heading" and (b.level <= h.level or REVIEWS.match(b.text)) \
                    or related_heading(b, ctx) or is_wall(blocks, b.index, ctx):
                break
            if _cut_outside(b) and len(words(b.text)) <= SPEC_WORDS:
                out[b.index] = b.restore()
        break
    return out


def _rows_under(blocks: list[Block], k: int) -> bool:
    """SPEC_MIN short lines or more under the heading at k, all cut outside the kept text: a table of fields."""
    rows = blocks[k + 1:k + 1 + SPEC_MIN]
    return len(rows) == SPEC_MIN and all(_cut_outside(b) and b.kind != "heading" and len(words(b.text)) <= SPEC_WORDS
                                         for b in rows)


def _cut_outside(b: Block) -> bool:
    """Taken as a menu or by main_text on either side of its span (_cut_by_span_or_menu, or after the span)."""
    return _cut_by_span_or_menu(b) or b.removed_by == "main_text" and b.reason == AFTER_SPAN


PRICE_OVER_NAME = 5     # a product's price may stand this near over its name (AliExpress's, over the <h1>; its
#                         old price, its note on tax and a coupon between)
PRICE_UNDER_NAME = 8    # blocks, removed ones too, between the name and its price under it


def _shown_name(blocks: list[Block], ctx: Context) -> int | None:
    """The block that shows the product's name, the headline the markup names."""
    return shown_headline(blocks, ctx.meta["headline"], len(blocks) - 1, name_past=ctx.page_type == "product") \
        if ctx.meta.get("headline") else None


def _price_under_the_name(blocks: list[Block], head: int | None) -> list[Block]:
    """The product's price under its name that the menu rule took with the short lines around it, or main_text
    with the lines over its span, when nothing under the name but short fields is kept before the description
    ("Now $59.98 $79.99" among "Free" / "Pickup" / "Delivery", Walmart's; "₹2,499" under the rating, Flipkart's;
    "Rp295.000" under the rating and sales kept, Bukalapak's): the first line that gives a price, the product's,
    and the price beside it after it, the sale's after the old one ("2 999₴" / "2 499₴", each in an element of its
    own in one box: Rozetka's; or the old one after the sale's, the discount's badge between them, Tiki's); and its
    numbers' line between them, which the menu rule took with them ("Art.-Nr. 2471188 | Hersteller-Nr. TWK7203",
    MediaMarkt's)."""
    if head is None:
        return blocks
    out = list(blocks)
    for b in blocks[head + 1:head + 1 + PRICE_UNDER_NAME]:
        if b.kept and not _short_field(b) or priced_line(b.text):
            if not b.kept and _cut_by_span_or_menu(b):
                out[b.index] = b.restore()
            if out[b.index].kept and priced_line(b.text):   # (the old price kept where main_text's span opens,
                beside = _beside(blocks, b.index + 1)       # the sale's under it cut: Sodimac's)
                if beside is not None and not beside.kept and _cut_by_span_or_menu(beside) \
                        and len(shared_ancestors(b, beside)) >= len(b.ancestors) - 1 \
                        and price_alone(_unlabelled(beside.text)):      # (in the element around the price's)
                    out[beside.index] = beside.restore()
            break
        if b.removed_by == "nav_run" and product_codes(b.text):
            out[b.index] = b.restore()
    return out


# a price's label before it, a word or two ("Precio Internet:", "Normal:"), and its discount's badge after it ("-20%")
PRICE_LABEL = re.compile(r"^[^\W\d_]+(?:\s[^\W\d_]+)?\s?:\s?(?=\S)")
DISCOUNT_AFTER = re.compile(r"\s[-−–]\s?\d{1,2}\s?%$")


def _unlabelled(text: str) -> str:
    """A price's line without its label and its discount's badge: "Precio Internet: $119.990 -20%" is "$119.990"."""
    return DISCOUNT_AFTER.sub("", PRICE_LABEL.sub("", text.strip(), count=1))


def _beside(blocks: list[Block], k: int) -> Block | None:
    """The block at k, or past the discount's badge there the one after it (Tiki's "1.290.000₫" / "-35%" /
    "1.990.000₫")."""
    if k < len(blocks) and blocks[k].removed_by == "shop_badge":
        k += 1
    return blocks[k] if k < len(blocks) else None


def _short_field(b: Block) -> bool:
    """A product's short line under its name, its rating and sales ("4,9 (1.206 ulasan) Terjual 3,4 rb"), as short
    as a card's field: no description the price would stand under."""
    return b.kind != "heading" and len(words(b.text)) <= FIELD_LINE_WORDS


def _price_over_the_name(blocks: list[Block], head: int | None) -> list[Block]:
    """The product's price alone on its line right over its name, that main_text left out as lying before the
    text ("US $18.74" over the <h1>)."""
    if head is None:
        return blocks
    out = list(blocks)
    for k in range(head - 1, max(-1, head - 1 - PRICE_OVER_NAME), -1):
        b = blocks[k]
        if b.removed_by == "main_text" and b.reason == BEFORE_SPAN and price_alone(b.text):
            out[k] = b.restore()
            break
    return out


def _brand_over_the_name(blocks: list[Block], head: int | None) -> list[Block]:
    """(HTML) The product's maker right over its name, in an element whose class says brand (BRAND_TOKENS), a link
    to the maker's page that the link rule took ("Bosch Professional" over "Akku-Bohrschrauber GSR 12V-35", BRACK's):
    the product's."""
    if not head:
        return blocks
    b = blocks[head - 1]
    if b.removed_by in ("link_density", "main_text") and 0 < len(words(b.text)) <= BRAND_WORDS \
            and not BRAND_TOKENS.isdisjoint(b.tokens) and BRAND_TOKENS.isdisjoint(blocks[head].tokens):
        return [*blocks[:head - 1], b.restore(), *blocks[head:]]
    return blocks


BRAND_WORDS = 4


# The heading of the customers' questions about a product, and the seller's answers (Mercado Libre's, Amazon's)
QUESTIONS = re.compile(r"^\W*(?:(?:customer|kunden)\s*)?(?:questions?\s*(?:&|and)\s*answers?|q\s*&\s*a|"
                       r"fragen\s*(?:&|und)\s*antworten|kundenfragen|questions\s*(?:&|et)\s*réponses|"
                       r"preguntas\s*(?:&|y)\s*respuestas|domande\s*(?:&|e)\s*risposte|pytania\s*(?:&|i)\s*odpowiedzi|"
                       r"perguntas\s*(?:&|e)\s*respostas|vragen\s*(?:&|en)\s*antwoorden|"
                       r"soru(?:lar)?\s*(?:&|ve|-)\s*cevap(?:lar)?)\W*$", re.I)


def _questions(blocks: list[Block]) -> list[Block]:
    """Under a Q&A heading, up to the next heading of its rank or a higher one: the customers' questions; and under
    a heading of reviews that opens an element of its own ("Bewertungen (1.284)" atop its <section>), what that
    element holds: the reviews, which another pass gave back with the element that holds the page (dm's <main>,
    no class naming them). (Not under a heading of reviews whose element goes on with the description, a shop's
    tabs of both in one box.)"""
    out = list(blocks)
    under = None            # the rank of the Q&A heading we are under
    reviews = None          # the element a heading of reviews opens
    for b in blocks:
        if b.kind == "heading" and (under is None or b.level <= under):
            under = b.level if QUESTIONS.match(b.text) else None
        if reviews is not None and reviews not in b.ancestors:
            reviews = None
        if reviews is None and b.kind == "heading" and REVIEWS.match(b.text) \
                and len(words(b.text)) <= REVIEW_HEADING_WORDS:
            reviews = _opened(blocks, b)
        if under is not None and b.kept:
            out[b.index] = b.remove("product_page", "the customers' questions")
        elif reviews is not None and b.kept:
            out[b.index] = b.remove("product_page", "the customers' reviews under their heading")
    return out


def _opened(blocks: list[Block], heading: Block) -> int | None:
    """The element the heading opens: the one around it that holds nothing before it."""
    if len(heading.ancestors) < 2 or not heading.index:
        return None
    box = heading.ancestors[-2]
    return None if box in blocks[heading.index - 1].ancestors else box


def _by_class(blocks: list[Block], names: frozenset[str], what: str) -> list[Block]:
    """What an element whose class or id names it holds: the customers' reviews, in a tab of their own under no
    heading (JTL-Shop's, "review(s)"), the seller's box with its rating and sales (Mercado Libre's "ui-pdp-seller"),
    unless the word frames the page (a review's own text, a product page's whole story).
    (Not `_remove_unless_frame`, which weighs the kept blocks alone: here the removed ones count too, Shopware's
    description stands in an element its reviews' word names, parts of it cut by main_text before product_page.)"""
    keys = [b.tokens & names for b in blocks]
    if not any(keys):
        return blocks
    frame = framing(blocks, keys)
    return [b.remove("product_page", f"{what} (class/id {min(k - frame)!r})")
            if b.kept and b.role == "body" and k - frame else b for b, k in zip(blocks, keys)]


def _whole_lists(blocks: list[Block]) -> list[Block]:
    """The rest of a list or a table of labels and values the text keeps a part of, which main_text cut at its
    span's edge: the blocks of the same path under the same element two levels up as a kept one (a highlight's
    list items, one <ul>; a spec sheet's cells, each row a <div> of two: "Chuck Size" / "1/2 in.", then "Maximum
    Speed" / "1500 RPM"): list items, a list's terms and values, or short cells its class calls a spec sheet's, no
    sentence; a product's description and specifications are whole or not at all."""
    kept = {(b.path, b.ancestors[:-2]) for b in blocks if b.kept and b.role == "body" and len(b.ancestors) > 2}
    return [b.restore() if b.removed_by == "main_text" and b.reason in (BEFORE_SPAN, AFTER_SPAN)
            and len(b.ancestors) > 2 and b.path and (b.path, b.ancestors[:-2]) in kept
            and (b.kind == "list_item" or b.tag in ("dt", "dd")
                 or not SPEC_CLASS.isdisjoint(b.tokens) and len(words(b.text)) <= SPEC_WORDS
                 and not ends_sentence(b.text))
            else b for b in blocks]


# the class words of a spec sheet's cells ("specs__cell", "spec-row", "attribute-value")
SPEC_CLASS = frozenset({"spec", "specs", "specification", "specifications", "attribute", "attributes", "cell"})


def _beside_the_text(blocks: list[Block], ctx: Context) -> list[Block]:
    """A shop that shows the product's description (and its specifications' tab) in one column and its name (a
    heading), price and fields in a column after it (OpenCart's): what main_text cut after its span inside the
    element that holds both the kept text and the name, when no heading over other products or reviews stands in
    it."""
    if not ctx.meta.get("headline"):
        return blocks
    first = next((b.index for b in blocks if b.kept and b.role == "body"), None)
    if first is None:
        return blocks
    name = fold(ctx.meta["headline"])
    head = next((b.index for b in blocks[first:] if b.kind == "heading" and fold(b.text) == name), None)
    if head is None:
        return blocks
    shared = shared_ancestors(blocks[first], blocks[head])
    if not shared:
        return blocks
    box = shared[-1]
    inside = [b for b in blocks if box in b.ancestors]
    if any(b.kind == "heading" and b.removed_by in (None, "main_text")    # (not a review form's, which goes)
           and (related_heading(b, ctx) or REVIEWS.match(b.text)) for b in inside):
        return blocks
    out = list(blocks)
    for b in inside:
        if b.removed_by == "main_text" and b.reason == AFTER_SPAN:
            out[b.index] = b.restore()
    return out


@document_pass("bare_terms", "(HTML) a description list's term whose descriptions other rules all took ('Solved "
                             "by:' over its linked name, 'Last reply:' over its date): the label of nothing")
def bare_terms(blocks: list[Block], ctx: Context) -> list[Block]:
    if ctx.input != "html":
        return blocks
    out = list(blocks)
    for i, b in enumerate(blocks):
        if b.tag != "dt" or not b.kept:
            continue
        k = i + 1
        while k < len(blocks) and blocks[k].tag == "dd":
            k += 1
        if k > i + 1 and all(blocks[j].removed for j in range(i + 1, k)):
            out[i] = b.remove("bare_terms", "a term whose descriptions other rules took")
    return out


@document_pass("data_sheet", "when the body keeps almost nothing, gives back every label and value main_text or "
                             "the menu rule cut between the page's headline and the kept text: the page is a data "
                             "sheet (a drug's, a part's), no story; not on a listing (its cards come back by "
                             "listing_cards)", only="html")
def data_sheet(blocks: list[Block], ctx: Context) -> list[Block]:
    if ctx.page_type == "listing" or _body_words(blocks, EMPTY_BODY) >= EMPTY_BODY:
        return blocks           # (not a listing's cards' tags with them: "家庭菜園", each card's category link)
    # (a post of links: in the element the page marks as its body, its links too; headings only over what came back)
    return _under_the_name(blocks, ctx, lambda b: b.kind != "heading" and (
        _cut_by_span_or_menu(b) or b.removed_by == "link_density" and _content_marks(b.tokens)), titled=True)


def _under_the_name(blocks: list[Block], ctx: Context, admit, titled: bool = False) -> list[Block]:
    """Gives back what `admit` lets through (of what main_text or nav_run cut) between the page's shown headline and
    its first kept block, up to a heading over reviews (passing over them when they have a section of their own),
    other products or stories; and the headings over what came back. `titled`: only under a heading that shows
    the name (not an item of a list of recent posts that repeats it)."""
    head = _shown_name(blocks, ctx)
    first = next((i for i in range(head + 1, len(blocks)) if blocks[i].kept), None) if head is not None else None
    if first is None or titled and blocks[head].kind != "heading":
        return blocks
    out = list(blocks)
    reviews = None              # the element of the reviews passed over
    for i in range(head + 1, first):
        b = blocks[i]
        if reviews is not None and reviews in b.ancestors:
            continue
        if b.kind == "heading" and REVIEWS.match(b.text) and len(words(b.text)) <= REVIEW_HEADING_WORDS:
            reviews = _own_section(blocks, head, i, first)
            if reviews is None:
                break
            continue
        if related_heading(b, ctx) or is_wall(blocks, i, ctx) or titled and b.removed_by == "share_widget":
            break                   # (main_text took the headings: related_heading asks the words alone; share
            #                         buttons end a post, though a shop shows them under the product's name)
        if admit(b):
            out[i] = b.restore()
    for i in range(head + 1, first - 1):                 # and the headings over what came back
        if blocks[i].kind == "heading" and _cut_by_span_or_menu(blocks[i]) and out[i + 1].kept:
            out[i] = blocks[i].restore()
    return out


def _own_section(blocks: list[Block], head: int, k: int, first: int) -> int | None:
    """The element that holds block k under the element it shares with the product's name (at `head`): the
    section of the page block k stands in ("Beschreibung", "Bewertungen", "Lage", "Preise", each its own <div>).
    None when there is none, or when it holds the kept text too (then it is no section of its own)."""
    shared = len(shared_ancestors(blocks[head], blocks[k]))
    if shared == 0 or shared >= len(blocks[k].ancestors):
        return None
    section = blocks[k].ancestors[shared]
    return None if section in blocks[first].ancestors else section


def _cut_by_span_or_menu(b: Block) -> bool:
    """Taken by main_text (before its span) or as a menu: what a product page's parts, or a data sheet's, look like
    to them."""
    return b.removed_by == "nav_run" or b.removed_by == "main_text" and b.reason == BEFORE_SPAN


EMPTY_BODY = 50           # words: a body this short kept nothing of a story
PHOTO_STORY_WORDS = 100   # the captions' prose that tells a story


@document_pass("photo_story", "gives back a slideshow's or gallery's captions when the body keeps almost nothing "
                              "else: the page is a story told in pictures", only="html")
def photo_story(blocks: list[Block], ctx: Context) -> list[Block]:
    if _body_words(blocks, EMPTY_BODY) >= EMPTY_BODY:
        return blocks
    captions = [i for i, b in enumerate(blocks) if b.removed_by == "html_class" and b.tokens & PHOTO_TOKENS
                and is_prose(b.text)]
    if _words(blocks, captions) < PHOTO_STORY_WORDS:
        return blocks
    given = set(captions)
    return [b.restore() if i in given else b for i, b in enumerate(blocks)]


def _body_words(blocks: list[Block], enough: int) -> int:
    """The words the body keeps, counted up to `enough`."""
    kept = 0
    for b in blocks:
        if b.kept and b.role == "body":
            kept += word_count(b.text)
            if kept >= enough:
                break
    return kept


def _words(blocks: list[Block], which: list[int]) -> int:
    return sum(word_count(blocks[i].text) for i in which)


def _story_under(blocks: list[Block], head: int, stop: int) -> list[int]:
    """The run of blocks under the headline that main_text left before its span, all in the element that holds
    the story (see _holder): from its first paragraph (within STORY_REACH) to the first block anything else
    removed, without the headings and labels that end it ("Share this:")."""
    run: list[int] = []
    inside = None
    for i in range(head + 1, stop):
        b = blocks[i]
        if b.removed_by == "main_text" and b.reason == BEFORE_SPAN and (not run or inside(b)):
            if not run:
                inside = _holder(blocks, head, i)
                if inside is None:
                    break
            run.append(i)
        elif run and b.removed_by not in IN_STORY or not run and i - head > STORY_REACH:
            break
    while run and (blocks[run[-1]].kind == "heading" or blocks[run[-1]].text.rstrip().endswith(":")):
        run.pop()
    return run


def _holder(blocks: list[Block], head: int, first: int):
    """What holds the story that opens at `first` under the headline at `head`, as a test of a block: its
    <article> element, else the deepest element holding both that holds no kept block (the post's <div> beside
    the sidebar the span chose); None when there is none."""
    b = blocks[first]
    if b.region.startswith("<article"):
        return lambda x: x.region == b.region
    shared = shared_ancestors(blocks[head], b)
    if not shared or any(shared[-1] in x.ancestors for x in blocks if x.kept):
        return None
    return lambda x: shared[-1] in x.ancestors


TABLE_TAGS = frozenset({"td", "th", "tr", "table", "caption"})     # "table": a whole data table


@block_rule("html_caption", "<figcaption> and <figure> text (captions and credits), not tables or program listings "
                            "inside figures; a program listing's file name in its header ('retype.yml', 'Terminal')",
            only="html")
def html_caption(block: Block, ctx: Context) -> str | None:
    if block.kind == "code" or QUOTE_FIGURE in block.tokens:    # (Expressive Code frames each listing in a
        return None     # <figure>, its file name the caption; a quote's figure names who said it, Durable's reviews)
    if "<figcaption>" in block.tokens and block.tag not in TABLE_TAGS:
        return "figure caption"
    if "<figure>" in block.tokens and block.tag not in TABLE_TAGS and block.tag != "p":
        return "figure caption"
    if len(block.text.split()) <= CODE_LABEL_WORDS and (FILENAME in block.tokens or not CODE_BOX.isdisjoint(
            block.tokens) and not CODE_LABEL.isdisjoint(block.tokens) or CODE_EXAMPLE <= block.tokens):
        return "a program listing's file name"
    return None


# (the element of a program listing's file name: Docus' "filename" after it, Retype's "codeblock-header" / "title"
# over it; its language's name in the <header> of a "code-example" box, GitHub Docs' "Shell")
FILENAME = "filename"
CODE_BOX = frozenset({"codeblock", "snippet"})
CODE_LABEL = frozenset({"header", "title", "caption", "lang", "language"})
CODE_EXAMPLE = frozenset({"code", "example", "<header>"})
CODE_LABEL_WORDS = 2


@block_rule("shop_filter", "on a shop's page, the line of a checkbox or a radio button: a filter's choice and its "
                           "count ('nowe 6 945'), a variant's", only="html")
def shop_filter(block: Block, ctx: Context) -> str | None:
    if ctx.page_type in SHOP_PAGES and CHOICE_TOKEN in block.tokens:
        return "a form's choice (a checkbox's or a radio button's line)"
    return None      # (elsewhere such lines are a checklist's or a recipe's ingredients, ticked off as one reads)


@block_rule("link_density", "short blocks made mostly of links (menus, teaser lists); not a program's listing (its "
                            "types linked to their pages), nor a member's heading in an API reference (its "
                            "declaration linked to its source), nor a manual's 'See also …' line", only="html")
def link_density(block: Block, ctx: Context) -> str | None:
    if block.link_density > 0.5 and len(words(block.text)) < 40 and not _contact_address(block) \
            and block.kind != "code" and not _member_heading(block, ctx) \
            and not (ctx.page_type == "documentation" and SEE_ALSO_LINE.match(block.text)):
        return f"{block.link_density:.0%} of the text is links"
    return None


def _member_heading(block: Block, ctx: Context) -> bool:
    """A member's heading, or its declaration in a line of its own (Scaladoc's "def retryOn(p: Response => Boolean):
    RetryPolicy" in a <div>, its types linked): a keyword and a name not ending a sentence, or a sure signature."""
    if ctx.page_type != "documentation":
        return False
    if block.kind == "heading":
        return DECLARATION.match(block.text) is not None or signature(block.text) > 0
    return signature(block.text) == 2 or DECLARATION.match(block.text) is not None \
        and len(block.text) <= SIGNATURE_CHARS and not ends_sentence(block.text) \
        or PROPERTY.match(block.text.strip()) is not None


# a property's name and its type after an arrow, its name linked (Dartdoc's "length → int", "items → List<T>?"); or a
# docstring's header, the member's qualified name linked and its kind after a dash (Documenter.jl's "Tidewater.retry
# — Function")
PROPERTY = re.compile(r"^[a-z_]\w*\s?(?:→|->)\s?[A-Za-z_][\w.]*(?:<[\w<>?, ]*>)?\??$"
                      r"|^[A-Za-z_][\w.!]*\s[—–-]\s(?:Function|Method|Type|Abstract type|Struct|Macro|Module|Constant"
                      r"|Class|Interface|Property|Enum)$")


PHONE_OR_POSTCODE = re.compile(r"\d{3}")


def _contact_address(block: Block) -> bool:
    """An <address> giving a street, a phone number, a postcode: its phone and e-mail are links to call and to
    write, not to other pages (an author's <address>, a link to the profile alone, is no such card)."""
    return block.path.rsplit(">", 1)[-1] == "address" and PHONE_OR_POSTCODE.search(block.text) is not None


# link_density is not here: it runs after the lexical rules (see filters/__init__.py)
RULES = (html_container, html_class, html_caption, html_content, shop_filter)
