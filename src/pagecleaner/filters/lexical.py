"""Block rules that recognise boilerplate by its wording and shape.

Each rule looks at one block and returns a short reason or None. A phrase alone
never removes prose: every rule also asks for the shape of a widget or prompt
(short, or made only of the phrases, or a label followed by a list).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import dates
from ..model import Block, runs_within
from ..pagetype import (AGE, AGE_COUNT, AGE_UNITS, AGE_WORDS, ANSWER_COUNT, ANSWERS_HEADING, BBS_SIGN_OFF, BUY_END,
                        CARD_PAGES, FORUM_MARK, MAGNITUDE, PRODUCTS_ALONE, PRODUCTS_COUNTED, QUANTITY, RESULTS_ALONE,
                        STOCK, PRICE, PRICE_FROM, SHOP_PAGES, buy_row, generated_by, has_price, list_control, read_more,
                        sort_control, titled_read_more)
from ..pipeline import Context, block_rule, document_pass
from ..textstats import (AT_TIME, CJK, FIELD_SEPARATORS, FIELD_SPLIT, SIGNATURE_MARK, ends_sentence, fold,
                         is_title_case, unglued, letter_words, name_shaped, word_count, words)
from ..vocab import (BYLINE_PREFIX, PERMALINK, CONTACT_AFTER_NAME, FOLLOW_VERBS, HOME, QUICK_VIEW, READING_TIME,
                     REPLY_FORM, SEE_ALSO, SHOP_REVIEWS, SOCIAL_NETWORKS, WEEKDAYS, byline_prefix,
                     compile_phrases, made_of, pattern, phrase_keys, phrase_words, sends_elsewhere)

# A post quoted in the article ("— Jane Doe (@jane) November 18, 2019", "… pic.twitter.com/x"): content, not a caption
EMBEDDED_POST = re.compile(r"^[—–-]\s.{1,80}\(@\w+\)|pic\.twitter\.com/|\bhttps?://t\.co/")


def _embedded_post(text: str) -> bool:
    # the pattern's search runs over the whole text: first ask whether any of its three forms could be there
    return (text[:1] in ("—", "–", "-") or "pic.twitter.com/" in text or "://t.co/" in text) \
        and EMBEDDED_POST.search(text) is not None


FOLLOW_ON_NETWORK = re.compile(
    rf"^\W*(?:{'|'.join(map(re.escape, FOLLOW_VERBS))})\s+(?P<who>.{{1,60}}?)\s+(?:on|auf|sur|en|su|na)\s+"
    rf"(?:{'|'.join(map(re.escape, SOCIAL_NETWORKS))})\W*$", re.IGNORECASE)


def _find(ctx: Context, category: str, text: str) -> str | None:
    keys = phrase_keys(category, ctx.config.extra_phrases)
    if keys is not None and keys.isdisjoint(letter_words(text)):
        return None             # no phrase can be here: skip the search
    m = pattern(category, ctx.config.extra_phrases).search(text)
    return m.group(0) if m else None


def _only(ctx: Context, categories: tuple[str, ...], text: str) -> bool:
    """The text is made of these phrases and nothing but punctuation, digits and separators."""
    return made_of(categories, text, ctx.config.extra_phrases, split=words)


def _short(ctx: Context, block: Block, limit: int | None = None) -> bool:
    """The block is no longer than a prompt (or `limit` words; two characters of Chinese or Japanese script, which is
    written without spaces, count as one word)."""
    return word_count(block.text) <= (limit or ctx.config.prompt_max_words)


ONE_WORD_PROMPT = 6     # a one-word phrase ("newsletter") makes a prompt of a block this short,
# "in your inbox" alone in a long sentence with no call to sign up is what a service sends, no newsletter's prompt
INBOX = re.compile(r"(?:in|to) your inbox", re.I)
INBOX_SENTENCE_WORDS = 15
SIGN_UP = re.compile(r"\b(?:subscribe|sign up|signup|newsletter|get|receive|delivered|join|free|weekly|daily|"
                     r"straight)\b", re.I)
PROMPT_CUE = re.compile(r"\b(?:you|your|join|sign up|subscribe|get|abonnieren|abonnez|inscrivez|suscríbete|iscriviti)\b",
                        re.I)   # or of one that speaks to the reader
# Someone's words reported: "Please share your thoughts on the plan, the mayor said on Monday." is the story's
REPORTED = re.compile(r"\b(?:said|says|told|asked|wrote|sagte|sagt|schrieb|a déclaré|a dit|dijo|ha detto|powiedział)\b",
                      re.I)
REPORTED_WORDS = 10     # in a sentence this long at least (a prompt's own "says" is rare: "Our editor says: join")


def _reported(text: str) -> bool:
    return len(words(text)) >= REPORTED_WORDS and REPORTED.search(text) is not None


# The "cancel reply" link of the comment form under a post: comment_widget's, a wall, though it says "Click here to"
CANCEL_REPLY = compile_phrases(REPLY_FORM)


@block_rule("social_prompt", "connect/follow us, WhatsApp/Telegram/newsletter/subscribe/app prompts")
def social_prompt(block: Block, ctx: Context) -> str | None:
    if not _short(ctx, block):
        return None
    if _find(ctx, "social_prompt", block.text) and not _reported(block.text) and not CANCEL_REPLY.search(block.text):
        hits = [m.group(0) for m in pattern("social_prompt", ctx.config.extra_phrases).finditer(block.text)]
        # "Newsletter" alone is a label, and "Join the Deals Newsletter" a prompt; "my newsletter digest bot
        # would be an automation" is a sentence about one.
        hit = next((h for h in hits if " " in h), None)
        if hit and all(INBOX.fullmatch(h) for h in hits) and word_count(block.text) >= INBOX_SENTENCE_WORDS \
                and not SIGN_UP.search(block.text):
            return None         # (a service's sentence: "… a profit and loss report in your inbox on the first of
            #                     the month", no call to sign up)
        if hit or _short(ctx, block, ONE_WORD_PROMPT) or PROMPT_CUE.search(block.text):
            return f"social or app prompt ({hit or hits[0]!r})"
    if NAMED_APP.match(block.text):
        return "social or app prompt (an app named)"    # ("Get the Tapatalk app to follow this topic on your phone.")
    m = _short(ctx, block, 10) and FOLLOW_ON_NETWORK.match(block.text)
    if m and (is_title_case(m.group("who")) or m.group("who").lower() in ("us", "me", "uns", "nous", "nos")):
        return "follow prompt for a social network"     # one follows a named account, not "the money"
    if len(block.text) <= FOLLOW_COUNT_CHARS and FOLLOW_COUNTS.match(block.text.strip()):
        return "a profile's counts of its followers"
    return None


# a prompt to get an app by its name: "Get the Tapatalk app …", "Download the BBC Sport app"
NAMED_APP = re.compile(r"^(?:get|download|install)\s+(?:the|our)\s+[\w.-]+(?:\s[\w.-]+)?\s+app\b", re.I)


# A profile's counts of who follows it and whom it follows, each after or before its word: "1,204 followers", "38
# Following · 1,204 Followers", "フォロー 38 フォロワー 1,204" (note's), "팔로워 1.2만"
FOLLOWS = (r"(?:followers?|following|abonnés|abonnements|abonnenten|seguidores|seguindo|siguiendo|follower:innen|"
            r"obserwujących|obserwowani|volgers|volgend|följare|følgere|seuraajaa|takipçi|takip edilen|"
            r"подписчик(?:и|ов|а)?|подписк(?:и|а)|підписник(?:и|ів)|フォロワー|フォロー中?|팔로워|팔로잉|粉丝|关注|粉絲|關注)")
_FOLLOWED = r"\d[\d.,]*(?:\s?[kKmM万만])?"
# (each count on the side of its word the first shows, so a line parts one way only)
FOLLOW_COUNTS = re.compile(rf"^(?:{FOLLOWS}\s?(?:[:：]\s?)?{_FOLLOWED}(?:[\s·|•,]+|$))+$"
                           rf"|^(?:{_FOLLOWED}\s?{FOLLOWS}(?:[\s·|•,]+|$))+$", re.I)
FOLLOW_COUNT_CHARS = 60


LOOKING_FOR = re.compile(r"\blooking for\b", re.I)


# "Showing 1–10 of 19 results", "Es werden die Weine 1 bis 10 von insgesamt 19 angezeigt!", bbPress's "Viewing 4
# posts - 1 through 4 (of 4 total)" ("Affichage de 4 messages - 1 à 4 (sur un total de 4)"): a listing's counter
# (the range, and what is shown: a verb of showing anywhere, or the things counted right after the total; "10 to
# 20 of 100 patients showed results" is a sentence)
RESULTS_RANGE = re.compile(r"(?<!\d)\d{1,5}\s*(?:[-–—]|to|through|bis|à|a|al|até|do|tot)\s*\d{1,5}\s+"
                           r"(?:barang\s+|produk\s+)?"      # (the things counted before "of": Indonesian's "1 - 4
                           r"\(?(?:of|von|de|dari|"           # barang dari total 4")
                           r"di|sur|z|od|van)\s+(?:insgesamt\s+|total\s+|un total de\s+)?"
                           r"(?:\d{1,3}(?:[.,\u00a0]\d{3})+|\d{1,7})(?![\d.,])"     # (its thousands parted: "2.314")
                           r"(?P<counted>\s+(?:results?|items|products|entries|ergebniss?e?n?|treffern?|produkten?|"
                           r"artikeln?|résultats?|resultados?|risultati|wyników|resultaten))?", re.I)
# or how many of them the reader has seen, over the button that loads more: "Has visto 4 de 86 artículos", "Du hast 4
# von 128 Artikeln gesehen", "You've viewed 24 of 120 products", "Du har sett 4 av 86 produkter" (XXL's), "Zobrazeno 4
# z 312" (RESERVED's: shown, the things counted not said)
SEEN_OF = re.compile(r"^(?:you(?:'ve|’ve| have) (?:seen|viewed)|has visto|du hast|sie haben|vous avez vu|hai visto|"
                     r"je hebt|você viu|você já viu|du har sett|du har set|du har sett på|zobrazeno|zobrazené)\s+"
                     r"\d{1,5}\s+(?:of|de|von|sur|di|van(?: de)?|av|af|z)\s+"
                     r"\d{1,3}(?:[.,\s]?\d{3})*(?:\s+[^\W\d_]+)?(?:\s+(?:gesehen|angesehen|bekeken|gezien))?\W*$", re.I)
# or how many of them it shows, no range: "Showing 4 of 38 results", "Mostrando 24 de 310 productos", the sort
# control's label after it or not ("… Sort by", JB Hi-Fi's)
SHOWN_OF = re.compile(r"^(?:showing|displaying|viewing|mostrando|exibindo|affichage de|wyświetlanie)\s+\d{1,5}\s+"
                      r"(?:of|out of|de|sur|z|di|van)\s+(?:\d{1,3}(?:[.,\u00a0]\d{3})+|\d{1,7})\s+"
                      r"(?:results?|items|products|entries|résultats?|produits|resultados|productos|produtos|"
                      r"artículos|wyników|produktów|risultati|prodotti)\b", re.I)
SHOWING = re.compile(r"\b(?:showing|displaying|viewing|menampilkan|angezeigt|zeige|affichage|mostrando|exibindo|"
                     r"visualizzati|"
                     r"visualizzazione|wyświetlanie|toont|weergave)\b", re.I)
COUNTER_WORDS = 15     # a listing's counter is this short
COUNT_WORDS_MAX = 4      # a shop's count of its products is this many words at most ("1 284 produits trouvés")


def _counted_and_sorted(text: str) -> bool:
    """A shop's count of its products and the label of its sort control after it on one line ("5 tuotetta
    Järjestä:", "86 Artikel Sortieren nach")."""
    ws = text.split()
    if len(ws) > COUNT_WORDS_MAX + 3 or not ws or not ws[0][:1].isdigit():
        return False
    for n in range(2, min(len(ws), COUNT_WORDS_MAX + 1)):
        count, rest = " ".join(ws[:n]), " ".join(ws[n:])
        if (PRODUCTS_ALONE.match(count) or RESULTS_ALONE.match(count)) and sort_control(rest):
            return True
    return False


# (Turkish says the total first: "214 üründen 4 tanesini görüntülüyorsunuz", you see 4 of 214 products)
SHOWN_OF_TOTAL_FIRST = re.compile(r"^\d{1,3}(?:[.,]?\d{3})*\s(?:üründen|sonuçtan)\s\d{1,5}\s(?:tanesini|tane)\s"
                                  r"(?:görüntülüyorsunuz|gösteriliyor)$", re.I)


def _shown_of(text: str) -> bool:
    if SHOWN_OF_TOTAL_FIRST.match(text):
        return True
    m = SHOWN_OF.match(text)
    return m is not None and (not (rest := text[m.end():].strip(" .:")) or sort_control(rest))


SEARCH_BOX = "search box label"


@block_rule("search_prompt", "search boxes, 'what are you looking for?' prompts, a listing's counter of results, "
                              "a board's of its readers and a homepage's of its visitors")
def search_prompt(block: Block, ctx: Context) -> str | None:
    if _only(ctx, ("search_prompt",), block.text):
        return SEARCH_BOX
    if block.text.rstrip().endswith("?") and _short(ctx, block, 8) and (
            _find(ctx, "search_prompt", block.text) or LOOKING_FOR.search(block.text)):
        return "search prompt"
    short = _short(ctx, block, COUNTER_WORDS)
    m = short and RESULTS_RANGE.search(block.text)
    if m and (m.group("counted") or SHOWING.search(block.text)) or PRODUCTS_COUNTED.match(block.text) \
            or ctx.page_type in SHOP_PAGES and (PRODUCTS_ALONE.match(block.text.strip())
                                                or RESULTS_ALONE.match(block.text.strip())
                                                or _counted_and_sorted(block.text)) \
            or short and SEEN_OF.match(block.text.strip()) or short and _shown_of(block.text.strip()):
        return "results counter"
    if not short:
        return None
    if block.text[:1] in PAGER_OPENINGS and PAGER.match(block.text):
        return "page counter"
    if _board_readers(block.text):
        return "a board's count of who is reading it"
    if HIT_COUNTER.search(block.text):
        return "a page's count of its visitors"
    return None


# An old homepage's hit counter: "You are visitor number 004512 since March 1999", "Sie sind Besucher Nr. 1234",
# "12345 visitors since 2001"; a post's count of its readers, alone on its line: "Hits: 187" (Joomla's), "Aufrufe: 1.204",
# "312 views", or after its title
HIT_COUNTER = re.compile(r"^\W*(?:you are (?:the )?visitor(?: number| no\.?| #)?|sie sind (?:der )?besucher(?:in)?"
                         r"(?: nr\.?| nummer)?|vous êtes le (?:\d+\w*\s)?visiteur|eres el visitante)\b"
                         r"|^\d[\d.,]* (?:visitors?|besucher|visiteurs|visitantes) (?:since|seit|depuis|desde)\b"
                         r"|^(?:hits|views|aufrufe|zugriffe|vues|visitas|visite|letture|weergaven|bekeken|"
                         r"wyświetle(?:ń|nia))\s?:\s?\d[\d.,]*$"
                         rf"|^\d[\d.,]*(?:[km]|\s{MAGNITUDE})? (?:views|aufrufe|zugriffe|vues|visitas|"
                         r"visualizzazioni|weergaven|wyświetle(?:ń|nia)|просмотров|просмотра|просмотр|переглядів|"
                         r"перегляди|перегляд)$"        # (its thousands spelt: "8,1 тыс. просмотров", Dzen's)
                         # (a thread's title bar with its count: "Topic: … (Read 412 times)", SMF's and YaBB's)
                         r"|\((?:read|gelezen|gelesen|lu|leído|letto|czytany|lido)\s\d[\d.,]*\s(?:times|keer|mal|fois|"
                         r"veces|volte|razy|vezes)\)$", re.I)


def _board_readers(text: str) -> bool:
    if BROWSING_LABEL.match(text) or ONLINE_NOW.match(text):
        return True
    m = BOARD_READERS.search(text)
    return m is not None and (":" in text[:m.start()] or text[:m.start()].rstrip().endswith("(")
                              or VIEWING.match(text, m.end()) is not None)


# Under a forum's thread: "Users browsing this forum: No registered users and 3 guests" (phpBB's), "Mitglieder in
# diesem Forum: 0 Mitglieder und 6 Gäste", "There are currently 2 users browsing this thread. (0 members and 2
# guests)" (vBulletin's): its members and its guests, counted under a label or in brackets, or reading ("0 Members
# and 1 Guest are viewing this topic.", SMF's; "Zur Zeit sind 3 Gäste und 0 Mitglied(er) online.", PHP-Nuke's; "The
# club invited 300 members and 40 guests." is a sentence)
_MEMBERS = (r"(?:registered\s+|registrierte\s+)?(?:members?|users?|mitglied(?:er)?|benutzer|membres?|utilisateurs?|"
            r"miembros?|usuarios?|utenti|użytkownik\w*)(?:\((?:s|er)\))?")
_GUESTS = r"(?:guests?|gäste|gast|invités?|invitados?|visitantes?|ospiti|goś\w+)(?:\(s\))?"
_NONE = r"(?:\d+|no|keine|aucun|ningún|nessun|brak)"
BOARD_READERS = re.compile(rf"(?<!\w)(?:{_NONE}\s+{_MEMBERS}\s+(?:and|und|et|y|e|i)\s+\d+\s+{_GUESTS}"
                           rf"|{_NONE}\s+{_GUESTS}\s+(?:and|und|et|y|e|i)\s+\d+\s+{_MEMBERS})(?!\w)", re.I)
# or its label over a count of guests alone: "Users browsing this thread: 1 Guest(s)", "Usuarios navegando en este
# tema: 1 invitado(s)" (MyBB's)
BROWSING_LABEL = re.compile(r"^(?:users|members|usuarios|benutzer|utilisateurs|utenti|użytkownicy)\s+(?:browsing|"
                            r"viewing|reading|navegando en|viendo|parcourant|che stanno leggendo|przeglądający)\s+"
                            r"(?:this|este|esta|ce|cette|questo|questa|ten|tę)\s+\w+\s*:", re.I)
# or who is online now, the members by name and the guests counted: "Online: Brotbackmichel, 3 Gäste" (Asgaros
# Forum's)
ONLINE_NOW = re.compile(rf"^(?:online|online now|currently online|jetzt online|en ligne|en línea|in linea|"
                        rf"w sieci|nu online)\s?:[^:]*?\b\d+\s+{_GUESTS}\W*$", re.I)
VIEWING = re.compile(r"\s(?:(?:are|is|sont en train de|están|está|stanno|that are)\s)?(?:viewing|browsing|reading|"
                     r"betrachten|lesen|przegląda\w*|consulter|consultent|viendo|leggendo|online)\b", re.I)


# "Page 1 of 3", "Seite 2 von 5", a thread's "5 posts • Page 1 of 1" (phpBB's), "Pagina 1 / 4 »" (Pelican's), a
# thread's one page, "Pagina 1" (YaBB's): which page of a list this is
PAGER_OPENINGS = frozenset("0123456789PpSs")       # (what such a line opens with: the pattern runs on no other)
PAGER = re.compile(r"^\W*(?:\d[\d.,]*\s+\w+\s*[•·|,–-]\s*|\d[\d.…]*)?"      # (or its pages' numbers glued: "123...18")
                   r"(?:page|seite|página|pagina|strona)(?:\s+|\s?:\s?)\d{1,4}"      # (or "Page : 1", HFR's)
                   r"(?:\s*(?:(?:of|von|sur|de|di|z|van)\s+|/\s*)\d{1,5})?"
                   # (and the link to the next beside it: "Page 1 of 40 Next", "Seite 1 von 6 Weiter"; or a thread's
                   # button to answer it, "Strona: 1 Odpowiedz", UseBB's)
                   r"(?:\s+(?:next|weiter|suivante?|siguiente|successiva|następna|volgende|"
                   r"(?:post\s)?reply|antworten|répondre|responder|rispondi|odpowiedz|reageren))?\W*$",
                   re.I)


