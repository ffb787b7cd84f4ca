"""What the cross-page `site_template` filter adds, on folders of pages that share one site's template.

usage: python bench/site_template.py [--pages 40]

We have no folder of many real pages from one site, so we build two, from real material:

1. "seed": the seed page's structure (Capital FM: "Connect with us", the search prompt, a kicker,
   "Published", "Click here to connect with us on WhatsApp" after the second paragraph, the tag line,
   "Comments", "More on Capital News" with four teasers of other stories and their relative times)
   around the ground-truth bodies of scrapinghub articles; the teasers are other pages' headlines
   and first paragraphs, so they change from page to page as a real "More on" box does.
2. "real template": every line of one real benchmark page (a Washington Examiner article, scrapinghub
   e4c6a3b4…) outside its own article -- its real menu, header, share prompts, "More Washington
   Examiner" box and footer -- around the ground-truth bodies of other scrapinghub articles, as if
   the site had published them on the day that page was scraped.
3. "teaser template": the same with another real page (an Indian news site, scrapinghub 5f9c5ed5…)
   whose template is prose-shaped: a column of the day's stories, each a headline glued to its first
   sentence, which no rule about the single page tells from the article.

Each page is scored against the body it was built around (the benchmark's 4-gram F1), with
site_template on and off, through the batch code the CLI uses.
"""
from __future__ import annotations

import argparse
import json
import shutil
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from common import BENCH, score

from pagecleaner import batch
from pagecleaner.config import Config

TEMPLATE_PAGES = {"real template": "e4c6a3b482403a8f60190ba27248cd52b250b86f5d4a8a10edcf7062c64fc3f5",
                  "teaser template": "5f9c5ed5d64dfe682d9bde13b9b4f032a3ebdbf165c06ec49c0705bcbe106e3b"}


def articles(n: int) -> list[tuple[str, str, list[str]]]:
    """(id, headline, paragraphs) of n scrapinghub articles with a labelled headline and 4+ paragraphs."""
    truth = json.load(open(BENCH / "scrapinghub" / "ground-truth.json"))
    labels = json.load(open(BENCH / "scrapinghub" / "labels.json"))
    out = []
    for key in sorted(truth):
        paras = [p.strip() for p in truth[key]["articleBody"].split("\n") if p.strip()]
        head = labels.get(key, {}).get("headline")
        if head and len(paras) >= 4 and key not in TEMPLATE_PAGES.values() and "&#" not in head:
            out.append((key, head, paras))
    return out[:n]


def seed_page(i: int, arts) -> str:
    key, head, paras = arts[i]
    kickers = ["WORLD", "BUSINESS", "KENYA US RELATIONS", "SPORTS", "AFRICA"]
    teasers = []
    for k in range(1, 5):
        _, h, p = arts[(i + k) % len(arts)]
        teasers += [kickers[(i + k) % len(kickers)], h, p[0], f"{k + 1} days ago"]
    lines = ["Connect with us", "Hi, what are you looking for?", kickers[i % len(kickers)], head, paras[0],
             "Published", *paras[:2], "Click here to connect with us on WhatsApp", *paras[2:],
             "In this article:, , , , , ,", "Comments", "Comments", "More on Capital News", *teasers]
    return "\n\n".join(lines) + "\n"


def real_template(page: str) -> tuple[list[str], list[str]]:
    """The lines of a template page before and after its own article body."""
    lines = [l for l in (BENCH / "scrapinghub" / "text-html_text" / f"{page}.txt")
             .read_text(encoding="utf-8").splitlines() if l.strip()]
    body = score.shingles(json.load(open(BENCH / "scrapinghub" / "ground-truth.json"))[page]["articleBody"])
    inside = [i for i, l in enumerate(lines)
              if sum((score.shingles(l) & body).values()) > 0.7 * max(1, sum(score.shingles(l).values()))
              and len(l.split()) >= 8]
    return lines[:inside[0]], lines[inside[-1] + 1:]


def real_page(i: int, arts, head_lines, foot_lines) -> str:
    _, head, paras = arts[i]
    return "\n\n".join([*head_lines, head, *paras, *foot_lines]) + "\n"


def measure(folder: Path, arts, on: bool) -> tuple[dict, float, int]:
    cfg = Config() if on else replace(Config(), disabled=frozenset({"site_template"}))
    opts = batch.Options(config=cfg, fmt="jsonl", removed=True)
    jobs = batch.list_jobs([str(folder)])
    t0 = time.perf_counter()
    with batch.Runner(opts, 1) as runner:
        templates = batch.learn_templates(jobs, runner) if on else {}
        results = list(batch.run(jobs, runner, templates))
    secs = time.perf_counter() - t0
    counts, removed = [], 0
    for r in results:
        d = json.loads(r.text)
        i = int(Path(d["source"]).stem.split("-")[1])
        counts.append(score.page_counts("\n".join(arts[i][2]), d["body"]))
        removed += sum(1 for x in d["removed"] if x["filter"] == "site_template")
    f, p, rc = score.summarise(counts)
    return {"f1": f, "precision": p, "recall": rc}, len(results) / secs, removed


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=40)
    args = ap.parse_args()
    arts = articles(args.pages)
    templates = {name: real_template(page) for name, page in TEMPLATE_PAGES.items()}
    root = Path(tempfile.mkdtemp(prefix="pc-site-"))
    try:
        sites = {"seed structure": lambda i: seed_page(i, arts)}
        for name, (head_lines, foot_lines) in templates.items():
            sites[name] = lambda i, h=head_lines, f=foot_lines: real_page(i, arts, h, f)
        print(f"{len(arts)} pages per site; " + "; ".join(f"{name}: {len(h)} lines above, {len(f)} below the article"
                                                        for name, (h, f) in templates.items()))
        print(f"{'site':<16} {'site_template':<14} {'F1':>6} {'prec':>6} {'rec':>6} {'lines removed':>14} {'pages/s':>8}")
        for name, make in sites.items():
            folder = root / name.replace(" ", "-")
            folder.mkdir()
            for i in range(len(arts)):
                (folder / f"page-{i:03d}.txt").write_text(make(i), encoding="utf-8")
            for on in (False, True):
                s, pps, removed = measure(folder, arts, on)
                print(f"{name:<16} {'on' if on else 'off':<14} {s['f1']:6.3f} {s['precision']:6.3f} "
                      f"{s['recall']:6.3f} {removed:14d} {pps:8.1f}", flush=True)
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
