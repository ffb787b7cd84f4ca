"""Document passes: decisions that need a block's neighbours.

`main_text` is the heart of text cleaning. Every block gets a score, positive for
prose (its word count) and negative for short lines and boilerplate; the article
is the contiguous run with the highest sum (the maximum-subarray idea of Finn et
al.'s Body Text Extraction, on blocks instead of tokens). The run is then cut at
the first "Related / More on … / Comments" heading that follows its prose, when
what follows weighs less than what came before: a reader stops there too. A last
paragraph that ends in a colon announces a list: the short lines under it stay.
Where a title, a byline or date line and two paragraphs follow each other a story
opens, and its first paragraph weighs more; where the page's title is shown again
inside the run, over its date line or byline and the story, the story opens there.
"""
from __future__ import annotations

import re
from collections import Counter

from ..dates import DIGIT, has_date_shape, is_period
from ..model import AFTER_COMMENTS, AFTER_WALL, Block, repeated_near, runs_within, shared_ancestors
from ..pagetype import (AGE, AMOUNT_ALONE, CARD_PAGES, DECLARATION, FEW_CARDS, PRICE, SENTENCE_WORDS, SHOP_PAGES,
                        buy_row, has_price, price_alone, price_lines, priced_line, read_more, services_heading,
                        signature, sort_control, timed_price, without_read_on)
from ..pipeline import Context, document_pass
from ..segment import name_after_by
from ..textstats import (BIO_WORDS, OPERATORS, QUESTION_MARKS, bio_subject, capitalised, ends_sentence, fold, is_prose,
                         is_title_case, name_shaped, program_line, shows_title, stop_density, strip_site_name,
                         under_the_maker, word_count, words)
from ..vocab import BYLINE_PREFIX, LONE_BY, SEE_ALSO, TITLE_SMALL_WORDS, label_and_first, made_of, pattern
from .lexical import (CANCEL_REPLY, CODE_LANGUAGE, COUNT_MARK, CRUMB_SPLIT, CSV_ROW, DATE_ONLY, SEARCH_BOX,
                      SIGNED_WITH_BUTTONS, breadcrumbs, copy_button, teaser_label)

METADATA_FILTERS = {"byline", "date_line"}
# What the story put between its paragraphs as a button: an embedded button's settings, a shop's button
BUTTON_FILTERS = {"markup_attributes", "shop_button"}


NUMBERED = re.compile(r"^\d{1,3}[.)]\s")    # "16) Victorinox Swisschamp": a menu does not number its links
# "Level: 70", "Name: Stolen Sack": a field and its value, which a menu's links are not
FIELD = re.compile(r"^\w+(?:[ -]\w+){0,2}:\s+\S")


# "IRS (4)", "outsourced accounting services (304)": a tag or an archive's month with its count of posts, at the
# end of a line (COUNT) or as the whole line (COUNTED_LINK)
COUNT = re.compile(COUNT_MARK + r"\W*$")
COUNTED_LINK = re.compile(r"^[^()]{1,60}" + COUNT.pattern)


DESCRIBED = frozenset({"dt", "dd"})     # (HTML) a description list's terms and their values: fields, not a menu


def _nav_like(block: Block, ctx: Context) -> bool:
    t = block.text
    n = len(words(t))
    return (block.kept and 1 <= n <= ctx.config.short_max_words and not ends_sentence(t) and not block.number
            and block.tag not in DESCRIBED and not (block.tag == "li" and not block.link_chars)
            and not NUMBERED.match(t) and not FIELD.match(t)
            and not CSV_ROW.match(t) and not timed_price(t)     # (nor a data file's row, nor an offer's duration and
            #                                                     price: "2 Tage · 180,00 €")
            and (is_title_case(t) or bool(pattern("nav_words", ctx.config.extra_phrases, whole=True).match(t))
                 or COUNTED_LINK.match(t) is not None))


INTRO_MIN_WORDS = 3    # "We tested the following top Slack alternatives:", not a widget's label ("Tags:", "Follow us:")


def _announced(blocks: list[Block], i: int) -> bool:
    """The run is a list the text announces: the line right before it is the article's, and ends with a colon
    ("Popular back-end development languages include:", "Here is the list:")."""
    if i == 0 or not blocks[i - 1].kept:
        return False
    t = blocks[i - 1].text.rstrip()
    return t.endswith(":") and len(words(t)) >= INTRO_MIN_WORDS


@document_pass("nav_run", "runs of short title-case lines without sentence punctuation (menus), "
                          "but not a list the text announces with a colon")
def nav_run(blocks: list[Block], ctx: Context) -> list[Block]:
    out = list(blocks)
    i = 0
    while i < len(out):
        j = i
        while j < len(out) and (_nav_like(out[j], ctx) or (out[j].removed and j > i)):
            j += 1
        run = [k for k in range(i, j) if out[k].kept]
        # (the menu's search button, which search_prompt took first: "Blog" / "Archief" / "Over" / "Zoeken")
        searches = sum(out[k].reason == SEARCH_BOX for k in range(i, j))
        if len(run) + searches >= ctx.config.nav_run_min and run and not _announced(out, i) \
                and not _measured(out, run) and not (ctx.input == "html" and ctx.page_type == "service"
                                                     and _unlinked_lines(out, run)):
            if ctx.page_type == "product":
                run = _over_the_specs(out, run, ctx)
                run = run if ctx.input == "html" else _over_the_name(out, run)
            for k in run:
                out[k] = out[k].remove("nav_run", f"menu: {len(run)} short link-like lines in a row")
        i = max(j, i + 1)
    return out


def _unlinked_lines(blocks: list[Block], run: list[int]) -> bool:
    """(HTML, a business's page) A run of paragraphs and headings, not one of them a link: its contact section's
    lines ("Contatti" / "Via Nizza 120, 10126 Torino" / "Tel. 011 123 4567"), a testimonial's name (in its <cite>
    or not), an <address>, no menu's items (under an article, a press office's contact card is no text of the
    story: "Ansprechpartnerin" / its name)."""
    return all(not blocks[k].link_chars and (blocks[k].tag in UNLINKED_TAGS or blocks[k].kind == "heading")
               for k in run)


UNLINKED_TAGS = frozenset({"p", "cite", "address", "div"})     # (a <div> of its own: an offer's name, Vagaro's)


SPEC_ROWS_MEASURED = 0.5   # of the rows under a spec sheet's heading in a menu's run: half of them give a number


def _over_the_specs(blocks: list[Block], run: list[int], ctx: Context) -> list[int]:
    """(a product's page) A tab menu's run that goes on into the spec sheet under it ("Specs" / "Q&A" /
    "Specifications" / "Brand Corsa" / "Capacity 1TB" / …): the menu ends over the sheet's heading (the last line
    that names one: the tab's "Specs" is the menu's) when SPEC_MIN rows or more follow it, half of them measured;
    not over other tabs ("Parametry" / "Hodnocení (4)" / "Diskuze"). (Scraped text) Or a run that starts under the
    sheet's heading and its first row ("Ürün Özellikleri" / "Kapasite 4 fincan" / "Güç 735 W" / …): its rows are
    no menu's, up to a wall (the reviews' heading under them)."""
    html = ctx.input == "html"
    at = next((n for n in range(len(run) - 1, -1, -1) if SPEC_HEADING.match(blocks[run[n]].text)), None)
    rows = run[at + 1:] if at is not None else []
    if at is None and not html:
        head = next((k for k in range(run[0] - 1, max(-1, run[0] - 2 - SPEC_GAP), -1)
                     if blocks[k].kept and SPEC_HEADING.match(blocks[k].text)), None)
        above = [] if head is None else [k for k in range(head + 1, run[0]) if blocks[k].kept]
        if head is not None and all(len(words(blocks[k].text)) <= SPEC_WORDS for k in above):
            wall = next((n for n, k in enumerate(run) if is_wall(blocks, k, ctx)), len(run))
            if len(above) + wall >= SPEC_MIN and _measured(blocks, above + run[:wall], SPEC_ROWS_MEASURED):
                return run[wall:]
    k = run[-1] + 1
    while rows and not html and k < len(blocks) and blocks[k].kept and len(words(blocks[k].text)) <= SPEC_WORDS \
            and DIGIT.search(blocks[k].text):
        rows.append(k)          # (scraped text: the sheet goes on past the run, a row the menu's shape missed,
        #                         "Gewicht 1,3 kg"; in HTML product_page gives back what the run took of it)
        k += 1
    if len(rows) < SPEC_MIN or not (_measured(blocks, rows, SPEC_ROWS_MEASURED)
                                    or at == 0 and _under_text(blocks, run[0])):
        return run
    return run[:at]


def _under_text(blocks: list[Block], k: int) -> bool:
    """The kept line over block `k` ends a sentence: the sheet's heading opens the run right under the product's
    description, no tab's menu over it (a food's sheet measures little: "Produktdetails" / "Zutaten Haferflocken
    (100 %)" / "Allergene Enthält Hafer (Gluten)" / "Aufbewahrung Trocken lagern" / …)."""
    return k > 0 and blocks[k - 1].kept and ends_sentence(blocks[k - 1].text)


def page_title(blocks: list[Block]) -> str:
    """(scraped text) The page's title, folded: its first line, the <title>'s, the site's name cut."""
    return fold(strip_site_name(blocks[0].text)) if blocks else ""


def _over_the_name(blocks: list[Block], run: list[int]) -> list[int]:
    """(a product's page, scraped text) A menu's run that goes on into the product's name and its fields under it
    (the breadcrumb trail's "Küche" / "Wasserkocher" / "BOSCH TWK7203 Wasserkocher …" / "Art.-Nr. …" / "59,99 €"):
    the menu ends over the line that shows all of the page's title (the first line's, the site's name cut), or
    over the maker's line over the name, the two the title ("Nordlys Hudpleje" / "Fugtcreme Havtorn 50 ml" of
    "Nordlys Hudpleje Fugtcreme Havtorn 50 ml | Matas")."""
    title = page_title(blocks)
    at = next((n for n, k in enumerate(run) if k > 0 and (
        shows_title(title, blocks[k].text, whole=True, kind_first=True)
        or n + 1 < len(run) and under_the_maker(title, blocks[k].text, blocks[run[n + 1]].text))), None)
    return run if at is None else run[:at]


NOTICE_MIN = 3          # paragraphs that say the same but for their numbers: a notice per country or option
NOTICE_WORDS = 12       # each prose this long (not a table's or a price list's rows, which differ only in their
#                         numbers too; words between spaces: not a URL's parts),
NOTICE_MAX_WORDS = 60   # (a notice is a sentence or two: the story's long paragraphs are not asked)
NOTICE_GAP = 2          # with at most this many blocks between two of them (a roundup repeats its lines item by item)
# a number with the letters and currency signs around it ("65€", "480kr", "R$670"); (?<!…): one attempt per run
# of letters
NUMBERS = re.compile(r"(?<![^\W\d_])[^\W\d_]*[$€£¥₹₩₪]*\d[\w.,$€£¥₹₩₪]*")


@document_pass("repeated_notice", "paragraphs that say the same but for their numbers three times or more in a row, "
                                  "one of them word for word again (a shop's shipping notice for each country): a "
                                  "template, not the article (a schedule's lines each differ)")
def repeated_notice(blocks: list[Block], ctx: Context) -> list[Block]:
    shapes: dict[str, list[int]] = {}
    for i, b in enumerate(blocks):
        if b.kept and DIGIT.search(b.text) and NOTICE_WORDS <= len(b.text.split()) <= NOTICE_MAX_WORDS:
            shapes.setdefault(NUMBERS.sub("#", b.text), []).append(i)
    out = list(blocks)
    for at in shapes.values():
        if len(at) < NOTICE_MIN:
            continue                # (most shapes: asked before the costlier tests below)
        for run in runs_within(at, NOTICE_GAP + 1):
            if len(run) >= NOTICE_MIN and 1 < len({blocks[i].text for i in run}) < len(run) \
                    and all(is_prose(blocks[i].text) for i in run):
                for i in run:
                    out[i] = out[i].remove("repeated_notice", f"the same notice {len(run)} times with other numbers")
    return out


MEASURED_SHARE = 0.75   # of a run's lines (0.5 measured lower on wcxb soup)


def _measured(blocks: list[Block], run: list[int], share: float = MEASURED_SHARE) -> bool:
    """Most of the run's lines hold a number that is no date and no count ("Brightness 800 Lumens", "Ring Starts
    at $49.99"; a date or a count, "IRS (4)", is none): a table of specifications or prices split row by row, not
    a menu (nor a tag cloud)."""
    n = sum(1 for k in run if DIGIT.search(COUNT.sub("", blocks[k].text)) and not has_date_shape(blocks[k].text))
    return n >= share * len(run)


# "Most Popular Videos", "Related Links", "Latest Posts", "Latest Insights": a related heading naming what it lists
# (not "resources": "Related Resources:" labels a box of links inside a guide, which goes on under it)
# ((?<!\s): one attempt per run of spaces, not one per space)
WHAT_IS_LISTED = re.compile(r"(?<!\s)\s+(?:videos?|articles?|stories|news|posts?|links|reads|headlines|galleries|"
                            r"podcasts|tutorials|guides|reviews|recipes|reading|insights|blogs|artikel|beiträge|"
                            r"nachrichten|rezepte|vidéos|"
                            r"recettes|noticias|artículos|recetas|articoli|notizie|artykuły|przepisy|actualités|"
                            r"wiadomości|nieuws)\W*$", re.I)


DATE_LIST_MIN = 3      # date lines in a row that make a list


@document_pass("date_list", "gives back date lines that come three or more in a row: a schedule or a timeline, "
                            "not the page's date")
def date_list(blocks: list[Block], ctx: Context) -> list[Block]:
    out = list(blocks)
    i = 0
    while i < len(out):
        j = i
        while j < len(out) and out[j].removed_by == "date_line" and out[j].reason == DATE_ONLY:
            j += 1
        if j - i >= DATE_LIST_MIN:
            out[i:j] = [b.restore() for b in out[i:j]]
        i = max(j, i + 1)
    return out


# (not "Más de 35 L (1)", "Plus de 50 €": more than a number, a filter's option)
MORE_ON = re.compile(r"^(more (?:on|from|in|stories from|news from)|mehr (?:zum|von|aus)|(?:plus|más) de(?!\s+\d)|"
                     r"(?:discover|explore) more|entdecke(?:n sie)? (?:weitere|mehr)|découvrez (?:plus|d'autres)|"
                     r"descubre más)\s+\S", re.I)
# "All news", "Alle Nachrichten zum Naturschutz in Bayern": a link to the listing of every story (on its topic)
ALL_STORIES = re.compile(r"^(?:all|alle|toutes les|todas las|tutte le|wszystkie)\s+(?:news|nachrichten|meldungen|"
                         r"artikel|beiträge|articles|stories|posts|actualités|noticias|notizie|artykuły|wiadomości|"
                         r"aktualności)\b", re.I)
RELATED_FROM = re.compile(r"^related (?:\w+ )?(?:from|on|about)\s+\S", re.I)   # "Related coverage from How to Do …:"
# "More Washington Examiner", "More BBC News": "More" and a name, nothing else
MORE_NAME = re.compile(r"^More(?:\s+[A-Z][\w'’.&-]*){1,4}$")
OUR = re.compile(r"^(?:our|unsere?|nos|nuestr[ao]s|le nostre|i nostri)\s+", re.I)     # "Our Latest Stories"


def related_heading(block: Block, ctx: Context) -> bool:
    """'More on Capital News', 'Related stories', 'Lesen Sie auch': a heading over other stories."""
    t = _heading_words(block)
    return t is not None and (_names_other_stories(t, ctx) or MORE_NAME.match(t) is not None) \
        and not (ctx.page_type == "documentation" and SEE_ALSO.match(t))


def _heading_words(block: Block) -> str | None:
    """A heading's text without "Our" before it; None for a sentence or a line too long to be one."""
    t = block.text.strip()
    if len(words(t)) > 8 or ends_sentence(t.rstrip(":.…")):        # "You may also like...": a heading
        return None
    return OUR.sub("", t)


