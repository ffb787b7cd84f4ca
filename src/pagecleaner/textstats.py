"""Cheap per-block measurements shared by the filters (language-neutral)."""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Sequence

from .vocab import ALL_STOPWORDS, LETTERS, NAME_PARTICLES, STOPWORD_SETS, WORD

# word -> the languages it is a function word of (one dictionary lookup per word, not one set per language)
_LANGS = list(STOPWORD_SETS)
_STOP_LANGS: dict[str, tuple[int, ...]] = {}
for _i, _lang in enumerate(_LANGS):
    for _w in STOPWORD_SETS[_lang]:
        _STOP_LANGS[_w] = _STOP_LANGS.get(_w, ()) + (_i,)

TOKEN = re.compile(r"\w+")
SENTENCE_END = re.compile(r"[.!?…:;。！？؟۔][\"'“”’»)\]」』）]*$")     # (and Arabic's question mark, Urdu's stop)
QUESTION_MARKS = ("?", "؟")     # what a question ends with, Arabic script's mark too


# What separates the fields of a metadata line ("By Jane Doe | Staff writer", "Jane Doe ⋅ Editor ⋅ May 6, 2025")
FIELD_SEPARATORS = "|•●·⋅∙–—"
FIELD_SPLIT = re.compile(rf"\s[-{FIELD_SEPARATORS}]\s")      # a separator with a space on either side
# the time a blog's signature gives after the name: "Posted by Ruth Moss at 6:42 PM", "Eingestellt von Michel um 21:11"
AT_TIME = re.compile(r"\s(?:at|um|à|alle|o|a las)\s+\d{1,2}[:.]\d{2}\b", re.I)

CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")


@lru_cache(maxsize=16384)
def words(text: str) -> tuple[str, ...]:
    """Letter runs (cached: every filter asks for the same blocks' words)."""
    return tuple(WORD.findall(text))


@lru_cache(maxsize=256)
def letter_words(text: str) -> frozenset[str]:
    """The lower-cased letter runs, as the phrase patterns' word boundaries see them (cached for the block in
    hand: every phrase rule asks first whether any of its phrases could start in it)."""
    return frozenset(map(str.lower, LETTERS.findall(text)))


def fold(text: str) -> str:
    """Case, spacing and punctuation folded, numbers kept: two lines that read the same compare equal."""
    return " ".join(TOKEN.findall(text.lower()))


def capitalised(text: str) -> set[str]:
    """The capitalised words, lower-cased: what a name ("Jane Doe") is made of."""
    return {w.lower() for w in words(text) if w[:1].isupper()}


@lru_cache(maxsize=16384)
def word_count(text: str) -> int:
    """Words, counting two characters of Chinese/Japanese script (written without spaces) as one."""
    n = len(words(text))
    cjk = 0 if text.isascii() else len(CJK.findall(text))
    return n + cjk // 2 if cjk > 4 else n


@lru_cache(maxsize=4096)
def stop_density(text: str) -> float:
    """Share of words that are function words, in the language that fits best."""
    ws = words(text)
    return max(_language_counts(ws)) / len(ws) if ws else 0.0


def _language_counts(ws: tuple[str, ...]) -> list[int]:
    """For each language of the stop lists, how many of the words are its function words."""
    counts = [0] * len(_LANGS)
    get = _STOP_LANGS.get
    for w in ws:
        for i in get(w.lower(), ()):
            counts[i] += 1
    return counts


def function_word_in(word: str, text: str) -> bool:
    """`word` is a function word of a language that fits `text` best: "war" is one in a German sentence, not at the
    end of "Huawei launches operating system as a hedge in trade war"."""
    langs = _STOP_LANGS.get(word.lower(), ())
    if not langs:
        return False
    counts = _language_counts(words(text))
    best = max(counts)
    return any(counts[i] == best for i in langs)


