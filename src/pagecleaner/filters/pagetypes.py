"""Passes that treat a page by its type (see pagetype.py): a listing's cards and a thread's posts are its content,
where on an article they would be other stories and comments."""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections import Counter
from itertools import takewhile
from typing import Callable, Iterator

from ..model import Block, shared_ancestors
from ..dates import has_date_shape
from ..pagetype import (BOOK_VERBS, BUTTON_ROW, BUY, CARD_AGE, CARD_BUTTONS, CARD_DAY, CARD_PAGES, DURATION, FEW_CARDS,
                        FORUM_MIN, HEADER_CHARS, OFFER_LINES, OFFER_TITLE_WORDS, OFFER_WORDS, PACK_SIZE, PHONE_ALONE,
                        POST_BUTTONS, PRICE_TOKEN, REPLY_SUBJECT, SHORT_CHARS, STOCK, THREAD_STATS, TIMED_INSIDE,
                        UNIT_PRICE, an_age, archive_entries, authors_line, bare_price, button_row, card_list,
                        date_field, dated_cards, dated_titles, forum_mark, has_price, list_control, offer_boxes,
                        one_link, price_alone, price_lines, priced_cards, priced_line, read_more, read_more_lines,
                        services_heading, signed_under, sort_control, split_button_row, teaser_ends, thread_marks,
                        timed_price, title_head, title_link, titled_read_more)
from ..pipeline import Context, document_pass
from ..textstats import (address_line, bracketed, ends_sentence, fold, is_prose, name_shaped, program_line,
                         unglued, word_count, words)
from ..vocab import CJK_COMMENT_WORDS, COMMENT_TOKENS, PHOTO_TOKENS, SIGNATURE_TOKEN, WEEKDAYS, made_of
from .context import ABOUT_HEADING, AFTER_SPAN, BEFORE_SPAN, page_title, related_heading
from .lexical import (FIVE_STARS, FOLLOWS, STARS, STARS_CHARS, comment_header, comment_widget, date_line,
                      post_footer, shop_badge)
from .structure import class_reason
from ..segment import shown_headline


# what a card holds that main_text cut, or that reads as the page's metadata: a card's date and author line
# ("March 1, 2020 by Jane Doe") is the listed post's, not the listing's
CARD_FIELDS = frozenset({"main_text", "date_line", "byline"})
# what took a card's heading or blurb as other matter: its title all link; its subtitle under the title as another
# <article>'s ("Three weeks later than last year, and only a handful", Hugo Stack's), or as a heading with no text
CARD_CUTS = frozenset({"link_density", "html_article", "end_matter"})
CARD_TEXT_WORDS = 6     # a card's line of this many words is its blurb, not its button ("Read more", "Continue")
# the class rule's verdict on a photo gallery's element: a shop's grid of products may be called one (Wix Stores'
# "gallery-app-root"); and on a promotion's: a news section's list calls each story's card one (Brightspot's
# "PagePromo"); and on a caption's: Bootstrap's card is a "thumbnail" of a picture over its "caption", the card's
# name, price and blurb (Costco's tiles); and on a widget's: a card's link to its product may be called one (Snapdeal's
# "dp-widget-link" around each name)
PHOTO_REASONS = frozenset(class_reason(t) for t in PHOTO_TOKENS | {"promo", "caption", "widget"})
# and on an advert's, on a classifieds site's list of them (Jiji's "b-list-advert__item"): on a shop's page of priced
# cards an advert is a listing, no advertisement
ADVERT_REASONS = frozenset(class_reason(t) for t in ("advert", "adverts", "ad", "ads"))


@document_pass("listing_cards", "on a listing (a page of posts', stories' or products' cards), gives back the cards "
                                "main_text or the link rule took: their linked titles and blurbs (and prices, the "
                                "menu rule's too), and "
                                "their dates and authors (the listed posts', not the page's), and (HTML) the "
                                "listing's description under its <h1>; removes the cards' counts alone on their "
                                "lines")
def listing_cards(blocks: list[Block], ctx: Context) -> list[Block]:
    if ctx.page_type not in CARD_PAGES:
        return blocks
    if ctx.input != "html":
        out = _makers(_counts(_card_fields(blocks, ctx.page_type == "listing")), ctx)
        return _facets(out) if ctx.page_type == "collection" else _between_bars(out)
    cards = card_list(blocks) or (priced_cards(blocks) if ctx.page_type == "collection" else frozenset())
    out = list(blocks)
    for k in _description(blocks, cards, ctx):
        out[k] = blocks[k].restore()
    out = _entries(out)
    lines: list[frozenset[str]] = []
    shop = ctx.page_type == "collection"        # (a card that is one link, its price too: Squarespace's)
    for i in cards:
        b = blocks[i]
        if (b.removed_by in CARD_FIELDS or (b.removed_by in CARD_CUTS or b.reason in PHOTO_REASONS
                                            or shop and b.reason in ADVERT_REASONS) and (
                b.kind == "heading" or word_count(b.text) >= CARD_TEXT_WORDS or title_link(blocks, b)
                or shop and (priced_line(b.text) or bare_price(b)))
                or shop and b.removed_by == "nav_run" and price_alone(b.text)) \
                and not titled_read_more(b.text, blocks, lines) and not read_more(b.text) \
                and shop_badge.fn(b, ctx) is None \
                and not post_footer(ctx, b.text) and not (shop and TIME_LAST.search(b.text)) \
                and not made_of(CARD_BUTTONS, unglued(b.text)):    # (its button: "Read more about <its title>";
            out[i] = b.restore()                                    #  its footer; its buttons, "ViewAdd to compare";
            #                                                          its badges, rating and offers, "$100 OFF",
            #                                                          "Any 3 for £4", which a class rule took first)
    if shop:
        out = _names_alike(out, blocks, cards)
    if ctx.page_type == "listing":
        out = _card_dates(out, blocks, cards)
    return _makers(_counts(_card_facts(_brands(out, cards, ctx), cards, ctx)), ctx)


def _card_dates(out: list[Block], blocks: list[Block], cards: frozenset[int]) -> list[Block]:
    """(HTML, a listing) A card's date and author line given back above goes again, the listed post's, not the page's
    ("hoshino 2024/11/02 ♥ 214", "March 3, 2024 by Anna Green"): no part of what a reader of the list reads, and no date
    or author of the page's; not the date on a list of events, which the class words of its element call one, the day
    each takes place ("March 16, 2026" / "FABCON" / "Atlanta, United States", in `<ul class="events">`); nor an
    archive's entry, its title and its day on a line, a card of that one line ("01 jun 2026 Mi escritorio en 2026",
    Bear's)."""
    if len(cards) < 2:
        return out
    depth = len(_common_ancestors([blocks[i] for i in sorted(cards)]))
    per_card = Counter(blocks[i].ancestors[depth] for i in cards if len(blocks[i].ancestors) > depth)
    entries = archive_entries(blocks) | {i for i in cards if len(blocks[i].ancestors) > depth
                                         and per_card[blocks[i].ancestors[depth]] == 1}
    return [b.remove("listing_cards", CARD_DATE) if b.kept and i in cards and i not in entries
            and (blocks[i].removed_by == "byline"
                 or blocks[i].removed_by == "date_line" and not _events(b))
            else b for i, b in enumerate(out)]


EVENT_TOKENS = frozenset({"event", "events", "agenda", "calendar", "veranstaltungen", "termine", "evenements",
                          "eventos", "eventi", "wydarzenia", "evenementen"})
CARD_DATE = "a card's date and author, the listed post's (not the page's)"


def _events(b: Block) -> bool:
    """The class words of the block's elements call it an event's (not Tailwind's "pointer-events-none", which the
    reader splits into "pointer", "events", "none")."""
    found = b.tokens & EVENT_TOKENS
    return bool(found - {"events"} if "pointer" in b.tokens else found)


def _names_alike(out: list[Block], blocks: list[Block], cards: frozenset[int]) -> list[Block]:
    """(HTML, a shop's category) The cards' names of a word or two ("Schwarzer Winter", a novel's), all link, which the
    link rule took (and which left their cards out of the list): each in the list, in an element of the path and
    class the other cards' names stand in, as `title_link` reads them, and that no other line of a card stands in
    (not the maker's, its product line's, its category's, all in <p>s of one link: Douglas's); and the line between
    a name read and its price on a page whose other cards show their maker over the name over the price (Farfetch's
    "530 low-top trainers" under "New Balance", which `title_link` reads as a maker's name over its category, as
    LiteCart's cards show a cup's name over its maker); no button ("Lire la suite »")."""
    titles = [b for b in blocks if b.index in cards and title_link(blocks, b)]
    if len(titles) < 2:
        return out
    depth = len(_common_ancestors(titles))          # (the list's element; each card an element under it)
    if not depth:
        return out
    shapes = {(b.path, b.tokens) for b in titles}
    per_card = Counter((b.path, b.tokens, b.ancestors[depth]) for b in blocks
                       if len(b.ancestors) > depth and (b.path, b.tokens) in shapes)
    alone = shapes - {(path, tokens) for (path, tokens, _), n in per_card.items() if n > 1}
    # (a page whose cards show a maker over the name over the price: a name read right over its price, a line over it
    # in its link)
    makers_over = any(t.index and _over_price(blocks, t) and one_link(blocks[t.index - 1], t) for t in titles)
    under = {t.index + 1 for t in titles if _name_under(blocks, t)} if makers_over else set()
    grid = titles[0].ancestors[depth - 1]
    return [b.restore() if b.removed_by == "link_density" and b.kind == "paragraph" and b.link_chars >= len(b.text)
            and ((b.path, b.tokens) in alone or b.index in under)
            and len(b.ancestors) > depth and b.ancestors[depth - 1] == grid
            and not read_more(b.text) and not made_of(CARD_BUTTONS, unglued(b.text)) else b for b in out]


def _over_price(blocks: list[Block], b: Block) -> bool:
    return b.index + 1 < len(blocks) and priced_line(blocks[b.index + 1].text)


def _name_under(blocks: list[Block], name: Block) -> bool:
    """The line right under a card's name read stands in the one link around both, the card's price under it: the
    name a maker's name of two words stands over ("New Balance" / "530 low-top trainers" / "£110")."""
    k = name.index + 1
    return k < len(blocks) and one_link(name, blocks[k]) and _over_price(blocks, blocks[k]) \
        and not priced_line(blocks[k].text)


BRAND_LINES = 2         # (HTML) lines over a card's name in its link that name its maker and its product line


def _brands(blocks: list[Block], cards: frozenset[int], ctx: Context) -> list[Block]:
    """(HTML, a shop's category) The maker and the product line over a card's name, inside the one link around the
    card ("Weleda" / "Skin Food" / "Hand Cream Lavendel", Douglas's; "Kvadra" / "Кроссовки Pace 2", Lamoda's): a few
    words each (in capitals too, "RAINS"), no price, no badge ("NEU", "-20%"), no count; the name alone does not say
    whose the product is."""
    if ctx.page_type != "collection":
        return blocks
    out = list(blocks)
    for b in blocks:
        if b.index not in cards or not b.kept or not title_link(blocks, b):
            continue
        for x in reversed(blocks[max(0, b.index - BRAND_LINES):b.index]):
            if x.kept or x.removed_by not in CARD_CUTS or not one_link(x, b) or len(words(x.text)) > MAKER_WORDS \
                    or has_price(x.text) or _card_count(x.text) or shop_badge.fn(x, ctx):
                break
            out[x.index] = x.restore()
    return out


# (a shop's or a classifieds' card: when the ad was put up, its time last, "Casalecchio di Reno (BO)Ieri alle 18:40",
# Subito's, is its fact)
TIME_LAST = re.compile(r"(?<!\d)\d{1,2}:\d{2}$")
FACT_WORDS = 6          # (HTML) a product card's fact is this short ("18 V", "Czas pracy: 60 min", "Pojemność 1,7 l")


