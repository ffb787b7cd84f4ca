"""The ordered default pipeline and the runner that records who removed what.

Two kinds of step:
- a *block rule* looks at one kept block (and read-only context) and returns None
  to keep it or a short reason to remove it;
- a *document pass* sees the whole page (neighbours, the main run of prose) and
  returns new blocks.
Both only mark; nothing is deleted.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Sequence

from .config import Config
from .model import Block


@dataclass(frozen=True)
class Context:
    config: Config
    input: str = "text"          # "text" or "html"
    meta: dict = field(default_factory=dict)   # metadata the reader found in markup (HTML)
    site_lines: frozenset[int] = frozenset()   # keys of the lines a batch learned as this site's template
    page_type: str = "article"   # see pagetype.py: a forum thread's replies are its content, not comments


BlockRule = Callable[[Block, Context], "str | None"]
DocPass = Callable[[list[Block], Context], list[Block]]


@dataclass(frozen=True)
class Step:
    name: str
    fn: Callable
    kind: str              # "block" or "document"
    summary: str
    only: str | None = None   # "html" or "text": the one input the step applies to; None: both


def block_rule(name: str, summary: str, only: str | None = None):
    def wrap(fn: BlockRule) -> Step:
        return Step(name, fn, "block", summary, only)
    return wrap


def document_pass(name: str, summary: str, only: str | None = None):
    def wrap(fn: DocPass) -> Step:
        return Step(name, fn, "document", summary, only)
    return wrap


def apply_rule(step: Step, blocks: Sequence[Block], ctx: Context) -> list[Block]:
    """One block rule over a page (the tests apply a rule alone)."""
    return apply_rules([step], blocks, ctx)


def apply_rules(steps: Sequence[Step], blocks: Sequence[Block], ctx: Context) -> list[Block]:
    """Several block rules in one pass: the first that fires removes the block.

    The same result as applying them one after another (a rule never sees a block
    an earlier rule removed, and block rules do not look at other blocks), in one
    walk over the page instead of one per rule.
    """
    fns = [(s.name, s.fn) for s in steps]
    out = []
    # A page repeats lines (menus and labels rendered twice, a fifth of a scraped text's lines). A block rule
    # reads a block's contents, never its place, so a copy gets the verdict the first one got.
    seen: dict[str, tuple[Block, str | None, str | None]] = {}     # text -> (first block, its verdict)
    for b in blocks:
        if b.removed_by is None:
            first = seen.get(b.text)
            if first is not None and _same_contents(first[0], b):
                if first[1]:
                    b = b.remove(first[1], first[2])
            else:
                name = reason = None
                for name, fn in fns:
                    reason = fn(b, ctx)
                    if reason:
                        b = b.remove(name, reason)
                        break
                seen[b.text] = (b, name if reason else None, reason)
        out.append(b)
    return out


def _same_contents(a: Block, b: Block) -> bool:
    """Everything a block rule may read is the same: all fields but the place on the page (index, line, which
    lines a joined block spans) and the verdict."""
    return a[2:4] == b[2:4] and (a.end_line is None) == (b.end_line is None) and a[8:] == b[8:]


def run(steps: Sequence[Step], blocks: list[Block], ctx: Context) -> list[Block]:
    active = [s for s in steps if ctx.config.enabled(s.name) and s.only in (None, ctx.input)]
    i = 0
    while i < len(active):
        if active[i].kind == "block":
            j = i
            while j < len(active) and active[j].kind == "block":
                j += 1
            blocks = apply_rules(active[i:j], blocks, ctx)
            i = j
        else:
            blocks = active[i].fn(blocks, ctx)
            i += 1
    return blocks


def default_pipeline() -> list[Step]:
    from .filters import DEFAULT
    return list(DEFAULT)


def filter_names() -> list[str]:
    return [s.name for s in default_pipeline()]
