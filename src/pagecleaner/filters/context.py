"""Document passes: decisions that need a block's neighbours.

`main_text` is the heart of text cleaning. Every block gets a score, positive for
prose (its word count) and negative for short lines and boilerplate; the article
is the contiguous run with the highest sum (the maximum-subarray idea of Finn et
al.'s Body Text Extraction, on blocks instead of tokens). The run is then cut at
the first "Related / More on … / Comments" heading that follows its prose, when
what follows weighs less than what came before: a reader stops there too.
"""
from __future__ import annotations

import re

from ..model import Block
from ..pipeline import Context, document_pass
from ..textstats import ends_sentence, is_prose, is_title_case, words
from ..vocab import compile_phrases

METADATA_FILTERS = {"byline", "date_line"}
WALL_FILTERS = {"comment_widget"}


def _nav_like(block: Block, ctx: Context) -> bool:
    t = block.text
    n = len(words(t))
    return (block.kept and 1 <= n <= ctx.config.short_max_words and not ends_sentence(t)
            and (is_title_case(t) or bool(compile_phrases(ctx.config.phrases("nav_words"), whole=True).match(t))))


@document_pass("nav_run", "runs of short title-case lines without sentence punctuation (menus)")
def nav_run(blocks: list[Block], ctx: Context) -> list[Block]:
    out = list(blocks)
    i = 0
    while i < len(out):
        j = i
        while j < len(out) and (_nav_like(out[j], ctx) or (out[j].removed and j > i)):
            j += 1
        run = [k for k in range(i, j) if out[k].kept]
        if len(run) >= ctx.config.nav_run_min:
            for k in run:
                out[k] = out[k].remove("nav_run", f"menu: {len(run)} short link-like lines in a row")
        i = max(j, i + 1)
    return out


def related_heading(block: Block, ctx: Context) -> bool:
    """'More on Capital News', 'Related stories', 'Lesen Sie auch': a heading over other stories."""
    t = block.text.strip()
    if len(words(t)) > 8 or ends_sentence(t.rstrip(":")):
        return False
    pat = compile_phrases(ctx.config.phrases("related_heading"), whole=True)
    if pat.match(t):
        return True
    m = re.match(r"^(more (?:on|from|in|stories from|news from)|mehr (?:zum|von|aus)|plus de|más de)\s+\S",
                 t, re.I)
    return bool(m) and len(words(t)) <= 6


def is_wall(block: Block, ctx: Context) -> bool:
    return block.removed_by in WALL_FILTERS or (block.kept and related_heading(block, ctx))


def block_score(block: Block, ctx: Context) -> float:
    cfg = ctx.config
    if block.removed:
        if block.removed_by in METADATA_FILTERS:
            return -1.0
        return -cfg.bad_penalty / 2
    if related_heading(block, ctx):
        return -cfg.bad_penalty * 2
    n = len(words(block.text))
    if is_prose(block.text, cfg.prose_min_words, cfg.prose_min_stop_density):
        return float(n)
    if n <= cfg.short_max_words:
        return -cfg.short_penalty
    return 0.0


def best_span(scores: list[float]) -> tuple[int, int]:
    """Maximum-sum contiguous run [start, end) (Kadane); (0, 0) when nothing is positive."""
    best, best_i, best_j = 0.0, 0, 0
    cur, cur_i = 0.0, 0
    for j, s in enumerate(scores):
        if cur <= 0:
            cur, cur_i = 0.0, j
        cur += s
        if cur > best:
            best, best_i, best_j = cur, cur_i, j + 1
    return best_i, best_j


@document_pass("main_text", "keeps the densest run of prose; removes what lies before and after it, "
                            "and what follows a 'Related / More on / Comments' heading")
def main_text(blocks: list[Block], ctx: Context) -> list[Block]:
    scores = [block_score(b, ctx) for b in blocks]
    start, end = best_span(scores)
    if start == end:
        return list(blocks)          # no prose anywhere: leave the page as it is
    # Cut at the first wall after some prose, unless the article clearly goes on past it.
    seen_prose = 0.0
    for k in range(start, end):
        if scores[k] > 0:
            seen_prose += scores[k]
        elif seen_prose and is_wall(blocks[k], ctx):
            after = sum(s for s in scores[k:end] if s > 0)
            if after < 2 * seen_prose:
                end = k
            break
    out = []
    wall = next((k for k in range(end, len(blocks)) if is_wall(blocks[k], ctx)), None)
    for k, b in enumerate(blocks):
        if b.kept and k < start:
            b = b.remove("main_text", "before the article's main text")
        elif b.kept and k >= end:
            if wall is not None and k >= wall:
                b = b.remove("main_text", f"after the heading {blocks[wall].text[:40]!r} (other stories, comments)")
            else:
                b = b.remove("main_text", "after the article's main text")
        out.append(b)
    return out


def _norm(text: str) -> str:
    return " ".join(words(text.lower()))


@document_pass("duplicate_line", "a body line that repeats an earlier body line")
def duplicate_line(blocks: list[Block], ctx: Context) -> list[Block]:
    seen: dict[str, int] = {}
    out = []
    for b in blocks:
        if b.kept and b.role == "body":
            key = _norm(b.text)
            if key and key in seen:
                b = b.remove("duplicate_line", f"repeats line {seen[key]}")
            elif key:
                seen[key] = b.line
        out.append(b)
    return out