def _card_facts(blocks: list[Block], cards: frozenset[int], ctx: Context) -> list[Block]:
    """(HTML, a shop's category) A card's facts under its name, each an item of a list or a term or its value
    ("18 V" / "55 Nm", "Czas pracy: 60 min", "Pojemność" / "1,7 l"): short, no link, no price; the card's
    name and price say which product it is, its page gives the facts."""
    if ctx.page_type != "collection":
        return blocks
    facts = [b for b in blocks if b.index in cards and b.kept and b.tag in ("li", "dt", "dd") and len(b.ancestors) > 1
             and not b.link_chars and not has_price(b.text) and word_count(b.text) <= FACT_WORDS]
    lists = Counter(b.ancestors[-2] for b in facts)     # (two items of one list at least: no card that is an item)
    out = list(blocks)
    for b in facts:
        if lists[b.ancestors[-2]] > 1:
            out[b.index] = b.remove("listing_cards", "a product card's fact (an item of its list of facts)")
    for i in cards:     # (and its seller or where the seller is, in an element its class words call so: "Sindh",
        b = blocks[i]   # Daraz's; "closet_of_anna", Poshmark's)
        if b.kept and not SELLER_TOKENS.isdisjoint(b.tokens) and word_count(b.text) <= PLACE_WORDS \
                and not has_price(b.text):
            out[i] = b.remove("listing_cards", "a product card's seller or seller's place")
    return out


SELLER_TOKENS = frozenset({"location", "city", "seller", "creator"})
PLACE_WORDS = 3         # a card's seller's name or place is this short ("Kab. Bandung", "Punjab")


MAKER_WORDS = 3         # a card's maker over its name is this short
MAKER_REACH = 3         # blocks under the name where its price stands


def _makers(blocks: list[Block], ctx: Context) -> list[Block]:
    """(a shop's category) A card's maker alone over its name that begins with it, its price under them
    ("Brenner" / "Brenner BS 12 Akkuschrauber 12 V" / "79,99 €"): the name says it, the line goes. Not a heading
    of a higher rank than the name's, a section's of the category ("Aceite de oliva" in an <h2> over "Aceite de oliva
    virgen extra Hacendado" in an <h4>, Mercadona's)."""
    if ctx.page_type != "collection":
        return blocks
    kept = [b for b in blocks if b.kept and b.role == "body"]
    out = list(blocks)
    for b, name in zip(kept, kept[1:]):
        if b.kind == "heading" and (name.kind != "heading" or b.level < name.level):
            continue
        if len(words(b.text)) <= MAKER_WORDS and name.text.startswith(b.text + " ") \
                and any(priced_line(p.text) for p in blocks[name.index + 1:name.index + 1 + MAKER_REACH]):
            out[b.index] = b.remove("listing_cards", "a card's maker over its name, which begins with it")
    return out


@document_pass("service_offers", "on a business's page, gives back its boxes of what it offers that main_text "
                                  "cut: (HTML) each offer's name over its line or two, or the offers under the "
                                  "heading of its services, the lines under its text that give its phone "
                                  "number or e-mail address, and their heading, and its address under its name; "
                                  "(text) the offers after the last one kept, each its name over a sentence or "
                                  "two, and its contact section right under the text")
def service_offers(blocks: list[Block], ctx: Context) -> list[Block]:
    if ctx.page_type != "service":
        return blocks
    blocks = _faq_section(blocks)
    if ctx.input != "html":
        timed = _timed_offers(blocks, text=True)
        offers = [b.restore() if b.index in timed and b.removed_by in SECTION_CUTS else b
                  for b in _offers_after_text(blocks)]
        return _testimonials(_contact_section(_team_section(_hours_section(offers)), text=True), text=True)
    boxes = offer_boxes(blocks) | _offers_under_heading(blocks) | _heading_over_offers(blocks) \
        | _about_section(blocks) | _timed_offers(blocks)
    linked = _linked_durations(blocks)
    prices = _prices_under_heading(blocks)      # (its offers' cards all links, their heading left empty: they too)
    offers = [b.restore() if b.index in boxes and b.removed_by == "main_text" or b.index in prices and b.removed
              or b.index in linked else b for b in blocks]
    return _address_under_name(_contact_section(_testimonials(_contact_under(_team_section(_hours_section(offers))))),
                               ctx)


def _address_under_name(blocks: list[Block], ctx: Context) -> list[Block]:
    """(HTML) The business's address right under its name, which main_text cut over its span ("27 Grey Street,
    Hamilton East, Hamilton 3216" under "Fluff & Fold Dog Grooming", Setmore's)."""
    head = shown_headline(blocks, ctx.meta["headline"], len(blocks) - 1) if ctx.meta.get("headline") else None
    if head is None or head + 1 >= len(blocks):
        return blocks
    b = blocks[head + 1]
    if b.removed_by != "main_text" or not address_line(b.text):
        return blocks
    out = list(blocks)
    out[b.index] = b.restore()
    return out


@document_pass("business_rating", "on a business's page, its rating in stars ('★★★★★' over each review, '4.9 ★ "
                                  "(62 reviews)'), once its text is found (a rule before main_text would part "
                                  "its sections there)")
def business_rating(blocks: list[Block], ctx: Context) -> list[Block]:
    if ctx.page_type != "service":
        return blocks
    return [b.remove("business_rating", "a business's rating in stars") if b.removed_by is None
            and len(b.text) <= STARS_CHARS and (FIVE_STARS.match(t := b.text.strip()) or STARS.match(t)) else b
            for b in blocks]


def _faq_section(blocks: list[Block]) -> list[Block]:
    """The business's questions and answers that main_text cut, over its span or under it: their heading ("FAQ",
    "Domande frequenti", "Häufige Fragen") and FAQ_PAIRS or more questions under it, each a short line that ends
    with its question mark over the sentences of its answer (ANSWER_LINES at most), up to the first line of another
    shape."""
    out = list(blocks)
    for h in blocks:
        if h.removed_by != "main_text" or len(h.text) >= FAQ_HEADING_CHARS or not FAQ_HEADING.match(h.text):
            continue
        found, k = [h.index], h.index + 1
        while k < len(blocks) and _question(blocks[k]):
            answer = list(takewhile(lambda b: b.removed_by == "main_text" and ends_sentence(b.text)
                                    and not _question(b), blocks[k + 1:k + 1 + ANSWER_LINES]))
            if not answer:
                break
            found += [k, *(b.index for b in answer)]
            k = answer[-1].index + 1
        if (len(found) - 1) // 2 >= FAQ_PAIRS:
            for i in found:
                out[i] = blocks[i].restore()
    return out


def _question(b: Block) -> bool:
    t = b.text.strip()
    return b.removed_by == "main_text" and t.endswith(QUESTION_ENDS) and word_count(t) <= QUESTION_MAX_WORDS


FAQ_PAIRS = 2           # questions with their answers under the heading, at least
ANSWER_LINES = 3        # lines of an answer, at most
QUESTION_MAX_WORDS = 20
QUESTION_ENDS = ("?", "？", "؟")
FAQ_HEADING_CHARS = 60
# the heading of a business's questions and answers, in its language
FAQ_HEADING = re.compile(r"^\W*(?:faqs?|frequently asked questions|common questions|questions (?:and|&) answers|"
                         r"häufige fragen|häufig gestellte fragen|fragen und antworten|questions fréquentes|"
                         r"foire aux questions|preguntas frecuentes|domande frequenti|perguntas frequentes|"
                         r"veel ?gestelde vragen|najczęściej zadawane pytania|częste pytania|časté dotazy|"
                         r"často kladené otázky|vanliga frågor|ofte stillede spørgsmål|ofte stilte spørsmål|"
                         r"usein kysytyt kysymykset|întrebări frecvente|gyakori kérdések|gyakran ismételt kérdések|"
                         r"sıkça sorulan sorular|часто задаваемые вопросы|вопросы и ответы|часті запитання|"
                         r"συχνές ερωτήσεις|よくある質問|常见问题|常見問題|자주 묻는 질문|الأسئلة الشائعة|שאלות נפוצות|"
                         r"pertanyaan umum|câu hỏi thường gặp)\W*$", re.I)


def _about_section(blocks: list[Block]) -> frozenset[int]:
    """(HTML) The business's section about itself that main_text cut after its span, further down the page than the
    kept text (a one-page site's "Über uns" under its portfolio and its awards): its heading ("About us", "Über uns",
    "Qui sommes-nous") and the paragraphs under it up to the next heading, none of them a link, one of them prose."""
    found: set[int] = set()
    for h in blocks:
        if h.kind != "heading" or not _cut_after(h) or not ABOUT_HEADING.match(h.text):
            continue
        section = []
        for b in blocks[h.index + 1:h.index + 1 + ABOUT_LINES]:
            if b.kind != "paragraph" or not _cut_after(b) or b.link_chars:
                break
            section.append(b.index)
        if any(is_prose(blocks[i].text) for i in section):
            found.update((h.index, *section))
    return frozenset(found)


ABOUT_LINES = 6         # (HTML) paragraphs under a business's heading about itself


def _testimonials(blocks: list[Block], text: bool = False) -> list[Block]:
    """The business's testimonials right under its kept text, which main_text cut after its span: their heading
    ("Das sagen unsere Kunden", "What our clients say", its reviews' word alone) and the short lines under it up to
    the next heading, one of them a quote ("«Seit drei Jahren schneidet Gartenbau Huber unsere Hecke. …»" /
    "Familie Keller, Seen") or a sentence."""
    return _section_under_text(blocks, TESTIMONIALS_HEADING, TESTIMONIAL_LINES, OFFER_WORDS,
                               lambda t: t.lstrip()[:1] in QUOTE_OPENERS
                               or ends_sentence(t) and word_count(t) >= TESTIMONIAL_WORDS, text)


SECTION_CUTS = ("main_text", "nav_run")     # the rules whose cut a business's section under its heading undoes


def _cut_headings(blocks: list[Block], heading: re.Pattern) -> Iterator[Block]:
    """The short lines `heading` matches that main_text or the menu rule cut: a business's section's heading."""
    return (h for h in blocks if h.removed_by in SECTION_CUTS and len(h.text) < SHORT_CHARS and heading.match(h.text))


def _hours_section(blocks: list[Block]) -> list[Block]:
    """The business's opening hours right under its kept text that main_text or the menu rule cut: their heading
    ("Opening Hours", "Öffnungszeiten", "Horaires") and the lines under it, each its days, their times or "Closed"
    (a table's rows, or its cells a line each: "Tuesday – Friday" / "9:00 – 19:00"), HOURS_MIN of them a time or a
    closed day, and the phone number right under them; not the footer's, under its address."""
    out = list(blocks)
    for h in _cut_headings(blocks, HOURS_HEADING):
        if not h.index or not blocks[h.index - 1].kept:
            continue        # (right under kept text: not the footer's hours under its address)
        found, timed = [h.index], 0
        for b in blocks[h.index + 1:h.index + 1 + HOURS_LINES]:
            rows = b.text.split("\n")
            if b.kind == "heading" or b.removed_by not in (None, *SECTION_CUTS) or not all(map(_hours_line, rows)):
                break
            found.append(b.index)
            timed += sum(TIME_RANGE.search(r) is not None or CLOSED.search(r) is not None for r in rows)
        if timed < HOURS_MIN:
            continue
        if (k := found[-1] + 1) < len(blocks) and blocks[k].removed_by in SECTION_CUTS \
                and PHONE_ALONE.match(blocks[k].text.strip()):
            found.append(k)
        for i in found:
            if blocks[i].removed_by in SECTION_CUTS:
                out[i] = blocks[i].restore()
    return out


