"""Bytes -> text, and: is this text or HTML?"""
from __future__ import annotations

import codecs
import re
import zlib

from .io import MAX_BYTES

HTML_START = re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|div|p|article|section|script|link|style|table|span|a|h[1-6]|ul|nav|header|main)\b",
                        re.I | re.S)
HTML_TAGS = re.compile(r"<(?:p|div|br|a|span|h[1-6]|li|article|body|html)\b[^>]{0,500}>", re.I)
BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([\w.:-]{2,40})""", re.I)


class NotAPage(ValueError):
    """The bytes are not a text or HTML page (an image, an archive, random bytes)."""


GZIP_MAGIC = b"\x1f\x8b"


def gunzip(data: bytes, limit: int = MAX_BYTES) -> bytes:
    """A gzip-compressed page (a crawler's "page.html.gz") unpacked, every member of it; NotAPage when it is broken
    or unpacks to more than `limit` bytes (a small file may unpack to gigabytes: it is read only that far)."""
    out, rest = [], data
    size = 0
    while rest[:2] == GZIP_MAGIC:
        unpacker = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            piece = unpacker.decompress(rest, limit + 1 - size)
        except zlib.error:
            raise NotAPage("a broken gzip file") from None
        size += len(piece)
        if size > limit:
            raise NotAPage(f"unpacks to more than {limit // 2**20} MB")
        if not unpacker.eof:
            raise NotAPage("a broken gzip file (it ends too soon)")
        out.append(piece)
        rest = unpacker.unused_data.lstrip(b"\x00")
    return b"".join(out)


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
    """Decode a page (unpacked first if gzip-compressed): BOM, then strict UTF-8, then a declared charset, then
    detection.

    Never raises on odd bytes: what cannot be decoded becomes U+FFFD. Raises
    NotAPage for binary files.
    """
    if data.startswith(GZIP_MAGIC):
        data = gunzip(data)
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
    return data.decode(detect_legacy(data[:200_000]), errors="replace")


# The letters of the languages windows-1252 was made for (French, German, Spanish, Italian, Portuguese,
# Dutch, the Nordic ones), as they read in it. A Turkish or Polish page read in windows-1252 shows others
# (þ, ý, ð for ş, ı, ğ; ¿, ³, ¹ for ż, ł, ą are not letters even), a Czech one does not decode at all.
WESTERN_LETTERS = frozenset("àáâãäåæçèéêëìíîïñòóôõöøùúûüÿœß" + "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜŒŸ")
TIE_CHAOS = 0.03        # how much more chaotic than the best reading is still "as good" (charset-normalizer's scale)


def detect_legacy(data: bytes) -> str:
    """The legacy code page of bytes that are not UTF-8: charset-normalizer's guess, unless windows-1252 reads
    them about as well (chaos within TIE_CHAOS of the best) and gives only Western-European letters.

    Detection cannot tell windows-1250 from windows-1252 on French or Italian (é, á, ü, ß, ö are the same
    bytes in both) and charset-normalizer ranks 1250 first, which made "élèves" "élčves" and "à" "ŕ";
    windows-1252 is also the web's most common legacy code page, so a tie goes to it. Polish, Czech,
    Turkish, Russian or Greek text reads clearly worse in it, or shows letters no Western language uses,
    and keeps its own."""
    from charset_normalizer import from_bytes
    matches = list(from_bytes(data))
    if not matches:
        return "windows-1252"
    best = matches[0]
    if any("cp1252" in {m.encoding, *m.could_be_from_charset} and m.chaos <= best.chaos + TIE_CHAOS
           for m in matches):
        letters = {c for c in data.decode("windows-1252", errors="replace") if c > "\x7f" and c.isalpha()}
        if letters <= WESTERN_LETTERS:
            return "windows-1252"
    return best.encoding


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
