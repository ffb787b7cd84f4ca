"""Atomic writes hold Ctrl-C and SIGTERM until the file is whole or gone (pagecleaner.io)."""
import os
import signal
import threading

import pytest

from pagecleaner.io import signals_held, write_atomic

pytestmark = pytest.mark.skipif(not hasattr(signal, "pthread_kill"), reason="Unix signals")


@pytest.fixture(autouse=True)
def ctrl_c_raises():
    """Ctrl-C raises KeyboardInterrupt here, also when the tests run where SIGINT is ignored (a shell's
    background job starts with it ignored, and Python then keeps it so)."""
    old = signal.signal(signal.SIGINT, signal.default_int_handler)
    yield
    signal.signal(signal.SIGINT, old)


def _signal_from_another_thread(sig):
    """What happens in a batch with worker processes: the pool's threads run beside the main one, and the
    operating system may hand a process's signal to any thread that does not block it."""
    t = threading.Thread(target=lambda: signal.pthread_kill(threading.get_ident(), sig))
    t.start()
    t.join()


@pytest.mark.parametrize("send", [lambda: os.kill(os.getpid(), signal.SIGINT),
                                  lambda: _signal_from_another_thread(signal.SIGINT)])
def test_ctrl_c_inside_the_held_block_arrives_when_it_ends(send):
    done = []
    with pytest.raises(KeyboardInterrupt):
        with signals_held():
            send()
            for _ in range(1000):      # bytecodes enough for Python to run a pending handler
                pass
            done.append(True)
    assert done == [True]


def test_sigterm_is_held_too_and_then_handled_by_the_handler_in_place():
    seen = []
    old = signal.signal(signal.SIGTERM, lambda signum, frame: seen.append(signum))
    try:
        with signals_held():
            _signal_from_another_thread(signal.SIGTERM)
            for _ in range(1000):
                pass
            assert seen == []
        assert seen == [signal.SIGTERM]
    finally:
        signal.signal(signal.SIGTERM, old)


def test_a_signal_handled_while_the_handlers_are_swapped_leaves_them_as_they_were(monkeypatch):
    """signal.signal first runs the handler of a signal that is pending: a SIGTERM arriving as its handler is
    about to be swapped ends the block there (SystemExit(143) in the program). Ctrl-C's handler must not stay
    swapped for the catcher that nobody reads any more, or Ctrl-C would do nothing for the rest of the run."""
    def on_sigterm(signum, frame):
        raise SystemExit(143)

    real_signal = signal.signal
    old_term = real_signal(signal.SIGTERM, on_sigterm)

    def swap(sig, handler):
        if sig == signal.SIGTERM and handler is not on_sigterm:
            signal.raise_signal(signal.SIGTERM)        # handled here, before the swap
        return real_signal(sig, handler)

    try:
        monkeypatch.setattr(signal, "signal", swap)
        with pytest.raises(SystemExit):
            with signals_held():
                pass
        monkeypatch.undo()
        assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
        assert signal.getsignal(signal.SIGTERM) is on_sigterm
    finally:
        real_signal(signal.SIGTERM, old_term)


def test_an_interrupt_during_an_atomic_write_leaves_the_file_whole(tmp_path, monkeypatch):
    target = tmp_path / "page.md"
    real_replace = os.replace

    def replace_after_an_interrupt(src, dst):
        _signal_from_another_thread(signal.SIGINT)
        for _ in range(1000):
            pass
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace_after_an_interrupt)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(target, "whole text\n")
    assert target.read_text() == "whole text\n" and os.listdir(tmp_path) == ["page.md"]


@pytest.mark.parametrize("umask,mode", [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_an_atomic_write_makes_an_ordinary_file_under_the_umask(tmp_path, umask, mode):
    """The temporary copy becomes the output: it gets the mode open() would give a new file, not mkstemp's 0600."""
    old = os.umask(umask)
    try:
        write_atomic(tmp_path / "page.md", "text\n")
    finally:
        os.umask(old)
    assert (tmp_path / "page.md").stat().st_mode & 0o777 == mode
    assert os.listdir(tmp_path) == ["page.md"]
