"""The library's functions: read a page into blocks, clean it into an Article (see `pagecleaner`)."""
from __future__ import annotations

from .config import Config
from .model import Article, Block


def clean_text(text: str, *, source: str = "-", config: Config | None = None,
               site_lines: frozenset[int] = frozenset()) -> Article:
    """Clean already-flattened scraped text."""
    _, blocks, _ = read(text, "text")
    return _finish(blocks, source, "text", config or Config(), {}, site_lines)


def read(data: str | bytes, input: str | None = None, *, links: bool = False,
         images: bool = False) -> tuple[str, list[Block], dict]:
    """Decode and read a page into blocks: (kind, blocks, markup metadata); HTML is sniffed unless `input` says.
    `links`/`images`: record them on the blocks (HTML; text's Markdown links too: what --links/--images render)."""
    from .sniff import decode, looks_like_html, repair
    text = decode(data) if isinstance(data, bytes) else data
    kind = input or ("html" if looks_like_html(text) else "text")
    if kind == "html":
        from .readers import repair_page
        from .readers.html import read_html
        blocks, meta = read_html(text, links=links, images=images)
        return kind, *repair_page(blocks, meta)
    from .readers.text import read_text
    return kind, read_text(repair(text), links=links, images=images), {}


def clean(data: str | bytes, *, source: str = "-", config: Config | None = None, input: str | None = None,
          site_lines: frozenset[int] = frozenset(), links: bool = False, images: bool = False) -> Article:
    """Clean a page given as text or bytes; HTML is detected unless `input` says which.

    `site_lines` are the keys of lines a batch learned as the site's template
    (see `pagecleaner.filters.template`); a single page has none.
    """
    kind, blocks, meta = read(data, input, links=links, images=images)
    return _finish(blocks, source, kind, config or Config(), meta, site_lines)


def _finish(blocks: list[Block], source: str, kind: str, config: Config, meta: dict,
            site_lines: frozenset[int] = frozenset()) -> Article:
    from .pagetype import CARD_PAGES, page_type
    from .pipeline import Context, default_pipeline, run
    from .segment import fuller_name, metadata, no_name
    kind_of_page = page_type(blocks, meta.get("markup_types", ()), meta.get("buy_buttons", 0),
                             meta.get("cart_link", False), meta.get("edit_link", False), meta.get("post_buttons", 0),
                             meta.get("booking_buttons", 0), meta.get("appointment_buttons", 0))
    ctx = Context(config=config, input=kind, meta=meta, site_lines=site_lines, page_type=kind_of_page)
    blocks = run(default_pipeline(), blocks, ctx)
    fields = metadata(blocks, config.extra_phrases)
    # (the author an element only shows on a listing is its first card's, not the page's; the date it shows, the
    # first card's on a list newest first, says when the page changed last, and stays)
    first_cards = meta.get("shown", ()) if kind_of_page in CARD_PAGES else ()
    for key, value in meta.items():          # markup metadata (HTML) wins over text evidence
        if value and key in fields and not (key == "byline" and (fuller_name(fields[key], value) or no_name(value))) \
                and key not in first_cards:
            fields[key] = value
    for key, value in meta.get("fallback", {}).items():     # what the markup only shows: when the text has none
        if not fields.get(key):
            fields[key] = value
    warnings = () if blocks else ("empty page: nothing to clean",)
    return Article(source=source, input=kind, page_type=kind_of_page, blocks=tuple(blocks), warnings=warnings,
                   **fields)
