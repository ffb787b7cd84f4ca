"""Headline, date and author on the multilingual pages (trafilatura-eval-dev), HTML input, beside trafilatura.

usage: python bench/snippet_meta.py
The set's snippet file also labels each page's headline, author and datePublished; they are scored by
the rules of meta_score.py (common.meta_from). Mostly German pages from many small sites: a check that
metadata found in markup and text is not tuned to the two English sets.
"""
from __future__ import annotations

import gzip
import json

from common import BENCH, meta_from, pagecleaner_pred, timed
from html_quality import trafilatura_pred

import pagecleaner

ROOT = BENCH / "trafilatura-eval-dev"


def labels_of(item: dict) -> dict:
    out = {}
    if item.get("headline"):
        out["headline"] = item["headline"]
    if item.get("datePublished"):
        out["published"] = str(item["datePublished"])
    author = item.get("author")
    if author:
        out["author"] = ", ".join(author) if isinstance(author, list) else author
    return out


def main() -> None:
    snips = json.load(open(ROOT / "ground-truth-snippets.json", encoding="utf-8"))
    labels = {k: labels_of(v) for k, v in snips.items()}
    pages = {k: gzip.decompress((ROOT / "html" / f"{k}.html.gz").read_bytes()).decode("utf-8", "replace")
             for k in snips}
    systems = {"pagecleaner (HTML)": lambda h: pagecleaner_pred(pagecleaner.clean(h, input="html")),
               "trafilatura 2.3.1 (HTML)": trafilatura_pred}
    print(f"{'system':<28} {'headline':>9} {'date':>7} {'author':>7}   labelled pages")
    for name, fn in systems.items():
        preds, _ = timed(fn, pages)
        m = meta_from(labels, preds)
        print(f"{name:<28} {m['headline']:9.3f} {m['published']:7.3f} {m['author']:7.3f}   "
              f"{m['n'][0]} / {m['n'][1]} / {m['n'][2]}", flush=True)


if __name__ == "__main__":
    main()