@block_rule("share_widget", "share/print/email buttons and social network names")
def share_widget(block: Block, ctx: Context) -> str | None:
    if _only(ctx, ("share_widget",), block.text):
        return None if PRICE.search(block.text) else "share or print buttons"    # (not a price's "3 x 52 €",
        #                                                                           three instalments, an "X")
    labels = unglued(block.text, SHARE_ROW)
    if labels != block.text and _only(ctx, ("share_widget",), labels):
        return "share or print buttons"         # (a row of them glued: "Email ThisBlogThis!Share to X…")
    return None



SHARE_ROW = 160         # characters: a row of share buttons glued together (Blogger's five, in Polish) is this short


GALLERY_COUNTER = re.compile(r"^(?:(?:image|photo|picture|slide|bild|foto|imagen|zdjęcie)\s+)?\d{1,3}\s*"
                             r"(?:(?:of|von|de|sur|di|z)\s*/?|/)\s*\d{1,3}$", re.I)


@block_rule("gallery_widget", "photo gallery counters and buttons ('Image 1 of 8', '1 / 8', 'Back to Gallery')")
def gallery_widget(block: Block, ctx: Context) -> str | None:
    if GALLERY_COUNTER.match(block.text.strip()):
        return "gallery counter"
    if _only(ctx, ("gallery_widget",), block.text):
        return "gallery button"
    return None


# A button that shows or hides part of the page: a verb of showing and what it shows ("Show more", "Hide sources",
# "View full details", "Quellen ausblenden", "Alle anzeigen", "Afficher plus"); not a noun phrase that starts with
# one ("Show Notes"), nor the comments' own ("Show comments" heads them: comment_widget's, a wall)
TOGGLED = (r"more|less|all|sources|details|replies|answers?|transcript|references|"
           r"mehr|weniger|alle|quellen|antworten|plus|moins|tout|más|menos|todo|todos|"
           r"altro|tutto|więcej|mniej|wszystko")
TOGGLE_BUTTON = re.compile(rf"^\W*(?:(?:show|hide|view|expand|collapse|afficher|masquer|mostrar|ocultar|ver|mostra|"
                           rf"nascondi|pokaż|ukryj)\s+(?:full\s+)?(?:{TOGGLED})|"
                           rf"(?:{TOGGLED})\s+(?:anzeigen|einblenden|ausblenden))"
                           rf"\W*$", re.I)


# a program listing's button that copies it, and the note it shows once it did ("Copy code", "Copied!", Dokka's
# "Content copied to clipboard"): page_control's, after main_text (a button between a listing and the text that
# goes on under it ends nothing)
COPY_BUTTON = re.compile(r"^\W*(?:(?:copy|kopieren|copier|copiar|copia|kopiuj)(?:\s+(?:code|to\s+clipboard))?|"
                         r"(?:content\s+|code\s+)?(?:copied|kopiert|copié|copiado|copiato|skopiowano)"
                         r"(?:\s+to\s+(?:the\s+)?clipboard)?)\W*$", re.I)
COPY_BUTTON_CHARS = 40


@block_rule("toggle_button", "buttons that show or hide part of the page ('Show more', 'Quellen ausblenden')")
def toggle_button(block: Block, ctx: Context) -> str | None:
    if len(block.text) <= 40 and TOGGLE_BUTTON.match(block.text):
        return "show or hide button"
    return None


def copy_button(b: Block) -> bool:
    return len(b.text) <= COPY_BUTTON_CHARS and (b.kind != "heading" and COPY_BUTTON.match(b.text) is not None
                                                 or CODE_HEADER.match(b.text) is not None)


# a program listing's header flattened onto a line, its language's name and its copy button ("Python Copy"): never
# a heading, though a scrape reads a short line over a paragraph as one
_LANGUAGES = (r"(?:python|javascript|typescript|js|ts|jsx|tsx|bash|shell|sh|zsh|console|terminal|json|yaml|yml|toml|"
              r"html|css|xml|sql|go|golang|rust|ruby|php|java|kotlin|swift|c|c\+\+|c#|csharp|curl|http|powershell|"
              r"text|plaintext|dockerfile|graphql)")
CODE_HEADER = re.compile(rf"^\s*{_LANGUAGES}\s+copy(?:\s+code)?\s*$", re.I)
# or its language's name alone right over it ("js" over "at(index)", MDN's; not a window's title over a session,
# "Terminal", which a tutorial's text may name)
CODE_LANGUAGE = re.compile(rf"^\s*(?!(?:terminal|console|shell)\s*$){_LANGUAGES}\s*$", re.I)


# Cookies in words of their own: Finnish "evästeet", Norwegian "informasjonskapsler" (web words alone), Turkish
# banners' "çerezler kullanıyoruz" (we use cookies) and "Çerez Politikası" ("çerez" alone is a snack too; no
# vocabulary's phrases: the word gates fold "ı" and "I" apart)
COOKIE_WORDS = re.compile(r"\b(?:çerez(?:ler|leri)?\s+(?:kullan|politika)|eväste|informasjonskaps)", re.I)
BANNER_WORDS = 60        # a cookie banner is at most this long,
CONSENT_WORDS = 150      # the standard consent notice runs longer


@block_rule("cookie_prompt", "cookie and consent banners")
def cookie_prompt(block: Block, ctx: Context) -> str | None:
    banner = _short(ctx, block, BANNER_WORDS)
    if banner:
        t = block.text.lower()
        if ("cookie" in t or "consent" in t or "einwilligung" in t) and _banner_cues(ctx, block.text) \
                or ("çerez" in t or "eväste" in t or "informasjonskaps" in t) and COOKIE_WORDS.search(t):
            return "cookie or consent banner"
    if _only(ctx, ("cookie_prompt",), block.text):
        return "cookie or consent button"
    if not banner and _short(ctx, block, CONSENT_WORDS) and (_find(ctx, "consent_notice", block.text)
                                                              or COOKIE_OPENING.match(block.text)):
        return "consent notice"     # (only past a banner's length: asking every block cost 3% of a text page)
    if CONSENT_PURPOSE.match(block.text):
        return "a consent dialog's purpose"
    return None


def _banner_cues(ctx: Context, text: str) -> bool:
    """A banner's words: a phrase of several words ("accept all", "your privacy"), two of them, cookies on the web
    (with a word of what they do there, or alone), or one other word ("consent", "Einwilligung") in a short line
    or one that speaks to the reader. That one word in a sentence is news ("… said special vaccination consent
    forms had been sent out …"), and cookies without the web are baked ("pastries, cookies and cakes")."""
    found = {m.group(0).lower() for m in pattern("cookie_prompt", ctx.config.extra_phrases).finditer(text)}
    if not found:
        return False
    if any(" " in f for f in found):
        return True
    if all("cookie" in f for f in found):
        return WEB_WORDS.search(text) is not None or len(words(text)) == 1
    return len(found) >= 2 or len(words(text)) <= ONE_WORD_PROMPT or PROMPT_CUE.search(text) is not None


# What a banner says cookies do, and where
WEB_WORDS = re.compile(r"\b(?:web|website|websites|site|sites|browser|browsing|visitors?|visits?|online|settings|"
                       r"preferences|polic(?:y|ies)|consent|privacy|data|analytics|advertis\w*|ads|third[- ]party|"
                       r"necessary|functional|essential|session|enable[ds]?|disable[ds]?|opt[- ]out|accept\w*|"
                       r"agree\w*|allow|reject|decline|manage|services|webseite|seite|einstellungen|navigateur|sitio|"
                       r"navegador|sito|stron[aęy]|stronie|witryn\w*|przeglądar\w*|prywatnoś\w*|instellingen)\b", re.I)


# A notice that opens by saying the site sets cookies ("This website uses cookies to improve your experience …",
# a consent plugin's 100-word overview): no article paragraph opens so
COOKIE_OPENING = re.compile(
    r"^\W*(?:this (?:web)?site uses cookies|we use cookies|diese (?:web)?seite (?:verwendet|nutzt) cookies|"
    r"wir (?:verwenden|nutzen) cookies|ce site utilise des cookies|nous utilisons des cookies|"
    r"(?:este sitio web|esta web) utiliza cookies|utilizamos cookies|usamos cookies|questo sito (?:web )?utilizza|"
    r"ta strona (?:używa|wykorzystuje))", re.I)
# The purposes a consent dialog lists, in the words of the most used WordPress consent plugin (Complianz): "The
# technical storage or access is strictly necessary for …", "… that is used exclusively for statistical purposes."
CONSENT_PURPOSE = re.compile(r"^\W*(?:the technical storage or access|die technische speicherung oder der zugang|"
                             r"le stockage ou l.accès technique|el almacenamiento o acceso técnico)\b", re.I)


# The fields a consent manager's dialog shows for each cookie or service it asks about (Borlabs, Usercentrics,
# Cookiebot …): "Anbieter Google Ireland Limited", "Zweck: Statistik", "Cookie Laufzeit 1 Jahr", "Expires / Type".
# The labels of any list of things; ...
CONSENT_FIELD = (r"zweck|anbieter|name|hosts?|typ|type|purpose|provider|dauer|duration|datenschutzerklärung|"
                 r"privacy policy|finalité|fournisseur|propósito|finalidad|proveedor|cel|dostawca|nazwa")
# ... and the labels only a cookie's description has: one of them makes the list a consent dialog
COOKIE_FIELD = (r"cookie[- ]?name|cookie[- ]?laufzeit|cookie[- ]?duration|laufzeit|speicherdauer|aufbewahrungsdauer|"
                r"ablauf(?:datum)?|expiry|expires|expiration|storage duration|retention(?: period)?|rechtsgrundlage|"
                r"legal basis|datenempfänger|verarbeitungsvorgänge|ort der verarbeitung|datenschutzlink|"
                r"durée de conservation|caducidad|duración|czas przechowywania|okres przechowywania|podstawa prawna")
FIELD_LINE = re.compile(rf"^(?:({COOKIE_FIELD})|{CONSENT_FIELD})(?:\s*:\s*|\s+\S|$)", re.I)
CONSENT_FIELDS_MIN = 4   # field lines, each within
CONSENT_REACH = 6        # blocks of the one before


def _consent_field(text: str) -> int:
    """0: no field of a consent dialog; 1: a label any list has ("Zweck", "Provider"); 2: a cookie's own
    ("Laufzeit", "Expires")."""
    m = FIELD_LINE.match(text)
    return 0 if m is None else 2 if m.group(1) else 1


@document_pass("consent_dialog", "a consent manager's list of cookies and services: four field lines or more "
                                 "(Anbieter, Zweck, Laufzeit; Provider, Purpose, Expires), one a cookie's own")
def consent_dialog(blocks: list[Block], ctx: Context) -> list[Block]:
    fields = {i: f for i, b in enumerate(blocks) if b.kept and (f := _consent_field(b.text))}
    out = list(blocks)
    for run in runs_within(list(fields), CONSENT_REACH):
        if len(run) >= CONSENT_FIELDS_MIN and any(fields[i] == 2 for i in run):
            for i in range(run[0], run[-1] + 1):
                if out[i].kept:
                    out[i] = out[i].remove("consent_dialog", f"consent dialog: {len(run)} cookie fields")
    return out


PITCH_WORDS = 30        # a newsletter's pitch, the sentence between its prompt and its button, is this short
# a newsletter's button, alone on its line, in every language ("Subscribe", "Suscribirse", "Jetzt abonnieren")
SUBSCRIBE_BUTTON = re.compile(r"^\W*(?:subscribe(?: now)?|sign (?:me )?up|join|(?:jetzt )?abonnieren|anmelden|"
                              r"s'abonner|je m'abonne|s'inscrire|suscr[ií]b(?:ete|irse|irme)|iscriviti|"
                              r"zapisz się|subskrybuj|abonneren|aanmelden|inschrijven|assinar|inscrever(?:-se)?|"
                              r"inscreva-se|odebírat|přihlásit se)\W*$", re.I)


# the form's small print under it, that one may leave the list at any time: "Du kannst dich jederzeit wieder
# abmelden.", "You can unsubscribe at any time."
UNSUBSCRIBE_NOTE = re.compile(r"^(?:you can |du kannst (?:dich )?|sie können (?:sich )?|vous pouvez vous |"
                              r"puedes darte de |puoi |u kunt (?:zich |u )?|możesz się )?"
                              r"(?:unsubscribe|(?:jederzeit )?(?:wieder )?abmelden|désinscrire|baja|cancellarti|"
                              r"afmelden|wypisać)\b.{0,40}?(?:any ?time|jederzeit|à tout moment|en cualquier momento|"
                              r"in qualsiasi momento|op elk moment|w (?:każdej chwili|dowolnym momencie))?\W*$",
                              re.I)


@document_pass("newsletter_box", "a newsletter's pitch: the sentence between its prompt ('Sign up for our "
                                 "newsletter') and its button ('Subscribe') or its small print ('You can unsubscribe "
                                 "at any time.'), and that small print")
def newsletter_box(blocks: list[Block], ctx: Context) -> list[Block]:
    out = [b.remove("newsletter_box", "a newsletter's pitch, between its prompt and its button")
           if b.kept and 0 < i < len(blocks) - 1 and blocks[i - 1].removed_by == "social_prompt"
           and (SUBSCRIBE_BUTTON.match(blocks[i + 1].text) or UNSUBSCRIBE_NOTE.match(blocks[i + 1].text))
           and ends_sentence(b.text) and word_count(b.text) <= PITCH_WORDS else b for i, b in enumerate(blocks)]
    return [b.remove("newsletter_box", "a newsletter's small print: one may unsubscribe")
            if b.kept and i and out[i - 1].removed_by == "newsletter_box" and UNSUBSCRIBE_NOTE.match(b.text) else b
            for i, b in enumerate(out)]


# A web component's settings shown as text (a page builder's table of a button's attributes, flattened): "class" /
# "btn-primary" / "value" / "Get Tickets" / "href" / "https://…" / "rel" / "sponsored" / "target" / "_blank", a name
# on each line or all on one
ATTRIBUTE_NAMES = frozenset({"class", "href", "rel", "target", "src", "alt", "style", "id", "value", "type", "title"})
LINK_ATTRIBUTES = frozenset({"href", "src", "rel"})    # one of them at least: a link's or an image's settings
ATTRIBUTES_MIN = 4       # distinct names in a run
ATTRIBUTES_SHARE = 0.25  # of a line's words: a line of settings, not a sentence that says "class" and "type"
ATTRIBUTE_REACH = 3      # blocks from one name to the next (its value between them, a second line of it)
ATTRIBUTE_NAME_CHARS = max(map(len, ATTRIBUTE_NAMES))


def _attribute_names(text: str) -> set[str]:
    """The markup attributes a line names, when they make a quarter of its words or more and it ends no sentence
    (a lesson's "The class will target the value of the href …" does)."""
    ws = text.split()
    names = {w for w in ws if w in ATTRIBUTE_NAMES}
    return names if ws and len(names) >= ATTRIBUTES_SHARE * len(ws) and not ends_sentence(text) else set()


def _settings(names: set[str]) -> bool:
    return len(names) >= ATTRIBUTES_MIN and bool(names & LINK_ATTRIBUTES)


PAGE_CONTROL_CHARS = 60     # a line of the page's buttons is at most this long
THREAD_CONTROL_CHARS = 120  # (a thread's, its buttons in words: "Também tenho essa dúvida (34) Inscrever-se em
#                             atualizações Denunciar abuso", Google's communities')
# the page's links to itself in other formats, a tracker's: "Also available in: Atom PDF", "Download in other
# formats: Plain Text Original Format" (Redmine's, Trac's)
_FORMAT = r"(?:atom|rss|pdf|csv|txt|html|json|xml|ics|plain text|original format)"
OTHER_FORMATS = re.compile(rf"^(?:also available in|download in other formats|auch verfügbar als|in anderen formaten|"
                           rf"également disponible en|autres formats|también disponible en)\s?:\s?{_FORMAT}"
                           rf"(?:\s?[|,]?\s{_FORMAT})*$", re.I)


# an API member's link to where its source defines it: "Defined in src/scheduler.js:40" (YUIDoc's, TypeDoc's,
# Compodoc's), "Defined in: lib/ledger/account.rb" (YARD's), "Source: scheduler.js, line 40" (JSDoc's): a file's path
SOURCE_LOCATION = re.compile(r"^(?:defined in|declared in|source|definiert in|défini dans|definido en|definito in)"
                             r"\s?:?\s+[\w.@/-]{1,200}\.\w{1,6}"
                             r"(?:[:#]l?\d{1,6}|,\s(?:line|zeile|ligne|línea|riga)\s\d{1,6})?$", re.I)


def _stock_then_fields(t: str) -> bool:
    """A product's stock, then its delivery's and pick-up's short fields between dots or dashes, no price: "Skladem ·
    Doručíme zítra · Na prodejně Praha Chodov ihned", "Άμεσα διαθέσιμο · Παράδοση σε 1-2 εργάσιμες", "På lager
    online – levering 1-2 hverdage"."""
    parts = DOT_FIELDS.split(t)
    return len(parts) >= 2 and STOCK.match(parts[0]) is not None and not PRICE.search(t) \
        and all(len(p.split()) <= STOCK_FIELD_WORDS for p in parts)


DOT_FIELDS = re.compile(r"\s[·•–—]\s")
STOCK_FIELD_WORDS = 10


# a Jupyter notebook's prompt beside a cell, its input's or its output's, as nbconvert exports it: "In [1]:", "Out[2]:"
NOTEBOOK_PROMPT = re.compile(r"^(?:In|Out)\s?\[[\d\s*]*\]:$")
PROMPT_CHARS = 16


# (a pass after main_text, not a block rule: a line of the page's buttons says nothing of where the story ends or
# begins — as a rule's, "Previous" / "Next" among a blog's last lines had moved the story to its neighbours' list)
@document_pass("page_control", "the page's own buttons alone on a line inside the story ('Subscribe', 'Previous "
                               "Next', 'Back to top', a listing's 'Copy code', a post's 'Permalink | Comments (3)'), "
                               "and links to other pages by their arrows ('Find an agent »'), a pager's pages "
                               "('1 2 3 …'), a notebook's cell prompts ('In [1]:')")