def bracketed(text: str) -> bool:
    """The whole text stands in round brackets: "(23)", "(1 204 отзыва)"."""
    return text[:1] == "(" and text[-1:] == ")"


ADDRESS_WORDS = 12      # an address on one line is this short
# a postcode: four or five digits ("3216", "80331"), three and two ("546 30", "110 00"), two or four and three after
# a dash ("00-950", "1000-001"), a British one ("SW1A 1AA")
POSTCODE = re.compile(r"(?<![\d,.])(?:\d{4,5}|\d{3} \d{2}|\d{2}-\d{3}|\d{4}-\d{3}|[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2})"
                      r"(?![\d,.])")


def address_line(text: str) -> bool:
    """A postal address on one line: a few parts between commas that give a postcode and a house's number, no
    sentence ("27 Grey Street, Hamilton East, Hamilton 3216", "Εγνατίας 112, 546 30 Θεσσαλονίκη"; not "Grooming for
    small and large dogs, since 2012", a year)."""
    if "," not in text or len(text.split()) > ADDRESS_WORDS or ends_sentence(text):
        return False
    m = POSTCODE.search(text)
    return m is not None and any(c.isdigit() for c in text[:m.start()] + text[m.end():])


def ends_sentence(text: str) -> bool:
    return bool(SENTENCE_END.search(text.rstrip()))


# A line that is one quotation, in its marks: "„Außen knusprig, innen cremig“", "« Nous avons gagné »"
QUOTATION = re.compile(r"^\s*[„“\"«»‚‘][^„“”\"«»\n]+[“”\"»«‘’]\s*$")


# What a program's line holds and prose does not: its operators ("z = x | y", "z = {**x, **y}") or a call
# ("z.update(y)"; not "Web Services (AWS)", nor a count in brackets after Chinese or Japanese script: "赞(86)", "评论(3)")
OPERATORS = re.compile(r"[=<>{}\[\];|]")
CALL = re.compile(rf"(?!{CJK.pattern})\w\(")


# braces, operators, a call or an index ("COUNT(o.id)", "a[0]"), a dotted or snake-case name ("u.id", "order_count");
# not a word in brackets: "(View all)" is prose
CODE_TOKEN = re.compile(r"[{};=<>]|\w[(\[]|[a-z_]\.[a-z_]|[a-z]_[a-z]")
NOT_CODE_TOKEN = re.compile(r"://|^www\.|@|\.(?:com|org|net)\b")   # addresses
BLOCK_END = ("{", "}", ";")
FLAT_TOKENS = 6         # tokens of code in a listing flattened onto one line, at least


def code_tokens(tokens: list[str]) -> int:
    """How many of a line's tokens are code's (an address is none)."""
    return sum(bool(CODE_TOKEN.search(t)) and not NOT_CODE_TOKEN.search(t) for t in tokens)


def flattened_listing(text: str) -> bool:
    """A listing a scraper put on one line (its newlines squeezed to spaces: "var client = new Builder()
    .WithRetry(new RetryOptions { MaxAttempts = 5, … }) .Build();"): a statement's or a block's end, and
    FLAT_TOKENS tokens of code or more."""
    return text.endswith(BLOCK_END) and code_tokens(text.split()) >= FLAT_TOKENS


# A shell command on a line of its own: a command's name first ("sudo -u postgres pg_restore --clean …", "$ npm
# install"), then a flag, a path or an assignment among its words (not "Go to the settings page", "Make sure …")
SHELL = re.compile(r"^(?:\$\s+)?(?:sudo|npm|npx|pnpm|yarn|pip3?|pipx|uv|poetry|git|docker|podman|kubectl|helm|curl|"
                   r"wget|apt|apt-get|dnf|yum|brew|cargo|rustup|go|python3?|node|deno|make|cmake|cd|ls|cp|mv|rm|"
                   r"mkdir|chmod|chown|systemctl|journalctl|ssh|scp|rsync|tar|terraform|ansible|psql|mysql|pg_dump|"
                   r"pg_restore|export)\s+\S")