def _names_other_stories(t: str, ctx: Context) -> bool:
    """The heading's words say it lists other stories: a phrase of the vocabulary ("Related stories", "Lesen Sie
    auch"), "More on / from / in …", "Related coverage from …", "All news …"."""
    pat = pattern("related_heading", ctx.config.extra_phrases, whole=True)
    if pat.match(t) or pat.match(WHAT_IS_LISTED.sub("", t)):
        return True
    return bool(MORE_ON.match(t) and len(words(t)) <= 6 or RELATED_FROM.match(t) or ALL_STORIES.match(t))


PROSE_UNDER_WORDS = 20    # a paragraph of the story this long under "More" and a name makes the heading a section


def _more_over_prose(blocks: list[Block], k: int, ctx: Context) -> bool:
    """"More" and capitalised words that name no stories ("More College Essay Topics", not "More Great WIRED
    Stories", "More Washington Examiner" over titles), right over a paragraph of prose: a section of the story
    (more prompts, more tips), not a box of other stories."""
    t = _heading_words(blocks[k])
    if t is None or not MORE_NAME.match(t) or WHAT_IS_LISTED.search(t) or _names_other_stories(t, ctx):
        return False
    after = next((b for b in blocks[k + 1:k + 3] if b.kept), None)
    return after is not None and word_count(after.text) >= PROSE_UNDER_WORDS and is_prose(after.text)


def _sentence_with_links(block: Block, ctx: Context) -> bool:
    """A paragraph of prose with words outside its links: not a card that is one link (another story's title
    or summary), nor a label and the title it points to."""
    return block.kind == "paragraph" and block.link_chars < len(block.text) and is_prose(block.text) \
        and teaser_label(block.text, ctx) is None


BUTTON_REACH = 10     # a label shown again this near is a button ("READ MORE ↓" under each pick), not a heading


def _open(blocks: list[Block], k: int) -> bool:
    """Kept, or taken only as the site's template (a heading the site repeats is still a heading), or in a
    run of menu lines (tags, then "More Washington Examiner" over the teasers) when the page does not show
    the line again nearby: "READ MORE ↓" under each of a list's picks is a button."""
    by = blocks[k].removed_by
    if by in (None, "site_template"):
        return True
    return by == "nav_run" and not repeated_near(blocks, k, BUTTON_REACH)


def is_wall(blocks: list[Block], k: int, ctx: Context) -> bool:
    return _ends_story(blocks, k, ctx) or _related_box(blocks, k, ctx)


# The heading of a product page's reviews, which end what stands under the product's name: "Customer Reviews",
# "Bewertungen (6)" (not a rating's link by the name, "Bewertungen (6): 4,9 von 5,0")
REVIEWS = re.compile(r"^\W*(?:customer\s+)?(?:reviews?|ratings?|kundenbewertungen|bewertungen|rezensionen|"
                     r"avis(?:\s+clients)?|opiniones|valoraciones|opinie|recensioni|"
                     # (and in more languages: "Hodnocení (12)", eobuv's; "التقييمات (87)", Jarir's)
                     r"hodnocení|recenze|hodnotenia|recenzie|beoordelingen|avaliações|omdömen|recensioner|"
                     r"anmeldelser|arvostelut|отзывы|відгуки|κριτικές|recenzii|értékelések|"
                     r"التقييمات|المراجعات|تقييمات العملاء|آراء العملاء|نظرات کاربران)\b", re.I)
REVIEW_HEADING_WORDS = 4
REVIEWS_ALONE = re.compile(rf"{REVIEWS.pattern}(?:\s?\(\d[\d.,]*\))?\W*$", re.I)     # (its count after it or not)


def _reviews_begin(blocks: list[Block], k: int, ctx: Context) -> bool:
    """(scraped text) On a product's page, the heading of its customers' reviews alone on its line ("reviews",
    "Bewertungen (6)"): the reviews under it are no product's (in HTML product_page reads them by their class)."""
    return ctx.input == "text" and ctx.page_type == "product" and len(words(blocks[k].text)) <= REVIEW_HEADING_WORDS \
        and REVIEWS_ALONE.match(blocks[k].text.strip()) is not None and not _tab_row(blocks, k)


# the tab of a product's other fields beside its description's and its reviews' ("Additional information",
# WooCommerce's)
INFO_TAB = re.compile(r"^\W*(?:additional information|more information|zusätzliche informationen|"
                      r"weitere informationen|informations? complémentaires?|información adicional|"
                      r"informazioni aggiuntive|dodatkowe informacje|aanvullende informatie|extra informatie|"
                      r"informações adicionais)\W*$", re.I)
TAB_REACH = 1           # lines on either side of a tab where the row's other tabs stand


def _tab_row(blocks: list[Block], k: int) -> bool:
    """The line at k among the product's tabs, flattened a line each: "Description" / "Additional information" /
    "Reviews (5)", over the description (WooCommerce's, Bagisto's), no heading over its reviews."""
    return any(DESCRIPTION_HEADING.match(t := blocks[i].text.strip()) or SPEC_HEADING.match(t) or INFO_TAB.match(t)
               for i in range(max(0, k - TAB_REACH), min(len(blocks), k + TAB_REACH + 1)) if i != k)


def _related_box(blocks: list[Block], k: int, ctx: Context) -> bool:
    """A related heading over other stories ends the story, unless the prose under it says it is a section; on a
    listing, "Read more" ("Weiterlesen") alone on its line is a card's button, not a heading over other stories."""
    return _open(blocks, k) and related_heading(blocks[k], ctx) and not _more_over_prose(blocks, k, ctx) \
        and not (ctx.input == "html" and (_paragraph_under(blocks, k) or _expander(blocks[k]))) \
        and not (ctx.page_type in CARD_PAGES and (read_more(blocks[k].text) or _sort_option(blocks, k)))


def _sort_option(blocks: list[Block], k: int) -> bool:
    """On a list of cards, "Recommended" under "Sort by: Recommended": an option of its sort control (X-Cart's
    as scraped text), no heading over other things."""
    return k > 0 and sort_control(blocks[k - 1].text.strip())


def _expander(b: Block) -> bool:
    """HTML: "Read More" that is no heading, no link and no label (no colon): the button that unfolds the rest of
    the story, which goes on under it (a box of other stories is a heading over links)."""
    return b.kind == "paragraph" and not b.link_chars and not b.text.rstrip().endswith(":") \
        and fold(b.text) == "read more"


def _paragraph_under(blocks: list[Block], k: int) -> bool:
    """Right under the heading, a paragraph of prose without a link: the story goes on under it ("Mehr zum
    Thema" / "Einen detaillierten Überblick … finden Sie im Hilfe-Center …"). A box of other stories shows a
    title first (a link), and its summary under that. (HTML only: in scraped text the title's link is gone, and
    a box's blurb reads as such a paragraph.)"""
    b = blocks[k + 1] if k + 1 < len(blocks) and blocks[k].kind == "heading" else None   # (not a "Read More" button)
    return b is not None and b.kept and b.kind == "paragraph" and not b.link_chars \
        and word_count(b.text) >= PROSE_UNDER_WORDS and is_prose(b.text)


def _ends_story(blocks: list[Block], k: int, ctx: Context) -> bool:
    """What ends the story whatever follows it: its comments (a product's reviews), its author's box, or the site's
    disclaimer under a heading of its own ("Disclaimer & Disclosures:", "Legal Disclaimer"; an inline "Disclaimer:
    this post contains affiliate links" is the story's, and a French essay's "Avertissement" a section of it)."""
    return _comments_begin(blocks, k, ctx) or _reviews_begin(blocks, k, ctx) \
        or _open(blocks, k) and (_author_box_heading(blocks, k, ctx) or DISCLAIMER_HEADING.match(blocks[k].text))


DISCLAIMER_HEADING = re.compile(r"^\W*(?:legal\s+|important\s+)?(?:disclaimers?|haftungsausschluss|"
                                r"clause de non-responsabilité|aviso legal|descargo de responsabilidad)"
                                r"(?:\s*(?:&|and|und)\s*disclosures?)?\W*$", re.I)


# the heading of a business's section about itself, in its language
ABOUT_HEADING = re.compile(r"^\W*(?:about us|who we are|(?:wir )?über uns|wer wir sind|qui sommes[- ]nous|"
                           r"à propos(?: de nous)?|quiénes somos|sobre nosotros|chi siamo|o nas|over ons|wie zijn wij|"
                           r"sobre nós|quem somos|om oss|om os|meistä|rólunk|o nás|о нас|про нас|hakkımızda|"
                           r"σχετικά με εμάς|về chúng tôi|tentang kami|关于我们|關於我們|私たちについて|회사 소개|من نحن|"
                           r"אודות|עלינו)\W*$", re.I)
# "About Jane Doe", "Über Moritz Bachmann", "Sobre Carlos Nadalim": the heading of one person's box
ABOUT_NAME = re.compile(r"^(?:about|meet|über|sobre|à propos de|o)\s+(?P<name>\S+(?:\s+\S+){1,3})$", re.I)
# "About Steffi 1009 Articles", "Über Jane Doe 12 Artikel": a blog theme's author box, the author's post count in it
ABOUT_AND_COUNT = re.compile(r"^(?:about|über|sobre|à propos de|o)\s+\S+(?:\s+\S+){0,3}\s+\d[\d.,]*\s+(?:articles?|"
                             r"artikel|posts?|beiträge|artículos|entradas|articoli|artykuł(?:y|ów)?)$", re.I)


def _author_box_heading(blocks: list[Block], k: int, ctx: Context) -> bool:
    """"About the author", or "About" and the name of the page's author (its byline's, or the one the bio under
    it opens with: "Brigit Katz is a freelance writer…"): under the story, a box of bios (the author's, a
    reviewer's) that ends it however long (end_matter takes a short box alone; above the story, before any
    prose, the heading is no wall). "About" and another name is a section of the story ("About Grave Empire",
    "About Georgetown University Medical Center")."""
    t = blocks[k].text.strip()
    if pattern("author_box", ctx.config.extra_phrases, whole=True).match(t) or ABOUT_AND_COUNT.match(t):
        return True
    m = ABOUT_NAME.match(t)
    if m is None:
        return False
    who = [w.lower() for w in words(m.group("name"))]
    after = next((b for b in blocks[k + 1:k + 3] if b.kept), None)
    return any(set(who) <= name for name in _names(blocks)) or after is not None and bio_subject(after.text) == who


def _comments_by_class(block: Block, ctx: Context) -> bool:
    """(HTML) A block the page's markup names a comment ("comment-body", "comments"): after the story's span, what
    follows is no part of it (the HTML passes give back what the span left after it, not what follows comments)."""
    return ctx.page_type != "forum" and block.removed_by == "html_class" and "comment" in (block.reason or "")


def _comments_begin(blocks: list[Block], k: int, ctx: Context) -> bool:
    """The comments under an article begin here; a forum thread has none: its replies are what it holds; on a
    listing, a count of comments ("7 Kommentare", "Comments (3)") is a card's field, the listed post's, and so is
    the link said on every card ("Komentarze", Nikola's)."""
    return ctx.page_type != "forum" and _strong_comment(blocks, k) \
        and not (ctx.page_type in CARD_PAGES and (DIGIT.search(blocks[k].text) or _on_every_card(blocks, k)))


CARD_LINK_TIMES = 3         # a line said this many times on a list's page is each card's


def _on_every_card(blocks: list[Block], k: int) -> bool:
    key = blocks[k].text.strip()
    return sum(b.text.strip() == key for b in blocks) >= CARD_LINK_TIMES


