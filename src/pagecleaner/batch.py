"""Batch mode: many pages in, one result per page out, in a stable order, with flat memory.

- `list_jobs` turns folders (walked recursively, sorted), globs, file names and a
  `--files-from` list into Jobs; what cannot be listed becomes a Job that carries
  its error, so the batch reports it and goes on.
- `learn_templates` reads a sample of each site's pages and learns the lines they
  share (see filters/template.py).
- `run` cleans the jobs in worker processes (or in this one) and yields Results in
  the order of the jobs; nothing holds the whole batch.
- The sinks write results: a mirrored folder of files (each written atomically), a
  stream (stdout), or one JSONL file that appears only when whole.
"""
from __future__ import annotations

import glob
import multiprocessing
import multiprocessing.connection
import os
import signal
import weakref
from collections import Counter
from dataclasses import dataclass, field
from itertools import islice
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Iterable, Iterator, TextIO

from . import clean, read
from .config import Config
from .filters.template import TemplateLearner, page_keys
from .io import (HELD_SIGNALS, MAX_BYTES, AtomicFile, InputError, read_page, signals_held, time_limit,
                 write_atomic)
from .render import SUFFIX, render
from .sniff import NotAPage

PAGE_SUFFIXES = (".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml", ".shtml")
PACKED_SUFFIXES = tuple(s + ".gz" for s in PAGE_SUFFIXES)     # a crawler's gzip-compressed pages ("page.html.gz")
GLOB_CHARS = "*?["


@dataclass(frozen=True, slots=True)
class Job:
    """One page of a batch, kept small (a batch lists all its pages before it starts)."""
    source: str                 # the path as given or found: reported on errors, written as "source"
    rel: str                    # its place under -o
    site: str = ""              # which site's template applies
    error: str | None = None    # listing it already failed

    @property
    def path(self) -> Path | None:
        return None if self.error else Path(self.source)


@dataclass(frozen=True)
class Options:
    config: Config = field(default_factory=Config)
    fmt: str = "markdown"
    front: bool = False
    removed: bool = False
    links: bool = False
    images: bool = False
    input: str | None = None              # None: sniff
    timeout: float | None = 120.0
    max_bytes: int = MAX_BYTES


@dataclass(frozen=True)
class Result:
    job: Job
    text: str | None = None               # the rendered article
    error: str | None = None
    warnings: tuple[str, ...] = ()
    removed: tuple[tuple[str, int], ...] = ()   # blocks removed per filter

    @property
    def ok(self) -> bool:
        return self.error is None


# ---------------------------------------------------------------- listing

def list_jobs(sources: Iterable[str], *, files_from: Iterable[str] = (), exclude: Path | None = None,
              site_key=None) -> list[Job]:
    """Every page the sources name, in a stable order (each folder walked sorted)."""
    jobs: list[Job] = []
    for src in sources:
        p = Path(src)
        if is_glob(src):
            root = _glob_root(src)
            matches = sorted(glob.glob(src, recursive=True))
            if not matches:
                jobs.append(Job(src, src, error=f"{src}: no file matches"))
            for m in matches:
                if os.path.isdir(m):
                    jobs.extend(_walk(Path(m), Path(m), exclude))
                elif _is_page_name(m):
                    jobs.append(_file_job(Path(m), root))
        elif p.is_dir():
            jobs.extend(_walk(p, p, exclude))
        else:
            jobs.append(_file_job(p, None))
    for line in files_from:
        name = line.rstrip("\r\n")
        if name:
            jobs.append(_file_job(Path(name), None))
    return [_with_site(j, site_key) for j in jobs]


def is_glob(src: str) -> bool:
    """A wildcard pattern, not the name of a file that happens to hold '*', '?' or '['."""
    return any(c in src for c in GLOB_CHARS) and not os.path.lexists(src)