SHELL_ARGUMENT = re.compile(r"(?:^|\s)(?:--?[a-zA-Z]|[\w.~-]*/[\w./~-]|\w+=)")


def shell_command(text: str) -> bool:
    return SHELL.match(text) is not None and not ends_sentence(text) and SHELL_ARGUMENT.search(text) is not None


def program_line(text: str) -> bool:
    return OPERATORS.search(text) is not None or CALL.search(text) is not None


def quotation(text: str) -> bool:
    return QUOTATION.match(text) is not None


def is_title_case(text: str) -> bool:
    ws = words(text)
    caps = sum(w[0].isupper() for w in ws)
    return bool(ws) and caps / len(ws) >= 0.6


def name_shaped(ws: list[str]) -> bool:
    """Words that read as a name or a list of names: the first capitalised, each other one capitalised or a
    particle ("Ursula von der Leyen", "Jane Doe and John Roe")."""
    return bool(ws) and ws[0][0].isupper() and all(w[0].isupper() or w in NAME_PARTICLES for w in ws[1:])


def is_upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


PROSE_MIN_WORDS = 10        # words running text has at least
PROSE_MIN_STOP = 0.12       # and this share of them function words


def is_prose(text: str, min_words: int = PROSE_MIN_WORDS, min_stop: float = PROSE_MIN_STOP) -> bool:
    """Reads like running text: enough words, function words among them, a sentence end."""
    n = word_count(text)
    if n < min_words:
        return False
    if _cjk_script(text):       # (Chinese and Japanese are written without spaces: no function word stands alone;
        return ends_sentence(text) or text.endswith(("、", "，"))     # the sentence's end, or its clause's, says it)
    # (a long line is prose without its full stop, unless it is written in Chinese or Japanese script: without
    # spaces a title of other stories holds "twenty words" in forty characters; a clause ending in a comma
    # is still a sentence's)
    return stop_density(text) >= min_stop and (ends_sentence(text) or n >= 2 * min_words and (
        not _cjk_script(text) or text.endswith(("、", "，"))))


def _cjk_script(text: str) -> bool:
    return not text.isascii() and len(CJK.findall(text)) * 2 > len(text)


PROSE_PRE_SHARE = 0.6       # of a preformatted text's words (a mailing list's message) in paragraphs that read as prose
PROSE_PRE_CODE = 0.15       # its lines with a program's marks (operators, calls, code's names, a shell's commands) or
#                             indented, this share at most
SIGNATURE_MARK = re.compile(r"^--\s*$")        # the line an e-mail's signature opens with ("-- ", RFC 3676)


def prose_paragraphs(text: str) -> list[str] | None:
    """A preformatted text that is a message's prose, hard-wrapped (a mailing list archive's <pre>): its paragraphs,
    each with its lines joined, and its signature from its "-- " line on with its line breaks; None for a program,
    a table, a transcript or a poem (their lines indented, with operators, code's names or a shell's commands, or no
    paragraph of them prose)."""
    rows = text.strip("\n").splitlines()
    sig = next((i for i, row in enumerate(rows) if SIGNATURE_MARK.match(row)), len(rows))
    lines = [row for row in rows[:sig] if row.strip()]
    odd = sum(program_line(line) or code_tokens(line.split()) > 0 or shell_command(line) or line[:2] == "  "
              or line[:1] == "\t" for line in lines
              if not line.startswith(">"))      # (a quoted line's marks are the message it replies to)
    if not lines or odd > PROSE_PRE_CODE * len(lines):
        return None
    out: list[str] = []
    para: list[str] = []
    for row in rows[:sig] + [""]:
        if row.strip():
            para.append(row.strip())
        elif para:
            out.append(" ".join(para))
            para = []
    prose = sum(word_count(p) for p in out if is_prose(p))
    if not prose or prose < PROSE_PRE_SHARE * sum(map(word_count, out)):
        return None
    if sig < len(rows):
        out.append("\n".join(row.rstrip() for row in rows[sig:] if row.strip()))
    return out


