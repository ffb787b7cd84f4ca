"""Find headline, section/kicker, summary (standfirst), dateline, byline and date.

Runs after `main_text`, which leaves the article's body as the kept run of blocks.
What stands just above that run is the article's header, read the way a person
reads it: the nearest title-shaped line above the text is the headline; a short
line right above the headline is its section/kicker; prose between the headline
and a byline/date line is the standfirst; "By …" and date lines are metadata;
the first paragraph may open with a dateline ("LONDON, Dec 7 —").
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice
from typing import Callable, Iterator

from . import dates
from .model import Block, beyond_the_story, repeated_near, runs_within
from .pagetype import (BBS_SIGN_OFF, CARD_PAGES, FEW_CARDS, MENU_WORDS, SHOP_PAGES, button_row, dated_cards,
                       dated_titles, price_alone, priced_line, pushed, signature)
from .pipeline import Context, document_pass
from .textstats import (AT_TIME, CJK, FIELD_SEPARATORS, FIELD_SPLIT, PROSE_MIN_STOP, PROSE_MIN_WORDS, QUESTION_MARKS,
                        SITE_SUFFIX, address_line, archive_term, bio_subject, capitalised, ends_sentence, fold,
                        is_prose, is_title_case, is_upper, name_shaped, shows_title, stop_density, strip_site_name,
                        under_the_maker, word_count, words)
from .vocab import (ALL_STOPWORDS, BRAND_TOKENS, BYLINE_PREFIX, CALL_OBJECTS, CALL_VERBS, LONE_BY, CATEGORIES,
                    CONTACT_AFTER_NAME, NAME_PARTICLES, TITLE_SMALL_WORDS, UPDATED_LABEL, WEEKDAYS, byline_prefix,
                    label_and_first, made_of, pattern, phrase_words)

TITLE_LIST = 4             # this many title lines in a row are a list (contents, other stories), not one headline
LISTED = 0.7               # ... and what a title in such a list keeps of its score (0.5 measured lower on both sets)
TWICE_BONUS = 0.3          # a title the page shows twice within three lines (breadcrumb's last item, then the title)
TWICE_REACH = 3
TITLE_BONUS = 1.0          # the title the text opens with (a scrape that kept <title>), its site's name cut off
TITLE_PARTS = re.compile(r"(?<!\s)\s+[|–—»-]\s+")      # where a <title> joins a site's name and the title
TITLE_PART_WORDS = 4       # such a part this long is a title, not a site's name (SITE_NAME_WORDS) or a section's
META_BONUS = 1.0          # a title line with a byline/date under it (0.5 measured lower on both sets)
FOOTER_REACH = 3           # how many blocks under the text (or above its end) a date line or byline may stand
HEADER_REACH = 12          # how many blocks above the text the header may span
HTML_FRAMES = ("html_class", "html_container", "html_content")     # the passes that remove whole elements
META_REACH = 8             # how many blocks into the text its byline and date line may stand (an author box between)
META_FILTERS = ("byline", "date_line")
COMMENT_FILTERS = {"comment_widget", "comment_header"}      # what opens the readers' comments
# "LONDON, United Kingdom, Dec 7 —", "WASHINGTON (Reuters) -", "NEW DELHI, Dec 7:"
DATELINE_TEXT_WORDS = 5     # words of the story's first sentence after its dateline, at least
DATELINE = re.compile(
    r"^(?P<dl>[A-ZÀ-Þ][A-ZÀ-Þ.'’\- ]{1,40}?(?:,\s*[^,—–:()]{1,40}?){0,3}(?:\s*\([^)]{1,40}\))?)"
    r"\s*(?:—|–|-{1,2}|:)\s+(?=\S)")
# What ends the name on a "By Jane Doe | May 1, 2026" line: a separator, "on", "updated", "published", "on" in
# another language before a date's digits ("von Anna Berg am 3. März 2024", "par Luc Roy le 12 mars")
# (or a role in brackets at its end: "Lance Ryan (Content Manager)", but not "Paramita (Guha) Ghosh")
NAME_END = re.compile(rf"{FIELD_SPLIT.pattern}|\s\([^()]*\)\s*$|\s(?:on|updated|published|posted)\b|{AT_TIME.pattern}"
                      r"|\s(?:am|le|el|il|op|em|dnia)\s+(?=\d)"
                      rf"|[-{FIELD_SEPARATORS}:]\s*$|\s»\s", re.I)     # (a board's "jane » Sat Mar 9, 2024")

# "Senior Autos Reporter", "Jeffrey Callahan (Data Analyst)": who wrote it, not what it says
THE = re.compile(r"^(?:the|die|der|la|le|el)\s+", re.I)     # "The Associated Press" is an agency's name
JOB_TITLE_END = re.compile(r"\b(?:reporter|editor|reviewer|writer|contributor|correspondent|columnist|analyst|author|"
                           r"journalist|staff|team|redakteur(?:in)?|rédacteur|redactor|redaktor)\W*$", re.I)
JUNK_IN_TITLE = re.compile(r"@|[»›]|www\.|https?:|\burl\b|copied|\bsharing\b|\bshare\b|sign (?:in|out)|subscribe|"
                           r"\bclose\b|\bmenu\b|\blog ?in\b|\bby:|cookie|newsletter|advertis|\bgallery\b|copyright|"
                           r"\bcaption\b|\bimage\b|\beditorial (?:guidelines|policy|standards|process)\b|"
                           r"\bclick to\b|opens in (?:a )?new (?:window|tab)", re.I)
# (words of widgets: "shares plunge" is a title; "Southern Living's editorial guidelines" is a link by the byline)
# A button or a promotion, not a title: a call to act ("… Learn More", "Apply Now", "Reserve … now >", "View Full
# Profile", "Request Project Quote", "Ver más de la Región", "nächste Seite →"), or who checked or wrote what
# ("Reviewed by Robert Tschudi", "Find articles by Jongnam Kim")
CALL_TO_ACT = re.compile(r"(?:(?:learn|read|see|find out) more|\b(?:apply|shop|book|buy|order|reserve|register|"
                         r"sign up|join|download|try it) (?:now|today|here)|\s[>→]|view (?:full )?profile"
                         r"|\b(?:request|get)(?: \w+){0,2} quote)\W*$"
                         r"|\b(?:reviewed|fact[- ]checked|articles|stories|posts) by\s"
                         r"|^(?:see more|ver más|leer más|voir plus|mehr anzeigen|zobacz więcej)\b", re.I)
# a program's opening keyword, lower case as the language writes it, a name after it: a line of code, no title
CODE_OPENING = re.compile(r"^(?:import|from [\w.]+ import|def|class|const|let|var|function|package|using|#include) "
                          r"[\w<\"'{*]")
GUILLEMETS = str.maketrans("»«›‹", '""""')


def _unquoted(text: str) -> str:
    """The line with its guillemets as plain quotes when they come in pairs ("»Haltet unsere Gewässer sauber!«",
    "« Match en direct »"): a quotation, not the arrows of a breadcrumb trail ("Home » News")."""
    if ("»" in text and "«" in text) or ("›" in text and "‹" in text):
        return text.translate(GUILLEMETS)
    return text


@lru_cache(maxsize=256)
def _content_words(text: str) -> frozenset[str]:
    """(cached: the headline picker and the byline search ask for the same opening paragraphs) Chinese and
    Japanese, written without spaces, give their runs' pairs of characters too, as their search engines index
    them: a title and the text under it share them ("薄荷", "发黄"), not their runs between punctuation marks."""
    ws = frozenset(w for w in map(str.lower, words(text)) if len(w) > 2 and w not in ALL_STOPWORDS)
    if text.isascii():
        return ws
    return ws | {run[k:k + 2] for run in CJK_RUN.findall(text) for k in range(len(run) - 1)}


CJK_RUN = re.compile(rf"{CJK.pattern}+")


def headline_score(block: Block, distance: int, body_vocab: set[str], before_meta: bool,
                   sentence_ok: bool = False, topical: Callable[[str], bool] = lambda word: False) -> float:
    """How much a block looks like this article's headline (higher is better; <= 1 means no).

    A reader finds the headline as a title-shaped line near the top whose words the
    text then talks about: overlap with the opening of the text weighs most, then
    shape, then being followed by a byline/date, then nearness. `sentence_ok`: a line
    ending in a full stop may still be one (it stands right over its byline or date line).
    A breadcrumb ("Car Talk / Car Reviews / Best EVs of 2026") is not a title either.
    A widget's word ("newsletter", "gallery") rules a line out unless it is `topical`:
    what the article itself talks about ("How to write a (good) newsletter with AI").
    """
    t = block.text.strip()
    n = word_count(t)      # (a Chinese or Japanese title, no spaces in it, two characters a word)
    if n < 2 or n > 30 or block.kind in ("table", "code"):
        return 0.0
    junk = JUNK_IN_TITLE.search(_unquoted(t))
    if junk and not topical(junk.group().lower()) or dates.has_date_shape(t) and n < 8 \
            or BYLINE_PREFIX.match(t) or t.count(" / ") >= 2 or _topic_list(t) or CALL_TO_ACT.search(t) \
            or made_of(("site_links",), t) \
            or pattern("credit_agency", whole=True).match(THE.sub("", t)) or _recipe_field(t) or CREDIT_LABEL.match(t) \
            or any(len(words(part)) <= 6 and JOB_TITLE_END.search(part) for part in FIELD_SPLIT.split(t)) \
            or signature(t) == 2 or CODE_OPENING.match(t):      # (a member's signature under its name's title:
        return 0.0      # "suspend fun <T> retry(…): T"; a program's first lines, "import pandas as pd levels = …")
    if t.startswith(("|", "/", "•", "·")):
        return 0.0          # a piece of a line: "| Special to the Pioneer Press"
    if t.startswith(("←", "‹")):
        return 0.0          # a link to the previous post: "← Humor hilft ! Unser Überlebenskampf" (the next one's
        #                     "… →" is a call to act, its "›" junk in a title)
    if n >= 3 and t.islower() and all(part.isalpha() for part in t.split(" ")) \
            and not any(w in ALL_STOPWORDS or w in TITLE_SMALL_WORDS for w in words(t)):
        return 0.0          # a menu's links in lower case, no word between them: "silvia jura projekte contact"
        #                     (words and spaces only: not an ingredient's line, "1 3/4 teaspoons table salt")
    if t.endswith((",", ";", ":")) or (t.endswith(".") and n > 3 and not t.endswith("..") and not is_title_case(t)
                                       and not sentence_ok):
        return 0.0          # a sentence; but "Home Depot Stock Is Falling. Why You Shouldn’t Worry." is a title
    if n > 12 and re.search(r"[.!]\s+[A-Z][a-z]+\s+[a-z]", t):      # two sentences: a teaser or a notice, not a title
        return 0.0          # (but a question and its answer is one: "Want a good EV? Here are the 20 best …")
    overlap = _overlap(t, body_vocab)
    shape = 1.0 if 4 <= n <= 20 else 0.4
    return 2.0 * overlap + shape + (META_BONUS if before_meta else 0.0) - 0.02 * distance