def page_control(blocks: list[Block], ctx: Context) -> list[Block]:
    out = list(blocks)
    counted = _counting_runs(blocks)
    lines: list[frozenset[str]] = []       # the page's lines, read once a line asks (titled_read_more)
    for i, b in enumerate(blocks):
        if not (b.kept and b.role == "body"):
            continue
        if i in counted:
            out[i] = b.remove("page_control", "a listing's line numbers or a pager's pages, 1 2 3 … on lines")
        elif _pager_line(b.text, ctx):
            out[i] = b.remove("page_control", "a pager's pages on one line, 1 2 3 …")
        elif titled_read_more(b.text, blocks, lines):
            out[i] = b.remove("page_control", "a card's button, its title said again for a screen reader")
        elif read_more(b.text):
            out[i] = b.remove("page_control", "a card's button")
        elif len(b.text) <= (THREAD_CONTROL_CHARS if ctx.page_type == "forum" else PAGE_CONTROL_CHARS) \
                and (_only(ctx, ("page_control",), b.text) or _only(ctx, ("page_control",), unglued(b.text))):
            out[i] = b.remove("page_control", "the page's buttons")
        elif copy_button(b):
            out[i] = b.remove("page_control", "a listing's copy button")
        elif ctx.page_type == "documentation" and SOURCE_LOCATION.match(b.text.strip()):
            out[i] = b.remove("page_control", "a member's link to its source file")
        elif b.kind != "heading" and i + 1 < len(blocks) and blocks[i + 1].kind == "code" \
                and CODE_LANGUAGE.match(b.text):
            out[i] = b.remove("page_control", "a listing's header: its language's name")
        elif len(b.text) < PROMPT_CHARS and NOTEBOOK_PROMPT.match(b.text.strip()):
            out[i] = b.remove("page_control", "a notebook's cell prompt")
        elif post_footer(ctx, b.text):
            out[i] = b.remove("page_control", "a post's footer: its permalink and its comments")
        elif arrow_link(b):
            out[i] = b.remove("page_control", "a link to another page, its arrow beside it")
        elif len(b.text) <= PREV_NEXT_CHARS and PREV_NEXT.match(b.text.strip()) and not ends_sentence(b.text):
            out[i] = b.remove("page_control", "the links to the previous and the next page, their titles beside")
        elif len(b.text) <= PREV_NEXT_CHARS and PREV_OR_NEXT.match(b.text.strip()) \
                and not b.text.rstrip().endswith("."):
            out[i] = b.remove("page_control", "a link to the previous or the next post, its title beside")
        elif breadcrumbs(b.text):
            out[i] = b.remove("page_control", "the page's breadcrumb trail")
        elif len(b.text) <= PAGE_CONTROL_CHARS and OTHER_FORMATS.match(b.text.strip()):
            out[i] = b.remove("page_control", "the page's links to itself in other formats")
        elif list_control(b.text) or ctx.page_type in CARD_PAGES and sort_control(b.text):    # (on a list of
            #                                                         cards, its buttons alone too: "Sırala:")
            out[i] = b.remove("page_control", "a list's sort or page-size control and its options")
    return out



COUNTING_MIN = 3        # lines "1", "2", "3" in a row: a code box's gutter (its code lost), a pager's pages


def _counting_runs(blocks: list[Block]) -> set[int]:
    """The blocks of each run of COUNTING_MIN lines or more that count on from 1, a number alone on each."""
    out: set[int] = set()
    i = 0
    while i < len(blocks):
        if blocks[i].text.strip() != "1":
            i += 1
            continue
        j = i + 1
        while j < len(blocks) and blocks[j].text.strip() == str(j - i + 1):
            j += 1
        if j - i >= COUNTING_MIN:
            out.update(range(i, j))
        i = j
    return out


PAGER_CHARS = 80
PAGER_MARKS = frozenset("«»‹›<>←→…|") | {"...", "..", "<<", ">>"}


def _pager_line(text: str, ctx: Context) -> bool:
    """A pager's pages on one line, counting on from 1 and skipping on or not, its arrows and its buttons beside
    them or not: "1 2 3", "« 1 2 3 … 10 »", "1 2 3 Next"."""
    if len(text) > PAGER_CHARS or not text.lstrip("«‹<←| ").startswith("1"):
        return False
    tokens = text.split()
    numbers = [int(t) for t in tokens if t.isdigit()]
    rest = " ".join(t for t in tokens if not t.isdigit() and t not in PAGER_MARKS)
    return len(numbers) >= 2 and numbers[:2] == [1, 2] and all(a < b for a, b in zip(numbers, numbers[1:])) \
        and (not rest or _only(ctx, ("page_control",), rest))


# "Home / Stays / About Digital Nomads / Travel Slow, Stay Long", "Startseite » Ratgeber » Kredit"
CRUMB_SPLIT = re.compile(r"(?<!\s)\s+[/»›>|]\s+")
CRUMBS_MIN = 3          # parts of a trail, the home page's among them
BREADCRUMB_CHARS = 200


def breadcrumbs(text: str) -> bool:
    """A trail of the site's pages from its home page to this one: the home page's control first."""
    if len(text) > BREADCRUMB_CHARS:
        return False
    parts = CRUMB_SPLIT.split(text.strip(), maxsplit=8)
    return len(parts) >= CRUMBS_MIN and parts[0].lower() in HOME


def _capitalised(*names: str) -> str:
    """The words as a button writes them, with a capital or in capitals ("Previous", "PREVIOUS"; not a sentence's
    "next")."""
    return "|".join(f"{w[0].upper()}{w[1:]}|{w.upper()}" for w in names)


# The links to the previous and the next page on one line, each with its title: "Previous Creating invoices Next
# Refunds", "PREVIOUS Customers NEXT API keys", "Vorherige Seite Installation Nächste Seite Konfiguration"
_PAGES = r"(?i:\s+(?:page|post|article|topic|thread|seite|artikel|beitrag|thema))?"
_BACK = _capitalised("previous", "prev", "vorherige", "vorheriges", "vorheriger", "zurück", "précédent", "anterior",
                     "precedente", "poprzedni", "vorige", "föregående")
_ON = _capitalised("next", "nächste", "nächstes", "nächster", "weiter", "suivant", "siguiente", "successivo",
                   "następny", "volgende", "nästa")
PREV_NEXT = re.compile(rf"^(?:{_BACK}){_PAGES}\s*:?\s+\S.{{0,80}}?\s(?:{_ON}){_PAGES}\s*:?\s+\S.{{0,80}}$")
# (or each on a line of its own, its label and a colon: "Vorheriges Thema: CO2-Anlage für 60 Liter?", a board's)
PREV_OR_NEXT = re.compile(rf"^(?:{_BACK}|{_ON})(?i:\s+(?:topic|thread|thema|post|beitrag|article|artikel))\s*:\s+"
                          r"\S.{0,80}$")
PREV_NEXT_CHARS = 200


# The arrows of a link to the previous or next page, set apart from its words: "« Candied Pecans Recipe",
# "Find an agent »", "< Back to All Articles", "Try MailerLite >" (not "→", which also leads from one step of a
# list to the next)
BACK_ARROW = re.compile(r"^[«‹←<]\s+\S")
NEXT_ARROW = re.compile(r"\S\s+[»›>]$")
ARROW_LINK_WORDS = 15


def arrow_link(block: Block) -> bool:
    """A short line of text with an arrow at its start pointing back or at its end pointing on, and not one of a
    pair of quotation marks (« Nous sommes prêts », a-t-il dit)."""
    t = block.text.strip()
    if not (BACK_ARROW.match(t) or t[-1:] in "»›>" and NEXT_ARROW.search(t)) or block.kind == "code":
        return False
    return len(words(t)) <= ARROW_LINK_WORDS and not ("«" in t and "»" in t or "‹" in t and "›" in t)


@document_pass("markup_attributes", "a web component's settings shown as text: four attribute names or more "
                                    "with their values ('class' / 'btn-primary' / 'href' / … / 'target' / '_blank')")
def markup_attributes(blocks: list[Block], ctx: Context) -> list[Block]:
    out = list(blocks)

    def remove(lo: int, hi: int, names: set[str]) -> None:
        for i in range(lo, hi + 1):
            if out[i].kept:
                out[i] = out[i].remove("markup_attributes", f"a component's settings: {', '.join(sorted(names))}")
    alone = []                  # the lines that are one name alone, each over its value
    for i, b in enumerate(blocks):
        t = b.text
        if len(t) <= ATTRIBUTE_NAME_CHARS:
            if t.strip() in ATTRIBUTE_NAMES:
                alone.append(i)
        elif ("href" in t or "src" in t or "rel" in t) and _settings(names := _attribute_names(t)):
            remove(i, i, names)     # all on one line (a link's attribute in it: the words split only then)
    for run in runs_within(alone, ATTRIBUTE_REACH):
        names = {blocks[i].text.strip() for i in run}
        if _settings(names):
            remove(run[0], min(run[-1] + 1, len(out) - 1), names)      # up to the last name's value
    return out


@block_rule("paywall_prompt", "subscriber-only and 'continue reading' prompts")
def paywall_prompt(block: Block, ctx: Context) -> str | None:
    if _short(ctx, block, 30):
        hit = _find(ctx, "paywall_prompt", block.text)
        if hit:
            return f"paywall prompt ({hit!r})"
    return None


# A shop's button under a product a review recommends: "Check Price at Amazon", "See price at Best Buy (on sale!)",
# "Buy on Amazon", "See it at Amazon", "$299 at Amazon", "Bei Amazon kaufen"; the shop's name capitalised ("Buy from
# local farmers" is advice, and so is "Shop at Aldi": no buying "at")
SHOP = r"[A-Z0-9][\w&.'’-]*(?:\s+[A-Z0-9][\w&.'’-]*){0,2}"       # "Amazon", "REI", "Best Buy", "B&H Photo"
SHOP_BUTTON = re.compile(
    r"^\W*(?:(?:(?:[Cc]heck|[Ss]ee|[Vv]iew|[Cc]ompare)\s+(?:the\s+)?(?:[Pp]rices?|[Dd]eals?)\s+(?:at|on)|"
    r"(?:[Bb]uy|[Ss]hop|[Oo]rder|[Rr]ead|[Ss]ee|[Vv]iew)\s+(?:it\s+|now\s+)?(?:on|from)|(?:[Ss]ee|[Vv]iew)\s+it\s+at|"
    r"[$€£¥]\s?\d[\d.,]*\s+(?:at|bei|chez|en)|"
    r"[Vv]oir\s+(?:le\s+prix\s+)?(?:sur|chez)|[Aa]cheter\s+(?:sur|chez)|[Vv]er\s+(?:precio\s+)?en|[Cc]omprar\s+en)"
    rf"\s+{SHOP}|(?:[Jj]etzt\s+)?[Bb]ei\s+{SHOP}\s+kaufen)\s*(?:\([^()]{{1,20}}\))?\W*$")
SHOP_BUTTON_WORDS = 8
SHOP_BUTTON_CHARS = 100


@block_rule("ad_marker", "'Advertisement', 'Sponsored' and similar markers, a shop's cart buttons")
def ad_marker(block: Block, ctx: Context) -> str | None:
    if _only(ctx, ("ad_marker",), block.text):
        return "a shop's button" if CART.search(block.text) else "advertisement marker"
    if ctx.page_type in SHOP_PAGES and len(block.text) < BUY_LINE_CHARS \
            and buy_row(block.text, lambda rest: _only(ctx, ("page_control",), rest)):
        return "a shop's button"        # (with its quantity's label and unit: "Ilość szt. Do koszyka"; the wish
        #                                 list's button beside it: "Add to bag Save to favorites")
    return None


BUY_LINE_CHARS = 40


# the words of ad_marker's phrases that are a shop's ("In den Warenkorb", "Add to cart"): its reason says which
CART = re.compile(r"cart|warenkorb|panier|carrito|carrello|koszyk|shop|kaufen|buy|acheter|comprar|acquista|kup|"
                  r"kopen|köp", re.I)


@block_rule("shop_button", "a shop's button under a product a review recommends ('Check Price at Amazon')")
def shop_button(block: Block, ctx: Context) -> str | None:
    if len(block.text) <= SHOP_BUTTON_CHARS and len(block.text.split()) <= SHOP_BUTTON_WORDS \
            and SHOP_BUTTON.match(block.text):
        return "a shop's button"
    return None


# A product card's badge alone on its line: "New", "Sale!", "-15%", "Nouveau", "Neu", "Nowość", "Yeni", "Nyhet" (not a
# stock's status, "En stock", "Sold out": a product's field); or the label laid over its picture that opens a quick
# look at it ("Quick view", Ecwid's "Aperçu"), or that adds it ("Quick add")
_BADGES = (r"(?:new|neu|nouveau|nouveauté|nuevo|novedad|nuovo|novità|nowość|nowy|sale|promo|"
           # (a card's flag over its name or under its price: "New Arrival", "Limited Offer",
           # UNIQLO's; "Online Exclusive"; Farfetch's "New Season", "Exclusive")
           r"new arrivals?|limited(?: time)? offer|online exclusive|online only|exclusive|new season|"
           # (in other languages: "Solo online", "Nueva colección", "Nur online")
           r"solo online|exclusivo online|só online|apenas online|nur online|online exklusiv|"
           r"uniquement en ligne|exclusivité web|solo on-?line|tylko online|alleen online|"
           # (the Nordic languages': "Kun på nett", XXL's)
           r"kun på nett|kun online|endast online|bara online|vain verkossa|"
           r"new collection|nueva colección|nouvelle collection|neue kollektion|nuova collezione|"
           r"nowa kolekcja|nieuwe collectie|nova coleção|"
           r"promotion|promoción|promozione|promocja|promoção|aanbieding|angebot|soldes|oferta|offerta|"
           r"bestseller|best seller|top seller|quick ?view|aperçu|selling fast|almost gone|low stock|"
           r"almost sold out|"
           # (a flag for the planet: "Duurzaam", "Nachhaltiger"; not English "Durable", a feature)
           r"duurzaam|duurzamer|nachhaltiger|more sustainable|plus durable|más sostenible|"
           r"(?:overall|top|editor'?s'?|staff) pick|amazon's choice|"
           r"más vendidos?|mais vendidos?|più vendut[oi]|meistverkauft|meilleure vente|"
           + "|".join(map(re.escape, QUICK_VIEW)) + "|"
           r"snabbtitt|snabbvy|hurtigvisning|pikakatselu|hızlı bakış|"
           # (or adds it to the cart from the card: "Quick add", Swell's "Ajout rapide")
           r"quick add|ajout rapide|schnell hinzufügen|añadir rápido|aggiunta rapida|szybkie dodanie|"
           r"snel toevoegen|"
           r"nyhet|nyhed|rea|udsalg|tilbud|yeni|indirim|çok satan|uutuus|tarjous|ale|nieuw|aanbieding|"
           r"új|akció|újdonság|mới|baru|"
           # (Czech and Slovak: "Novinka", "Nejprodávanější", "Akce", "Výprodej")
           r"novinka|nejprodávanější|akce|výprodej|sleva|najpredávanejšie|akcia|výpredaj|zľava|"
           r"خصم|جديد|تخفيض|новинка|хит продаж|скидка|распродажа|"
           # (Persian: special sale, "amazing", new, discount; Digikala's)
           r"فروش ویژه|شگفت‌انگیز|پیشنهاد شگفت‌انگیز|جدید|تخفیف|"
           # (Greek: "Νέο", "Προσφορά", Public's; Romanian: "Nou", elefant.ro's)
           r"νέο|νέα|προσφορά|nou|nouă|"
           # (Lithuanian, Latvian, Estonian: "Naujiena", "Akcija", "Jaunums", "Uus")
           r"naujiena|akcija|išpardavimas|jaunums|izpārdošana|uus|soodus|"
           r"(?:save\s|spare\s)?[-−–]?\s?\d{1,2}\s?[%٪](?:\soff)?|"     # (Persian's sign: "۱۵٪")
           # (a deal of so many for the price of fewer: "1+1", "2+1 gratis", Maxima's and Rimi's)
           r"[1-9]\s?\+\s?[1-9](?:\s(?:gratis|free|dovanų|dāvanā|tasuta|ilmaiseksi|zdarma|za darmo))?|"
           # (Turkish writes the sign first: "%25 İndirim")
           r"%\s?\d{1,2}(?:\s(?:indirim|off))?|"
           # (or an amount off, or the price after it: "$100 OFF", "After $100 OFF", Costco's)
           r"(?:after\s|save\s)?(?:[$£€]\s?\d[\d.,]*|\d[\d.,]*\s?€)\s?off|"
           # (or what the reader saves, in the Nordic languages and German: "Spar 5,-", Bilka's; "Spara 10 kr",
           # "Säästä 2 €", "Spare 5 €", "Save £5")
           # (each amount's digits in groups, read one way: no run of them is tried at every digit)
           r"(?:spar|spara|spare|säästä|save)\s(?:[$£€]\s?\d+(?:[.,]\d+)*(?![\d.,])|\d+(?:[.,]\d+)*"
           r"(?:,-|\s?(?:kr\.?|€|%))))")
# (or two on one line, glued or not: "Akce-22 %", Rohlík's flag and its discount in <span>s side by side)
SHOP_BADGE = re.compile(rf"^\W*{_BADGES}(?:[\s·|/]*{_BADGES})?\W*$", re.I)


# A product's stars alone on their line: "4.6 out of 5 stars", "Rated 4.50 out of 5" (WooCommerce's, with its count:
# "… based on 5 customer ratings", or in brackets: "Rated 4.6 out of 5 stars. (1,284)", Wayfair's), "4,5 von 5
# Sternen", "4.6 sur 5 étoiles" (a screen reader's words for the stars)
# (a stars' word or "Rated" before it: a score alone, "4,8 von 5,0", may be a rating table's, beside its label)
_OUT_OF_5 = r"\d(?:[.,]\d{1,2})?\s*(?:out of|von|sur|de|su|z|van|of)\s*5(?:[.,]0)?"
STARS = re.compile(rf"^(?:rated\s+{_OUT_OF_5}(?:\s*stars?)?(?:\.?\s?\(\d[\d.,]*\))?"
                   rf"(?:\s+based on \d[\d,.]*\s+(?:customer\s+)?"
                   # (its count's link glued after it: "… based on 2,114 reviews.(2,114)", Costco's)
                   rf"(?:ratings?|reviews?)\.?(?:\s?\(\d[\d.,]*\))?)?|"
                   rf"{_OUT_OF_5}\s*(?:stars?|sternen?|étoiles?|estrellas?|"
                   r"stelle|gwiazd(?:ek|ki|y)?|sterren|estrelas)"
                   # (its counts after it, glued or not: "4.4 out of 5 Stars. 1287 reviews1,287 ratings")
                   r"(?:\W{0,3}(?:with\s)?\d[\d.,]*\s?(?:ratings?|reviews?|bewertungen|rezensionen|avis|évaluations|"
                   r"valoraciones|opiniones|recensioni|opinii|beoordelingen|recensies)|\s?\(\d[\d.,]*\))*"
                   r"(?:\s\d[\d.,]*)?"     # ("… with 389 ratings 389": the count's link after them, Target's)
                   # the average over its count ("4.9 (318 ratings)", Gumroad's), a histogram's row label ("5 stars")
                   r"|\d(?:[.,]\d{1,2})?\s*\(\d[\d.,]*(?:\s\d{3})*\s*(?:ratings?|reviews?|bewertungen|avis|"
                   r"valoraciones|recensioni|opinii|opinie|beoordelingen|"
                   # (the Baltic languages': "4,6 (41 atsauksme)", 220.lv's)
                   r"atsauksmes?|atsauksmju|atsiliepim(?:ai|ų|as)|arvustus(?:t|ed)?)\)"
                   r"|[1-5]\s*(?:stars?|sterne|étoiles|estrellas|stelle)"
                   # (or the stars themselves, a half one too, their count of reviews beside them: "★★★★☆ (3 opinie)",
                   # "★★★★½ (312)")
                   # (its Japanese counter glued: "★★★★★ 4.80 (36件)"; or the count and its word with no brackets,
                   # "★★★★★ 42 hodnocení")
                   r"|[★☆⭐✩½]{3,5}\s*(?:\d(?:[.,]\d{1,2})?\s*)?\(\d[\d.,]*(?:\s+[^\W\d]+|件)?\)"
                   r"|[★☆⭐✩½]{3,5}\s*\d[\d.,]*\s(?:ratings?|reviews?|bewertungen|avis|valoraciones|opiniones|"
                   r"recensioni|opinii|opinie|beoordelingen|avaliações|hodnocení|hodnotení|recenzí|recenze)"
                   # (or the count of reviews in brackets alone, "(3 opinie)")
                   r"|\(\d[\d.,]*(?:\s\d{3})*\s?(?:ratings?|reviews?|bewertungen|rezensionen|avis|valoraciones|"
                   r"opiniones|recensioni|opinii|opinie|beoordelingen|recensies|avaliações|hodnocení|"
                   # (the Nordic languages': "(128 recensioner)", Clas Ohlson's)
                   r"recensioner|omdömen|anmeldelser|arvostelua|arvostelut|"
                   r"отзыв(?:а|ов)?|відгук(?:и|ів)?|αξιολογήσεις|αξιολόγηση|κριτικές)\)"     # (Greek's)
                   # (or the average and the count in brackets alone, a shop's card's: "4.8 (1.203)", "4,8 (1 204)",
                   # the count's Japanese counter after it or not, "4.5 (1,024件)")
                   r"|[0-5][.,]\d\s*\(\d[\d.,]*(?:\s\d{3})*件?\)"
                   # (or the average and a star after it, its count of reviews beside it or not: "4.1★ 18,204
                   # Reviews", Meesho's card's)
                   # (or in brackets: "4.9 ★ (62 reviews)", Setmore's)
                   r"|[0-5](?:[.,]\d{1,2})?\s?[★⭐](?:\s*(\()?\d[\d.,]*\s?(?:ratings?|reviews?|bewertungen|rezensionen|"
                   r"avis|valoraciones|opiniones|recensioni|opinii|opinie|beoordelingen|avaliações|hodnocení)"
                   r"(?(1)\)))?"
                   # (or the average over 5 with a slash, its count beside it: "4,3/5 128 avis")
                   r"|\d(?:[.,]\d{1,2})?\s?/\s?5\s+\(?\d[\d.,]*\s?(?:ratings?|reviews?|bewertungen|avis|"
                   r"valoraciones|opiniones|recensioni|opinii|opinie|beoordelingen|avaliações|hodnocení)\)?)$", re.I)


