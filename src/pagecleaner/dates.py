"""Absolute dates in text -> ISO 8601. Relative ones ("2 days ago") are not dates.

A date without a year is never completed with a guessed one: `find_date` returns
None for "Dec 7". Regexes find the candidate (they know month names in several
languages); python-dateutil parses it, after a non-English month name has been
replaced by its English one.
"""
from __future__ import annotations

import re
from datetime import datetime

from dateutil import parser as du

from .textstats import letter_words
from .vocab import MONTH_ABBREVIATIONS, MONTH_NUMBERS

EN_MONTHS = ("january february march april may june july august september october november december").split()
EN_ABBREVIATIONS = ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov", "dec")
_ABBR = "|".join(sorted(EN_ABBREVIATIONS + tuple(MONTH_ABBREVIATIONS), key=len, reverse=True))
_FOREIGN = "|".join(sorted((re.escape(m) for m in MONTH_NUMBERS), key=len, reverse=True))
MONTH = rf"(?:{'|'.join(EN_MONTHS)}|{_FOREIGN}|(?:{_ABBR})\.?)"
DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th|\.)?"
YEAR = r"(?:19|20)\d{2}"

# (its hyphens spaced too, as a scraper parts the elements a site writes each part in: "2024 - 11 - 17", Hatena Blog's)
ISO = re.compile(rf"(?<!\d)({YEAR})(?:-| - )([01]\d)(?:-| - )([0-3]\d)"
                 rf"(?:[T ]([0-2]\d:[0-5]\d(?::[0-5]\d)?(?:\.\d+)?)(Z|[+-][0-2]\d:?[0-5]\d)?)?(?!\d)")
MONTH_FIRST = re.compile(rf"(?<!\w)({MONTH})\s+({DAY})(?:,?\s+({YEAR}))?(?!\w)", re.IGNORECASE)
DAY_FIRST = re.compile(rf"(?<!\w)({DAY})\s+(?:de\s+)?({MONTH})(?:,?\s+(?:de\s+)?({YEAR}))?(?!\w)", re.IGNORECASE)
# (or with hyphens, the day or the month first: "posted on 8-3-2026 at 09:12", XMB's; read as the slashes are; or
# with dots each with a space after it, as Czech, Slovak, Slovenian and Croatian write it: "28. 11. 2024")
NUMERIC = re.compile(rf"(?<![\d./-])([0-3]?\d)(\. |[./-])([0-3]?\d)\2({YEAR})(?![\d./-])")
# the C library's and the mail archives' date, its time between the day and the year: "Wed Mar 11 09:12:44 UTC 2026"
CTIME = re.compile(rf"(?<!\w)({'|'.join(EN_ABBREVIATIONS)})\s+([0-3]?\d)\s+[0-2]?\d:[0-5]\d(?::[0-5]\d)?"
                   rf"(?:\s+[A-Z]{{2,5}})?\s+({YEAR})(?!\d)", re.I)
# Chinese, Japanese and Korean write year, month and day each with its sign: "2026年3月 8日", "2026년 3월 8일"
CJK = re.compile(rf"(?<!\d)({YEAR})\s?[年년]\s?([01]?\d)\s?[月월]\s?([0-3]?\d)\s?[日일]")
# or the year first with slashes, as Japanese and Chinese boards write it: "2026/03/08(日) 12:34"
YMD = re.compile(rf"(?<![\d/.])({YEAR})/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])(?![\d/])")
# or with dots, spaced or not, as Korean, Chinese and Hungarian write it: "2024. 11. 25.", "2024.11.25"
YMD_DOTS = re.compile(rf"(?<![\d/.])({YEAR})\.\s?(0?[1-9]|1[0-2])\.\s?(0?[1-9]|[12]\d|3[01])(?:\.|(?![\d.]))")
# and the month and day alone, as "Dec 7" is written without its year: "3月12日 22:03" over a board's post
CJK_MONTH_DAY = re.compile(r"(?<![\d年년])(0?[1-9]|1[0-2])\s?[月월]\s?([0-3]?\d)\s?[日일]")
# Thai writes the day, the month's name and the year of the Buddhist Era, 543 years ahead: "12 มีนาคม 2567" (12 March
# 2024), "5 ธ.ค. 2566" (its short name; the whole pattern of its own, as Thai's vowel signs are no letters to \w)
THAI_MONTHS = ("มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม "
               "ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค.").split()
