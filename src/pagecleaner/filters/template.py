"""Cross-page boilerplate: the lines a site repeats on many of its pages (its template).

One page cannot tell its menu from its text when both look alike; a batch can. A
line that stands on many pages of the same site ("Click here to connect with us
on WhatsApp", the menu, the footer, the day's teaser box) is the site's, not the
article's. `TemplateLearner` counts, per site, on how many pages each line appears;
`site_template` removes the lines it learned. What it will not learn: a line on
fewer than three pages and 30% of them (a quote two articles share); a paragraph
on fewer than five pages and half of them; a page seen twice counts once. And a
page whose paragraphs are almost all "template" is one of several copies of a story
in the batch: its paragraphs stay.
"""
from __future__ import annotations

import hashlib
from collections import Counter

from ..model import Block
from ..pipeline import Context, document_pass
from ..textstats import fold, word_count

MIN_PAGES = 3        # a short template line stands on at least this many pages of the site
MIN_SHARE = 0.3      # and on at least this share of the pages learned from
LONG_WORDS = 25      # a longer line is prose: a template's teaser box, or an article's paragraph
LONG_MIN_PAGES = 5   # so it must stand on more pages
LONG_MIN_SHARE = 0.5 # and on half of them
COPY_SHARE = 0.8     # a page whose paragraphs are this much "template" is a copy of a story: they stay
SAMPLE = 200         # pages learned from per site (keeps memory flat in big batches)


def line_key(text: str) -> int | None:
    """A stable 64-bit key of a line with case, spacing and punctuation folded (None for no words)."""
    norm = fold(text)
    if not norm:
        return None
    return int.from_bytes(hashlib.blake2b(norm.encode("utf-8"), digest_size=8).digest(), "big")


def page_keys(texts) -> tuple[frozenset[int], frozenset[int]]:
    """The keys of a page's short lines and of its long lines: what the learner needs to see of it."""
    short, long = set(), set()
    for t in texts:
        k = line_key(t)
        if k is not None:
            (long if word_count(t) > LONG_WORDS else short).add(k)
    return frozenset(short), frozenset(long)


class TemplateLearner:
    """Counts in how many pages of each site every line appears."""

    def __init__(self, sample: int = SAMPLE) -> None:
        self.sample = sample
        self.pages: Counter[str] = Counter()
        self.short: dict[str, Counter[int]] = {}
        self.long: dict[str, Counter[int]] = {}
        self._seen: set[tuple[str, int]] = set()

    def wants(self, site: str) -> bool:
        return self.pages[site] < self.sample

    def add(self, site: str, keys: tuple[frozenset[int], frozenset[int]]) -> None:
        fingerprint = (site, hash(keys))
        if not (keys[0] or keys[1]) or fingerprint in self._seen or not self.wants(site):
            return
        self._seen.add(fingerprint)
        self.pages[site] += 1
        self.short.setdefault(site, Counter()).update(keys[0])
        self.long.setdefault(site, Counter()).update(keys[1])

    def templates(self) -> dict[str, frozenset[int]]:
        out = {}
        for site, n in self.pages.items():
            need_short = max(MIN_PAGES, MIN_SHARE * n)
            need_long = max(LONG_MIN_PAGES, LONG_MIN_SHARE * n)
            lines = frozenset(k for k, c in self.short[site].items() if c >= need_short) | \
                frozenset(k for k, c in self.long[site].items() if c >= need_long)
            if lines:
                out[site] = lines
        return out


@document_pass("site_template", "lines the site repeats on many pages of a batch (its menus, prompts, teasers, "
                                "footer)")
def site_template(blocks: list[Block], ctx: Context) -> list[Block]:
    """Remove the learned lines; but when they would take almost all of a page's paragraphs, the page
    is one of several copies of a story the batch holds, and its paragraphs stay."""
    if not ctx.site_lines:
        return blocks
    hits = [b.kept and line_key(b.text) in ctx.site_lines for b in blocks]
    long_words = sum(word_count(b.text) for b in blocks if b.kept and word_count(b.text) > LONG_WORDS)
    long_hits = sum(word_count(b.text) for b, h in zip(blocks, hits) if h and word_count(b.text) > LONG_WORDS)
    keep_long = long_words and long_hits > COPY_SHARE * long_words
    return [b.remove("site_template", "repeated on many pages of this site")
            if h and not (keep_long and word_count(b.text) > LONG_WORDS) else b
            for b, h in zip(blocks, hits)]