def _board_clocks(blocks: list[Block], zone: range, first_body: int | None) -> list[int]:
    """(a thread) The date lines over the one nearest above the opening post's text, its header's ("« on: 2 Dec
    2026, 19:43 »"): the board's clock and the reader's last visit in its header, not when the thread began."""
    above = [i for i in zone if first_body is not None and i < first_body and blocks[i].removed_by == "date_line"
             and blocks[i].role == "body"]
    return above[:-1]


# A caption's or a source's label opening the line ("Abb.: Collage aus Internetbild …", "Quelle: dpa"): never a title
# ("Photos:" and "Video:" open headlines too, and stay candidates)
CREDIT_LABEL = re.compile(r"^\W*(?:abb\.|abbildung|quelle|bildquelle|source|credits?|crédits?|fuente|źródło)\s*:",
                          re.I)
TOPIC_SPLIT = re.compile(r"\s[–—·•●]\s|::")     # (not "|": "Letters: Coddling criminals | Tax dollars | …")
TOPIC_WORDS = 3      # words of each topic at most


def _topic_list(text: str) -> bool:
    """Three topics or more between separators, a few words each: a blog's tagline or a menu ("Kommunikation –
    Lebensentwürfe – Rollenbilder – Sex/BDSM", ":: Marktplatz:: Ernährung:: Bekleidung"), not a title."""
    parts = [p for p in TOPIC_SPLIT.split(text) if p.strip()]
    return len(parts) >= 3 and all(len(p.split()) <= TOPIC_WORDS for p in parts)


def _recipe_field(text: str) -> bool:
    """A field of a recipe's head or a label of its parts: "Ergibt: 40 Stück", "Prep Time: 25 minutes", "Zutaten:
    300 g Mehl"."""
    return any(label_and_first(pattern(category), text) for category in ("recipe_fields", "ingredients", "method"))


def _opening_words(blocks: list[Block], body: list[int]) -> set[str]:
    """The content words of the text's first eight body blocks (what the article talks about)."""
    return set().union(*(_content_words(blocks[i].text) for i in body[:8]))


def _overlap(text: str, body_vocab: set[str]) -> float:
    """Share of the line's content words that the text's opening uses (damped below four words)."""
    cw = _content_words(text)
    return len(cw & body_vocab) / len(cw) * min(1.0, len(cw) / 4) if cw else 0.0


def _topic(blocks: list[Block], body: list[int], opening: set[str]) -> Callable[[str], bool]:
    """Whether the text talks about a word itself: its opening uses it, and three of its paragraphs or
    more (or a longer form of it: "newsletters")."""
    @lru_cache(maxsize=None)
    def topical(word: str) -> bool:
        return any(w.startswith(word) for w in opening) \
            and sum(any(w.startswith(word) for w in _content_words(blocks[i].text)) for i in body) >= 3
    return topical


def _in_title_lists(titles: set[int]) -> set[int]:
    """The titles that stand in a run of TITLE_LIST or more consecutive lines."""
    listed = set()
    for i in titles:
        if i - 1 not in titles:            # a run starts here
            end = i
            while end + 1 in titles:
                end += 1
            if end - i + 1 >= TITLE_LIST:
                listed.update(range(i, end + 1))
    return listed


TITLE_TOKEN = re.compile(r"[^\W_]+")


def _norm(text: str) -> str:
    """A title's letter and digit runs, lower-cased ("Blogposting 01/23/2020" is not "Blogposting 01/24/2020")."""
    return " ".join(TITLE_TOKEN.findall(text.lower()))


def _author_words(blocks: list[Block], lo: int, hi: int) -> list[set[str]]:
    """The names the header gives as authors ("By Jane Doe", or "By" with the name on the next line)."""
    names = []
    for i in range(lo, min(hi, len(blocks))):
        t = blocks[i].text.strip()
        m = BYLINE_PREFIX.match(t + " ")
        name = t[m.end() - 1:] if m else None
        if m and not name.strip() and i + 1 < len(blocks):
            name = blocks[i + 1].text
        ws = capitalised(name or "")
        if 2 <= len(ws) <= 5:
            names.append(ws)
    return names


WIDGETS = frozenset({"share_widget", "comment_widget", "social_prompt", "gallery_widget", "ad_marker"})
WIDGETS_AND_CAPTIONS = WIDGETS | {"caption_credit"}


def _following(blocks: list[Block], i: int, skip: frozenset[str], reach: int) -> Iterator[Block]:
    """The blocks among the `reach` after block i that are not what `skip` names (widgets between lines)."""
    return (b for b in blocks[i + 1:i + 1 + reach] if b.removed_by not in skip)


def _near_meta(blocks: list[Block], i: int) -> bool:
    """A byline or date line follows within three blocks (or "By" alone, the name on the line after it, or
    a relative time: "Published 1 day ago" has no date to give, but it is the header's date line);
    share buttons and other widgets between them do not count."""
    return any(b.removed_by in META_FILTERS or b.removed_by == "relative_time" or LONE_BY.match(b.text)
               for b in islice(_following(blocks, i, WIDGETS, 11), 3))


def _meta_next(blocks: list[Block], i: int) -> bool:
    """A byline or date line right under the line (a caption or widget between them at most)."""
    nxt = next(_following(blocks, i, WIDGETS_AND_CAPTIONS, 2), None)
    return nxt is not None and nxt.removed_by in META_FILTERS


def _over_dek(blocks: list[Block], i: int) -> bool:
    """A paragraph of prose (a standfirst) right under the line, and a byline or date line right under that."""
    return i + 1 < len(blocks) and is_prose(blocks[i + 1].text) and _meta_next(blocks, i + 1)


PLAIN_OPENING = 2          # the text's first blocks, no prose among them: a post of short lines


def _lines_under_meta(blocks: list[Block], body: list[int]) -> bool:
    """The text opens right under its date or byline line with short lines (an agenda, a list of links): its
    title stands over that line, and none of those lines is it."""
    return body[0] > 0 and blocks[body[0] - 1].removed_by in META_FILTERS \
        and not any(is_prose(blocks[i].text) for i in body[:PLAIN_OPENING])


def _body_candidates(blocks: list[Block], body: list[int], thread: bool = False) -> list[int]:
    """Title lines at the top of the kept text: before its second paragraph of prose, or before its fourth
    when a standfirst and a byline or date line follow the line.

    Past the first paragraph (a disclaimer, a caption) a line needs a byline or date
    under it to count. The first block may be a question-shaped title that reads as
    prose ("Fact Check: Is An 'Oxygen Bar' In Delhi …?") when a byline follows it. On a `thread`, a line the page
    says again further down is a post's signature, and no line past a paragraph counts.
    """
    out, prose_seen = [], 0
    for i in body[:10]:
        t = blocks[i].text.strip()
        if _recipe_field(t):
            break                       # a recipe's head: its fields and ingredients, under the title if any
        if is_prose(t) or ends_sentence(t) and not t.endswith((*QUESTION_MARKS, "!")):
            if i == body[0] and len(words(t)) <= 20 and is_title_case(t) and not t.endswith(".") \
                    and _near_meta(blocks, i):
                out.append(i)
            prose_seen += 1
            if prose_seen >= 4:
                break
            continue
        # past the second paragraph (disclaimers above the story), a title line counts only as the head of
        # "headline, standfirst, byline or date line"
        if prose_seen == 0 or _near_meta(blocks, i) and len(words(t)) >= 4 \
                and (prose_seen < 2 or _over_dek(blocks, i)) and not (thread and _said_again_below(blocks, i)) \
                and not (thread and prose_seen):
            out.append(i)       # (on a thread, past a post's paragraph the date under a line is the next post's
    return out                  # header: the line ends the post, "Any idea where to look first?")


def _said_again_below(blocks: list[Block], i: int) -> bool:
    """The line is said again further down, word for word (on a thread: a post's signature under each of its
    author's posts, "Ruta de los domingos, siempre que no llueva"; a story's title may be said again in a share box
    under it)."""
    key = " ".join(blocks[i].text.split())
    return any(" ".join(b.text.split()) == key for b in blocks[i + 1:])


def shown_headline(blocks: list[Block], known: str, limit: int, name_past: bool = False) -> int | None:
    """The block (up to `limit`) that shows the headline the page's markup names, unless a rule took it for
    something else than text outside the article (a heading that is the named title and has a date in it,
    "Blogposting 01/23/2020", is the title, not a date line); not an item of the site's menu when another block
    shows it (a shop's menu names the category the page shows, its current item: Shoper's, over the <h1>).
    `name_past` (a product's page): with no block that shows it whole, the first that goes on past it, the
    product's name with its model after the title's words ("小熊（Bear）电热水壶 1.5L 304不锈钢 烧水壶 ZDH-C15B1"
    under a <title> without its model, and no <h1>: JD's)."""
    key = _norm(known)
    last = min(limit, len(blocks) - 1) + 1
    shown = [i for i in range(0, last) if _norm(blocks[i].text) == key and _may_show(blocks[i])]
    if not shown and name_past:
        folded = fold(known)
        shown = [i for i in range(1, last) if _may_show(blocks[i]) and shows_title(folded, blocks[i].text, whole=True)]
    return next((i for i in shown if MENU_WORDS.isdisjoint(blocks[i].tokens)), shown[0] if shown else None)


def _may_show(b: Block) -> bool:
    return b.removed_by in (None, "main_text", "nav_run", "html_class", "html_container") \
        or b.kind == "heading" and b.removed_by == "date_line"