def page_min_stop(blocks: list[Block], ctx: Context) -> float:
    """The stop-word threshold for this page: none when the page's language has no list.

    Function words tell prose from lists in the languages vocab knows; on a page in
    another language (its long lines have almost none) sentence shape and length decide.
    """
    dens = sorted(stop_density(b.text) for b in blocks if word_count(b.text) >= 15)
    if dens and dens[len(dens) // 2] < 0.08:
        return 0.0
    return ctx.config.prose_min_stop_density


def _span_scores(blocks: list[Block], ctx: Context, min_stop: float, terse: bool = False) -> list[float]:
    """Each block's score for the run of the text, the teasers', the cards' and the gaps' damped."""
    penalty = ctx.config.short_penalty
    scores = _lift_header(blocks, _damp_linked_cards(blocks, _damp_glued_teasers(blocks, _damp_teasers(
        blocks, [block_score(b, ctx, min_stop, terse) for b in blocks], ctx), penalty), penalty))
    counted = _counting_on(blocks) | (_sentence_list(blocks) | _titled_sentences(blocks) if ctx.input == "text"
                                      else set())
    return _cap_gaps(blocks, [s * LIKELY_TEXT_SHARE if k in counted and s < 0 else s
                              for k, s in enumerate(scores)], ctx)


TERSE_PAGE_WORDS = 40   # a page whose paragraphs of prose say fewer words than this in all is terse


def _terse_page(blocks: list[Block], ctx: Context, min_stop: float) -> bool:
    """A page of short sentences, fewer than TERSE_PAGE_WORDS words of prose in all (a business's page of what it
    offers, each service a line under its name: "Ikmēneša dokumentu apstrāde, bankas izrakstu uzskaite un gada
    pārskats."): a sentence of DOC_SENTENCE_WORDS is its prose, as documentation's is."""
    if ctx.input != "text" or ctx.page_type in CARD_PAGES:
        return False
    return 0 < sum(n for b in blocks if b.kept and is_prose(b.text, ctx.config.prose_min_words, min_stop)
                   and (n := word_count(b.text))) < TERSE_PAGE_WORDS


# Removed only for being mostly links: inside the article's span such a block is content.
INSIDE_OK = frozenset({"link_density"})
# What a short line that is likely the text's costs, as a share of one elsewhere: a product page's fields, specs and
# ratings ("Lage" / "4,8 von 5,0"), whose description stands apart from them; an item of a list the markup marks
# (HTML <li>) still kept (a menu's items are links link_density took, or stand in a <nav> html_container took):
# a checklist's items, a list of steps
LIKELY_TEXT_SHARE = 1 / 3


def _likely_text(block: Block, ctx: Context) -> bool:
    return ctx.page_type == "product" or ctx.input == "html" and block.kind == "list_item"


def block_score(block: Block, ctx: Context, min_stop: float | None = None, terse: bool = False) -> float:
    cfg = ctx.config
    min_stop = cfg.prose_min_stop_density if min_stop is None else min_stop
    if block.removed:
        if block.removed_by in BUTTON_FILTERS:
            return 0.0          # they stand where the story put a button: no evidence either way
        if block.removed_by in METADATA_FILTERS:
            return -1.0
        return -cfg.bad_penalty / 2
    if related_heading(block, ctx):
        return -cfg.bad_penalty * 2
    if block.kind == "code":
        return 0.0              # a program listing: the article's, though it reads as no prose
    if block.kind == "table" and ctx.input == "text" and "\n" in block.text:
        # (scraped text) a table of rows: weighed whole, or row by row as the lines it was read from when they
        # say more (a training plan's weeks, some of them sentences)
        return max(block_score(block._replace(kind="paragraph"), ctx, min_stop, terse),
                   sum(block_score(block._replace(kind="paragraph", text=row.replace("\t", " ")), ctx, min_stop, terse)
                       for row in block.text.split("\n")))
    text = without_read_on(block.text)
    n = word_count(text)
    if is_prose(text, DOC_SENTENCE_WORDS if terse or ctx.page_type == "documentation" else cfg.prose_min_words,
                min_stop):
        return float(n) - cfg.prose_offset
    if n <= cfg.short_max_words:
        return -cfg.short_penalty * (LIKELY_TEXT_SHARE if _likely_text(block, ctx) else 1)
    if FIELD.match(block.text) and ends_sentence(block.text):
        return 0.0              # "Sinkage Test: Moderate sinkage (1.8 inches), balancing comfort and support."
    return -cfg.medium_penalty


DOC_SENTENCE_WORDS = 6     # documentation is terse: a sentence this long is its prose ("Nach einer Änderung muss
#                            der Dienst neu gestartet werden.")
TEASER_WORDS = 40     # a teaser is shorter than this
TEASER_WEIGHT = 0.0   # and counts for this share of its words (0.25 measured the same)
TEASER_NEIGHBOURS = 2  # title/label lines it needs on each side


def _damp_teasers(blocks: list[Block], scores: list[float], ctx: Context) -> list[float]:
    """A short paragraph with title lines on both sides is a story teaser, not the article.

    An article runs paragraph after paragraph; a list of other stories runs title,
    label, one short paragraph, title, label, one short paragraph. Such a paragraph
    (title line before it, no list or "label:" lines around it) adds nothing to the span.
    Not on a product's page under a price: its short description stands under its name and price, over its
    stock and buy button.
    """
    kept = [k for k, b in enumerate(blocks) if b.kept]
    out = list(scores)
    numbered = _numbered_items(blocks)
    title = fold(strip_site_name(ctx.meta.get("headline") or (blocks[0].text if blocks else "")))
    for pos, k in enumerate(kept):
        if scores[k] <= 0 or word_count(blocks[k].text) >= TEASER_WORDS or k in numbered:
            continue
        if _under_byline(blocks, k):
            continue            # the story's opening paragraph, under its byline: no teaser has one
        if pos and len(title.split()) >= (LIST_TITLE_MIN_WORDS if ctx.page_type in CARD_PAGES else TITLE_MIN_WORDS) \
                and fold(blocks[kept[pos - 1]].text) == title:
            continue            # the page's lead, under the title its <title> names (a teaser's title is another;
            #                     a category's shorter name over its description, "Mochilas de senderismo")
        if pos and _heading_line(blocks[kept[pos - 1]]) and k + 1 < len(blocks) and _aged(blocks[k + 1]):
            out[k] = scores[k] * TEASER_WEIGHT      # a title, its summary, its age ("32M ago"): a feed's card
            continue
        before = kept[max(0, pos - TEASER_NEIGHBOURS):pos]
        after = kept[pos + 1:pos + 1 + TEASER_NEIGHBOURS]
        around = before + after
        if before and ctx.input != "html" \
                and (ABOUT_HEADING.match(t := blocks[before[-1]].text.strip()) or ABOUT_NAME.match(t)):
            continue            # (scraped text: the section under "About Dr. Elena Vasquez", "Über uns", no story's
            #                     title; in HTML a salon's "À propos" so read moved the span off its reviews and
            #                     hours, Treatwell's)
        if len(before) == TEASER_NEIGHBOURS and len(after) == TEASER_NEIGHBOURS and all(scores[i] <= 0 for i in around) \
                and any(_title_line(blocks[i].text) for i in before) \
                and not any(blocks[i].kind == "list_item" or ":" in blocks[i].text for i in around) \
                and not (ctx.page_type == "documentation" and any(_code_line(blocks[i]) for i in around)) \
                and not (ctx.page_type == "product" and (any(PRICE.search(blocks[i].text) for i in before)
                                                         or DESCRIPTION_HEADING.match(blocks[before[-1]].text))):
            out[k] = scores[k] * TEASER_WEIGHT      # (nor under "Beschreibung": the product's description)
    return out


def _code_line(b: Block) -> bool:
    """A listing, or a line of a program's (its operators, a call): a manual's section under its heading, its
    paragraph over its example (Daux's as soup: "Storage" / a line / "[storage] path = …"), which no teaser has."""
    return b.kind == "code" or program_line(b.text)


ITEM_REACH = 6          # blocks from an item's number alone on its line to the next item's, at most
ITEMS_MIN = 3           # numbered items of a roundup, at least


def _numbered_items(blocks: list[Block]) -> set[int]:
    """The blocks of a roundup's items, each under its number alone on a line that counts on from "1" ("1" /
    "Cilantro Lime Chicken Tenderloins" / its blurb / "Get the Recipe", "2" / …): the story's own list, which
    other stories' teasers are not (nobody numbers them)."""
    out: set[int] = set()
    numbers = [k for k, b in enumerate(blocks) if b.kept and b.text.isdecimal() and len(b.text) <= 3]
    run: list[int] = []
    for k in numbers + [len(blocks) + ITEM_REACH + 1]:          # (a sentinel that ends the last run)
        n = int(blocks[k].text) if k < len(blocks) else 0
        if run and n == len(run) + 1 and k - run[-1] <= ITEM_REACH:
            run.append(k)
            continue
        if len(run) >= ITEMS_MIN:
            out.update(range(run[0], min(run[-1] + ITEM_REACH, len(blocks))))
        run = [k] if n == 1 else []
    return out


def _aged(block: Block) -> bool:
    """A relative time that says how old a teaser is ("32M ago", "vor 3 Stunden"), not a reading time."""
    return block.removed_by == "relative_time" and AGE.search(block.text) is not None


BYLINE_REACH = 4        # removed lines between a story's byline and its opening paragraph ("0 Comments", share)


def _under_byline(blocks: list[Block], k: int, over_removed: bool = False) -> bool:
    """Block k follows a byline, alone or with the date lines around it ("By Federica Lusiardi" / "2019-04-10");
    `over_removed`: or with up to BYLINE_REACH lines any filter removed between them ("by India Post News
    Weekly" / "0 Comments" / "NEW DELHI: Their American dream …")."""
    for i in range(k - 1, max(-1, k - 1 - BYLINE_REACH) if over_removed else -1, -1):
        by = blocks[i].removed_by
        if by == "byline":
            return True
        if by is None or not over_removed and by not in METADATA_FILTERS:
            return False
    return False


# Headline style capitalises the small words a sentence writes in lower case ("Bill At Troy Steakhouse",
# "Death Of U of M-Dearborn Student"); two of them inside a line's first words are a title glued to its teaser
TITLE_REACH = 16        # words: where the title of a glued teaser stands
# "… may soon be deemed stateless WASHINGTON: Expressing concern …": a title, then a teaser's capitalised dateline
GLUED_DATELINE = re.compile(r"\S\s+[A-Z][A-Z.]{2,}(?:\s+[A-Z][A-Z.]{2,}){0,2}:\s+[A-Z]")
TEASER_RUN = 3          # glued teasers in a row are a list of other stories
TITLE_OPENING = 5       # capitalised words a title opens with ("The 4 Best Vegan Spots In Detroit")
DATELINE_REACH = 300    # characters: a glued teaser's dateline follows its title


def glued_teaser(text: str) -> bool:
    """A title and its story's first sentence on one line (a teaser list flattened), not a paragraph."""
    ws = text.split(maxsplit=TITLE_REACH)[:TITLE_REACH]
    label = max((i for i, w in enumerate(ws) if w.endswith(":")), default=0)    # "What To Look For: To help …"
    small = sum(1 for i in range(label + 1, len(ws)) if ws[i].lower() in TITLE_SMALL_WORDS and ws[i][0].isupper()
                and not ws[i - 1].endswith((".", "!", "?", ":", "\"", "”", "—", "-")))
    if small >= 2 or small and _capitalised_opening(ws) >= TITLE_OPENING:
        return True
    return GLUED_DATELINE.search(text, 20, DATELINE_REACH) is not None


def _capitalised_opening(ws: list[str]) -> int:
    n = 0
    for w in ws:
        if not (w[0].isupper() or w[0].isdigit()):
            break
        n += 1
    return n


# "NEW YORK: An Indian-origin man has pleaded …" under its title: a news teaser opens with its dateline
DATELINE_OPENING = re.compile(r"^[A-Z][A-Z.'’-]+(?:\s[A-Z][A-Z.'’-]+){0,2}:\s+[A-Z]")


def _teaser_card(blocks: list[Block], scores: list[float], kept: list[int], pos: int) -> bool:
    """A glued teaser, or a paragraph that opens with a dateline under a title line (a list of other news)."""
    k = kept[pos]
    if glued_teaser(blocks[k].text):
        return True
    if not DATELINE_OPENING.match(blocks[k].text) or pos == 0 or _under_byline(blocks, k, over_removed=True):
        return False
    j = kept[pos - 1]
    return scores[j] <= 0 and _heading_line(blocks[j])


def _damp_card_runs(order: list[int], card, passes, scores: list[float], penalty: float) -> list[float]:
    """Runs of TEASER_RUN or more teaser cards along `order` (block numbers) weigh as short lines do. `card(pos)`:
    the block at order[pos] is a card; `passes(pos)`: one that is not lets the run go on over it."""
    out = list(scores)
    run: list[int] = []
    for pos, k in enumerate(order + [None]):
        if k is not None and card(pos):
            run.append(k)
            continue
        if k is not None and passes(pos):
            continue
        if len(run) >= TEASER_RUN:
            for i in run:
                out[i] = -penalty
        run = []
    return out


def _damp_glued_teasers(blocks: list[Block], scores: list[float], penalty: float) -> list[float]:
    """Runs of TEASER_RUN or more teaser cards among the kept blocks weigh as short lines do (a title, a date, a
    "Read more" between two cards: the run goes on)."""
    kept = [k for k, b in enumerate(blocks) if b.kept]
    return _damp_card_runs(kept, lambda pos: scores[kept[pos]] > 0 and _teaser_card(blocks, scores, kept, pos),
                           lambda pos: scores[kept[pos]] <= 0, scores, penalty)


CARD_TITLE_WORDS = 15     # the linked title over a teaser card's blurb is this long at most


def _damp_linked_cards(blocks: list[Block], scores: list[float], penalty: float) -> list[float]:
    """HTML: runs of TEASER_RUN or more short paragraphs each under a title that is all link, with nothing kept
    between them, are teasers of other stories (a list of posts under "Verwandte Beiträge"), and weigh as short
    lines do. (A list of tools whose names link to them has the article's lines between its items.)"""
    def card(k: int) -> bool:
        b = blocks[k]
        return b.kept and scores[k] > 0 and word_count(b.text) < TEASER_WORDS and k > 0 \
            and blocks[k - 1].removed_by == "link_density" and len(words(blocks[k - 1].text)) <= CARD_TITLE_WORDS

    return _damp_card_runs(list(range(len(blocks))), card, lambda k: not blocks[k].kept, scores, penalty)


HEADER_LIFT = 20.0    # what a story's opening paragraph under its header adds (10 changed nothing, 40 as 20)


def _lift_header(blocks: list[Block], scores: list[float]) -> list[float]:
    """Where a title line, a byline or date line and two paragraphs of prose follow each other, a story opens:
    its first paragraph weighs HEADER_LIFT more (a short story holds against a longer run of boilerplate).
    A teaser has one paragraph under its title and date, not two."""
    out = list(scores)
    for k, b in enumerate(blocks[:-2]):
        if b.removed_by in METADATA_FILTERS and scores[k + 1] > 0 and scores[k + 2] > 0 \
                and any(_heading_line(blocks[i]) for i in range(max(0, k - 2), k)):
            out[k + 1] += HEADER_LIFT
    return out


COUNT_ON = re.compile(r"^([^\W\d_]+)\s+(\d{1,3})(?![\d.,:/])")   # "Day 1 – Lisbon", "Step 2: …", "Tag 3"
COUNT_ON_MIN = 3        # lines in a row that count on from one another: the text's own list (a menu does not count)


def _counting_on(blocks: list[Block]) -> set[int]:
    """The lines of runs that count on ("Day 1 – …", "Day 2 – …", "Day 3 – …"): an itinerary's days, a guide's
    steps the text lists line by line."""
    out: set[int] = set()
    run: list[int] = []
    last = None
    for k, b in enumerate(blocks):
        m = COUNT_ON.match(b.text) if b.kept else None
        here = (m.group(1).lower(), int(m.group(2))) if m else None
        if here and last and here[0] == last[0] and here[1] == last[1] + 1:
            run.append(k)
        else:
            if len(run) >= COUNT_ON_MIN:
                out.update(run)
            run = [k] if here else []
        last = here
    if len(run) >= COUNT_ON_MIN:
        out.update(run)
    return out


SENTENCE_ITEM_WORDS = 4     # (text) a list's item its bullet left, a whole sentence this long, capital to full stop
SENTENCE_ITEMS = 2          # under its heading, that many such items at least


def _sentence_list(blocks: list[Block]) -> set[int]:
    """(text) The items of a list under its heading whose bullets the flattening left out, each a short whole
    sentence ("Qué documentos traducimos" / "Títulos y expedientes académicos para homologar estudios." /
    "Certificados de nacimiento, matrimonio y antecedentes penales." / "Contratos, poderes y escrituras."): no
    menu's lines read so. (Not short sentences right after a paragraph: nothing heads them as a list.)"""
    out: set[int] = set()
    k = 0
    while k < len(blocks):
        j = k + 1
        if blocks[k].kept and _heading_line(blocks[k]):
            while j < len(blocks) and blocks[j].kept and _short_sentence(blocks[j].text):
                j += 1
            if j - k - 1 >= SENTENCE_ITEMS:
                out.update(range(k + 1, j))
        k = j
    return out


TITLED_MIN = 3             # (text) sections in a row, each a short title over a sentence or two
TITLED_MAX = 8             # and no more: a dozen titled blurbs are a box of other pages (a diet site's other diets)
TITLE_WORDS = 6            # each title this short
TITLED_LINES = 2           # over this many sentences at most


def _titled_sentences(blocks: list[Block]) -> set[int]:
    """(text) The titles of short sections in a row, each a title of a few words over a sentence or two of its own
    ("Laufende Buchhaltung" / "Wir buchen Ihre Belege monatlich …" / "Existenzgründung" / "Wir beraten Sie …"): a
    business's offers, a guide's steps, whose short titles main_text would weigh as a menu's lines. A section whose
    sentence the page says again (a pricing table's, for each plan) parts the run and is none of it."""
    runs: list[list[int]] = []
    run: list[int] = []
    k = 0
    while k < len(blocks):
        j = k + 1
        if blocks[k].kept and not ends_sentence(blocks[k].text) and 1 <= len(words(blocks[k].text)) <= TITLE_WORDS:
            while j < len(blocks) and j - k <= TITLED_LINES and blocks[j].kept and _told(blocks[j].text):
                j += 1
        if j > k + 1:
            run.append(k)
            k = j
            continue
        if run:
            runs.append(run)
        run = []
        k += 1
    if run:
        runs.append(run)
    out: set[int] = set()
    runs = [r for r in runs if len(r) >= TITLED_MIN]
    if not runs:
        return out
    seen = Counter(fold(b.text) for b in blocks)     # (asked only of a page with such a run: few have one)
    for r in runs:
        part: list[int] = []
        for k in (*r, None):
            if k is not None and seen[fold(blocks[k + 1].text)] == 1:
                part.append(k)
                continue
            if TITLED_MIN <= len(part) <= TITLED_MAX:
                out.update(part)
            part = []
    return out


TOLD_WORDS = 6             # (text) a section's sentence under its title is this long at least
TOLD_LOWER = 2             # with this many words in lower case at least


def _told(text: str) -> bool:
    """A sentence that tells what its section's title names: a statement with words in lower case, not a
    headline's question or its title case ("Can Babies Learn To Love Vegetables?", "Quickly Collect Signatures.",
    a teaser's under its source's line; German capitalises its nouns, not its verbs and little words)."""
    t = text.strip()
    if not t.endswith("."):
        return False
    ws = words(t)
    return len(ws) >= TOLD_WORDS and sum(w[0].islower() for w in ws) >= TOLD_LOWER


def _short_sentence(text: str) -> bool:
    t = text.strip()
    return t[:1].isupper() and t.endswith(".") and not t.endswith("..") and word_count(t) >= SENTENCE_ITEM_WORDS \
        and not is_prose(t)


def _heading_line(block: Block) -> bool:
    """A line of a title's length that is no sentence (a question may be a title), kept or taken only as the
    end of a menu (a title-case headline under the menu)."""
    t = block.text
    return block.removed_by in (None, "nav_run") and 3 <= len(words(t)) <= 25 \
        and (not ends_sentence(t) or t.endswith(QUESTION_MARKS))


def _title_line(text: str) -> bool:
    return 3 <= len(words(text)) <= 20 and is_title_case(text) and not ends_sentence(text)


GAP_COST = 30.0   # what a run of kept lines between two paragraphs costs the span at most (20, 45 measured lower)
GAPLESS_TYPES = ("documentation", "product")    # where such a run costs one short line at most


def _cap_gaps(blocks: list[Block], scores: list[float], ctx: Context) -> list[float]:
    """A run of kept lines that are no prose, between two paragraphs, costs the span GAP_COST at most: a table
    split cell by cell, a product's "Pros" and "Cons" lists, code split token by token; the story goes on under
    it. Not a run of titles (over a third of its lines of two words or more in title case: a menu, other
    stories' titles), nor one that holds a related heading, nor one that teaser cards follow (blurb, title,
    blurb): those end the story. A listing (which costs nothing) is part of the run it stands in. On a
    documentation page the run costs one short line at most: between its paragraphs stand its listings, and
    a text split at every element has split them line by line (and its headings in title case are no menu), and
    its links to a member's source or a type's page, gone, are in the run; so on a product page, whose specs and
    fields stand between its description's parts."""
    cross_links = ctx.page_type == "documentation"

    def in_gap(i: int) -> bool:
        return blocks[i].kept and (scores[i] < 0 or blocks[i].kind == "code") \
            or cross_links and (blocks[i].removed_by in GAP_CUTS or _cut_button(blocks, i))

    cap = ctx.config.short_penalty if ctx.page_type in GAPLESS_TYPES else GAP_COST
    out = list(scores)
    k, n = 0, len(blocks)
    while k < n:
        if not in_gap(k):
            k += 1
            continue
        j = k
        while j < n and in_gap(j):
            j += 1
        cost = -sum(scores[k:j])
        if cost > cap and 0 < k and j < n and scores[k - 1] > 0 and scores[j] > 0 \
                and not any(related_heading(b, ctx) for b in blocks[k:j]) \
                and not _cards_follow(blocks, scores, j, titled=ctx.page_type == "documentation") \
                and (ctx.page_type == "documentation" or not _titles(blocks[k:j])):
            out[k:j] = [s * cap / cost for s in scores[k:j]]
        k = j
    return out


GAP_CUTS = frozenset({"link_density", "byline"})     # (a member's source, a module's "Author: Maren Voss")
BUTTON_WORDS = 2        # a widget's button among a manual's lines ("Expand", under "Settings > Repository.") is
#                         this short


def _cut_button(blocks: list[Block], i: int) -> bool:
    """A button's word a rule took alone among kept lines (not a date, a mark, "Share this article")."""
    return 0 < i < len(blocks) - 1 and blocks[i].removed and blocks[i - 1].kept and blocks[i + 1].kept \
        and 0 < word_count(blocks[i].text) <= BUTTON_WORDS and not DIGIT.search(blocks[i].text)


def _titles(run: list[Block]) -> bool:
    lines = [b.text for b in run if len(words(b.text)) >= 2]
    return 3 * sum(map(is_title_case, lines)) > len(lines)


def _cards_follow(blocks: list[Block], scores: list[float], j: int, titled: bool = False) -> bool:
    """Teaser cards from block j: a short paragraph, a title, a short paragraph, a title (not a program listing
    between two sentences; `titled`, on a documentation page, whose short sentences stand between listings, labels
    and JSON a scraper left unmarked: a title in title case between them, no label, "Parameters:", "Raises")."""
    return j + 3 < len(blocks) and scores[j + 1] <= 0 < scores[j + 2] and scores[j + 3] <= 0 \
        and blocks[j + 1].kind != "code" \
        and (not titled or _card_title(blocks[j + 1].text)) \
        and word_count(blocks[j].text) < TEASER_WORDS and word_count(blocks[j + 2].text) < TEASER_WORDS


def _card_title(text: str) -> bool:
    return len(words(text)) >= 2 and is_title_case(text) and not text.endswith(":")


def best_span(scores: list[float]) -> tuple[int, int]:
    """Maximum-sum contiguous run [start, end) (Kadane); (0, 0) when nothing is positive."""
    best, best_i, best_j = 0.0, 0, 0
    cur, cur_i = 0.0, 0
    for j, s in enumerate(scores):
        if cur <= 0:
            cur, cur_i = 0.0, j
        cur += s
        if cur > best:
            best, best_i, best_j = cur, cur_i, j + 1
    return best_i, best_j


# what may stand between a heading and the paragraph under it: share buttons, a photo's caption and credit
BETWEEN_HEADING_AND_TEXT = frozenset({"share_widget", "html_caption", "caption_credit"})

# main_text's verdicts on what lies outside the span (the HTML passes give some of them back)
BEFORE_SPAN = "before the article's main text"
AFTER_SPAN = "after the article's main text"


@document_pass("main_text", "keeps the densest run of prose; removes what lies before and after it, "
                            "and what follows a 'Related / More on / Comments' heading")
def main_text(blocks: list[Block], ctx: Context) -> list[Block]:
    min_stop = page_min_stop(blocks, ctx)
    scores = _span_scores(blocks, ctx, min_stop)
    start, end = best_span(scores)
    if start != end and _terse_page(blocks, ctx, min_stop):     # (a page with no prose at all stays as it is,
        terse = _span_scores(blocks, ctx, min_stop, terse=True)     # below: no sentence decides for it)
        wider = best_span(terse)
        if wider != (start, end) and wider[0] <= start and end <= wider[1]:    # (its short sentences around its
            scores, (start, end) = terse, wider                                 # run of prose, not a run elsewhere)
    cards = _cards_alone(blocks, ctx)
    if cards is not None and (start == end or start >= cards.stop and _under_related(blocks, start, ctx)):
        #                            (or its prose only under them, under a heading over other matter: the note
        #                             under "Your browsing history", Amazon's)
        return [b.remove("main_text", BEFORE_SPAN) if b.kept and k < cards.start and not _sentence(b.text) else
                b.remove("main_text", AFTER_SPAN) if b.kept and k >= cards.stop else b for k, b in enumerate(blocks)]
    if start == end:
        return list(blocks)          # no prose anywhere: leave the page as it is
    start, end = _post_under_header(blocks, scores, start, end, ctx) or (start, end)
    start, end = _above_the_comments(blocks, scores, *_above_the_box(blocks, scores, start, end, ctx), ctx)
    start = _fields_above(blocks, _ingredients_above(blocks, _under_the_title(blocks, scores, start, end, ctx), ctx),
                          end)
    described = _contents_above(blocks, start, end, ctx)
    start = _product_fields(blocks, described, ctx)
    fields = range(start, described)       # (a product's fields over its description: its tabs' links stay out)
    code = _code_above(blocks, start, ctx)
    lead = _lead_over_contents(blocks, scores, start, end, ctx)
    contents = range(lead, start)          # (the lead and the contents under it: no wall, no box)
    start = lead
    above = start - 1
    while above > 0 and (blocks[above].removed_by in BETWEEN_HEADING_AND_TEXT or above in code):
        above -= 1
    if above >= 0 and _section_heading(blocks, above, ctx):
        start = above           # the heading the first paragraph stands under ("Künstlerischer Lebenslauf"), over
        #                         the share buttons or the photo between them, or over the signature over it (the
        #                         PHP manual's "Description" over "str_squish(string $string, …): string")
    end, boxes = _cut_at_walls(blocks, scores, start, end, ctx, contents)
    end = _announced_block(blocks, scores, _schedule(blocks, _announced_list(blocks, scores, end, ctx), ctx), ctx)
    end = _up_to_the_wall(blocks, _spec_sheet(blocks, _timeline(blocks, _list_under_heading(blocks, end, ctx), ctx),
                                              ctx), ctx)
    end = _code_below(blocks, _short_sections(blocks, start, _method_steps(blocks, start, end, ctx), ctx), ctx)
    start = _services_above(blocks, start, ctx)
    out = []
    wall = next((k for k in range(end, len(blocks)) if is_wall(blocks, k, ctx) or _comments_by_class(blocks[k], ctx)),
                None)
    after_wall = None if wall is None else AFTER_COMMENTS if _comments_by_class(blocks[wall], ctx) \
        else f"after the heading {blocks[wall].text[:40]!r} {AFTER_WALL}"
    for k, b in enumerate(blocks):
        if b.removed_by in INSIDE_OK and (b.kind == "list_item" or _sentence_with_links(b, ctx)
                                          or ctx.page_type == "documentation" and b.kind == "heading") \
                and start < k < end - 1 and k not in boxes and k not in fields and not _tag_list(blocks, k):
            b = b.restore()           # a list of links inside the article is the article's (contents, sources),
            #                           and so is a sentence with its links ("… replaced Jane Doe, who …"), and a
            #                           manual's heading of a member, its name and types links ("latitude:Float")
        if b.kept and k in boxes:
            b = b.remove("main_text", f"inside the box under {boxes[k]!r} (other stories)")
        elif b.kept and k < start and k not in code:
            b = b.remove("main_text", BEFORE_SPAN)
        elif b.kept and k >= end:
            if wall is not None and k >= wall:
                b = b.remove("main_text", after_wall)
            else:
                b = b.remove("main_text", AFTER_SPAN)
        out.append(b)
    return out


def _under_related(blocks: list[Block], start: int, ctx: Context) -> bool:
    above = _kept_above(blocks, start)
    return above is not None and related_heading(blocks[above], ctx)


def _sentence(text: str) -> bool:
    return word_count(text) >= SENTENCE_WORDS and ends_sentence(text)


def _cards_alone(blocks: list[Block], ctx: Context) -> range | None:
    """(text) A shop's category of no prose at all: its products, from the first one's name (the line over its
    price, with no price of its own) to the last one's price and the old price under it ("$54.00" / "List:
    $69.00"); the search box, the account's links and the help links around them are the site's. None on any other
    page, or when fewer than FEW_CARDS prices are kept. The products start under the last menu over them (a
    shop's filters stand between its header and its products); over it, a sentence is the category's description
    and stays."""
    if ctx.input != "text" or ctx.page_type != "collection":
        return None
    rows = [k for k in price_lines(blocks) if blocks[k].kept]
    if len(rows) < FEW_CARDS:
        return None
    name = next((k for k in range(rows[0] - 1, -1, -1) if blocks[k].kept), None)
    if name is None or has_price(blocks[name].text):
        return None
    menu = next((k for k in range(name - 1, -1, -1) if blocks[k].removed_by == "nav_run"), -1)
    end = rows[-1] + 1
    while end < len(blocks) and (blocks[end].removed or priced_line(blocks[end].text)):
        end += 1
    return range(menu + 1, end)


def _tag_list(blocks: list[Block], k: int) -> bool:
    """The block is an item of the list under a label the tag rule took ("Categories:" / "Hiking"): a card's or
    the post's tags, not a list of the article's."""
    j = k - 1
    while j >= 0 and blocks[j].kind == "list_item":
        j -= 1
    return blocks[k].kind == "list_item" and j >= 0 and blocks[j].removed_by == "tag_widget"


RECIPE_REACH = 40         # blocks above the story a recipe's ingredients may take (one per line, amount apart)
INGREDIENT_WORDS = 12     # each line of them this short


def _ingredients_above(blocks: list[Block], start: int, ctx: Context) -> int:
    """The story is a recipe's method, and its ingredients stand right above it under their label ("Zutaten:",
    "Ingredients" / "300 g Mehl" / "1 TL Backpulver"): the recipe opens at the label. Only short lines between
    the label and the method; a paragraph there, or a menu ("Zutaten" among a food blog's sections), is something
    else."""
    label = pattern("ingredients", ctx.config.extra_phrases, whole=True)
    opening = pattern("ingredients", ctx.config.extra_phrases)

    def labels(text: str) -> bool:          # "Zutaten:", "Ingredients", "Zutaten: 300 g Mehl"
        return label.match(text) is not None or label_and_first(opening, text)

    for k in range(start - 1, max(-1, start - 1 - RECIPE_REACH), -1):
        b = blocks[k]
        if b.removed_by == "nav_run" or any(word_count(line) > INGREDIENT_WORDS for line in b.text.splitlines()):
            break
        if b.kept and labels(b.text):
            return _recipe_head(blocks, k, ctx) if k < start - 1 else start   # (a label over nothing labels nothing)
    if start < len(blocks) and labels(blocks[start].text):
        return _recipe_head(blocks, start, ctx)        # the span opened at the label
    return start


def _recipe_head(blocks: list[Block], k: int, ctx: Context) -> int:
    """The recipe opens at its ingredients' label (at k), or at the fields right above it, every line of them a
    field and its value ("Zubereitungszeit: 25 Minuten (+ 15 Minuten backen)" / "Ergibt: 40 Stück"), in one
    block or one a line."""
    field = pattern("recipe_fields", ctx.config.extra_phrases)
    while k and blocks[k - 1].kept and all(label_and_first(field, line) for line in blocks[k - 1].text.splitlines()):
        k -= 1
    return k


FIELD_LABEL = re.compile(r"^[^\W\d_][^:\n]{0,30}:$")     # "MEANING:", "Etymology:", "A THOUGHT FOR TODAY:"
FIELD_REACH = 12        # short lines above the text that a dictionary entry's or a data sheet's fields may take
FIELD_WORDS = 12        # each of them this short


def _field_label(b: Block) -> bool:
    return b.kept and len(words(b.text)) <= 4 and FIELD_LABEL.match(b.text.strip()) is not None


def _fields_above(blocks: list[Block], start: int, end: int) -> int:
    """The text's sections open under labels ("ETYMOLOGY:" / the text, "USAGE:" / a quotation), and labels written
    the same way head the short fields right above it ("PRONUNCIATION:" / "(MAWD-lin)", "MEANING:" / "adjective:
    Overly sentimental."): a dictionary entry's or a data sheet's fields, too short to count as prose, and the
    entry's. It opens at the first of those labels. Only short lines in between; the same case (capitals or not)
    as a label inside the text."""
    if start < 1 or not _field_label(blocks[start - 1]):
        return start
    inside = [i for i in range(start, end) if _field_label(blocks[i])]
    shapes = {blocks[i].text.isupper() for i in (start - 1, *inside)}
    if not inside or len(shapes) > 1:
        return start
    upper = blocks[start - 1].text.isupper()
    first = start - 1
    for k in range(start - 2, max(-1, start - 2 - FIELD_REACH), -1):
        b = blocks[k]
        if not b.kept or len(words(b.text)) > FIELD_WORDS:
            break
        if _field_label(b) and b.text.isupper() == upper:
            first = k
    # (a label with its value above the one over the text: "Share post on:" right over a story, one of its
    # labels inside it, is no entry's field)
    return first if first < start - 1 else start


def _product_fields(blocks: list[Block], start: int, ctx: Context) -> int:
    """(HTML) A product's page: between its name (the heading over the text) and its description stand its price,
    stock, article number, tax note ("119,00 €" / "Auf Lager" / "Artikelnummer RW-KM-38"): short lines, one of
    them a price, and sections of such lines under their headings ("Caractéristiques" / its list). They are the
    product's: the text opens under its name (an <h1>, or the headline the markup names). The description's own
    heading over it ("Produktinformationen …", Shopware's) stands between them and the text."""
    if ctx.page_type != "product":
        return start
    if ctx.input != "html":
        return _fields_under_the_name(blocks, start)
    top = start - 1
    while top >= 0 and not blocks[top].kept and blocks[top].kind != "heading":
        top -= 1                # (the description's tabs, removed: "Beschreibung" / "Bewertungen")
    over = top if top >= 0 and blocks[top].kept and blocks[top].kind == "heading" else start
    name = fold(ctx.meta.get("headline") or "")

    def is_name(b: Block) -> bool:          # (or the name set big in no heading: Volusion's <font>)
        return b.kind == "heading" and (b.level == 1 or fold(b.text) == name or not b.kept) \
            or bool(name) and fold(b.text) == name
    # (over the description's heading; a section of the product's over its short lines, "Caractéristiques" / its
    # list, is passed over)
    return _fields_under(blocks, range(over - 1, max(-1, over - 1 - FIELD_SPAN), -1), start, is_name, headings=True)


SHORT_DESCRIPTION_WORDS = 40   # a product's short description under its name is this short
FIELD_SPAN = 3 * FIELD_REACH    # blocks in all, removed ones too, between a product's name and its description


def _fields_under_the_name(blocks: list[Block], start: int) -> int:
    """(scraped text) The same short lines between the product's name, the line the page's title (its first
    line, the site's name cut) shows again or opens with, and its description ("$38.00" / "Artikelnummer:
    HB-4025"): the text opens under the name when one of them is a price."""
    title = page_title(blocks)
    trail = next((fold(CRUMB_SPLIT.split(b.text.strip())[-1]) for b in reversed(blocks[:start])
                  if breadcrumbs(b.text)), "")

    def is_name(b: Block) -> bool:          # (the breadcrumb trail ends with the name when the scrape has no title;
        #                                     the maker's line over the name, the two the title: "Nordlys Hudpleje" /
        #                                     "Fugtcreme Havtorn 50 ml" of "Nordlys Hudpleje Fugtcreme Havtorn 50 ml")
        return b.kept and (shows_title(title, b.text, kind_first=True) or bool(trail) and fold(b.text) == trail
                           or b.index > 0 and under_the_maker(title, blocks[b.index - 1].text, b.text))
    # (not the title's line itself, the first)
    return _fields_under(blocks, range(start - 1, max(0, start - 1 - FIELD_SPAN), -1), start, is_name, headings=False)


def _fields_under(blocks: list[Block], above: range, start: int, is_name, headings: bool) -> int:
    """Where the text opens, walking up `above` from its start: under the product's name (`is_name`) when the
    short lines between hold a price (in scraped text a line that names it right over the text, nothing between, is
    the description's heading); `start` when a long line, or more than FIELD_REACH fields, come first (the buy box's
    form, its row of buttons, share buttons and tabs between them are no fields, a description list's term and its
    value are one). `headings`: a heading between is a section's, passed over (a price set as one still counts: Odoo's
    <h3>). One sentence among them is the product's short description (Shoptet's "Pákový kávovar s PID regulací
    teploty …" under the name and its rating, Saleor's under the price)."""
    priced, fields, blurb = False, 0, False
    for k in above:
        b = blocks[k]
        if is_name(b):
            if priced or fields or blurb or headings:
                return k + 1 if priced else start
            continue        # (scraped text: right over the text, nothing between, the description's heading that names
            #                 the product again, 'Produktinformationen "Bräter rund, 28 cm, Gusseisen"', Shopware's)
        priced = priced or b.kept and (PRICE.search(b.text) is not None or AMOUNT_ALONE.match(b.text) is not None)
        if headings and b.kind == "heading":
            continue
        if len(words(b.text)) > FIELD_WORDS and (headings or not _price_box(b.text)):
            if blurb or len(words(b.text)) > SHORT_DESCRIPTION_WORDS or "\n" in b.text or not ends_sentence(b.text):
                return start        # (a block of lines, Odoo's terms; a line of words that ends no sentence)
            blurb = True
            continue
        fields += b.kept and b.tag != "dd" and not buy_row(b.text) and not _tab_row(blocks, k)
        if fields > FIELD_REACH:
            return start
    return start


def _price_box(text: str) -> bool:
    """(scraped text) The price box flattened onto a line, its labels and notes between its amounts: opening with
    the price, two prices or more and no sentence ("1,199 ر.س السعر السابق 1,499 ر.س وفّر 300 ر.س السعر شامل ضريبة
    القيمة المضافة", Jarir's; not an offer's terms, "Bank Offer 10% off …, up to ₹1,500 on orders of ₹5,000")."""
    prices = list(PRICE.finditer(text))
    return len(prices) >= 2 and prices[0].start() == 0 and not ends_sentence(text) and "\n" not in text


TOC_MIN = 3             # entries of a table of contents that name headings of the text
TOC_WORDS = 10          # each entry this short
TOC_REACH = 3           # blocks from one entry naming a heading to the next (sub-entries between them)


CODE_ABOVE_REACH = 4    # lines over the text's start where a documentation page's opening listing may stand
SIGNATURE_WORDS = 12    # a signature on a line of its own is this short


def _code_above(blocks: list[Block], start: int, ctx: Context) -> set[int]:
    """A documentation page's program listings right over the text's first paragraph, with nothing between but
    short labels and what other rules took: the item's declaration under its title (rustdoc's "pub struct
    RingLog<T> { /* private fields */ }" over its "Expand description" toggle), a function's signature. They are
    the text's (a listing has no prose to count); the labels stay out. So is a section of a listing alone over the
    first paragraph's heading, its heading with it (a manual page's "SYNOPSIS" over its "DESCRIPTION")."""
    if ctx.page_type != "documentation":
        return set()
    out: set[int] = set()
    past: set[int] = set()      # the listings over the first paragraph's own heading, once passed
    over_heading = False
    for k in range(start - 1, max(-1, start - 1 - CODE_ABOVE_REACH), -1):
        b = blocks[k]
        if copy_button(b):
            continue            # (its copy button, "Content copied to clipboard", Dokka's, page_control's)
        if b.kept and (b.kind == "code" or b.kind != "heading" and not ends_sentence(b.text)
                       and (len(words(b.text)) <= SIGNATURE_WORDS and (program_line(b.text)
                                                                        or DECLARATION.match(b.text) is not None)
                            or signature(b.text) == 2)):
            (past if over_heading else out).add(k)      # (a listing, or a signature set as a line of its own:
            #   TypeDoc's "debounce<F>(fn, …)", a long one sure by its code's marks, Dokka's "suspend fun <T> …")
        elif b.kept and b.kind == "heading" and k == start - 1 and blocks[start].kind != "heading":
            over_heading = True     # (the first paragraph's own heading, which main_text gives the text after this)
        elif b.kept and b.kind == "heading" and k + 1 in past and blocks[k + 1].kind == "code":
            return out | past | {k}     # (a listing's section of its own, under its heading)
        elif b.kept and (b.kind == "heading" or ends_sentence(b.text) or len(words(b.text)) > LABEL_WORDS):
            break
    return out


def _code_below(blocks: list[Block], end: int, ctx: Context) -> int:
    """A documentation page's program listings right under the text's last paragraph (the command a section ends
    with: Wiki.js's "sudo -u postgres pg_restore …" under its warning; a label announcing it between, "Restore it
    with:") are the text's: a listing has no prose to count, and ends no span by itself."""
    if ctx.page_type != "documentation":
        return end
    k = end
    while k < len(blocks) and (not blocks[k].kept and not is_wall(blocks, k, ctx) or blocks[k].kind == "code"
                               or blocks[k].text.endswith(":") and len(words(blocks[k].text)) <= LABEL_WORDS):
        k += 1
        if blocks[k - 1].kind == "code" and blocks[k - 1].kept:
            end = k
    return end


def _contents_above(blocks: list[Block], start: int, end: int, ctx: Context) -> int:
    """A table of contents above the text names its headings ("Enchufla", "Barbi", "Candelaria" …), and the text
    opens under a heading it names that stands above the span, whose first sections were too short to count as
    prose (a wiki entry of short lists): the text opens at the first such heading. The contents are a run of
    removed short lines (links), TOC_MIN of them near each other naming headings inside the span."""
    inside = {fold(blocks[i].text) for i in range(start, end) if blocks[i].kept and blocks[i].kind == "heading"}
    if len(inside) < TOC_MIN:
        return start
    named = [k for k in range(start) if not blocks[k].kept and blocks[k].kind != "heading"
             and len(words(blocks[k].text)) <= TOC_WORDS and fold(blocks[k].text) in inside]
    entries = next((run for run in reversed(runs_within(named, TOC_REACH)) if len(run) >= TOC_MIN), None)
    if entries is None:
        return start
    first = entries[0]
    while first > 0 and not blocks[first - 1].kept and len(words(blocks[first - 1].text)) <= TOC_WORDS:
        first -= 1                # the entries over the first that names a heading inside
    listed = {fold(blocks[k].text) for k in range(first, entries[0])}
    # (not the page's title, which the contents may list first: an <h1>, the markup's headline)
    return next((h for h in range(entries[-1] + 1, start) if fold(blocks[h].text) in listed
                 and blocks[h].level != 1 and _section_heading(blocks, h, ctx)), start)


LEAD_REACH = 60         # lines from the text's start up to the label of the contents above it


def _lead_over_contents(blocks: list[Block], scores: list[float], start: int, end: int, ctx: Context) -> int:
    """A wiki's lead stands over its table of contents and the text under it ("The Water-Making Spell (Aguamenti)
    was a charm …" / "Contents" / "1 History" / "2 Effects" / … / "History" / the text): the contents cost the span
    its lead. When a label of contents stands above the text with nothing but short lines between, TOC_MIN of
    them naming short lines of the text (their section numbers aside), and prose right over the label, the text
    opens at that prose (table_of_contents takes the contents after main_text)."""
    label = next((k for k in range(start - 1, max(0, start - 1 - LEAD_REACH), -1)
                  if contents_label(blocks[k], ctx) or len(words(blocks[k].text)) > TOC_WORDS), None)
    if label is None or not contents_label(blocks[label], ctx) or scores[label - 1] <= 0:
        return start
    below = {_entry(blocks[i].text) for i in range(start, end)
             if blocks[i].kept and len(words(blocks[i].text)) <= TOC_WORDS} - {""}
    if sum(_entry(blocks[k].text) in below for k in range(label + 1, start)) < TOC_MIN:
        return start
    lead = label - 1
    while lead > 0 and scores[lead - 1] > 0:
        lead -= 1
    return lead


def _section_heading(blocks: list[Block], k: int, ctx: Context) -> bool:
    """A heading element (HTML h1–h6, a Markdown '#') still kept: not a related heading, and not the page's
    title shown again (the <title> line, the headline the markup names)."""
    b = blocks[k]
    if not (b.kept and b.kind == "heading") or related_heading(b, ctx):
        return False
    key = fold(b.text)
    return key != fold(strip_site_name(ctx.meta.get("headline") or "")) and not fold(blocks[0].text).startswith(key)


def _kept_above(blocks: list[Block], i: int) -> int | None:
    """The nearest block above block i that is still kept."""
    return next((k for k in range(i - 1, -1, -1) if blocks[k].kept), None)


TITLE_META_REACH = 5    # blocks from the title to its story's first paragraph, its date line or byline among them
TITLE_MIN_WORDS = 4     # a title this long is the story's own, not a word a menu or a list may show too
LIST_TITLE_MIN_WORDS = 2    # on a page of cards, this long (a category's name: none of its cards has the page's)


def _under_the_title(blocks: list[Block], scores: list[float], start: int, end: int, ctx: Context) -> int:
    """The page's title (its <title> line without the site's name, or the headline its markup names) shown again
    inside the run, with WALL_AFTER worth of prose under it: the story opens under it, and the run above it is
    other stories' teasers (a sidebar the flattening put before the article)."""
    title = fold(strip_site_name(ctx.meta.get("headline") or blocks[0].text))
    if len(title.split()) < TITLE_MIN_WORDS:
        return start
    longest = 4 * len(title) + 20       # (no paragraph is folded: the search runs on every page)
    h = next((k for k in range(start + 1, end) if blocks[k].kept and len(blocks[k].text) <= longest
              and fold(blocks[k].text) == title), None)
    if h is None or sum(s for s in scores[h + 1:end] if s > 0) < WALL_AFTER:
        return start
    first = next((k for k in range(h + 1, end) if scores[k] > 0), end)
    if first - h > TITLE_META_REACH or not any(blocks[k].removed_by in METADATA_FILTERS or blocks[k].kept
                                                and _dated(blocks[k].text) for k in range(h + 1, first)):
        return start
    return h + 1


BLURB_WORDS = 40       # the prose of a related box's blurb ("Wie wohnt die COUCH Community? Klicke dich durch …")


def _above_the_box(blocks: list[Block], scores: list[float], start: int, end: int, ctx: Context) -> tuple[int, int]:
    """The densest prose is a short blurb right under a related heading: it introduces other stories, and the
    story is above the heading (a photo story told in captions has no paragraph long enough to win): the best
    run above it, or, with no prose there, all that is left above it."""
    k = _kept_above(blocks, start)
    if k is None:
        return start, end
    if _author_box_heading(blocks, k, ctx):
        return _best_above(scores, k) or (start, end)   # the author's bio outweighs a short post above its box
    if not related_heading(blocks[k], ctx):
        k = _reviews_heading_over(blocks, start, ctx)   # (or a review under the reviews' heading: a product's page
    #                                                     with no description in prose, Shein's as scraped text)
    if k is None or sum(word_count(blocks[i].text) for i in range(start, end) if scores[i] > 0) >= BLURB_WORDS:
        return start, end
    return _best_above(scores, k) or (0, k)


REVIEWS_REACH = 3      # blocks between the reviews' heading and the first one's text
SCORE_WORDS = 3         # a short line between them: the reviews' average ("4.91"), the stars


# the heading over a product's questions from buyers and their answers: "Questions & Answers", "Fragen und Antworten"
QA_HEADING = re.compile(r"^(?:customer )?(?:questions (?:&|and|et) (?:answers|réponses)|q ?& ?a|fragen (?:&|und) "
                        r"antworten|preguntas y respuestas|domande e risposte|pytania i odpowiedzi|"
                        r"vragen en antwoorden|perguntas e respostas)$", re.I)
QA_CHARS = 40


def _reviews_heading_over(blocks: list[Block], start: int, ctx: Context) -> int | None:
    """(text, a shop's page) The heading over the reviews the comment rule took (or over the buyers' questions and
    their answers), right over block `start` or over the short lines between."""
    if ctx.input != "text" or ctx.page_type not in SHOP_PAGES:
        return None
    for i in range(start - 1, max(-1, start - 1 - REVIEWS_REACH), -1):
        b = blocks[i]
        if b.removed_by == "comment_widget" and (b.kind == "heading" or word_count(b.text) <= HEADING_WORDS) \
                or len(b.text) < QA_CHARS and QA_HEADING.match(b.text.strip()):
            return i
        if b.kept and word_count(b.text) > SCORE_WORDS:
            return None
    return None


POST_LINES_MIN = 4      # lines of a post with no paragraph of prose (an agenda, a list of links, a poem), at least
POST_WORDS_MIN = 30     # and words
POST_OVER_PROSE = 1     # and, when the densest prose is more than a blurb, this many times its words (2 missed a
#                         post of 167 words over a sidebar's 129)
POST_END_MARKS = frozenset({"share_widget", "comment_widget", "tag_widget"})
POST_END_REACH = 2      # blocks between the post's last line and its buttons (their label: "Teilen ist Heilen")


def _post_under_header(blocks: list[Block], scores: list[float], start: int, end: int,
                       ctx: Context) -> tuple[int, int] | None:
    """The densest prose is a blurb (a site's tagline, a sidebar's licence or list of links) outside a post that
    has none: under the post's date or byline line, a run of short lines (an agenda, a list of links, a poem) that
    ends where the post's share, tag or comment buttons begin (or at a wall), with more words than that prose
    (POST_WORDS_MIN at least). The post is that run: the one with most words."""
    prose = sum(word_count(blocks[i].text) for i in range(start, end) if scores[i] > 0)
    least = POST_WORDS_MIN if prose < BLURB_WORDS else max(POST_WORDS_MIN, POST_OVER_PROSE * prose)
    best: tuple[int, int, int] | None = None          # (words, first, end)
    for k, b in enumerate(blocks[:-1]):
        if b.removed_by not in METADATA_FILTERS or blocks[k + 1].removed_by in METADATA_FILTERS \
                or start <= k + 1 < end:
            continue                    # (a run that opens inside the span is the span's)
        j, walled = k + 1, False
        while j < len(blocks) and j != start and blocks[j].kept:
            if is_wall(blocks, j, ctx):
                walled = True
                break
            j += 1
        if j == start:
            continue                    # (it runs into the span: the span's)
        n = sum(word_count(blocks[i].text) for i in range(k + 1, j))
        if j - k - 1 < POST_LINES_MIN or n < least or best and n <= best[0]:
            continue
        if walled or any(x.removed_by in POST_END_MARKS for x in blocks[j:j + POST_END_REACH + 1]):
            best = (n, k + 1, j)
    return best and best[1:]


def _best_above(scores: list[float], k: int, enough: float = 0.0) -> tuple[int, int] | None:
    """The best run of prose above block k, when it holds `enough` worth of it; None when there is none."""
    s, e = best_span(scores[:k])
    return (s, e) if s < e and sum(scores[s:e]) >= enough else None


FORM_ABOVE = 10.0       # a paragraph of prose above the comment form: the post it is for (a short one)


def _reply_form(block: Block) -> bool:
    """A comment form under a post: its standard sentences ("Your email address will not be published") or its
    "cancel reply" link; not a form's fields alone ("Name (required)" over a form to e-mail the author). Or a
    reader's signature with the reply button beside it: no sidebar's list of recent comments shows one."""
    return block.removed_by == "comment_widget" and (block.reason == "comment form"
                                                      or CANCEL_REPLY.search(block.text) is not None) \
        or block.removed_by == "comment_header" and block.reason == SIGNED_WITH_BUTTONS


def _above_the_comments(blocks: list[Block], scores: list[float], start: int, end: int,
                        ctx: Context) -> tuple[int, int]:
    """The densest prose is under the head of the comments (a reader's long reply outweighs a short post), and
    WALL_AFTER worth of prose stands above that head: the story is the best run above it. Or it is under the
    post's comment form or a reply's signed with its reply button (the sidebar's blurb below the form outweighs a
    one-paragraph post, and a reader's long reply a deal's short text), and FORM_ABOVE worth of sentences stands
    above: likewise."""
    if ctx.page_type == "forum":
        return start, end
    k = next((i for i in range(start) if blocks[i].removed_by == "comment_header"), None)
    span = None if k is None else _best_above(scores, k, WALL_AFTER)
    if span:
        return span
    k = next((i for i in range(start) if _reply_form(blocks[i])), None)
    span = None if k is None else _best_above(scores, k, FORM_ABOVE)
    if span and any(scores[i] > 0 and ends_sentence(blocks[i].text) for i in range(*span)):
        return span             # (sentences: a site's menu glued to one long line is no post)
    return start, end


STRONG_COMMENT = re.compile(r"comment|kommentar|réagi|coment|komentarz|responses|discussion|conversation|reply|replies|"
                            r"antwort|réponse|respuesta|risposta|"
                            r"reviews|bewertungen|avis|opiniones|recensioni|opinie|hodnocení|hodnotenie|"  # (a shop's)
                            r"helpful|useful|hilfreich|nützlich|utile|útil|pomocny|what you needed", re.I)  # (a help
#                                                                                     page's feedback)


LIST_MAX = 25          # items an announcing paragraph may carry
ITEM_WORDS = 25        # an item is at most this long


def _announced_list(blocks: list[Block], scores: list[float], end: int, ctx: Context) -> int:
    """Where the text ends when its last paragraph announces a list ("Here's what to do:"): the short lines
    under it are that list, up to a line that is not an item (a longer one, a heading over other stories, a
    widget another filter took)."""
    if not end or scores[end - 1] <= 0:
        return end
    if not blocks[end - 1].text.rstrip().endswith(":"):
        if not _list_label(blocks, end, ctx):
            return end
        end += 1                    # "Artikeldetails:" over the list, right under the last paragraph
    return _list_end(blocks, end, ctx)


def _list_end(blocks: list[Block], start: int, ctx: Context, items_only: bool = False) -> int:
    """Where a list that opens at block `start` ends: at most LIST_MAX kept lines of ITEM_WORDS or fewer (list
    items alone when `items_only`), up to a wall."""
    k = start
    while k < len(blocks) and k - start < LIST_MAX and (not items_only or blocks[k].kind == "list_item") \
            and _short_kept(blocks, k, ctx, ITEM_WORDS):
        k += 1
    return k


ANNOUNCE_WORDS = 5      # "As usual, StackOverflow knows the answer. In short:": a sentence, not a label


def _announced_block(blocks: list[Block], scores: list[float], end: int, ctx: Context) -> int:
    """Where the text ends when a sentence right under its last paragraph announces what follows ("… In
    short:"): that sentence and the one block under it (the command, the table, the quote it announces; a
    list's items are _announced_list's to take, all of them or none)."""
    if not end or end + 1 >= len(blocks) or scores[end - 1] <= 0:
        return end
    said, shown = blocks[end], blocks[end + 1]
    if said.kept and shown.kept and said.text.rstrip().endswith(":") and len(words(said.text)) >= ANNOUNCE_WORDS \
            and said.text[:1].isupper() and not shown.text.rstrip().endswith(":") and shown.kind != "list_item" \
            and not is_wall(blocks, end, ctx) and not is_wall(blocks, end + 1, ctx):
        return end + 2
    return end


HEADING_WORDS = 12      # a line this short that is no sentence heads what follows it (text has no heading tags)


def _list_under_heading(blocks: list[Block], end: int, ctx: Context) -> int:
    """Where the text ends when its last block is a heading with a list under it (the results under "12,5 km
    Massenstart Damen"): a heading heads what follows it, so its items are the text's, up to LIST_MAX of them."""
    last = blocks[end - 1] if 0 < end < len(blocks) else None
    if last is None or not (last.kind == "heading" or word_count(last.text) <= HEADING_WORDS
                            and not ends_sentence(last.text)):
        return end
    return _list_end(blocks, end, ctx, items_only=True)


# the heading over a product's reviews, its count after it or not: "Reviews", "Customer reviews (87)", "Bewertungen"
REVIEWS_LINE = re.compile(r"^(?:customer\s|kunden)?(?:reviews?|bewertungen|avis|valoraciones|opiniones|opinie|"
                          r"recensioni|beoordelingen|avaliações|recenze|"
                          r"отзывы(?: о товаре| покупателей)?|відгуки)(?:\s?\(\d[\d.,]*\))?$", re.I)
SPEC_MIN = 4            # fields and their values ("Region: Napa Valley") that make a product's spec sheet
SPEC_GAP = 4            # other short lines between two of them, or before the first (its heading, a tab's "close")
SPEC_WORDS = 12         # each line of it this short
GROUP_WORDS = 4         # a group's heading in it this short, no number ("Общие параметры", not its fields glued)
# (a spec's label may hold a slash: "Max load/shelf: 15 kg"; a menu's line may too, "Veröffentlicht/Aktualisiert: Vor
# 1 Stunde", which FIELD is not; Chinese's wide colon needs no space after it: "容量：1.5L")
SPEC_FIELD = re.compile(r"^\w+(?:[ /-]\w+){0,2}(?::\s+|：\s*)\S")


def _spec_sheet(blocks: list[Block], end: int, ctx: Context) -> int:
    """Where a product page's text ends when its spec sheet follows it: short lines, SPEC_MIN or more of them a
    field and its value ("Alkoholgehalt: 10 % vol.", "Trinktemperatur: 8 °C"; or a table's rows, each a label and
    its value), with at most SPEC_GAP others between two of them ("Details zum Artikel"): the product's. The text
    ends at the last field; a wall, a kept line longer than SPEC_WORDS, or SPEC_GAP lines with no field end the
    walk (a line another filter removed, a menu's or a date line, passes and stays removed)."""
    if ctx.page_type != "product":
        return end
    last, fields, k = end - 1, 0, end
    headed = None           # under a spec sheet's heading (its index), a short line is a field without its colon
    #                         too, up to the first empty line in the run under it (a table flattened a row a line)
    while k < len(blocks) and k - last <= SPEC_GAP + 1 and not is_wall(blocks, k, ctx):
        b = blocks[k]
        if headed is not None and k > headed + 1 and b.line != (blocks[k - 1].end_line or blocks[k - 1].line) + 1:
            headed = None
        if b.kept and REVIEWS_LINE.match(b.text.strip()):
            break               # (the reviews' heading under the sheet: their "Pros: …" are no fields)
        rows = _field_rows(b) if b.kept and b.kind == "table" else 0
        if headed is not None and k == headed + 1 and b.kept and k + 1 < len(blocks) \
                and blocks[k + 1].line > (b.end_line or b.line) + 1 and word_count(b.text) <= GROUP_WORDS \
                and not any(c.isdigit() for c in b.text):
            headed = k          # (a group's heading under the sheet's, its rows after an empty line: "Общие
            #                     параметры", DNS's)
        elif rows:
            last, fields = k, fields + rows
        elif b.kept and word_count(b.text) > SPEC_WORDS:
            break
        elif b.kept and (SPEC_FIELD.match(b.text) or headed is not None):
            last, fields = k, fields + 1
        if b.kept and ctx.input != "html" and SPEC_HEADING.match(b.text):    # (under the description's field too)
            headed = k
        k += 1
    return last + 1 if fields >= SPEC_MIN else end


# the heading of a product's description, which may be its fields alone, a label over each value ("Description" /
# "Color:" / "Apricot" / "Style:" / …, SHEIN's)
DESCRIPTION_HEADING = re.compile(r"^\W*(?:(?:product\s+)?description|produktbeschreibung|beschreibung|"
                                 r"description du produit|descripción(?: del producto)?|descrizione(?: del prodotto)?|"
                                 r"opis(?: produktu)?|(?:product)?beschrijving|descrição(?: do produto)?|popis|"
                                 # (or the product's information: "productinformatie", HEMA's; "Produktinformationen")
                                 r"product ?informati(?:e|on)|productinfo|produktinformation(?:en)?|"
                                 r"informations? (?:sur le )?produit|información del producto|"
                                 r"(?:ürün )?açıklaması?|описание(?: товара)?|商品説明|商品描述|상품 ?설명|"
                                 # (the Nordic and Baltic languages', Hungarian's, Romanian's: "Tuotekuvaus", Jimm's)
                                 r"tuotekuvaus|kuvaus|produktbeskrivning|beskrivning|produktbeskrivelse|beskrivelse|"
                                 r"tootekirjeldus|kirjeldus|(?:prekės )?aprašymas|(?:produkta )?apraksts|"
                                 r"termékleírás|leírás|descriere(?: produs)?)\W*$", re.I)


# "Especificaciones" over a table html_text flattened a row a line ("Peso máximo 130 kg"); Walmart's
# "Specifications" over its labels and values (product_page's, in HTML)
SPEC_HEADING = re.compile(r"^\W*(?:(?:product\s+|full\s+)?(?:specifications?|specs|characteristics)|"
                          r"(?:key |product )?attributes|"        # (Alibaba's "Key attributes")
                          r"technical (?:details|data|specifications)|product details|technische daten|"
                          r"technische details|produktdetails|caractéristiques(?: techniques)?|fiche technique|"
                          r"especificaciones(?: técnicas)?|características(?: técnicas)?|specifiche(?: tecniche)?|"
                          r"ficha técnica|dados técnicos|specificatii|specificații(?: tehnice)?|"
                          r"caracteristici(?: tehnice)?|specifikace|špecifikácia|műszaki adatok|"
                          r"caratteristiche(?: tecniche)?|specyfikacja(?: techniczna)?|dane techniczne|parametry|"
                          r"technické parametry|especificações|specificaties|kenmerken|technische gegevens|"
                          r"specifikationer|spesifikasjoner|tekniske spesifikasjoner|tekniska data|tekniske data|"
                          r"tekniset tiedot|ürün özellikleri|"
                          r"teknik özellikler|(?:технические\s)?характеристики(?:\sтовара)?|"
                          # (Vietnamese, Indonesian, Thai, Greek, Arabic, Hebrew: "Thông số kỹ thuật", "Spesifikasi")
                          r"thông số kỹ thuật|thông tin chi tiết|spesifikasi(?: produk)?|ข้อมูลจำเพาะ|"
                          r"(?:τεχνικά )?χαρακτηριστικά|المواصفات(?: الفنية)?|מפרט(?: טכני)?|"
                          # (Japanese, Chinese, Korean: "商品仕様", "规格参数", "제품 사양")
                          r"商品仕様|仕様|スペック|规格参数|规格|商品参数|产品参数|規格|(?:제품|상품) ?사양|사양|"
                          # (a food's table of nutrients, for an amount or not: "Næringsinnhold per 100 g", Meny's)
                          r"(?:nutrition(?:al)? (?:information|facts|values)|nutrition|nährwerte|nährwertangaben|"
                          r"valeurs nutritionnelles|información nutricional|valores nutricionales|valori nutrizionali|"
                          r"wartości odżywcze|voedingswaarden?|näringsvärde|näringsinnehåll|næringsinnhold|"
                          r"næringsindhold|ravintoarvot|ravintosisältö|tápérték|nutriční hodnoty|valori nutriționale|"
                          r"informação nutricional)(?:\s\(?(?:per|pro|pour|por|je|na|för|pr\.?)\s100\s?(?:g|ml)\)?)?)"
                          r"\W*$", re.I)


def _field_rows(table: Block) -> int:
    """The rows of a table of fields, each a label and its value ("Material | Calabaza y cuero vacuno"), each
    short; 0 for any other table."""
    rows = table.text.split("\n")
    if all(len(cells := row.split("\t")) == 2 and (all(cells) or _group_row(cells)) and word_count(row) <= SPEC_WORDS
           for row in rows) and not all(_group_row(row.split("\t")) for row in rows):
        return len(rows)
    return 0


def _group_row(cells: list[str]) -> bool:
    """A group's heading across a table of fields, its one cell spanning both ("Caracteristici generale")."""
    return bool(cells[0]) and not cells[1] and word_count(cells[0]) <= GROUP_WORDS


PRODUCT_TAIL = 16       # lines between a product's description and the wall under it (its reviews), at most


def _up_to_the_wall(blocks: list[Block], end: int, ctx: Context) -> int:
    """Where a product page's text ends when only short lines stand between its description and a wall (the
    reviews' heading, "Related products"): at the wall. They are the product's list of features and its details
    ("Holds 12 ounces", "Weight 0.9 lbs"), shown under its description; a longer line among them, or no wall
    within PRODUCT_TAIL lines, leaves the end where it is."""
    if ctx.page_type != "product":
        return end
    for k in range(end, min(len(blocks), end + PRODUCT_TAIL + 1)):
        if is_wall(blocks, k, ctx):
            return k
        if blocks[k].kept and _row_words(blocks[k]) > SPEC_WORDS:
            return end
    return end


def _row_words(b: Block) -> int:
    """The words of the block's longest row, a table's (a spec sheet's rows, each short), else of its text."""
    return max(map(word_count, b.text.split("\n"))) if b.kind == "table" else word_count(b.text)


METHOD_REACH = 12       # lines over the text's end the method's label may stand ("Zubereitung:")
STEP_WORDS = 40         # a step of it is this short at most


def _method_steps(blocks: list[Block], start: int, end: int, ctx: Context) -> int:
    """Where a recipe's text ends when its method goes on past the span in short steps ("Backofen auf 200 °C
    vorheizen." / "Ein Backblech mit Backpapier auslegen."): under the method's label ("Zubereitung:",
    "Instructions") among the text's last lines, each line under the end that finishes a sentence is a step; the
    first that does not, a wall, or a line another filter removed ends the method."""
    label = pattern("method", ctx.config.extra_phrases, whole=True)
    if not any(blocks[k].kept and label.match(blocks[k].text.strip().rstrip(":")) is not None
               for k in range(max(start, end - METHOD_REACH), end)):
        return end
    k = end
    while k < len(blocks) and _short_kept(blocks, k, ctx, STEP_WORDS) and ends_sentence(blocks[k].text):
        k += 1
    return k


SECTIONS_REACH = 3      # (text) lines under the text's end where a service page's heading of its services may stand
SECTION_LINES = 40      # short lines of a page's sections under its text's end at most
SECTION_WORDS = 60      # each this short


def _short_sections(blocks: list[Block], start: int, end: int, ctx: Context) -> int:
    """(text) Where a page of short sections ends, when main_text weighed their short lines as a menu's: a
    business's page whose text holds, or stops over, the heading of what it offers ("Cosa facciamo", "Our
    services"), or whose short sections under the text lead on to it further down, each service's name and the
    sentence or two of what it is, and the address and phone under them;
    an API reference whose text holds, stops over or stands under a member's signature, its parameters and what it
    returns, each a label over a line ("Parameters" / "fn: F" / "The function to call."). A line another filter
    removed (the copyright), a wall, a long paragraph, a footer's line, a menu's run or its label ("Menu") ends
    them. (HTML) only an API reference's sections under their labels right under the text ("Parameters:" / its
    list, "Returns:", YARD's), up to a listing past the last label; a line the link rule took among them (a
    parameter's linked type) ends nothing."""
    near = range(start, min(len(blocks), end + SECTIONS_REACH))
    last_label = len(blocks)        # (HTML: a listing past the last label ends them, the source under them)
    if ctx.input == "html":
        labels = [k for k in range(end, min(len(blocks), end + SECTION_LINES))
                  if API_LABEL.match(blocks[k].text.strip())]
        if ctx.page_type != "documentation" or not labels or labels[0] >= near.stop:
            return end
        heading, last_label = None, labels[-1]
    else:
        heading = next((k for k in near if services_heading(blocks, k)), None) if ctx.page_type == "service" else None
        if not (heading is not None or ctx.page_type == "documentation"
                and any(signature(blocks[k].text) or API_SECTION.match(t := blocks[k].text.strip())
                        or API_LABEL.match(t) for k in range(max(0, start - SECTIONS_REACH), near.stop))):
            if ctx.page_type != "service":
                return end
            # (or further down, the short sections under the text leading to it: "Что мы чиним" and its lines,
            # then "Как мы работаем", a page's sections as soup splits their bold names from their sentences)
            k = _sections_walk(blocks, end, end, ctx, last_label)
            return k if any(services_heading(blocks, j) for j in range(end, k)) else end
    k = end
    while heading is not None and k < heading and blocks[k].removed:     # (a button another rule took between the
        k += 1                                                          # text and the heading: "Agende pelo WhatsApp")
    k = _sections_walk(blocks, k, end, ctx, last_label)
    while heading is None and ctx.input != "html" and k < len(blocks) and blocks[k].removed_by == "nav_run":
        # (an API reference's tabs and its index of members, a menu's run, between its constructor's sections and
        # its methods', YUIDoc's "Index Methods Events" / "Item Index": its members' sections go on under them, a
        # label with its colon among their first lines, "Parameters:")
        label = next((j for j in range(k, min(len(blocks), k + SECTION_LINES)) if _api_label(blocks[j].text)
                      or is_wall(blocks, j, ctx)), None)
        if label is None or not _api_label(blocks[label].text):
            break
        k = max(k + 1, _sections_walk(blocks, label, label, ctx, last_label))
    return k


def _api_label(text: str) -> bool:
    return text.rstrip().endswith(":") and API_LABEL.match(text.strip()) is not None


def _sections_walk(blocks: list[Block], k: int, end: int, ctx: Context, last_label: int) -> int:
    """From block k down, the short sections' lines under the text's end: where they end."""
    stop = min(len(blocks), end + SECTION_LINES)
    while k < stop and (_short_kept(blocks, k, ctx, SECTION_WORDS)
                        and not (k > last_label and blocks[k].kind in LISTINGS) or blocks[k].removed_by in INSIDE_OK) \
            and not _footer_line(blocks[k].text) and not made_of(("controls",), blocks[k].text) \
            and not all(_menu_item(b.text) and not _listing_header(b) and not b.text.endswith(".")
                        for b in blocks[k:k + MENU_RUN]):
        k += 1          # (a menu's run ends them; not a section's short sentence among its lines, "Complejidad" /
    return k            # "Constante amortizada.", cppreference's)


def _listing_header(b: Block) -> bool:
    """A program listing's header, its language's name or its copy button ("C#" / "Copy"): no menu's item."""
    return copy_button(b) or CODE_LANGUAGE.match(b.text) is not None


LISTINGS = ("code", "table")
# (text) a member's section under its description: its syntax, its parameters (Sandcastle's "Syntax" / "C#" / its
# signature, three lines under "Namespace:" and "Assembly:"); or a class's constructor's, over its signature and its
# parameters (YUIDoc's "Constructor"); or its constants', methods', properties' (Doctum's "Constants" / "Methods")
API_SECTION = re.compile(r"^(?:syntax|parameters?|return value|exceptions|syntaxe|sintaxis|sintassi|"
                         r"składnia|constructors?|constants|methods|properties|fields)$", re.I)
# The labels of an API member's sections: "Parameters:", "Returns:", "Raises:" (YARD's, JSDoc's, Javadoc's)
API_LABEL = re.compile(r"^(?:parameters?|params|arguments?|returns?|return value|raises|throws|exceptions?|yields?|"
                       r"type parameters|parámetros|paramètres|retour|renvoie|rückgabe(?:wert)?|ausnahmen|"
                       r"parametri|parametry|zwraca|valor de retorno|"
                       # (what it raises: "Zgłasza:", Sphinx's field in Polish; "Löst aus", "Lève", "Lanza")
                       r"zgłasza|wyjątki|löst aus|lève|lanza|solleva)\s?:?$", re.I)


def _services_above(blocks: list[Block], start: int, ctx: Context) -> int:
    """(text) A business's page whose text main_text found only under what it offers (a photographer's "Mes
    formules" and its packages, short lines all, over "Comment ça se passe" and its paragraph): the text opens at
    the heading of what it offers, or at the sentence of the page's lead over it (a button between or not)."""
    if ctx.input == "html" or ctx.page_type != "service":
        return start
    k = next((k for k in range(start - 1, max(-1, start - 1 - SECTION_LINES), -1) if services_heading(blocks, k)),
             None)
    if k is None:
        return _lead_above(blocks, start, ctx)
    if not all(_short_kept(blocks, i, ctx, SECTION_WORDS) for i in range(k + 1, start)):
        return start
    lead = _over_short_lines(blocks, k, ctx)       # (its button between them or not: "Termin vereinbaren")
    return lead if _lead_sentence(blocks, lead) else k


SERVICE_LEAD = 8        # words of the lead's sentence right over the heading of what a business offers, at least
LEAD_LINES = 4          # (text) a service page's short lines between its lead and its first service's text: a
LEAD_LINE_WORDS = 5     # button, a heading, the service's name ("Richiedi un preventivo", "Cosa traduciamo"), each
#                         this short


def _lead_above(blocks: list[Block], start: int, ctx: Context) -> int:
    """(text) A service page whose text main_text found only from its first service's sentence on, under the
    lead's sentence and a few short lines (its button, the heading of what it offers in words no list knows,
    "Cosa traduciamo", the service's name): the text opens at the lead."""
    k = _over_short_lines(blocks, start, ctx)
    return k if k != start - 1 and _lead_sentence(blocks, k) and not is_wall(blocks, k, ctx) else start


def _over_short_lines(blocks: list[Block], at: int, ctx: Context) -> int:
    """(text) The line over `at` past LEAD_LINES short kept lines at most that end no sentence between them (a
    button, a heading, a service's name; none, or "Termin vereinbaren" over "Unsere Leistungen"), or short lines
    another rule took (the button "Iscriviti ora", which reads as a prompt to subscribe); -1 at the top."""
    k = at - 1
    while k >= max(0, at - LEAD_LINES) and (_short_kept(blocks, k, ctx, LEAD_LINE_WORDS)
                                            or blocks[k].removed and word_count(blocks[k].text) <= LEAD_LINE_WORDS) \
            and not ends_sentence(blocks[k].text):
        k -= 1
    return k


def _lead_sentence(blocks: list[Block], k: int) -> bool:
    """A service page's lead: a kept sentence of SERVICE_LEAD words at least."""
    return k >= 0 and blocks[k].kept and ends_sentence(blocks[k].text) and word_count(blocks[k].text) >= SERVICE_LEAD
MENU_RUN = 3            # (text) lines in a row of a word or two each, no number: a menu's
SEPARATORS = re.compile(r"\s[·|•]\s")


def _menu_item(text: str) -> bool:
    """A line of two words at most, no digit, or a mark between a menu's items ("|"); not brackets alone, a
    signature's, split at its elements ("Scheduler" / "(" / "options" / ")", YUIDoc's)."""
    return len(text.split()) <= 2 and not DIGIT.search(text) and not BRACKETS_ALONE.match(text)


BRACKETS_ALONE = re.compile(r"^\s*[()\[\]{}][()\[\]{}\s]*$")


def _footer_line(text: str) -> bool:
    """A footer's fields run in on one line: "De Linde · Ringweg 14 · 3812 AB Amersfoort · KvK 12345678"."""
    return len(SEPARATORS.findall(text)) >= 2


LABEL_WORDS = 3         # "Artikeldetails:", "Key features:": a label over a list


def _list_label(blocks: list[Block], k: int, ctx: Context) -> bool:
    """Block k is a label of a few words and a colon, kept, with a list item under it: the list the story's
    last paragraph is followed by (a product's details, a recipe's notes)."""
    return k + 1 < len(blocks) and blocks[k].kept and blocks[k].text.rstrip().endswith(":") \
        and len(words(blocks[k].text)) <= LABEL_WORDS and blocks[k + 1].kept and blocks[k + 1].kind == "list_item" \
        and not is_wall(blocks, k, ctx)


SCHEDULE_MIN = 3       # lines in a row that open with a date: the story's schedule ("June 9 – Tampa, FL @ …")


def _schedule(blocks: list[Block], end: int, ctx: Context) -> int:
    """Where the text ends when a schedule follows its last paragraph (tour dates, a programme), under a heading
    or not: SCHEDULE_MIN or more short lines in a row, each opening with a date."""
    k = end
    if k < len(blocks) and blocks[k].kept and len(words(blocks[k].text)) <= 8 and not _dated(blocks[k].text) \
            and not is_wall(blocks, k, ctx):
        k += 1                                          # "The Doobie Brothers Tour Dates"
    j = k
    while j < len(blocks) and blocks[j].kept and _dated(blocks[j].text) and word_count(blocks[j].text) <= ITEM_WORDS:
        j += 1
    return j if j - k >= SCHEDULE_MIN else end


TIMELINE_MIN = 3        # periods that make a timeline
TIMELINE_HEADS = 3      # short lines over its first period ("Termine", "Auswahl des künstlerischen Schaffens")
ENTRY_LINES = 3         # lines under each period


def _timeline(blocks: list[Block], end: int, ctx: Context) -> int:
    """Where the text ends when a timeline follows its last paragraph (a CV, a company's history): TIMELINE_MIN or
    more periods without a day, each a line of its own ("Oktober 2015", "2008-2012", "Ab 2008") with at most
    ENTRY_LINES short lines under it, under up to TIMELINE_HEADS heading lines: what the page tells of its subject.
    (A date with its day over a title is another story's teaser: is_period never takes it.)"""
    k = end
    while k < len(blocks) and k - end < TIMELINE_HEADS and _short_kept(blocks, k, ctx, HEADING_WORDS) \
            and not is_period(blocks[k].text):
        k += 1
    periods, last, j = 0, None, k
    while j < len(blocks) and _short_kept(blocks, j, ctx, ITEM_WORDS):
        if is_period(blocks[j].text):
            periods, last = periods + 1, j
        elif last is None or j - last > ENTRY_LINES:
            break
        j += 1
    return j if periods >= TIMELINE_MIN else end


def _short_kept(blocks: list[Block], k: int, ctx: Context, most: int) -> bool:
    return blocks[k].kept and word_count(blocks[k].text) <= most and not is_wall(blocks, k, ctx)


def _dated(text: str) -> bool:
    """The line opens with a date ("June 9 –", "12.03.2024:", "Sat, Nov 2")."""
    return has_date_shape(" ".join(text.split()[:4]))


def _strong_comment(blocks: list[Block], k: int) -> bool:
    """The head of the comments: a reader's signature, or a comments heading (not a "Comments" button in a
    share bar: a list item, or a line next to share buttons)."""
    block = blocks[k]
    if block.removed_by == "comment_header":
        return True
    in_bar = block.kind == "list_item" or any(blocks[j].removed_by == "share_widget"
                                              for j in (k - 1, k + 1) if 0 <= j < len(blocks))
    return block.removed_by == "comment_widget" and not in_bar and bool(STRONG_COMMENT.search(block.text)) \
        and not NO_COMMENTS.match(block.text)


# "0 Comments", "No comments yet", "Keine Kommentare": a count by the story's header, no comments under it
NO_COMMENTS = re.compile(r"^\W*(?:0|no|keine|aucun|sin|brak)\s+(?:comments?|kommentare?|commentaires?|"
                         r"comentarios?|komentarzy)\b", re.I)


def _names(blocks: list[Block]) -> list[set[str]]:
    """The authors the page names in its bylines (alone, or opening a date line: "Von Jane Doe publiziert am …")."""
    out = []
    for k, b in enumerate(blocks):
        if b.removed_by == "byline" or b.removed_by == "date_line" and BYLINE_PREFIX.match(b.text.strip()):
            ws = capitalised(BYLINE_PREFIX.sub("", b.text.strip()))
            if ws:
                out.append(ws)
        elif b.removed_by == "date_line" and (name := name_after_by(b.text)) and name_shaped(list(words(name))):
            out.append(capitalised(name))          # "Veröffentlicht am 17. Dezember 2019 von Simon Dückert"
        elif b.kept and k and LONE_BY.match(blocks[k - 1].text.strip()) and 2 <= len(words(b.text)) <= 4 \
                and name_shaped(list(words(b.text))):
            out.append(capitalised(b.text))          # the name under a lone "By" / "Von"
    return out


def author_bio(blocks: list[Block], k: int, names: list[set[str]]) -> bool:
    """'Pamela Wilson is an online educator…' under the article: the author box, not the article.

    The sentence opens with a person's name and says what the person does for a
    living; the name is one the page gives as its author (in a byline), or stands
    alone on a line right above or below (the box's heading).
    """
    who = bio_subject(blocks[k].text)
    if not who:
        return False
    if any(set(who) <= name for name in names):
        return True
    return len(who) >= 2 and any(_names_only(blocks[i], who) for i in (k - 1, k + 1, k + 2) if 0 <= i < len(blocks))


def _names_only(block: Block, who: list[str]) -> bool:
    """The line is the bio's name and nothing else (the heading of an author box)."""
    return [w.lower() for w in words(block.text)] == who


# A comment heading ends the article only after this much prose (about two paragraphs' worth of score):
# above the article, "COMMENT" is a section kicker (opinion pages), not the comments (0, 20, 40 measured alike).
WALL_AFTER = 40.0
BIO_ABOVE = 2.0       # an author's bio with this many times more running prose under it than above heads the story


def _running_prose(scores: list[float], j: int, end: int) -> float:
    """The prose from j to end that runs as an article does: paragraphs next to paragraphs (a subheading
    between them at most). Teasers stand alone between their titles, dates and bylines; they do not count."""
    return sum(scores[i] for i in range(j, end) if scores[i] > 0
               and any(scores[k] > 0 for k in (i - 2, i - 1, i + 1, i + 2) if j <= k < end))


def _resumes(blocks: list[Block], scores: list[float], start: int, k: int, j: int) -> bool:
    """HTML: the paragraph after the box at k..j sits where the article's paragraphs sit (the tag path and
    region holding most of the prose from `start` to the box): a box in the middle of the story, not the head
    of a list of teasers."""
    if not blocks[j].path:
        return False
    weight: dict[tuple[str, str], float] = {}
    for i in range(start, k):
        if scores[i] > 0:
            key = (blocks[i].path, blocks[i].region)
            weight[key] = weight.get(key, 0.0) + scores[i]
    return bool(weight) and max(weight, key=weight.__getitem__) == (blocks[j].path, blocks[j].region)


def _cut_at_walls(blocks, scores, start, end, ctx, contents: range = range(0)) -> tuple[int, dict[int, str]]:
    """Where the article ends, and the related-stories boxes it goes on past.

    A comment heading after some prose ends the article (comments are never the
    article). A "Related / More from …" heading or the author's bio ends it too,
    unless prose as long as half of what came before resumes after a short run of
    teasers: then only that run is the box. `contents`: a wiki's lead and the contents under it, whose entries
    ("6 See also") head nothing.
    """
    seen, boxes, k = sum(scores[i] for i in contents if scores[i] > 0), {}, max(start, contents.stop)
    names = _names(blocks)
    while k < end:
        b = blocks[k]
        bio = bool(seen) and b.kept and author_bio(blocks, k, names)
        box_from = k + 1
        if bio and blocks[k - 1].kept and 1 < len(words(blocks[k - 1].text)) <= 4:
            k -= 1                                      # the author's name line heads the box
            b = blocks[k]
        if not bio and scores[k] > 0:
            seen += scores[k]
        elif seen >= WALL_AFTER and _ends_story(blocks, k, ctx) or seen and _reviews_begin(blocks, k, ctx):
            return k, boxes                 # (a product's reviews after its description, however short)
        elif bio and _running_prose(scores, box_from, end) >= BIO_ABOVE * seen:   # the story runs on under it:
            boxes.update({i: b.text[:40] for i in range(k, box_from)})           # the author's box in the header
            k = box_from
            continue
        elif bio or seen and _related_box(blocks, k, ctx):
            if not bio and b.text.rstrip().endswith(":") \
                    and any(blocks[i].text == b.text for i in range(start, end) if i != k):
                boxes.update({i: b.text[:40] for i in (k, k + 1)})     # "> Related:" and its link, said more than
                k += 2                                                  # once in the story: a label inside it,
                continue                                                # not a heading
            j = box_from                                # a bio box holds at least the bio itself
            while j < end and not (scores[j] > 0 and not blocks[j].text.rstrip().endswith(("...", "…"))):
                j += 1
            after = _running_prose(scores, j, end)
            if j < end and j - k <= 12 and (after >= 0.5 * seen or _resumes(blocks, scores, start, k, j)) \
                    and not any(_comments_begin(blocks, i, ctx) for i in range(box_from, j)):   # (no box of comments)
                boxes.update({i: b.text[:40] for i in range(k, j)})
                k = j
                continue
            return k, boxes
        k += 1
    return end, boxes


TOC_LABEL_CHARS = 40        # a label of contents is at most this long
TOC_ONLY = {"inhaltsverzeichnis", "sommaire"}     # one-word labels that label nothing else ("Contents" may)
# "2.1 Step 1: Name your LLC": a contents entry's section number
SECTION_NUMBER = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})*\.?\s+")
TOC_ENTRY_CHARS = 150       # an entry of a table of contents is at most this long