# five stars alone, a half one last or not: a card's rating (on a product's page, a review's over its text; three
# alone, a story's divider)
FIVE_STARS = re.compile(r"^[★☆⭐✩]{4}[★☆⭐✩½]$")


@block_rule("shop_badge", "a product card's badge on a shop's page ('New', 'Sale!', '-15%', 'Nouveau', 'Quick "
                          "view'), a product's stars ('4.6 out of 5 stars'), its quantity's label ('Menge')")
def shop_badge(block: Block, ctx: Context) -> str | None:
    if ctx.page_type not in SHOP_PAGES or len(block.text) > STARS_CHARS:
        return None
    if len(block.text) <= SHOP_BADGE_CHARS and SHOP_BADGE.match(block.text):
        return "a product card's badge"
    if STARS.match(block.text.strip()):
        return "a product's rating in stars"
    if len(block.text) <= STARS_CHARS and LOYALTY_LABEL.match(block.text.strip()):
        return "a price's loyalty-card label"        # ("Su AČIŪ kortele" under a card's price: it needs the card)
    if ctx.page_type == "collection" and FIVE_STARS.match(block.text.strip()):
        return "a product's rating in stars"        # (its count split onto the next line, soup's: "★★★★☆" / "(213)")
    if ctx.page_type == "product" and RATINGS_ALONE.match(block.text.strip()):
        return "a product's count of ratings"             # ("(1,284)" beside its stars, which a picture shows)
    if len(block.text) <= SHOP_BADGE_CHARS and QUANTITY.match(block.text.strip()):
        return "a product's quantity field's label"       # ("Menge", its field a <select> the reader drops)
    if ctx.page_type == "product" and len(block.text) <= SHOP_BADGE_CHARS and SIZE_LABEL.match(block.text.strip()):
        return "a product's size field's label"           # ("Taglia", its <select> dropped)
    if ctx.page_type == "collection" and len(block.text) <= SHOP_BADGE_CHARS and MORE_COLOURS.match(block.text.strip()):
        return "a product card's count of its other colours"    # ("+2" beside its swatches)
    if ctx.page_type == "collection" and len(block.text) <= STARS_CHARS and (CARD_SIZES.match(t := block.text.strip())
                                                                          or LETTER_SIZES.match(t)):
        return "a product card's sizes"     # ("Размеры: 36 37 38 39 40", "Sizes: S M L"; "S M L XL" alone, Boozt's)
    if ctx.page_type == "collection" and "\n" in block.text and all(map(_card_badge, block.text.split("\n"))):
        return "a product card's badges"        # (on lines of one block: "Colores disponibles:" / "Solo online")
    if ctx.page_type == "collection" and BUY_END.search(block.text) and _card_badge(BUY_END.sub("", block.text)):
        return "a product card's badge and its buy button"     # (on one line: "+5 colours Add to Basket")
    if ctx.page_type == "collection" and len(block.text) <= STOCK_CHARS and STOCK.match(block.text.strip()):
        return "a product card's stock"                   # ("Uitverkocht"; on a product's page its field)
    if len(block.text) <= STARS_CHARS and _rating_counts(block.text):
        return "a product's counts of ratings, questions and answers"
    if len(block.text) <= NOTIFY_CHARS and NOTIFY_ME.match(block.text):
        return "a sold-out product's button"             # ("Avise-me quando chegar", "Notify me when available")
    if ctx.page_type == "collection" and len(block.text) <= STARS_CHARS and SOLD.match(block.text.strip()):
        return "a product card's count of sales"         # ("4.9 Terjual 2rb+", "+500 vendidos", "2k+ sold")
    if ctx.page_type == "collection" and len(block.text) <= STARS_CHARS and CARD_SHIPPING.match(
            block.text.strip()):
        return "a product card's price with its delivery"  # ("143,99 zł z dostawą" under "99,00 zł")
    if ctx.page_type == "collection" and LEAD_TIME.match(block.text.strip()):
        return "a product card's delivery time"           # (on a product's page its field: "Lieferzeit: 15 - 21
        #                                                   Tag(e)")
    if ctx.page_type == "collection" and len(block.text) <= SHOP_BADGE_CHARS and CARD_PRICE_LABEL.match(
            block.text.strip()):
        return "a product card's label over its price"     # ("Цена" / "12 990 ₸", Kaspi's)
    if len(block.text) <= STARS_CHARS and PER_INSTALMENT.match(SPACED_THOUSANDS.sub("", block.text.strip())):
        return "a product's price per instalment"          # ("4 330 ₸ x3")
    if len(block.text) <= STARS_CHARS and MULTI_BUY.match(block.text.strip()):
        return "a shop's offer on several of its products"     # ("Any 3 for £4 Clubcard Price", "2 für 5 €")
    if ctx.page_type == "collection" and len(block.text) <= STARS_CHARS and COMPARE_PRICES.match(block.text.strip()):
        return "a price comparison's card's link to the shops' offers"     # ("Porovnat ceny v 38 obchodech")
    return None


# a card's label alone over its price, or over its price in instalments: "Цена", "Preis:", "В рассрочку"
CARD_PRICE_LABEL = re.compile(r"^(?:price|prix|preis|precio|prezzo|cena|цена|ціна|fiyat|hinta|pris|prijs|preço|"
                              r"in instalments|в рассрочку|на виплату|en cuotas|a rate|na raty|em parcelas|"
                              # (or the price a member pays, its label under it: H&M's "Mitgliederpreis")
                              r"member price|members' price|mitgliederpreis|prix membre|prix adhérent|"
                              r"precio (?:para )?socios?|prezzo (?:per i )?soci|cena dla członków|ledenprijs|"
                              r"medlemspris|"
                              r"taksitle)\s?:?$", re.I)
# a card's sizes on offer after their label: "Размеры: 36 37 38 39 40", "Sizes: S M L XL", "Größen: 38 40 42"
# (one reading of each size: digits alone, a letter first, or a digit and letters; two readings of "1 1 1 …" were
# two ways each, a run of them exponential)
_SIZE = r"(?-i:\d{1,3}(?:[.,/]\d{1,2}|½)?|[A-Z][A-Z0-9]{0,3}|\d[A-Z]{1,3})"     # "38", "42,5", "38½", "XXL", "3XL"
CARD_SIZES = re.compile(rf"^(?:sizes?|available sizes|размеры|розміри|größen|tailles|tallas|taglie|rozmiary|maten|"
                        rf"storlekar|størrelser|bedenler|velikosti|veľkosti)\s?:\s?"
                        rf"(?:{_SIZE}(?:,?\s{_SIZE}){{0,19}}|{_SIZE}\s?[–-]\s?{_SIZE})$", re.I)
#                         (or their range: "Velikosti: 41–47")


# a card's sizes in letters alone, two or more: "S M L XL", "XS S M" (in capitals: no word)
_LETTER_SIZE = r"(?:[2-5]?X{1,3}[SL]|XXS|XS|S|M|L)"
LETTER_SIZES = re.compile(rf"^(?-i:{_LETTER_SIZE}(?:[ ,/]\s?{_LETTER_SIZE}){{1,9}})$")


def _card_badge(line: str) -> bool:
    t = line.strip()
    return len(t) <= SHOP_BADGE_CHARS and (SHOP_BADGE.match(t) is not None or MORE_COLOURS.match(t) is not None)


RATINGS_ALONE = re.compile(r"^\(\d[\d.,]*\)$")
# a card's count of its product's other colours beside the swatches it shows: "+2", "+3 colours", "+2 Farben", "5
# Colors"; or their label for a screen reader over swatches that show no words ("Colores disponibles:")
MORE_COLOURS = re.compile(r"^\+\s?\d{1,2}(?:\s(?:colou?rs?|farben|couleurs|colores|colori|culori|kolory|kolorów|"
                          r"kleuren|färger|farver|renkler?|more|weitere|autres?|más|altri|więcej|meer))?$"
                          # (or their count, "5 Colors", Wayfair's; "3 coloris")
                          r"|^\d{1,2}\s(?:colou?rs|farben|couleurs|coloris|colores|colori|kolory|kolorów|kleuren|"
                          r"barvy|barev|färger|farver|cores)$"
                          r"|^(?:(?:available|more)\s)?(?:colou?rs|farben|couleurs|colores|colori|kolory|kleuren|"
                          r"färger|cores)(?:\s(?:available|disponibles?|verfügbar|disponibili|disponíveis|dostępne|"
                          r"beschikbaar))?\s?:$", re.I)
# a price in so many instalments, the count after it: "4 330 ₸ x3", "€12.50 × 4"
_OR = r"(?:or|lub|oder|ou|o|oppure|of|nebo)"     # the word before a price in instalments: "lub", "or"
PER_INSTALMENT = re.compile(rf"^(?:{_OR}\s)?(?:{PRICE.pattern})\s?[x×]\s?\d{{1,2}}"
                            # (their name and their interest after the count: "lub 14,90 zł x 10 rat 0%", x-kom's)
                            r"(?:\s(?:rat|raten|instalments|installments|cuotas|rate|parcelas|mensualités|termijnen|"
                            r"splátek)(?:\s0\s?%)?)?$"
                            # (or their count first, "or" before it: "lub 30 x 99,97 zł", Media Expert's)
                            rf"|^{_OR}\s\d{{1,2}}\s?[x×]\s?(?:{PRICE.pattern})$", re.I)
# an offer on several: "Any 3 for £4", "Buy any 2 for £3", "2 for £5 Clubcard Price", "3 for 2", "2 für 5 €", "3 pour
# 2", "Add 2 for £5.50" (Waitrose's); its loyalty card's name or a word or two after it
MULTI_BUY = re.compile(rf"^(?:(?:buy|add)\s(?:any\s)?|any\s|mix\s?(?:&|and)\s?match\s)?\d{{1,2}}\s"
                       rf"(?:for|für|pour|por|per|voor|za)\s"
                       rf"(?:{PRICE.pattern}|\d{{1,2}})(?:\s[^\W\d]+){{0,3}}$"
                       # (or the second at half price, or one free: "2e halve prijs", "1+1 gratis", Dutch shops')
                       r"|^(?:\d\s?\+\s?\d\s(?:gratis|free|offert)|2e\s(?:halve prijs|gratis)|"
                       r"2e voor de halve prijs)$", re.I)
# a card's price with its delivery, or its delivery's cost, under its price: "143,99 zł z dostawą", "$24.98 with
# delivery", "+ 4,95 € Versand", "+$5.99 shipping"
CARD_SHIPPING = re.compile(rf"^\+?\s?(?:{PRICE.pattern})\s(?:z dostawą|with (?:delivery|shipping)|incl\.? (?:delivery|"
                           r"shipping)|inkl\.? versand|livraison (?:incluse|comprise)|con envío|"
                           r"shipping|delivery|versand|livraison|envío|dostawa|verzending)$", re.I)
SPACED_THOUSANDS = re.compile(r"(?<=\d)\s(?=\d{3}(?!\d))")      # ("4 330": its thousands set apart by a space)


SHOP_BADGE_CHARS = 20
# the label that says a price needs the shop's loyalty card, on its line beside it: "Su AČIŪ kortele" (Maxima's),
# "Ar Mans Rimi karti" (Rimi's), "With Clubcard", "Mit PAYBACK Karte", "Med Coop-kort", "Plussa-kortilla",
# "Partnerkaardiga", "Z kartą Moja Biedronka", "Avec la carte Carrefour", "Con tarjeta Club Dia": a preposition,
# at most three words of the card's name, the word "card" in the page's language (or the card's word first)
_CARD = r"(?:card|kortele|karti|karte|kort|kortet|kortelė|carte|tarjeta|carta|kartą|kartou|kartu|kartica)"
_WITH = r"(?:with|su|ar|mit|med|avec|con|z|s|sa)"
LOYALTY_LABEL = re.compile(rf"^(?:{_WITH}\s(?:(?:your|the|la|le|il|jūsų|savo|der|ihrer)\s)?(?:[\w'’&-]+\s){{0,3}}"
                           rf"(?:[\w'’&]+-)?{_CARD}"
                           rf"|{_WITH}\s(?:la\s|il\s|ta\s)?{_CARD}(?:\s[\w'’&-]+){{1,3}}"
                           r"|(?:[\w'’&-]+\s)?[\w'’&-]*(?:kaardiga|kortilla|kártyával)"
                           rf"|(?:[\w'’&-]+\s)?club\s?card|clubcard(?:\sprice)?)$", re.I)
STOCK_CHARS = 40        # a card's stock is this short ("På lager i nettbutikk")
# a product's size picker's label alone, its options a <select> the reader drops ("Taglia", "Größe:", "Select size";
# not English "Size" alone, a spec's label over its value too: "Size" / "212 MB")
SIZE_LABEL = re.compile(r"^(?:(?:select|choose)\s(?:a\s|your\s)?size|size\s?:|"
                        r"(?:größe|grösse|taille|talla|taglia|rozmiar|maat|storlek|størrelse|koko|beden|velikost|"
                        r"veľkosť|tamanho)\s?:?|"
                        # (the picker's prompt in other languages: "Vyberte velikost", "Größe wählen", "Wybierz
                        # rozmiar", "Choisir une taille")
                        r"(?:größe|grösse)\s(?:wählen|auswählen)|wähle\s(?:deine|eine)\sgröße|"
                        r"(?:choisissez|choisir|sélectionnez|sélectionner)\s(?:votre|une|la)\staille|"
                        r"(?:elige|selecciona|escoge)\s(?:tu|una|la)\stalla|"
                        r"(?:scegli|seleziona)\s(?:la\s|una\s)?taglia|"
                        r"wybierz\srozmiar|(?:kies|selecteer)\s(?:je|een|uw)\smaat|(?:vyberte|zvolte)\svelikost|"
                        r"vyberte\sveľkosť|välj\sstorlek|(?:vælg|velg)\sstørrelse|valitse\skoko|beden\sseç(?:in)?|"
                        r"(?:escolha|selecione)\s(?:o\s|um\s)?tamanho)$", re.I)
STARS_CHARS = 60
# what a product's counts count: "(1,284) 48 Questions 112 Answers", "214 reviews · 12 questions"
COUNTED_THINGS = frozenset("reviews review ratings rating questions question answers answer bewertungen bewertung "
                           "fragen antworten avis questions réponses valoraciones preguntas respuestas opinie pytania "
                           "odpowiedzi recensioni domande risposte оценки оценок оценка отзывов отзыва отзыв "
                           "değerlendirme yorum recenzí recenze recenzi hodnocení recenzií recenzie hodnotení "
                           "αξιολογήσεις αξιολόγηση κριτικές".split())


# a price comparison's card's link to its offers, with how many shops make one or not: "Compare prices from 12 shops",
# "Preise vergleichen", "Porovnat ceny v 38 obchodech" (Heureka's), "Porównaj ceny w 9 sklepach"
COMPARE_PRICES = re.compile(r"^(?:compare (?:prices|offers)|preise vergleichen|porovnat ceny|porovnať ceny|"
                            r"porównaj ceny|comparer (?:les )?prix|comparar precios|confronta (?:i )?prezzi|"
                            r"vergelijk prijzen|prijzen vergelijken|jämför priser|sammenlign priser|vertaile hintoja)"
                            r"(?:\s(?:in|from|at|bei|v|vo|w|dans|chez|en|de|bij|da|från|fra|hos)\s\d[\d.]*\s?"
                            r"[^\W\d]+)?$"
                            # (or the verb over the count of shops alone: "Compare 38 stores", PriceRunner's "Jämför
                            # 38 butiker")
                            r"|^(?:compare|vergleiche|jämför|sammenlign|vertaile|porovnat|porównaj|vergelijk)\s"
                            r"\d[\d.]*\s(?:shops|stores|offers|angebote|butiker|butikker|kauppaa|obchodů|"
                            r"sklepów|sklepy|winkels)$", re.I)
PER_CENT = re.compile(r"^(\d{1,3})\s?%")


def _rating_counts(text: str) -> bool:
    """A line of a product's counts alone, each a number (in brackets or not) or the word it counts, two counts at
    least, one word at least: "(1,284) 48 Questions 112 Answers"; a rating in per cent first ("95 % 214 recenzí",
    Heureka's)."""
    tokens = PER_CENT.sub(r"\1", text).replace("·", " ").replace("|", " ").split()
    counts = [t for t in tokens if t.strip("()").replace(",", "").replace(".", "").isdigit()]
    named = [t for t in tokens if t.lower() in COUNTED_THINGS]
    return len(counts) >= 2 and bool(named) and len(counts) + len(named) == len(tokens)


# a sold-out product's button that asks to be told when it is back: "Avise-me quando chegar", "Notify me when
# available", "Benachrichtigen, wenn verfügbar"
NOTIFY_ME = re.compile(r"^\W*(?:notify me(?: when (?:available|in stock|back in stock))?|email me when available|"
                       r"avise-me(?: quando (?:chegar|disponível))?|benachrichtigen(?:, wenn verfügbar)?|"
                       r"m'avertir(?: de la disponibilité)?|avísame(?: cuando (?:llegue|esté disponible))?|"
                       r"avvisami(?: quando disponibile)?|powiadom mnie(?: o dostępności)?|"
                       r"laat het me weten)\W*$", re.I)
NOTIFY_CHARS = 40
# a card's count of the product's sales, its rating before it or not: "4.9 Terjual 2rb+", "+500 vendidos", "2k+ sold"
_SALES = r"[+]?\d[\d.,]*(?:\s\d{3})*\s?(?:k|rb|jt|mil)?\+?"    # (its thousands spaced: "1 523")
_SOLD = r"(?:sold|terjual|vendidos|vendidas|verkauft|vendus|venduti|sprzedano|verkocht|satıldı|đã bán)"
# (or in the last month: "200+ bought in past month", Amazon's; or by how many lately: "1 523 osoby kupiły
# ostatnio", Allegro's, "312 people bought recently")
_LATELY = r"(?:\s(?:in\s)?(?:the\s)?(?:past|last)\s(?:month|week|year|24 hours))"
_BUYERS = r"(?:people bought|osoby kupiły|osób kupiło|osoba kupiła)(?:\s(?:recently|lately|ostatnio))?"
SOLD = re.compile(rf"^(?:[0-5][.,]\d\s+)?(?:{_SALES}\s(?:{_SOLD}|bought|purchased){_LATELY}?|{_SOLD}\s{_SALES}|"
                  rf"{_SALES}\s{_BUYERS})$", re.I)