def pick_headline(blocks: list[Block], start: int, body: list[int], ctx: Context) -> int | None:
    known = ctx.meta.get("headline")
    if known:                   # the page's markup named it: take the block that shows it
        shown = shown_headline(blocks, known, body[min(len(body) - 1, 10)], name_past=ctx.page_type == "product")
        return shown if shown is None else _title_over_story(blocks, shown, body)
    vocab = _opening_words(blocks, body)
    topical = _topic(blocks, body, vocab)
    lo = max(0, start - 3 * HEADER_REACH)
    authors = _author_words(blocks, lo, body[min(len(body) - 1, 10)] + 1)
    candidates = [i for i in range(lo, start) if blocks[i].removed_by in (None, "main_text", "nav_run")]
    if not _lines_under_meta(blocks, body):
        candidates += _body_candidates(blocks, body, ctx.page_type == "forum")
    scores: dict[int, float] = {}
    page_title = strip_site_name(blocks[0].text)       # (the first line, the site's name cut)
    title = _norm(page_title)
    titles = {title} | _title_parts(blocks[0].text)
    for i in candidates:
        cw = _content_words(blocks[i].text)
        if any(len(name & cw) >= 2 for name in authors) or i and LONE_BY.match(blocks[i - 1].text):
            continue                        # "About Jane Doe", "Biography Jane Doe", "By" / "Al Root": the author
        if blocks[i].kind == "list_item" and not repeated_near(blocks, i, TWICE_REACH):
            continue        # an item of a list ("* Clique no link para ver o Calendário …"), unless the last of a
            #                 breadcrumb trail that the page then shows as its title (a line below says it again)
        scores[i] = headline_score(blocks[i], abs(start - i), vocab, _near_meta(blocks, i), topical=topical)
        if scores[i] > 1.0 and repeated_near(blocks, i, TWICE_REACH):
            scores[i] += TWICE_BONUS
        if scores[i] > 1.0 and i and _norm(blocks[i].text) in titles:
            scores[i] += TITLE_BONUS
    # (or the category an archive's title names: "Mobilidade" of "Mobilidade Arquivos - Jornal do Vale Verde")
    shorts = {_short_title(blocks[0].text), archive_term(page_title)} - {None}
    # (a product's name that goes on past its title, "…, 2200 Watt, 1,7 Liter", is its title too)
    folded = fold(page_title) if ctx.page_type == "product" else ""
    named = sorted(i for i in scores if i and (" ".join(blocks[i].text.split()) in shorts
                                               or folded and shows_title(folded, blocks[i].text, whole=True)))
    if folded and not named:    # (or under its maker's line, the two the title: "Nordlys Hudpleje" / "Fugtcreme
        #                         Havtorn 50 ml" of "Nordlys Hudpleje Fugtcreme Havtorn 50 ml | Matas")
        named = sorted(i for i in scores if i > 1 and under_the_maker(folded, blocks[i - 1].text, blocks[i].text))
    if folded and not named:    # (or with its kind before it, "Bezdrátová sluchátka Sony WH-1000XM5 černá": asked
        #                         last, a heading that names it after a label, 'Produktinformationen "…"', reads so too)
        named = sorted(i for i in scores if i and shows_title(folded, blocks[i].text, whole=True, kind_first=True))
    if named:           # the line that shows the page's short title over its byline or date, else the one nearest
        #                 the text (a menu may list the title too, a share box show it again)
        over_meta = (i for i in named if any(b.removed_by in META_FILTERS for b in blocks[i + 1:i + 1 + TITLE_META]))
        scores[next(over_meta, named[-1])] = max(scores.values()) + TITLE_BONUS
    if (one := _one_word_title(blocks, start)) is not None and one in scores:
        scores[one] = max(scores.values()) + TITLE_BONUS
    listed = _in_title_lists({i for i in scores if scores[i] > 1.0})
    for i in listed:
        scores[i] *= LISTED
    # (and so does the heading a list above says again: the story's section its contents named, "Example Data")
    entries = {_norm(blocks[i].text) for i in listed}
    for i in scores:
        if i not in listed and _norm(blocks[i].text) in entries and any(j < i for j in listed):
            scores[i] *= LISTED
    best = max((i for i in scores if scores[i] > 1.0), key=lambda i: (scores[i], -abs(start - i)), default=None)
    # No title line with a byline or date under it: the text's first line may be the headline though it reads as
    # a sentence ("South Dakota doubles down on ‘Meth. We’re on it.’ They just might be."), when the byline or
    # date line stands right under it and it is short; so may a line above the text right over its byline or date
    # line, nothing between them (a blog's "Warum ich lieber „Bauchgeburt“ statt Kaiserschnitt sage." over "Nike
    # Jane – 14.09.2022 – Kolumne"; a photo's caption, over its credit, ends in a full stop too).
    first = body[0]
    if best is None or not _near_meta(blocks, best):
        sentences = [i for i in candidates if i < start and scores.get(i) == 0.0
                     and blocks[i + 1].removed_by in META_FILTERS]
        if first not in scores and _meta_next(blocks, first):
            sentences.append(first)
        sentence_scores = {i: headline_score(blocks[i], abs(start - i), vocab, True, sentence_ok=True,
                                             topical=topical) for i in sentences if len(words(blocks[i].text)) <= 20}
        top = max(sentence_scores, key=sentence_scores.get, default=None)
        if top is not None and sentence_scores[top] > 1.0 and (best is None or sentence_scores[top] > scores[best]):
            return top
    if best is None:
        return _title_words_over_text(blocks, start) or _first_line_title(blocks, body, vocab, topical)
    # The headline comes first, its dek (a second line about the same story) right under it;
    # a short or upper-case line above is a kicker, and a list of titles is other stories.
    def names(i: int, j: int) -> bool:
        """Line i says all of line j: j is i's kicker ("Dancing With the Stars" over "… eliminated from 'Dancing
        With the Stars'"); the same title twice is no kicker."""
        line, head = _norm(blocks[j].text), _norm(blocks[i].text)
        return line != head and f" {line} " in f" {head} "

    def listed(i: int) -> bool:
        """Other titles beside line i, not its own kicker ("Bergisch Gladbach" over "Bergisch Gladbach: die Stadt
        verklagt …")."""
        return any(scores.get(j, 0) >= 0.6 * scores[best] and not names(i, j) for j in (i - 2, i - 1, i + 1)
                   if j != best)

    above = [i for i in scores if best - 4 <= i < best and scores[i] >= max(1.0, 0.75 * scores[best])
             and _near_meta(blocks, i) and not listed(i) and blocks[i].removed_by != "nav_run"   # not a menu's
             and 4 <= len(words(blocks[i].text)) and not is_upper(blocks[i].text)
             and _overlap(blocks[i].text, vocab) >= 0.5 and not names(best, i)
             and not names(i, best)         # (the <title> that says the headline after the site's name)
             and not any(blocks[k].kept and blocks[k].role == "body" and is_prose(blocks[k].text)
                         for k in range(i + 1, best))]
    return min(above) if above else best


TITLE_META = 8          # blocks from the page's title to its byline or date line (a kicker, a count, "By")
SITE_NAME_WORDS = 3     # a site's name after a title is this short ("Wikipedia", "The Daily Paper")


def _comments_count(b: Block) -> bool:
    """The count or heading over the comments ("2 comments:", "Keine Kommentare:", "34 responses to …"), not a
    button alone ("Comments", "Leave a comment")."""
    return b.removed_by in COMMENT_FILTERS and (b.removed_by == "comment_header" or b.text.rstrip().endswith(":")
                                                or any(c.isdigit() for c in b.text))


def _title_parts(title: str) -> set[str]:
    """The parts of the <title> (its text's first line) that may be the headline the page shows as a line: those
    between its bars and dashes, and what follows a short name and a colon ("Lichen Notes: Three lichens on one
    old wall", as Blogger writes it; not the second half of "Web Design for Creative Agencies: Building …")."""
    out = set()
    for part in TITLE_PARTS.split(title):
        head, colon, tail = part.partition(": ")
        for p in (part, tail) if colon and len(words(head)) <= SITE_NAME_WORDS else (part,):
            if len(words(p)) >= TITLE_PART_WORDS:
                out.add(_norm(p))
    return out


def _short_title(title: str) -> str | None:
    """The title of two words or more that the text's first line, the page's <title>, says before a site's name
    ("Ada Lovelace" of "Ada Lovelace - Wikipedia"), its spacing squeezed, for a line that says it as it is
    written: a title too short for the site's name to be cut from it (what is left of "Home - Site" could be a
    menu's), and too short to score as a headline. Not a banner's first part ("LIFETIME DEAL — LIMITED TIME",
    "Class of 2027 - Applications are open!"), nor a kicker before the title ("Featured Blog | 5 tips for no-bull
    indie game design")."""
    m = SITE_SUFFIX.search(title)
    if m is None:
        return None
    part, site = " ".join(title[:m.start()].split()), m.group(0).strip(" |–—:·-")
    if len(words(part)) >= 2 and len(words(site)) <= SITE_NAME_WORDS and not site.endswith(("!", "?")):
        return part     # ("… Co.": a name's stop, no sentence's)
    return None


def _title_head(title: str) -> str | None:
    """What the <title> (the text's first line) says before a site's name: "Installation" of "Installation |
    Tidewater"; None when it names no site."""
    m = SITE_SUFFIX.search(title)
    return title[:m.start()].strip() if m else None


def _one_word_title(blocks: list[Block], start: int) -> int | None:
    """The line right over the text that says the page's title of one word before the site's name ("Installation"
    under "Installation | Tidewater", a documentation page's): its headline, though a line of one word scores as
    none (the menus that list the page stand farther up); over its date line or byline or not ("Webhooks" / "3 min
    read" / "Updated 12 Nov 2026"). With no <title> in the text, the line that says the last item of the breadcrumb
    trail right over it ("Guides › Webhooks" / "Webhooks")."""
    if start < 2:
        return None
    k = start - 1
    while k > 1 and start - k <= META_UNDER_TITLE and blocks[k].removed_by in UNDER_TITLE:
        k -= 1
    line = blocks[k].text.strip()
    if len(words(line)) != 1:
        return None
    if _title_head(blocks[0].text) == line:
        return k
    trails = (blocks[j].text for j in range(max(0, k - CRUMBS_OVER_TITLE), k))
    return k if any(len(CRUMBS.split(t.strip())) >= 2 and _last_crumb(t) == line for t in trails) else None