# (?<!\s): one attempt per run of spaces, not one per space (a long run made this quadratic)
SITE_SUFFIX = re.compile(r"(?<!\s)\s+(?:::|[|–—:·-])\s+[^|–—·]{2,40}$")     # ("::": Tistory's)


# WordPress's title of a category's archive, "Mobilidade Arquivos - Jornal do Vale Verde" (SEO plugins' default in
# each language; plurals only: "The National Archive" is a name), or the word first as some translations put it
# ("Arquivos Receitas de Pão", "Archives des Recettes")
_ARCHIVES = r"(?:archives|arquivos|archivos|archivi|archiwa|archieven)"
ARCHIVE_WORD = re.compile(rf"\s+{_ARCHIVES}$", re.I)
ARCHIVE_FIRST = re.compile(rf"^{_ARCHIVES}\s+(?:(?:de|des|du|do|da|dos|das|del|di|della)\s+)?(?=\S)", re.I)


def archive_term(title: str) -> str | None:
    """The category an archive's title names without its archive word ("Mobilidade" of "Mobilidade Arquivos",
    "Receitas de Pão" of "Arquivos Receitas de Pão"), or None when the title has no such word at either end."""
    m = ARCHIVE_WORD.search(title)
    if m and m.start():
        return title[:m.start()].strip()
    m = ARCHIVE_FIRST.match(title)
    return title[m.end():].strip() if m else None


SITE_EXTRA_WORDS = 2     # the words a title's part may add to the site's name and still be that name
TITLE_SHOWN = 0.6        # the share of a heading's words a part of the page's title must give to be that heading
# The bar between a page title's parts: "History of coffee | Origin, Spread, … | Britannica" (or an arrow, an old
# board's "Topic -> Forum", Invision's and Jcink's); or an underscore
# between Chinese words, as Chinese sites join them: "阳台种番茄总是落花怎么办？_番茄吧_百度贴吧"
TITLE_BAR = re.compile(r"(?<!\s)\s+(?:\||->)\s+|(?<=[\u3000-\u30ff\u3400-\u9fff\uff01-\uff5e])_(?=[\u3400-\u9fff])")


# what joins a title to the site's name after it: a bar or a dash (or two colons, Tistory's), or "by" when the site
# is the maker's ("Low Tide Recordings, by The Marram Grass": a band's Bandcamp, an author's blog)
SITE_JOINT = re.compile(r"(?:(?<!\s)\s*(?:::|->|[|–—:·-])|,?(?<!\s)\s+(?:by|von|par|por|di|door|przez))\s*$", re.I)


BUY_FIRST = re.compile(r"^(?:buy|shop|order|acheter|achetez|comprar|compra|compre|kup|koop|köp|kjøb|osta)\s(?=\w)")


def shows_title(title: str, text: str, whole: bool = False, kind_first: bool = False) -> bool:
    """The line shows the page's title (folded), the product's name: the title may go on past the
    name ("…, 40 x 25 cm, 39,90 €"), or the name past the title ("…, 2200 Watt" / "…, 2200 Watt, 1,7 Liter");
    `whole`: all of the title (not a crumb that shows its first word, "Wasserkocher" of "Wasserkocher kaufen");
    `kind_first`: or the name with its kind before the title ("Bezdrátová sluchátka Sony WH-1000XM5 černá" of "Sony
    WH-1000XM5 černá | DATART"; a heading that says the name after a label reads so too, 'Produktinformationen
    "Bräter rund"': the callers pass it over)."""
    key = fold(text)
    title = BUY_FIRST.sub("", title)        # (a shop's verb before the name: "Buy KELVARA KD7 … | Currys")
    return bool(key) and bool(title) and (not whole and title.startswith(key) and 2 * len(key) >= len(title)
                                          or (key.startswith(title) or kind_first and key.endswith(f" {title}"))
                                          and 2 * len(title) >= len(key))


