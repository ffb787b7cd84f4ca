"""--explain: every block of the page, kept as what or removed by which filter and why."""
from __future__ import annotations

from ..model import Article


def rows(a: Article) -> list[tuple[str, str, str, str]]:
    out = []
    for b in a.blocks:
        line = str(b.line) if not b.end_line else f"{b.line}-{b.end_line}"
        where = f" {b.path}" if b.path else ""
        if b.role != "body":
            out.append((line, f"kept as {b.role}", "", b.text))
        elif b.kept:
            out.append((line, f"kept as {b.kind}", "", b.text))
        else:
            out.append((line, f"removed by {b.removed_by}", (b.reason or "") + where, b.text))
    return out


def render_plain(a: Article, width: int = 80) -> str:
    """Tab-separated, one block per line: line, verdict, reason, text (for pipes and grep)."""
    return "".join(f"{line}\t{verdict}\t{reason}\t{text[:width * 2]}\n" for line, verdict, reason, text in rows(a))


def render_rich(a: Article, console) -> None:
    from rich.table import Table
    t = Table(title=f"{a.source}: {len(a.body_blocks)} body blocks kept of {len(a.blocks)}", show_lines=False)
    for col in ("line", "verdict", "reason", "text"):
        t.add_column(col, overflow="fold" if col == "text" else "ellipsis")
    for line, verdict, reason, text in rows(a):
        style = "green" if verdict.startswith("kept") else "dim"
        t.add_row(line, verdict, reason, text[:160], style=style)
    console.print(t)