HOURS_LINES = 10        # lines under the hours' heading, at most
HOURS_MIN = 2           # of them with a time or a closed day
HOURS_WORDS = 8         # each this short
# the heading of a business's opening hours, in its language
HOURS_HEADING = re.compile(r"^\W*(?:(?:opening|business|office|our|store|shop) (?:hours|times)|hours|"
                           r"öffnungszeiten|sprechzeiten|horaires(?: d'ouverture)?|heures d'ouverture|horarios?|"
                           r"horario de (?:atención|apertura)|orari(?: di apertura)?|orario|godziny otwarcia|"
                           r"openingstijden|openingsuren|horário(?: de funcionamento)?|öppettider|åbningstider|"
                           r"åpningstider|aukioloajat|otevírací doba|nyitvatartás|çalışma saatleri|часы работы|"
                           r"години роботи|графік роботи|ωράριο(?: λειτουργίας)?|営業時間|营业时间|營業時間|영업시간|"
                           r"ساعات العمل|שעות פתיחה|giờ mở cửa|jam buka)\W*$", re.I)
# a time's range ("9:00 – 19:00", "8–18 Uhr", "9h-18h", "9am to 5pm")
TIME_RANGE = re.compile(r"\d{1,2}(?:[:.h]\d{2})?\s?(?:h|uhr|am|pm|a\.m\.|p\.m\.)?\s?(?:[–—-]|to|bis|à|a|до|tot)\s?"
                        r"\d{1,2}(?:[:.h]\d{2})?", re.I)
# a day the business is closed, or open by appointment
CLOSED = re.compile(r"\b(?:closed|geschlossen|ruhetag|fermé|cerrado|chiuso|zamknięte|gesloten|fechado|stängt|lukket|"
                    r"stengt|suljettu|zavřeno|zárva|kapalı|закрыто|вихідний|выходной|by appointment|nach vereinbarung|"
                    r"sur rendez-vous|con cita previa|su appuntamento)\b", re.I)


# the days' short names an hours' table writes, and the full ones of the languages WEEKDAYS leaves out (under the
# hours' heading "So" is Sunday's, "Do" Thursday's)
HOURS_DAYS = WEEKDAYS | frozenset(
    "mo di mi do fr sa so lu ma me je ve sam dim lun mar mer jeu ven mié jue vie sáb dom gio pon wt śr czw pt sob "
    "nd wo vr za zo seg ter qua qui sex segunda terça quarta quinta sexta mandag tirsdag onsdag torsdag fredag "
    "lørdag søndag måndag tisdag lördag söndag".split())


def _hours_line(text: str) -> bool:
    """A line of the hours: its days, its times, or a closed day, short."""
    return len(words(text)) <= HOURS_WORDS and (TIME_RANGE.search(text) is not None or CLOSED.search(text) is not None
                                                or any(w.lower() in HOURS_DAYS for w in words(text)))


def _team_section(blocks: list[Block]) -> list[Block]:
    """The business's team that main_text or the menu rule cut inside its text: its heading ("Our Team", "Unser
    Team", "L'équipe") and the short lines under it, each a name or a role of TEAM_WORDS words at most ("Aoife" /
    "Senior Stylist" / "Ciara" / "Stylist"), TEAM_MIN of them or more, text kept over them and right under them
    (not a menu's "Meet the team" over its other pages' links, "FAQ" / "Technology Partnerships" / …)."""
    out = list(blocks)
    for h in _cut_headings(blocks, TEAM_HEADING):
        lines = list(takewhile(lambda b: b.removed_by in SECTION_CUTS and b.kind != "heading"
                               and len(words(b.text)) <= TEAM_WORDS and not ends_sentence(b.text)
                               and name_shaped(list(words(b.text))), blocks[h.index + 1:h.index + 1 + TEAM_LINES]))
        after = lines[-1].index + 1 if lines else len(blocks)
        if len(lines) >= TEAM_MIN and after < len(blocks) and blocks[after].kept \
                and any(b.kept for b in blocks[:h.index]):
            for b in (h, *lines):
                out[b.index] = b.restore()
    return out


TEAM_LINES = 16         # lines under the team's heading, at most
TEAM_MIN = 2            # names and roles, at least
TEAM_WORDS = 4
# the heading of a business's team, in its language
TEAM_HEADING = re.compile(r"^\W*(?:(?:our|the|meet (?:the|our)) (?:team|staff|stylists|therapists|experts)|"
                          r"(?:(?:unser|das|il nostro|il|nostro|ons|vårt|vores) )?team|staff|l'équipe|notre équipe|"
                          r"(?:nuestro )?equipo|(?:nasz )?zespół|(?:nossa )?equipe|(?:meidän )?tiimi|(?:náš )?tým|"
                          r"csapatunk|ekibimiz|(?:наша )?команда)\W*$", re.I)


def _section_under_text(blocks: list[Block], heading: re.Pattern, most: int, line_words: int,
                        needed: Callable[[str], bool], text: bool = False) -> list[Block]:
    """(HTML) The section right under the kept text that main_text cut after its span: its heading (`heading`) and
    the short lines under it (at most `most`, each `line_words` words at most, none a link but one that is itself
    `needed`, a phone number or an address to write to that the link rule took: "tel:" and "mailto:" links) up to
    the next heading, when one of them is `needed`. (`text`: scraped text, whose headings are lines like the others;
    the heading's words the footer's link's too, "Contact Us", the footer rule's or main_text's.)"""
    kept = [b.index for b in blocks if b.kept and b.role == "body"]
    if not kept or kept[-1] + 1 >= len(blocks):
        return blocks
    h = blocks[kept[-1] + 1]
    if not ((h.kind == "heading" or text) and (_cut_after(h) or text and h.removed_by == "copyright_footer")
            and heading.match(h.text)):
        return blocks
    lines = []
    for b in blocks[h.index + 1:h.index + 1 + most]:
        taken = _cut_after(b) and not b.link_chars or b.removed_by == "link_density" and needed(b.text)
        if b.kind == "heading" or not taken or word_count(b.text) > line_words or FORM_END.search(b.text):
            break           # (or the form's labels and its button, as text flattens it: "Name Phone Message Submit")
        lines.append(b.index)
    if not any(needed(blocks[i].text) for i in lines):
        return blocks
    return [b.restore() if b.index == h.index or b.index in lines else b for b in blocks]


# a form's button ending its line of fields, flattened, glued or not: "Name Phone Message Submit", "NameE-MailSenden"
FORM_END = re.compile(r"(?:^|\s|(?<=[a-z]))(?:submit|send|send message|senden|absenden|envoyer|enviar|invia|wyślij|"
                      r"verzenden|versturen|отправить|надіслати)$", re.I)


TESTIMONIAL_LINES = 8       # (HTML) a few quotes, each with its name under it
TESTIMONIAL_WORDS = 6       # (or a sentence this long, unquoted: "Με βοήθησαν να ξαναπερπατήσω κανονικά …")
QUOTE_OPENERS = "«“„\"‘'»"
# the heading over a business's testimonials, in its language
TESTIMONIALS_HEADING = re.compile(r"^\W*(?:testimonials?|reviews|what (?:our )?(?:clients|customers) say|"
                                  r"kundenstimmen|das sagen unsere kunden|referenzen|bewertungen|"
                                  r"avis clients|ils nous font confiance|témoignages|ce que disent nos clients|"
                                  r"testimonios|opiniones|lo que dicen nuestros clientes|dicono di noi|"
                                  r"testimonianze|opinie klientów|co mówią klienci|referenties|wat klanten zeggen|"
                                  r"depoimentos|o que dizem nossos clientes|omdömen|kundeomtaler|asiakaspalautteet|"
                                  r"отзывы(?: клиентов)?|відгуки(?: клієнтів)?|"
                                  # (Central and Eastern Europe's, the Baltic's, the Balkans', Greek, Turkish)
                                  r"kaj pravijo stranke|mnenja strank|što kažu klijenti|šta kažu klijenti|"
                                  r"iskustva klijenata|co říkají (?:klienti|zákazníci)|"
                                  r"čo hovoria (?:klienti|zákazníci)|"
                                  r"recenze|vélemények|ügyfeleink mondták|atsiliepimai|klientų atsiliepimai|"
                                  r"klientu atsauksmes|atsauksmes|arvustused|klientide tagasiside|"
                                  r"ce spun clienții|ce spun clientii|păreri|müşteri yorumları|müşteri yorumlari|"
                                  r"τι λένε οι πελάτες μας|мнения на клиенти|"
                                  # (or the reviews' word alone: "Κριτικές", SimplyBook.me's; "Recensioni", "Reseñas")
                                  r"κριτικές|αξιολογήσεις|recensioni|reseñas|avaliações|opinie|beoordelingen|"
                                  r"recensies|arvostelut|anmeldelser|recensioner|yorumlar)\W*$", re.I)


def _timed_offers(blocks: list[Block], text: bool = False) -> frozenset[int]:
    """A booking page's offers, FEW_CARDS or more, each its line of a duration and a price ("60 Minuten · 45,00 €", or
    its duration alone: "15 min", Calendly's) under its name (and its sentence of what it is between them, or under
    the line: "Hilfe beim Anlegen, …"), and the headings over its name (a group's, "Kurse"; the list's, "Terminart
    wählen"; in scraped text OFFER_LINES short lines at most, none a booking button or a line every offer repeats,
    its button "Auswählen"): Acuity's appointment types, which main_text cut around the one it kept."""
    timed = [b.index for b in blocks if timed_price(b.text) or DURATION.match(b.text.strip())]
    if len(timed) < FEW_CARDS:
        return frozenset()
    said = Counter(fold(b.text) for b in blocks)

    def name(b: Block) -> bool:
        return _offer_name(b) and said[fold(b.text)] < FEW_CARDS and not BOOK_BUTTON.match(b.text.strip())

    found: set[int] = set()
    for i in timed:
        found.add(i)
        n = i - 2 if i > 1 and _offer_line(blocks[i - 1]) else i - 1
        if n >= 0 and name(blocks[n]):
            found.update(range(n, i))
            k = n - 1
            while k >= 0 and name(blocks[k]) and (blocks[k].kind == "heading" or text and n - k <= OFFER_LINES):
                found.add(k)
                k -= 1
        if i + 1 < len(blocks) and _offer_line(blocks[i + 1]):
            found.add(i + 1)
    return frozenset(found)


def _linked_durations(blocks: list[Block]) -> frozenset[int]:
    """(HTML) A booking page's offers, FEW_CARDS or more, each a card that is one link, which the link rule took:
    its name, its duration alone ("15 min") and the sentence of what it is ("Intro call" / "15 min" / "A short call
    to see …", Calendly's event types)."""
    found: set[int] = set()
    for b in blocks[1:-1]:
        name, line = blocks[b.index - 1], blocks[b.index + 1]
        if DURATION.match(b.text.strip()) and name.removed_by == "link_density" and _offer_name(name) \
                and line.removed_by == "link_density" and ends_sentence(line.text) \
                and word_count(line.text) <= OFFER_WORDS:
            found.update((name.index, b.index, line.index))
    if len(found) >= FEW_CARDS * 3:
        return frozenset(found)
    # (or each card one line, its name, duration, price and sentence: Cliniko's appointment types)
    lines = [b.index for b in blocks if b.removed_by == "link_density" and word_count(b.text) <= OFFER_WORDS
             and TIMED_INSIDE.search(b.text)]
    return frozenset(lines) if len(lines) >= FEW_CARDS else frozenset()


def _heading_over_offers(blocks: list[Block]) -> frozenset[int]:
    """(HTML) The heading of a business's services right over the kept offers, which main_text left out as lying
    before its span: an <h2> over the first offer's kept <h3> ("Nuestros servicios" / "Apertura de puertas",
    UENI's)."""
    return frozenset(h.index for h in blocks[:-1] if h.kind == "heading" and h.removed_by == "main_text"
                     and h.reason == BEFORE_SPAN and (b := blocks[h.index + 1]).kept and b.kind == "heading"
                     and b.level > h.level and services_heading(blocks, h.index))


