"""python -m pagecleaner, and the `pagecleaner` command."""
import signal

from .io import interrupts_matter


def _interrupted(signum, frame):
    if interrupts_matter():
        raise SystemExit(130)


def entry() -> None:
    """Run the command line. Ctrl-C ends it with status 130 and no traceback wherever it comes: while
    the program loads, while click reads the arguments (click would say "Aborted!" and exit 1), or
    in a command (which ends what it was doing first: a batch says how far it got). Once a batch has
    said how it ended, Ctrl-C changes nothing."""
    if signal.getsignal(signal.SIGINT) is signal.default_int_handler:    # not when started with Ctrl-C off
        signal.signal(signal.SIGINT, _interrupted)
    from .cli import main
    main()


if __name__ == "__main__":
    entry()
