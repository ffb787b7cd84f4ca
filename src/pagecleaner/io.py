"""Reading pages and writing results safely: one-line errors, atomic writes, time limits."""
from __future__ import annotations

import os
import secrets
import signal
import stat
import threading
from contextlib import contextmanager
from pathlib import Path

MAX_BYTES = 200 * 1024 * 1024


class InputError(Exception):
    """A bad input, reported as one line (file name and reason)."""


class PageTimeout(InputError):
    """A page took longer than the time limit."""


def read_page(path: Path, max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes of a regular file, or InputError saying in one line why not."""
    try:
        st = os.stat(path)
        if stat.S_ISDIR(st.st_mode):
            raise InputError(f"{path} is a directory")
        if not stat.S_ISREG(st.st_mode):
            raise InputError(f"{path} is not a regular file")      # a FIFO or a device would block or never end
        if st.st_size > max_bytes:
            raise InputError(f"{path} is larger than {max_bytes // 2**20} MB")
        with open(path, "rb") as f:
            return f.read(max_bytes + 1)
    except FileNotFoundError:
        raise InputError(f"no such file: {path}") from None
    except PermissionError:
        raise InputError(f"cannot read {path}: permission denied") from None
    except OSError as e:
        raise InputError(f"cannot read {path}: {e.strerror or e}") from None


HELD_SIGNALS = (signal.SIGINT, signal.SIGTERM)


@contextmanager
def signals_held():
    """Hold SIGINT/SIGTERM while the block runs (main thread): one that arrives is noted, and handled by the
    handler in place once the block is done.

    The handlers are swapped, not the signal mask: Python runs a handler in the main thread whichever thread
    the system gave the signal to, while a mask holds it only for the main thread, and a batch can have other
    threads beside it (a process pool's once, the progress bar's: a Ctrl-C given to one broke into the write).
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []
    old = {}
    try:
        # (swapped inside the try: signal.signal first runs a handler whose signal is pending, and one that
        # raises there must not leave the catcher in place of another signal's handler for good)
        for s in HELD_SIGNALS:
            old[s] = signal.signal(s, lambda signum, frame: caught.append(signum))
        yield
    finally:
        for s, handler in old.items():
            signal.signal(s, handler)
        if caught:
            _handle(caught[0], old[caught[0]])


_said = [False]


def command_starts() -> None:
    """A command begins: it has not said how it ended yet."""
    _said[0] = False


@contextmanager
def last_word():
    """Say how the command ended inside this block (a batch's summary line). A Ctrl-C or SIGTERM while it is
    said, or after, changes nothing: the command's handlers ask `interrupts_matter()`, so the exit status agrees
    with what the command said (a batch interrupted right after "153 files, 153 cleaned" exited 130)."""
    with signals_held():
        yield
        _said[0] = True


def interrupts_matter() -> bool:
    return not _said[0]


def _handle(signum: int, handler) -> None:
    """Do what the handler that was in place would have done with the signal."""
    if callable(handler):
        handler(signum, None)
    elif handler == signal.SIG_DFL:
        os.kill(os.getpid(), signum)


def write_atomic(path: Path, data: str) -> None:
    """Write to a temporary file beside the target, then rename: never a half-written file.

    An interrupt waits until the file is renamed or its temporary copy removed, so none is left behind.
    """
    with signals_held():
        f = AtomicFile(path)
        try:
            f.write(data)
            f.commit()
        except BaseException:
            f.discard()
            raise


class AtomicFile:
    """A file written in pieces that appears under its name only when committed whole (`write_atomic`, a
    JSONL batch); `discard` removes the temporary copy."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        with signals_held():          # not between creating the temporary file and holding it
            fd, self.tmp = _create_beside(path)
            self.f = os.fdopen(fd, "w", encoding="utf-8")

    def write(self, text: str) -> None:
        self.f.write(text)

    def commit(self) -> None:
        with signals_held():
            self.f.close()
            os.replace(self.tmp, self.path)

    def discard(self) -> None:
        with signals_held():
            self.f.close()
            _unlink(self.tmp)


def _create_beside(path: Path) -> tuple[int, str]:
    """A new, unique temporary file in the target's folder. Made as open() makes a file (mode 0666 less the
    umask), not as mkstemp does (0600): renamed, it is the output, and it must be readable as any other."""
    for _ in range(100):
        tmp = str(path.parent / f".{path.name}.{secrets.token_hex(4)}.tmp")
        try:
            return os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o666), tmp
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name beside {path}")


def _unlink(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


@contextmanager
def time_limit(seconds: float | None):
    """Raise PageTimeout in this block after `seconds` (main thread on Unix; elsewhere no limit)."""
    if not seconds or not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def on_alarm(signum, frame):
        raise PageTimeout(f"took longer than {seconds:g} s (--timeout)")

    old = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)