META_UNDER_TITLE = 3    # a one-word title's date line, byline and reading time between it and the text
UNDER_TITLE = (*META_FILTERS, "reading_time")
CRUMBS_OVER_TITLE = 2   # lines over a one-word title where the breadcrumb trail that ends with it stands


def _title_words_over_text(blocks: list[Block], start: int) -> int | None:
    """No line scores as the headline: the line right over the text whose words are all the <title>'s, one of them
    at least before the site's name, and that is no sentence ("About Harbourside Physio" under "About us –
    Harbourside Physio", a service page's <h1> over its first paragraph, which never names the firm)."""
    head = _title_head(blocks[0].text) if start >= 2 else None
    if head is None:
        return None
    line = blocks[start - 1].text
    ws = [w.lower() for w in words(line)]
    if not 2 <= len(ws) <= FIRST_TITLE_WORDS or ends_sentence(line) \
            or not {w.lower() for w in words(blocks[0].text)}.issuperset(ws) \
            or {w.lower() for w in words(head)}.isdisjoint(ws):
        return None
    return start - 1


FIRST_TITLE_WORDS = 15     # the text's first line is its title when nothing else is and it is this short,
FIRST_TITLE_OVERLAP = 0.5  # and the text under it uses this share of its words at least


def _first_line_title(blocks: list[Block], body: list[int], vocab: set[str],
                      topical: Callable[[str], bool]) -> int | None:
    """No title line anywhere near the text: its first line is the title when it is short, ends in no full stop
    ("Verstößt der Ausschluss von Pseudonymen bei Google+ gegen deutsches Recht?"), and the story's prose follows
    it and uses half its words (not another story's teaser over it)."""
    first = body[0]
    t = blocks[first].text.strip()
    if len(body) > 1 and len(words(t)) <= FIRST_TITLE_WORDS and not t.endswith((".", "…")) \
            and is_prose(blocks[body[1]].text) \
            and _overlap(t, _opening_words(blocks, body[1:])) >= FIRST_TITLE_OVERLAP \
            and headline_score(blocks[first], 0, vocab, False, sentence_ok=True, topical=topical) > 1.0:
        return first
    return None


TITLE_OVER_STORY = 8     # lines from the page's <h1> to the story's first paragraph (standfirst, byline, date)


def _title_over_story(blocks: list[Block], shown: int, body: list[int]) -> int:
    """The block that shows the markup's headline, or the page's title heading (<h1>) when that block stands
    under the story's first paragraphs (a section's heading, or a line styled as one) and the <h1> right over
    them: the markup named a section ("How Does Robot Vacuum Mapping Work" under two paragraphs of "How Do Vacuum
    Robots with Mapping Navigate?")."""
    first = next((i for i in body if i < shown and is_prose(blocks[i].text)), None)
    if first is None or blocks[shown].level == 1:
        return shown
    return next((i for i in range(first - 1, max(-1, first - 1 - TITLE_OVER_STORY), -1)
                 if blocks[i].kind == "heading" and blocks[i].level == 1
                 and blocks[i].removed_by in (None, "main_text", "date_line")), shown)


def _document_title(blocks: list[Block]) -> str | None:
    """The headline of a text that shows none above the story: its <title>, when the text opens with it
    ("Calendário Stock Car 2018 | Autoracing | F1 | Indy"), without the site's name and sections."""
    b = blocks[0]
    if b.kept or " | " not in b.text:
        return None
    title = b.text.split(" | ", 1)[0].strip()
    return title if 2 <= len(words(title)) <= 20 and headline_score(b._replace(text=title), 0, set(), False) else None


def _in_header(block: Block) -> bool:
    return "<header>" in block.tokens


# "5:50 am", "17:30 Uhr", "10.45": the time of the post over the headline, not its section
CLOCK = re.compile(r"^\d{1,2}[:.h]\d{2}\b", re.I)


# An e-mail or a web address ("E-mail info@ascom.com"), languages or regions by their codes ("EN DE PT ES FR")
ADDRESS = re.compile(r"\S@\S|://|\bwww\.")
CODES = re.compile(r"^[A-Z]{2}(?:\W+[A-Z]{2})+\W*$")


# "330 Bewertungen", "What's Brewin' 0 comments": a count of the readers' ratings or comments
COUNTED = re.compile(r"\b\d[\d.,]*\s+(?:comments?|kommentare?|commentaires?|comentarios?|komentarz[ey]?|ratings?|"
                     r"reviews?|bewertungen|votes?|stimmen|avis|valoraciones|views?|aufrufe|shares?)\b", re.I)
# counts each after its label: a thread's "Views: 1284 | Replies: 3"
LABELLED_COUNTS = re.compile(r"^(?:[^\W\d_]+\s*:\s*[+-]?[\d.,/+-]+\s*[|·•]?\s*)+$")


PHONE_DIGITS = 7        # a line with this many digits is a telephone number ("Call (555) 010-1000"), no section
CONTENTS_ENTRY = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+\D")    # "3 References", "1.1 Childhood"; not "2024 …"


def _section_candidate(block: Block) -> bool:
    """The line above the headline as its section or kicker: a few words, not a sentence, not a date or a time
    (nor a month's name alone, "Feb"), not the site's own links and buttons that end a menu ("Select Page",
    "Subscribe Sign in", "Contact", "Impressum | Kontakt", "Sign Up", "Follow publication", "More Info"), its
    languages ("Deutsch Español Français") or share buttons ("Feed Twitter Facebook Youtube"), not a piece of a
    sentence ("at"), not the author's role ("Staff Writer"), an address, a telephone number or the codes of the
    site's languages, not a call to act ("Shop our products", "Return to Articles", "Learn more about
    membership"), a count of ratings or comments ("330 Bewertungen") or counts after their labels ("Views: 1284 |
    Replies: 3"), a remark in brackets ("[Source]"), a numbered entry of the contents ("3 References") or a
    price alone (a product's over its name, "US $18.74"), nor a product's maker in an element its class calls the
    brand ("Bosch Professional")."""
    t = block.text.strip()
    ws = words(t)
    return block.removed_by in (None, "main_text", "nav_run") and 1 <= len(ws) <= 5 and not ends_sentence(t) \
        and BRAND_TOKENS.isdisjoint(block.tokens) \
        and not dates.has_date_shape(t) and not CLOCK.match(t) and not price_alone(t) \
        and not made_of(("site_links", "share_widget", "page_control"), t) \
        and not (len(ws) == 1 and ws[0].lower() in dates.MONTH_WORDS) \
        and not all(w.lower() in ALL_STOPWORDS for w in ws) \
        and not ROLE_LINE.match(t) and not ADDRESS.search(t) and not CODES.match(t) \
        and not _call_to_act(ws) and not COUNTED.search(t) and not (t[:1] + t[-1:] in ("()", "[]")) \
        and not CONTENTS_ENTRY.match(t) and sum(c.isdigit() for c in t) < PHONE_DIGITS \
        and not LABELLED_COUNTS.match(t) \
        and any(c.isalpha() for c in _last_crumb(t))        # ("Karma: +0/-0": a field's numbers, no section)


def _ends_with_title(line: str, title: str) -> bool:
    """The line above the headline says it again (a shop shows its product's name twice), or ends with it: a trail
    of crumbs whose separators are icons, "Início Cidade Mobilidade" over "Mobilidade", which no one can part."""
    above, head = fold(line), fold(title)
    return above == head or above.endswith(" " + head)


CONTENTS_REACH = 12      # lines above the headline a table of contents may take
CONTENTS_NAMED = 3       # of them naming parts of the text below: the contents


def _heads_below(blocks: list[Block], head: int) -> bool:
    """The line above the headline names a part of the text below it, and so do two more of the lines above it: the
    last entry of a table of contents ("Back-off" / "Timeouts" / "What is never retried" over the title "Retries
    and timeouts", each a heading of the text below), no section. (A section's name alone may come back below, in a
    menu the page kept: "Business" over the title, "Business" among the links under the story.)"""
    below = {fold(b.text) for b in blocks[head + 1:] if b.kept and b.role == "body"}
    if fold(blocks[head - 1].text) not in below:
        return False
    return sum(fold(b.text) in below for b in blocks[max(0, head - CONTENTS_REACH):head]) >= CONTENTS_NAMED


def _call_to_act(ws: tuple[str, ...] | list[str]) -> bool:
    """A button's verb and what it asks for: "Get the Guide", "Add to Gmail", "Try CRM for free"."""
    return len(ws) >= 2 and ws[0].lower() in CALL_VERBS and (ws[1].lower() in CALL_OBJECTS or ws[-1].lower() == "free")


# A breadcrumb trail's separators: "Home » VPN Reviews", "Furniture»", "‹ Blog", "Index funds /"
CRUMBS = re.compile(r"(?<!\s)\s*[»›‹«>/|]\s*")     # ((?<!\s): one attempt per run of spaces, not one per space)


def _last_crumb(text: str) -> str:
    """The section a breadcrumb trail ends on ("Home » VPN Reviews" -> "VPN Reviews"), not a count after it
    ("Guides / 12 minutes read" -> "Guides"); other lines as they are."""
    items = [c for c in CRUMBS.split(text.strip()) if c and not made_of(("controls",), c)]
    named = [c for c in items if not any(ch.isdigit() for ch in c)] or items
    return named[-1] if named else text.strip()


# A breadcrumb trail's first item: the site's home ("Home Other The best fantasy books of 2025")
HOME_CRUMB = re.compile(r"^(?:home|startseite|accueil|inicio|início|strona główna)\s+\S", re.I)
CRUMB_ITEMS = 5       # items a trail glued to the title may hold
TITLE_AFTER_CRUMBS = 3    # words the title after them has at least


def _after_crumbs(blocks: list[Block], head: int) -> str | None:
    """The headline line opens with a breadcrumb trail the flattening glued to the title ("Home Quest Lists The
    Best Board Games from 2025"), and the page shows the title on a line of its own elsewhere: that title."""
    text = blocks[head].text.strip()
    if not HOME_CRUMB.match(text):
        return None
    ws = text.split()
    dropped = range(1, min(CRUMB_ITEMS, len(ws) - TITLE_AFTER_CRUMBS) + 1)      # the trail's words cut off
    tails = {fold(" ".join(ws[n:])): " ".join(ws[n:]) for n in dropped}
    shown = (fold(b.text) for i, b in enumerate(blocks) if i != head and len(b.text) < len(text))
    return next((tails[t] for t in shown if t in tails), None)