THAI = re.compile(rf"(?<!\d)([0-3]?\d)\s?({'|'.join(map(re.escape, THAI_MONTHS))})(?:\s?((?:25|19|20)\d{{2}}))?(?!\d)")
BUDDHIST_ERA = 543
# Vietnamese writes the day, then "tháng" (month; "thg" short) and the month's number, then the year after a comma
# or "năm" (year): "28 thg 11, 2026", "ngày 28 tháng 11 năm 2026"
VIETNAMESE = re.compile(rf"(?<!\d)([0-3]?\d)\s(?:thg|tháng)\s(0?[1-9]|1[0-2])(?:,?\s(?:năm\s)?({YEAR}))?(?!\d)", re.I)
# Persian writes the day, the month's name of the Solar Hijri calendar and its year: "۱۵ آبان ۱۴۰۵" (6 November
# 2026; its digits read as ASCII ones first, `ascii_digits`). Its shape only: no date is read from it, no
# conversion of its calendar is made here
SOLAR_HIJRI_MONTHS = "فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند".split()
SOLAR_HIJRI = re.compile(rf"(?<!\d)([0-3]?\d)\s?({'|'.join(SOLAR_HIJRI_MONTHS)})(?:\s?(1[34]\d\d))?(?!\w)")
# the Arabic-Indic digits and Persian's, as ASCII ones: a date's digits in Arabic or Persian ("١٥", "۱۴۰۵")
DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def ascii_digits(text: str) -> str:
    """The text with its Arabic-Indic and Persian digits as ASCII ones, each one character for one (positions
    stay)."""
    return text if text.isascii() else text.translate(DIGITS)


def _english(month: str) -> str:
    m = month.lower().rstrip(".")
    n = MONTH_NUMBERS.get(m) or MONTH_ABBREVIATIONS.get(m)
    return EN_MONTHS[n - 1] if n and m not in EN_MONTHS else month


def _parse(day: str, month: str, year: str) -> str | None:
    try:
        d = du.parse(f"{day.rstrip('.')} {_english(month)} {year}", default=datetime(2000, 1, 1))
    except (ValueError, OverflowError, du.ParserError):
        return None
    return d.date().isoformat()


def _iso(year: int, month: int, day: int) -> str | None:
    """The day as ISO 8601, or None when there is no such day ("31 thg 2, 2026")."""
    try:
        return datetime(year, month, day).date().isoformat()
    except ValueError:
        return None


