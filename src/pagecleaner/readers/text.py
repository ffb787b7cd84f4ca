"""Scraped text -> blocks.

Handles the three shapes scraped text comes in:
- one block per line (html-text style);
- layout-preserving (inscriptis style): indentation, `*` bullets, columns of spaces;
- split at every inline element, so that one sentence spans several short lines
  (BeautifulSoup `get_text("\\n")` style): such lines are joined back into one block.
"""
from __future__ import annotations

import re

from ..model import Block
from ..pagetype import (AMOUNT_ALONE, BUY, PRODUCTS_ALONE, SORT_LINE, button_row, price_alone, read_more,
                        without_read_on)
from . import BYLINE_CHARS, SOFT_HYPHEN, drop_cap, markdown, squeeze, unglue_by
from ..dates import DIGIT, MONTH_WORDS, has_date_shape
from ..textstats import (BLOCK_END, code_tokens, ends_sentence, flattened_listing, fold, function_word_in,
                         is_title_case, name_shaped, shell_command, word_count)
from ..vocab import BYLINE_LABEL, BYLINE_PREFIX, LETTERS, LONE_BY, made_of, read_more_label

BULLET = re.compile(r"^(?:[*•·▪◦‣–-]|(\d{1,3})[.)])\s+(?=\S)")
DEDENT = 2      # (a layout's) columns left of a list item's bullet: a line there is no piece of the item (a space
#                 less is a scraper's stray space, soup's " – I bought …" over "ceramic bread pan")
# "31. Oktober 2023.", "1. März": a German or Polish date opens with the day and a full stop, not a list number
DAY_THEN_MONTH = re.compile(r"\d{1,2}\.\s+([^\W\d_]+)")
# Inscriptis marks nested list items "o" and "+": a bullet only on an indented line ("o" is a word elsewhere)
NESTED_BULLET = re.compile(r"^[o+]\s+(?=\S)")
QUOTE = re.compile(r"^>\s*")
REPL_PROMPT = ">>> "
PERMALINK = "¶"
ANCHOR_MARKS = frozenset((PERMALINK, "#"))
SPACE_NODE = " "
FIELD_DOT = " · "      # soup's text node between two fields of one line: "1h15" / " · " / "à partir de 49 €"
MARKED_WORDS = 8        # a heading with its "#" mark is this short ("Usage #"; not a sentence that ends in "C #")
# A line that cannot end a block: it stops on a comma after a word, an opening
# bracket or quote, or a lower-case function word.
OPEN_END = re.compile(r"(?:\w[,、，]|[(\[“„«‘'–—-]|(?<!\d)\"|\s[a-zà-ÿ]+)$")    # (not a size's inch mark: 28")
# a count and its word: "197 followers", "8.2K followers" ((?<!…): one attempt per run of digits, not one per digit)
COUNT_END = re.compile(r"(?<![\d.,])\d[\d.,]*[KkMm]?\s[^\W\d_]+$")
CONTINUES = re.compile(r"^(?:[a-zà-ÿß]|[,.;:!?)\]’”»%])")
NO_SPACE_BEFORE = re.compile(r"^[,.;:!?)\]’”»%]")
# a day's ordinal in an element of its own, as soup splits it from its number: "May 2" / "nd" / ", 2024" (Octopress's)
ORDINAL = re.compile(r"^(?:st|nd|rd|th)\b")
# Chinese and Japanese script and punctuation, full-width forms: a sentence split there joins without a space
WIDE = re.compile(r"[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]")
MAX_JOINED = 5000      # characters: a joined block never grows past this
# Inscriptis glues an element to the next with no space: "By Conor AllisonJanuary 14, 2026",
# "By Emmet WhiteUpdated: Feb 5, 2026". Four lower-case letters and then a capital is such a seam
# (a name's own capital comes after two or three: "McInnes", "DeVito", "VerBruggen"; a handle is left alone:
# "@DawgsByNature").
GLUED = re.compile(r"(?<=[a-zà-ÿ]{4})(?=[A-ZÀ-Þ])")
# (the pattern runs only on lines that start as a label does, in any case: "By", "by", "BY")
BYLINE_STARTS = frozenset(a + b for label in BYLINE_LABEL for a in {label[0].lower(), label[0].upper()}
                          for b in {label[1].lower(), label[1].upper()})


_SIGN = r"(?:[$€£¥₹₽₩]|R\$|US\$|A\$|C\$|NZ\$|HK\$)"      # a currency's sign before its amount
CURRENCY_ALONE = re.compile(rf"^{_SIGN}$")
AMOUNT_AT_POINT = re.compile(rf"^{_SIGN}\s?\d{{1,7}}[.,]$")     # "$39."
CENTS = 2


def _price_piece(last: str, line: str) -> bool:
    return line[:1].isdigit() and CURRENCY_ALONE.match(last) is not None \
        or line.isdigit() and len(line) <= CENTS and AMOUNT_AT_POINT.match(last) is not None


def _open_end(line: str, spaced: bool = False) -> bool:
    m = OPEN_END.search(line)
    if not m:
        return False
    tail = m.group(0).strip()
    if tail in ("-", "–") and line.endswith((",-", ",–", ":-", ":–")) and line[-3:-2].isdigit():
        return False            # (a whole amount, its cents a dash: "Før 899,- Spar 100,-", a Danish price's end;
        #                         "Spara 500:-", a Swedish one's)
    if tail.isalpha():          # ends with a lower-case word: only a function word leaves it open,
        # and only in a sentence: a fragment has lower-case words before it ("according to a"), a label
        # or a caption ("PHOTO:0 a", "IN THIS ARTICLE: a") does not; or with the space soup left before the
        # inline element that goes on with it ("Pass a " / "RetryPolicy" / " when you declare …": `spaced`)
        return function_word_in(tail, line) and (spaced or _in_a_sentence(line))
    return True


