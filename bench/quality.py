"""Text-mode quality and speed on the benchmark sets, side by side with jusText.

usage: python bench/quality.py [--sets scrapinghub,wcxb-articles] [--renderers html_text,inscriptis,soup] [--no-peers]
Prints body F1 (the benchmark's own 4-gram metric), headline/date/author accuracy
against the publishers' labels, and pages/second, for every system in one run.
Renderers: the set's two flattened texts (html_text: one block per line; inscriptis: layout kept) and
'soup', the same HTML split at every inline element by BeautifulSoup (the third shape of scraped text).
"""
from __future__ import annotations

import argparse

from common import body_f1, load_set, meta, pagecleaner_pred, timed

import pagecleaner


def justext_text(text: str) -> dict:
    import justext
    from html import escape
    html = "".join(f"<p>{escape(line)}</p>" for line in text.splitlines() if line.strip())
    paras = justext.justext(html.encode("utf-8"), justext.get_stoplist("English"))
    return {"articleBody": "\n\n".join(p.text for p in paras if not p.is_boilerplate)}


def twelve_words(text: str) -> dict:
    return {"articleBody": "\n\n".join(l for l in text.splitlines() if len(l.split()) > 12)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", default="scrapinghub,wcxb-articles")
    ap.add_argument("--renderers", default="html_text,inscriptis,soup")
    ap.add_argument("--no-peers", action="store_true")
    ap.add_argument("--dump", help="write pagecleaner's predictions for the first set/renderer here")
    args = ap.parse_args()
    systems = {"pagecleaner": lambda t: pagecleaner_pred(pagecleaner.clean_text(t))}
    if not args.no_peers:
        systems |= {"jusText 3.0.2 (English)": justext_text, "keep lines > 12 words": twelve_words}
    print(f"{'set':<14} {'renderer':<11} {'system':<26} {'F1':>6} {'prec':>6} {'rec':>6} "
          f"{'headline':>8} {'hl*':>6} {'date':>6} {'author':>6} {'pages/s':>8}")
    for name in args.sets.split(","):
        for renderer in args.renderers.split(","):
            pages = load_set(name, renderer)
            for sysname, fn in systems.items():
                preds, pps = timed(fn, pages)
                if args.dump and sysname == "pagecleaner":
                    import json
                    json.dump(preds, open(args.dump, "w"), ensure_ascii=False)
                    args.dump = None
                s = body_f1(name, preds)
                m = meta(name, preds) if sysname == "pagecleaner" else None
                mt = (f"{m['headline']:8.3f} {m['headline_unescaped']:6.3f} {m['published']:6.3f} {m['author']:6.3f}" if m
                      else f"{'-':>8} {'-':>6} {'-':>6} {'-':>6}")
                print(f"{name:<14} {renderer:<11} {sysname:<26} {s['f1']:6.3f} {s['precision']:6.3f} "
                      f"{s['recall']:6.3f} {mt} {pps:8.1f}", flush=True)
    print("hl*: headline against the labels with their HTML character references decoded (6 of scrapinghub's 93 "
          "headline labels read '&#8216;…&#8217;' as the publisher's JSON-LD wrote them)")


if __name__ == "__main__":
    main()