@document_pass("table_of_contents", "the story's table of contents: its label ('Table of Contents', "
                                    "'Inhaltsverzeichnis') and the entries under it that its headings say again")
def table_of_contents(blocks: list[Block], ctx: Context) -> list[Block]:
    """After main_text: a label of contents kept in the story goes, with each line under it that a line farther
    down says again (its section number aside), up to the first that none does or that says an entry again; lines
    other rules removed between them do not end it (a menu rule took some)."""
    out = list(blocks)
    for i, b in enumerate(blocks):
        if not (b.kept and b.role == "body" and contents_label(b, ctx)):
            continue
        said = Counter(_entry(x.text) for x in blocks[i + 1:])      # ("" for a paragraph: never an entry)
        taken = set()
        for j in range(i + 1, len(blocks)):
            if not blocks[j].kept:
                continue
            entry = _entry(blocks[j].text)
            # (the entry and a line farther down; an entry again is that line: the story's first heading)
            if not entry or said[entry] < 2 or entry in taken:
                break
            taken.add(entry)
            out[j] = blocks[j].remove("table_of_contents", "an entry of the table of contents: the story's heading")
        # (the label alone, when it can only be one: "Inhalt" / "500 ml" is a product's field)
        label = fold(b.text)
        if taken or label in TOC_ONLY or len(label.split()) > 1:
            out[i] = b.remove("table_of_contents", "a table of contents' label")
        if ctx.input == "text":     # the lines the entries name are the text's headings (segment, before this
            for j in range(i + 1, len(out)):       # pass, read the entries and the first of them as one list)
                if out[j].kept and out[j].kind in ("paragraph", "list_item") and _entry(out[j].text) in taken:
                    out[j] = out[j]._replace(kind="heading", level=2)
    return out