def _in_a_sentence(text: str) -> bool:
    """Lower-case words before the last one: a fragment of a sentence, not a label ("PHOTO:0 a")."""
    return any(w.islower() for w in LETTERS.findall(text)[:-1])


PIECE_WORDS = 8        # a piece of a sentence split at its links is shorter than this, or starts in lower case


def _starts_a_block(line: str) -> bool:
    """A line too long to be a link inside a sentence that starts with a capital: the next element (a headline
    under a menu that read as an unfinished sentence), not the rest of the sentence."""
    return line[0].isupper() and len(line.split()) >= PIECE_WORDS


NAME_PIECE_WORDS = 4   # "Personal Finance", "Jane Doe": a link's name, every word capitalised
NAME_OVER_PRICE_WORDS = 12     # a card's name over its price is shorter than this


def _name_piece(line: str) -> bool:
    """A short line of capitalised words: one link's name. Two in a row are no sentence's pieces ("… by" /
    "Jane Doe" / "at" / "Reuters"): a menu's items under a line left open ("Market Update sponsored by")."""
    ws = line.split()
    return len(ws) <= NAME_PIECE_WORDS and all(not w[:1].islower() for w in ws)


LABEL_WORDS = 3        # "Price:", "Brand Recommendation:": a label over its value
VALUE_WORDS = 8


def _label_and_value(last: str, line: str) -> bool:
    """A label and its value broken onto two lines ("Price:" / "$299"): one line, as the page shows them."""
    return last.endswith(":") and len(last.split()) <= LABEL_WORDS and not line.endswith(":") \
        and (len(line.split()) <= VALUE_WORDS or ends_sentence(line))


# The articles a sentence opens with, in the languages the stop lists cover
ARTICLES = frozenset("the a an der die das ein eine le la les un une el los las una il lo gli uno de het een".split())


def _lone_article(text: str) -> bool:
    """An article alone that opens a sentence, the name after it a link: "The" / "Garmin Forerunner 970 is our
    favorite …", "Die" (a sentence never ends there; "AS", "OR", "No", "About" are other words)."""
    return text.istitle() and text.lower() in ARTICLES


TITLE_WORDS = 20       # the title a "Read more:" label points to is this long at most


def _read_more_and_title(last: str, line: str) -> bool:
    """"📖 Read more:" / "Need more Job Flexibility? Don't Request It": a label and the title of the story it
    links to, one line as the page shows them (text split at every link breaks them apart)."""
    return last.endswith(":") and len(line.split()) <= TITLE_WORDS and not line.endswith(":") \
        and read_more_label(last)


RESUME_WORDS = 15      # a paragraph of the story this long, ending as a sentence does (no teaser's "…")
RESUME_LOOK = 2        # among the lines this far under the title


def _story_resumes(lines: list[str], lineno: int) -> bool:
    """The story goes on under the title (lines[lineno - 1]): a paragraph of it among the next few lines, not
    another title or a teaser's blurb cut short: a box of one link inside the story, not a list of them."""
    seen = 0
    for raw in lines[lineno:]:
        line = raw.strip()
        if not line:
            continue
        if len(line.split()) >= RESUME_WORDS and ends_sentence(line) and not line.endswith(("...", "…")):
            return True
        seen += 1
        if seen == RESUME_LOOK:
            return False
    return False


# A word alone over a name that it heads: "More" / "Washington Examiner", "Über" / "Moritz Bachmann" (an author box)
OVER_A_NAME = frozenset({"More", "MORE", "Mehr", "MEHR", "Plus", "Más",
                         "About", "ABOUT", "Über", "ÜBER", "Sobre", "À propos de", "Meet"})


def _label_pair(text: str) -> bool:
    """A label and its value joined ("Find vendors: Email Providers"): no sentence to go on with."""
    label, colon, value = text.partition(": ")
    return bool(colon) and _label_and_value(label + ":", value)


# A byline that ends where its next name, a link of its own, goes on: "By David Brand and" / "Ramsey Khalifeh"
NEXT_NAME = re.compile(r"(?:\s(?:and|und|et|y|&)|,)$")


def _byline_goes_on(last: str, line: str) -> bool:
    """A byline left open by "and" or a comma, and a name under it: one byline."""
    return len(last) <= BYLINE_CHARS and BYLINE_PREFIX.match(last) is not None and NEXT_NAME.search(last) is not None \
        and _name_piece(line)


def _a_date(line: str) -> bool:
    """"31. Oktober 2023.": the number is a day, the line a date."""
    m = DAY_THEN_MONTH.match(line)
    return m is not None and m.group(1).lower() in MONTH_WORDS


