"""Readers: scraped text or raw HTML -> blocks."""
from __future__ import annotations

import re

from ..model import Block
from ..sniff import MOJIBAKE, repair

SOFT_HYPHEN = "\u00ad"     # a line-breaking hint inside a word ("Mit\xadtel\xadal\xadter"): both readers drop it
SPACES = re.compile(r"[\s\u200b\u2060\ufeff]+")    # and the invisible ones: a block of only those is empty


JOINERS = "\u200c\u200d "     # (zero-width non-joiner and joiner: inside a word or an emoji they are its own)


def squeeze(raw: str) -> str:
    """Runs of spaces (the invisible ones too) as one space, none at the ends (str methods when there is no
    invisible space, three times faster than the pattern: both readers squeeze every line, block and link); and
    nothing of a line of zero-width joiners alone (Mobirise's "&#8204;" in a paragraph of its own)."""
    if "\u200b" in raw or "\u2060" in raw or "\ufeff" in raw:
        out = SPACES.sub(" ", raw).strip()
    else:
        out = " ".join(raw.split())
    return out if out[:1] not in JOINERS or out.strip(JOINERS) else ""


BYLINE_CHARS = 80       # characters: a byline, not a paragraph that starts with "By" (both readers)
# "By" glued to the name by inline elements with no space between them ("<span>By</span><a>Alex Bozarjian</a>")
GLUED_BY = re.compile(r"^(?:By|Von|Par|Por)(?=[A-ZÀ-Þ][a-zà-ÿ])")


# a board's post header, its icon's text for screen readers glued to "by": phpBB's "Postby jane » Sat Mar 9, 2024",
# "Beitragvon Anne » Sa 9. Mär 2024"
GLUED_POST = re.compile(r"^(?:Post|Beitrag|Message|Mensaje|Wiadomość)(?=(?:by|von|par|por|przez)\s)")


def unglue_by(text: str) -> str:
    """A short line that opens with "By" glued to a name, with the space put back: "ByAlex Bozarjian" -> "By Alex
    Bozarjian"; a board's post header without its icon's word: "Postby jane » …" -> "by jane » …"."""
    if len(text) > BYLINE_CHARS:
        return text
    m = GLUED_BY.match(text)
    if m is not None:
        return f"{text[:m.end()]} {text[m.end():]}"
    m = GLUED_POST.match(text)
    return text if m is None else text[m.end():]


DROP_CAP_WORDS = 8      # the paragraph after a lone capital is at least this long: a story, not "xx min read"


def drop_cap(letter: str, text: str) -> bool:
    """A story's first letter set apart in large type ("T" / "urkey, Poland and …"): one word, one paragraph."""
    return len(letter) == 1 and letter.isalpha() and letter.isupper() and text[:1].islower() \
        and len(text.split()) >= DROP_CAP_WORDS


def repair_page(blocks: list[Block], meta: dict) -> tuple[list[Block], dict]:
    """Blocks and markup metadata with their mojibake repaired (`sniff.repair`).

    For HTML the blocks are looked at, not the source: the words are a tenth of a page's
    markup and scripts, and searching all of it cost 8% of the time of an HTML page.
    """
    strings = [v for v in meta.values() if isinstance(v, str)]
    if not MOJIBAKE.search("\n".join([b.text for b in blocks] + strings)):
        return blocks, meta
    fixed = {k: repair(v) if isinstance(v, str) else v for k, v in meta.items()}
    if isinstance(meta.get("fallback"), dict):
        fixed["fallback"] = {k: repair(v) if isinstance(v, str) else v for k, v in meta["fallback"].items()}
    return [_repaired(b) for b in blocks], fixed


def _repaired(block: Block) -> Block:
    """The block with its text, link anchors and image alts repaired; its link characters scaled with its text
    (one broken character is two or three: the share of link text is what the filters read)."""
    text = repair(block.text)
    links = tuple((repair(anchor), url) for anchor, url in block.links)
    images = tuple((repair(alt), url) for alt, url in block.images)
    link_chars = round(block.link_chars * len(text) / len(block.text)) if block.text else 0
    return block._replace(text=text, links=links, images=images, link_chars=link_chars)