def contents_label(b: Block, ctx: Context) -> bool:
    """'Table of Contents', 'Inhaltsverzeichnis', 'Contents': a label of contents alone on its line."""
    return len(b.text) <= TOC_LABEL_CHARS and made_of(("toc_label",), b.text, ctx.config.extra_phrases, split=words)


def _entry(text: str) -> str:
    return fold(SECTION_NUMBER.sub("", text)) if len(text) <= TOC_ENTRY_CHARS else ""


@document_pass("end_matter", "what follows the story's last paragraph: the author's bio ('Jane Doe is a reporter "
                             "for …') with its name line, reporting credits ('Reporting by …; editing by …'), "
                             "and a heading over nothing the article keeps (on a documentation page, the links "
                             "under its 'See also' come back first)")
def end_matter(blocks: list[Block], ctx: Context) -> list[Block]:
    """The last body blocks, read from the end while they are a bio, its name line, or a credit; and an
    "About the author" heading among the last few, with the short box under it; then headings over nothing."""
    out = list(blocks)
    body = [i for i, b in enumerate(blocks) if b.kept and b.role == "body"]
    box = _author_box(blocks, body, ctx)
    if box is not None:
        for i in body[box:]:
            out[i] = blocks[i].remove("end_matter", "the author's box under the article")
        blocks, body = out, body[:box]
    for pos in range(len(body) - 1, 0, -1):         # the article keeps its first block whatever it says
        i = body[pos]
        text = blocks[i].text
        who = bio_subject(text)
        if who:
            out[i] = blocks[i].remove("end_matter", "the author's bio under the article")
            name = body[pos - 1]
            if _names_only(blocks[name], who):
                out[name] = blocks[name].remove("end_matter", "the name over the author's bio")
        elif REPORTING_CREDIT.search(text) and len(words(text)) <= 60:
            out[i] = blocks[i].remove("end_matter", "reporting credit")
        elif out[i].removed_by != "end_matter":      # not the name line taken with the bio under it
            break
    if ctx.page_type == "documentation":
        out = _see_also_links(out)
    kept = [i for i, b in enumerate(out) if b.kept and b.role == "body"]
    for pos in range(1, len(kept)):                 # (the first block stays, whatever it is)
        if _over_nothing(out, kept[pos], kept[pos + 1] if pos + 1 < len(kept) else None,
                         boxed=ctx.page_type in SHOP_PAGES):
            out[kept[pos]] = out[kept[pos]].remove("end_matter", "a heading with nothing of the article under it")
    # (then a heading right over a subheading that heads nothing heads nothing either: a specification's "Index"
    # over its "Terms defined by this specification")
    kept = [i for i, b in enumerate(out) if b.kept and b.role == "body"]
    for pos in range(1, len(kept)):
        i, nxt = kept[pos], kept[pos + 1] if pos + 1 < len(kept) else None
        if _over_an_empty_subheading(out, i) and _over_nothing(out, i, nxt, boxed=ctx.page_type in SHOP_PAGES):
            out[i] = out[i].remove("end_matter", "a heading with nothing of the article under it")
    return out


