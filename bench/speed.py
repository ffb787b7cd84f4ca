"""Speed and memory, as ratios against peers measured in the same run (issue 4).

usage: python bench/speed.py [--repeats 3] [--only text,html,jobs,memory,budget]

- text:   pages/s in one process on scrapinghub/text-html_text, pagecleaner vs jusText (one <p> per line)
- html:   pages/s in one process on scrapinghub/html, pagecleaner vs trafilatura extract()
- jobs:   wall time of `pagecleaner clean DIR -o OUT` on 2,000 pages (the 181 copied over), --jobs 1 vs 2
- memory: peak RSS of a 500-page and a 5,000-page batch (--jobs 1, and --jobs 2's largest process)
- budget: what 10x jusText's pages/s leaves a text page, against what parts of pagecleaner take (not run by
          default: it explains the text target, it does not measure progress on it)
Every time is the median of --repeats runs, the systems interleaved, so a noisy
machine slows all of them alike. F1 is printed beside speed: faster must not mean worse.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import BENCH, body_f1, load_set

import pagecleaner
from quality import justext_text


def pages_per_s(fn, pages: dict[str, str], repeats: int) -> tuple[float, dict]:
    times, preds = [], {}
    for _ in range(repeats):
        t0 = time.perf_counter()
        preds = {k: fn(v) for k, v in pages.items()}
        times.append(time.perf_counter() - t0)
    return len(pages) / statistics.median(times), preds


def compare(label: str, systems: dict, pages: dict[str, str], repeats: int, set_name: str = "scrapinghub") -> None:
    results = {}
    for _ in range(repeats):                                     # interleave: noise hits every system alike
        for name, fn in systems.items():
            pps, preds = pages_per_s(fn, pages, 1)
            results.setdefault(name, ([], preds))[0].append(pps)
    base = None
    for name, (rates, preds) in results.items():
        med = statistics.median(rates)
        base = base or med
        f1 = body_f1(set_name, preds)["f1"]
        print(f"{label:<6} {name:<30} {med:9.1f} pages/s  (runs: {', '.join(f'{r:.0f}' for r in rates)})  "
              f"F1 {f1:.3f}  ratio pagecleaner/this {base / med:5.2f}", flush=True)


def text_speed(repeats: int) -> None:
    pages = load_set("scrapinghub", "html_text")
    compare("text", {"pagecleaner": lambda t: {"articleBody": pagecleaner.clean_text(t).body},
                     "jusText 3.0.2 (English)": justext_text}, pages, repeats)


def html_speed(repeats: int) -> None:
    import trafilatura
    pages = load_set("scrapinghub", "html")
    compare("html", {"pagecleaner": lambda h: {"articleBody": pagecleaner.clean(h, input="html").body},
                     "trafilatura 2.3.1 extract()": lambda h: {"articleBody": trafilatura.extract(h) or ""}},
            pages, repeats)


def text_budget(repeats: int) -> None:
    """ms a page for jusText, the 10x target, pagecleaner whole, its text reader alone, and the least a reader
    of blocks can do (a block per line, each kept when over 12 words): where the target falls among them."""
    from pagecleaner.model import Block
    from pagecleaner.readers import squeeze
    from pagecleaner.readers.text import read_text

    def block_per_line(text: str) -> dict:
        blocks = [Block(i, i + 1, s) for i, line in enumerate(text.splitlines()) if (s := squeeze(line))]
        return {"articleBody": "\n\n".join(b.text for b in blocks if len(b.text.split()) > 12)}

    systems = {"jusText 3.0.2 (English)": justext_text,
               "pagecleaner": lambda t: {"articleBody": pagecleaner.clean_text(t).body},
               "pagecleaner's text reader alone": lambda t: {"articleBody": "\n\n".join(b.text for b in read_text(t))},
               "a block per line, > 12 words": block_per_line}
    pages = load_set("scrapinghub", "html_text")
    rates: dict[str, list[float]] = {name: [] for name in systems}
    preds: dict[str, dict] = {}
    for _ in range(repeats):
        for name, fn in systems.items():
            pps, preds[name] = pages_per_s(fn, pages, 1)
            rates[name].append(pps)
    ms = {name: 1000 / statistics.median(r) for name, r in rates.items()}
    target = ms["jusText 3.0.2 (English)"] / 10
    for name in systems:
        print(f"budget {name:<32} {ms[name]:6.3f} ms/page  F1 {body_f1('scrapinghub', preds[name])['f1']:.3f}  "
              f"{ms[name] / target:5.2f}x the 10x target's budget", flush=True)
    print(f"budget 10x jusText's pages/s leaves {target:.3f} ms a page", flush=True)


def make_batch(root: Path, n: int) -> Path:
    """n pages: the 181 scrapinghub text pages copied over and over into one folder."""
    src = sorted((BENCH / "scrapinghub" / "text-html_text").glob("*.txt"))
    d = root / f"pages-{n}"
    d.mkdir()
    for i in range(n):
        shutil.copy(src[i % len(src)], d / f"{i:05d}-{src[i % len(src)].name}")
    return d


def run_cli(args: list[str]) -> tuple[float, int]:
    """Wall seconds and peak RSS (KiB, the largest process of the run) of one CLI run in a fresh wrapper."""
    probe = ("import resource, subprocess, sys, time; t = time.perf_counter(); "
             "r = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL); "
             "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, r.returncode)")
    out = subprocess.run([sys.executable, "-c", probe, sys.executable, "-m", "pagecleaner", *args],
                         capture_output=True, text=True, check=True).stdout.split()
    if out[2] != "0":
        raise SystemExit(f"pagecleaner {' '.join(args)} exited {out[2]}")
    return float(out[0]), int(out[1])


def jobs_speed(repeats: int, root: Path) -> None:
    pages = make_batch(root, 2000)
    walls: dict[int, list[float]] = {1: [], 2: []}
    for r in range(repeats):
        for jobs in (1, 2):
            out = root / f"out-{jobs}-{r}"
            walls[jobs].append(run_cli(["clean", str(pages), "-o", str(out), "-f", "markdown", "-q",
                                        "--jobs", str(jobs)])[0])
            shutil.rmtree(out)
    m1, m2 = statistics.median(walls[1]), statistics.median(walls[2])
    for jobs in (1, 2):
        print(f"jobs   --jobs {jobs} on 2,000 pages           {statistics.median(walls[jobs]):7.1f} s  "
              f"(runs: {', '.join(f'{w:.1f}' for w in walls[jobs])})  {2000 / statistics.median(walls[jobs]):6.1f} pages/s")
    print(f"jobs   speed-up --jobs 2 / --jobs 1: {m1 / m2:.2f}x (cores: {os.cpu_count()})", flush=True)


def memory(repeats: int, root: Path) -> None:
    sizes = (500, 5000)
    batches = {n: make_batch(root, n) for n in sizes}
    for jobs in (1, 2):
        peak = {}
        for n in sizes:
            rss = []
            for r in range(repeats):
                out = root / f"mem-{n}-{jobs}-{r}"
                rss.append(run_cli(["clean", str(batches[n]), "-o", str(out), "-f", "markdown", "-q",
                                    "--jobs", str(jobs)])[1])
                shutil.rmtree(out)
            peak[n] = statistics.median(rss)
            print(f"memory --jobs {jobs} {n:5d} pages: peak RSS {peak[n] / 1024:6.1f} MiB "
                  f"(runs: {', '.join(f'{x / 1024:.1f}' for x in rss)})", flush=True)
        print(f"memory --jobs {jobs} ratio 5,000 / 500 pages: {peak[5000] / peak[500]:.2f}", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--only", default="text,html,jobs,memory")
    args = ap.parse_args()
    parts = args.only.split(",")
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs, pagecleaner {pagecleaner.__version__}")
    if "text" in parts:
        text_speed(args.repeats)
    if "html" in parts:
        html_speed(args.repeats)
    if "budget" in parts:
        text_budget(args.repeats)
    root = Path(tempfile.mkdtemp(prefix="pc-speed-"))
    try:
        if "jobs" in parts:
            jobs_speed(args.repeats, root)
        if "memory" in parts:
            memory(args.repeats, root)
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