STORY_UNDER_WORDS = 20     # words the body must hold under a standfirst (a story, not a credit)
CARD_FIELD_UNDER = 2       # kept lines under a card's title that hold its price (a badge between)
CARD_REACH = 6              # within this many lines
CARD_FIELD_WORDS = 12       # each of them this short


def _card_title(blocks: list[Block], k: int) -> bool:
    """The line is a card's title: over its price, or over its date in a list of dated cards (three at least: a
    story's own title, standfirst and date line are laid out as one)."""
    for b in [b for b in blocks[k + 1:k + 1 + CARD_REACH] if b.kept][:CARD_FIELD_UNDER]:
        if priced_line(b.text):
            return True         # (the lines other rules took between not counted: its stars, "Цена", Kaspi's)
        if word_count(b.text) > CARD_FIELD_WORDS:
            break               # (a paragraph under a title: a story's lead, and its heading "… for $500" under it)
    cards = dated_cards(blocks)
    return len(cards) >= FEW_CARDS and k in dated_titles(blocks, cards)


# pages whose name alone under the headline is no author's: a list's card title, a business's button under its lead
# ("Kostenloses Erstgespräch": German capitalises its nouns)
NAMELESS_PAGES = (*CARD_PAGES, "service")


def _story_above(blocks: list[Block], body: list[int], head: int) -> bool:
    """More of the kept text's prose stands above the line than under it."""
    above = sum(word_count(blocks[i].text) for i in body if i < head and is_prose(blocks[i].text))
    return above > sum(word_count(blocks[i].text) for i in body if i > head and is_prose(blocks[i].text))


@document_pass("segment", "assigns headline, section, summary, dateline, byline and date")
def segment(blocks: list[Block], ctx: Context) -> list[Block]:
    out = list(blocks)
    body = [i for i, b in enumerate(out) if b.kept and b.role == "body"]
    if not body:
        return out
    start = body[0]
    # 1. The headline: the best title-shaped line near the top of the text.
    lo = max(0, start - HEADER_REACH)
    head = pick_headline(out, start, body, ctx)
    bbs = _bbs_header(out)
    for i, (label, value) in bbs.items():
        if label in BBS_TITLE:
            head, out[i] = i, out[i]._replace(text=value)
        elif label in BBS_AUTHOR:
            out[i] = out[i]._replace(text=value).with_role("byline", "segment", "a BBS post's header: its author")
        elif label in BBS_BOARD:
            out[i] = out[i].remove("segment", "a BBS post's header: its board")
    if head is not None and ctx.page_type in CARD_PAGES and (head > start and ctx.page_type == "listing"
                                                             or _card_title(out, head)):
        head = None             # (on a list of posts a title inside the kept run is a card's, not the page's; so is
        #                         one over its price or its date, the first card's)
    if head is not None and head > start and _story_above(out, body, head):
        head = None             # (a title under most of the kept text's prose heads none of it: a product's last
        #                         feature, "Można myć w zmywarce", under its description)
    title_line = out[0].text            # (the <title> line of scraped text, before a headline is cut from it)
    if head is None and ctx.input == "text" and (title := _document_title(out)):
        head, out[0] = 0, out[0]._replace(text=title)
    if head is not None and head > start:       # the headline sits inside the kept run: what precedes it is header
        for i in body:      # (but a product's price over its name: AliExpress's "US $18.74" over the <h1>; its maker
            #                 in an element its class calls the brand, BRACK's "Bosch Professional")
            if i < head and not (ctx.page_type == "product" and (price_alone(out[i].text)
                                                                 or not BRAND_TOKENS.isdisjoint(out[i].tokens))):
                out[i] = out[i].remove("segment", "above the headline")
    if head is not None:
        out[head] = out[head].with_role("headline", "segment", "headline")
        if (title := _after_crumbs(out, head)) is not None:
            out[head] = out[head]._replace(text=title)
        if head > 0 and _section_candidate(out[head - 1]) and not _heads_below(out, head) \
                and not _ends_with_title(out[head - 1].text, out[head].text):
            out[head - 1] = out[head - 1].with_role("section", "segment", "section/kicker above the headline")
    # 2. Metadata lines in the header and in the first blocks of the text.
    first_body = next((i for i in body if out[i].kept and out[i].role == "body"), None)
    # (from the headline's line when it stands farther up, and a date line just above it: "Nov 19, 2019")
    top = lo if head is None else max(0, min(lo, head - 2))
    # (not past the story's end, a review's or a comment's; nor past the comments' count under the text, "2
    # comments:", which a rule took before main_text could: "Peter Stone April 16, 2023 at 9:03 AM" is a comment's)
    last = max((i for i, b in enumerate(out) if b.kept and b.role == "body"), default=None)
    wall = next((i for i, b in enumerate(out) if beyond_the_story(b) or last is not None and i > last
                 and _comments_count(b)), len(out))
    meta_zone = range(top, min(wall, (first_body or start) + META_REACH))
    clocks = _board_clocks(out, meta_zone, first_body) if ctx.page_type == "forum" else ()
    for i in meta_zone:
        b = out[i]
        if b.removed_by == "byline" and b.role == "body":
            out[i] = b.with_role("byline", "byline", b.reason or "byline")
        elif b.removed_by == "date_line" and b.role == "body" and i not in clocks:
            out[i] = b.with_role("published", "date_line", b.reason or "date")
        elif _lone_by(out, i):                   # "Posted by" / "By" / "Jesy"
            out = _name_under(out, i)
    # (HTML) None there: a date line an element's class took with it, in the header's zone ("01. November 2021 |
    # Naturschutz" in a breadcrumb's <p> under the <h1>, Drupal's "Gespeichert von rasos am 24. Juli 2017 - 18:55"
    # over the article's body element)
    if ctx.input == "html" and not any(out[i].role == "published" for i in meta_zone):
        from .filters.lexical import date_line      # (here: the filters import this module)
        framed = next((i for i in meta_zone if out[i].removed_by in HTML_FRAMES and out[i].role == "body"
                       and date_line.fn(out[i], ctx)), None)
        if framed is not None:
            out[framed] = out[framed].with_role("published", "date_line", FRAMED_ENTRY)
    # None in the header: a date line or byline right under the text ("Posted on …", "Written by …"), or among its
    # last lines (over the author's bio that ends it)
    # (not among the readers' comments under it: "Jess says:" / "October 7, 2008 at 11:49 am" is a comment's; and
    # of a run of date lines, each: "Updated November 23, 2013" / "Posted July 10, 2004", see `metadata`)
    # (nor on a shop's page, whose text a review's signature follows: "Katarzyna · 12.02.2026")
    shop = ctx.page_type in SHOP_PAGES
    for role, rule in (("published", "date_line"), ("byline", "byline")):
        if last is not None and not shop and not any(out[i].role == role for i in meta_zone):
            for i in range(max(0, last - FOOTER_REACH), min(len(out), last + 1 + FOOTER_REACH)):
                if i > last and out[i].removed_by in COMMENT_FILTERS:
                    break
                if out[i].removed_by == rule and out[i].role == "body":
                    while i < len(out) and out[i].removed_by == rule and out[i].role == "body":
                        out[i] = out[i].with_role(role, rule, f"{rule.replace('_', ' ')} under the text")
                        i += 1
                    break
                if role == "byline" and _lone_by(out, i):      # "Autor:" / "Redaktion Gelbe Liste Pharmindex"
                    out = _name_under(out, i)
                    break
    # Still no date: the page's one date line that a label says is its publication's ("Published: Nov. 19, 2025",
    # "Posted On: January 14 2026"), however far from the text (a page whose header the span did not reach), but
    # not beyond the story's end (under "Customer Reviews" or "Comments": "Sam on Mar 3, 2024" is a review's date;
    # on a shop's page, any date line off its header is a review's)
    if not shop and not any(b.role == "published" for b in out):
        labelled = [i for i, b in enumerate(out[:wall]) if b.removed_by == "date_line" and b.role == "body"
                    and PUBLISHED_AT.match(b.text)]
        if len(labelled) == 1:
            out[labelled[0]] = out[labelled[0]].with_role("published", "date_line", "the page's only labelled date")
        else:       # or the one date line that names someone ("by Val Riley October 20, 2025"): its date only
            named = [i for i, b in enumerate(out[:wall]) if b.removed_by == "date_line" and b.role == "body"
                     and _date_line_name(b.text)]
            if len(named) == 1:
                out[named[0]] = out[named[0]].with_role("published", "date_line", FAR_ENTRY)
    # Still none (and the date line names no one): the page's one "By …" line farther off ("Written by Samson
    # Kiarie" over the title) if it gives a name (not "By Topic" over a menu, nor "Door Check Gas Springs" over a
    # page about them: Dutch "door" is "by"); or a name alone right under the headline ("Debbie White") or next
    # to the header's date line ("Pete Mathias" over "Apr 08, 2025"), a name the text itself never uses
    dated = next((i for i in meta_zone if out[i].role == "published"), None)
    unnamed = not any(b.role == "byline" for b in out) and not (dated is not None and _date_line_name(out[dated].text))
    labelled = byline_prefix(ctx.config.extra_phrases).match         # (a "By" line, not a name over its @handle)
    bylines = [i for i, b in enumerate(out) if b.removed_by == "byline" and b.role == "body"
               and labelled(b.text.strip(" " + FIELD_SEPARATORS))] if unnamed else []
    vocab = _opening_words(out, body) if unnamed else set()
    names = {_byline_name(out[i].text, ctx.config.extra_phrases) for i in bylines}
    if len(names) == 1 and _names_alone(next(iter(names)), vocab):     # (said once or more: "Text: …", "Autor: …")
        out[bylines[0]] = out[bylines[0]].with_role("byline", "byline", "the one name the page's bylines give")
    elif head is not None and unnamed and ctx.page_type not in NAMELESS_PAGES:  # (on a list, a card's title; on a
        #                                                                           business's page, its button)
        near = [(i, "under the headline") for i in (head + 1, head + 2)]
        if dated is not None:
            near += [(i, "next to the date line") for i in (dated - 1, dated + 1, dated - 2, dated + 2) if i > head]
        for i, where in near:       # (the words of the text's opening but the name's own line: a kept line)
            if i < len(out) and out[i].role == "body" and not ROLE_LINE.match(out[i].text) \
                    and not button_row(out[i].text) \
                    and not _heads_the_text(out, head, i) and not _title_end(out[i].text, title_line) \
                    and _name_alone(_first_field(out[i].text), _opening_words(out, [j for j in body if j != i])):
                out[i] = out[i].with_role("byline", "segment", f"a name alone {where}")
                break
    # Still none: the author box names the author, a name alone over a bio that opens with it ("Lina Jameela" /
    # "Lina is a content writer …", "Allyn Jayawon" / "Author" / "Allyn is the SEO Specialist …") or over the
    # author's role ("Rachel MacDonald" / "Writer"), under the headline or just above it
    if unnamed and not any(b.role == "byline" for b in out):
        box = next((i for i in range(0 if head is None else max(0, head - BOX_OVER_HEADLINE), len(out) - 1)
                    if i != head and _author_box(out, i)), None)
        if box is not None:
            out[box] = out[box].with_role("byline", "segment", "the name in the author's box")
    # 3. The standfirst: prose right after the headline that a byline/date line
    #    separates from the rest of the text, or that the text repeats later.
    #    (Not on a forum thread: its opening post is the question the thread answers, its text; nor on a list of
    #    cards, whose first card's date or blurb is the card's; nor over a body of fewer than STORY_UNDER_WORDS
    #    words, an editor's credit: the lead is the story then; nor a product's price under its name, "180 €".)
    body = [i for i, b in enumerate(out) if b.kept and b.role == "body"]
    if body and (head is None or body[0] > head) and ctx.page_type not in ("forum", *CARD_PAGES) \
            and not price_alone(out[body[0]].text) \
            and sum(word_count(out[k].text) for k in body[1:]) >= STORY_UNDER_WORDS:
        i = body[0]
        between_head = head is None or all(out[k].removed for k in range(head + 1, i))
        meta_after = any(out[k].role in ("byline", "published") for k in range(i + 1, body[1])) if len(body) > 1 else False
        repeated = any(out[k].text.strip() == out[i].text.strip() for k in body[1:6])
        in_header = len(body) > 1 and _in_header(out[i]) and not _in_header(out[body[1]])   # HTML: the story's
        if _bylines_bio(out, i):
            out[i] = out[i].remove("segment", "the bio of the author the byline names")
        elif head is not None and between_head and (meta_after or repeated or in_header) and len(body) > 1 \
                and not address_line(out[i].text):      # (a business's address under its name is no standfirst)
            out[i] = out[i].with_role("summary", "segment", "standfirst under the headline")      # (<header>)
        elif head is not None and (lead := _lead_over_widgets(out, head, i)) is not None:
            out[lead] = out[lead].with_role("summary", "segment", "the lead under the headline, over widgets")
    # 4. A dateline opening the first paragraph.
    body = [i for i, b in enumerate(out) if b.kept and b.role == "body"]
    if body:
        i = body[0]
        m = DATELINE.match(out[i].text)
        if m and len(words(m.group("dl"))) <= 10 and m.group("dl").split(",")[0].split("(")[0].strip().isupper() \
                and len(words(out[i].text[m.end():])) >= DATELINE_TEXT_WORDS:      # (not a field: "SKU: sw2209…")
            dl = out[i].with_role("dateline", "segment", "dateline opening the first paragraph")
            dl = dl._replace(text=m.group("dl").strip())
            rest = out[i]._replace(text=out[i].text[m.end():])
            out[i:i + 1] = [dl, rest]
    # 5. A short line between paragraphs is a subheading; short lines in a row are a list (a heading is
    #    followed by what it heads: "Day 1 – Alfama" / "Day 2 – Belém", "Google Maps" / "Citymapper", a table's
    #    rows); a piece of a sentence is neither.
    body = [i for i, b in enumerate(out) if b.kept and b.role == "body"]
    short = [i for i in body[1:] if _short_line(out[i])]
    for run in runs_within(short, 1, {k: n for n, k in enumerate(body)}):
        if len(run) == 1:
            if _heading_shaped(out[run[0]].text) and out[run[0]].end_line is None:     # (one line: not rows)
                out[run[0]] = out[run[0]]._replace(kind="heading", level=2)
        else:
            for i in run:
                out[i] = out[i]._replace(kind="list_item", level=0)
    # 6. On a BBS thread, a comment pushed under the post is its text, without its mark, member and time; and the
    #    post's sign-off under its text, glued to it, goes ("… 需要把它移到比較亮的地方嗎？ -- ※ 發信站: 批踢踢實業坊
    #    (ptt.cc), 來自: …", as html_text reads PTT's post, its text and its sign-off in one element).
    if ctx.page_type == "forum":
        for i in body:
            if (said := pushed(out[i].text)) is not None:
                out[i] = out[i]._replace(text=said)
            elif "※" in out[i].text and (m := BBS_SIGN_OFF.search(out[i].text)) is not None:
                out[i] = out[i]._replace(text=out[i].text[:m.start()])
    return [b if b.index == k else b._replace(index=k) for k, b in enumerate(out)]