def under_the_maker(title: str, maker: str, name: str) -> bool:
    """(scraped text) The maker's line over the name's, the two the page's title (folded), the maker's alone not
    ("Nordlys Hudpleje" / "Fugtcreme Havtorn 50 ml" of "Nordlys Hudpleje Fugtcreme Havtorn 50 ml | Matas"; not the
    name over its price)."""
    return shows_title(title, f"{maker} {name}", whole=True) and not shows_title(title, maker)


def strip_site_name(title: str, site: str | None = None, shown: tuple[str, ...] = ()) -> str:
    """A page title without the site's name after it ("Council approves budget | The Daily Paper").

    A title of parts between bars gives the part the page shows as a heading (`shown`), whichever place it has
    ("Opinion | Is Football Violence a Crime?"), or else the first part when all after it are the site's name,
    however long ("Smart Thermostats: Do They Really Save You Money? | Howell-Chase Heating And Air
    Conditioning®"; not "Howerton+White | Integrated Advertising & Marketing Agency", a home page's tagline).
    """
    t = title.strip()
    if "【" in t or "-" in t or "－" in t or "_" in t:
        t = _cjk_title(t)
    if site and t.endswith(site) and len(t) > len(site) + 3:
        return SITE_JOINT.sub("", t[: -len(site)]).strip()
    parts = TITLE_BAR.split(t)
    if len(parts) > 1:
        named = fold(site or "").split()
        own = [p for p in parts if not (named and _site_part(fold(p).split(), named))]
        headings = [p for p in own if any(_title_shown(p, h) for h in shown)]
        if headings or len(own) == 1 and own[0] == parts[0]:
            return (headings or own)[0]
    m = SITE_SUFFIX.search(t)
    if m and (len(t) - len(m.group(0)) >= 15 or HOST_SUFFIX.search(m.group(0))):
        return t[: m.start()].strip()       # (however short the title before a host's name: "Erkélykert - blog.hu")
    return t


HOST_SUFFIX = re.compile(r"\s(?:[a-z0-9-]+\.)+[a-z]{2,6}$", re.I)


# A Chinese title's labels in lenticular brackets at its ends: a shop's keywords ("…【行情 报价 价格 评测】", JD's),
# the product's short name before its full one ("【小熊电热水壶ZDH-C15B1】小熊（Bear）电热水壶 1.5L"), a story's label
# ("【独家】…"); and the site's name after a dash with no space, the title's last word in Chinese ("…-京东"), or
# after an underscore, as Chinese sites join them ("…？_百度知道", "…_新浪网")
CJK_LABELS = re.compile(r"^(?:【[^【】]{1,40}】\s*)+|(?:\s*【[^【】]{1,40}】)+$")
CJK_SITE = re.compile(r"(?<=[\u3000-\u30ff\u3400-\u9fff\uff01-\uff5e】])\s?[-－—_]\s?[\u3400-\u9fffA-Za-z.]{1,15}$")
CJK_TITLE_MIN = 4       # characters of the title they leave, at least


def _cjk_title(t: str) -> str:
    """The title without its Chinese labels and site's name (CJK_LABELS, CJK_SITE), when enough of it is left."""
    bare = CJK_LABELS.sub("", CJK_SITE.sub("", t)).strip()
    return bare if len(bare) >= CJK_TITLE_MIN else t


def _site_part(part: list[str], site: list[str]) -> bool:
    """The title's part is the site's name: its words are the name's, or the name's and a word or two more
    ("Howell-Chase Heating And Air Conditioning®"; not "The Guardian view on Hong Kong" from "the Guardian")."""
    return set(part) <= set(site) or set(site) <= set(part) and len(part) <= len(site) + SITE_EXTRA_WORDS


