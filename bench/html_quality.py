"""HTML-mode quality and speed, side by side with trafilatura in the same process.

usage: python bench/html_quality.py [--sets scrapinghub,wcxb-articles]
"""
from __future__ import annotations

import argparse

from common import body_f1, load_set, meta, pagecleaner_pred, timed

import pagecleaner


def trafilatura_pred(html: str, **kw) -> dict:
    from trafilatura import bare_extraction
    doc = bare_extraction(html, with_metadata=True, **kw)
    if doc is None:
        return {}
    return {"articleBody": doc.text or "", "headline": doc.title, "published": doc.date, "author": doc.author}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", default="scrapinghub,wcxb-articles")
    args = ap.parse_args()
    systems = {
        "pagecleaner": lambda h: pagecleaner_pred(pagecleaner.clean(h, input="html")),
        "trafilatura 2.3.1": trafilatura_pred,
        "trafilatura favor_precision": lambda h: trafilatura_pred(h, favor_precision=True),
    }
    print(f"{'set':<14} {'system':<28} {'F1':>6} {'prec':>6} {'rec':>6} {'headline':>8} {'date':>6} {'author':>6} {'pages/s':>8}")
    for name in args.sets.split(","):
        pages = load_set(name, "html")
        for sysname, fn in systems.items():
            preds, pps = timed(fn, pages)
            s = body_f1(name, preds)
            m = meta(name, preds)
            print(f"{name:<14} {sysname:<28} {s['f1']:6.3f} {s['precision']:6.3f} {s['recall']:6.3f} "
                  f"{m['headline']:8.3f} {m['published']:6.3f} {m['author']:6.3f} {pps:8.1f}", flush=True)


if __name__ == "__main__":
    main()