# how long a card's product takes to come, in days: "Lieferzeit 3-5 Werktage", "Delivery time: 2-4 days"
LEAD_TIME = re.compile(r"^(?:lieferzeit|delivery time|délai de livraison|plazo de entrega|tempo di consegna|"
                       r"czas dostawy|levertijd|leveranstid|dodací lhůta)\s?:?\s?(?:ca\.\s?)?"
                       r"\d{1,2}(?:\s?[-–]\s?\d{1,2})?\s[^\W\d]+(?:\s?\(e\))?$", re.I)


@block_rule("shop_promise", "a shop's promises beside its products: shipping, returns, payment ('Free shipping on "
                            "orders over $50', 'Retours sous 30 jours'), when it comes ('Lieferung Mi. 3. – Fr. 5. "
                            "Dez.'), and its prices' note on tax and shipping "
                            "('* inkl. ges. MwSt. zzgl. Versandkosten') or on the lowest price in 30 days")
def shop_promise(block: Block, ctx: Context) -> str | None:
    if ctx.page_type not in SHOP_PAGES or len(words(block.text)) > PROMISE_WORDS:
        return None
    t = block.text.lstrip("*† ").strip()
    promise = pattern("shop_promise", ctx.config.extra_phrases)
    if promise.match(t) or PROMISE_LAST.search(t) or RETURNS.match(t) or t[:1] == "由" and SHIPPED_BY.match(t) \
            or COUNTDOWN.match(t) \
            or any(line[:1] in DELIVERY_OPENINGS and DELIVERY.match(line) for line in t.split("\n")):
        return "a shop's promise (shipping, returns, payment)"      # (when it comes under its label: "Shipping" /
        #                                                             "Arrives Dec 8")
    if ctx.page_type == "product" and ctx.input == "html" and DELIVERY_LABEL.match(t):
        return "the label of a product's delivery option"      # ("Shipping" over "Arrives by Tue, Dec 8")
    if ctx.page_type == "product" and len(words(t)) <= OPTION_WORDS and DELIVERY_OPTION.match(t) \
            and not PRICE.search(t):
        return "a product's delivery option with its terms"     # ("Lieferung: Versandfertig in 1-2 Werktagen";
        #                                                         not its cost, a field: "Versand: EUR 6,99 DHL")
    if len(t) <= CHECK_CHARS and (ORDER_NOW.match(t) or ORDER_BY.match(t) or PICKUP_IN.match(t)):
        return "a shop's promise of when the product comes"     # ("Kup teraz, otrzymasz jutro")
    if len(t) <= CHECK_CHARS and AVAILABILITY_CHECK.match(t):
        return "a shop's button that checks where and when it has the product"
    if len(t) <= CHECK_CHARS and ADD_ON.match(t):
        return "a shop's offer of a plan or a service beside the product"
    if ". " in t and all(STOCK.match(p) or promise.match(p) for p in t.split(". ")):
        return "a shop's promise (shipping, returns, payment)"      # (its stock first: "In stock. Ships from …")
    if ctx.page_type == "product" and _stock_then_fields(t):
        return "a product's availability: its stock, then when and where it comes"    # ("Skladem · Doručíme zítra")
    if len(t) <= CHECK_CHARS and NET_PRICE.match(t):
        return "a price without tax beside the price"     # ("454 Kč bez DPH" under "549 Kč")
    if len(t) <= CHECK_CHARS and ECO_FEE.match(t):
        return "the recycling fee a price holds"        # ("Dont 0,50 € d'éco-participation")
    if len(t) <= CHECK_CHARS and PER_MONTH.match(t):
        return "the price to pay a month in instalments"    # ("Financiación desde 5,42 €/mes")
    if _only(ctx, ("price_note",), PRICE.sub(" ", t)) and not PRICE.match(t):
        return "a price's note on tax and shipping"     # (not the price with its note after it: "129,95 € IVA
        #                                                 inclusa"; its amount in a currency's word is none of its
        #                                                 words: "Economisesti 400,00 lei")
    if t[:1] in LOWEST_OPENINGS and LOWEST_PRICE.match(t):
        return "a price's note: its lowest in thirty days"
    if "ポイント" in t and SHOP_POINTS.match(t) or len(t) <= CHECK_CHARS and REWARD.match(t):
        return "a shop's points for the purchase"
    if len(t) <= CHECK_CHARS and TRADE_IN.search(t) and PRICE.search(t):
        return "a shop's offer for the buyer's old device"     # ("Bis zu 100 € Eintauschprämie für dein altes Gerät")
    if ":" in t and (label := t.partition(":"))[0].count(" ") < OPTION_LABEL_WORDS and promise.match(label[2].strip()):
        return "a shop's promise (shipping, returns, payment)"      # (after its option's label: "Ship to me: Free
        #                                                             shipping with $49 orders")
    return None


OPTION_LABEL_WORDS = 4


PROMISE_WORDS = 16
# its buttons that check where and when it can have the product, under their labels or not ("Delivery Check delivery
# availability", "In store Check in-store stock", "Check stock in your store", "Verfügbarkeit im Markt prüfen")
AVAILABILITY_CHECK = re.compile(r"^(?:(?:delivery|shipping|in[ -]store|pick[ -]?up|collect(?:ion)?)\s+)?"
                                r"(?:(?:check|see|view)\s+(?:delivery|in[ -]store|store|stock|local)"
                                r"(?:\s+(?:availability|stock|options))?"
                                r"(?:\s+(?:in|at)\s+(?:your|a)\s+(?:local\s+|nearest\s+)?store)?|"
                                r"(?:verfügbarkeit|lieferbarkeit)(?:\s+im\s+(?:markt|laden|geschäft))?\s+prüfen|"
                                r"vérifier\s+la\s+disponibilité(?:\s+en\s+magasin)?|"
                                r"comprobar\s+(?:la\s+)?disponibilidad(?:\s+en\s+tienda)?)$", re.I)
CHECK_CHARS = 80
# when it comes if ordered now: "Order now, get it tomorrow", "Kup teraz, otrzymasz jutro", "Commandez aujourd'hui,
# livré demain"; or when the reader may collect it: "Odbierz w salonie w 15 minut", "Pick up in store in 30 minutes"
_NOW = r"(?:now|today|heute|jetzt|maintenant|aujourd'hui|hoy|ahora|oggi|teraz|dziś|dzisiaj|vandaag|nu|hoje|agora)"
_TOMORROW = r"(?:tomorrow|morgen|demain|mañana|domani|jutro|amanhã)"
ORDER_NOW = re.compile(rf"^(?:order|buy|bestellen|bestellt|jetzt bestellen|commandez|commandé|pide|pedido|ordina|"
                       rf"ordinato|kup|zamów|zamówione|bestel|besteld|compre|encomende)\s{_NOW}\W{{0,2}}\s"
                       rf"(?:[^\W\d]+\s){{0,3}}{_TOMORROW}\b", re.I)
# or when it comes if ordered before the day's last hour: "Vandaag voor 23:59 besteld, morgen in huis" (after its
# stock: "Op voorraad, …"), "Order before 10pm for next-day delivery", "Bis 14 Uhr bestellt, morgen geliefert"
_CUTOFF = r"(?:voor|vor|bis|before|by|avant)\s[0-2]?\d(?:[:.][0-5]\d)?\s?(?:uur|uhr|h|pm|am)?"
ORDER_BY = re.compile(rf"^(?:[^\W\d][^,.]{{0,25}},\s)?(?:(?:{_NOW}\s)?{_CUTOFF}\s(?:besteld|bestellt|ordered|commandé)"
                      rf"|(?:order|bestel|bestellen|commandez)\s(?:{_NOW}\s)?{_CUTOFF})"
                      rf"\b.{{0,40}}?(?:{_TOMORROW}|next[- ]day|same[- ]day)\b", re.I)
PICKUP_IN = re.compile(r"^(?:pick(?: it)? up|collect|abholen|abholbereit|retrait|retirez|recoger|recógelo|ritira|"
                       r"odbierz|afhalen|haal)\b(?:\s[^\W\d][\w-]*){0,4}\s"
                       r"(?:in|w|en|dans|binnen|innerhalb von|within)\s"
                       r"\d{1,3}\s?(?:min(?:utes|uten|utos|uti|ut|uty)?|h|hours?|stunden|heures|horas|ore|godz(?:in)?|"
                       r"uur)\.?$", re.I)
_DELIVERY_WORDS = (r"(?:shipping|delivery|pickup|in-store pickup|versand|lieferung|abholung|livraison|retrait|envío|"
                   r"recogida|spedizione|ritiro|dostawa|odbiór|bezorging|afhalen|"
                   # (where it goes or is collected, in two words more: "Despacho a domicilio", "Retiro en tienda")
                   r"(?:despacho|retiro|entrega|envío) (?:a|en) (?:domicilio|tienda)|home delivery|"
                   r"delivery options|opciones de entrega|opções de entrega|lieferoptionen|options de livraison)")
DELIVERY_LABEL = re.compile(rf"^{_DELIVERY_WORDS}$", re.I)
# a delivery option's label and a colon, its terms after it on its line: "Lieferung: Versandfertig in 1-2 Werktagen",
# "Abholung: Im Markt Köln-Marsdorf verfügbar", "Pickup: Ready today at Elm Street" (with no price: what it costs is
# the listing's field, eBay's "Versand: EUR 6,99 DHL Paket")
DELIVERY_OPTION = re.compile(rf"^{_DELIVERY_WORDS}\s?:\s\w", re.I)
OPTION_WORDS = 8
# the price without tax, a business's, beside the price: "454 Kč bez DPH", "€ 41,99 excl. VAT", "35,29 € netto"
NET_PRICE = re.compile(rf"^(?:{PRICE.pattern})\s?\*?\s?\(?(?:bez dph|excl\.? vat|excluding vat|ex\.? vat|"
                       r"excl\.? tax|ohne mwst\.?|exkl\.? mwst\.?|netto|hors taxes|ht|sin iva|senza iva|bez vat|"
                       r"netto bez vat|excl\.? btw|exkl\.? moms|ex\.? moms)\)?$", re.I)
# the recycling fee the price holds, France's: "Dont 0,50 € d'éco-participation", "dont éco-part. 1,00 €"
ECO_FEE = re.compile(rf"^dont\s(?:(?:{PRICE.pattern})\s(?:d['’]\s?)?éco-?(?:participation|part\.?)|"
                     rf"éco-?(?:participation|part\.?)\s?:?\s(?:{PRICE.pattern}))$", re.I)
# the price a month to pay it in instalments, its label first or not: "Financiación desde 5,42 €/mes", "Delbetaling
# fra 252,- /mnd", "$38/mo. suggested payments for 12 Mos.", "ab 12,50 € mtl."
_PERIOD = (r"(?:mes|mese|mois|monat|mtl\.?|month|mo\.?|mnd|mån|miesiąc|mês|maand|мес\.?|міс\.?|kk|kuukausi|kuus|"
           r"mėn\.?|mēn\.?|mėnesį|mēnesī|"
           # (or a fortnight or a week, as Mexico's shops sell on credit: "o $219 quincenales", "$99 semanales")
           r"quincenal(?:es)?|semanal(?:es)?|mensual(?:es)?|fortnight|week|wk)")
# ("oder ab 11,63 € mtl. mit 0 % Finanzierung", "или 240 ₽/мес в кредит")
# (the Baltic languages': "Vai maksā 9,00 € mēnesī", 220.lv's; "arba mokėkite 9 € per mėnesį")
PER_MONTH = re.compile(rf"^(?:(?:oder|ou|o|of|lub|eller|или|або|vai|arba|või)\s)?"
                       rf"(?:(?:financiación|financiamiento|finanziamento|financement|finanzierung|financing|"
                       rf"ratenzahlung|finansiering|delbetaling|delbetalning|raty|financiering|järelmaks|"
                       rf"išsimokėtinai|līzings|osamaksu|maksā|mokėk(?:ite)?(?: dalimis)?|maksā pa daļām|"
                       rf"maksa)\s)?"     # (Lithuanian's "Mokėk dalimis nuo 5,42 € / mėn.", Varle's)
                       # (or the payment service that lends it, named: "Maksa Klarnalla erissä alkaen 9,99 €/kk",
                       # "Pay in 4 with Klarna from $9.99/mo")
                       rf"(?:(?:\w+\s){{0,4}}?(?:klarna|afterpay|clearpay|affirm|paypal|scalapay|sezzle|alma|"
                       rf"oney|walley|resurs|svea)[^\W\d_]*\s(?:[^\W\d_]+\s)?)?"
                       rf"{PRICE_FROM}?\s?"
                       rf"(?:{PRICE.pattern})\s?(?:/\s?|a |al |par |pro |per |w |i |po )?{_PERIOD}(?![^\W\d_])"
                       rf"[^!?]{{0,40}}$",
                       re.I)
# a plan or a service it offers to add to the product, with its price: "Add 3-year protection plan $9.99", "Add
# installation + € 35"
ADD_ON = re.compile(r"^add\s(?:an?\s)?(?:\d{1,2}[- ]years?\s)?(?:protection plan|protection|extended warranty|warranty|"
                    r"accident protection|installation|assembly|insurance)\b[^.!?]{0,30}?(?:\s\+)?\s"
                    r"(?:[$€£]\s?\d[\d.,]*|\d[\d.,]*\s?€)$"
                    # (or an extended warranty for a price, its name first or not: "Legg til Power Plus: 3 års
                    # utvidet garanti for 299,-", "Garantie extinsa 2 ani - 149,99 lei")
                    r"|^(?:legg til|lägg till|tilføj|[^.!?:]{0,20}:)?[^.!?]{0,30}\b(?:(?:utvidet|utökad|udvidet|"
                    r"rozšířená|erweiterte|extended)\s(?:garanti|garantie|záruka|warranty)|"
                    r"garan[tţț]ie\s(?:extinsa|extinsă|prelungita|prelungită))\b"
                    r"[^.!?]{0,20}\d[\d .,]*(?:,-|kr|lei|€|kč|\$)?$"
                    # (or years of cover to add in the Romance languages, for a price: "Adicione Worten Resolve: +2
                    # anos de proteção por 24,99 €", Worten's)
                    r"|^(?:adicione|adicionar|añade|añadir|ajoutez|ajouter|aggiungi)\s[^.!?]{0,40}?"
                    r"\d{1,2}\s(?:anos de proteção|años de protección|ans de protection|anni di protezione)"
                    r"\s(?:por|pour|per)\s\d[\d.,]*\s?€$", re.I)
# (or when it comes, its date or day right after the word, a short word between or not: "Lieferung Mi. 3. – Fr. 5.
# Dez.", "Delivery Thursday, 4 December", "Livraison estimée le 5 déc.", "Livré chez vous entre le mardi 8
# décembre …", "Arrives by Tue, Dec 8", three short words between at most; not "Delivery drivers went on strike …";
# (?:\s*:)?\s+ rather than \s*:?\s+: two runs of spaces side by side made a long run of spaces quadratic)
DELIVERY = re.compile(r"^(?:lieferung|voraussichtliche lieferung|delivery|estimated delivery|free delivery|arrives|"
                      r"get it (?:by|on)|"
                      # ("it comes": "Llega gratis mañana", Mercado Libre's; "Chega grátis amanhã")
                      r"llega(?: gratis)?|chega(?: grátis)?|"
                      r"livraison(?: estimée| à domicile)?|"
                      r"livrée?(?: chez vous)?|entrega|consegna(?: prevista)?|dostawa|"
                      r"levering|bezorging|leverans|toimitus|livrare|доставка|доставим)(?:\s*:)?\s+"
                      r"(?:[^\W\d]{1,7}\.?,?\s*|[—–]\s*){0,3}"      # ("Доставим на дом — завтра")
                      r"(?:\d|monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|"
                      r"donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|"
                      rf"martes|miércoles|jueves|viernes|sábado|domingo|{_TOMORROW}|"
                      r"pojutrze|poniedziałek|wtorek|środ[aę]|czwartek|piątek|sobot[aę]|niedziel[aę]|"
                      r"mâine|завтра|сегодня)", re.I)
DELIVERY_OPENINGS = frozenset("LlVvDdEeFfAaCcBbTtGgДд")
# (how long the buyer may send it back, in days: "Free 90-day returns", "30 days free returns")
RETURNS = re.compile(r"^(?:free\s)?\d{1,3}[- ]days?\s(?:free\s)?returns?\b"
                     # (in the shop's language: "30 dagen bedenktijd en gratis retourneren", bol.com's)
                     r"|^\d{1,3}[- ](?:dagen|tage|jours|días|giorni|dni|dias|dagar|dage)\s(?:bedenktijd|retour|"
                     r"rückgabe(?:recht)?|widerrufsrecht|de retour|de devolución|di reso|na zwrot|de devolução|"
                     r"öppet köp|returret)\b", re.I)
# or how soon to order for it to come the next day, its stock before it or not: "In stock Order in the next 4 hours
# for next day delivery", "Bestellen Sie innerhalb der nächsten 3 Stunden"
COUNTDOWN = re.compile(r"^(?:in stock\s|auf lager\s|en stock\s)?(?:order|bestellen sie|commandez)\s"
                       r"(?:(?:with)?in\s(?:the\s)?next|innerhalb der nächsten|dans les)\s\d{1,2}\s?"
                       r"(?:hours?|hrs?|h|mins?|minutes|stunden|minuten|prochaines heures)\b", re.I)
# (Turkish says it last, after the order's threshold: "750 TL ve üzeri siparişlerde kargo bedava!")
PROMISE_LAST = re.compile(r"(?:kargo bedava|ücretsiz kargo|"
                          # (and Japanese: "最短 3月20日(金) お届け予定", when it comes)
                          r"お届け予定|にお届け)\W*$", re.I)
# (and Chinese, who ships it: "由 北辰京东自营旗舰店 发货，并提供售后服务。", JD's seller under the price)
SHIPPED_BY = re.compile(r"^由\s?[^\s，。]{1,30}\s?(?:发货|發貨)")
# a Japanese shop's points for the purchase: "88ポイント(1倍)", "ポイント5倍"
# or the money or points it earns back to spend later: "Earn $10 Kohl's Cash to use Dec 8 – 15.", "Earn 120 points"
REWARD = re.compile(rf"^(?:earn|sammle|sammeln sie|gagnez|cumulez|ganhe|acumula|accumula|guadagna|zbierz|spaar|"
                    # (the Nordic languages' and Czech's: "Optjen 15 point med Club Matas", "Tjäna 20 poäng")
                    rf"optjen|opptjen|tjen|tjän|tjäna|samla|kerää|ansaitse|získej|získejte)\s"
                    rf"(?:up to\s|bis zu\s|jusqu'à\s|hasta\s|até\s|fino a\s|do\s|tot\s)?"
                    rf"(?:{PRICE.pattern}|\d[\d,.]*\s?(?:[^\W\d]+\s){{0,2}}"    # (the shop's name before them or not:
                    r"(?:points?|pts|punkte|punti|puntos|pontos|punkt(?:y|ów)?|punten|poäng|poeng|"  # "249 Ripley
                    r"pistettä|pisteitä|bodů|body))"                                                 # Puntos GO")
                    r"(?!\w)"
                    # (or the bonus it earns, the plus first, Russian shops': "+330 бонусных рублей", "+120 баллов")
                    r"|^\+\s?\d[\d\s]*\s(?:бонусных рублей|бонусов|бонуса|баллов|балла|бонусів|балів)$", re.I)
