"""An experiment, kept with its result: does a learned block scorer beat the rules on pages it never saw?

usage: python bench/train_block_model.py [--model lr|gbm] [--cache FILE]

It did not (see bench/RESULTS.md): over these features, which are the rules' own evidence, logistic
regression and gradient boosting both score at or below the rules alone on the other set's sites and
on held-out sites, so pagecleaner ships no model. The script stays so the next feature idea can be
measured the same way.

1. Every page of both English sets, in the three text shapes, goes through the pipeline; each body
   block gets features() below (the rules' own measurements and verdicts) and a label: is it the article's (by the
   ground truth: a short block found in it whole, a longer one with at least half of its word 3-grams
   in it)?
2. Logistic regression (scikit-learn, standardised features) or gradient boosting, a block weighing as
   its words, is scored where it never trained: trained on scrapinghub and scored on wcxb-articles and
   the other way round (different sites), and in 5 folds of whole sites over both sets. The score is
   the benchmark's own body F1 of the pages the rules and the model make together, beside the rules
   alone. The thresholds (remove below, restore above) are picked on the training side only.
Requires scikit-learn (pip install -e '.[bench]'); pagecleaner itself never imports it.
"""
from __future__ import annotations

import argparse
import json
import math
import pickle
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Sequence
from urllib.parse import urlparse

from common import BENCH, load_set, score

import pagecleaner
from pagecleaner.model import Block
from pagecleaner.textstats import ends_sentence, is_prose, is_title_case, stop_density, word_count

SETS = ("scrapinghub", "wcxb-articles")
SHAPES = ("html_text", "inscriptis", "soup")
TOKEN = re.compile(r"\w+")
GRID_REMOVE = (0.0, 0.2, 0.4)                 # 0.0: never remove
GRID_RESTORE = (0.6, 0.8, 1.01)               # 1.01: never restore

# Which rule removed a block, by family: the model learns how far to trust each
REMOVERS = ("main_text", "nav_run", "lexical", "duplicate_line", "segment", "other")
CONTEXT_RULES = {"main_text", "nav_run", "duplicate_line", "segment", "date_list", "end_matter", "site_template"}
REACH = 10          # blocks: how far the distance to the kept text is counted

FEATURES = ("words", "stop", "sentence", "title_case", "prose", "heading", "list_item", "other_kind", "kept",
            *(f"by_{r}" for r in REMOVERS), "position", "inside", "distance", "prev_kept", "next_kept",
            "prev_words", "next_words", "digits")


def _remover(b: Block) -> str | None:
    if b.removed_by is None:
        return None
    if b.removed_by in REMOVERS:
        return b.removed_by
    return "other" if b.removed_by in CONTEXT_RULES else "lexical"


def features(blocks: Sequence[Block]) -> list[list[float]]:
    """One vector per block, in FEATURES' order (blocks that are not body text get one too; it is not used)."""
    n = len(blocks)
    kept = [b.kept and b.role == "body" for b in blocks]
    where = [i for i, k in enumerate(kept) if k]
    first, last = (where[0], where[-1]) if where else (n, -1)
    distance = _distances(kept)
    counts = [word_count(b.text) for b in blocks]
    out = []
    for i, b in enumerate(blocks):
        t = b.text
        by = _remover(b)
        out.append([
            math.log1p(counts[i]), stop_density(t), float(ends_sentence(t)), float(is_title_case(t)),
            float(is_prose(t)), float(b.kind == "heading"), float(b.kind == "list_item"),
            float(b.kind not in ("paragraph", "heading", "list_item")), float(kept[i]),
            *(float(by == r) for r in REMOVERS),
            i / n, float(first <= i <= last), min(distance[i], REACH) / REACH,
            float(i > 0 and kept[i - 1]), float(i + 1 < n and kept[i + 1]),
            math.log1p(counts[i - 1]) if i > 0 else 0.0, math.log1p(counts[i + 1]) if i + 1 < n else 0.0,
            sum(c.isdigit() for c in t) / max(1, len(t)),
        ])
    return out


def _distances(kept: list[bool]) -> list[int]:
    """Blocks to the nearest kept one (0 for a kept block), both ways in two passes."""
    n = len(kept)
    d = [n] * n
    last = None
    for i in range(n):
        if kept[i]:
            last = i
        if last is not None:
            d[i] = i - last
    last = None
    for i in range(n - 1, -1, -1):
        if kept[i]:
            last = i
        if last is not None:
            d[i] = min(d[i], last - i)
    return d


def label(text: str, truth_text: str, truth_grams: set) -> int:
    tokens = TOKEN.findall(text.lower())
    if len(tokens) < 4:
        return int(" ".join(tokens) in truth_text) if tokens else 0
    grams = [tuple(tokens[i:i + 3]) for i in range(len(tokens) - 2)]
    return int(sum(g in truth_grams for g in grams) >= 0.5 * len(grams))