def _contact_section(blocks: list[Block], text: bool = False) -> list[Block]:
    """The business's own contact section right under the kept text, which main_text cut after its span: its
    heading ("Contacto", "Kontakt", "Get in touch") and the short lines under it up to the next heading, one of them
    a phone number or an e-mail address ("Calle de Delicias 31, 50017 Zaragoza" / "Abierto 24 horas, todos los días"
    / "976 123 456"). Not the footer's card: (HTML) the footer's lines went with their element, not by main_text;
    (text) the footer's stand further down, not right under the text."""
    return _section_under_text(blocks, CONTACT_HEADING, CONTACT_LINES, CONTACT_LINE_WORDS,
                               lambda t: CONTACT.search(t) is not None, text)


CONTACT_LINES = 6           # (HTML) a contact section's lines under its heading: an address, hours, a phone, a mail
CONTACT_LINE_WORDS = 12
# the heading of a business's own contact section, in its language
CONTACT_HEADING = re.compile(r"^\W*(?:contact(?: us)?|get in touch|find us|where to find us|kontakt(?:e)?|"
                             r"so finden sie uns|contactez-nous|nous contacter|contacto|contáctanos|dónde estamos|"
                             r"contatti|contattaci|dove siamo|contato|fale conosco|onde estamos|kontakt z nami|"
                             r"dojazd|contact opnemen|yhteystiedot|kapcsolat|контакты|контакти|iletişim|επικοινωνία|"
                             r"liên hệ|hubungi kami|お問い合わせ|联系我们|聯絡我們|문의|اتصل بنا|צור קשר|"
                             # (the way there, Korean's and Japanese's: "오시는 길", "アクセス")
                             r"오시는 ?길|찾아오시는 ?길|アクセス|交通方式|交通指南)\W*$", re.I)


def _offers_after_text(blocks: list[Block]) -> list[Block]:
    """(text) The kept text ends with an offer, its name over a sentence or two ("Tuinontwerp" / "Een ontwerp op
    schaal …"): the offers laid out the same way under it that main_text cut after its span come back ("Aanleg" /
    "Bestrating, …", "Onderhoud" / "Snoeien, …"), up to the first line of another shape (the button "Vraag een
    offerte aan", the footer). Or the kept text ends with the business's lead, and the heading of its services
    stands right under it, a button between or not ("Registruotis" / "Mūsų paslaugos"): the heading comes back,
    and the offers under it."""
    kept = [b.index for b in blocks if b.kept and b.role == "body"]
    if not kept:
        return blocks
    heading = next((i for i in range(kept[-1] + 1, min(len(blocks), kept[-1] + 2 + SERVICES_REACH))
                    if _cut_after(blocks[i]) and services_heading(blocks, i)), None)
    if heading is not None:
        out = list(blocks)
        out[heading] = blocks[heading].restore()
        return _offers_from(blocks, out, heading + 1)
    if len(kept) < 2 or not _offer_line(blocks[kept[-1]]) or not _offer_name(blocks[kept[-2]]) \
            or kept[-1] - kept[-2] > OFFER_LINES:
        return blocks
    return _offers_from(blocks, list(blocks), kept[-1] + 1)


SERVICES_REACH = 1      # (text) lines between the kept lead and the heading of the services: a button


def _offers_from(blocks: list[Block], out: list[Block], k: int) -> list[Block]:
    """The offers from block k on, each its name over a sentence or two that main_text cut, given back; each one's
    duration and price under its sentence come back with it, its booking button after them stays out ("45 λεπτά
    35,00 €" / "Κράτηση", SimplyBook.me's)."""
    while k < len(blocks):
        if _cut_price(blocks[k]):
            out[k] = blocks[k].restore()
            k += 1
            if k < len(blocks) and _cut_after(blocks[k]) and BOOK_BUTTON.match(blocks[k].text.strip()):
                k += 1
            continue
        name = blocks[k]
        lines = []
        j = k + 1
        while j < len(blocks) and len(lines) < OFFER_LINES and _cut_after(blocks[j]) and _offer_line(blocks[j]):
            lines.append(j)
            j += 1
        # (or a name right over its price, no sentence between: "Αθλητικό μασάζ" / "30 λεπτά 25,00 €")
        if not (_cut_after(name) and _offer_name(name) and (lines or j < len(blocks) and _cut_price(blocks[j]))):
            break
        for i in (k, *lines):
            out[i] = blocks[i].restore()
        k = j
    return out


def _cut_after(b: Block) -> bool:
    return b.removed_by == "main_text" and b.reason == AFTER_SPAN


OFFER_PRICE_WORDS = 5       # (text) an offer's line of its duration and price is this short ("45 λεπτά 35,00 €")
# a service's button to book it, alone on its line under its price: "Κράτηση", "Reservar", "Book", "Buchen"
BOOK_BUTTON = re.compile(rf"^(?:{BOOK_VERBS}|book|buchen|prenota|boeken|reserveer|rezervovat|varaa|boka|book tid|"
                         r"bestil tid|κράτηση|κλείστε ραντεβού|записаться|забронировать)$", re.I)


def _cut_price(b: Block) -> bool:
    """An offer's price on its line, its duration beside it or not ("30 min $25.00", "45 λεπτά 35,00 €"), which
    main_text cut after its span."""
    return _cut_after(b) and len(b.text.split()) <= OFFER_PRICE_WORDS and has_price(b.text) \
        and not ends_sentence(b.text)


MENU_REASON = class_reason("menu")


def _cut_before(b: Block) -> bool:
    return b.removed_by == "main_text" and b.reason == BEFORE_SPAN


def _offer_name(b: Block) -> bool:
    return 0 < len(words(b.text)) <= OFFER_TITLE_WORDS and not ends_sentence(b.text)


def _offer_line(b: Block) -> bool:
    """A sentence under an offer's name, short ("Barzdos formavimas skustuvu ir karštas rankšluostis.")."""
    return ends_sentence(b.text) and word_count(b.text) <= OFFER_WORDS and len(words(b.text)) >= OFFER_LINE_WORDS


OFFER_LINE_WORDS = 4    # (text) an offer's sentence under its name is this long at least


def _offers_under_heading(blocks: list[Block]) -> frozenset[int]:
    """The heading of a business's services that main_text cut after its text, and the offers under it laid out one
    after the other, no box for each (Canva's: every element a <div> of its own): FEW_CARDS or more names in
    headings that link nowhere, each over a short paragraph or two, up to the next heading of its rank."""
    for h in blocks:
        if h.kind != "heading" or h.removed_by != "main_text" or h.reason != AFTER_SPAN \
                or not services_heading(blocks, h.index):
            continue
        section = [h.index]
        names = lines = 0
        for b in blocks[h.index + 1:]:
            if b.kind == "heading" and b.level <= h.level or b.removed_by != "main_text" or b.link_chars:
                break
            if b.kind == "heading" and len(words(b.text)) <= OFFER_TITLE_WORDS:
                names, lines = names + 1, 0
            elif b.kind == "paragraph" and names and word_count(b.text) <= OFFER_WORDS and lines < OFFER_LINES:
                lines += 1
            else:
                break
            section.append(b.index)
        if names >= FEW_CARDS:
            return frozenset(section)
    return frozenset()


def _prices_under_heading(blocks: list[Block]) -> frozenset[int]:
    """The section of a business's prices that main_text cut after its text: its heading ("Цены", "Preise", "Our
    prices") and what it holds up to the next heading of its rank, a table or lines, PRICE_ROWS prices or more
    ("Диван двухместный | от 2 500 ₽"; "Sesión individual | 40 €" / "Bono de cinco sesiones | 180 €"), none of it a
    link but an offer's card that is one (`_linked_offer`); or the heading that end_matter left empty over such
    cards."""
    found: set[int] = set()
    for h in blocks:
        if h.kind != "heading":
            continue
        menu = h.reason == MENU_REASON         # (its element called the business's menu of what it offers:
        #                                        Treatwell's "VenueMenu"; a restaurant's)
        services = services_heading(blocks, h.index)
        if not (_cut_after(h) or h.removed_by == "end_matter" or (h.removed_by == "main_text" or menu) and services
                or menu and PRICES_HEADING.match(h.text)) or not (services or PRICES_HEADING.match(h.text)):
            continue            # (a restaurant's menu of dishes, its element called so too: "Menù", TheFork's)
        # (or the heading of its services over their names, durations and prices, over the text or under it:
        # "Serviços" / "Corte clássico" / "30 min" / "15 €", Fresha's)
        cut = (lambda b: b.reason == MENU_REASON) if menu else \
            _cut_after if h.removed_by != "main_text" or h.reason == AFTER_SPAN else _cut_before
        section = [h.index]
        for b in blocks[h.index + 1:]:
            if b.kind == "heading" and b.level <= h.level \
                    or not (cut(b) and not b.link_chars or b.kept or _linked_offer(blocks, b)
                            or b.removed_by == "relative_time" and DURATION.match(b.text.strip())):
                break
            section.append(b.index)
        if sum(priced_line(line) for i in section for line in blocks[i].text.split("\n")) >= PRICE_ROWS:
            found.update(section)
    return frozenset(found)


PRICE_ROWS = 2      # (HTML) prices under a business's heading of its prices, at least


def _linked_offer(blocks: list[Block], b: Block) -> bool:
    """An offer's card all one link, which the link rule took: a price alone, or the offer's name in a heading over
    it ("Tek ders" / "450 ₺", a Podia site's products under "Fiyatlar")."""
    return b.removed_by == "link_density" and (price_alone(b.text) or b.kind == "heading" and b.index + 1 < len(
        blocks) and blocks[b.index + 1].removed_by == "link_density" and price_alone(blocks[b.index + 1].text))


# the heading of a business's prices, in its language: "Prices", "Unsere Preise", "Nos tarifs", "Cennik", "Цены"
PRICES_HEADING = re.compile(r"^\W*(?:our |unsere |nos |nuestros |i nostri |nasze |onze |nossos |наши )?"
                            r"(?:prices|pricing|price list|rates|fees|preise|preisliste|tarife|tarifs|prix|precios|"
                            r"tarifas|prezzi|tariffe|listino prezzi|ceny|cennik|prijzen|tarieven|prijslijst|preços|"
                            r"priser|prisliste|hinnasto|hinnat|ceník|цены|прайс|прайс-лист|стоимость|ціни|вартість|"
                            # (the Baltic languages', Hungarian, Romanian, Turkish, Greek, the South Slavic ones')
                            r"kainos|kainoraštis|cenas|cenrādis|hinnad|hinnakiri|árak|árlista|prețuri|"
                            r"fiyatlar|fiyat listesi|τιμές|τιμοκατάλογος|cijene|cjenik|cene|cenik|"
                            # (Korean's, Japanese's, Chinese's: "수강료" the classes' fee, "요금 안내", "料金", "价格")
                            r"수강료|요금|요금 ?안내|이용 ?요금|가격|가격 ?안내|料金|料金表|料金プラン|価格|价格|價格|"
                            r"收费标准|收費標準|"
                            # (a restaurant's list of dishes and their prices: "Menù", "Speisekarte", "La carte")
                            r"menu|menù|menú|speisekarte|la carte|carta|karta|kaart|cardápio|ruokalista|меню|meny)"
                            r"\W*$", re.I)


CONTACT_REACH = 3       # blocks under a business's text where the lines to call or write it stand
CONTACT_WORDS = 30
CONTACT_CHARS = 300     # (and this long: the pattern's scan for an address is quadratic in a line's length)
CONTACT = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+|(?:\d[\s./-]?){7,}")      # an e-mail address, a phone number