# what a shop pays for the buyer's old device, beside the price: "Up to $100 trade-in credit", "Bis zu 100 €
# Eintauschprämie" (Samsung's), "Jusqu'à 100 € de prime de reprise"
TRADE_IN = re.compile(r"\b(?:trade[- ]in|eintauschprämie|eintauschbonus|inzahlungnahme|prime de reprise|"
                      r"bonus de reprise|bono de recompra|supervalutazione|inruilkorting|inruilpremie|"
                      r"premia za wymianę)\b", re.I)
SHOP_POINTS = re.compile(r"^(?:\+?\d[\d,]*\s?ポイント|ポイント\s?\d+\s?倍)(?:\s?[(（]\d+倍[)）])?(?:\s?(?:還元|獲得))?$")
# The price a product had at its lowest in the thirty days before a sale, which EU shops must show by it since
# 2022 (the Omnibus directive): "Najniższa cena z 30 dni przed obniżką: 49,00 zł", "Niedrigster Preis der letzten
# 30 Tage: 44,95 €", "Lowest price in the last 30 days: €12.00"
LOWEST_PRICE = re.compile(r"^(?:najniższa cena|niedrigster preis|lowest price|prix le plus bas|precio más bajo|"
                          r"prezzo più basso|laagste prijs|nejnižší cena|menor preço|preço mais baixo|"
                          # (the Nordic languages': "Laveste pris siste 30 dager", "Lägsta pris senaste 30 dagarna")
                          r"laveste pris|lägsta pris|alin hinta|cel mai mic preț|cel mai mic pret)\b[^.!?]{0,50}"
                          r"\b(?:30|60|90)\b", re.I)     # (or in ninety days, Temu's badge: "Lowest price in 90 days")
LOWEST_OPENINGS = frozenset("NnLlPpMmAaCc")


# A script's or a stylesheet's address ("…/inline_script_6.js?ver=1773518052"): the page's assets, not its text
ASSET_URL = re.compile(r"(?<!\S)(?:https?:)?//\S+?\.(?:js|mjs|css|json)(?:\?\S*)?(?!\S)", re.I)
ASSET_SHARE = 0.8       # of the line's characters
# '{"layoutMobile":2,"buttonAlign":"Center",…}': a widget's settings as one line of JSON
JSON_KEY = re.compile(r'"[^"\s]{1,40}"\s*:')
JSON_MIN_KEYS = 8       # keys on one line: a configuration, not a code sample's few fields


# What a script shows until it has loaded its part of the page: "Loading prices for your region…"
LOADING = re.compile(r"^(?:loading|wird geladen|lädt|chargement|cargando|caricamento|ładowanie)\b[^.!?…]{0,60}"
                         r"(?:\.\.\.|…)$", re.I)
LOADING_CHARS = 80


# What the server printed into the page when its code failed: "Warning: Use of undefined constant comments - assumed
# 'comments' (…) in /htdocs/wp-content/plugins/…/get-recent-comments.php on line 928" (PHP's message, a file's
# path and a line number)
SERVER_ERROR = re.compile(r"^(?:php )?(?:warning|notice|deprecated|fatal error|parse error|strict standards)\s*:",
                          re.I)
SERVER_ERROR_AT = re.compile(r"\.(?:php|inc)\s+on\s+line\s+\d+\W*$")


@block_rule("data_dump", "scripts' addresses, JSON settings, placeholders and the server's error messages the "
                         "scraper left in the text")
def data_dump(block: Block, ctx: Context) -> str | None:
    t = block.text.strip()
    if len(t) <= LOADING_CHARS and LOADING.match(t):
        return "a script's placeholder"
    if SERVER_ERROR.match(t) and SERVER_ERROR_AT.search(t):
        return "the server's error message"
    if "." in t and "//" in t and sum(map(len, ASSET_URL.findall(t))) >= ASSET_SHARE * len(t):
        return "addresses of scripts or stylesheets"
    if t[:2] in ('{"', '[{') and len(JSON_KEY.findall(t, 0, 2000)) >= JSON_MIN_KEYS:
        return "a line of JSON data"
    if t[:4] == "http" and len(parts := t.split()) >= 2 and all(URL.match(p) for p in parts):
        return "bare addresses (the markup's hidden properties)"
    if block.kind == "code" and t[:1].isdigit() and _gutter(t, not GUTTER_TOKENS.isdisjoint(block.tokens)):
        return "a listing's line numbers (its gutter, in a box of its own)"
    return None


URL = re.compile(r"https?://\S+$")     # (Odoo's <span itemprop="url"> and "image", hidden, one after the other)
GUTTER_LINE = re.compile(r"^(\d{1,5})(:?)$")
# the class words of a listing's gutter: "linenos" (Pygments'), "gutter", "line-numbers", "lines"
GUTTER_TOKENS = frozenset({"linenos", "lineno", "gutter", "numbers", "lines"})


def _gutter(text: str, marked: bool) -> bool:
    """COUNTING_MIN lines or more, each a number alone that counts on from the one before, each with its colon
    ("1:", FSharp.Formatting's) or in an element whose class says gutter (`marked`): a listing's line numbers in a
    box beside its code (a table's cell). Not a program's output that counts, "1" / "2" / "3"."""
    lines = text.split("\n")
    nums = [m for line in lines if (m := GUTTER_LINE.match(line.strip()))]
    return len(nums) == len(lines) >= COUNTING_MIN and (marked or all(m.group(2) for m in nums)) \
        and all(int(b.group(1)) == int(a.group(1)) + 1 for a, b in zip(nums, nums[1:]))


# "Select Country United States Canada Afghanistan …": a form's drop-down, its options flattened into one line
SELECT_LABEL = re.compile(r"^(?:\S+\s+)?(?:select|choose|wählen sie|auswählen|sélectionnez|choisissez|seleccione|"
                          r"selecciona|elige|wybierz)\s+(?:an?\s+|your\s+|one\s+|ihr(?:e|en)?\s+|votre\s+|su\s+)?\S+",
                          re.I)
OPTIONS_MIN = 20        # words after the label
SENTENCE_END = re.compile(r"(?<!\w)(\w+)[.!?](?=\s)")     # a sentence ends in a word in lower case ("U.S." does not)


@block_rule("form_options", "a drop-down's options flattened into one line ('Select Country United States Canada …')")
def form_options(block: Block, ctx: Context) -> str | None:
    m = SELECT_LABEL.match(block.text)
    if m is None:
        return None
    rest = block.text[m.end():]
    ws = words(rest)
    if len(ws) >= OPTIONS_MIN and is_title_case(rest) and not any(
            w.islower() and len(w) > 2 for w in SENTENCE_END.findall(rest)):
        return "the options of a drop-down list"
    return None


DOUBLED_MIN_WORDS = 3      # "Search the BBC Search the BBC"; not "Na na" in a lyric


@block_rule("doubled_title", "a line that says the same title twice (a teaser card: its picture's link, then its "
                             "title's)")
def doubled_title(block: Block, ctx: Context) -> str | None:
    t = block.text
    half = len(t) // 2
    if len(t) % 2 and t[half] == " " and t[:half] == t[half + 1:] and len(t[:half].split()) >= DOUBLED_MIN_WORDS:
        return "the same title twice: a teaser's links"
    return None


LABEL_END = re.compile(r"(?<!\s)\s*[:»›>|–—-]")     # ((?<!\s): one attempt per run of spaces, not one per space)
LINKED_TITLE_WORDS = 20    # the title a "Read more:" label points to is this long at most


def teaser_label(text: str, ctx: Context) -> int | None:
    """Where the title starts after a label of other stories ('Read more: …', 'À lire aussi » …'), or None."""
    m = pattern("related_heading", ctx.config.extra_phrases).match(text)
    if m is None:
        return None
    end = LABEL_END.match(text, m.end())
    return end.end() if end else None


@block_rule("teaser_link", "a label of other stories and the title it points to ('Read more: …', 'Lesen Sie auch: …')")
def teaser_link(block: Block, ctx: Context) -> str | None:
    at = teaser_label(block.text, ctx)
    if at is None or not sends_elsewhere(block.text):
        return None
    title = block.text[at:]
    # (a title is one phrase: "Recommended: BigCommerce for scaling, Wix for content, Squarespace for …" is advice)
    if 0 < len(words(title)) <= LINKED_TITLE_WORDS and title.count(",") < 2:
        return "a link to another story"
    return None


COUNT_AND_WORD = re.compile(r"^\d+\s+\w+$")


# A form's field and its mark: "Name (required)", "E-Mail (wird benötigt und nicht veröffentlicht)",
# "E-mail (required, hidden to public)"
FORM_FIELD = re.compile(r"^(?:name|e-?mail|website|webseite|url|uri|nom|nombre|correo|imię|pseudonim)\s*\*?\s*\("
                        r"(?:required|erforderlich|wird benötigt|benötigt|pflichtfeld|obligatoire|requis|obligatorio|"
                        r"requerido|wymagane|will not be published|wird nicht veröffentlicht)\b", re.I)
FORM_FIELD_WORDS = 10
# A notice that no one can comment or reply any more: WordPress's "Comments are closed.", Discourse's "This topic
# was automatically closed 30 days after the last reply. New replies are no longer allowed.", "Dieses Thema wurde
# nach 30 Tagen automatisch geschlossen."
CLOSED = re.compile(r"^(?:comments? (?:are|is)|commenting is|this (?:topic|thread|discussion|question) (?:was|has been|is)|"
                    r"kommentare sind|die kommentarfunktion (?:ist|wurde)|dieses thema (?:wurde|ist)|"
                    r"les commentaires sont|ce sujet (?:a été|est)|los comentarios están|este tema (?:se|fue|ha sido|está)|"
                    r"i commenti sono|questo argomento è stato|komentarze (?:są|zostały)|ten temat (?:został|jest))"
                    r"\b[^.!?]{0,50}?\b(?:closed|locked|geschlossen|deaktiviert|gesperrt|fermés?|cerrados?|cerró|"
                    r"chiusi|chiuso|wyłączone|zamknięt[ye])\b", re.I)
CLOSED_WORDS = 25
# A board's box of what the reader may do there (phpBB's and its hosts'): "Permissions in this forum:", "You cannot
# reply to topics in this forum", "No puedes responder a temas en este foro", "Du darfst keine Dateianhänge in
# diesem Forum erstellen." (a permission's verb in it: not a post's "You can find it in this forum")
_THIS_FORUM = r"(?:this forum|este foro|ce forum|diesem forum|tym forum|questo forum|dit forum|este fórum)"
_MAY = (r"(?:you (?:can(?:not)?|can not)|(?:no )?puedes|vous (?:ne )?pouvez|(?:nie )?możesz|(?:non )?puoi|je kunt|"
        r"(?:não )?podes|(?:não )?pode)")
_RIGHT = (r"(?:post|reply|edit|delete|vote|start|create|attach|download|respond|publi|crea|borra|elimina|vota|"
          r"adjunta|descarga|répond|supprim|joindre|télécharg|modifi|odpowiad|pisać|tworzyć|edytow|usuwa|głosow|"
          r"rispond|scriv|cancell|allega|scarica|plaats|beantwoord|bewerk|verwijder|stem)")
FORUM_RIGHTS = re.compile(rf"^(?:(?:permissions? (?:in|of)|permisos de|permissions de|berechtigungen in|"
                          rf"uprawnienia (?:na|w)|permessi di) {_THIS_FORUM}|"
                          rf"{_MAY}\s[^.!?]{{0,30}}?\b{_RIGHT}[^.!?]{{0,40}}?\s"
                          rf"(?:in|en|dans|na|w|op|su|no|neste)\s{_THIS_FORUM}|"
                          rf"(?:du darfst|sie dürfen)\s[^.!?]{{0,60}}?\sin diesem forum\s\w+)\W*$", re.I)


@block_rule("comment_widget", "comment headings, counts, reply buttons and form fields, a notice that they are "
                              "closed, a board's line of who thanked a post and its box of what the reader may do")
def comment_widget(block: Block, ctx: Context) -> str | None:
    if ctx.page_type == "documentation" and (fold(block.text) in API_SECTIONS or API_STATUS.match(block.text.strip())):
        return None             # (an API reference's section of what a request answers, "Responses", is no comments;
        #                         nor one answer's, its status code after it: "Response 200", Apiary's)
    labels = unglued(block.text)
    if _only(ctx, ("comment_widget", "share_widget"), labels) and _find(ctx, "comment_widget", labels) \
            and not (ctx.page_type in SHOP_PAGES and PRICE.match(block.text.strip())):    # (not a shop's prices
        #                                                   with the saving after them, "£199.00 £249.00 Save £50.00")
        return "comment widget"
    if block.text[:1].isdigit() and _short(ctx, block, 8) and COUNT_AND_WORD.match(block.text) \
            and _find(ctx, "comment_widget", block.text):
        return "comment count"
    if ctx.page_type == "forum" and (ANSWER_COUNT.match(block.text.strip()) or block.kind == "heading"
                                     and ANSWERS_HEADING.match(block.text.strip())):
        return "count of answers"       # (a question's thread: "2 answers" over them, or "Answers")
    if _short(ctx, block, 40) and _find(ctx, "comment_form", block.text):
        return "comment form"
    if _short(ctx, block, FORM_FIELD_WORDS) and "(" in block.text and FORM_FIELD.match(block.text):
        return "comment form field"
    if _short(ctx, block, CLOSED_WORDS) and CLOSED.match(block.text):
        return "comments closed"
    if _short(ctx, block, CLOSED_WORDS) and FORUM_RIGHTS.match(block.text):
        return "what the reader may do on the board"
    if _short(ctx, block, THANKED_WORDS) and block.text[:1] in THANKED_OPENINGS and THANKED.match(block.text):
        return "who thanked the post"
    return None


# A post's footer, its time and its category beside its permalink and its count of comments: "Posted at 09:12 AM in
# Vegetables | Permalink | Comments (3)" (Typepad's, Movable Type's); or its byline first, its counts of comments
# and trackbacks after it: "Geschrieben von Jens in Bau um 17:42 | Kommentare (3) | Trackbacks (0)" (Serendipity's)
POST_FOOTER_WORDS = 24
# (or its category after its label, Twenty Ten's: "Pubblicato in Ricette | 9 commenti", "Posted in News | Leave a
# comment")
CATEGORY_LABEL = re.compile(r"^(?:posted in|filed under|published in|pubblicato in|publié dans|classé dans|"
                            r"veröffentlicht in|abgelegt unter|publicado en|archivado en|publicado em|opublikowano w|"
                            r"geplaatst in|categor(?:y|ies|ie|ía|ias|ia|ie)\s?:)\s\S", re.I)
# or its fields glued with the labels a theme writes for screen readers: "Author Dita Figueiredo Posted on April 12,
# 2026 8 Comments on Pão de queijo" (WordPress's Twenty Fifteen to Seventeen, in the site's language: "Autor …
# Publicado em 12 de abril de 2026 Deixe um comentário em …")
_AUTHOR_LABEL = r"(?:author|autor|auteur|autore|autorka)"
_POSTED_LABEL = (r"(?:posted on|published on|publicado em|publicado el|publicado|publié le|veröffentlicht am|"
                 r"pubblicato il|opublikowano|gepubliceerd op|publicerad)")
_COMMENTS_ON = (r"(?:(?:\d{1,5}|one|no)\s(?:comments?|comentários?|comentarios?|commentaires?|kommentare?|commenti|"
                r"commento|komentarz[ey]?|reacties?)|leave a comment|deixe um comentário|deja un comentario|"
                r"laisser un commentaire|schreibe einen kommentar|lascia un commento|dodaj komentarz|"
                r"laat een reactie achter)\s(?:on|em|en|sur|zu|bei|su|do|op)\s\S")
LABELLED_FOOTER = re.compile(rf"^{_AUTHOR_LABEL}\s\S[^|]{{0,40}}?\s{_POSTED_LABEL}\s[^|]{{4,40}}?"
                             rf"(?:\s|(?<=\d)){_COMMENTS_ON}", re.I)    # (glued to the date: "…de 2026Deixe um …")
TRACKBACKS = re.compile(r"^(?:trackbacks?|pingbacks?|rückverweise)\s*\(?\d{1,5}\)?$", re.I)


def post_footer(ctx: Context, text: str) -> bool:
    if len(words(text)) > POST_FOOTER_WORDS:
        return False
    if "|" not in text:
        return LABELLED_FOOTER.match(text) is not None
    parts = [p.strip() for p in text.split("|")]
    if any(CATEGORY_LABEL.match(p) for p in parts):     # (its category after its label, its comments' link with a
        return any(_only(ctx, ("comment_widget",), p) or any(c.isdigit() for c in p)   # count or none yet: "Posted
                   and _find(ctx, "comment_widget", p) for p in parts)                 # in News | Leave a comment")
    return any(fold(p) in PERMALINK or BYLINE_PREFIX.match(p) for p in parts) \
        and any(any(c.isdigit() for c in p) and (_find(ctx, "comment_widget", p) or TRACKBACKS.match(p))
                for p in parts)


# A board's line under a post, the members who thanked its author: "The following user(s) said Thank You: Piet van
# Dam" (Kunena's), "The following 2 users thanked anna for this post: …" (phpBB's), in the boards' languages
THANKED = re.compile(r"^(?:the following (?:\d+ )?users?(?:\(s\))? (?:said thank you|thanked|say thank you)|"
                     r"de volgende gebruiker(?:\(s\)|s)? (?:zei|zeiden) bedankt|"
                     r"(?:die )?folgenden? (?:\d+ )?benutzer (?:bedankten sich|sagten danke|sagen danke)|"
                     r"les? (?:\d+ )?utilisateurs? suivants? (?:ont|a) (?:remercié|dit merci)|"
                     r"los siguientes (?:\d+ )?usuarios (?:dieron las gracias|agradecieron)|"
                     r"następując(?:y|ych|e) (?:\d+ )?użytkowni(?:k|cy|ków) (?:podziękował|podziękowali))\b", re.I)
THANKED_OPENINGS = frozenset("TtDdFfLlNn")
THANKED_WORDS = 40      # the line names the members, this many words at most


API_SECTIONS = frozenset({"responses", "response", "antworten", "réponses", "respuestas", "risposte"})
API_STATUS = re.compile(r"^(?:responses?|antwort|réponse|respuesta|risposta)\s[1-5]\d\d\b", re.I)
SIGNED = ("says", "said", "wrote", "replied", "schreibt", "schrieb", "a écrit", "dice", "dijo", "scrive", "napisał")
SIGNED_ON_DATE = ("says", "said", "wrote", "schrieb", "a écrit", "dijo")
RESPONSES = ("thoughts", "thought", "responses", "response", "replies", "reply", "comments", "comment", "antworten",
             "kommentare", "réponses", "commentaires", "respuestas", "comentarios")
# a shop's count over a product's reviews: "3 reviews for Hand-thrown Mug" (WooCommerce's), "2 Bewertungen für …"
# (not a site's "205669 Bewertungen zu Verivox abgegeben", a box of its ratings)
REVIEWS = ("reviews", "review", "bewertungen", "bewertung", "avis", "valoraciones", "opinie")
# or the heading over them, its product named: "Kundenbewertungen für "Trixie Natura Kleintierstall""
REVIEWS_OPENING = (rf"^\d+\s+(?:{'|'.join(REVIEWS)})\s+(?:for|für|pour|sur|para|dla)\b"
                   rf"|^(?:{'|'.join(SHOP_REVIEWS)})\s+(?:for|of|für|zu|pour|sur|de|para|per|dla)\s")