def _glob_root(pattern: str) -> Path:
    """The folder part of a glob before its first wildcard: results mirror the tree under it."""
    parts = Path(pattern).parts
    fixed = []
    for part in parts:
        if any(c in part for c in GLOB_CHARS):
            break
        fixed.append(part)
    return Path(*fixed) if fixed else Path(".")


def _is_page_name(name: str) -> bool:
    return name.lower().endswith(PAGE_SUFFIXES + PACKED_SUFFIXES)


def _file_job(path: Path, root: Path | None) -> Job:
    if root is not None:
        rel = path.relative_to(root)
    elif not path.is_absolute() and ".." not in path.parts:
        rel = path                                     # a relative name mirrors as given
    else:
        rel = Path(path.name)
    return Job(str(path), rel.as_posix())


def _walk(top: Path, root: Path, exclude: Path | None) -> Iterator[Job]:
    """Files under a folder, sorted, without hidden names, without following folder links (no loops)."""
    errors: list[OSError] = []
    skip = exclude.resolve() if exclude else None
    for dirpath, dirnames, filenames in os.walk(top, onerror=errors.append, followlinks=False):
        d = Path(dirpath)
        dirnames[:] = sorted(n for n in dirnames if not n.startswith(".")
                             and (skip is None or (d / n).resolve() != skip))
        for name in sorted(filenames):
            if not name.startswith(".") and _is_page_name(name):
                yield Job(str(d / name), (d / name).relative_to(root).as_posix())
    for e in errors:
        yield Job(str(e.filename), str(e.filename), error=f"cannot list {e.filename}: {e.strerror or e}")


def _with_site(job: Job, site_key) -> Job:
    """The site a page belongs to: its folder, or what the --site-key pattern matches in its path."""
    key = str(Path(job.rel).parent)
    if site_key is not None:
        m = site_key.search(job.source)
        if m:
            key = m.group(1) if m.groups() else m.group(0)
    return Job(job.source, job.rel, key, job.error)


# ---------------------------------------------------------------- the work of one page

def printable(name: str) -> str:
    """A file name as valid UTF-8 text: bytes that are not UTF-8 show as U+FFFD (JSON and terminals need it)."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


# What one page can fail with: each becomes a one-line message, never a traceback.
PAGE_ERRORS = (InputError, NotAPage, RecursionError, MemoryError)


# A page that trips a bug of ours (anything else a page's cleaning raises): a one-line error naming it, and the
# batch goes on; PAGECLEANER_TRACEBACK=1 raises it instead, for whoever fixes it.
BUG_NOTE = "a bug in pagecleaner: please report it with the page (PAGECLEANER_TRACEBACK=1 shows where)"


def bug_error(name: str, e: Exception) -> str:
    if os.environ.get("PAGECLEANER_TRACEBACK"):
        raise e
    return f"{name}: internal error ({type(e).__name__}: {printable(str(e))}); {BUG_NOTE}"


def page_error(name: str, e: BaseException) -> str:
    """The one-line message for a page that failed, with its name (read errors already name the path)."""
    if isinstance(e, InputError):
        msg = printable(str(e))
        return msg if name in msg else f"{name}: {msg}"
    if isinstance(e, RecursionError):
        return f"{name}: too deeply nested to clean"
    if isinstance(e, MemoryError):
        return f"{name}: out of memory"
    return f"{name}: {e}"


def clean_job(job: Job, opts: Options, site_lines: frozenset[int] = frozenset()) -> Result:
    """Read, clean and render one page; any failure becomes the Result's one-line error."""
    name = printable(job.source)
    if job.error:
        return Result(job, error=printable(job.error))
    try:
        with time_limit(opts.timeout):
            data = read_page(job.path, opts.max_bytes)
            article = clean(data, source=name, config=opts.config, input=opts.input, site_lines=site_lines,
                            links=opts.links, images=opts.images)
            text = render(article, opts.fmt, front=opts.front, removed=opts.removed, links=opts.links,
                          images=opts.images)
    except PAGE_ERRORS as e:
        return Result(job, error=page_error(name, e))
    except Exception as e:              # noqa: BLE001 (a bug of ours on this page: the batch goes on)
        return Result(job, error=bug_error(name, e))
    counts = Counter(r.filter for r in article.removed)
    return Result(job, text=text, warnings=article.warnings, removed=tuple(sorted(counts.items())))