BOX_OVER_HEADLINE = 4     # lines above the headline the author's box may stand ("Rachel MacDonald" / "Writer" / date)
BIO_BELOW = 2      # how many lines under the name the bio may start (a label between: "Author", "Autorin")
# The author's role alone on the line under the name: "Writer", "Contributing Writer", "Redakteurin" (not a team's
# or a channel's: "Our Team", "Al Jazeera Correspondent")
ROLE_RANK = (r"(?:(?:senior|contributing|associate|managing|deputy|executive|guest|freelance|lead|chief|former|staff|"
             r"freie[rn]?)\s+)*")
ROLE_NOUN = (r"(?:author|writer|editor|reporter|correspondent|columnist|contributor|autor(?:in)?|redakteur(?:in)?|"
             r"journalist(?:in)?|auteur|rédact(?:eur|rice)|journaliste|redactor|periodista)$")
ROLE_LINE = re.compile(f"^{ROLE_RANK}{ROLE_NOUN}", re.I)


# a post's header on a BBS, its fields a line each, labelled with no colon: "作者 leafyhsu (小葉)", "看板 Plant",
# "標題 [問題] 龜背芋新葉一直發黃", "時間 Tue Mar 12 21:05:33 2024" (PTT's; its title field names the thread)
BBS_AUTHOR, BBS_BOARD, BBS_TITLE = ("作者",), ("看板",), ("標題", "标题")
BBS_FIELD = re.compile(r"^(?P<label>作者|看板|標題|标题|時間|时间)\s+(?P<value>\S.*)$")
BBS_FIELDS = 3          # that many of the fields in a row, each label once, make the header


def _bbs_header(blocks: list[Block]) -> dict[int, tuple[str, str]]:
    """The fields of a BBS post's header (BBS_FIELD), by block: the first run of BBS_FIELDS or more."""
    run: dict[int, tuple[str, str]] = {}
    for i, b in enumerate(blocks):
        m = BBS_FIELD.match(b.text.strip()) if b.text[:1] in "作看標标時时" else None
        if m is not None and m["label"] not in {label for label, _ in run.values()}:
            run[i] = (m["label"], m["value"])
        elif len(run) >= BBS_FIELDS:
            return run
        else:
            run = {i: (m["label"], m["value"])} if m is not None else {}
    return run if len(run) >= BBS_FIELDS else {}


def _author_box(blocks: list[Block], i: int) -> bool:
    """A name alone (two to four words) over the author's role ("Writer"), or with, within BIO_BELOW lines
    under it, a bio whose first words are that name or its first name. A role with another short line under it
    labels that line ("Vorheriger Beitrag" / "Autor" / "Teufel Blog Redaktion") or is one of a list of people
    or firms and their jobs ("Rebel Media" / "Reporter" / "Radio PLUS"): no author box."""
    if blocks[i].role != "body" or not _name_alone(blocks[i].text, set()):
        return False
    if ROLE_LINE.match(blocks[i + 1].text.strip()) and not (i + 2 < len(blocks) and _label_like(blocks[i + 2].text)):
        return True
    name = [w.lower() for w in words(blocks[i].text)]
    return any((who := bio_subject(b.text)) is not None and name[:len(who)] == who
               for b in blocks[i + 1:i + 1 + BIO_BELOW])


FIELD_OPENING = re.compile(r"^[^\W\d_][\w ]{0,20}:\s")       # "Tested by: …", "Photo: …"
# What a page may put between a story's lead and its text: share buttons, a photo, an ad, the byline and date
LEAD_WIDGETS = frozenset({"share_widget", "caption_credit", "ad_marker", "gallery_widget", "byline", "date_line",
                          "copyright_footer"})


TITLE_AGAIN_SHARE = 0.5     # of the headline's words a line under it says again: the title in other words


def _lead_over_widgets(blocks: list[Block], head: int, first: int) -> int | None:
    """The paragraph of prose right under the headline that the main text left out, when only widgets stand
    between it and the text ("Zwei Mal ging sie heuer in Antholz leer aus, …" / "Mit Freunden teilen" / the
    story), or when the byline or date line stands right under it, the header's order whatever comes between it
    and the story (a table of contents): the story's lead, its standfirst. The title said again in other words
    may stand between the headline and the lead ("Kind krank: Was Arbeitgeber wissen müssen" / "Kind krank Was
    Arbeitgeber über die Rechte von Eltern wissen müssen")."""
    lead = next((k for k in range(head + 1, first) if blocks[k].removed_by not in LEAD_WIDGETS), None)
    if lead == head + 1 and lead + 1 < first and _title_again(blocks[lead], blocks[head]):
        lead += 1
    if lead is None or blocks[lead].removed_by != "main_text" or not _running_text(blocks[lead].text) \
            or fold(blocks[lead].text) == fold(blocks[head].text):          # (the title shown again)
        return None
    if _meta_next(blocks, lead):
        return lead
    return lead if all(blocks[k].removed_by in LEAD_WIDGETS for k in range(lead + 1, first)) else None


def _title_again(block: Block, head: Block) -> bool:
    """A line under the headline that the main text left out, short, ending no sentence and saying most of the
    headline's words: the title in other words (not the lead cut short: "Zwei Mal ging sie heuer in Antholz leer
    aus, doch ausgerechnet beim letzten Weltcuprennen …")."""
    said = _content_words(head.text)
    return block.removed_by == "main_text" and not ends_sentence(block.text) and bool(said) \
        and len(words(block.text)) <= FIRST_TITLE_WORDS \
        and len(said & _content_words(block.text)) >= TITLE_AGAIN_SHARE * len(said)