def collect() -> list[dict]:
    """One record per page and shape: its site, the body blocks' texts, features and labels."""
    pages = []
    for name in SETS:
        truth = json.load(open(BENCH / name / "ground-truth.json", encoding="utf-8"))
        for shape in SHAPES:
            for key, text in load_set(name, shape).items():
                if key not in truth:
                    continue
                t = truth[key]
                truth_tokens = TOKEN.findall(t["articleBody"].lower())
                truth_text = " ".join(truth_tokens)
                grams = {tuple(truth_tokens[i:i + 3]) for i in range(len(truth_tokens) - 2)}
                a = pagecleaner.clean(text, input="text")
                vectors = features(a.blocks)
                body = [i for i, b in enumerate(a.blocks) if b.role == "body"]
                pages.append({
                    "set": name, "shape": shape, "key": key,
                    "site": urlparse(t.get("url", "")).netloc.removeprefix("www.") or key,
                    "texts": [a.blocks[i].text for i in body], "kept": [a.blocks[i].kept for i in body],
                    "removed_by": [a.blocks[i].removed_by for i in body],
                    "x": [vectors[i] for i in body],
                    "y": [label(a.blocks[i].text, truth_text, grams) for i in body],
                    "words": [max(1, len(TOKEN.findall(a.blocks[i].text))) for i in body],
                })
        print(f"read {name}", file=sys.stderr)
    return pages


def fit(pages: list[dict], kind: str):
    """A predictor trained on these pages: block vectors -> probabilities of being the article's."""
    import numpy as np
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler
    x = np.array([v for p in pages for v in p["x"]])
    y = np.array([v for p in pages for v in p["y"]])
    w = np.array([min(v, 200) for p in pages for v in p["words"]], dtype=float)
    if kind == "lr":
        model = make_pipeline(StandardScaler(), LogisticRegression(max_iter=2000))
        model.fit(x, y, logisticregression__sample_weight=w)
    else:
        model = HistGradientBoostingClassifier(max_iter=100, max_depth=4).fit(x, y, sample_weight=w)
    return lambda vectors: model.predict_proba(np.array(vectors))[:, 1] if len(vectors) else []


def bodies(pages: list[dict], probs: dict, remove_below: float, restore_above: float) -> dict:
    preds = {}
    for p in pages:
        keep = [(q >= remove_below) if kept else (q > restore_above and by != "duplicate_line")
                for q, kept, by in zip(probs[id(p)], p["kept"], p["removed_by"])]
        preds[p["key"]] = {"articleBody": "\n\n".join(t for t, k in zip(p["texts"], keep) if k)}
    return preds


def f1(pages: list[dict], preds: dict, truth: dict) -> float:
    keys = {p["key"] for p in pages}
    return score.score({k: truth[k] for k in keys}, preds, n_boot=2)["f1"]


def thresholds(pages: list[dict], probs: dict, truth: dict) -> tuple[float, float]:
    """The (remove below, restore above) pair of the grid that scores best on these (training) pages."""
    scored = {(lo, hi): _by_shape(pages, lambda ps: f1(ps, bodies(ps, probs, lo, hi), truth))
              for lo in GRID_REMOVE for hi in GRID_RESTORE}
    return max(scored, key=scored.__getitem__)


def evaluate(train: list[dict], test: list[dict], truth: dict, kind: str) -> tuple[float, float, tuple]:
    """(rules alone, rules and model) body F1 on `test`, averaged over its shapes; thresholds from `train`."""
    predict = fit(train, kind)
    probs = {id(p): predict(p["x"]) for p in train + test}
    best = thresholds(train, probs, truth)
    rules = _by_shape(test, lambda ps: f1(ps, bodies(ps, probs, 0.0, 1.01), truth))
    both = _by_shape(test, lambda ps: f1(ps, bodies(ps, probs, *best), truth))
    return rules, both, best


def _by_shape(pages: list[dict], fn) -> float:
    groups = defaultdict(list)
    for p in pages:
        groups[(p["set"], p["shape"])].append(p)
    return sum(fn(ps) for ps in groups.values()) / len(groups)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", choices=("lr", "gbm"), default="lr")
    ap.add_argument("--cache", default="/tmp/pagecleaner-blocks.pickle")
    args = ap.parse_args()
    cache = Path(args.cache)
    if cache.exists():
        pages = pickle.loads(cache.read_bytes())
    else:
        pages = collect()
        cache.write_bytes(pickle.dumps(pages))
    truth = {k: v for name in SETS for k, v in json.load(open(BENCH / name / "ground-truth.json")).items()}
    print(f"model: {args.model}; body F1 of the pages scored, averaged over the three text shapes")
    print(f"{'trained on':<24} {'scored on':<24} {'rules':>7} {'+model':>7} {'thresholds':>12}")
    for train_set, test_set in (("scrapinghub", "wcxb-articles"), ("wcxb-articles", "scrapinghub")):
        train = [p for p in pages if p["set"] == train_set]
        test = [p for p in pages if p["set"] == test_set]
        rules, both, best = evaluate(train, test, truth, args.model)
        print(f"{train_set:<24} {test_set:<24} {rules:7.3f} {both:7.3f} {best!s:>12}", flush=True)
    sites = sorted({p["site"] for p in pages})
    fold_of = {s: i % 5 for i, s in enumerate(sites)}
    for k in range(5):
        train = [p for p in pages if fold_of[p["site"]] != k]
        test = [p for p in pages if fold_of[p["site"]] == k]
        rules, both, best = evaluate(train, test, truth, args.model)
        print(f"{'sites of 4 folds':<24} {f'fold {k} ({len(test) // 3} pages)':<24} {rules:7.3f} {both:7.3f} "
              f"{best!s:>12}", flush=True)


if __name__ == "__main__":
    main()