def _over_an_empty_subheading(blocks: list[Block], i: int) -> bool:
    under = blocks[i + 1] if i + 1 < len(blocks) else None
    return under is not None and under.kind == "heading" and under.removed_by == "end_matter" \
        and under.level > blocks[i].level


SEE_ALSO_LINKS = 12     # (a documentation page) the links under its "See also" heading, this many at most
# what took them: the link rule, or the class rule for a list whose class says so (RoboHelp's "related" under
# "Verwandte Themen"; not the footer's lines under the last section, "SEE ALSO", perldoc's)
RELATED_TOKEN = "related"


def _see_also_links(blocks: list[Block]) -> list[Block]:
    """(A documentation page) The list of links under a kept "See also" heading (AWS's "Related resources"), or the
    words alone on a line set as one (the title of Sphinx's "seealso" box, a <p>), which the link rule or the class
    rule took: the page's own references to other pages of the manual."""
    out = list(blocks)
    for b in blocks:
        if not (b.kept and b.kind in ("heading", "paragraph") and SEE_ALSO.match(b.text.strip())):
            continue
        for x in blocks[b.index + 1:b.index + 1 + SEE_ALSO_LINKS]:
            if x.kind not in ("list_item", "paragraph") \
                    or len(b.ancestors) > 2 and len(shared_ancestors(b, x)) < len(b.ancestors) - 2 or not (
                #       (in the element around the heading's: not the links to the previous and next pages under
                #       the box, MyST's)
                    x.removed_by == "link_density" or x.removed_by == "html_class" and RELATED_TOKEN in x.tokens):
                break               # (an item's <p>, AWS's "<li><p><a>…</a></p></li>", a paragraph's block)
            out[x.index] = x.restore()
    return out