def _running_text(text: str) -> bool:
    """Prose, also without its full stop (a teaser's lead cut short: "… schlug Dorothea Wierer zurück"): a
    sentence's shape, not a title's (title case), a field's ("Tested by: John Milbank RRP: …") or a trail's."""
    return word_count(text) >= PROSE_MIN_WORDS and stop_density(text) >= PROSE_MIN_STOP and text[:1].isupper() \
        and not is_title_case(text) and not FIELD_OPENING.match(text) and "»" not in text


def _bylines_bio(blocks: list[Block], i: int) -> bool:
    """Block i is the bio of the author a byline names ("Ana Erkic is a copywriter and editor …" under the
    headline, over "Written by: Ana Erkic"): the author's box at the top, no standfirst."""
    who = bio_subject(blocks[i].text)
    return who is not None and any(b.role == "byline" and " ".join(who) in " ".join(words(b.text.lower()))
                                   for b in blocks)


def _label_like(text: str) -> bool:
    """A short line that is no sentence and no date: a name, a firm, a label."""
    t = text.strip()
    return 1 <= len(words(t)) <= 4 and not ends_sentence(t) and not dates.has_date_shape(t)


def _short_line(b: Block) -> bool:
    """A line of text input too short for a paragraph and without a sentence's end."""
    return b.kind == "paragraph" and not b.tag and 1 <= len(words(b.text)) <= 12 and not ends_sentence(b.text) \
        and not b.text.rstrip().endswith(("”", '"', "’", ")"))


# The words a sentence cut at a link stops on and a heading never ends with: an article, "and", "or", "of", "to"
# ("Tokyo, Osaka and" / "Kyoto", "According to" / "Statista's 2026 trends", "Book the" / "Tavern at …")
# (not "for" or "with": "Who it's for", "What to pair it with" are headings)
BREAKS_OFF = frozenset("the a an and or of to der das ein eine und oder le la les un une et ou du des "
                       "el los las una y o del il lo gli e di het een".split())


def _heading_shaped(text: str) -> bool:
    """A heading opens as a sentence does and does not break off: not "according to a study in" or "the city,"
    or "Tokyo, Osaka and" (pieces of a sentence split at its links), not "Read more…"."""
    t = text.strip()
    last = t.rsplit(None, 1)[-1].lstrip("“\"‘'(«„").lower() if t else ""
    return (t[:1].isupper() or t[:1].isdigit()) and not t.endswith((",", "–", "—", "-", "…", "...")) \
        and (last not in BREAKS_OFF or len(t.split()) == 1)


def _heads_the_text(blocks: list[Block], head: int, i: int) -> bool:
    """Block i, under the headline at `head`, is a heading over the text: the story's prose stands over it, or right
    under it (German capitalises its nouns: "Unterstützte Formate" and "Künstlerischer Lebenslauf" are two
    capitalised words, and no name; "Lance Ryan (Content Manager)" in an <h4> stands over the other authors)."""
    def prose(b: Block) -> bool:
        return b.kept and b.role == "body" and is_prose(b.text)
    return blocks[i].kind == "heading" and (any(prose(blocks[j]) for j in range(head + 1, i))
                                            or i + 1 < len(blocks) and prose(blocks[i + 1]))


NAME_WORDS = 4      # one person's name has this many words at most ("Ursula von der Leyen")
NAMES_SPLIT = re.compile(r"\s(?:and|und|et|y|e|i|&)\s|,")     # (a person's words are counted by str.split)


def _name_line(text: str) -> bool:
    """A line that is only a name or two: "Jane Doe", "Ursula von der Leyen", "Jane Doe and John Roe"."""
    ws = text.split()
    return len(ws) <= 8 and not any(c.isdigit() for c in text) and not ends_sentence(text) and name_shaped(ws) \
        and all(len(person.split()) <= NAME_WORDS for person in NAMES_SPLIT.split(text))


# The words of every boilerplate phrase ("related", "popular", "share", "email"…): a name does not start with one
BOILERPLATE_WORDS = phrase_words(tuple(CATEGORIES))


def _first_field(text: str) -> str:
    """What a line says before its first separator: "Sarah Hauer | Milwaukee Journal Sentinel" -> "Sarah Hauer",
    "Lance Ryan (Content Manager)" -> "Lance Ryan"."""
    return NAME_END.split(text.strip(), maxsplit=1)[0].strip()


def _title_end(text: str, title: str) -> bool:
    """The line is the first or the last part of the <title> line (the text's first), parted by its bars or
    dashes: the site's name ("Fietsmakerij Verhoef – reparatie …"; its logo's line under it is no author's)."""
    parts = TITLE_PARTS.split(title)
    return len(parts) > 1 and _norm(text) in (_norm(parts[0]), _norm(parts[-1]))


def _name_alone(text: str, vocab: set[str]) -> bool:
    """Two to four words of a name and nothing else: capitalised, no function word (but "van", "de"…), no label
    ("Contact:"), no word the article uses ("Health Care" over a story on health care is a section), not the
    heading of a list or a button ("Related Topics", "Get FREE Trial")."""
    ws = text.split()
    return 2 <= len(ws) <= 4 and len(words(text)) == len(ws) and _name_line(text) and not set(",:") & set(text) \
        and not any(w.lower() in ALL_STOPWORDS and w.lower() not in NAME_PARTICLES for w in ws) \
        and not _content_words(text) & vocab and words(text)[0].lower() not in BOILERPLATE_WORDS \
        and (text.isupper() or not any(w.isupper() and len(w) > 1 for w in ws))


def _names_alone(text: str, vocab: set[str]) -> bool:
    """A name alone, or two or more joined by "and" or commas ("Lia Eustachewich and Yaron Steinbuch")."""
    return all(_name_alone(person.strip(), vocab) for person in NAMES_SPLIT.split(text))


# "… May 19, 2025 by Jessica Robinson ·": a name after "by" anywhere on a date line
# (and a second after "and": "by Chen Zhao and Daryl Fairweather")
# (a capitalised "In" / "Im" opens the category after the name, not a word of it: "Von Henry In Aktuell")
_NAME = r"[A-ZÀ-Þ][\w.'’-]*(?:\s(?!I[nm]\s)[A-ZÀ-Þ][\w.'’-]*){1,3}"
BY_NAME = re.compile(rf"(?<!\w)(?i:by|von|par|por)\s+(?P<name>{_NAME}(?:\s(?:and|&|und|et|y)\s{_NAME})?)(?!\w)")


# "Last updated on August 2, 2025 by Shannon": one name after "by" where the line ends
BY_LAST_NAME = re.compile(r"(?<!\w)(?i:by|von|par|por)\s+(?P<name>[A-ZÀ-Þ][\w'’-]+)\W*$")


def name_after_by(text: str) -> str | None:
    """The name after 'by' / 'von' / 'par' / 'por' on a line: 'May 19, 2025 by Jessica Robinson ·'."""
    m = BY_NAME.search(text) or BY_LAST_NAME.search(text)
    return m.group("name") if m else None


AFTER_DATE = re.compile(rf"^\s*[/{FIELD_SEPARATORS}-]\s*(?P<rest>.+)$")
IN_FIELD = re.compile(r"\s(?:in|im|dans|en)\s")        # "Dec 26, 2025 • Mahua Das in Project Management"


def _name_after_date(text: str) -> str | None:
    """The author a date line names after its date and a separator: "September 29, 2025 / Brian Childers"."""
    end = max((m.end() for p in dates.DATE_SHAPES for m in [p.search(text)] if m), default=0)
    m = AFTER_DATE.match(text[end:]) if end else None
    name = _first_field(IN_FIELD.split(m.group("rest"), maxsplit=1)[0]) if m else ""
    return name if name and _name_alone(name, set()) else None


# "Posted on 2015-04-05 by marc | Leave a comment", "Publiziert am 13. Januar 2014 von uriebe", "Erstellt von Fabian
# am Dienstag 6. Mai 2014": one word after 'by', a user's handle or a first name, where a field ends
BY_HANDLE = re.compile(r"(?<!\w)(?i:by|von|par|por)\s+(?P<name>[^\W\d_][\w.'’-]{2,30})"
                       r"(?=\s*$|\s*[|·•,»]|\s(?:am|on|at|in|um|le|el|il|In|Im)\s)")


def _handle_after_by(text: str) -> str | None:
    """One word after 'by' / 'von' where a field ends (BY_HANDLE), unless a function word or a month."""
    m = BY_HANDLE.search(text)
    name = m.group("name").rstrip(".") if m else ""
    return name if name and name.lower() not in ALL_STOPWORDS and name.lower() not in dates.MONTH_WORDS else None


def _lone_by(out: list[Block], i: int) -> bool:
    """A lone "By" / "Autor:" line over a line that is a name alone."""
    return bool(LONE_BY.match(out[i].text)) and i + 1 < len(out) and _name_line(out[i + 1].text) \
        and out[i + 1].role == "body" and not LONE_BY.match(out[i + 1].text)


def _name_under(out: list[Block], i: int) -> list[Block]:
    """The name under the lone "By" at i is the byline; the label goes (no paragraph of the story)."""
    out[i + 1] = out[i + 1].with_role("byline", "segment", "the name under a lone 'By'")
    if out[i].kept:
        out[i] = out[i].remove("segment", "the label over the byline")
    return out


def _date_line_name(text: str) -> str | None:
    """Whom a date line names: before its date, after 'by' (a name, or one word where a field ends), or after the
    date and a separator."""
    return _name_before_date(text) or name_after_by(text) or _name_after_date(text) or _handle_after_by(text)


# The page's one date line that names someone, far from the text: it dates the page, but what it names is as often
# a category or a tag as the author ("Parenting Ashurina Ream September 12, 2022 …", "Added Beehiiv …": 6 names
# right of 15 over the labelled text runs, 10 dates of 13)
FAR_ENTRY = "the page's only date line that names someone (its date, not its name)"


# A date line an element's class or container took (HTML), in the header's zone: its date, and a name only after
# "by" ("Gespeichert von rasos am 24. Juli 2017"; the word before the date is as often a category: "Video - December
# 19, 2025")
FRAMED_ENTRY = "date line in the header's zone, inside an element cut as boilerplate"


