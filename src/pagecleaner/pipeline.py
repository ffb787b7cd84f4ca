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


BlockRule = Callable[[Block, Context], "str | None"]
DocPass = Callable[[list[Block], Context], list[Block]]


@dataclass(frozen=True)
class Step:
    name: str
    fn: Callable
    kind: str              # "block" or "document"
    summary: str
    html_only: bool = False


def block_rule(name: str, summary: str, html_only: bool = False):
    def wrap(fn: BlockRule) -> Step:
        return Step(name, fn, "block", summary, html_only)
    return wrap


def document_pass(name: str, summary: str, html_only: bool = False):
    def wrap(fn: DocPass) -> Step:
        return Step(name, fn, "document", summary, html_only)
    return wrap


def apply_rule(step: Step, blocks: Sequence[Block], ctx: Context) -> list[Block]:
    out = []
    for b in blocks:
        if b.kept:
            reason = step.fn(b, ctx)
            if reason:
                b = b.remove(step.name, reason)
        out.append(b)
    return out


def run(steps: Sequence[Step], blocks: list[Block], ctx: Context) -> list[Block]:
    for step in steps:
        if not ctx.config.enabled(step.name) or (step.html_only and ctx.input != "html"):
            continue
        if step.kind == "block":
            blocks = apply_rule(step, blocks, ctx)
        else:
            blocks = step.fn(blocks, ctx)
    return blocks


def default_pipeline() -> list[Step]:
    from .filters import DEFAULT
    return list(DEFAULT)


def filter_names() -> list[str]:
    return [s.name for s in default_pipeline()]