# a heading over nothing is this short at most (a longer one is a sentence set big); 12 kept calls to action
# ("Learn how to build fast, production-ready Docker images—read the rest of the …", 17 words)
OVER_NOTHING_WORDS = 20
CAPTIONS = frozenset({"html_caption", "caption_credit"})


def _over_nothing(blocks: list[Block], i: int, nxt: int | None, boxed: bool = False) -> bool:
    """A heading ("Diese Seite teilen", "You might like", "Related article") over blocks the passes removed
    (share buttons, other stories' links), with no more of the body under it (`nxt`, the next kept block, is
    None) or only the next heading of its rank or above, or (HTML, `boxed`: a shop's page, its widgets each a box
    under its heading) only blocks outside the heading's element: what it heads is gone. Not when a caption is what was
    removed: a section can open with its photo. A short line of another kind ends articles ("Euer HansEhrlich",
    "With Post wires", a phone number), and one ending in a colon introduces an embed the page's story keeps
    announcing ("See more photos:", "Twitter seemed a bit confused by the campaign:")."""
    b = blocks[i]
    if b.kind != "heading" or word_count(b.text) > OVER_NOTHING_WORDS or i + 1 >= len(blocks) \
            or blocks[i + 1].kept:
        return False
    if nxt is None:
        return True
    if any(blocks[m].removed_by in CAPTIONS for m in range(i + 1, nxt)):
        return False
    return blocks[nxt].kind == "heading" and blocks[nxt].level <= b.level or boxed and _section_gone(blocks, i, nxt)


