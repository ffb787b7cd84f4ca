"""The one document model every reader produces and every filter reads.

A page is a tuple of `Block`s, one per input line (text) or per DOM block (HTML).
Filters never delete a block: they return a copy marked with `removed_by` and a
short `reason`, so the whole history of a page can be explained afterwards.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple, Sequence

_new_tuple = tuple.__new__

# What a kept block is, inside the article.
KINDS = ("paragraph", "heading", "list_item", "quote", "code", "table")
# Filters whose removals may still hold an article's picture (a figure's caption).
CAPTION_FILTERS = ("html_caption", "caption_credit")
# the marker the HTML reader gives what stands in a <figure> that frames a quote, no picture (its caption names who
# said it: a testimonial, a pull quote), beside "<figure>"
QUOTE_FIGURE = "<figure:quote>"
# What a block is to the page: part of the body, or one of the metadata fields.
ROLES = ("body", "headline", "section", "summary", "dateline", "byline", "published")


class Block(NamedTuple):
    """One block of the page. Immutable; a tuple rather than a frozen dataclass because a page builds
    hundreds (the reader one per block, each filter's verdict a copy) and a tuple is built three times
    faster (measured: 5% of a text page's time, 1% of an HTML page's)."""
    index: int                      # position in the page, 0-based
    line: int                       # first input line (1-based); for HTML the source line of the element
    text: str
    kind: str = "paragraph"
    role: str = "body"
    removed_by: str | None = None   # name of the filter that removed it
    reason: str | None = None       # why, in a few words
    end_line: int | None = None     # last input line when a reader joined several lines
    # Evidence only the HTML reader can give (empty for text input).
    tag: str = ""
    path: str = ""                  # e.g. "body>div.content>p"
    tokens: frozenset[str] = frozenset()   # class/id tokens of the element and its ancestors
    link_chars: int = 0             # characters inside <a> elements
    level: int = 0                  # heading level, list depth
    region: str = ""                # the <article>/<main> element it sits in, e.g. "<article#2>" (HTML)
    ancestors: tuple[int, ...] = () # the numbers of the elements it sits in, outermost first (HTML)
    links: tuple[tuple[str, str], ...] = ()    # (anchor text, URL) of its links, in order (HTML)
    images: tuple[tuple[str, str], ...] = ()   # (alt text, URL) of the images just before it (HTML)
    number: int = 0                 # a numbered list item's number as the page shows it ("3."); 0: not numbered

    @property
    def removed(self) -> bool:
        return self.removed_by is not None

    @property
    def kept(self) -> bool:
        return self.removed_by is None

    def remove(self, by: str, reason: str) -> "Block":
        return self._marked(self.role, by, reason)

    def restore(self) -> "Block":
        return self._marked(self.role, None, None)

    def with_role(self, role: str, by: str, reason: str) -> "Block":
        """Take the block out of the body into a metadata field (it is not lost)."""
        return self._marked(role, by, reason)

    def _marked(self, role: str, by: str | None, reason: str | None) -> "Block":
        # fields 4-6 are role, removed_by, reason (the order above); the rest is copied as it is
        return _new_tuple(Block, (*self[:4], role, by, reason, *self[7:]))

    @property
    def link_density(self) -> float:
        return self.link_chars / len(self.text) if self.text else 0.0


# main_text's reasons for what stands beyond the story's end: under a heading over other stories or comments
# ("More on …", "Comments"), or under the comments the markup names; what the header's metadata never comes from
AFTER_WALL = "(other stories, comments)"
AFTER_COMMENTS = "after the comments the page's markup names"


def beyond_the_story(b: Block) -> bool:
    return b.removed_by == "main_text" and b.reason is not None \
        and (b.reason.endswith(AFTER_WALL) or b.reason == AFTER_COMMENTS)


def shared_ancestors(a: Block, b: Block) -> list[int]:
    """The elements both blocks sit in, outermost first (the start their paths from the root have in common)."""
    shared = []
    for x, y in zip(a.ancestors, b.ancestors):
        if x != y:
            break
        shared.append(x)
    return shared


def runs_within(picked: Sequence[int], reach: int, place: dict[int, int] | None = None) -> list[list[int]]:
    """`picked` (block positions, in page order) cut into runs: each position of a run stands within `reach` of
    the one before it, counted in the page's blocks or in `place`'s numbering of them (the kept blocks, where a
    removed line between two is no gap)."""
    out: list[list[int]] = []
    for i in picked:
        if out and (place[i] - place[out[-1][-1]] if place is not None else i - out[-1][-1]) <= reach:
            out[-1].append(i)
        else:
            out.append([i])
    return out


def repeated_near(blocks: Sequence[Block], k: int, reach: int) -> bool:
    """The page shows block k's text again within `reach` blocks of it."""
    text = blocks[k].text
    return any(blocks[i].text == text for i in range(max(0, k - reach), min(len(blocks), k + reach + 1)) if i != k)


@dataclass(frozen=True, slots=True)
class Removed:
    line: int
    text: str
    filter: str
    reason: str


@dataclass(frozen=True)
class Article:
    source: str
    input: str                      # "text" or "html"
    page_type: str = "article"      # see pagetype.py
    headline: str | None = None
    section: str | None = None
    summary: str | None = None
    dateline: str | None = None
    published: str | None = None
    byline: str | None = None
    blocks: tuple[Block, ...] = field(default_factory=tuple)   # every block, kept and removed
    warnings: tuple[str, ...] = ()

    @property
    def body_blocks(self) -> list[Block]:
        return [b for b in self.blocks if b.kept and b.role == "body"]

    @property
    def body(self) -> str:
        """The body as plain text: the text of its blocks. A numbered item of scraped text keeps the number its
        line was written with ("1. Ernährung umstellen"; the reader took it into `number`); an HTML <ol>'s
        numbers are the browser's, not the elements' text (its blocks and the Markdown show them)."""
        numbered = self.input == "text"
        return "\n\n".join(f"{b.number}. {b.text}" if numbered and b.number else b.text for b in self.body_blocks)

    @property
    def removed(self) -> list[Removed]:
        return [Removed(b.line, b.text, b.removed_by or "", b.reason or "")
                for b in self.blocks if b.removed and b.role == "body"]

    def images_in_body(self) -> dict[int, list[tuple[str, str]]]:
        """Block position -> (alt, URL) of the images inside the article: those before a body block, or
        before a caption the filters took out from between body blocks (a figure in the article)."""
        body = [i for i, b in enumerate(self.blocks) if b.kept and b.role == "body"]
        out: dict[int, list[tuple[str, str]]] = {}
        if body:
            for i in range(body[0], body[-1] + 1):
                b = self.blocks[i]
                if b.images and (b.kept and b.role == "body" or b.removed_by in CAPTION_FILTERS):
                    out[i] = list(b.images)
        return out

    def to_dict(self, *, removed: bool = False, links: bool = False, images: bool = False) -> dict:
        pictures = self.images_in_body() if images else {}
        blocks = []
        for i, b in enumerate(self.blocks):
            for alt, src in pictures.get(i, ()):
                blocks.append({"kind": "image", "text": alt, "src": src})
            if b.kept and b.role == "body":
                item = {"kind": b.kind, "text": b.text}
                if b.kind == "list_item":
                    item["ordered"] = b.number > 0
                    if b.number:
                        item["number"] = b.number
                if links and b.links:
                    item["links"] = [{"text": t, "href": h} for t, h in b.links]
                blocks.append(item)
        d = {
            "source": self.source, "input": self.input, "page_type": self.page_type,
            "headline": self.headline, "section": self.section, "summary": self.summary,
            "dateline": self.dateline, "published": self.published, "byline": self.byline,
            "body": self.body,
            "blocks": blocks,
        }
        if removed:
            d["removed"] = [{"line": r.line, "text": r.text, "filter": r.filter, "reason": r.reason}
                            for r in self.removed]
        return d
