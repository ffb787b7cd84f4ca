"""pagecleaner: turn a scraped web page (flattened text or raw HTML) into a clean article."""
from __future__ import annotations

from .config import Config
from .model import Article, Block
from .pipeline import Context, default_pipeline, run

__version__ = "0.1.0"
__all__ = ["clean", "clean_text", "Article", "Block", "Config", "__version__"]


def clean_text(text: str, *, source: str = "-", config: Config | None = None) -> Article:
    """Clean already-flattened scraped text."""
    from .readers.text import read_text
    return _finish(read_text(text), source, "text", config or Config(), {})


def clean(data: str | bytes, *, source: str = "-", config: Config | None = None, input: str | None = None) -> Article:
    """Clean a page given as text or bytes; HTML is detected unless `input` says which."""
    from .sniff import decode, looks_like_html
    text = decode(data) if isinstance(data, bytes) else data
    kind = input or ("html" if looks_like_html(text) else "text")
    config = config or Config()
    if kind == "html":
        from .readers.html import read_html
        blocks, meta = read_html(text)
        return _finish(blocks, source, "html", config, meta)
    return clean_text(text, source=source, config=config)


def _finish(blocks: list[Block], source: str, kind: str, config: Config, meta: dict) -> Article:
    from .segment import metadata
    ctx = Context(config=config, input=kind, meta=meta)
    blocks = run(default_pipeline(), blocks, ctx)
    fields = metadata(blocks)
    for key, value in meta.items():          # markup metadata (HTML) wins over text evidence
        if value and key in fields:
            fields[key] = value
    warnings = () if blocks else ("empty page: nothing to clean",)
    return Article(source=source, input=kind, blocks=tuple(blocks), warnings=warnings, **fields)
