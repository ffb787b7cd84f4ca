"""pagecleaner: turn a scraped web page (flattened text or raw HTML) into a clean article.

    from pagecleaner import clean
    article = clean(open("page.html", "rb").read())

The names below load on first use: `import pagecleaner` itself costs nothing, so the command starts
at once and a Ctrl-C while it loads is handled by it (see `__main__`).
"""
from __future__ import annotations

from importlib import import_module

__version__ = "0.1.0"
__all__ = ["clean", "clean_text", "read", "Article", "Block", "Config", "__version__"]

_HOME = {"clean": "api", "clean_text": "api", "read": "api", "Article": "model", "Block": "model",
         "Config": "config"}

TYPE_CHECKING = False       # (typing's own costs 15 ms; checkers read this spelling as theirs)
if TYPE_CHECKING:
    from .api import clean, clean_text, read
    from .config import Config
    from .model import Article, Block


def __getattr__(name: str):
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module 'pagecleaner' has no attribute {name!r}")
    value = getattr(import_module(f".{home}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
