"""Scraped text written as Markdown: what scrapers that turn pages into Markdown (Firecrawl, Jina Reader,
crawl4ai, a browser's "copy as Markdown") write, and what the text reader reads through.

Links and images are taken out of every line (`[text](url)` is its text, `![alt](url)` nothing): the link
syntax is never an article's words. Headings (`# …`), emphasis, fenced code and pipe tables are read as such only
on a page that shows Markdown (links, images, fences, three headings that are no program's comments): a
flattened page may hold a hashtag or a shell comment at a line's start, and "*" in a formula or a query."""
from __future__ import annotations

import re

# a link's target: no spaces, one level of brackets inside ("…/wiki/Harbour_(Falmouth)"), an optional title
_TARGET = r"\(((?:[^()\s]|\([^()\s]*\))+)(?:\s+\"[^\"\n]*\")?\)"
IMAGE = re.compile(r"!\[([^\]\n]*)\]" + _TARGET)     # (its alt text, its address)
LINK = re.compile(r"\[([^\]\n]*)\]" + _TARGET)       # (its anchor, its address)
# a link whose target a reference names elsewhere: "[text][3]"; and that reference's line, "[3]: https://…"
REF_LINK = re.compile(r"\[([^\]\n]+)\]\[[^\]\n]*\]")
REF_DEF = re.compile(r"^\s{0,3}\[[^\]\n]+\]:\s+\S+")
STRONG = re.compile(r"(\*\*|__)(?=[^\s*_])(.+?)(?<=[^\s*_])\1")     # (not a form's blank, "______")
EMPHASIS = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![\w*])")
INLINE_CODE = re.compile(r"`([^`\n]+)`")
MARKERS = ("](", "**", "__", "`", "*", "][")

ATX = re.compile(r"^(#{1,6})\s+(.+?)(?:\s+#+)?$")
FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
# a thematic break ("---", "* * *"), or a setext heading's underline ("=====" under its title, "-----")
RULE = re.compile(r"^([-=*_])(?:\s*\1){2,}$")
TABLE_ROW = re.compile(r"^\|.*\|$")
TABLE_RULE = re.compile(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$")
EVIDENCE_LINKS = 2      # links or images that make a page Markdown
EVIDENCE_HEADINGS = 3   # or headings, none of them a program's comment


def unmark(line: str, emphasis: bool = False) -> str:
    """A line without its Markdown links and images ("By [Jana Roth](/author/jr)" -> "By Jana Roth", "![Photo](…)"
    -> ""), and with `emphasis` (a page that is Markdown, a line that is no code: "COUNT(*) … SUM(x*y)" is SQL) its
    emphasis and code marks too ("**Read more:**" -> "Read more:")."""
    if not any(m in line for m in MARKERS):
        return line
    if "](" in line:
        line = LINK.sub(r"\1", IMAGE.sub("", line))
    if "][" in line:
        line = REF_LINK.sub(r"\1", line)
    if not emphasis:
        return " ".join(line.split())
    if "**" in line or "__" in line:
        line = STRONG.sub(r"\2", line)
    if "*" in line:
        line = EMPHASIS.sub(r"\1", line)
    if "`" in line:
        line = INLINE_CODE.sub(r"\1", line)
    return " ".join(line.split())


def images_of(line: str) -> tuple[tuple[str, str], ...]:
    """The images of a line, (alt text, address) in order, as --images renders them: "![The lifeboat](…)"."""
    if "](" not in line:
        return ()
    return tuple((" ".join(m.group(1).split()), m.group(2)) for m in IMAGE.finditer(line))


def links_of(line: str) -> tuple[tuple[str, str], ...]:
    """The links of a line, (anchor, address) in order, as --links renders them: "[RNLI](https://rnli.org)"."""
    if "](" not in line:
        return ()
    return tuple((a, m.group(2)) for m in LINK.finditer(IMAGE.sub("", line)) if (a := unmark(m.group(1), True)))


def is_markdown(text: str, code_like) -> bool:
    """The page shows Markdown: links or images in its syntax, a fenced code block, or headings marked with "#"
    (three, and as many as its other lines that open with "#": a listing's comments stand over its code, "# Input
    for creating a new user" / "input CreateUserInput {")."""
    if len(IMAGE.findall(text)) + len(LINK.findall(text)) >= EVIDENCE_LINKS:
        return True
    lines = text.splitlines()
    if sum(1 for line in lines if FENCE.match(line)) >= 2:
        return True
    marked = [i for i, line in enumerate(lines) if line.startswith("#") and ATX.match(line.rstrip())]
    headings = sum(atx_heading(lines, i, code_like) is not None for i in marked)
    return headings >= EVIDENCE_HEADINGS and 2 * headings >= len(marked)


def atx_heading(lines: list[str], i: int, code_like) -> re.Match | None:
    """Line i as a Markdown heading, "## Advice for paddlers": at the line's start, a blank line (or the end)
    under it, no code in it; not a listing's comment, indented or right over its code."""
    m = ATX.match(lines[i].rstrip()) if lines[i].startswith("#") else None
    if m is None or i + 1 < len(lines) and lines[i + 1].strip() or code_like(m.group(2)):
        return None
    return m


def table_cells(row: str) -> list[str]:
    """"| Attempt | Wait |" -> ["Attempt", "Wait"] (a cell's escaped bar stays in it)."""
    return [" ".join(c.replace("\\|", "|").split()) for c in re.split(r"(?<!\\)\|", row.strip()[1:-1])]