def _contact_under(blocks: list[Block]) -> list[Block]:
    """(HTML) The sentences right under a business's text that say how to call or write it ("Ring 86 12 34 56 eller
    skriv til kontakt@… for et uforpligtende tilbud."), which main_text cut after its span: the page's, up to the
    first that is not (not an address's card, name, street and phone, a footer's); and their heading over them
    ("Contact" / "Bel 038 123 45 67 of mail naar info@… voor een offerte.")."""
    kept = [b.index for b in blocks if b.kept and b.role == "body"]
    if not kept:
        return blocks
    out = list(blocks)
    for b in blocks[kept[-1] + 1:kept[-1] + 1 + CONTACT_REACH]:
        if b.kind == "heading" and b.index == kept[-1] + 1 and b.removed_by == "main_text" \
                and len(words(b.text)) <= OFFER_TITLE_WORDS and b.index + 1 < len(blocks) \
                and _contact_line(blocks[b.index + 1]):
            out[b.index] = b.restore()
            continue
        if not _contact_line(b):
            break
        out[b.index] = b.restore()
    return out


def _contact_line(b: Block) -> bool:
    return _cut_after(b) and len(b.text) <= CONTACT_CHARS \
        and word_count(b.text) <= CONTACT_WORDS and ends_sentence(b.text) and CONTACT.search(b.text) is not None


DESCRIPTION_REACH = 6   # (HTML) blocks between a listing's <h1> and its first card
YEAR = re.compile(r"^(?:1[89]|20)\d\d$")     # a year alone: the heading of an archive's group of cards
DESCRIPTION_WORDS = 5   # its description is one sentence this long at least ("Neues aus dem Gewächshaus,
#                         Pflegetipps und was gerade blüht.": shorter than running text's PROSE_MIN_WORDS)


def _names_part(heading: str, headline: str) -> bool:
    """The heading is what the headline names besides its label: "低山歩き" under "カテゴリー「低山歩き」", "fietsen" under
    "Tag: fietsen" (a category's, a tag's name over its posts)."""
    ws = set(words(fold(heading)))
    return bool(ws) and ws < set(words(headline))


def _description(blocks: list[Block], cards: frozenset[int], ctx: Context) -> list[int]:
    """(HTML) The listing's own description that main_text left out as lying before the text: the paragraphs with
    no link between its <h1> (or the heading that shows its headline) and its first card ("Blog" / "Zapiski z
    pracowni: szkliwa, piece, …", Grav's; a category's, a tag's), and the heading itself when main_text cut it (an
    <h2> of a category's name over posts whose titles are <h1>s, Hatena Blog's); none when no such heading stands
    over them."""
    if not cards:
        return []
    name = fold(ctx.meta.get("headline") or "")
    found: list[int] = []
    first = min(cards)
    for k in range(first - 1, max(-1, first - 1 - DESCRIPTION_REACH), -1):
        b = blocks[k]
        if b.kind == "heading" and YEAR.match(b.text.strip()):
            if b.removed_by == "main_text" and b.reason == BEFORE_SPAN:
                found.append(k)         # (the year over the first cards, an archive's group: Congo's "2026")
            continue
        if b.kind == "heading" and k and _subtitle(blocks[k - 1], b, name):
            found.append(k)             # (a sentence in a heading right under it: its subtitle, an <h2>, JNews')
            continue
        if b.kind == "heading":
            if not _list_heading(b, name):
                return []
            cut = b.removed_by == "main_text" and b.reason == BEFORE_SPAN and not b.link_chars \
                or b.level == 1 and b.removed_by == "link_density" and fold(b.text) == name     # (or a blog's
            #                                                      name, its link home: "Erkélykert", blog.hu's <h1>)
            below = blocks[k + 1]       # (and the line under it that says what the blog is, no sentence: "Zöldség
            #                             és fűszernövény egy budapesti erkélyen")
            tagline = k + 1 < first and k + 1 not in found and below.removed_by == "main_text" \
                and below.reason == BEFORE_SPAN and below.kind == "paragraph" and not below.link_chars \
                and word_count(below.text) >= DESCRIPTION_WORDS
            return found + [k + 1] * tagline + [k] * cut    # (and the heading, when main_text cut it with them)
        if b.removed_by == "main_text" and b.reason == BEFORE_SPAN and b.kind == "paragraph" and not b.link_chars \
                and is_prose(b.text, min_words=DESCRIPTION_WORDS):
            found.append(k)
    return []


def _list_heading(b: Block, name: str) -> bool:
    """The heading that names the list: an <h1>, or the one that shows the page's headline (or a part of it)."""
    return b.level == 1 or fold(b.text) == name or _names_part(b.text, name)


def _subtitle(above: Block, b: Block, name: str) -> bool:
    """A heading that says what the list is in a sentence under the list's heading, main_text cut with the header
    ("Teknologi" / "Kabar gawai, aplikasi dan internet dari Lembah dan sekitarnya.", an <h2>)."""
    return above.kind == "heading" and _list_heading(above, name) and b.removed_by == "main_text" \
        and b.reason == BEFORE_SPAN and not b.link_chars and word_count(b.text) >= DESCRIPTION_WORDS \
        and ends_sentence(b.text)


CARD_HEAD = 3           # (text) blocks over a card's blurb: its title and its date and author line
SPAN_REASONS = (BEFORE_SPAN, AFTER_SPAN)     # main_text's verdicts on what lies outside its span (not a wall's)


def _card_fields(blocks: list[Block], listing: bool) -> list[Block]:
    """(text) The cards, from the first card's head to the last card's end (its blurb that ends with its link, or
    the "Read more" under it): what main_text cut between them (it keeps one card, the longest run of prose; not the
    page's buttons among them), a
    short blurb the paywall rule took for the link it ends with; each card's date and author line ("March 3, 2024
    by Anna Green"), when the card's blurb is kept, is the listed post's, not the page's: on a `listing` it goes
    as `_card_dates` takes it, on a shop's category it stays (its maker: "by Wade Logan"). Not the buttons; and
    the page's counts alone on their lines go (a card's likes and comments, "41")."""
    buttons = set(read_more_lines(blocks))
    titled = set(read_more_lines(blocks, titled=True))      # (the buttons with their card's title beside them too)
    dated = dated_cards(blocks)
    linked = teaser_ends(blocks)
    prices = price_lines(blocks)
    sale = {i + 1 for i in prices if i + 1 < len(blocks) and price_alone(blocks[i + 1].text)}   # (the sale's price
    #                                                                                 under the old one, nothing else)
    # (a card's price per unit under its price, or under its old price: "Jmf-pris 24,95 kr/kg", Hemköp's)
    units = {k for i in prices for k in range(i + 1, min(len(blocks), i + 1 + PRICE_TAIL))
             if len(t := blocks[k].text) < SHORT_CHARS and (m := UNIT_PRICE.search(t)) is not None
             and (has_price(t) or m.group("currency"))}     # (or in pence: "22.5p/100g", Asda's)
    # (a card's blurb over its "Read more", that button alone or naming the card's title: Drupal's and Backdrop's
    # "Tovább Lezárult a szezonzáró regatta")
    # (or, on a page of no other cards, an archive's titles, each with its day on its line or the next, one under
    # the other with nothing between them, Hakyll's)
    ends = sorted(linked | set(dated) | {i - 1 for i in buttons | titled} | set(prices) | sale | units) \
        or _entry_run(archive_entries(blocks))
    blocks = _entries(blocks)
    if not ends:
        return blocks
    out = list(blocks)
    start = max(0, min(ends[0] - CARD_HEAD, dated.get(ends[0], ends[0])))      # (a dated card's title may stand
    #                                                                           higher: its author's line under it)
    # a card's title over its price or its date, that the menu rule took with the lines over the first card (a
    # filter's options, "Más de 35 L (1)" / "Mochila Cumbre 28 L"; a list's tags, "Notizen" / "Ein Winter ohne …")
    for p in prices:        # a card's line with its price over its buy button, that the menu rule took with the
        #                     footer's lines under the last card ("Tossut huopapohjalla 39,00 € Vähissä")
        if blocks[p].removed_by == "nav_run" and p + 1 < len(blocks) and BUY.match(blocks[p + 1].text.strip()):
            out[p] = blocks[p].restore()
    said = Counter(fold(b.text) for b in blocks)
    for t in {_name_over_price(blocks, p, said) for p in prices} | dated_titles(blocks, dated):
        if t >= 0 and blocks[t].removed_by == "nav_run" and not priced_line(blocks[t].text) \
                and word_count(blocks[t].text) >= CARD_NAME_WORDS and not list_control(blocks[t].text):
            out[t] = blocks[t].restore()
    for p in sorted(set(prices) | sale):    # a price alone under a card's kept name (or the sale's under the old
        #                                     price given back), that the menu rule took with the lines around
        if p and out[p].removed_by == "nav_run" and out[p - 1].kept and price_alone(blocks[p].text) \
                and not PRICE_RANGE.search(blocks[p].text):     # the cards (their filters over them, each card's
            out[p] = blocks[p].restore()        # shop's town: "Rp68.000"; not a filter's range, "0 - 250 TL")
    for i in _description_over(blocks, start, listing):     # (a shop's category's description under its heading,
        out[i] = blocks[i].restore()                        # over its cards; a listing's, and its heading)
    for i in range(start, ends[-1] + 1):
        if blocks[i].removed_by == "main_text" and blocks[i].reason in SPAN_REASONS and i not in titled \
                and not made_of(CARD_BUTTONS, unglued(blocks[i].text)) and not sort_control(blocks[i].text) \
                and not _price_filter(blocks[i].text) \
                or i in linked and blocks[i].removed_by == "paywall_prompt":    # (a short blurb that ends with its
            out[i] = blocks[i].restore()                                        # link, 'Continue reading "…"')
    tail = _card_tail(blocks, ends[-1]) if ends[-1] in dated else ends[-1]
    for i in range(start, tail + 1):        # a card's date and author with its blurb, not over one cut (the cards of
        #                                     other stories under a story's wall); or its age, which no rule takes
        #                                     for a date ("3 дня назад 8,1 тыс. просмотров"); or its authors' names
        #                                     over its date ("Lucía Ferrer, Diego Salas" / "30 nov 2026")
        aged = listing and out[i].kept and blocks[i].kind != "heading" \
            and (CARD_AGE.match(t := blocks[i].text.strip()) or CARD_DAY.match(t)      # (or "Thursday 3:30PM")
                 or authors_line(t) and i + 1 < len(blocks) and _date_alone(blocks[i + 1].text))
        if (blocks[i].removed_by in CARD_FIELDS and blocks[i].removed_by != "main_text" or aged) \
                and i not in buttons and word_count(blocks[i].text) <= CARD_FIELD_WORDS \
                and out[ends[min(bisect_left(ends, i), len(ends) - 1)]].kept:
            out[i] = blocks[i].remove("listing_cards", CARD_DATE) if listing else blocks[i].restore()
    return out


PRICE_TAIL = 2          # (text) lines under a card's price where its price per unit stands: under the old price


def _entry_run(entries: frozenset[int]) -> list[int]:
    """An archive's entries when they stand one under the other (a title and its day on a line, or on two: soup's),
    none of the list's posts' blurbs between them."""
    return sorted(entries) if entries and max(entries) - min(entries) < 2 * len(entries) else []


def _date_alone(text: str) -> bool:
    return len(t := text.strip()) < SHORT_CHARS and has_date_shape(t)


def _card_tail(blocks: list[Block], blurb: int) -> int:
    """(text) The last line of the last dated card's fields under its blurb, its authors' names over its date
    ("Lucía Ferrer" / "2 oct 2026" / "3 min de lectura"), CARD_TAIL lines at most; its blurb when none follow."""
    k = blurb
    while k + 1 < len(blocks) and k - blurb < CARD_TAIL and (authors_line(t := blocks[k + 1].text.strip())
                                                             or _date_alone(t) or date_field(t)):
        k += 1
    return k


CARD_TAIL = 3           # (text) lines of a card's fields under its blurb: its authors, its date, its reading time