def page_lines(job: Job, opts: Options) -> tuple[frozenset[int], frozenset[int]]:
    """The keys of a page's short and long lines, for the template learner (nothing on failure)."""
    if job.error:
        return frozenset(), frozenset()
    try:
        with time_limit(opts.timeout):
            _, blocks, _ = read(read_page(job.path, opts.max_bytes), opts.input)
    except Exception:                   # noqa: BLE001 (a page error or a bug: clean_job reports it for this page)
        return frozenset(), frozenset()
    return page_keys(b.text for b in blocks)


# ---------------------------------------------------------------- running many

_OPTS: Options | None = None


def _clean_task(task: tuple[Job, frozenset[int]]) -> Result:
    return clean_job(task[0], _OPTS, task[1])


def _learn_task(job: Job) -> tuple[str, tuple[frozenset[int], frozenset[int]]]:
    return job.site, page_lines(job, _OPTS)


WINDOW = 4      # chunks a worker may run ahead of the one the caller waits for: memory stays flat


class Runner:
    """Runs page tasks in this process (jobs=1) or in worker processes; results come in order.

    Each worker has its own pipe and one chunk of tasks at a time; the parent hands out the next
    chunk as a result comes back, and lets the workers run at most WINDOW chunks each ahead of
    the one it waits for, so memory stays flat however long the batch. Stopping (the batch's
    end, a closed pipe, Ctrl-C, SIGTERM, --fail-fast) kills the workers at once: they only read
    pages and compute, every write is the parent's, so nothing is lost that was not yet taken.

    Why not a library pool: concurrent.futures' pool hung the parent for ever on Ctrl-C (issue
    17 saw it in 4 interrupts of 26; its shutdown waits on queue threads and on workers that a
    signal to the whole group caught half-started) and left its workers running when the parent
    was killed (they held each other's pipe ends), and multiprocessing.Pool's terminate() hung when
    it killed a worker that held the shared queue's lock. Here nothing is shared between
    workers, the parent runs no threads, and a worker whose parent is gone reads the end of
    its pipe and exits: none is left behind when the parent is killed.
    """

    def __init__(self, opts: Options, jobs: int = 1) -> None:
        self.opts, self.jobs = opts, max(1, jobs)
        self.workers: list[_Worker] = []
        # (ended at exit too if nobody closed the runner: the workers ignore the SIGTERM multiprocessing
        # would end them with, and it would wait for them)
        self._end = weakref.finalize(self, _end_workers, self.workers)
        if self.jobs > 1:
            try:
                self._start()
            except BaseException:
                self.close()
                raise

    def _start(self) -> None:
        ctx = multiprocessing.get_context()
        forked = ctx.get_start_method() == "fork"
        # Workers are born with Ctrl-C and SIGTERM held, and ignore both before they take them: a
        # signal given to the whole group while they start does not kill them half-made.
        # (the mask to go back to is read first: pthread_sigmask runs a pending handler once the mask is set,
        # and one that raises there would leave both signals held for good)
        old = signal.pthread_sigmask(signal.SIG_BLOCK, [])
        try:
            signal.pthread_sigmask(signal.SIG_BLOCK, HELD_SIGNALS)
            for _ in range(self.jobs):
                here, there = ctx.Pipe()
                # (a forked worker also holds the parent's ends of the pipes made before its own; it closes
                # them, or a worker would keep another's pipe open after the parent died)
                inherited = [w.conn for w in self.workers] + [here] if forked else []
                process = ctx.Process(target=_work, args=(there, self.opts, inherited), daemon=True,
                                      name="pagecleaner-worker")
                process.start()
                there.close()
                self.workers.append(_Worker(process, here))
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, old)

    def map(self, fn, items: Iterable, chunksize: int = 4) -> Iterator:
        if not self.workers:
            global _OPTS
            _OPTS = self.opts
            return map(fn, items)
        return self._ordered(fn, items, chunksize)

    def _ordered(self, fn, items: Iterable, chunksize: int) -> Iterator:
        chunks = enumerate(_chunked(items, chunksize))
        idle = [w.conn for w in self.workers]
        busy: dict = {}                     # a worker's pipe -> the number of the chunk it has
        done: dict[int, list] = {}          # chunks come back in any order, go out in theirs
        sent = taken = 0
        more = True
        while True:
            while more and idle and sent - taken < WINDOW * self.jobs:
                nxt = next(chunks, None)
                if nxt is None:
                    more = False
                    break
                conn = idle.pop()
                _send(conn, (fn, nxt[1]))
                busy[conn] = nxt[0]
                sent += 1
            if taken in done:
                yield from done.pop(taken)
                taken += 1
                continue
            if not busy:
                return
            for conn in multiprocessing.connection.wait(list(busy)):
                done[busy.pop(conn)] = _receive(conn)
                idle.append(conn)

    def close(self) -> None:
        """End the workers now (whatever they are on was not yet taken, so nothing is lost)."""
        if self.workers:
            with signals_held():                # a second Ctrl-C does not leave one behind
                self._end()

    def __enter__(self) -> "Runner":
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        self.close()