def read_text(text: str, links: bool = False, images: bool = False) -> list[Block]:
    """One block per non-blank line, with split sentences joined back together. `links`/`images`: record a
    Markdown line's links on its block, and its images on it or, a line of images alone, on the next block (what
    --links/--images render)."""
    blocks: list[Block] = []
    prev_blank = True
    piece = ""                     # the last line read (a piece of the block it joined)
    spaced = False                 # and it ended with one space
    spacer = False                 # a space alone on the line before
    dot = False                    # a FIELD_DOT on the line before, under a paragraph's line
    fielded = False                # the last line was joined as such a field (the next starts a block of its own)
    lines = text.splitlines()
    md = markdown.is_markdown(text, _code_like)
    fence: tuple[str, int, list[str]] | None = None      # (Markdown) an open code fence: its mark, line, lines
    pictures: tuple[tuple[str, str], ...] = ()           # (Markdown, --images) the images over the next block
    tokens = {} if md else _token_runs(lines)            # (soup) highlighted code split a token per line
    laid = {} if md else _layout_tables(lines)           # (inscriptis) a table's rows, its columns of spaces
    upto = 0                                             # the lines to that one are a token run's, read
    for lineno, raw in enumerate(lines, start=1):
        if lineno <= upto:
            continue
        if lineno - 1 in laid:
            upto, table = laid[lineno - 1]
            blocks.append(Block(index=len(blocks), line=lineno, text=table, kind="table", end_line=upto))
            prev_blank = True
            continue
        if lineno - 1 in tokens:
            upto, raw = tokens[lineno - 1]
            if "\n" in raw:                     # a listing: its lines as the page showed them, one code block
                blocks.append(Block(index=len(blocks), line=lineno, text=raw, kind="code", end_line=upto))
                prev_blank = True
                continue
        if md and (fence is not None or markdown.FENCE.match(raw)):
            fence = _fenced(blocks, fence, raw, lineno)
            prev_blank = True
            continue
        line = raw.replace(SOFT_HYPHEN, "") if SOFT_HYPHEN in raw else raw
        if images:
            pictures += markdown.images_of(line)
        stripped = unglue_by(squeeze(markdown.unmark(line, md and not _code_like(line))))
        # a heading's mark: its link to itself ("Make a Request ¶"), or "#" after a space ("Пропуски в данных #")
        marked = stripped.endswith(PERMALINK) or stripped.endswith(" #") and len(stripped.split()) <= MARKED_WORDS
        if stripped in ANCHOR_MARKS and not prev_blank and blocks and blocks[-1].kind == "paragraph" \
                and len(blocks[-1].text.split()) <= MARKED_WORDS and not ends_sentence(blocks[-1].text):
            blocks[-1] = blocks[-1]._replace(kind="heading", level=2)   # (the mark on a line of its own, as soup
            prev_blank = True                                           # splits a heading from its anchor link:
            continue                                                    # "Per-route rules" / "#")
        if marked:
            stripped = stripped[:-1].rstrip()
        elif stripped.startswith(PERMALINK + " "):      # (or before it: Wiki.js's "¶ Restaurer une sauvegarde")
            marked, stripped = True, stripped[2:]
        if raw == FIELD_DOT and not md and not prev_blank and blocks and blocks[-1].kind == "paragraph":
            dot = True          # (not a menu's "|" between its links: their lines read as a menu's)
            continue
        if not stripped or md and markdown.REF_DEF.match(stripped):
            dot = False
            spacer = raw == SPACE_NODE and not prev_blank       # (a space alone: the space between two elements,
            prev_blank = prev_blank or not spacer               # soup's; inside a sentence when what follows goes
            continue                                            # on with it, "stitchq" / " " / "dead" / " " / "list")
        if spacer and (not CONTINUES.match(stripped) or LONE_BY.match(stripped)):
            prev_blank = True       # (not a byline's label: "… Mechanic" / " " / " by " / "Daniel Gibson")
        spacer = False
        kind, level, number = "paragraph", 0, 0
        found = markdown.links_of(line) if links else ()
        if md and (rule := markdown.RULE.match(stripped)):
            last = blocks[-1] if blocks else None       # "=====" / "-----" under a line: that line is a heading
            if rule.group(1) in "=-" and not prev_blank and last is not None and last.kind == "paragraph":
                blocks[-1] = last._replace(kind="heading", level=1 if rule.group(1) == "=" else 2)
            prev_blank = True
            continue
        if md and (atx := markdown.atx_heading(lines, lineno - 1, _code_like)):
            marked, level, stripped = True, len(atx.group(1)), markdown.unmark(atx.group(2), True)
        indent = len(raw) - len(raw.lstrip())
        m = None if marked else BULLET.match(stripped) or (NESTED_BULLET.match(stripped) if indent >= 2 else None)
        # (a middle dot under a date or a count goes on with it, the next field of one element: "20. november 2024" /
        # " · Konsert", "197 followers" / "· Last published Apr 8, 2024"; not under a poster's credential, "Studied
        # Materials Science" / "· 1y", Quora's)
        dotted = m is not None and stripped[:1] == "·" and not prev_blank and bool(blocks) \
            and blocks[-1].kind == "paragraph" \
            and (has_date_shape(blocks[-1].text) or COUNT_END.search(blocks[-1].text) is not None)
        if dotted:
            m = None
        digits = m.group(1) if m and m.re is BULLET else None
        if digits and _a_date(stripped):
            m = digits = None
        if m:
            kind, level, number = "list_item", indent, int(digits or 0)
            stripped = stripped[m.end():]
        elif stripped.startswith(REPL_PROMPT):
            kind = "code"           # Python's prompt, ">>> import requests": no quote three levels deep
        elif QUOTE.match(stripped):
            kind, stripped = "quote", QUOTE.sub("", stripped)
        if not stripped:
            prev_blank = True
            continue
        if marked and kind == "paragraph":
            kind, level = "heading", level or 2
        if len(stripped) <= BYLINE_CHARS and stripped[:2] in BYLINE_STARTS and BYLINE_PREFIX.match(stripped):
            stripped = " ".join(w if "@" in w else GLUED.sub(" ", w) for w in stripped.split(" "))   # not a handle
        last = blocks[-1] if blocks else None
        # (over a blank line too: a drop cap over the rest of its word; a price's sign in an element of its own over
        # its amount, soup's "$" / "54.98", or its cents under its point, "$39." / "99")
        if last is not None and dot and kind == "paragraph":
            blocks[-1] = last._replace(text=last.text + FIELD_DOT + stripped, end_line=lineno,
                                       links=last.links + found, images=last.images + pictures)
        elif last is not None and kind == "paragraph" and (drop_cap(last.text, stripped)
                                                           or _price_piece(last.text, stripped)):
            blocks[-1] = last._replace(text=last.text + stripped, end_line=lineno)
        elif (last is not None and not prev_blank and not fielded and kind == "paragraph" and last.kind != "heading"
                and not (last.kind == "list_item" and indent + DEDENT <= last.level)    # (a line set left of the
                #         list item's bullet: the layout's next element, the footer's credit under the list)
                and len(last.text) < MAX_JOINED and not _a_line_of_code(last.text) and not BUY.match(stripped)
                and not (price_alone(stripped) and not last.text.endswith(":")
                         and len(last.text.split()) < NAME_OVER_PRICE_WORDS and not _open_end(last.text, spaced))
                #         (a card's price under its name, "rochie … evazați" / "249,90 lei"; not under its label,
                #         "Price:", nor in a sentence split at its links, "… costs between" / "$19,473" / "and")
                and not button_row(last.text)     # (a post's buttons, the next post's author under them)
                and not _read_more_button(last.text)    # (a card's "Read more »", its post's footer under it)
                and not (AMOUNT_ALONE.match(last.text) and not price_alone(f"{last.text} {stripped}"))    # (a price
                #         with no currency, "14,00" / "kleur: donkerblauw"; not its currency's word, "119,99" / "zł")
                and not (price_alone(last.text) and made_of(("price_note",), stripped))   # (a card's price, its
                #                                                            tax note under it: "inkl. MwSt.")
                and ((CONTINUES.match(stripped) and (NO_SPACE_BEFORE.match(stripped) or not ends_sentence(last.text)))
                     or _open_end(last.text, spaced)
                     or dotted
                     or LONE_BY.match(last.text)          # "By", the name on the next line: one byline
                     or _byline_goes_on(last.text, stripped)
                     or _lone_article(last.text)          # "The" / "Garmin Forerunner 970 is our favorite …"
                     or _label_and_value(last.text, stripped)
                     or last.text in OVER_A_NAME and len(stripped.split()) <= 4 and name_shaped(stripped.split())
                     #   "More" / "Washington Examiner"
                     # already a sentence split at its links, and still not finished (a byline is no sentence)
                     or (last.end_line is not None and not ends_sentence(last.text) and _in_a_sentence(last.text)
                         and not _starts_a_block(stripped) and not BYLINE_PREFIX.match(last.text)
                         and not _label_pair(last.text)
                         and not (_name_piece(piece) and _name_piece(stripped))))
                and not _blurb_with_link(last.text)   # (a blurb that ends with its link: "… CPU。 阅读全文" /
                #                                        "posted @ …"; asked last, of the lines that would join)
                or last is not None and kind == "paragraph" and _read_more_and_title(last.text, stripped)
                and _story_resumes(lines, lineno)):
            sep = "" if NO_SPACE_BEFORE.match(stripped) or WIDE.match(stripped) and WIDE.match(last.text[-1]) \
                or ORDINAL.match(stripped) and last.text[-1:].isdigit() else " "
            blocks[-1] = Block(index=last.index, line=last.line, text=last.text + sep + stripped,
                               kind=last.kind, level=last.level, end_line=lineno, number=last.number,
                               links=last.links + found, images=last.images + pictures)
        else:
            blocks.append(Block(index=len(blocks), line=lineno, text=stripped, kind=kind, level=level, number=number,
                                links=found, images=pictures))
        pictures = ()
        piece = stripped
        fielded, dot = dot and kind == "paragraph", False
        prev_blank = False
        spaced = raw.endswith(SPACE_NODE) and not raw.endswith(2 * SPACE_NODE)    # (one space, soup's; not a
        #                                                                            layout's padding)
    if fence is not None:                          # a fence never closed: the listing runs to the end
        _fenced(blocks, fence, fence[0], len(lines) + 1)
    blocks = _row_tables(_word_grids(_grids(_code_runs(blocks))))
    return _merged(blocks, lambda i: _pipe_table(blocks, i)) if md else blocks