REVIEWS_HEADING = re.compile(REVIEWS_OPENING, re.I)
COMMENT_HEADER = re.compile(
    r"^(?!(?:he|she|they|it|i|we|you|er|sie|il|elle)\s)[^\s,]+(?:\s[^\s,]+){0,3}\s"      # a name, not a pronoun
    rf"(?:{'|'.join(SIGNED)})\s?:?$"
    rf"|^.{{1,60}}\s(?:on|am|le|el)\s.{{4,40}}\d.{{0,20}}\s(?:{'|'.join(SIGNED_ON_DATE)})\s?:$"
    rf"|^(?:\d+|one|no)\s+(?:{'|'.join(RESPONSES)})\s+(?:to|on|zu|à|a|sur|en)\b"
    rf"|{REVIEWS_OPENING}",
    re.I)
# Each of the pattern's forms holds one of these as a whole word (tried first: the pattern is slow to fail)
COMMENT_WORDS = frozenset(phrase.split()[-1] for phrase in SIGNED + SIGNED_ON_DATE + RESPONSES + REVIEWS
                          + SHOP_REVIEWS)
# "Cribbage or dice", "Bread and said": a list of things, not a name over what it says
LISTING_WORDS = frozenset({"or", "and", "&", "oder", "und", "ou", "et", "o", "y", "e", "lub", "i"})


# A reader's comment signed with its time and its buttons: "Ben 19. Juni 2018 um 15:28 Uhr - Antworten",
# "17.10.2019, 14:14 Zum Antworten anmelden Zitieren #", "March 3, 2020 at 10:14 am Reply" (a time of day: a post's
# own header gives its date and "Leave a reply", a link to the form, not a reply button)
REPLY_WORDS = frozenset({"reply", "antworten", "zitieren", "quote", "répondre", "citer", "responder", "citar",
                         "rispondi", "odpowiedz", "cytuj"})
REPLY_BUTTONS = re.compile(r"\d{1,2}[:.]\d{2}\b.{0,20}?(?:\s[-–|·]|\s)\s*(?<!\sa )(?:(?:log in|sign in|login) to reply|"
                           rf"zum antworten anmelden(?:\s+zitieren)?|{'|'.join(sorted(REPLY_WORDS))})\s*#?$", re.I)
SIGNED_WITH_BUTTONS = "comment signature with its time and reply button"


@block_rule("comment_header", "the signature line over a reader's comment ('jane says:', '34 responses to …', "
                              "'Ben 19. Juni 2018 um 15:28 Uhr - Antworten')")
def comment_header(block: Block, ctx: Context) -> str | None:
    if not _short(ctx, block, 16):
        return None
    lw = letter_words(block.text)
    if not COMMENT_WORDS.isdisjoint(lw) and COMMENT_HEADER.match(block.text.strip()) \
            and _signed_by_a_name(block.text):
        return "the heading over a shop's reviews" if REVIEWS_HEADING.match(block.text.strip()) \
            else "comment signature"
    if not REPLY_WORDS.isdisjoint(lw) and REPLY_BUTTONS.search(block.text) and dates.find_dates(block.text):
        return SIGNED_WITH_BUTTONS
    return None


def _signed_by_a_name(text: str) -> bool:
    """No listing word before the verb: 'jane says', not 'Cribbage or dice'."""
    ws = text.lower().split()
    return len(ws) < 2 or ws[-2] not in LISTING_WORDS


WORD_CHAR = re.compile(r"\w")
TAG_LIST = re.compile(r"^(?P<label>[^:]{1,30}):\s*(?P<rest>.*)$")


@block_rule("tag_widget", "tag, topic and category lists ('Tags: a, b, c', 'In this article:, , ,', "
                         "'This entry was posted in …')")
def tag_widget(block: Block, ctx: Context) -> str | None:
    text = block.text
    if ctx.page_type == "documentation" and SEE_ALSO.match(text.strip()):
        return None             # (a manual's own references: GitLab's "Related topics", no topics' tags)
    m = TAG_LIST.match(text)
    label = m.group("label") if m else text
    first = words(label)[:1]         # a label made of a phrase starts with one of its words (tried first: cheaper)
    if (not first or first[0].lower() in phrase_words(("tag_label",), ctx.config.extra_phrases)) \
            and pattern("tag_label", ctx.config.extra_phrases, whole=True).match(label) \
            and not (label[:1].isdigit() and dates.opening_date(label)):    # (the post's date first: its date
        #                                                                    line, "01.02.2022 Kategorie: Verband")
        rest = m.group("rest") if m else ""
        if not rest and block.kind == "heading" and block.level == 1:
            return None         # (the page's title, a word alone: a design system's page on its "Tag" component)
        if not rest or not ends_sentence(rest) or rest.count(",") >= 2:
            return "tag or topic list"
    rest = text.split(":", 1)[-1]
    if rest.count(",") >= 3 and not WORD_CHAR.search(rest):      # "In this article:, , , , ,"
        return "empty tag list"
    if _short(ctx, block, 40) and _find(ctx, "post_meta", text):
        return "the post's categories and tags"
    if text.count("(") >= COUNTED_ITEMS and _counted_list(text):
        return "tags or categories with their counts"
    return None


COUNTED_ITEMS = 4        # "outsourced accounting (270) bookkeeping services (195) …", "Januar 2020 (13) …"
COUNTED_SHARE = 0.8      # of the line
COUNT_MARK = r"\(\d{1,6}\)"    # "(270)": a tag's or an archive month's count of posts
COUNTED_ITEM = re.compile(r"[^()]{1,40}?" + COUNT_MARK)


def _counted_list(text: str) -> bool:
    """Names each followed by a count in brackets, and little else: a tag cloud, an archive's months."""
    items = COUNTED_ITEM.findall(text)
    return len(items) >= COUNTED_ITEMS and sum(map(len, items)) >= COUNTED_SHARE * len(text)


# "© 2019 SlashGear", "Copyright © 2024 AP", "(c) 2019", "… Ltd ©": the sign opens the line or stands by a year
COPYRIGHT_LINE = re.compile(r"^\W*(?:©|copyright\b)|(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}|$)"
                            # (or the holder's name after it, ending the line, no year or comma: "카페 이용약관
                            # 개인정보처리방침 © Kakao Corp.", the footer's links before it; not a photo's credit,
                            # "photos © Inexhibit, 2018")
                            r"|(?<!\w)©\s?[^\W\d][^©.!?,\d\n]{0,40}\.?$", re.I)


# a business's number in its country's register or for its tax, among its footer's fields: "P.IVA 01234567890",
# "USt-IdNr.: DE123456789", "CVR 12345678", "KvK 12345678", "NIP 123-456-78-90", "SIRET 123 456 789 00012"
COMPANY_ID = re.compile(r"(?<!\w)(?:p\.\s?iva|partita iva|ust-?id(?:nr)?\.?|vat(?: no\.?| number| reg\.?)?|cvr|kvk|nip|"
                        r"siret|siren|cif|nif|btw|ičo|ič|dič|org\.?\s?nr\.?|krs|regon|handelsregister|hrb|"
                        r"사업자\s?등록\s?번호|통신판매업\s?신고(?:번호)?)"     # (Korean: the business's register)
                        r"\s?:?\s?(?:[A-Z]{2}\s?)?\d[\d .-]{5,}", re.I)
# a site's disclaimer runs this long ("Consult your physician … before beginning any exercise program …", "This
# material has been prepared for informational purposes only …")
LEGAL_NOTICE_WORDS = 80


@block_rule("copyright_footer", "copyright, legal and footer link lines")
def copyright_footer(block: Block, ctx: Context) -> str | None:
    if not _short(ctx, block, LEGAL_NOTICE_WORDS):
        return None
    short = _short(ctx, block, 30)
    low = block.text.lower()
    if short and ("©" in low or "(c)" in low or "copyright" in low) and COPYRIGHT_LINE.search(block.text) \
            and not (ctx.page_type == "documentation" and COPYRIGHT_FIELD.match(block.text)):
        return "copyright line"     # (not a module's field on a manual's page, "Copyright: 2024 Maren Voss", LDoc's,
        #                             beside its "License: MIT" and "Author: …")
    if _find(ctx, "legal_notice", block.text) and not PUBLISHED.match(block.text):
        return "legal notice"       # (not a date line a disclosure ends: "Published: Mar 8, 2024 · … · This post
        #                             may contain affiliate links", date_line's)
    if short and block.kind != "heading" and _only(ctx, ("copyright", "nav_words"), block.text) \
            and _find(ctx, "copyright", block.text):
        return "footer links"       # (not a section's heading, "Contact us" over the address)
    if short and COMPANY_ID.search(block.text) and FIELD_SPLIT.search(block.text) and not ends_sentence(block.text):
        return "the business's name, address and registration"     # ("Studio Ferri · P.IVA 01234567890 · Via …")
    if short and WIKI_FOOTER.match(block.text):
        return "a wiki's footer"
    if ctx.page_type != "product" and _short(ctx, block, POWERED_WORDS) and (
            POWERED_BY.search(block.text) or BUILT_WITH.search(block.text) or THEME_BY.search(block.text)) \
            or len(block.text) <= CREDIT_CHARS and CREDIT_ALONE.match(block.text) or generated_by(block.text):
        return "the software the site runs on"      # (or its documentation's: "Generated by EDoc")
    return None


COPYRIGHT_FIELD = re.compile(r"^\s*copyright\s?:\s", re.I)
# A wiki's footer (MediaWiki's) in the wiki's language: where the page was retrieved from, when it was last edited,
# how often it was read ('Retrieved from "https://…"', "This page was last edited on 14 October 2024, at 09:22.",
# "This page has been accessed 48,211 times."; "Obtenido de", "Cette page a été modifiée pour la dernière fois le")
WIKI_FOOTER = re.compile(
    r"^\W{0,3}(?:retrieved from|obtenido de|récupérée de|abgerufen von|pobrano z|opgehaald van|estratto da|"
    r"obtid[ao] de|získáno z)\s?[\"“„«']?\s?https?://\S+\s?[\"”“»']?\W{0,3}$"
    r"|^\W{0,3}(?:this page was last (?:edited|modified) on|esta página se (?:modificó|editó) por última vez el|"
    r"cette page a été modifiée pour la dernière fois le|diese seite wurde zuletzt am|"
    r"ta strona została ostatnio (?:edytowana|zmodyfikowana)|questa pagina è stata modificata per l'ultima volta il|"
    r"deze pagina is (?:het )?laatst (?:bewerkt|gewijzigd) op|esta página foi (?:editada|modificada) pela última vez|"
    r"tato stránka byla naposledy (?:editována|upravena))\s"
    r"|^\W{0,3}(?:this page has been accessed|esta página se ha visitado|cette page a été consultée|"
    r"diese seite wurde bisher|questa pagina è stata letta|esta página foi acessada)\s[\d.,\s  ]{1,15}-?\s?"
    r"(?:times|veces|fois|mal|volte|vezes)\b", re.I)
# The footer's credit to the software the site runs on, after the site's name or not: "Balkontuin Forum » Aangedreven
# door YaBB 2.5.2!", "Proudly powered by WordPress" (not on a product's page: "Powered by USB-C" is a feature)
POWERED_BY = re.compile(r"(?:^\W{0,3}|[»|·•–—-]\s)(?:proudly\s)?(?:powered by|propulsé par|aangedreven door|"
                        r"mogelijk gemaakt door|betrieben (?:mit|von)|unterstützt von|desarrollado (?:con|por)|"
                        r"realizzato con|"
                        r"creato con|con la tecnología de|con tecnologia|com tecnologia|desenvolvido (?:com|por)|"
                        r"optimisé par|"
                        r"obsługiwane przez|drivs av|drevet av|drives af):?\s+\S", re.I)   # (FUDforum's "Powered
#                                                                                     by: FUDforum 3.1.3.")
POWERED_WORDS = 10
# (or made with a site builder or a site generator it names: "Made with Webstudio", "Built with Hugo", "Criado com
# Simvoly"; not "Made with love", "Built with local stone")
BUILT_WITH = re.compile(r"(?:^\W{0,3}|[»|·•–—-]\s)(?:(?:made|built|created|designed|crafted)\s(?:with|using|on)|"
                        r"erstellt mit|créé avec|creado con|criado com|gemaakt met|stworzone (?:w|z)|vytvořeno v)\s"
                        r"(?:webstudio|webflow|framer|carrd|wix|squarespace|weebly|jimdo|strikingly|tilda|durable|"
                        r"simvoly|"
                        r"site123|webnode|mobirise|nicepage|dorik|typedream|softr|readymag|hugo|jekyll|gatsby|astro|"
                        r"eleventy|hexo|zola|pelican|ghost|wordpress|notion|super\.so)\b", re.I)
# (or the theme the site wears and its maker: "Theme Stack designed by Jimmy", "Theme: Twenty Twenty-Four by
# WordPress.org", "Astra WordPress Theme by Brainstorm Force", "Thème : Zakra par ThemeGrill"; the theme's name
# with a capital, not "Theme park by the river")
THEME_BY = re.compile(r"(?:^\W{0,3}|[»|·•–—-]\s)(?:(?:wordpress\s)?(?:theme|thème|tema|motyw)(?:\s?:\s?|\s)"
                      r"(?:(?-i:[A-Z0-9])[^.!?|]{0,40}?\s)?|(?!(?-i:The|A|An|Our|This|My|Your)\s)(?-i:[A-Z])[\w-]*"
                      r"(?:\s(?-i:[A-Z])[\w-]*)?\s(?:wordpress\s)?(?:theme|thème)\s)"
                      r"(?:(?:designed|developed|made|created|crafted)\s)?(?:by|par|por|di|von|autorstwa)\s"
                      r"(?-i:[A-Z0-9])", re.I)     # (its maker with a capital too: not "Theme by the sea")
# (or its words alone, the links to the software around them gone: Nicepage's "Website Templates created with
# Website Builder Software")
CREDIT_ALONE = re.compile(r"^\W*(?:created|made|built|designed|powered|crafted)\s(?:with|by|using|on)\W*$", re.I)
CREDIT_CHARS = 30


RELATIVE_TIME = re.compile(     # (not a program's option and its argument: "-a days")
    rf"^(?!\s*--?[^\W\d_])[\W_]*(?:(?:updated|published|posted|aktualisiert|publié|publicado)\s+)?"
    rf"(?:(?:{AGE_WORDS})\s+)?{AGE_COUNT}\s*(?:{AGE_UNITS})\.?"
    rf"(?:\s+(?:{AGE_WORDS}))?[\W_]*$"
    rf"|^[\W_]*(?:{AGE_WORDS})[\W_]*$", re.I)
# "ago", "vor", "yesterday": the words that make a relative time a teaser's age, not a duration ("4 Min.")


# The notice a site puts over an older story: "This article is more than 3 months old" (The Guardian)
ARTICLE_AGE = re.compile(r"^\W*this (?:article|story|post) is (?:more|over) than "
                         r"(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) "
                         r"(?:days?|weeks?|months?|years?) old\W*$", re.I)


@block_rule("relative_time", "relative times of teasers ('2 days ago', 'vor 3 Stunden', 'il y a 2 jours') and a "
                             "story's age ('This article is more than 3 months old')")
def relative_time(block: Block, ctx: Context) -> str | None:
    if RELATIVE_TIME.match(block.text) and not (ctx.page_type in DURATION_PAGES and AGE.search(block.text) is None):
        return "relative time"      # (on a shop's page a duration alone is a product's field: "Keeps hot" / "12 hours";
        #                             on a business's, an offer's: "Corte clásico" / "30 min" / "$25.00")
    return "the article's age" if ARTICLE_AGE.match(block.text) else None


CREDIT_MARK = re.compile(r"[/|(©]")
# "… wissen muss © Rike/pixelio.de": the picture's maker after a copyright mark (not "© 2021 …", a site's footer)
COPYRIGHT_TAIL = re.compile(r"©\s?(?P<credit>[^\W\d_][^©\d]{0,30})$")
CREDIT_TAIL = re.compile(r"[A-Za-z.]\s?/\s?(?P<credit>[A-Z][\w.\-]*(?:[ _][A-Z][\w.\-]*){0,4})$")
# An address's last line, a postcode and the town with its region after a slash ("26899 Rhede /Ems",
# "D-60311 Frankfurt/Main"): no caption's credit
TOWN_LINE = re.compile(r"(?:^|\n)[A-Z]{0,2}-?\d{4,5} [^\n/]{1,40}/[^\n/]{1,30}$")
CAPTION_START = re.compile(r"^[\W]*(?P<label>[^\W\d_][\w ]{1,20}?)\s*[:|]\s*\S")
# "(Photo by John Smith)", "(Foto: dpa)", "(Image courtesy of NASA)", "(Bildquelle: Ring der Landjugend)";
# not "(photo, video, florist)", a list. A source's credit is a photo's when it names the picture's makers with
# slashes ("(Quelle: Hume/Unsplash/DJV)"), not "(Quelle: Statistisches Bundesamt)" under a figure of the text;
# "(Symbolbild)": a stock picture's caption
CREDIT_PAREN = re.compile(r"\((?:(?:photo|image|picture|foto|bild|credit|crédit|bildquelle|fotoquelle|bildnachweis|"
                          r"imagen|fotografía|zdjęcie|kuva)s?\s*(?:[:/©]|by\b|von\b|de\b|courtesy\b|credit\b)[^)]*"
                          r"|(?:quelle|source|fuente|źródło)\s*:[^)/]*/[^)]*"
                          r"|symbolbild|symbolfoto|archivbild|archivfoto|file photo|stock photo)\s*\)\.?\s*$", re.I)
# A caption's sentence with its photographer after a photo's label: "… Sanna Marinin kanssa. Kuva: ALEXANDER BECHER"
CREDIT_LABEL_TAIL = re.compile(r"[.!?]\s+(?:photo|foto|bild|image|kuva|zdjęcie|fot\.|fotografía)\s*:\s*"
                               r"[^\W\d_][\w.'’-]*(?:\s[^\W\d_][\w.'’-]*){0,3}\s*$", re.I)
# A wire photo's caption: "In this Dec. 12, 2006, file photo, made available by NASA, …"
IN_THIS_PHOTO = re.compile(r"^\W*(?:in this|en esta|sur cette|auf diesem|in questa)\b.{0,80}?"
                           r"\b(?:photo|image|picture|foto|bild|immagine)\b", re.I)
PHOTO = ("photograph", "photo", "image", "picture", "foto", "bild")
PHOTO_BY = re.compile(rf"\b(?:{'|'.join(PHOTO)})\s+(?:by|credit|von|:)"
                      rf"|^(?:{'|'.join(PHOTO)})\s+(?:copyright|caption|credit|source|quelle)\b"
                      rf"|^(?:{'|'.join(PHOTO)})\s*©", re.I)          # "Foto © Peter Steiger"
PHOTO_WORDS = frozenset(PHOTO)     # one of them as a whole word, or no PHOTO_BY (tried first)


ABBREVIATION_LETTERS = 5     # "UI", "AR", "XGS-PON", "T10": an abbreviation is short and in capitals


def _abbreviations_joined(ctx: Context, text: str, m: re.Match) -> bool:
    """'UI/UX Design', 'A/B Testing', 'N/A', 'AR/VR': the slash joins two abbreviations (a name, not a credit),
    unless one of them is an agency's ('EPA/EFE', 'AP/AFP')."""
    before = text[:m.start() + 1].split()[-1].rsplit("/", 1)[-1]
    after = m.group("credit").split()[0]
    short = all(w.isupper() and len(w.replace("-", "")) <= ABBREVIATION_LETTERS for w in (before, after))
    return short and not _find(ctx, "credit_agency", f"{before} {after}")


CAPTION_LOWER_WORDS = 2      # a caption says what the photo shows: a phrase, with words in lower case
PHOTOGRAPHER_WORDS = (2, 3)  # a photographer's name alone, over the agency's: "Jason Cipriani/ZDNet"