def _end_workers(workers: list) -> None:
    for w in workers:
        w.process.kill()
    for w in workers:
        w.process.join(5)
        w.conn.close()
    workers.clear()


class WorkerDied(Exception):
    """A worker process ended without a result (killed by the system): the batch cannot go on."""


@dataclass(frozen=True)
class _Worker:
    process: multiprocessing.process.BaseProcess
    conn: Connection


WORKER_DIED = "a worker process died (out of memory?); the batch stopped"


def _send(conn: Connection, message) -> None:
    try:
        conn.send(message)
    except OSError:
        raise WorkerDied(WORKER_DIED) from None


def _receive(conn: Connection) -> list:
    try:
        ok, value = conn.recv()
    except (EOFError, OSError):
        raise WorkerDied(WORKER_DIED) from None
    if not ok:
        raise value                     # a bug in a task: raised here as it would be with --jobs 1
    return value


def _work(conn: Connection, opts: Options, inherited: list[Connection]) -> None:
    """A worker: run the chunks the parent sends until it is killed or its end of the pipe closes."""
    for s in HELD_SIGNALS:              # the parent stops the workers; it alone takes Ctrl-C and SIGTERM
        signal.signal(s, signal.SIG_IGN)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, HELD_SIGNALS)
    for c in inherited:
        c.close()
    global _OPTS
    _OPTS = opts
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):     # the parent is gone, and so is the work
            return
        fn, chunk = message
        try:
            reply = (True, [fn(item) for item in chunk])
        except Exception as e:          # noqa: BLE001 (sent to the parent, which raises it)
            reply = (False, e)
        try:
            conn.send(reply)
        except OSError:
            return
        except Exception as e:          # noqa: BLE001 (an error that cannot be pickled: its words can)
            conn.send((False, RuntimeError(f"{type(reply[1]).__name__}: {reply[1]} ({e})")))


