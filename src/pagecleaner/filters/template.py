"""Cross-page boilerplate: the lines a site repeats on many of its pages (its template).

One page cannot tell its menu from its text when both look alike; a batch can. A
line that stands on many pages of the same site ("Click here to connect with us
on WhatsApp", the menu, the footer) is the site's, not the article's. `TemplateLearner`
counts, per site, on how many pages each line appears; `site_template` removes the
lines it learned. What it will not learn: a line on fewer than three pages (a quote
two articles share), a long paragraph (a template is made of short lines), and a
page seen twice counts once (the same article scraped under two addresses).
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter

from ..pipeline import Context, block_rule
from ..textstats import word_count

MIN_PAGES = 3        # a template line stands on at least this many pages of the site
MIN_SHARE = 0.3      # and on at least this share of the pages learned from
MAX_WORDS = 25       # longer lines are prose: never template
SAMPLE = 200         # pages learned from per site (keeps memory flat in big batches)
WORD = re.compile(r"\w+")


def line_key(text: str) -> int | None:
    """A stable 64-bit key of a line with case, spacing and punctuation folded (None for no words)."""
    norm = " ".join(WORD.findall(text.lower()))
    if not norm:
        return None
    return int.from_bytes(hashlib.blake2b(norm.encode("utf-8"), digest_size=8).digest(), "big")


def page_keys(texts) -> frozenset[int]:
    """The keys of a page's short lines: what the learner needs to see of it."""
    keys = (line_key(t) for t in texts if word_count(t) <= MAX_WORDS)
    return frozenset(k for k in keys if k is not None)


class TemplateLearner:
    """Counts in how many pages of each site every short line appears."""

    def __init__(self, sample: int = SAMPLE) -> None:
        self.sample = sample
        self.pages: Counter[str] = Counter()
        self.lines: dict[str, Counter[int]] = {}
        self._seen: set[tuple[str, int]] = set()

    def wants(self, site: str) -> bool:
        return self.pages[site] < self.sample

    def add(self, site: str, keys: frozenset[int]) -> None:
        fingerprint = (site, hash(keys))
        if not keys or fingerprint in self._seen or not self.wants(site):
            return
        self._seen.add(fingerprint)
        self.pages[site] += 1
        self.lines.setdefault(site, Counter()).update(keys)

    def templates(self) -> dict[str, frozenset[int]]:
        out = {}
        for site, counts in self.lines.items():
            need = max(MIN_PAGES, MIN_SHARE * self.pages[site])
            lines = frozenset(k for k, n in counts.items() if n >= need)
            if lines:
                out[site] = lines
        return out


@block_rule("site_template", "lines the site repeats on many pages of a batch (its menus, prompts, footer)")
def site_template(block, ctx: Context) -> str | None:
    if not ctx.site_lines or word_count(block.text) > MAX_WORDS:
        return None
    return "repeated on many pages of this site" if line_key(block.text) in ctx.site_lines else None