def _read_more_button(text: str) -> bool:
    """A card's "Read more" with its arrow ("続きを読む >>", "Weiterlesen »"): a button, its card's text ended; the
    line under it ("posted by 山子 | 18:40 | …", its post's footer) is no piece of it."""
    return not text[-1:].isalnum() and read_more(text)


def _blurb_with_link(text: str) -> bool:
    """A teaser's blurb, its sentences ended, then the bare link to its post: "… 不占用太多 CPU。 阅读全文"."""
    return (blurb := without_read_on(text)) != text and ends_sentence(blurb)


# Text scraped with BeautifulSoup's get_text("\n") puts a line break between every two text nodes: a syntax
# highlighter's listing comes out a token per line, "from" / " " / "queuekit" / " " / "import", the spaces between
# tokens on lines of their own, a line break of the code as empty lines between two of them.
TOKEN_CHARS = 40        # a token's line is this short, and has no space inside (a comment's or a string's may)
TOKEN_OPENERS = ("#", "//", "/*", "--", '"', "'")
CODE_SIGNS = frozenset("()[]{}=;:,.<>+-*/%&|!?@$^~")
TOKEN_RUN = 8           # tokens in a run, at least
TOKEN_SPACERS = 2       # lines of spaces alone among them, at least
TOKEN_SIGNS = 3         # tokens of code's punctuation alone ("(", "=", ","), at least
TOKEN_GAP = 6           # empty lines in a row inside a run, at most


