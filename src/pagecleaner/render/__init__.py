"""Writers: Article -> Markdown, JSON/JSONL, the body as plain text, or the explain view."""
from __future__ import annotations

from ..model import Article

FORMATS = ("markdown", "json", "jsonl", "text")
SUFFIX = {"markdown": ".md", "json": ".json", "jsonl": ".jsonl", "text": ".txt"}


def render(article: Article, fmt: str, *, front: bool = False, removed: bool = False, links: bool = False,
           images: bool = False) -> str:
    """The article in one of FORMATS, as the text to write (links and images: HTML input, off by default)."""
    from . import jsonout, markdown
    if fmt == "markdown":
        return markdown.render(article, with_front_matter=front, links=links, images=images)
    if fmt in ("json", "jsonl"):
        return jsonout.render(article, removed=removed, lines=fmt == "jsonl", links=links, images=images)
    return article.body + "\n" if article.body else ""
