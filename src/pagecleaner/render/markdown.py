"""Article -> CommonMark. Text is escaped so it renders as the page's words."""
from __future__ import annotations

import json
import re

from ..model import Article

# Inline characters that CommonMark may read as markup anywhere in a line.
INLINE = re.compile(r"([\\`*_\[\]<>|~])")
ENTITY = re.compile(r"&(?=#?\w+;)")
# What starts a block construct at the beginning of a line, and only that (each line of a block with line breaks): a
# quote's ">"; a heading's one to six "#", a list's "-", "+" or number with "." or ")", each before a space or the
# line's end; a line of dashes or equal signs (a rule, a heading's underline). "01.02.2022", "-5 °C", "#tag" stay.
# ((?![ \t]): one attempt per run of indentation, and the rule's character before the rest of its line: a lookahead
# to the line's end tried at each space of it took the square of the line's length)
LINE_START = re.compile(r"^([ \t]*)(?![ \t])(>|#{1,6}(?=[ \t]|$)|[+-](?=[ \t]|$)|[-=](?=[-= \t]*$)|"
                        r"\d{1,9}(?=[.)](?:[ \t]|$)))", re.M)
BANG = re.compile(r"!(?=\\\[)")


def escape(text: str) -> str:
    text = INLINE.sub(r"\\\1", text)
    text = ENTITY.sub(r"\\&", text)
    text = BANG.sub(r"\\!", text)
    text = LINE_START.sub(lambda m: m.group(1) + (m.group(2) + "\\" if m.group(2)[0].isdigit() else "\\" + m.group(2)),
                          text)
    return text


def breaks(text: str, indent: str = "") -> str:
    """A block's own line breaks (an address, a poem: <br> in HTML) as CommonMark hard breaks, a backslash at
    the end of the line; `indent` continues a list item or a quote on the next line."""
    return text.replace("\n", "\\\n" + indent)


def _meta_pairs(a: Article) -> list[tuple[str, str]]:
    return [(k, v) for k, v in (("section", a.section), ("byline", a.byline), ("published", a.published),
                                ("dateline", a.dateline)) if v]


def front_matter(a: Article) -> str:
    """YAML front matter; values are written as JSON strings, which YAML reads as double-quoted scalars."""
    lines = ["---"]
    for key, value in (("title", a.headline), *_meta_pairs(a), ("summary", a.summary), ("source", a.source)):
        if value:
            lines.append(f"{key}: {json.dumps(value, ensure_ascii=False)}")
    lines.append("---")
    return "\n".join(lines)


def table(text: str) -> str:
    """A data table (cells split by tabs, rows by lines) as a GFM pipe table, the first row its header."""
    rows = [r.split("\t") for r in text.split("\n")]
    width = max(len(r) for r in rows)
    lines = ["| " + " | ".join(escape(c) or " " for c in r + [""] * (width - len(r))) + " |" for r in rows]
    return "\n".join([lines[0], "|" + " --- |" * width, *lines[1:]])


def _url(url: str) -> str:
    """A link destination in <…>, which may hold spaces; the characters it may not hold are %-encoded."""
    return "<" + url.replace("<", "%3C").replace(">", "%3E").replace("\n", "%0A") + ">"


def with_links(text: str, links) -> str:
    """Escaped text with each link's anchor, found in order, made a Markdown link."""
    cursor = 0
    for anchor, href in links:
        esc = escape(anchor)
        pos = text.find(esc, cursor)
        if pos < 0 or not esc:
            continue
        md = f"[{esc}]({_url(href)})"
        text = text[:pos] + md + text[pos + len(esc):]
        cursor = pos + len(md)
    return text


def render(a: Article, *, with_front_matter: bool = False, links: bool = False, images: bool = False) -> str:
    parts: list[str] = []
    if with_front_matter:
        parts.append(front_matter(a))
        if a.headline:
            parts.append("# " + escape(a.headline))
    else:
        if a.headline:
            parts.append("# " + escape(a.headline))
        meta = " · ".join(escape(v) for _, v in _meta_pairs(a))
        if meta:
            parts.append(f"*{meta}*")
        if a.summary:
            parts.append("> " + escape(a.summary))
    pictures = a.images_in_body() if images else {}
    items: set[int] = set()                 # the parts that are list items: one list when they follow each other
    for i, b in enumerate(a.blocks):
        for alt, src in pictures.get(i, ()):
            parts.append(f"![{escape(alt)}]({_url(src)})")
        if not (b.kept and b.role == "body"):
            continue
        text = with_links(escape(b.text), b.links) if links and b.links and b.kind != "code" else escape(b.text)
        if b.kind == "heading":
            parts.append("#" * min(6, max(2, b.level or 2)) + " " + text.replace("\n", " "))     # one line
        elif b.kind == "list_item":
            marker = f"{b.number}. " if b.number else "- "
            parts.append(marker + breaks(text, " " * len(marker)))
            items.add(len(parts) - 1)
        elif b.kind == "quote":
            parts.append("> " + breaks(text, "> "))
        elif b.kind == "table":
            parts.append(table(b.text))
        elif b.kind == "code":
            fence = "````" if "```" in b.text else "```"
            parts.append(f"{fence}\n{b.text}\n{fence}")
        else:
            parts.append(breaks(text))
    out = "".join(("\n" if k - 1 in items and k in items else "\n\n") + p if k else p for k, p in enumerate(parts))
    return out + "\n" if out else ""