def _description_over(blocks: list[Block], start: int, listing: bool = False) -> list[int]:
    """(text) A category's description over its cards, which main_text cut with the header when the page's prose
    under the cards won the span (a shop's guide to the category): its sentences between the line that shows the
    page's title (its first line, the site's name cut: "Langrennsski" of "Langrennsski | Kjøp langrennsski på nett
    | XXL") and the first card's head, HEADING_REACH lines at most above it. On a `listing`, the heading too, when it
    shows the title's words before the site's name after a joint ("Aktuelt" of "Aktuelt – Nordre Aker Kor"; not a
    blog's name that opens the title, "La cocina de Amparo: Recetas tradicionales", over its tagline, the blog's),
    and its sentences as short as a description's ("Nyheter fra øvelsene, konsertene og styret.")."""
    title = fold(title_head(blocks[0].text)) if listing and blocks else page_title(blocks)
    if not title:
        return []
    head = next((k for k in range(start - 1, max(0, start - HEADING_REACH) - 1, -1)
                 if k and (f := fold(blocks[k].text)) and (f == title or not listing and title.startswith(f"{f} "))),
                None)
    if head is None:
        return []
    found = [k for k in range(head + 1, start) if blocks[k].removed_by == "main_text"
             and (is_prose(t := blocks[k].text) or listing and is_prose(t, min_words=DESCRIPTION_WORDS)
                  and not sort_control(t))]
    return found + [head] if listing and found and blocks[head].removed_by == "main_text" else found


HEADING_REACH = 16      # (text) lines over the first card's head where the list's heading may stand (filters between)


NAME_REACH = 2          # (text) lines between a card's name and its price: its stock, its count of ratings, its
#                         category


def _name_over_price(blocks: list[Block], p: int, said: Counter) -> int:
    """(text) The line of a card's name over its price at `p`: right over it, or over the card's stock ("Skladem"),
    its count of ratings in brackets ("(312)"), its pack size ("1000 g", Hemköp's) or a line every card says (its
    category, "Handcreme"); not a fact that opens with its number over them ("2 Akkus, Ladegerät" / "★★★★★" /
    "(214)")."""
    stock = p - 1 - (p > 1 and (STOCK.match(x := blocks[p - 1].text.strip()) or PACK_SIZE.match(x)) is not None)
    t = p - 1
    while p - t <= NAME_REACH and t > 0 and (STOCK.match(x := blocks[t].text.strip()) or bracketed(x)
                                            and _card_count(x) or PACK_SIZE.match(x) or said[fold(x)] >= FEW_CARDS):
        t -= 1
    return t if t == stock or not blocks[t].text.lstrip()[:1].isdigit() else stock


def _entries(blocks: list[Block]) -> list[Block]:
    """An archive's entries, each a title and its day on a line, which the date rule took for date lines."""
    entries = archive_entries(blocks)
    return [b.restore() if b.index in entries and b.removed_by == "date_line" else b for b in blocks]


PRICE_RANGE = re.compile(r"\d\s*[-–]\s*\D{0,3}\d")     # "0 - 250 TL", "£10 - £20" (not "12,- €")
# a filter's range of prices in words, its label first or not: "Cena od 899 Kč do 6 490 Kč", "Price from $5 to $80"
PRICE_FILTER = re.compile(r"^(?:[^\W\d_]+\s?:?\s)?(?:od|from|von|de|desde|da|vanaf|från|fra|от|від)\s\S.*"
                          r"\s(?:do|to|bis|à|a|hasta|tot|till|til|до)\s\S", re.I)
PRICE_FILTER_WORDS = 10
CARD_NAME_WORDS = 2     # (text) a card's title the menu rule took is this long at least (not a filter's "Price")
CARD_FIELD_WORDS = 12   # (text) a card's line of date and author is this short (not the blog's author's bio over the
#                         cards, "Escrito por Inês Rocha, que vive em Lisboa e escreve …")


# (text) a filter's value with its count of products in brackets, on its line: "12 V (31)", "Makita (38)"
FACET = re.compile(r"^[^\W_][^()\n]{0,40}\s?\(\d{1,6}\)$")
FACET_RUN = 2           # values in a row, at least
FACET_NAME_WORDS = 3    # the filter's name over them is this short


def _facets(blocks: list[Block]) -> list[Block]:
    """(text, a shop's category) Its filters over the cards, before the first price: a run of FACET_RUN values or
    more, each with its count in brackets on its line or on the line under it, as soup splits them ("12 V (31)" /
    "18 V (86)"; "Makita" / "(38)"), and the filter's name over them ("Įtampa"); and a price filter's unit alone,
    its fields' numbers unread ("€", "– €")."""
    first = next((b.index for b in blocks if b.kept and priced_line(b.text)), len(blocks))
    out = list(blocks)

    def counted(i: int) -> bool:
        return i + 1 < first and bracketed(t := blocks[i + 1].text.strip()) and _card_count(t)

    i = 0
    while i < first:
        run = []
        while i < first and blocks[i].kept and word_count(blocks[i].text) <= FACET_NAME_WORDS + 2 \
                and ((facet := FACET.match(blocks[i].text.strip())) or counted(i)):
            run.append(i)
            i += 1 if facet else 2      # (past its count's line under it, soup's shape)
        if len(run) >= FACET_RUN:
            for k in run:
                out[k] = blocks[k].remove("listing_cards", "a filter's value and its count of products")
            name = next((k for k in range(run[0] - 1, -1, -1) if blocks[k].kept), None)
            if name is not None and 0 < len(words(blocks[name].text)) <= FACET_NAME_WORDS \
                    and not any(c.isdigit() for c in blocks[name].text):
                out[name] = blocks[name].remove("listing_cards", "a filter's name over its values")
        elif blocks[i].kept and (t := blocks[i].text.strip()) and not any(c.isalnum() for c in t) \
                and any(unicodedata.category(c) == "Sc" for c in t):
            out[i] = blocks[i].remove("listing_cards", "a price filter's unit, its fields' numbers unread")
        i += not run
    return out


def _price_filter(text: str) -> bool:
    return len(text.split()) <= PRICE_FILTER_WORDS and has_price(text) and PRICE_FILTER.match(text) is not None


def _counts(blocks: list[Block]) -> list[Block]:
    return [b.remove("listing_cards", "a card's count alone (its likes, comments, views)")
            if b.kept and b.kind != "heading" and _card_count(b.text) and not YEAR.match(b.text.strip())
            and PRICE_TOKEN not in b.tokens else b
            for b in blocks]    # (not a year over its posts' cards, "2025": a heading, or a <div> set as one, Hugo's;
    #                             nor a number in an element the class calls a price, Albert Heijn's "13.49" with
    #                             no currency)


CENTS = re.compile(r"\d[.,]\d\d$")
COUNT_DIGITS = 6        # a card's count of likes, comments or views, alone on its line ("41", "1,204"), is this short
# or its counts with their words: "38 vues 2 commentaires", "1.2K views · 5 comments", "12 Kommentare", a product
# card's "12 reviews"
COUNT_WORDS = (r"views?|vues?|aufrufe|vistas?|visualizzazioni|wyświetle[nń]|wyświetlenia|visualizações|weergaven|"
               r"comments?|commentaires?|kommentare?|comentarios?|commenti|komentarz(?:e|y)?|comentários?|reacties|"
               r"likes?|j'aime|reads?|lectures?|"
               r"claps?|applausi|applaus|aplausos|applaudissements|"      # (a clap, a like: Medium's, Mighty Networks')
               r"komment(?:ek)?|hozzászólás(?:ok)?|megtekintés|komentář(?:e|ů)?|komentár(?:e|ov)?|"   # (Hungarian,
               #                                                                                 Czech, Slovak)
               r"reviews?|bewertungen|avis|valoraciones|opiniones|recensioni|opinie|opinii|beoordelingen|avaliações|"
               # (or the listing's count of its posts over them: "3 Beiträge", "12 posts")
               r"posts?|beiträge|beitrag|articles?|artikel|entries|einträge|entradas|articoli|billets|wpis(?:y|ów)|"
               r"berichten|"
               # (and in the scripts written without spaces: "1,284 記事", Zenn's count of a topic's articles)
               r"記事|投稿|件|글|篇|"
               # (and a card's length in characters and its reading time in minutes, each alone: "2431 字", "5 分",
               # Fuwari's)
               r"字|文字|分|分钟|分鐘")
COUNTS = re.compile(rf"^(?:\W*\d[\d.,]*[kKmM]?\s*(?:{COUNT_WORDS}))+\W*$", re.I)
# or each count in brackets after its word, the card's theme after its label last or not: "Comments (4) Likes (18)",
# "コメント(4) いいね(18) テーマ：季節のパン" (Ameba's; as soup splits it, "いいね(18)"), "댓글 (3) 공감 (12)"
# or after it with no brackets, each count then a space or the line's end: "LGTM 38 ストック 21" (Qiita's likes and
# bookmarks), "記事 12,480 フォロワー 9,311"
# or a dash or a colon between each word and its count, and Chinese's ten thousand after it: "随笔 - 42 文章 - 0 评论 -
# 17 阅读 - 5万" (a blog's counts of its posts, articles, comments and reads over its cards, cnblogs'; a card's
# recommendations, "推荐(0)")
# or its trackbacks' too, spaced in their brackets, and its like button last with no count: "コメント (2) | Trackback ( 0 )
# | いいね" (goo blog's)
_COUNTED = (rf"(?:{COUNT_WORDS}|{'|'.join(CJK_COMMENT_WORDS)}|いいね|点赞|阅读|閲覧|좋아요|공감|조회|lgtm|ストック|"
            rf"随笔|文章|推荐|推薦|trackbacks?|トラックバック|{FOLLOWS})")
LABELLED_COUNTS = re.compile(rf"^(?:{_COUNTED}\s?(?:[(（]\s?\d[\d.,]*[kKmM万]?\s?[)）][\s|·•]*|"
                             r"(?:[-:：]\s?)?\d[\d.,]*[kKmM万]?(?:[\s|·•]+|$)))+"
                             r"(?:いいね|点赞|좋아요|공감|like)?"
                             r"(?:[^\W\d_]{1,20}\s?[:：]\s?[^:：]{1,30})?$", re.I)
COUNT_CHARS = 60


def _between_bars(blocks: list[Block]) -> list[Block]:
    """(text, a listing) A card's field between two bars of its line of fields, which soup splits at each link:
    "posted by 山子 | 18:40 |" / "高尾・陣馬" (its category's link) / "| comments(4)"."""
    out = list(blocks)
    for i in range(1, len(blocks) - 1):
        b = blocks[i]
        if b.kept and b.kind != "heading" and blocks[i - 1].text.endswith("|") \
                and blocks[i + 1].text.startswith("|") and word_count(b.text) <= CARD_FIELD_WORDS \
                and not ends_sentence(b.text):
            out[i] = b.remove("listing_cards", "a card's field between the bars of its line of fields")
    return out


def _card_count(text: str) -> bool:
    if text[:1] == "|":         # (the bar before it, its line of fields split at its links: "| trackbacks(0)")
        text = text[1:].lstrip()
    if bracketed(text):         # (in brackets: a card's count of ratings beside its stars, "(23)")
        text = text[1:-1]
    if len(text) <= COUNT_DIGITS and text.replace(",", "").replace(".", "").isdigit():
        return not CENTS.search(text)   # (not an amount with its cents, a price with no currency: "17.99")
    return len(text) <= COUNT_CHARS and (text[:1].isdigit() and COUNTS.match(text) is not None
                                         or LABELLED_COUNTS.match(text) is not None)


POST_KINDS = frozenset({"paragraph", "list_item", "quote", "code"})     # what a post's text is read as
SPAN_OR_KEPT = (None, "main_text")
POST_FRAME = "the post's frame (its author's card, its number, its buttons), not its text"


