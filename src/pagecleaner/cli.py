"""The command line: builds a Config and Options, calls the library, renders. Nothing else.

One FILE (or '-') is cleaned in this process to stdout or -o FILE. Folders, globs,
several paths or --files-from make a batch: see batch.py. Data goes to stdout only;
errors, warnings, progress and the summary go to stderr (progress only on a terminal).
"""
from __future__ import annotations

import os
import re
import signal
import sys
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

import click

from . import __version__, batch, clean
from .config import Config, ConfigError, load_toml
from .io import InputError, command_starts, interrupts_matter, last_word, read_page, time_limit, write_atomic
from .render import FORMATS, render
from .render import explain as explain_r

EXIT_INPUT, EXIT_USAGE, EXIT_PIPE, EXIT_INT, EXIT_TERM = 1, 2, 141, 130, 143
EXIT_BUG = 70           # sysexits' EX_SOFTWARE: the page tripped a bug of ours


class PipeClosed(Exception):
    """The reader of stdout went away (`| head -1`)."""


def fail(message: str, code: int = EXIT_INPUT) -> "NoReturn":  # noqa: F821
    click.echo(f"pagecleaner: error: {message}", err=True)
    sys.exit(code)


def warn(message: str) -> None:
    click.echo(f"pagecleaner: warning: {message}", err=True)


def emit(text: str) -> None:
    """Write data to stdout; a closed pipe becomes PipeClosed, never a traceback."""
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        raise PipeClosed from None


def _on_sigterm(signum, frame):
    if interrupts_matter():
        raise SystemExit(EXIT_TERM)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="pagecleaner")
def main() -> None:
    """Turn scraped web pages (flattened text or raw HTML) into clean articles."""


@main.command("clean")
@click.argument("sources", nargs=-1, metavar="PATH...")
@click.option("-o", "--output", type=click.Path(),
              help="One page: write this file ('-': stdout). A batch: mirror the inputs under this folder as "
                   "Markdown (or --format json/text), or, when the name ends in .jsonl or with --format jsonl, "
                   "write this one JSONL file. Always atomic.")
@click.option("-f", "--format", "fmt", type=click.Choice(FORMATS), default=None,
              help="markdown (default for one page), one JSON object (json), one JSON line per page "
                   "(jsonl, default for a batch on stdout or into -o NAME.jsonl), or the body alone (text).")
@click.option("--front-matter", is_flag=True, help="Markdown: metadata as a YAML front-matter block.")
@click.option("--explain", is_flag=True,
              help="Show every input block: kept as what, or removed by which filter and why "
                   "(JSON formats: adds the 'removed' list).")
@click.option("--keep-removed", is_flag=True, help="JSON formats: include the 'removed' list.")
@click.option("--links", is_flag=True,
              help="HTML or Markdown input: keep links (Markdown [text](url); JSON 'links' per block).")
@click.option("--images", is_flag=True,
              help="HTML or Markdown input: keep the article's images (Markdown ![alt](url); JSON blocks of kind "
                   "'image').")