def _section_gone(blocks: list[Block], i: int, nxt: int) -> bool:
    """(HTML) The element around heading `i` held what it headed, all of it removed, and the next kept block
    stands outside it (a shop's "How to get it" box over its buttons that check stock, beside the description)."""
    b = blocks[i]
    if len(b.ancestors) < 2:
        return False
    box = b.ancestors[-2]
    return box not in blocks[nxt].ancestors and any(box in blocks[m].ancestors for m in range(i + 1, nxt))


BOX_TAIL = 4          # an author's box heading stands among the text's last blocks,
BOX_WORDS = 150       # and what it heads is short: a name, a job, a bio


def _author_box(blocks: list[Block], body: list[int], ctx: Context) -> int | None:
    """Where in `body` an "About the author" heading, or the author's name over the job (a journalist's: "Markus
    Steinrisser" / "Motorsport-Magazin.com Redakteur"), opens the author's box at the end of the text."""
    heading = pattern("author_box", ctx.config.extra_phrases, whole=True)
    for pos in range(max(1, len(body) - BOX_TAIL), len(body)):
        if (heading.match(blocks[body[pos]].text) or _name_and_job(blocks, body, pos)) and \
                sum(word_count(blocks[i].text) for i in body[pos + 1:]) <= BOX_WORDS:
            return pos
    return None


NAME_WORDS = (2, 4)     # a name alone on its line: this many words
JOB_WORDS = 6           # the job under it: "Redakteur in der Wirtschaft.", "Senior Editor, Politics"


def _name_and_job(blocks: list[Block], body: list[int], pos: int) -> bool:
    """A name alone on its line over a short line that says a journalist's job (BIO_WORDS' words)."""
    if pos + 1 >= len(body):
        return False
    name, job = words(blocks[body[pos]].text), blocks[body[pos + 1]].text
    return NAME_WORDS[0] <= len(name) <= NAME_WORDS[1] and name_shaped(name) and len(words(job)) <= JOB_WORDS \
        and BIO_WORDS.search(job) is not None


# "(Reporting by A; editing by B)", "Jane Doe contributed reporting from Hong Kong.", "… contributed to this report."
REPORTING_CREDIT = re.compile(
    r"^\W*(?:additional\s+)?(?:reporting|writing|editing|compiled|research)\s+by\b"
    r"|\bcontributed(?:\s+\w+){0,3}?\s+(?:to\s+th(?:is|e)\s+(?:report|story|article)|reporting)\b"
    r"|^\W*(?:mit material von|mitarbeit:|avec (?:afp|reuters|ap)\W*$)", re.I)


# Text only: a flattened page repeats its headline, captions and labels (responsive layouts render them twice);
# in HTML a repeated line is the page's own (a recipe's "1 cup", a table's labels): F1 rose without it there.
DUPLICATE_REACH = 3     # kept lines between a line and its repeat: a layout's second rendering (1 and 8 measured lower)
CARD_LINES = 2          # lines between two cards' prices at least (the second card's name and another)
DUPLICATE_WORDS = 10    # a repeat this long anywhere is a caption, a standfirst or a title shown again (20 as good)


@document_pass("duplicate_line", "a body line that repeats an earlier body line near it, or a sentence-long line "
                                 "shown again anywhere", only="text")
def duplicate_line(blocks: list[Block], ctx: Context) -> list[Block]:
    """A short line said again far from its last showing is the page's own repetition (a table's labels, each
    product's "Pros" and "Cons", a training plan's "Warm Up. 10-20 Minutes"), and stays; so does a price alone
    said again on a shop's category past the next card's lines (two products, one price; not one card's price
    over its name and under it, "8,90 €" / "Sencha Kagoshima" / "8,90 €")."""
    seen: dict[str, tuple[int, int]] = {}       # line's text -> (its input line, its number among kept lines)
    said: list[tuple[str, int]] = []            # the paragraphs kept so far, folded, with their input lines
    out = []
    n = 0
    for b in blocks:
        if b.kept and b.role == "body":
            n += 1
            key = _duplicate_key(b.text)
            length = word_count(b.text)
            between = n - seen[key][1] - 1 if key in seen else 0
            if key in seen and (between <= DUPLICATE_REACH or length >= DUPLICATE_WORDS) \
                    and not (ctx.page_type == "collection" and price_alone(b.text) and between >= CARD_LINES):
                b = b.remove("duplicate_line", f"repeats line {seen[key][0]}")
            elif length >= 2 * DUPLICATE_WORDS and (lines := _said_again(key, said)) is not None:
                b = b.remove("duplicate_line", f"repeats lines {lines[0]} to {lines[1]} run together")
            elif key:
                seen[key] = (b.line, n)
                if length >= DUPLICATE_WORDS:
                    said.append((key, b.line))
        out.append(b)
    return out


def _duplicate_key(text: str) -> str:
    """What a line is compared by: case, spacing and punctuation folded, numbers kept (table rows differ only in
    them); a short line of a program with operators as it is written, but for its case and spacing (its
    punctuation is what it says: "z = x | y" and "z = {**x, **y}" are two lines). Not by its calls' brackets: a
    renderer spaces them out ('install. packages ("x")' is a second rendering of 'install.packages("x")')."""
    if OPERATORS.search(text) and word_count(text) < DUPLICATE_WORDS:
        return " ".join(text.lower().split())
    return fold(text)


RUN_TOGETHER_MIN = 2     # paragraphs of the story one block says again, at least
RUN_TOGETHER_SHARE = 0.8  # of its text


def _said_again(key: str, said: list[tuple[str, int]]) -> tuple[int, int] | None:
    """The story's paragraphs said again in one block, run together (a feed's or the markup's copy of the text the
    scrape kept under it): the input lines of the first and last it repeats, else None."""
    hits = [(k, line) for k, line in said if k in key]
    if len(hits) >= RUN_TOGETHER_MIN and sum(len(k) for k, _ in hits) >= RUN_TOGETHER_SHARE * len(key):
        return hits[0][1], hits[-1][1]
    return None