def find_date(text: str) -> str | None:
    """The first absolute date with a year in `text`, as ISO 8601, else None."""
    text = ascii_digits(text)
    m = ISO.search(text)
    if m:
        y, mo, d, time, tz = m.groups()
        if _iso(int(y), int(mo), int(d)) is None:
            return None         # (no such day)
        if time:
            return f"{y}-{mo}-{d}T{time}{tz or ''}"
        return f"{y}-{mo}-{d}"
    m = CJK.search(text) or YMD.search(text) or YMD_DOTS.search(text)
    if m:
        return _iso(*map(int, m.groups()))
    m = VIETNAMESE.search(text)
    if m and m.group(3):
        return _iso(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    m = THAI.search(text)
    if m and m.group(3):
        day, month, year = int(m.group(1)), THAI_MONTHS.index(m.group(2)) % 12 + 1, int(m.group(3))
        return _iso(year - BUDDHIST_ERA if year > 2400 else year, month, day)
    best: tuple[int, str] | None = None
    for pattern, order in ((MONTH_FIRST, "md"), (DAY_FIRST, "dm")):
        for m in pattern.finditer(text):
            a, b, year = m.groups()
            if not year:
                continue            # no year on the page: never invent one
            day, month = (b, a) if order == "md" else (a, b)
            iso = _parse(day, month, year)
            if iso and (best is None or m.start() < best[0]):
                best = (m.start(), iso)
            break
    if best:
        return best[1]
    m = CTIME.search(text)
    if m:
        return _parse(m.group(2), m.group(1), m.group(3))
    m = NUMERIC.search(text)
    if m:
        a, sep, b, year = m.groups()
        # "19.11.2019" is day-first everywhere, unless it cannot be ("11.14.2019": a month-first site);
        # with slashes or hyphens only an unambiguous one is taken.
        if int(b) > 12 >= int(a):
            day, month = b, a
        elif sep[0] == "." or int(a) > 12:
            day, month = a, b
        else:
            return None
        return _iso(int(year), int(month), int(day))
    return None


# A date with a year of two digits and its time after it, as boards and forums sign their posts: "21.11.26 19:55:31
# MSK" (the time says it is no version's number); day first with dots. A shape only: no date is read from it
DOTTED_SHORT_TIME = re.compile(r"(?<![\w./-])[0-3]?\d\.[01]?\d\.\d\d\s[0-2]?\d:[0-5]\d(?![\d./])")


# Every shape a date takes in text, most specific first
DATE_SHAPES = (ISO, CJK, YMD, YMD_DOTS, CJK_MONTH_DAY, THAI, VIETNAMESE, SOLAR_HIJRI, CTIME, MONTH_FIRST, DAY_FIRST,
               NUMERIC)


# A date with a year of two digits, the whole of an element the page marks as its date ("23.09.22" in
# <div class="uploaded-date">): day first with dots, and with slashes only when it cannot be month first
SHORT_YEAR = re.compile(r"^(\d{1,2})([./])(\d{1,2})\2(\d{2})$")


def short_year_date(text: str) -> str | None:
    """'23.09.22' -> '2022-09-23' (the 2000s); None for anything else, or a date that does not exist."""
    m = SHORT_YEAR.match(text.strip())
    if m is None:
        return None
    a, sep, b, yy = m.groups()
    if sep == "/" and int(a) <= 12:
        return None         # "09/11/22": month first (US) or day first, no telling
    return _iso(2000 + int(yy), int(b), int(a))


def find_dates(text: str) -> list[str]:
    """Every absolute date with a year in `text`, as ISO 8601, in the order they stand ("May 21, 2025 April 24,
    2025 by …": two). A match that overlaps one of a more specific shape is not another date."""
    found: list[tuple[int, int, str]] = []
    text = ascii_digits(text)
    named_month = not MONTH_WORDS.isdisjoint(letter_words(text))     # (the month patterns' searches are slow)
    for shape in DATE_SHAPES:
        if shape in (CTIME, MONTH_FIRST, DAY_FIRST) and not named_month:
            continue
        for m in shape.finditer(text):
            if any(s < m.end() and m.start() < e for s, e, _ in found):
                continue
            iso = find_date(m.group(0))
            if iso:
                found.append((m.start(), m.end(), iso))
    return [iso for _, _, iso in sorted(found)]


def earliest_date(text: str) -> str | None:
    """The earliest date of a line that gives two or more ("Posted on January 8, 2015 December 14, 2019",
    "Updated November 11, 2022 … Originally published November 9, 2022": a page is published before it is
    updated), else its one date (find_date)."""
    found = find_dates(text)
    return min(found, key=lambda d: d[:10]) if len(found) > 1 else find_date(text)


def blank_dates(text: str) -> str:
    """The text with each date in it, of every shape, replaced by a NUL: no word, and a field's end."""
    text = ascii_digits(text)
    for shape in DATE_SHAPES:
        text = shape.sub("\x00", text)
    return text


def opening_date(text: str) -> re.Match | None:
    """The date the text opens with, in any of DATE_SHAPES (at most one of them can match at its start)."""
    text = ascii_digits(text)
    return next((m for m in (shape.match(text) for shape in DATE_SHAPES) if m), None)


# A page's address with its date in its path, as permalinks have it: "/2014/05/18/…", "/2020/oct/02/…",
# "/2019-11-19/…", "-20191115/", "/meldungen/29-10-2021" (a segment's whole date, or its slug's first or last part)
_ADDRESS_CUT = r"(?:[/_-]|$)"
ADDRESS_DATES = (
    re.compile(rf"/({YEAR})/(0[1-9]|1[0-2])/(0[1-9]|[12]\d|3[01])/"),
    re.compile(rf"/({YEAR})/({'|'.join((*EN_MONTHS, *EN_ABBREVIATIONS))})/(0?[1-9]|[12]\d|3[01])/", re.IGNORECASE),
    re.compile(rf"[/_-]({YEAR})(-?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?={_ADDRESS_CUT})"),
    re.compile(rf"[/_-](0?[1-9]|[12]\d|3[01])-(0?[1-9]|[12]\d|3[01])-({YEAR})(?={_ADDRESS_CUT})"),
)


MONTH_OF_ABBREVIATION = {name[:3]: n for n, name in enumerate(EN_MONTHS, 1)}     # "oct" -> 10


def address_date(address: str) -> str | None:
    """The date a page's address names in its path (ADDRESS_DATES), ISO 8601, else None. A day and a month
    that could stand either way round ("05-06-2021") name no date; "11-19-2019" is month first."""
    path = re.sub(r"^[a-z]+://[^/]*|[?#].*$", "", address, flags=re.IGNORECASE)     # (a host's or query's digits)
    for n, pattern in enumerate(ADDRESS_DATES):
        m = pattern.search(path)
        if m is None:
            continue
        if n == 3:
            a, b, y = (int(g) for g in m.groups())
            if a <= 12 and b <= 12 and a != b:
                return None
            day, month = (a, b) if a > 12 or a == b else (b, a)
        elif n == 1:
            y, month, day = int(m[1]), MONTH_OF_ABBREVIATION[m[2][:3].lower()], int(m[3])
        else:
            g = m.groups()
            y, month, day = int(g[0]), int(g[-2]), int(g[-1])        # (the third pattern's second group is its dash)
        return _iso(y, month, day)
    return None


DASH_AFTER_DATE = re.compile(r"(?<!\s)\s*[-–—|]\s+\S")     # ((?<!\s): one attempt per run of spaces)


# ... or a full stop ("31. Oktober 2023. Woher kommt …"), or a quote it opens ("01.02.2022 „Der Arbeitsmarkt …"):
# a paragraph's, as a press release or a review dates its text
STOP_AFTER_DATE = re.compile(r"(?<!\s)(?:\s*[-–—|]|\.|(?=\s+[„“\"«]))\s+\S")


def dated_opening(text: str, after: re.Pattern = DASH_AFTER_DATE) -> str | None:
    """'27.1.2022 - Bei der Erinnerung an …': the text opens with its date and a dash (or a bar: "23.01.2022 |
    Dorothea Wierer …"; `after`: what else may follow the date); the date, else None."""
    m = opening_date(text)
    return find_date(m.group(0)) if m and after.match(text, m.end()) else None


# A month as the patterns see it: a whole run of letters (the patterns want no letter on either side of it)
MONTH_WORDS = frozenset(EN_MONTHS) | frozenset(MONTH_NUMBERS) | frozenset(EN_ABBREVIATIONS) \
    | frozenset(MONTH_ABBREVIATIONS)
# (and as their capitals lower: Turkish "ARALIK" is "aralik" lowered, which the patterns, blind to case, match too)
MONTH_WORDS |= frozenset(w.upper().lower() for w in MONTH_WORDS)
DIGIT = re.compile(r"\d")


# A period without a day, the whole line: a month and its year, a year, a run of years ("Oktober 2015", "Ab 2008",
# "2008-2012", "September 2013/2014", "since 1998"): the entry of a CV or a history, not a story's date
PERIOD = re.compile(rf"(?:(?:ab|seit|since|from|bis|until|depuis|desde|od)\s+)?(?:{MONTH}\s+)?{YEAR}"
                    rf"(?:\s*[-–/]\s*(?:{MONTH}\s+)?(?:{YEAR}|\d\d|heute|today|present))?\s*", re.IGNORECASE)


def is_period(text: str) -> bool:
    """The line is a period without a day (PERIOD) and nothing else."""
    return DIGIT.search(text) is not None and PERIOD.fullmatch(text.strip()) is not None


def has_date_shape(text: str) -> bool:
    """A date with or without a year ("Dec 7", "2019-11-19", "7 December", "3月12日").

    Every shape holds a digit, and the two with a month name one of MONTH_WORDS: the searches
    (the month patterns' are slow, an alternation of 80 names tried at every position) run only then."""
    if not DIGIT.search(text):
        return False
    text = ascii_digits(text)
    if ISO.search(text) or NUMERIC.search(text) or CJK.search(text) or YMD.search(text) or YMD_DOTS.search(text) \
            or CJK_MONTH_DAY.search(text) or THAI.search(text) or VIETNAMESE.search(text) or SOLAR_HIJRI.search(text) \
            or DOTTED_SHORT_TIME.search(text):      # (a chain, not a generator: every rule asks it of every block)
        return True
    return not MONTH_WORDS.isdisjoint(letter_words(text)) and bool(MONTH_FIRST.search(text) or DAY_FIRST.search(text))