@click.option("--input", "input_kind", type=click.Choice(("auto", "text", "html")), default="auto", show_default=True,
              help="What the input is (text: scraped text in any shape, Markdown too); auto sniffs the content.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="A TOML file: extra phrases, filters off.")
@click.option("--disable", multiple=True, metavar="FILTER", help="Switch a filter off (repeatable).")
@click.option("--files-from", type=click.File("r", encoding="utf-8", errors="surrogateescape"),
              help="Also clean the paths listed in this file, one per line ('-': stdin).")
@click.option("-j", "--jobs", type=click.IntRange(1, 512), default=None,
              help="Worker processes for a batch [default: the number of CPUs].")
@click.option("--skip-existing", is_flag=True, help="Batch: leave pages whose output file exists (resume a run).")
@click.option("--fail-fast", is_flag=True, help="Batch: stop at the first page that fails.")
@click.option("-q", "--quiet", is_flag=True, help="No progress, warnings or summary; errors only.")
@click.option("--stats", is_flag=True, help="Batch: at the end, how many blocks each filter removed.")
@click.option("--timeout", type=click.FloatRange(min=0), default=120, show_default=True,
              help="Seconds one page may take before it is reported as failed; 0: no limit.")
@click.option("--no-site-template", is_flag=True,
              help="Batch: do not learn and remove the lines a site repeats across its pages.")
@click.option("--site-key", metavar="REGEX",
              help="Batch: group pages into sites by what this pattern matches in the path "
                   "(its first group if it has one) [default: the page's folder].")
def clean_cmd(sources, output, fmt, front_matter, explain, keep_removed, links, images, input_kind, config_path,
              disable, files_from, jobs, skip_existing, fail_fast, quiet, stats, timeout, no_site_template,
              site_key) -> None:
    """Clean PATH (a file, '-' for stdin, a folder, or a glob) into Markdown or JSON.

    \b
    pagecleaner clean page.txt                     one page to stdout
    pagecleaner clean pages/ -o clean/             a folder, mirrored as .md files
    pagecleaner clean pages/ --format jsonl        one JSON line per page on stdout
    find pages -name '*.html' | pagecleaner clean --files-from - --format jsonl
    """
    config = _config(config_path, disable, no_site_template)
    if output == "-":           # as curl and wget read it: standard output, not a file named "-"
        output = None
    command_starts()
    signal.signal(signal.SIGTERM, _on_sigterm)
    is_batch = bool(files_from) or len(sources) > 1 or any(_is_many(s) for s in sources)
    try:
        if not sources and not files_from:
            fail("give a FILE, '-' for stdin, a folder, a glob or --files-from (see --help)", EXIT_USAGE)
        if is_batch:
            code = _batch(sources, output, fmt or _batch_format(output), front_matter, explain or keep_removed,
                          input_kind, config, files_from, jobs, skip_existing, fail_fast, quiet, stats, timeout,
                          site_key, explain=explain, links=links, images=images)
        else:
            code = _single(sources[0], output, fmt or "markdown", front_matter, explain, keep_removed, input_kind,
                           config, timeout, quiet, links=links, images=images)
    except PipeClosed:
        _silence_stdout()
        code = EXIT_PIPE
    except KeyboardInterrupt:
        code = EXIT_INT
    sys.exit(code)


def _config(config_path, disable, no_site_template) -> Config:
    from .pipeline import filter_names
    unknown = set(disable) - set(filter_names())
    if unknown:
        fail(f"unknown filter(s): {', '.join(sorted(unknown))} (see 'pagecleaner filters')", EXIT_USAGE)
    try:
        config = load_toml(config_path) if config_path else Config()
    except ConfigError as e:
        fail(str(e), EXIT_USAGE)
    off = frozenset(disable) | ({"site_template"} if no_site_template else set())
    return replace(config, disabled=config.disabled | off)


def _batch_format(output: str | None) -> str:
    """A batch with no --format: JSONL on stdout or into one `.jsonl` file, Markdown files into a folder."""
    return "jsonl" if output is None or output.lower().endswith(".jsonl") else "markdown"


def _is_many(source: str) -> bool:
    return source != "-" and (os.path.isdir(source) or batch.is_glob(source))


def _silence_stdout() -> None:
    """After a closed pipe: point stdout at /dev/null so the interpreter's final flush stays quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


# ---------------------------------------------------------------- one page

def _single(source, output, fmt, front, explain, keep_removed, input_kind, config, timeout, quiet, *,
            links=False, images=False) -> int:
    try:
        with time_limit(timeout):
            if source == "-":
                data, name = sys.stdin.buffer.read(), "-"
            else:
                data, name = read_page(Path(source)), source
            if output and source != "-" and Path(output).resolve() == Path(source).resolve():
                raise InputError(f"refusing to overwrite the input {source}")
            article = clean(data, source=name, config=config, input=None if input_kind == "auto" else input_kind,
                            links=links, images=images)
    except batch.PAGE_ERRORS as e:
        fail(batch.page_error(batch.printable(source), e))
    except Exception as e:              # noqa: BLE001 (a bug of ours: one line, and the status says so)
        fail(batch.bug_error(batch.printable(source), e), EXIT_BUG)
    if not quiet:
        for w in article.warnings:
            warn(f"{source}: {w}")
    try:
        if explain and fmt in ("markdown", "text"):
            if output is None and sys.stdout.isatty():
                from rich.console import Console
                explain_r.render_rich(article, Console())
                return 0
            text = explain_r.render_plain(article)
        else:
            text = render(article, fmt, front=front, removed=explain or keep_removed, links=links, images=images)
    except Exception as e:              # noqa: BLE001
        fail(batch.bug_error(batch.printable(source), e), EXIT_BUG)
    if output:
        try:
            write_atomic(Path(output), text)
        except OSError as e:
            fail(f"cannot write {output}: {e.strerror or e}")
    else:
        emit(text)
    return 0


# ---------------------------------------------------------------- a batch

def _batch(sources, output, fmt, front, removed, input_kind, config, files_from, jobs, skip_existing, fail_fast,
           quiet, stats, timeout, site_key, *, explain, links=False, images=False) -> int:
    if "-" in sources:
        fail("'-' (stdin) cannot be part of a batch; use --files-from - to read a list of paths", EXIT_USAGE)
    if explain and fmt in ("markdown", "text"):
        fail("--explain shows one page; for a batch use --format jsonl --keep-removed", EXIT_USAGE)
    if output is None and fmt != "jsonl":
        fail(f"a batch writes {fmt} files into a folder: give -o FOLDER, or --format jsonl for stdout", EXIT_USAGE)
    try:
        key = re.compile(site_key) if site_key else None
    except re.error as e:
        fail(f"--site-key is not a valid regular expression: {e}", EXIT_USAGE)
    if skip_existing and (output is None or fmt == "jsonl"):
        fail("--skip-existing resumes a folder of outputs: give -o FOLDER (a JSONL stream or file is written whole)",
             EXIT_USAGE)
    if fmt == "jsonl" and output and output.endswith(("/", os.sep)):
        fail(f"-o {output} names a folder; JSONL output goes to one file (or give --format markdown/json/text)",
             EXIT_USAGE)
    out = Path(output) if output else None
    exclude = out if out is not None and fmt != "jsonl" else None
    job_list = batch.list_jobs(sources, files_from=files_from or (), exclude=exclude, site_key=key)
    if not job_list:
        if not quiet:
            warn(f"no pages found (folders are searched for {', '.join(batch.PAGE_SUFFIXES)} files, "
                 "and those with .gz after them)")
        return 0
    try:
        if out is None:
            sink = batch.StreamSink(_Stdout())
        elif fmt == "jsonl":
            sink = batch.FileSink(out, job_list)
        else:
            sink = batch.DirSink(out, fmt, job_list)
    except batch.BatchError as e:
        fail(str(e), EXIT_USAGE)
    opts = batch.Options(config=config, fmt=fmt, front=front, removed=removed, links=links, images=images,
                         input=None if input_kind == "auto" else input_kind, timeout=timeout or None)
    skipped = 0
    if skip_existing:
        kept = [j for j in job_list if not sink.exists(j)]
        skipped, job_list = len(job_list) - len(kept), kept
    report = _Report(len(job_list), skipped, quiet, stats)
    ok = False
    runner = None
    try:
        try:
            runner = batch.Runner(opts, jobs or os.cpu_count() or 1)
            with report:
                templates = {}
                if config.enabled("site_template") and len(job_list) > 2:
                    report.phase("learning site templates")
                    templates = batch.learn_templates(job_list, runner)
                report.phase("cleaning")
                for result in batch.run(job_list, runner, templates):
                    if result.ok:
                        try:
                            sink.write(result)
                        except InputError as e:
                            result = replace(result, error=str(e), text=None)
                    report.add(result)
                    if fail_fast and not result.ok:
                        break
            ok = True
        finally:
            if runner is not None:
                runner.close()
            sink.close(ok=ok)
        report.summary()
    except batch.WorkerDied as e:
        fail(str(e), EXIT_INPUT)
    # Ctrl-C, SIGTERM, while cleaning, while the workers and the output close, or before the summary is out:
    # say how far it got, and how to go on (once it is out, they change nothing: see io.last_word)
    except (KeyboardInterrupt, SystemExit):
        report.summary(stopped=True, resumable=isinstance(sink, batch.DirSink))
        raise
    return EXIT_INPUT if report.failed else 0


class _Stdout:
    """stdout for a sink: a closed pipe ends the batch quietly."""

    def write(self, text: str) -> None:
        emit(text)

    def flush(self) -> None:
        pass


class _Report:
    """Progress on a terminal, errors as they happen, one summary line at the end (all on stderr)."""

    def __init__(self, total: int, skipped: int, quiet: bool, stats: bool) -> None:
        self.total, self.skipped, self.quiet, self.want_stats = total, skipped, quiet, stats
        self.done = self.failed = 0
        self.removed: Counter[str] = Counter()
        self.start = time.perf_counter()
        self.progress = None
        if not quiet and sys.stderr.isatty():
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
            self.progress = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                                     TextColumn("{task.fields[rate]:.0f} pages/s"), TimeRemainingColumn(),
                                     TextColumn("[red]{task.fields[failed]} failed"),
                                     console=Console(stderr=True), transient=True)
            self.task = self.progress.add_task("starting", total=total, rate=0.0, failed=0)

    def __enter__(self) -> "_Report":
        if self.progress:
            self.progress.start()
        return self

    def __exit__(self, *exc) -> None:
        if self.progress:
            self.progress.stop()

    def phase(self, name: str) -> None:
        if self.progress:
            self.progress.update(self.task, description=name)

    def add(self, result: batch.Result) -> None:
        self.done += 1
        if result.ok:
            self.removed.update(dict(result.removed))
            if not self.quiet:
                for w in result.warnings:
                    warn(f"{batch.printable(result.job.source)}: {w}")
        else:
            self.failed += 1
            click.echo(f"pagecleaner: error: {batch.printable(result.error)}", err=True)
        if self.progress:
            rate = self.done / max(1e-9, time.perf_counter() - self.start)
            self.progress.update(self.task, completed=self.done, rate=rate, failed=self.failed)

    def summary(self, stopped: bool = False, resumable: bool = False) -> None:
        """The closing line; `stopped`: interrupted, `resumable`: and --skip-existing can go on with it."""
        with last_word():
            if self.want_stats:
                self._stats()
            if self.quiet:
                return
            secs = time.perf_counter() - self.start
            skipped = f", {self.skipped} skipped" if self.skipped else ""
            label = "interrupted: " if stopped else ""
            resume = " (--skip-existing goes on from here)" if resumable else ""
            click.echo(f"pagecleaner: {label}{self.total + self.skipped} files, {self.done - self.failed} cleaned, "
                       f"{self.failed} failed{skipped} in {secs:.1f} s{resume}", err=True)

    def _stats(self) -> None:
        rows = self.removed.most_common()
        if sys.stderr.isatty():
            from rich.console import Console
            from rich.table import Table
            t = Table(title="blocks removed per filter")
            t.add_column("filter")
            t.add_column("blocks", justify="right")
            for name, n in rows:
                t.add_row(name, str(n))
            Console(stderr=True).print(t)
        else:
            for name, n in rows:
                click.echo(f"{name}\t{n}", err=True)


@main.command("filters")
def filters_cmd() -> None:
    """List the filters of the default pipeline, in order, one line each."""
    from .pipeline import default_pipeline
    for step in default_pipeline():
        scope = f"{step.only} only" if step.only else step.kind
        click.echo(f"{step.name:<18} {scope:<9} {step.summary}")
