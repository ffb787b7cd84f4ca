"""Shared helpers for the bench scripts: where the data is, scoring, timing."""
from __future__ import annotations

import gzip
import html
import json
import os
import sys
import time
from pathlib import Path

SHARED = Path(os.environ.get("PAGECLEANER_SHARED", Path(__file__).resolve().parents[2] / "shared"))
BENCH = SHARED / "bench"
sys.path.insert(0, str(BENCH))

import meta_score  # noqa: E402  (the benchmark's own scorers)
import score  # noqa: E402


def load_set(name: str, renderer: str) -> dict[str, str]:
    """id -> page (text for a text renderer, HTML for 'html').

    'soup' is the third shape scraped text comes in, made here from the HTML: BeautifulSoup's
    get_text("\n"), one line per string, so a paragraph's sentence breaks at each of its links.
    """
    root = BENCH / name
    pages = {}
    if renderer == "soup":
        return {k: soup_text(v) for k, v in load_set(name, "html").items()}
    if renderer == "html":
        for p in sorted((root / "html").glob("*.html.gz")):
            pages[p.name.removesuffix(".html.gz")] = gzip.decompress(p.read_bytes()).decode("utf-8", "replace")
    else:
        for p in sorted((root / f"text-{renderer}").glob("*.txt")):
            pages[p.stem] = p.read_text(encoding="utf-8")
    return pages


def soup_text(html: str) -> str:
    """The third shape of scraped text: BeautifulSoup's get_text("\\n"), a line per string (an XHTML page that opens
    with its XML declaration read as HTML too, as a scraper reads it: no warning in the table's output)."""
    import warnings
    from bs4 import BeautifulSoup, XMLParsedAsHTMLWarning
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        return BeautifulSoup(html, "lxml").get_text("\n")


def body_f1(name: str, preds: dict) -> dict:
    truth = score.load(str(BENCH / name / "ground-truth.json"))
    return score.score(truth, preds, n_boot=50)


def meta(name: str, preds: dict) -> dict:
    return meta_from(json.load(open(BENCH / name / "labels.json")), preds)


def meta_from(labels: dict, preds: dict) -> dict:
    """headline / published / author accuracy by meta_score.py's rules; labels map id -> those fields."""
    h = hu = d = a = nh = nd = na = 0
    for key, lab in labels.items():
        p = preds.get(key) or {}
        if "headline" in lab:
            nh += 1
            h += meta_score.headline_ok(lab["headline"], p.get("headline"))
            hu += meta_score.headline_ok(html.unescape(lab["headline"]), p.get("headline"))
        if "published" in lab:
            nd += 1
            d += str(p.get("published") or "")[:10] == lab["published"][:10]
        if "author" in lab:
            na += 1
            pw = set(meta_score.words(str(p.get("author") or "")))
            a += bool(meta_score.words(lab["author"])) and set(meta_score.words(lab["author"])) <= pw
    # headline_unescaped: the same rule against the label with its HTML character references decoded (some
    # publishers' JSON-LD says "&#8216;The Medium is the Message&#8217;", which no correct headline matches word for word)
    return {"headline": h / max(nh, 1), "headline_unescaped": hu / max(nh, 1), "published": d / max(nd, 1), "author": a / max(na, 1), "n": (nh, nd, na)}


def timed(fn, pages: dict[str, str]) -> tuple[dict, float]:
    """Run fn over every page; return predictions and pages/second."""
    t0 = time.perf_counter()
    preds = {k: fn(v) for k, v in pages.items()}
    return preds, len(pages) / (time.perf_counter() - t0)


def pagecleaner_pred(article) -> dict:
    return {"articleBody": article.body, "headline": article.headline, "published": article.published,
            "author": article.byline}