def _by_name(text: str) -> str | None:
    return name_after_by(text) or _handle_after_by(text)


# A publication label opening a line: "Published:", "Posted On:", "Veröffentlicht am" (not "Updated": the page's
# last change)
PUBLISHED_AT = re.compile(r"^\W*(?:published|posted|first published|veröffentlicht|publié|publicado|pubblicato|"
                          r"opublikowano)(?:\s+(?:on|am|le|el|il))?\b", re.I)


def _line_date(text: str) -> str | None:
    """The date a date line gives the page: the one its publication label opens with ("Veröffentlicht am 10.
    Februar 2019 9. Februar 2019 von Heiko"), else the earlier of two (see dates.earliest_date)."""
    m = PUBLISHED_AT.match(text)
    opening = dates.opening_date(text[m.end():].lstrip(" :")) if m else None
    return dates.find_date(opening.group(0)) if opening else dates.earliest_date(text)


# One word before a date that labels it: "Datum", "Erscheinungsdatum", "Date", "Fecha"
DATE_LABEL_WORD = re.compile(r"(?:datum|date|dato|fecha|data)$", re.I)
# "Born 10 December 1815", "Died 27 November 1852 (aged 36)": a life's dates in a fact box, no author's name
LIFE_WORDS = frozenset({"born", "died", "geboren", "gestorben", "né", "née", "mort", "morte", "nacido", "nacida",
                        "fallecido", "fallecida", "nato", "nata", "morto", "morta", "urodzony", "urodzona", "zmarł",
                        "zmarła"})
# "Asked Oct 27, 2026", "Modified Oct 28, 2026": a Q&A post's dates, their labels no name
QA_WORDS = frozenset({"asked", "answered", "modified", "viewed", "edited", "posted", "commented", "gefragt",
                      "beantwortet", "posée", "posé", "répondu", "preguntada", "preguntado", "respondida", "respondido",
                      "perguntada", "perguntado", "domandato", "risposto", "zadane", "odpowiedziano", "gevraagd",
                      "beantwoord"})


def _name_before_date(text: str) -> str | None:
    """The author a date line names before its date: "By Jane Doe | May 1, 2026", "Chris Romans June 13, 2019"."""
    first = min((m.start() for p in dates.DATE_SHAPES for m in [p.search(text)] if m), default=0)
    before = BYLINE_PREFIX.sub("", text[:first].strip())
    head = _first_field(before)
    while any(c.isdigit() for c in head) and FIELD_SPLIT.search(before):     # "109 Comments | Jill Winger | …"
        before = FIELD_SPLIT.split(before, maxsplit=1)[1]
        head = _first_field(before)
    head = head.strip(" ,")
    head = CONTACT_AFTER_NAME.split(head, maxsplit=1)[0]          # "By Chris Pokorny @DawgsByNature Nov 18, 2019"
    head = _without_date_lead_in(head)              # "Amelie Siekmann, am Sonntag, 11.12.2022"
    ws = words(head)
    while ws and ws[0].lower() in WEEKDAYS:          # "Monday November 18, …": the date's weekday, not a name
        head = head[head.index(ws[0]) + len(ws[0]):].strip(" ,.")
        ws = words(head)
    if 1 <= len(ws) <= 8 and all(w[0].isupper() or w.lower() in NAME_PARTICLES for w in ws) and ws[0][0].isupper() \
            and not any(c.isdigit() for c in head) and not pattern("published_label").match(head) \
            and not head.endswith(":") \
            and not UPDATED_LABEL.match(text) \
            and not (len(ws) == 1 and (DATE_LABEL_WORD.search(head) or _no_name_alone(ws[0])
                                       or ws[0].lower() in LIFE_WORDS or ws[0].lower() in QA_WORDS)):
        return head             # ("Beginndatum 27. September 2018", "Am 13. November 2019", "Do 9 Apr 2020",
        #                          "Fama: Jueves 28 de Abril de 2022 5:03 PM": no names)
    return None


DATE_LEAD_IN = frozenset({"am", "on", "le", "el", "il", "em"})     # "… am Sonntag, 11.12.2022"


def _without_date_lead_in(text: str) -> str:
    """The words before a date without the weekday and, after a comma, the word that leads into it: "Amelie
    Siekmann, am Sonntag," -> "Amelie Siekmann", "Sherif Saed, Wednesday" -> "Sherif Saed" (not a label's:
    "Publiziert am" stays, no name)."""
    ws = text.split()
    while ws:
        last = ws[-1].strip(",").lower()
        if not (last in WEEKDAYS or last in DATE_LEAD_IN and len(ws) > 1 and ws[-2].endswith(",")):
            break
        ws.pop()
    return " ".join(ws).rstrip(" ,")


def _no_name_alone(word: str) -> bool:
    """A word that alone before a date names no one: a function word ("Am", "Le", "On") or a weekday's two
    letters ("Do", "Mi")."""
    return len(word) <= 2 or word.lower() in ALL_STOPWORDS


# The author's role after the name on its line: "Emma Ryan Writer", "Emma Ryan Lead Writer", "Michael Hiltzik
# Business Columnist", "Charles Patterson, WCI Columnist", "Will Judd Former Deputy Tech Editor" (a desk, or a
# publication's initials, before the role, after its rank or before it)
ROLE_AFTER_NAME = re.compile(r"(?<!\s)\s+" + ROLE_RANK + r"(?:(?:(?-i:[A-Z]{2,})|business|sports?|politics|science|"
                             r"tech(?:nology)?|health|opinion|food|travel|music|arts|culture|features|news)\s+)?"
                             + ROLE_RANK + ROLE_NOUN, re.I)


# what the line says of the author after the name and a comma, a clause in lower case ("Escrito por Inês Rocha, que
# vive em Lisboa …", "By Dan Levy, who covers the courts"; not a second name after "and")
CLAUSE_AFTER_NAME = re.compile(r",\s+(?!(?:and|und|et|y|e|i|en|og|och)\s)(?=[^\W\d_A-ZÀ-ÖØ-Þ][^\W\d_]*\s)")


def _byline_name(text: str, extra: tuple[tuple[str, tuple[str, ...]], ...] = ()) -> str:
    """The name a byline line gives: "Posted By: Kiersten · In: Sides" -> "Kiersten", "Emma Ryan Writer" ->
    "Emma Ryan" (a role after a name of two words or more; not "Letters To The Editor")."""
    name = _first_field(byline_prefix(extra).sub("", text.strip(" " + FIELD_SEPARATORS)))
    name = CONTACT_AFTER_NAME.split(name, maxsplit=1)[0].strip(" ,")
    name = CLAUSE_AFTER_NAME.split(name, maxsplit=1)[0]
    role = ROLE_AFTER_NAME.search(name)
    if role is None:
        return name
    who = words(name[:role.start()])
    if len(who) < 2 or who[-1].lower() in ALL_STOPWORDS:
        return name
    name = name[:role.start()].rstrip(" ,")
    # (a publication's name before the role, after a comma: "Harold Finch, Gazette Staff Writer")
    person = name.split(", ", 1)[0]
    return person if person != name and len(words(person)) >= 2 else name


# A template's variable the page left unfilled: "page.head.extra.author", "{{ author }}", "${author}" (not a
# user's handle, "sara.r.peter", nor a site's address)
PLACEHOLDER = re.compile(r"^[a-z_][\w-]*(?:\.[a-z_][\w-]*)*\.(?:author|byline|creator|name)s?$|\{\{|\}\}|\$\{")


def no_name(marked: str) -> bool:
    """The author the markup gives is no one's name: a template's placeholder or a role alone ("Staff Writer")."""
    return PLACEHOLDER.search(marked) is not None or ROLE_LINE.match(marked) is not None


def fuller_name(shown: str | None, marked: str) -> bool:
    """The byline the text shows is the name the markup gives as a handle, written out: "Arian Schlichenmayer"
    for "arianschlichenmayer" (the markup's name wins otherwise: a first name alone, "Marie", over the text's
    "By Marie Blog", whose category the flattening glued to it)."""
    return bool(shown) and len(shown.split()) >= 2 and len(marked.split()) == 1 \
        and "".join(shown.split()).casefold() == marked.casefold()


def metadata(blocks: list[Block], extra: tuple[tuple[str, tuple[str, ...]], ...] = ()) -> dict:
    """The metadata fields from the roles `segment` gave (`extra`: a config's phrases, for its byline labels)."""
    first = {}
    for b in blocks:
        first.setdefault(b.role, b)
    meta = {k: (first[k].text.strip() if k in first else None) for k in ("headline", "section", "summary", "dateline")}
    if meta["section"]:
        meta["section"] = _last_crumb(meta["section"])
    published = None
    # (a date line that says when the page was updated only when none says when it was published: "Last updated
    # on: November 29, 2025" over "Published: October 29, 2024")
    dated = [i for i, b in enumerate(blocks) if b.role == "published"]
    for i in sorted(dated, key=lambda i: UPDATED_LABEL.match(blocks[i].text) is not None):
        published = _line_date(blocks[i].text)
        if published is None:       # "Published" / "August 30, 2024", or "Published" / "Publish date" / the date
            k = i + 2 if i + 2 < len(blocks) and _label_like(blocks[i + 1].text) else i + 1
            if k < len(blocks) and blocks[k].removed_by == "date_line":
                published = dates.find_date(blocks[k].text)
        if published:
            break
    if published is None and meta["dateline"]:
        published = dates.find_date(meta["dateline"])
    if published is None:
        published = dates.dated_opening(next((b.text for b in blocks if b.kept and b.role == "body"
                                              and b.kind == "paragraph" and is_prose(b.text)), ""),
                                        dates.STOP_AFTER_DATE)
    if published is None and meta["headline"]:     # a news list's title: "23.01.2022 - Dorothea Wierer darf …"
        published = dates.dated_opening(meta["headline"])
    meta["published"] = published
    byline = None
    if "byline" in first:
        byline = _byline_name(first["byline"].text, extra)
    else:
        for b in blocks:
            if b.role == "published" and b.reason != FAR_ENTRY:
                byline = _by_name(b.text) if b.reason == FRAMED_ENTRY else _date_line_name(b.text)
                if byline:
                    break
    meta["byline"] = byline
    return meta
