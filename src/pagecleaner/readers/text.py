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
from . import SOFT_HYPHEN, squeeze
from ..textstats import ends_sentence
from ..vocab import ALL_STOPWORDS, BYLINE_LABEL, BYLINE_PREFIX, LETTERS, LONE_BY

BULLET = re.compile(r"^(?:[*•·▪◦‣–-]|\d{1,3}[.)])\s+(?=\S)")
# Inscriptis marks nested list items "o" and "+": a bullet only on an indented line ("o" is a word elsewhere)
NESTED_BULLET = re.compile(r"^[o+]\s+(?=\S)")
QUOTE = re.compile(r"^>\s*")
# A line that cannot end a block: it stops on a comma after a word, an opening
# bracket or quote, or a lower-case function word.
OPEN_END = re.compile(r"(?:\w,|[(\[“„«‘\"'–—-]|\s[a-zà-ÿ]+)$")
CONTINUES = re.compile(r"^(?:[a-zà-ÿß]|[,.;:!?)\]’”»%])")
NO_SPACE_BEFORE = re.compile(r"^[,.;:!?)\]’”»%]")
MAX_JOINED = 5000      # characters: a joined block never grows past this
# Inscriptis glues an element to the next with no space: "By Conor AllisonJanuary 14, 2026",
# "By Emmet WhiteUpdated: Feb 5, 2026". Four lower-case letters and then a capital is such a seam
# (a name's own capital comes after two or three: "McInnes", "DeVito", "VerBruggen"; a handle is left alone:
# "@DawgsByNature").
GLUED = re.compile(r"(?<=[a-zà-ÿ]{4})(?=[A-ZÀ-Þ])")
SHORT_LINE = 80        # characters: a byline, not a paragraph that starts with "By"
# (the pattern runs only on lines that start as a label does, in any case: "By", "by", "BY")
BYLINE_STARTS = frozenset(a + b for label in BYLINE_LABEL for a in {label[0].lower(), label[0].upper()}
                          for b in {label[1].lower(), label[1].upper()})


def _open_end(line: str) -> bool:
    m = OPEN_END.search(line)
    if not m:
        return False
    tail = m.group(0).strip()
    if tail.isalpha():          # ends with a lower-case word: only a function word leaves it open,
        # and only in a sentence: a fragment has lower-case words before it ("according to a"), a label
        # or a caption ("PHOTO:0 a", "IN THIS ARTICLE: a") does not
        return tail in ALL_STOPWORDS and _in_a_sentence(line)
    return True


def _in_a_sentence(text: str) -> bool:
    """Lower-case words before the last one: a fragment of a sentence, not a label ("PHOTO:0 a")."""
    return any(w.islower() for w in LETTERS.findall(text)[:-1])


PIECE_WORDS = 8        # a piece of a sentence split at its links is shorter than this, or starts in lower case


def _starts_a_block(line: str) -> bool:
    """A line too long to be a link inside a sentence that starts with a capital: the next element (a headline
    under a menu that read as an unfinished sentence), not the rest of the sentence."""
    return line[0].isupper() and len(line.split()) >= PIECE_WORDS


def read_text(text: str) -> list[Block]:
    """One block per non-blank line, with split sentences joined back together."""
    blocks: list[Block] = []
    prev_blank = True
    for lineno, raw in enumerate(text.splitlines(), start=1):
        stripped = squeeze(raw.replace(SOFT_HYPHEN, "") if SOFT_HYPHEN in raw else raw)
        if not stripped:
            prev_blank = True
            continue
        kind, level = "paragraph", 0
        indent = len(raw) - len(raw.lstrip())
        m = BULLET.match(stripped) or (NESTED_BULLET.match(stripped) if indent >= 2 else None)
        if m:
            kind, level = "list_item", indent
            stripped = stripped[m.end():]
        elif QUOTE.match(stripped):
            kind, stripped = "quote", QUOTE.sub("", stripped)
        if not stripped:
            prev_blank = True
            continue
        if len(stripped) <= SHORT_LINE and stripped[:2] in BYLINE_STARTS and BYLINE_PREFIX.match(stripped):
            stripped = " ".join(w if "@" in w else GLUED.sub(" ", w) for w in stripped.split(" "))   # not a handle
        last = blocks[-1] if blocks else None
        if (last is not None and not prev_blank and kind == "paragraph"
                and len(last.text) < MAX_JOINED
                and ((CONTINUES.match(stripped) and (NO_SPACE_BEFORE.match(stripped) or not ends_sentence(last.text)))
                     or _open_end(last.text)
                     or LONE_BY.match(last.text)          # "By", the name on the next line: one byline
                     # already a sentence split at its links, and still not finished (a byline is no sentence)
                     or (last.end_line is not None and not ends_sentence(last.text) and _in_a_sentence(last.text)
                         and not _starts_a_block(stripped) and not BYLINE_PREFIX.match(last.text)))):
            sep = "" if NO_SPACE_BEFORE.match(stripped) else " "
            blocks[-1] = Block(index=last.index, line=last.line, text=last.text + sep + stripped,
                               kind=last.kind, level=last.level, end_line=lineno)
        else:
            blocks.append(Block(index=len(blocks), line=lineno, text=stripped, kind=kind, level=level))
        prev_blank = False
    return blocks
