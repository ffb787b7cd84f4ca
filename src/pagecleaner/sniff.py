"""Bytes -> text, and: is this text or HTML?"""
from __future__ import annotations

import codecs
import re

HTML_START = re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|div|p|article|section|script|link|style|table|span|a|h[1-6]|ul|nav|header|main)\b",
                        re.I | re.S)
HTML_TAGS = re.compile(r"<(?:p|div|br|a|span|h[1-6]|li|article|body|html)\b[^>]{0,500}>", re.I)
BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([\w.:-]{2,40})""", re.I)


class NotAPage(ValueError):
    """The bytes are not a text or HTML page (an image, an archive, random bytes)."""


def _binary(head: bytes) -> bool:
    if not head:
        return False
    if head.startswith((b"\x89PNG", b"\x1f\x8b", b"%PDF", b"PK\x03\x04", b"GIF8", b"\xff\xd8\xff", b"BZh", b"\x7fELF")):
        return True
    if b"\x00" in head:
        return True
    controls = sum(1 for c in head if c < 9 or 13 < c < 32)
    return controls / len(head) > 0.05


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few broken bytes (a scraper cut a character, a page mixed in one bad line).

    Real UTF-8 text shows many well-formed multi-byte characters; a legacy code page
    almost never forms them by accident (each accented letter is a bad byte there). When
    the good ones are at least as many as the bad bytes, it is UTF-8; the bad become U+FFFD.
    """
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for c in text if c > "\x7f") - bad
    return text if good >= bad and good >= 3 else None


def decode(data: bytes) -> str:
    """Decode a page: BOM, then strict UTF-8, then a declared charset, then detection.

    Never raises on odd bytes: what cannot be decoded becomes U+FFFD. Raises
    NotAPage for binary files.
    """
    for bom, enc in BOMS:
        if data.startswith(bom):
            return data.decode(enc, errors="replace").lstrip("\ufeff")
    if _binary(data[:4096]):
        raise NotAPage("not a text or HTML page")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    mostly = _mostly_utf8(data)
    if mostly is not None:
        return mostly
    m = META_CHARSET.search(data[:4096])
    if m:
        try:
            return data.decode(m.group(1).decode("ascii"), errors="replace")
        except LookupError:
            pass
    if sum(b > 127 for b in data[:200_000]) < 20:
        # Too few non-ASCII bytes for detection to tell one code page from another:
        # take the web's most common legacy one.
        return data.decode("windows-1252", errors="replace")
    from bs4 import UnicodeDammit
    dammit = UnicodeDammit(data[:200_000], is_html=bool(HTML_TAGS.search(data[:4096].decode("latin-1"))))
    if dammit.original_encoding:
        return data.decode(dammit.original_encoding, errors="replace")
    return data.decode("utf-8", errors="replace")


# A UTF-8 lead byte read as Latin-1/Windows-1252 ("Ã", "â") followed by a continuation byte read the same way
# ("©", "€", "™"): the mark of UTF-8 text decoded twice ("Investorâ€™s"), somewhere upstream of us
MOJIBAKE = re.compile("[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
                      "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]")


def repair(text: str) -> str:
    """Undo mojibake (UTF-8 that a scraper or the site decoded as Latin-1 or Windows-1252) with ftfy.

    Only the encoding is repaired: quotes, ligatures and widths stay as the page has them.
    ftfy runs only when a double-decoded pair shows up, and leaves text it judges not broken
    ("café–bar" stays as it is).
    """
    if not MOJIBAKE.search(text):
        return text
    import ftfy
    return ftfy.fix_encoding(text)


def looks_like_html(text: str) -> bool:
    head = text[:4096]
    return bool(HTML_START.match(head)) or len(HTML_TAGS.findall(head)) >= 5