def _token_line(line: str) -> bool:
    t = line.strip()
    return 0 < len(t) <= TOKEN_CHARS and (" " not in t or t.startswith(TOKEN_OPENERS)) or \
        t.startswith(TOKEN_OPENERS) and len(t) <= 2 * TOKEN_CHARS


# a shell command's option ("-v", "--station") or path ("daten/2026-*.csv", "./run"; not a rating, "9.7/10")
COMMAND_ARG = re.compile(r"^--?[A-Za-z]|[A-Za-z_.*~-]/|/[A-Za-z_.*]")


def _command(tokens: list[str]) -> bool:
    """A shell command's tokens: TOKEN_SIGNS options or paths among them."""
    return sum(1 for t in tokens if COMMAND_ARG.search(t)) >= TOKEN_SIGNS


def _token_runs(lines: list[str]) -> dict[int, tuple[int, str]]:
    """The runs of a listing split a token per line: {first line's index: (its last line's number, the text
    rejoined)}. A run is lines of tokens, of spaces alone and empty ones (TOKEN_GAP in a row at most), with
    TOKEN_RUN tokens, TOKEN_SPACERS lines of spaces and TOKEN_SIGNS of code's punctuation alone, two different
    ones at least (a menu's or a breadcrumb's links have no such signs between them, a form's labels one, "Name
    *"; a sentence's pieces have spaces inside), or a shell command's options and paths, and it ends where a line
    of the code ends, before an empty line (what follows it, "Here, " / "loggingIdentity" / " is a generic
    function", is the pieces of a sentence)."""
    if not any(line and line.isspace() for line in lines):
        return {}               # (no line of spaces alone: no listing split this way, most texts)
    out: dict[int, tuple[int, str]] = {}
    i, n = 0, len(lines)
    while i < n:
        if not _token_line(lines[i]):
            i += 1
            continue
        j, gap, last, closed = i, 0, i, None
        while j < n:
            line = lines[j]
            if not line:
                gap += 1
                if gap > TOKEN_GAP:
                    break
                if gap == 1:
                    closed = last           # a line of the code ends here
            elif line.isspace() or _token_line(line) or _value_after_space(lines, j):
                gap = 0
                last = j
            else:
                break
            j += 1
        end = last if j >= n else closed
        run = lines[i:end + 1] if end is not None else []
        tokens = [t.strip() for t in run if t and not t.isspace()]
        signs = [t for t in tokens if CODE_SIGNS.issuperset(t)]
        if len(tokens) >= TOKEN_RUN and sum(1 for t in run if t and t.isspace()) >= TOKEN_SPACERS \
                and (len(signs) >= TOKEN_SIGNS and len(set(signs)) > 1 or _command(tokens)):
            out[i] = (end + 1, _rejoined(run))
            i = end + 1
        else:
            i = last + 1
    return out


# A table laid out in columns of spaces, inscriptis' (each cell padded to its column's width): LAYOUT_ROWS lines
# in a row or more, each of LAYOUT_COLUMNS cells or more parted by runs of two spaces or more, every row's cells
# starting at the same columns ("Service        Primary           Escalate to" / "Checkout API   On-call engineer
# …"). (Two columns, a label and its value a row, stay lines: a product's spec sheet, an issue's fields, which
# the rules read line by line.)
LAYOUT_GAP = re.compile(r"(?<=\S) {2,}(?=\S)")
LAYOUT_ROWS = 3         # the header and two rows, at least
LAYOUT_COLUMNS = 3
LAYOUT_CELL_WORDS = 12  # a cell says this much at most (not a layout's two columns of prose side by side)


def _layout_cells(line: str) -> tuple[tuple[int, ...], list[str]] | None:
    """(the columns its cells start at, its cells) of a line laid out as a table's row, else None."""
    body = line.rstrip()
    start = len(body) - len(body.lstrip())
    gaps = list(LAYOUT_GAP.finditer(body, start))
    if len(gaps) < LAYOUT_COLUMNS - 1:
        return None
    starts = (start, *(m.end() for m in gaps))
    cells = [body[a:b].strip() for a, b in zip(starts, (*(m.start() for m in gaps), len(body)))]
    if any(len(c.split()) > LAYOUT_CELL_WORDS for c in cells):
        return None
    return starts, cells


def _layout_tables(lines: list[str]) -> dict[int, tuple[int, str]]:
    """The tables laid out in columns of spaces: {first line's index: (its last line's number, the table's rows
    on lines, its cells parted by tabs, as `_grids` writes them)}. Not a listing's lines (code keeps its
    spaces)."""
    if not any("  " in line.strip() for line in lines):
        return {}               # (no run of spaces inside a line: most texts)
    rows = [_layout_cells(line) for line in lines]
    out: dict[int, tuple[int, str]] = {}
    i = 0
    while i < len(rows):
        j = i + 1
        while rows[i] is not None and j < len(rows) and rows[j] is not None and rows[j][0] == rows[i][0]:
            j += 1
        if j - i >= LAYOUT_ROWS and not any(_code_like(lines[k].strip()) for k in range(i, j)):
            out[i] = (j, "\n".join("\t".join(rows[k][1]) for k in range(i, j)))
            i = j
        else:
            i += 1
    return out


def _value_after_space(lines: list[str], j: int) -> bool:
    """A short value of words after a line of spaces alone, a line break under it: YAML's "name: An example
    playbook", a word-wrapped string (a sentence's piece follows a link, not a space)."""
    return 0 < j < len(lines) - 1 and lines[j - 1].isspace() and not lines[j + 1] \
        and len(lines[j].strip()) <= TOKEN_CHARS


