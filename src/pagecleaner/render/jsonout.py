"""Article -> the JSON contract (see article.schema.json)."""
from __future__ import annotations

import json

from ..model import Article


def render(a: Article, *, removed: bool = False, lines: bool = False, links: bool = False,
           images: bool = False) -> str:
    d = a.to_dict(removed=removed, links=links, images=images)
    if lines:
        return json.dumps(d, ensure_ascii=False) + "\n"
    return json.dumps(d, ensure_ascii=False, indent=2) + "\n"