def _chunked(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def learn_templates(jobs: list[Job], runner: Runner) -> dict[str, frozenset[int]]:
    """The template lines of each site, learned from a sample of its pages."""
    learner = TemplateLearner()
    sample, per_site = [], Counter()
    for j in jobs:
        if j.error is None and per_site[j.site] < learner.sample:
            per_site[j.site] += 1
            sample.append(j)
    for site, keys in runner.map(_learn_task, sample, chunksize=8):
        learner.add(site, keys)
    return learner.templates()


def run(jobs: Iterable[Job], runner: Runner, templates: dict[str, frozenset[int]] | None = None) -> Iterator[Result]:
    """Clean every job; Results come in the order of the jobs."""
    templates = templates or {}
    tasks = ((j, templates.get(j.site, frozenset())) for j in jobs)
    return runner.map(_clean_task, tasks)


# ---------------------------------------------------------------- where results go

class BatchError(Exception):
    """A usage problem with the batch as a whole (exit status 2)."""


class DirSink:
    """Mirror the input tree under a folder: page.txt -> out/page.md, each file written atomically."""

    def __init__(self, out_dir: Path, fmt: str, jobs: Iterable[Job] = ()) -> None:
        if out_dir.exists() and not out_dir.is_dir():
            raise BatchError(f"output folder {out_dir} is a file")
        self.root = out_dir
        self.suffix = ".json" if fmt == "jsonl" else SUFFIX[fmt]
        self.written: set[str] = set()
        # (every input of the batch: an output never replaces one, a page's own nor another's, "x.md" beside
        # "x.txt" when the output folder is the input's)
        self.inputs = frozenset(j.path.resolve() for j in jobs if j.path is not None)

    def target(self, job: Job) -> Path:
        """Where a job's output goes; InputError when that would escape the folder or hit an input."""
        rel = Path(job.rel)
        if rel.name.lower().endswith(PACKED_SUFFIXES):
            rel = rel.with_suffix("")           # page.html.gz -> page.md, as page.html
        rel = rel.with_suffix(self.suffix) if rel.suffix else rel.with_name(rel.name + self.suffix)
        if rel.is_absolute() or ".." in rel.parts:
            raise InputError(f"{job.source}: output name {rel} would leave {self.root}")
        out = self.root / rel
        root = self.root.resolve()
        resolved = out.parent.resolve() / out.name
        if root != resolved.parent and root not in resolved.parents:
            raise InputError(f"{job.source}: output {out} would leave {self.root} (a link points outside)")
        if out.is_symlink():
            raise InputError(f"{job.source}: output {out} is a link; refusing to replace it")
        if job.path is not None and resolved == job.path.resolve():
            raise InputError(f"{job.source}: refusing to overwrite the input")
        if resolved in self.inputs:
            raise InputError(f"{job.source}: output {out} is another input of this batch; refusing to overwrite it")
        return out

    def exists(self, job: Job) -> bool:
        try:
            return self.target(job).exists()
        except InputError:
            return False

    def write(self, result: Result) -> None:
        out = self.target(result.job)
        if str(out) in self.written:
            raise InputError(f"{result.job.source}: output {out} was already written by another input")
        try:
            write_atomic(out, result.text or "")
        except OSError as e:
            raise InputError(f"{result.job.source}: cannot write {out}: {e.strerror or e}") from None
        self.written.add(str(out))

    def close(self, ok: bool = True) -> None:
        pass


class StreamSink:
    """Write every result to one stream (stdout), in order."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def exists(self, job: Job) -> bool:
        return False

    def write(self, result: Result) -> None:
        self.stream.write(result.text or "")
        self.stream.flush()

    def close(self, ok: bool = True) -> None:
        pass


class FileSink(StreamSink):
    """Write every result into one file that appears under its name only when the batch ends."""

    def __init__(self, path: Path, inputs: list[Job]) -> None:
        if path.is_dir():
            raise BatchError(f"{path} is a folder; JSONL output goes to one file")
        if any(j.path is not None and j.path.resolve() == path.resolve() for j in inputs):
            raise BatchError(f"refusing to overwrite the input {path}")
        self.file = AtomicFile(path)
        super().__init__(self.file.f)

    def close(self, ok: bool = True) -> None:
        if ok:
            self.file.commit()
        else:
            self.file.discard()
