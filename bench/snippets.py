"""Non-English pages: snippet score on trafilatura-eval-dev (German, English, Spanish, French, Polish), per language.

usage: python bench/snippets.py [--no-peers]
A page passes a 'with' snippet when its body contains it and a 'without' snippet when it does not
(the set's own snippet_score.py). Languages come from the pages' own <html lang>. pagecleaner runs
on the scraped text (text-html_text) and on the raw HTML; trafilatura on the HTML (this set is its
own tuning set), jusText on the text with the stop list of the page's language. A second table: the same
per page type, the non-article pages labelled by hand in multilingual_types.json (product, forum, listing,
service pages …), the other pages counted as articles.
"""
from __future__ import annotations

import argparse
import gzip
import json
from collections import defaultdict
from pathlib import Path

from common import BENCH

import pagecleaner
import snippet_score

ROOT = BENCH / "trafilatura-eval-dev"
TYPES = Path(__file__).with_name("multilingual_types.json")
JUSTEXT_LISTS = {"de": "German", "en": "English", "es": "Spanish", "fr": "French", "pl": "Polish"}


def lang_of(item: dict) -> str:
    return (item.get("htmlLang") or "?").lower()[:2]


def score(snips: dict, preds: dict) -> tuple[float, float, float]:
    tp, fn, fp, tn = snippet_score.counts(snips, preds)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return (2 * p * r / (p + r) if p + r else 0.0), p, r


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--no-peers", action="store_true")
    args = ap.parse_args()
    snips = json.load(open(ROOT / "ground-truth-snippets.json", encoding="utf-8"))
    texts = {k: (ROOT / "text-html_text" / f"{k}.txt").read_text(encoding="utf-8") for k in snips}
    htmls = {k: gzip.decompress((ROOT / "html" / f"{k}.html.gz").read_bytes()) for k in snips}
    systems = {
        "pagecleaner (text)": lambda k: pagecleaner.clean_text(texts[k]).body,
        "pagecleaner (HTML)": lambda k: pagecleaner.clean(htmls[k], input="html").body,
    }
    if not args.no_peers:
        import justext
        import trafilatura

        def jt(k):
            html = "".join(f"<p>{line}</p>" for line in texts[k].splitlines() if line.strip())
            stop = justext.get_stoplist(JUSTEXT_LISTS.get(lang_of(snips[k]), "English"))
            return "\n\n".join(p.text for p in justext.justext(html.encode(), stop) if not p.is_boilerplate)
        systems["trafilatura 2.3.1 (HTML)"] = lambda k: trafilatura.extract(htmls[k].decode("utf-8", "replace")) or ""
        systems["jusText, page's language (text)"] = jt
    langs = defaultdict(list)
    for k, item in snips.items():
        langs[lang_of(item)].append(k)
    order = sorted(langs, key=lambda x: -len(langs[x]))
    print("snippet F1 (precision/recall for all pages); columns: language (pages)")
    print(f"{'system':<32} {'all F1':>7} {'prec':>5} {'rec':>5} " +
          " ".join(f"{x + ' (' + str(len(langs[x])) + ')':>9}" for x in order))
    predictions = {}
    for name, fn in systems.items():
        preds = predictions[name] = {k: {"articleBody": fn(k)} for k in snips}
        cells = [score(snips, preds)] + [score({k: snips[k] for k in langs[x]}, preds) for x in order]
        f, p, r = cells[0]
        print(f"{name:<32} {f:7.3f} {p:5.2f} {r:5.2f} " + " ".join(f"{c[0]:9.3f}" for c in cells[1:]), flush=True)
    by_type(snips, predictions)


def by_type(snips: dict, predictions: dict) -> None:
    """Snippet F1 per page type, the types labelled by hand in multilingual_types.json (the pages that are no
    news or blog article; the others are counted as articles)."""
    labels = json.load(open(TYPES, encoding="utf-8"))
    kinds = defaultdict(list)
    for k in snips:
        kinds[labels[k][0] if k in labels else "article"].append(k)
    order = sorted(kinds, key=lambda x: -len(kinds[x]))
    print(f"\nsnippet F1 per page type ({TYPES.name}: labelled by hand; 'article': the pages left unlabelled)")
    print(f"{'system':<32} " + " ".join(f"{x + ' (' + str(len(kinds[x])) + ')':>16}" for x in order))
    for name, preds in predictions.items():
        print(f"{name:<32} " + " ".join(f"{score({k: snips[k] for k in kinds[x]}, preds)[0]:16.3f}" for x in order))


if __name__ == "__main__":
    main()
