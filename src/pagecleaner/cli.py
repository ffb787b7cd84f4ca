"""The command line: builds a Config, calls the library, renders. Nothing else."""
from __future__ import annotations

import os
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

import click

from . import __version__, clean
from .config import Config, ConfigError, load_toml
from .render import explain as explain_r
from .render import jsonout, markdown
from .sniff import NotAPage

FORMATS = ("markdown", "json", "jsonl", "text")
MAX_BYTES = 200 * 1024 * 1024


class InputError(Exception):
    """A bad input: reported as one line on stderr, exit status 1."""


def fail(message: str, code: int = 1) -> "NoReturn":  # noqa: F821
    click.echo(f"pagecleaner: error: {message}", err=True)
    sys.exit(code)


def warn(message: str) -> None:
    click.echo(f"pagecleaner: warning: {message}", err=True)


def read_input(path: str) -> tuple[bytes, str]:
    if path == "-":
        return sys.stdin.buffer.read(), "-"
    p = Path(path)
    try:
        if p.is_dir():
            raise InputError(f"{path} is a directory (batch mode is not available yet; give a file)")
        if not p.exists():
            raise InputError(f"no such file: {path}")
        if p.stat().st_size > MAX_BYTES:
            raise InputError(f"{path} is larger than {MAX_BYTES // 2**20} MB")
        return p.read_bytes(), path
    except PermissionError:
        raise InputError(f"cannot read {path}: permission denied") from None
    except OSError as e:
        raise InputError(f"cannot read {path}: {e.strerror or e}") from None


def write_atomic(path: Path, data: str) -> None:
    """Write to a temporary file beside the target, then rename: never a half-written file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def render(article, fmt: str, *, front: bool, removed: bool) -> str:
    if fmt == "markdown":
        return markdown.render(article, with_front_matter=front)
    if fmt in ("json", "jsonl"):
        return jsonout.render(article, removed=removed, lines=fmt == "jsonl")
    return article.body + "\n" if article.body else ""


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="pagecleaner")
def main() -> None:
    """Turn scraped web pages (flattened text or raw HTML) into clean articles."""


@main.command("clean")
@click.argument("source", metavar="FILE")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write here (atomically) instead of stdout.")
@click.option("-f", "--format", "fmt", type=click.Choice(FORMATS), default="markdown", show_default=True,
              help="markdown, one JSON object (json), one JSON line (jsonl), or the body alone (text).")
@click.option("--front-matter", is_flag=True, help="Markdown: metadata as a YAML front-matter block.")
@click.option("--explain", is_flag=True,
              help="Show every input block: kept as what, or removed by which filter and why "
                   "(JSON formats: adds the 'removed' list).")
@click.option("--keep-removed", is_flag=True, help="JSON formats: include the 'removed' list.")
@click.option("--input", "input_kind", type=click.Choice(("auto", "text", "html")), default="auto", show_default=True,
              help="What the input is; auto sniffs the content.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="A TOML file: extra phrases, filters off.")
@click.option("--disable", multiple=True, metavar="FILTER", help="Switch a filter off (repeatable).")
def clean_cmd(source, output, fmt, front_matter, explain, keep_removed, input_kind, config_path, disable) -> None:
    """Clean one page FILE ('-' reads stdin) into Markdown or JSON on stdout."""
    from .pipeline import filter_names
    unknown = set(disable) - set(filter_names())
    if unknown:
        fail(f"unknown filter(s): {', '.join(sorted(unknown))} (see 'pagecleaner filters')", 2)
    try:
        config = load_toml(config_path) if config_path else Config()
    except ConfigError as e:
        fail(str(e), 2)
    config = replace(config, disabled=config.disabled | frozenset(disable))
    try:
        data, name = read_input(source)
        if output and source != "-" and Path(output).resolve() == Path(source).resolve():
            raise InputError(f"refusing to overwrite the input {source}")
        article = clean(data, source=name, config=config, input=None if input_kind == "auto" else input_kind)
    except InputError as e:
        fail(str(e))
    except NotAPage as e:
        fail(f"{source}: {e}")
    for w in article.warnings:
        warn(f"{source}: {w}")
    if explain and fmt in ("markdown", "text"):
        if output is None and sys.stdout.isatty():
            from rich.console import Console
            explain_r.render_rich(article, Console())
            return
        text = explain_r.render_plain(article)
    else:
        text = render(article, fmt, front=front_matter, removed=explain or keep_removed)
    if output:
        write_atomic(Path(output), text)
    else:
        click.echo(text, nl=False)


@main.command("filters")
def filters_cmd() -> None:
    """List the filters of the default pipeline, in order, one line each."""
    from .pipeline import default_pipeline
    for step in default_pipeline():
        scope = "html only" if step.html_only else step.kind
        click.echo(f"{step.name:<18} {scope:<9} {step.summary}")