def _captioned(text: str) -> bool:
    """What stands before a credit is a caption ("The president speaks in Kyiv. REUTERS/…", "Officials joined the
    call from Miami/…"), a photographer's name or a copyright, not a word or a title that a slash joins to the
    next ("Walk/Run Easy", "Red/Blue LEDs", "Remove The Existing Paint/Stain", "Food/Dining")."""
    ws = words(text)
    lo, hi = PHOTOGRAPHER_WORDS
    return "©" in text or sum(w.islower() for w in ws) >= CAPTION_LOWER_WORDS \
        or lo <= len(ws) <= hi and name_shaped(list(ws))


# a field's label and its values between slashes, a word each: a product's colours ("Shown: Black/Anthracite/White",
# Nike's), its sizes ("Größe: S/M/L"); no caption and its credit
SLASHED_FIELD = re.compile(r"^[^\W\d][^\W\d ]*(?: [^\W\d]+)?:\s?[\w-]+(?:/[\w-]+)+$")


@block_rule("caption_credit", "photo captions and credits ('…/Reuters', 'Photo: …', '(Photo by …)'); never a table")
def caption_credit(block: Block, ctx: Context) -> str | None:
    text = block.text.strip()
    if not _short(ctx, block, 60) or _embedded_post(text) or block.kind == "table" \
            or "※" in text and BBS_SIGN_OFF.search(text):
        return None             # (a table's last cell is no credit: "Farbe | Grau/Orange"; nor a post's text with its
        #                         sign-off glued on, its address last: "… -- ※ 發信站: … ※ 文章網址: https://…/M.1.html")
    m = (":" in text or "|" in text) and CAPTION_START.match(text)
    joined_prose = block.end_line is not None and len(words(text)) > 15      # lines the reader glued: a paragraph
    if m and not joined_prose and pattern("caption_label", ctx.config.extra_phrases, whole=True).match(m.group("label")):
        return f"caption label ({m.group('label')!r})"
    if "(" in text and CREDIT_PAREN.search(text) or ":" in text and CREDIT_LABEL_TAIL.search(text) \
            or not PHOTO_WORDS.isdisjoint(letter_words(block.text)) and PHOTO_BY.search(text):
        return "photo credit"
    if IN_THIS_PHOTO.match(text):
        return "photo caption ('In this … photo')"
    tail = text[-40:]
    if not ends_sentence(text):                  # a credit follows a '/' (or '|', '(' or '©' before an agency)
        m = "/" in text and not SLASHED_FIELD.match(text) and CREDIT_TAIL.search(text)
        if m and not _abbreviations_joined(ctx, text, m) and _captioned(text[:m.start("credit")]) \
                and not TOWN_LINE.search(text):
            return f"caption ending in a credit ({m.group('credit')!r})"
        agency = CREDIT_MARK.search(tail) and _find(ctx, "credit_agency", tail)
        if agency and re.search(r"[/|(©]\s*[^/|(©]*$", tail):
            return f"caption ending in a credit ({agency!r})"
        m = "©" in tail and COPYRIGHT_TAIL.search(tail)
        if m:
            return f"caption ending in a credit ({m.group('credit')!r})"
    return None


@lru_cache(maxsize=64)
def byline_pattern(extra: tuple[tuple[str, tuple[str, ...]], ...] = ()) -> re.Pattern:
    """A byline line: its label (with a config's byline labels), the name, and what may follow a separator."""
    return re.compile(byline_prefix(extra).pattern + r"(?P<name>[^\W\d_][^|•]{1,80}?)(?:\s[|•]\s.{1,80})?$", re.I)


BYLINE = byline_pattern()      # the default one (the pattern tests probe)


BYLINE_NAME_END = re.compile(rf"{FIELD_SPLIT.pattern}|,\s|{AT_TIME.pattern}", re.I)     # where a byline's name ends


# "Natasha Turak @NatashaTurak", "Catherine Shu @catherineshu / 2 days": two to four words of a name, its handle
HANDLE_BYLINE = re.compile(r"^(?P<name>[^\W\d_]\S*(?:\s[^\W\d_]\S*){1,3})\s@\w{2,30}"
                           r"(?P<rest>(?:\s*[/|·•]\s*[^/|·•]{1,20})?)$")


@block_rule("byline", "'By Name' bylines and 'Name @handle' lines (moved to metadata, not the body)")
def byline(block: Block, ctx: Context) -> str | None:
    m = byline_pattern(ctx.config.extra_phrases).match(block.text.strip(" " + FIELD_SEPARATORS))   # "| By Lisa Duffy"
    if m and not dates.has_date_shape(block.text):      # "By Jane Doe | May 1, 2026": a date line (date_line)
        name = BYLINE_NAME_END.split(m.group("name"), maxsplit=1)[0]     # "By Jane Doe | Staff writer"
        name = CONTACT_AFTER_NAME.split(name, maxsplit=1)[0]        # "By Megan Rowe meganr@spokesman.com"
        if len(words(name)) <= 6 and (is_title_case(name) or _caseless_name(name)) \
                and not ends_sentence(name.rstrip(".")) and not has_price(m.group("name")):   # ("por R$ 299,90")
            return "byline (metadata)"
    m = "@" in block.text and HANDLE_BYLINE.match(block.text.strip())
    if m and len(m.group("name").split()) == len(words(m.group("name"))) and name_shaped(words(m.group("name"))) \
            and not dates.has_date_shape(block.text) and not ends_sentence(m.group("rest")):
        return "byline (a name and its social handle)"
    return None


def _caseless_name(name: str) -> bool:
    """A name in a script with no capitals, short ("阿远" of "作者: 阿远", "김민준"): no case to tell it by."""
    t = name.strip()
    return 0 < len(t) <= CASELESS_NAME_CHARS and all(c.lower() == c.upper() for c in t if c.isalpha()) \
        and any(c.isalpha() for c in t)


CASELESS_NAME_CHARS = 12


SIGNATURE_LINES = 6       # an e-mail's signature under its "-- " line is this many lines at most,
SIGNATURE_LINE_WORDS = 12     # each this short (a name, a title, a team, an address, a link)


@block_rule("email_signature", "an e-mail's signature under its '-- ' line (a mailing list's message)")
def email_signature(block: Block, ctx: Context) -> str | None:
    if block.text[:2] != "--":
        return None
    first, _, rest = block.text.partition("\n")
    lines = rest.splitlines()
    if SIGNATURE_MARK.match(first) and 0 < len(lines) <= SIGNATURE_LINES \
            and all(len(line.split()) <= SIGNATURE_LINE_WORDS for line in lines):
        return "an e-mail's signature (under its '-- ' line)"
    return None


PUBLISHED = re.compile(r"^[\W]*(?:published|updated|posted|last updated|first published|veröffentlicht|aktualisiert|"
                       r"stand|publié|mis à jour|publicado|actualizado|pubblicato|aggiornato|opublikowano|"
                       # (Chinese, Japanese, Korean: "时间: 2024-10-20", Typecho's; "投稿日：", "작성일")
                       r"时间|時間|日期|发布时间|發布時間|发布于|發佈於|发表于|發表於|投稿日|公開日|更新日|작성일|등록일)"
                       r"(?:\s+(?:on|am|le|el|il))?\s*[:：]?\s*(?P<rest>.*)$", re.I)


DATE_ONLY = "date line (metadata)"
# "Einsendeschluss: 03.11.2019", "Last checked: 2025-10-28", "Lenovo Tech World: January 6, 2026": a label that
# says what the date is for
LABELLED = re.compile(r"^\W*(?P<label>[^\W\d_][\w .'’-]{0,40}?)\s?:\s")
LABELLED_DATE_WORDS = 3    # words besides the date after such a label ("(Poststempel)", "(pre-registered)")
# (words of a label that still make the date the page's own: "Date:", "Last Modified:", "Veröffentlichung:"; and a
# reader's signature over a comment, "Jess says: October 7, 2008 at 11:49 am")
DATE_LABELS = frozenset({"date", "datum", "fecha", "data", "dated", "time", "zeit", "am", "on", "le", "modified",
                         "edit", "edited", "revised", "geändert", "bearbeitet", "modifié", "modificado", "modificato",
                         "says", "said", "wrote", "sagt", "schreibt", "schrieb", "dit", "dice", "pisze",
                         "veröffentlichung", "erschienen", "publication", "publicación", "pubblicazione", "publikacja"})
CLOCK_TIME = re.compile(r"\b\d{1,2}:\d{2}\b")


def _date_of_something(ctx: Context, text: str) -> bool:
    """The date line opens with a label of its own that names what the date is for (a deadline, a check, an
    event): the page's content. Not a publication label ("Zuletzt aktualisiert:"), a byline's, a source's
    ("Source: Russian Defense Ministry, October 25, 2019"), or "Date:"."""
    m = LABELLED.match(text)
    if m is None:
        return False
    rest = text[m.end():]
    if CLOCK_TIME.search(rest) or WEEKDAYS.intersection(w.lower() for w in words(rest)):
        return False             # a time of day or a weekday: a timestamp ("Fama: Jueves 28 de Abril de 2022 5:03 PM")
    if len(words(dates.blank_dates(rest))) > LABELLED_DATE_WORDS:
        return False             # a title with a colon ("Russian Official: Extradition of …"), no date's label
    label = m.group("label")
    said = {w.lower() for w in words(label)}
    return not (said & DATE_LABELS or said & DATE_WORDS
                or any(_find(ctx, cat, label) for cat in ("published_label", "byline_label", "caption_label")))


# Around a date on a date line: times, weekdays, "at"/"updated", time zones ("EST", "GMT", "CET")
TIME_WORDS = re.compile(r"\b\d{1,2}[:.]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?|\b(?:at|um|à|a las|on|am|le|el|updated|"
                        r"published|posted|publiziert|aktualisiert|actualización|atualização|aggiornamento|"
                        r"aktualizacja|bijgewerkt|mise à jour|"
                        r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?)\b", re.I)
TIME_ZONE = re.compile(r"\b(?:[A-Z]{2,4}T?|GMT|UTC)\b")
# Where one field of a metadata line ends: a separator, a bracket, 'by'/'in', or the date itself
FIELD_BREAK = re.compile(rf"\s[/{FIELD_SEPARATORS}]\s|\s--?\s|[,:]\s|[()\t\x00]|\s(?i:by|in|von|par|por|di)\s")
# "… at 11:04 a.m.", "… a las 07:46hrs." end a time, not a sentence
CLOCK_END = re.compile(r"(?<!\s)\s*[ap]\.m\.$|(?<=:\d\d)\s?(?:hrs?|น)\.$", re.I)      # (Thai: "15:21 น.")
DATE_LINE_LONG = 16       # a date line is at most this long; longer, only a blog's entry line (below)
ENTRY_META_MAX_WORDS = 40
FIELD_MAX_WORDS = 4      # "By Jane Doe", "Topic: Hardware", "0 Comments": a field of a metadata line is short
DATE_LINE_MAX_WORDS = 10  # and the line's words besides its date are few


DATE_WORDS = dates.MONTH_WORDS | WEEKDAYS
# "January 6–9", "16-19 March", "May 31-June 4", "Aug. 27-30": an event's days; a page is published on one day
DAY_RANGE = re.compile(r"(?<![\d.:/-])\d{1,2}(?:st|nd|rd|th)?\s?[-–—]\s?(?:\d{1,2}(?![\d.:/-])|[A-Z][a-z]{2,8}\.?\s\d)")


def _by_name(ctx: Context, text: str) -> bool:
    """The text opens with a byline label and two capitalised words ("By Chris McNamara", "by Val Riley"), not a
    date's ("By Tuesday, March 3, …")."""
    m = byline_prefix(ctx.config.extra_phrases).match(text)
    ws = text[m.end():].split(maxsplit=2)[:2] if m else ()
    return len(ws) == 2 and all(w[:1].isupper() and w.strip(",.").lower() not in DATE_WORDS for w in ws)


def _date_stop(text: str) -> str:
    """A date line without the full stop some close it with ("31. Oktober 2023.", "Dienstag, 5. März 2024."):
    the stop ends the date, not a sentence (only when the line is a date and a weekday at most)."""
    if text.endswith("."):
        ws = words(text)
        if len(ws) <= 2 and DATE_WORDS.issuperset(w.lower() for w in ws):
            return text[:-1]
    return text


def _field_words(field: str) -> int:
    """A field's words, two characters of Chinese or Japanese script (written without spaces) counted as one: a
    school's name is a field ("國立政治大學"), a headline's words after its date are none ("政府宣布新的住房政策")."""
    return max(len(words(field)), len(CJK.findall(field)) // 2)


# a space between two characters of Chinese or Japanese script, which write a phrase without one: two fields apart, a
# member's name and their title ("绿手指小园丁 园艺领域专家 2026-11-02 21:14")
CJK_SPACE = re.compile(rf"(?<={CJK.pattern})\s+(?={CJK.pattern})")


def _metadata_fields(text: str) -> bool:
    """A line of short fields around a date: 'By Jane Doe | November 18, 2019 -- 19:14 GMT | Topic: Hardware',
    'by Regan September 15, 2014 written by Regan', not a title that mentions a date."""
    rest = TIME_ZONE.sub(" ", TIME_WORDS.sub(" ", dates.blank_dates(text)))
    fields = [_field_words(f) for f in FIELD_BREAK.split(rest) for f in CJK_SPACE.split(f)]
    return sum(fields) <= DATE_LINE_MAX_WORDS and max(fields) <= FIELD_MAX_WORDS


LONG_OPTION = re.compile(r"(?:^|\s)--[^\W\d_][\w-]*")     # a command's long option, "--von"
LONG_OPTIONS = 2


# A wiki's line under its page, when the page was last edited and by whom: "This page was last edited on 3 March
# 2026, at 10:15.", "Dernière modification de la page le Mercredi 18 novembre 2026 14:02:11 CET par claire." (Tiki's;
# not a site's "This page was last updated on …", which some pages' text holds)
_PAGE_EDITED = (r"this page was last (?:edited|modified)", r"page last (?:edited|modified)",
                r"dernière modification de (?:la|cette) page", r"cette page a été modifiée pour la dernière fois",
                r"diese seite wurde zuletzt", r"letzte änderung (?:der|dieser) seite",
                r"última (?:edición|modificación) de (?:la|esta) página", r"esta página se editó por última vez",
                r"ultima modifica (?:della|di questa) pagina", r"questa pagina è stata modificata per l'ultima volta",
                r"ostatnia (?:edycja|modyfikacja) (?:tej )?strony",
                r"deze pagina is (?:het )?laatst (?:bewerkt|gewijzigd)")
PAGE_EDITED = re.compile(rf"^(?:{'|'.join(_PAGE_EDITED)})\b", re.I)
PAGE_EDITED_OPENINGS = frozenset(c for phrase in _PAGE_EDITED for c in (phrase[0].lower(), phrase[0].upper()))


@block_rule("date_line", "'Published'/'Updated' labels and lines that are only a date (moved to metadata)")
def date_line(block: Block, ctx: Context) -> str | None:
    if block.kind == "code" or "--" in block.text and len(LONG_OPTION.findall(block.text)) >= LONG_OPTIONS:
        return None             # (a program's line with dates in it: "spurweite fahrten --von 2026-01-01 --bis …",
    text = block.text.strip()   # its long options on a scraped line of its own)
    n = len(words(text))
    if n > ENTRY_META_MAX_WORDS or _embedded_post(text) or DAY_RANGE.search(text) or FORUM_MARK.match(text) \
            or CSV_ROW.match(text):
        return None             # (a poster's "Joined: Mon Mar 07, 2022" is when the member joined: the post's frame;
        #                         a data file's row, "2024-11-05,1280,交通費,客先訪問", a code block's line scraped)
    if text[:1] in PAGE_EDITED_OPENINGS and PAGE_EDITED.match(text) and dates.has_date_shape(text):
        return "the page's last edit, its date and its editor (metadata)"     # (a sentence, its full stop too)
    m = PUBLISHED.match(text)
    if n <= DATE_LINE_LONG:
        if m and (not m.group("rest") or dates.has_date_shape(m.group("rest")) or RELATIVE_TIME.match(m.group("rest"))):
            return "publication date label (metadata)"
        if not dates.has_date_shape(text) or ends_sentence(CLOCK_END.sub("", _date_stop(text))):
            return None
        if _metadata_fields(text) and not _date_of_something(ctx, text):
            return DATE_ONLY
    elif not (m or _by_name(ctx, text)) or not dates.has_date_shape(text) or ends_sentence(CLOCK_END.sub("", text)):
        return None
    # A blog's entry line, longer: "Posted on November 25, 2024 December 3, 2024 in College of Health Sciences,
    # General, …" (a sentence does not open with a label and a date), "By Chris McNamara ⋅ Founder and
    # Editor-in-Chief ⋅ Updated May 6, 2025", "by Daniel Gibson | Mar 11, 2023 | All About Brakes | 0 comments"
    if m and dates.opening_date(m.group("rest")):
        return "entry line: a publication label and its date (metadata)"
    if _by_name(ctx, text):
        return "entry line: a byline and a date (metadata)"
    return None


# a row of a data file: three fields or more between commas or semicolons with no space after any ("2024-11-05,1280,
# 交通費,客先訪問", "1ESY1160512345;2025-01-10;48213")
CSV_ROW = re.compile(r"^[^\s,;]*(?:[,;][^\s,;]*){2,}$")


DURATION_PAGES = SHOP_PAGES | {"service"}     # where a duration alone is no time ago


@block_rule("reading_time", "how long the article takes to read ('8 min read', 'Lesezeit: 3 Minuten')")
def reading_time(block: Block, ctx: Context) -> str | None:
    return "reading time" if READING_TIME.match(block.text) else None


# A mark alone on its line: the separator between a card's date and its author ("•"), a menu's "|", a bullet the
# scraper left on a line of its own. No word a reader reads; a section break of three marks or more ("* * *", "***")
# stays, it parts the story. Last of all, on what is kept: in scraped text such a mark parts the blocks around it
# (two teasers, a menu and the story), and the rules before read it so.
# (Separators and bullets only: "=)" alone on its line is a smile, the writer's.)
STRAY_MARK_CHARS = 2
STRAY_MARKS = frozenset("•·∙⋅●○◦■□▪▫◆◇★☆|¦/\\»«›‹→←>-–—_*#~+.,;:−")     # (and a quantity's stepper, "− +")


# an icon alone on its line, an emoji (a callout's "📞", a list's "✅" over its items), with its joiners
ICON = re.compile(r"[\U0001F300-\U0001FAFF\u2600-\u27BF\ufe0f\u200d]{1,4}")


def _stray_mark(block: Block) -> bool:
    if len(block.text) > 2 * STRAY_MARK_CHARS or block.kind in ("code", "table"):
        return False
    marks = block.text.replace(" ", "")
    return 0 < len(marks) <= STRAY_MARK_CHARS and STRAY_MARKS.issuperset(marks) or ICON.fullmatch(marks) is not None


@document_pass("stray_mark", "a separator, a bullet or an icon left alone on its line ('•', '|', '»', '📞'), once the "
                             "page is read")
def stray_mark(blocks: list[Block], ctx: Context) -> list[Block]:
    return [b.remove("stray_mark", "a mark alone on its line") if b.removed_by is None and _stray_mark(b) else b
            for b in blocks]


# date_line before caption_credit: 'November 20, 2019 / 1:07 AM / CBS News' is a date line with its source
RULES = (social_prompt, search_prompt, share_widget, gallery_widget, toggle_button, cookie_prompt, paywall_prompt,
         ad_marker, shop_button, shop_badge, shop_promise, data_dump, form_options, doubled_title, teaser_link,
         comment_widget, comment_header, tag_widget, copyright_footer, relative_time, reading_time, byline,
         email_signature, date_line, caption_credit)