def _rejoined(run: list[str]) -> str:
    """The tokens as the page showed them: a run of one or two empty lines is a line break (the code's newline
    between the scrape's two), of three or more a blank line too; two tokens of letters or digits touching with
    no space between stood in two elements (a "Terminal" label over the listing)."""
    parts: list[str] = []
    empty = 0
    for line in run:
        if not line:
            empty += 1
            continue
        if empty:
            parts.append("\n" * min(2, (empty + 1) // 2))
            empty = 0
        elif parts and parts[-1][-1:].isalnum() and line[:1].isalnum():
            parts.append("\n")
        parts.append(line)
    return "\n".join(x.rstrip() for x in "".join(parts).split("\n")).strip("\n")


def _fenced(blocks: list[Block], fence: tuple[str, int, list[str]] | None, raw: str,
            lineno: int) -> tuple[str, int, list[str]] | None:
    """(Markdown) One line at or inside a code fence: the fence opens, takes the line, or closes on a mark like its
    own, and its lines become one code block."""
    m = markdown.FENCE.match(raw)
    if fence is None:
        return m.group(1), lineno, []
    mark, line, listing = fence
    if m is None or m.group(1)[0] != mark[0] or len(m.group(1)) < len(mark):
        listing.append(raw.rstrip())
        return fence
    if any(x.strip() for x in listing):
        blocks.append(Block(index=len(blocks), line=line, text="\n".join(listing).strip("\n"), kind="code",
                            end_line=lineno))
    return None


def _pipe_table(blocks: list[Block], i: int) -> tuple[int, str, str] | None:
    """(Markdown) A pipe table at block i: a header row, its rule ("|---|---|"), rows: one table block."""
    if i + 1 >= len(blocks) or not markdown.TABLE_ROW.match(blocks[i].text) \
            or not markdown.TABLE_RULE.match(blocks[i + 1].text):
        return None
    j = i + 2
    while j < len(blocks) and blocks[j].kind == "paragraph" and markdown.TABLE_ROW.match(blocks[j].text):
        j += 1
    rows = [blocks[i], *blocks[i + 2:j]]
    return j, "table", "\n".join("\t".join(markdown.table_cells(r.text)) for r in rows)


CODE_HINT = re.compile(r"[{};=<>\[_]")
CODE_OPENERS = frozenset({"//", "--", "# ", "/*", "*/"})
CODE_START = re.compile(r"^(?://|--\s|#\s|/\*|\*/|<[/!?]?[a-z])")       # a comment, a tag
CODE_END = (";", "{", "}", "};", "*/", "=>", "(", "[", "],", "},", ">")
CODE_RUN = 3           # code-like lines in a row that make a listing
# "id: ID!", "state: present", "hosts:": a key and its value, a line of YAML, GraphQL or CSS between code lines
KEY_LINE = re.compile(r"^[\w.$@-]+:(?:\s+\S+){0,2}$")
CODE_GAP = 2           # short plain lines a listing may hold between its code-like ones ("FROM users u")
BRACED_GAP = 30        # the same inside a brace still open, up to the line that closes it


def _code_like(text: str) -> bool:
    """A line of a program: it holds a brace, a square bracket, a semicolon, an operator or an underscore, or
    opens as a comment or a tag does ("10 p.m." and "Patient.info app" have dotted words and no such sign);
    and it is a comment or tag, a line ending as statements and blocks do, or one whose words are thick with
    code; never a sentence."""
    return _signed(text) and _code_shaped(text)


def _a_line_of_code(text: str) -> bool:
    """A block or statement opened or closed ("type User {", "};") or a comment: the line under it is the
    program's next, not the rest of a sentence (one split at a link, "… symptoms [" / "2]", goes on)."""
    return (text.endswith(BLOCK_END) or CODE_START.match(text) is not None) and _code_like(text)


def _signed(text: str) -> bool:
    """(asked first: one scan rules out most lines, in a twentieth of the time of the rest)"""
    return CODE_HINT.search(text) is not None or text[:2] in CODE_OPENERS or text[:1] == "<"


def _code_shaped(text: str) -> bool:
    tokens = text.split()
    if not tokens or text.endswith((".", "!", "?", "…")) and len(tokens) > 6:
        return False
    if CODE_START.match(text):
        return True
    tokens[-1] = tokens[-1].rstrip(";")          # (the statement's end is not a token of code by itself)
    coded = code_tokens(tokens)
    # (a statement's end needs a token of code or a short line: list items of prose end in ";" too)
    if text.endswith(CODE_END) and (coded > 0 or len(tokens) <= 3):
        return True
    return len(tokens) >= 2 and coded >= 0.3 * len(tokens)


def _code_runs(blocks: list[Block]) -> list[Block]:
    """A program listing split into its lines (text scraped with <pre> kept line by line) as one code block:
    CODE_RUN code-like lines or more, with at most CODE_GAP short plain lines between two of them."""
    code = [b.kind == "paragraph" and (_code_like(b.text) or shell_command(b.text)) for b in blocks]
    lone = [c and (flattened_listing(b.text) or shell_command(b.text)) for c, b in zip(code, blocks)]
    if sum(code) < CODE_RUN and not any(lone):
        return blocks           # (most pages: no listing, nothing to renumber)

    def listing_at(i: int) -> tuple[int, str, str] | None:
        if not code[i]:
            return None
        j = k = i
        gap = depth = 0
        while k < len(blocks):
            text = blocks[k].text
            if code[k]:
                j, gap = k + 1, 0
                depth = max(0, depth + text.count("{") - text.count("}"))
            elif len(text.split()) > 6 or blocks[k].kind != "paragraph" and not KEY_LINE.match(text):
                break
            else:
                # inside an open brace a block's members may run on ("enum Status {" / "DRAFT" / "PUBLISHED")
                gap += not KEY_LINE.match(text)
                if gap > (BRACED_GAP if depth else CODE_GAP):
                    break
            k += 1
        if j - i >= CODE_RUN and sum(code[i:j]) >= CODE_RUN:
            return j, "code", "\n".join(b.text for b in blocks[i:j])
        return (i + 1, "code", blocks[i].text) if lone[i] else None

    return _merged(blocks, listing_at)


def _merged(blocks: list[Block], span_at) -> list[Block]:
    """The blocks with each span that `span_at(i)` finds, (end, kind, text), as one block of that kind, and every
    block renumbered."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        span = span_at(i)
        if span:
            j, kind, text = span
            last = blocks[j - 1]
            out.append(blocks[i]._replace(index=len(out), text=text, kind=kind, end_line=last.end_line or last.line))
            i = j
        else:
            out.append(blocks[i] if blocks[i].index == len(out) else blocks[i]._replace(index=len(out)))
            i += 1
    return out


# A table flattened cell by cell (text scraped one string per line): a header of labels, then rows whose
# cells are numbers in the same columns ("Ticker / Security / Last / Change %", "HD / THE HOME DEPOT INC. /
# 225.86 / -5.44%")
# a number, an amount or a share, a range of them ("89–92%", "$50–75/mo"), about ("~$20/mo"), per unit ("$10/mo")
NUMBER_CELL = re.compile(r"^[~≈]?[-+−–]?[$€£¥]?\d[\d.,:/]*(?:\s?[-–]\s?[$€£¥]?\d[\d.,]*)?\s?%?\+?"
                         r"(?:\s?/\s?[a-z]{1,5})?$")
CELL_WORDS = 6         # a cell is at most this long
GRID_COLUMNS = (3, 8)  # the columns a grid has, at least and at most
GRID_ROWS = 2          # the rows under its header


def _grid_at(num: list[bool], label: list[bool], cells: int, i: int, first: bool) -> tuple[int, int] | None:
    """(columns, blocks) of the grid that starts at block i with its header (labels, no numbers), or None;
    `cells`: the short lines in a row from i on; `first`: block i opens them. Every row has its numbers in the
    same columns; or, when the grid opens the run of short lines (no cell above for it to be out of step with),
    some columns hold numbers in every row ("$10/mo" / "Custom" over "$9/mo" / "~$20/mo") and none opens one:
    that way only at a width no grid of the first kind has, or further down at the width one has."""
    rows = num[i:i + cells]
    for strict in (True, False) if first else (True,):
        for k in range(GRID_COLUMNS[0], GRID_COLUMNS[1] + 1):
            if cells < k * (GRID_ROWS + 1) or any(rows[:k]) or not all(label[i:i + k]):
                continue
            j = _rows_alike(rows, k) if strict else _rows_with_numbers(rows, k)
            if j >= k * (GRID_ROWS + 1):
                return k, max(j, _rows_with_numbers(rows, k)) if first and strict else j
    return None


def _rows_alike(num: list[bool], k: int) -> int:
    """How far the rows of k cells under a header of k go with their numbers in the first row's columns."""
    shape, j = num[k:2 * k], k
    while any(shape) and j + k <= len(num) and num[j:j + k] == shape:
        j += k
    return j


def _rows_with_numbers(num: list[bool], k: int) -> int:
    """How far the rows of k cells under a header of k go with a column of numbers in every one of them and no
    row opening with a number."""
    shape, j = num[k:2 * k], k
    while any(shape) and j + k <= len(num) and not num[j]:
        shape = [a and b for a, b in zip(shape, num[j:j + k])]
        if not any(shape):
            break
        j += k
    return j


def _cell(b: Block) -> bool:
    """A line that may be a cell: a paragraph, or a numbered item (a ranking's first column, "1. Mailercloud")."""
    return b.kind == "paragraph" or b.kind == "list_item" and b.number > 0


def _grids(blocks: list[Block]) -> list[Block]:
    """Each grid as one table block, its rows on lines, its cells parted by tabs (as the HTML reader writes)."""
    num = [_cell(b) and NUMBER_CELL.match(b.text) is not None for b in blocks]
    if sum(num) < GRID_ROWS:
        return blocks           # (most pages: no numbers alone on a line)
    # (a Japanese or Chinese sentence is one run of characters: its words counted as word_count counts them, it is
    # no cell, a board's posts each a number, a name, a time and a sentence or two, one line each)
    n_words = [max(len(b.text.split()), word_count(b.text)) for b in blocks]
    # (nor a shop's count of products or its filter button over its cards, "Filtrera" / "112 produkter", City
    # Gross's: a toolbar, no grid's header)
    label = [n <= LABEL_WORDS and not FACET.search(b.text) and not PRODUCTS_ALONE.match(b.text)
             and not SORT_LINE.match(b.text) for b, n in zip(blocks, n_words)]
    cells = _in_a_row([_cell(b) and n <= CELL_WORDS for b, n in zip(blocks, n_words)])     # short lines

    def table_at(i: int) -> tuple[int, str, str] | None:
        grid = _grid_at(num, label, cells[i], i, i == 0 or not cells[i - 1]) if cells[i] and not num[i] else None
        if grid is None:
            return None
        k, n = grid
        if any(BUY.match(b.text) for b in blocks[i:i + n]):
            return None         # (a shop's cards, each its buy button: "В корзину", Wildberries' as soup)
        return _table(blocks, i, i + n, k)

    return _merged(blocks, table_at)


# a shop's filter with its count of products, "Canister (2)": no column's label (over a grid of names and prices,
# its cards flattened)
FACET = re.compile(r"\(\d{1,5}\)$")


def _in_a_row(flags: list[bool]) -> list[int]:
    """For each block, how many blocks in a row from it on have the flag (one more entry, 0, past the last)."""
    out = [0] * (len(flags) + 1)
    for i in range(len(flags) - 1, -1, -1):
        out[i] = out[i + 1] + 1 if flags[i] else 0
    return out


def _table(blocks: list[Block], i: int, j: int, k: int) -> tuple[int, str, str]:
    """Blocks i to j, k cells a row, as `_merged` takes a table: its rows on lines, its cells parted by tabs."""
    return j, "table", "\n".join("\t".join(b.text for b in blocks[r:r + k]) for r in range(i, j, k))


# A table of words flattened cell by cell: a header of labels ("Model / How It Works / Best For / Watch Outs"),
# then rows that each open with a label and go on in phrases ("Monthly Retainer / Fixed fee for a defined scope
# … / Ongoing growth with … / Require scope clarity …"). A text split at every element shows a comparison so;
# read as lines, its header is a menu to the filters.
PHRASE_WORDS = 25      # a cell of words is at most this long
WORD_GRID_ROWS = 3     # rows under the header, at least (two were a feed's cards: "9H ago" / title / blurb)


def _word_grids(blocks: list[Block]) -> list[Block]:
    """Each table of words as one table block, as `_grids` writes a table of numbers. Its shape: k labels (the
    header) and a k+1-th (the first row's), then rows of a label and k-1 phrases, each phrase longer than a label
    and no title (a story's headline under its section is a title), each row's label without a digit (a date or
    an age opens a feed's card)."""
    label = [b.kind == "paragraph" and len(b.text.split()) <= LABEL_WORDS and not ends_sentence(b.text)
             for b in blocks]
    run = _in_a_row(label)
    if max(run) <= GRID_COLUMNS[0]:
        return blocks           # (most pages: no header of labels over a row)

    def phrase(b: Block) -> bool:
        return b.kind == "paragraph" and LABEL_WORDS < len(b.text.split()) <= PHRASE_WORDS \
            and not is_title_case(b.text)

    def rows_from(i: int, k: int) -> int:
        j = i + k
        while j + k <= len(blocks) and label[j] and not DIGIT.search(blocks[j].text) \
                and all(map(phrase, blocks[j + 1:j + k])):
            j += k
        return j

    def table_at(i: int) -> tuple[int, str, str] | None:
        k = run[i] - 1            # (a heading over the table makes the run one longer: no grid from it, one under it)
        if not GRID_COLUMNS[0] <= k <= GRID_COLUMNS[1]:
            return None
        j = rows_from(i, k)
        names = [fold(blocks[r].text) for r in range(i + k, j, k)]
        if j - i < k * (WORD_GRID_ROWS + 1) or len(set(names)) < len(names):
            return None         # (a label that opens several rows is no row's name: each card's category over its
        return _table(blocks, i, j, k)      # title and blurb, "Articles" / "Le lac Blanc …" / "Une boucle …")

    return _merged(blocks, table_at)


# A table flattened row by row (text scraped one line per row): "1 Kyle Busch 5040 5 1 17 27" / "2 Martin Truex Jr.
# 5035 7 0 15 24" / …, a standings table, a price list ("California $16.56 $13.80 $9.35 $11.11"). A row: a rank
# perhaps, a name, then its numbers and nothing after them (not "Nr. 34 vom 08. November 2021", a list of dates).
ROW_NUMBERS = 3        # numbers a row ends with, at least
ROW_TABLE_ROWS = 4     # rows in a row, at least, with as many cells
ROW_WORDS = 20         # a row is at most this long


def _row_cells(text: str) -> list[str] | None:
    """The cells of a line that reads as a table's row: its rank, its name, each of its numbers; else None."""
    tokens = text.split()
    if not tokens or not DIGIT.search(tokens[-1]):
        return None             # (a row ends with a number: most lines end here, cheaply)
    if len(tokens) > ROW_WORDS:
        return None
    number = [NUMBER_CELL.match(t) is not None for t in tokens]
    lead = 1 if number[:1] == [True] else 0
    name_end = next((i for i in range(lead, len(tokens)) if number[i]), len(tokens))
    if name_end == lead or len(tokens) - name_end < ROW_NUMBERS or not all(number[name_end:]):
        return None
    return tokens[:lead] + [" ".join(tokens[lead:name_end])] + tokens[name_end:]


def _row_tables(blocks: list[Block]) -> list[Block]:
    """Each run of ROW_TABLE_ROWS rows or more with as many cells as one table block (cells parted by tabs, as
    `_grids` writes them)."""
    rows = [_row_cells(b.text) if b.kind == "paragraph" else None for b in blocks]
    if sum(r is not None for r in rows) < ROW_TABLE_ROWS:
        return blocks           # (most pages: too few lines that read as rows)

    def table_at(i: int) -> tuple[int, str, str] | None:
        if rows[i] is None:
            return None
        j = i + 1
        while j < len(blocks) and rows[j] is not None and len(rows[j]) == len(rows[i]):
            j += 1
        if j - i < ROW_TABLE_ROWS:
            return None
        return j, "table", "\n".join("\t".join(rows[r]) for r in range(i, j))

    return _merged(blocks, table_at)
