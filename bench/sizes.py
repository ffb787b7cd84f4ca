"""Time and peak memory against input size: 1, 10 and 50 MB of text and of HTML (issue 5).

usage: python bench/sizes.py [--sizes 1,10,50]
Each size is cleaned in a fresh process (so peak RSS belongs to that size alone) through the CLI.
Linear time shows as a flat seconds-per-MB column; memory as a flat RSS-per-MB column.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

PARA = ("Paragraph {i}: the council met on Tuesday and voted for the budget, which the mayor said was fair "
        "to every district of the city.")


def make_text(mb: int) -> str:
    out, size, i = [], 0, 0
    while size < mb * 1_000_000:
        line = PARA.format(i=i)
        out.append(line)
        size += len(line) + 2
        i += 1
    return "\n\n".join(out)


def make_html(mb: int) -> str:
    out, size, i = ["<html><body>"], 0, 0
    while size < mb * 1_000_000:
        el = f"<div class='story'><p>{PARA.format(i=i)} <a href='/x{i}'>More</a></p></div>"
        out.append(el)
        size += len(el)
        i += 1
    return "".join(out) + "</body></html>"


def measure(path: Path) -> tuple[float, float]:
    probe = ("import resource, subprocess, sys, time; t = time.perf_counter(); "
             "r = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL); "
             "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, r.returncode)")
    out = subprocess.run([sys.executable, "-c", probe, sys.executable, "-m", "pagecleaner", "clean", str(path),
                          "--format", "text"], capture_output=True, text=True, check=True).stdout.split()
    if out[2] != "0":
        raise SystemExit(f"pagecleaner failed on {path}")
    return float(out[0]), int(out[1]) / 1024


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1,10,50")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as d:
        print(f"{'input':<6} {'MB':>4} {'seconds':>8} {'s/MB':>6} {'peak RSS MiB':>13} {'RSS/MB':>7}")
        for kind, make in (("text", make_text), ("html", make_html)):
            for mb in map(int, args.sizes.split(",")):
                p = Path(d) / f"page-{mb}.{'txt' if kind == 'text' else 'html'}"
                p.write_text(make(mb), encoding="utf-8")
                secs, rss = measure(p)
                print(f"{kind:<6} {mb:4d} {secs:8.1f} {secs / mb:6.2f} {rss:13.0f} {rss / mb:7.1f}", flush=True)
                p.unlink()


if __name__ == "__main__":
    main()
