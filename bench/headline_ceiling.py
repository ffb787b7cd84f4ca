"""How high can any headline picker score on scrapinghub's labels, text mode?

For every labelled page, ask whether *some* run of one to six consecutive lines of the
scraped text (or the label's words anywhere in it) passes `meta_score.headline_ok` against
the publisher's label. A picker that outputs text the page shows can match no more pages
than this; the pages it cannot match are printed with why:

- "character reference": the label is JSON-LD with HTML entities left in
  ("&#8216;The Medium is the Message&#8217;"): the scorer reads "8216" as a word;
- "not in the text": the label's words are nowhere on the page in that order (an SEO title).

Then the pages within reach that pagecleaner misses, with its pick.

usage: python bench/headline_ceiling.py [--set scrapinghub] [--renderers html_text,inscriptis]
"""
from __future__ import annotations

import argparse
import json
import re

from common import BENCH, load_set, meta_score, pagecleaner_pred

import pagecleaner

WINDOW = 6          # lines a headline may be broken over (the soup shape breaks one at each link)
ENTITY = re.compile(r"&#?\w+;")


def reachable(label: str, text: str) -> bool:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    want = " ".join(meta_score.words(label))
    if want and want in " ".join(meta_score.words(text)):
        return True
    return any(meta_score.headline_ok(label, " ".join(lines[i:j]))
               for i in range(len(lines)) for j in range(i + 1, min(i + WINDOW, len(lines)) + 1))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--set", default="scrapinghub")
    ap.add_argument("--renderers", default="html_text,inscriptis")
    args = ap.parse_args()
    labels = {k: v["headline"] for k, v in json.load(open(BENCH / args.set / "labels.json")).items() if "headline" in v}
    for renderer in args.renderers.split(","):
        pages = load_set(args.set, renderer)
        missed, wrong, got = [], [], 0
        for key, label in sorted(labels.items()):
            pred = pagecleaner_pred(pagecleaner.clean_text(pages[key]))
            ok = meta_score.headline_ok(label, pred["headline"])
            got += ok
            if not reachable(label, pages[key]):
                missed.append((key, "character reference" if ENTITY.search(label) else "not in the text", label))
            elif not ok:
                wrong.append((key, label, pred["headline"]))
        n = len(labels)
        print(f"{args.set} {renderer}: {n} labelled pages; some run of lines matches the label on {n - len(missed)} "
              f"(ceiling {(n - len(missed)) / n:.3f}); pagecleaner matches {got} ({got / n:.3f})")
        for key, why, label in missed:
            print(f"   {key[:12]}  {why:<19}  {label[:90]}")
        print(f"  within reach, missed by pagecleaner ({len(wrong)}): label | pagecleaner's headline")
        for key, label, pred in wrong:
            print(f"   {key[:12]}  {label[:60]!r} | {(pred or '')[:60]!r}")


if __name__ == "__main__":
    main()