@document_pass("thread_posts", "on a forum thread, gives back the replies main_text cut: (HTML) in each post, what "
                               "stands where the kept post's text stands and the comments under it, and removes each "
                               "post's frame; (text) the sentences and program lines among the posts' fields and "
                               "buttons, and removes those")
def thread_posts(blocks: list[Block], ctx: Context) -> list[Block]:
    if ctx.page_type != "forum":
        return blocks
    if ctx.input != "html":
        return _thread_sentences(blocks, ctx)
    post, depth, items = _a_thread(blocks)
    if post is None:
        return blocks
    if not items:           # (no element per post: a mail archive's messages side by side in <pre>s, public-inbox's;
        return [b.remove("thread_posts", POST_FRAME) if b.kept and b.role == "body" and forum_mark(b.text) else b
                for b in blocks]        # its posts' headers are still their frames)
    posts = items | {post.ancestors[depth]} | _opening_post(blocks, post, depth)
    in_thread = [b for b in blocks if posts.intersection(b.ancestors)]
    # the elements the posts' text sits in (not a link's: "Top", the button under each post, may share its path):
    # the one around its paragraphs, or the <div> that holds its sentences itself (MyBB's "post_body", beside the
    # post's header with its time, each in a <div> of the same path)
    # (not a post's frame shaped as its text: the prompt to sign in under the thread, a <p> in the replies' box)
    frames = {b.index for b in in_thread if _frame(b, ctx)}
    texts = {_own_element(b) if b.tag == "div" else b.ancestors[-2] for b in in_thread
             if b.path == post.path and _in_play(b) and (b.tag != "div" or _says(b.text)) and b.index not in frames}
    texts |= _texts_shaped_apart(in_thread, posts, texts, len(post.ancestors) - depth)
    out = list(blocks)
    for b in in_thread:
        text = bool(texts.intersection(b.ancestors))
        frame = b.index in frames
        if (b.removed and _in_play(b) and text or _comment_on_a_post(b)) and not frame:
            out[b.index] = b.restore()
        elif b.kept and b.role == "body" and (not text or frame):
            out[b.index] = b.remove("thread_posts", POST_FRAME)
    out = _question_under_title(out, ctx)
    return [b.remove("thread_posts", POST_FRAME) if b.kept and b.role == "body" and _post_label(b) else b for b in out]


def _question_under_title(blocks: list[Block], ctx: Context) -> list[Block]:
    """(HTML) A question's text right under its title, in the title's box, which main_text left out as lying before
    the answers it kept: shaped apart from them, no post's path to find it by ("다육이 잎이 물러요" / "화분에 심은
    다육이 … 살릴 수 있을까요?", Naver KnowledgeiN's <div> under its title's, the answers' text in <p>s)."""
    title = fold(ctx.meta.get("headline") or "")
    head = next((b for b in blocks if title and fold(b.text) == title), None)
    if head is None or len(head.ancestors) < QUESTION_BOX:
        return blocks
    box = head.ancestors[-QUESTION_BOX]
    out = list(blocks)
    for b in blocks[head.index + 1:head.index + 1 + QUESTION_REACH]:
        if b.removed_by == "main_text" and b.reason == BEFORE_SPAN and box in b.ancestors and not b.link_chars \
                and b.kind == "paragraph" and ends_sentence(b.text) and word_count(b.text) >= QUESTION_WORDS \
                and not forum_mark(b.text):
            out[b.index] = b.restore()      # (a sentence: not the thread's counts, "4 posts, 212 views", nor the
            #                                 board's tagline, "Fix it, build it, grow it")
    return out


QUESTION_BOX = 3        # (HTML) the title's box, two elements up from its own
QUESTION_REACH = 2      # blocks under the title where the question's text stands
QUESTION_WORDS = 6      # and it says this much at least


# the rules that would take a line of a post's frame the class rule took first (it is then none of theirs to read)
FRAME_RULES = (comment_widget, comment_header, date_line)


def _frame(b: Block, ctx: Context) -> bool:
    """A line of a post's frame, in the post's text element too: its "Quote" button, its author's signature; and
    what the class rule took that the comments' or the date's rules would: the prompt to sign in under the thread,
    "Zaloguj się, aby dołączyć …", a reply's header of its author and time, "B1 國立政治大學 · 匿名 3月12日 22:03"
    (Dcard's, in a <div> beside the reply's text, of the same path)."""
    return forum_mark(b.text) or SIGNATURE_TOKEN in b.tokens \
        or b.removed_by == "html_class" and any(rule.fn(b, ctx) is not None for rule in FRAME_RULES)


def _own_element(b: Block) -> int:
    """The element of the block's own tag: a line a <br> ended inside a <span> stands in the <div> around the
    <span>, as the line after its last <br> does (2channel's "<div class="message"><span class="escaped">…<br>…
    </span></div>")."""
    tags = b.path.split(">")
    return next((b.ancestors[-1 - i] for i in range(min(len(tags), len(b.ancestors))) if tags[-1 - i] == b.tag),
                b.ancestors[-1])


def _texts_shaped_apart(in_thread: list[Block], posts: set[int], texts: set[int], below: int) -> set[int]:
    """The text element of each post none of whose blocks stands in a post's text as the page's most posts' do
    (its sentences a level deeper: a reply of a paragraph and a program in a mailing list's archive, where the other
    posts' text is one <div>): the element that holds the post's sentences, as deep under the post's element as
    their text is, or deeper."""
    said: dict[int, list[Block]] = {}
    for b in in_thread:
        item = next((a for a in b.ancestors if a in posts), None)
        if item is not None and _in_play(b) and _says(b.text):
            said.setdefault(item, []).append(b)
    found = set()
    for item, bs in said.items():
        if any(texts.intersection(b.ancestors) for b in bs):
            continue
        common = _common_ancestors(bs)
        at = item in common and common.index(item) + below - 1     # (the depth of the posts' own text element)
        if at and len(common) > at:
            found.add(common[-1] if len(bs) > 1 else common[-2] if bs[0].tag != "div" else common[-1])
    return found


def _common_ancestors(bs: list[Block]) -> tuple[int, ...]:
    """The elements all the blocks sit in, outermost first."""
    return bs[0].ancestors[:min((len(shared_ancestors(bs[0], b)) for b in bs[1:]), default=len(bs[0].ancestors))]


STATS_CHARS = 80        # a thread's line of counts is this short
STATUS_TOKENS = frozenset({"status", "badge", "state"})
STATE_WORDS = 2         # a thread's state, the badge over its post ("Answered", "Solved", "Besvarad"), is this short


def _post_label(b: Block) -> bool:
    """(HTML) What stands anywhere in a thread as a post's frame, wherever its element is: a score or count of
    votes alone ("4"), or the thread's state in a badge ("Solved", "Beantwortet"), or its counts of replies and
    views ("3 replies 14 views 2 users"), or a line of a post's frame outside the posts (a mailing list's buttons
    under its last message, "Reply all Reply to author Forward"), or its counts of likes and comments ("14 likes 3
    comments")."""
    t = b.text.strip()
    return SCORE.match(t) is not None or forum_mark(t) or _card_count(t) \
        or len(t) < STATS_CHARS and THREAD_STATS.search(t) is not None \
        or not STATUS_TOKENS.isdisjoint(b.tokens) and word_count(t) <= STATE_WORDS and not ends_sentence(t)


def _posts_around(blocks: list[Block], post: Block) -> tuple[int, frozenset[int]]:
    """The depth of the element that holds the thread, and its other posts: of the elements `post` sits in, the
    one whose children (other than the post's own) are the most, each holding blocks kept or cut by main_text
    shaped as `post` is (the same path); on a tie, the one whose children with the post's hold the most such
    blocks (a reply nested in the post's element: Lemmy's tree of comments), then the deeper."""
    shaped = [b for b in blocks if _in_play(b) and b.path == post.path]
    best: tuple[int, int, int, frozenset[int]] = (0, 0, 0, frozenset())
    top = len(post.ancestors) - (1 if post.tag == "div" else 2)
    for depth in range(top, 0, -1):     # (not the post's own paragraphs, the element its text stands in holds: no
        #                                 other posts; but a <div> that holds its text itself may be the post,
        #                                 its sentences and its signature apart by a <br>: MetaFilter's)
        container, own = post.ancestors[depth - 1], post.ancestors[depth]
        under = [b for b in shaped if len(b.ancestors) > depth and b.ancestors[depth - 1] == container]
        items = frozenset(b.ancestors[depth] for b in under if b.ancestors[depth] != own)
        if (len(items), len(under)) > best[:2]:
            best = (len(items), len(under), depth, items)
    return best[2], best[3]


def _a_thread(blocks: list[Block]) -> tuple[Block | None, int, frozenset[int]]:
    """A post, the depth of the thread's element and the other posts (`_posts_around`): the post of the shape most
    of the page's words are in; or, when no other post is shaped as it is (the opening post's paragraphs over
    replies written in another element: Clien's <p>s over its comments' <div>s), of the next shape that has some."""
    posts = _post_shapes(blocks)
    if not posts or len(posts[0].ancestors) < 2:
        return None, 0, frozenset()
    first = (posts[0], *_posts_around(blocks, posts[0]))
    if not first[2]:
        for post in posts[1:SHAPES_TRIED]:
            if len(post.ancestors) >= 2 and (around := _posts_around(blocks, post))[1]:
                return post, *around
    return first


SHAPES_TRIED = 2


def _post_shapes(blocks: list[Block]) -> list[Block]:
    """For each shape of text (its path), most words first, the first text of it, kept if one of that shape is: a
    post's, not the sidebar's blurb about the board above the thread, nor a post's header. (The replies' shape may
    be one main_text cut, or the class rule took for comments: Hacker News' and Lemmy's replies outweigh their
    post.)"""
    texts = [b for b in blocks if _in_play(b) and b.kind in POST_KINDS and b.ancestors
             and word_count(b.text) >= 3]
    shapes: Counter = Counter()
    for b in texts:
        shapes[b.path] += word_count(b.text)
    firsts: dict[str, Block] = {}
    for b in sorted(texts, key=lambda b: not b.kept):
        firsts.setdefault(b.path, b)
    return sorted(firsts.values(), key=lambda b: -shapes[b.path])


POST_WORDS = 5          # a line of a post's text says this much, or a sentence; its header, its author's card do not


def _says(text: str) -> bool:
    return not forum_mark(text) and (ends_sentence(text) or word_count(text) >= POST_WORDS)


def _in_play(b: Block) -> bool:
    """What may be a post's text on a thread: kept, cut by main_text, or a reply the class rule took for an
    article's comment (Discourse marks each reply itemprop="comment")."""
    return b.removed_by in SPAN_OR_KEPT or b.removed_by == "html_class" and not COMMENT_TOKENS.isdisjoint(b.tokens)


def _comment_on_a_post(b: Block) -> bool:
    """A comment under a post of the thread ("Note that the union operator … was added later."), which the class
    rule took as an article's comments: a reply of the thread; not a line of its author's name and time."""
    return b.removed_by == "html_class" and not COMMENT_TOKENS.isdisjoint(b.tokens) and word_count(b.text) >= 3 \
        and (ends_sentence(b.text) or is_prose(b.text))     # (a comment's text runs on into its author's name)


def _opening_post(blocks: list[Block], post: Block, depth: int) -> frozenset[int]:
    """The thread's opening post where it stands beside the replies' list, not in it (a question over its answers):
    the element of a block shaped as `post` (the same path, its text as deep under the post's element) whose parent
    holds the replies' list too."""
    if depth < 2:
        return frozenset()
    below = len(post.ancestors) - depth              # from the post's element down to the block's own
    beside = post.ancestors[depth - 2]
    return frozenset(b.ancestors[-below] for b in blocks if b.path == post.path and _in_play(b)
                     and len(b.ancestors) > below and b.ancestors[-below - 1] == beside)