def _title_shown(part: str, heading: str) -> bool:
    """The title's part is the heading, or most of it ("Climate Change" in "Climate Change Overview")."""
    p, h = fold(part), fold(heading)
    return bool(p) and (p == h or f" {p} " in f" {h} " and len(p.split()) >= TITLE_SHOWN * len(h.split()))


# A bio's first words: a person's name and what the person is or does ("Pamela Wilson is an online educator …",
# "Heiko Sauer is a Professor of Public Law …", "Moritz Gathmann leitet das Ressort …")
BIO_OPENING = re.compile(
    r"^(?P<who>(?:[A-Z][\w'’.-]+\s+){0,3}[A-Z][\w'’.-]+)\s+(?:is|was|has been|joined|writes|covers|reports|lives|"
    r"works|heads|leads|ist|arbeitet|schreibt|leitet|est|travaille|es|trabaja|è|jest)\b")
BIO_WORDS = re.compile(
    r"\b(?:writer|editor|journalist|reporter|correspondent|columnist|contributor|author|blogger|freelance|founder|"
    r"co-founder|educator|photographer|joined|has been (?:writing|reporting|covering)|covers|autor(?:in)?|"
    r"redakteur(?:in)?|journaliste|rédact(?:eur|rice)|periodista|redactor|giornalista|dziennikar(?:z|ka)|"
    r"professor(?:in)?|lecturer|researcher|ressort|desk)\b", re.I)


def bio_subject(text: str) -> list[str] | None:
    """The name a bio opens with ('Pamela Wilson is an online educator…'), lower-cased, or None: a person's
    name, then what the person does for a living, in the first sentence."""
    t = text.strip()
    m = BIO_OPENING.match(t)
    if not m or len(words(t)) > 80 or not BIO_WORDS.search(re.split(r"(?<=[.!?])\s", t, maxsplit=1)[0]):
        return None
    who = [w.lower() for w in words(m.group("who"))]
    return None if who[0] in ALL_STOPWORDS else who


# --- the page's prose per container (the HTML filters and pagetype ask which containers frame the page) ---
WRAPPER_SHARE = 0.5    # a container holding this share of the page's prose wraps the article: not boilerplate
WRAPPER_WORDS = 100    # and at least this many words of it (a footer's paragraph on a page of no prose frames nothing)
PROSE_WORDS = 10       # a block of fewer words is not counted as prose


def prose_by(blocks: Sequence, keys) -> tuple[int, Counter]:
    """The page's prose words, and how many of them sit under each key (container, class, region)."""
    total, per = 0, Counter()
    for b, ks in zip(blocks, keys):
        w = word_count(b.text)             # (inline: six passes a page call this for every block)
        if w >= PROSE_WORDS:
            total += w
            for k in ks:
                per[k] += w
    return total, per


def framing(blocks: Sequence, keys: Sequence[frozenset[str]]) -> set[str]:
    """The keys (container tags, roles, class words) that hold half the page's prose: the page's frame.

    Some pages put the whole article inside a <form> (ASP.NET), a <nav> or an element
    whose class says "sidebar": there the container is the page's frame, not its
    boilerplate, and removing what it holds would remove the article.
    """
    total, per = prose_by(blocks, keys)
    return {k for k, w in per.items() if w >= WRAPPER_SHARE * total and w >= WRAPPER_WORDS}


# "CommentsRestacks", "ShareTweet", "Share to XShare to Facebook", "ViewAdd to compare": the labels of a row of tabs
# or buttons, glued by a renderer that wrote no space
GLUED_LABELS = re.compile(r"(?<=[a-zà-ÿąćęłńśźżA-Z])(?=[A-ZÀ-ÞĄĆĘŁŃÓŚŹŻ][a-zà-ÿąćęłńóśźż])")
GLUED_CHARS = 60        # a row of labels this short, to be read apart


def unglued(text: str, limit: int = GLUED_CHARS) -> str:
    return GLUED_LABELS.sub(" ", text) if len(text) <= limit else text
