"""HTML quality per page type, WCXB's word F1, beside trafilatura in the same run (issue 16).

usage: python bench/wcxb_types.py [--dir PATH] [--sets wcxb-articles]

Reads `../shared/bench/wcxb-pagetypes/` when it is there (WCXB's dev pages of every type), else the sets
named by --sets, each as one page type. A set is the layout of `wcxb-articles/`: `html/<id>.html.gz` and
`ground-truth.json` (id -> {"articleBody", …}). The page type of a page is, in this order: its
ground-truth entry's "page_type" / "pageType" / "type", the subfolder it sits in (`wcxb-pagetypes/forum/…`),
or the set's name ("wcxb-articles" -> article).

Word F1 (the metric WCXB reports): the body as a bag of lower-cased words (letters and digits), precision
and recall of the words the prediction shares with the ground truth, F1 per page, averaged per type.
Beside it: how often pagecleaner's `page_type` names the page's labelled type. Without wcxb-pagetypes, the
per-type numbers on pages of other types come from bench/snippets.py (snippet F1 on the multilingual set's
non-article pages, labelled by hand in multilingual_types.json).

Without wcxb-pagetypes it also scores the project's own pages of every type, `fixtures/pagetypes/` (a thousand and
seventy-six pages written for this project: a hundred and seventy-two to a hundred and eighty-four of each type in the
real markup of a thousand and fifty-seven platforms, and three older articles; each with the body a reader would keep:
see fixtures/README.md), in HTML beside trafilatura and as scraped text in the three shapes (made here from the HTML:
html_text, inscriptis, BeautifulSoup's get_text("\n"), as the shared sets were).
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

from common import BENCH, soup_text, timed

import pagecleaner
from pagecleaner.sniff import decode

WORD = re.compile(r"\w+")
TYPE_KEYS = ("page_type", "pageType", "type")
SET_TYPES = {"wcxb-articles": "article", "scrapinghub": "article"}


def word_f1(truth: str, pred: str) -> float:
    t, p = Counter(WORD.findall(truth.lower())), Counter(WORD.findall((pred or "").lower()))
    if not t and not p:
        return 1.0
    common = sum((t & p).values())
    if not common:
        return 0.0
    precision, recall = common / sum(p.values()), common / sum(t.values())
    return 2 * precision * recall / (precision + recall)


OWN = Path(__file__).resolve().parents[1] / "fixtures" / "pagetypes"


def load(root: Path, default_type: str) -> list[tuple[str, str, str, str]]:
    """(page type, id, html, ground-truth body) for every page under root with a ground truth (its HTML gzipped,
    `html/<id>.html.gz`, or not, `html/<id>.html`)."""
    pages = []
    for truth_file in sorted(root.rglob("ground-truth.json")):
        folder = truth_file.parent
        truth = json.loads(truth_file.read_text(encoding="utf-8"))
        folder_type = folder.name if folder != root else default_type
        for key, entry in truth.items():
            page = folder / "html" / f"{key}.html.gz"
            if page.exists():
                html = gzip.decompress(page.read_bytes()).decode("utf-8", "replace")
            elif (page := folder / "html" / f"{key}.html").exists():
                html = decode(page.read_bytes())      # (an old page in its declared ISO-8859-1)
            else:
                continue
            kind = next((entry[k] for k in TYPE_KEYS if isinstance(entry.get(k), str)), folder_type)
            pages.append((kind.lower(), key, html, entry.get("articleBody") or ""))
    return pages


def trafilatura_body(html: str) -> str:
    from trafilatura import extract
    return extract(html) or ""


def renderers() -> dict:
    """The three shapes of scraped text, made from the HTML as the shared sets' were."""
    import html_text
    import inscriptis
    return {"html_text": lambda h: html_text.extract_text(h, guess_layout=True), "inscriptis": inscriptis.get_text,
            "soup": soup_text}


def _rows(by_type: dict[str, list]) -> list[tuple[str, list]]:
    """Each page type's rows, in order, then all of them."""
    return sorted(by_type.items()) + [("all", [r for rs in by_type.values() for r in rs])]


def score_html(pages: list[tuple[str, str, str, str]]) -> None:
    """pagecleaner and trafilatura on the HTML, word F1 per page type."""
    html = {f"{kind}/{key}": h for kind, key, h, _ in pages}
    articles, pc_speed = timed(lambda h: pagecleaner.clean(h, input="html"), html)
    traf, tr_speed = timed(trafilatura_body, html)
    by_type: dict[str, list[tuple[float, float, bool]]] = defaultdict(list)
    for kind, key, _, truth in pages:
        a = articles[f"{kind}/{key}"]
        by_type[kind].append((word_f1(truth, a.body), word_f1(truth, traf[f"{kind}/{key}"]), a.page_type == kind))
    print(f"{'page type':<16} {'pages':>5} {'pagecleaner':>11} {'trafilatura':>11} {'diff':>6} {'type named':>10}")
    for kind, rs in _rows(by_type):
        pc, tr = sum(r[0] for r in rs) / len(rs), sum(r[1] for r in rs) / len(rs)
        named = sum(r[2] for r in rs) / len(rs)
        print(f"{kind:<16} {len(rs):>5} {pc:>11.3f} {tr:>11.3f} {pc - tr:>+6.3f} {named:>10.2f}")
    print(f"pages/s: pagecleaner {pc_speed:.1f}, trafilatura extract() {tr_speed:.1f}")


def score_text(pages: list[tuple[str, str, str, str]]) -> None:
    """pagecleaner on the pages flattened to scraped text, word F1 per page type and shape."""
    shapes = renderers()
    by_type: dict[str, list[list[float]]] = defaultdict(list)
    for kind, _, h, truth in pages:
        by_type[kind].append([word_f1(truth, pagecleaner.clean_text(render(h)).body) for render in shapes.values()])
    print(f"{'page type':<16} {'pages':>5} " + " ".join(f"{name:>10}" for name in shapes) + "   (pagecleaner, text)")
    for kind, rs in _rows(by_type):
        print(f"{kind:<16} {len(rs):>5} " + " ".join(f"{sum(r[i] for r in rs) / len(rs):>10.3f}"
                                                    for i in range(len(shapes))))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", default=str(BENCH / "wcxb-pagetypes"))
    ap.add_argument("--sets", default="wcxb-articles")
    ap.add_argument("--own", default=str(OWN), help="the project's own pages of every type (fixtures/pagetypes)")
    args = ap.parse_args()
    root = Path(args.dir)
    if root.exists():
        print(f"pages: {root}")
        score_html(load(root, root.name))
        return
    print(f"{root} is not here: scoring {args.sets} instead, each set as one page type "
          f"(the other types need pages with a ground truth, which this machine does not have; "
          f"bench/snippets.py scores the multilingual set's hand-labelled non-article pages per type)")
    score_html([p for name in args.sets.split(",") for p in load(BENCH / name, SET_TYPES.get(name, name))])
    own = load(Path(args.own), "article")
    if own:
        print(f"\nthe project's own pages of every type ({Path(args.own).name}: written for this project, "
              f"{len(own)} pages), HTML:")
        score_html(own)
        print("the same pages as scraped text:")
        score_text(own)


if __name__ == "__main__":
    main()