ROW_COUNTS = 2          # (text) counts that may open the last post's row of buttons over its last mark
ROW_UNDER = 2           # (text) lines under the last post's row of buttons on a line where no post's text stands
POST_REACH = 8          # (text) blocks after the thread's last field or button that its last post may take


def _thread_sentences(blocks: list[Block], ctx: Context) -> list[Block]:
    """(text) The sentences, program lines and announced lists main_text cut among the thread's marks ("Quote",
    "Joined: …", "Posts: 12"), from the first (or the opening post's kept text above it, or its date line) to
    POST_REACH blocks past the last, or to the first heading over other threads ("Similar threads": the board's
    counts in the footer under it, "Threads" / "41,207", are no post's): the replies' text, not their fields, names
    and buttons, which go."""
    # (on a page the type says is a thread, its posts' rows of buttons mark them too: "Like 6 Reply", Circle's)
    marks = set(thread_marks(blocks)) | {i for i, b in enumerate(blocks) if _buttons_alone(b.text)}
    if len(marks) < FORUM_MIN:      # (or, with no other marks, the buttons split a line each, as soup splits them:
        marks |= {i for i, (b, c) in enumerate(zip(blocks, blocks[1:]))       # "Reply" / "Like", Talkyard's)
                  if "\n" not in b.text + c.text and _buttons_alone(f"{b.text} {c.text}")}
    marks = sorted(marks)
    if len(marks) < FORUM_MIN:
        return blocks
    out = list(blocks)
    other = next((i for i in range(marks[0], len(blocks)) if related_heading(blocks[i], ctx)), len(blocks))
    marks = [m for m in marks if m < other]
    # (the last post's buttons under its text, split a line each, no post's text under them: the thread ends with
    # them, the board's footer under them; buttons over a post's text head it, HFR's; the row may open with its
    # counts over the last mark, "4" / "1" / "odpowiedz podbij" / "więcej", kbin's)
    # (or on a line of its own, "Gefällt mir 3 Antworten", Skool's: no post's text right under it, nor under a
    # post's header with its age or date in the two lines under it; the side column's blurb under the group's name is
    # none)
    opening, row = next(((k, r) for k in range(marks[-1], max(-1, marks[-1] - ROW_COUNTS - 1), -1)
                         if (r := split_button_row(blocks, k)) > marks[-1] - k), (marks[-1], 0))
    whole = not row and (_buttons_alone(t := blocks[marks[-1]].text) or button_row(t))
    under = opening + row if row else marks[-1] + 1
    window = blocks[under:under + (1 if row else ROW_UNDER)]
    said = next((n for n, b in enumerate(window) if _post_text(b.text)), None)
    closes = (row or whole) and (said is None or whole and said > 0
                                 and not any(_dated_header(b.text) for b in window[:said]))
    end = min(other, under if closes else marks[-1] + POST_REACH + 1)
    start = next((i for i, b in enumerate(blocks[:marks[0]]) if b.kept and b.role == "body"), marks[0])
    # (or the opening post's date line over it, when main_text cut the post: "por pacorider Lun 9 Nov 2026 - 19:12")
    dated = next((i for i in range(marks[0] - 1, max(-1, marks[0] - POST_REACH), -1)
                  if blocks[i].removed_by == "date_line"), None)
    if dated is not None:
        start = min(start, dated + 1)
    if signed_under(blocks[marks[0]].text):     # (or the question over its signature, when main_text cut it)
        start = min(start, max(0, marks[0] - POST_REACH))
    elif (title := _title_above(blocks, marks[0])) is not None \
            and (is_prose(blocks[title + 1].text) or title + 1 == marks[0]
                 and any(is_prose(b.text) for b in blocks[title + 2:title + 1 + QUESTION_LINES])):
        start = min(start, title + 1)       # (or the question right under the page's title, its asker's line and
        #                                     buttons under it: Baidu Zhidao's, as soup splits it; or under its
        #                                     status and counts, the first mark, its votes and its asker's line
        #                                     between: AnsPress's)
    elif start == marks[0]:     # (or its prose right over its buttons, when main_text cut all above them: Brainly's
        #                         question's text over "Odpowiedz Obserwuj Zgłoś nadużycie!"; not the title's line;
        #                         or over its header and score too, "zielonaagata, 2 dni temu do ogrodnictwo" /
        #                         "14 0" over "6 komentarzy", kbin's, no <title> line to find the title by)
        start = _prose_over_frame(blocks, marks[0])
    frames = _frames(blocks, marks, start, end)
    announced = False       # under a post's line that announces a list ("… like a cutting board:"), its items,
    at = set(marks)         # up to the post's end
    for i in range(start, end):      # (from the opening post's text, where its signature follows it)
        b = blocks[i]
        if i in at:         # (a mark is its post's frame too: "Quote", "Posts: 12")
            announced = False
            if b.kept and b.role == "body":
                out[i] = b.remove("thread_posts", POST_FRAME)
            continue
        if b.removed_by == "main_text" and (_post_text(b.text) or announced and word_count(b.text) <= ITEM_WORDS):
            out[i] = b.restore()
        elif i in frames:
            out[i] = b.remove("thread_posts", POST_FRAME)
        if out[i].kept:
            announced = out[i].text.rstrip().endswith(":") or announced and word_count(b.text) <= ITEM_WORDS
    return out


def _prose_over_frame(blocks: list[Block], first: int) -> int:
    """(text) The first of the prose lines right over the thread's first mark, or over its post's header and score
    between them (OPENING_FRAME lines at most: "zielonaagata, 2 dni temu do ogrodnictwo" / "14 0"; not a menu's
    lines, "Thread Tools" / "Search Thread"); `first` when there are none."""
    k = first - 1
    while k >= 0 and first - k <= OPENING_FRAME and (_aged_header(t := blocks[k].text.strip())
                                                     or t and all(w.isdigit() for w in t.split())):
        k -= 1
    if k < 0 or not is_prose(blocks[k].text):
        return first
    while k > 0 and is_prose(blocks[k - 1].text):
        k -= 1
    return k


OPENING_FRAME = 3       # (text) lines of the opening post's frame between its text and its buttons, at most


def _title_above(blocks: list[Block], first: int) -> int | None:
    """(text) The last line over the thread's first mark that shows the page's title (its <title> line, the site's
    name cut), within TITLE_REACH of it, or None."""
    title = page_title(blocks)
    return next((k for k in range(first - 1, max(0, first - TITLE_REACH - 1), -1) if fold(blocks[k].text) == title),
                None) if title else None


QUESTION_LINES = 5      # (text) lines under the title where the question's text begins, at most
TITLE_REACH = 12        # (text) lines between the title and the first mark: the question's, its asker's fields and
#                         buttons, each on a line of its own as soup splits them


def _post_text(text: str) -> bool:
    """A post's sentence, or its question of two words ("Куда смотреть?", "Any ideas?"), or a line of its program."""
    n = word_count(text)
    return n >= 3 and ends_sentence(text) or n == 2 and text.rstrip().endswith(("?", "？")) or program_line(text)


ITEM_WORDS = 12         # (text) an item of a list a post announces is this short
FRAME_WORDS = 4         # (text) a post's frame line is this short: its author's name, rank, score, a button
# a post's score or votes alone on its line: "9542", "1.2k"; its votes up and down, signed: "+4 −0" (Codidact's)
SCORE = re.compile(r"^[\d.,]+k?$|^[+][\d.,]+k?\s[−-][\d.,]+k?$")


def _frames(blocks: list[Block], marks: list[int], start: int, end: int) -> set[int]:
    """(text) The kept lines of the posts' frames: the short lines ("Aaron Hall", "395k 93"; no sentence, no code)
    that follow a mark, up to the next post's text, and those right above it, up to a line another rule took but
    the post's date line (the name and rank over "Posts: 13"; not a list that ends a post, over its buttons and the
    next post's header), and a score alone, or a post's buttons with their counts ("Reply Like (1)"), anywhere
    among the posts."""
    out = {i for i in range(start, end) if blocks[i].kept and (SCORE.match(t := blocks[i].text.strip())
                                                                  or _counted_buttons(t))}
    for m in marks:
        k = m - 1
        while start <= k and (blocks[k].kept and _frame_line(blocks[k].text) or blocks[k].removed_by == "date_line"):
            out.add(k)          # (past the post's date line, which the date rule took: "Posté le 08-03-2026 à
            k -= 1              # 14:22:10" under "#2" / "Pivoine_33" / "Profil : Doctinaute")
        k = m + 1
        while k < end:
            b = blocks[k]
            if b.kept and b.role == "body":
                if not _frame_line(b.text):
                    break
                out.add(k)
            elif b.removed_by == "main_text" and _post_text(b.text):
                break
            k += 1
    return {i for i in out if blocks[i].kept and blocks[i].role == "body"}


COUNTED = re.compile(r"\(\d[\d.,]*\)")
HELPFUL = frozenset({"helpful", "hilfreich", "utile", "útil", "pomocne", "nuttig"})


def _counted_buttons(t: str) -> bool:
    """A post's buttons with a count in brackets after one of them at least ("Reply Like (1)", "Reply Helpful (5)
    Like (2)"): a row `_buttons_alone` knows, anywhere among the posts (a blog's comments show "Reply Like" too)."""
    return "(" in t and COUNTED.search(t) is not None and _buttons_alone(t)


def _buttons_alone(t: str) -> bool:
    """A post's row of buttons, their counts between them or not ("Like 6 Reply", "Like 14 likes Comment 3 comments
    Share"): two buttons at least, no other words."""
    if len(t) > BUTTON_ROW_CHARS:
        return False
    ws = [w for w in COUNTED.sub(" ", t).lower().split() if not w.isdigit()]
    return 1 < len(ws) <= BUTTON_ROW and all(w in POST_BUTTONS or w in HELPFUL or w in COUNTED_WORDS for w in ws) \
        and sum(w in POST_BUTTONS for w in ws) >= 2


BUTTON_ROW_CHARS = 60
COUNTED_WORDS = frozenset({"likes", "comments", "replies", "comment"})


def _frame_line(text: str) -> bool:
    """A short line that is no sentence and no code (a name, a rank, a score, a button), a reply's subject ("Re:
    Raspberry Pi won't boot"), a field of the poster's card ("Location: A small cave in Basingstoke, UK"), or a
    post's header with its age ("marta_z_bloku, 1 dzień temu", "zielonaagata, 2 dni temu do ogrodnictwo": kbin's)."""
    if ends_sentence(text) and not _initialled_name(text) or program_line(text):
        return False
    return word_count(text) <= FRAME_WORDS or REPLY_SUBJECT.match(text) is not None \
        or CARD_FIELD.match(text) is not None and word_count(text) <= ITEM_WORDS or _aged_header(text)


def _aged_header(text: str) -> bool:
    """A post's header with its age: its author's name, how long ago, where ("marta_z_bloku, 1 dzień temu")."""
    return len(text) < HEADER_CHARS and an_age(text)


def _dated_header(text: str) -> bool:
    """A post's header with its age or its date, the age short after the name or not ("Mara Lindner 2d", "Mara
    Lindner 12.03.2026")."""
    return len(text) < HEADER_CHARS and (an_age(text) or has_date_shape(text) or an_age((text.split() or [""])[-1]))


# a name that ends with its surname's initial, which ends no sentence: "Barbara M."
INITIAL_END = re.compile(r"\s[A-ZÀ-Þ]\.$")
NAME_WORDS = 4


def _initialled_name(text: str) -> bool:
    ws = words(text)
    return INITIAL_END.search(text) is not None and 2 <= len(ws) <= NAME_WORDS and name_shaped(ws)


CARD_FIELD = re.compile(r"^[^\W\d_]+(?:[ -][^\W\d_]+)?:\s+\S")          # "Location: …", "Wohnort: …", "Car model: …"
