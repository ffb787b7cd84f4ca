"""Readers: the three shapes of scraped text, encodings, and HTML."""
import codecs

import pytest

import pagecleaner
from pagecleaner.readers.html import read_html, strip_site_name
from pagecleaner.readers.text import read_text
from pagecleaner.sniff import NotAPage, decode, looks_like_html, repair
from tests.conftest import prose


def test_one_block_per_line():
    blocks = read_text("Home\nWorld\n\nA sentence here.\n")
    assert [(b.line, b.text) for b in blocks] == [(1, "Home"), (2, "World"), (4, "A sentence here.")]


def test_layout_preserving_text_with_bullets_and_indent():
    blocks = read_text("        * Barron's\n        * Factiva\n\n            Story   Timeline\n")
    assert [(b.kind, b.text) for b in blocks] == [("list_item", "Barron's"), ("list_item", "Factiva"),
                                                   ("paragraph", "Story Timeline")]


def test_numbered_lines_are_list_items_that_keep_their_numbers():
    blocks = read_text("What you need:\n1. Good shoes\n2) A travel card\n- Patience\n")
    assert [(b.kind, b.number, b.text) for b in blocks] == [
        ("paragraph", 0, "What you need:"), ("list_item", 1, "Good shoes"), ("list_item", 2, "A travel card"),
        ("list_item", 0, "Patience")]


def test_a_numbered_item_split_at_its_link_keeps_its_number():
    blocks = read_text("What you need:\n3. A card for the\ntrams\nand the buses\n")
    assert [(b.kind, b.number, b.text) for b in blocks][1:] == [("list_item", 3, "A card for the trams and the buses")]


@pytest.mark.parametrize("line", ["31. Oktober 2023.", "1. März 2024", "5. maja 2021 r."])
def test_a_date_that_opens_with_its_day_is_no_list_number(line):
    assert [(b.kind, b.number, b.text) for b in read_text(line)] == [("paragraph", 0, line)]


def test_html_ordered_lists_keep_their_numbers():
    html = ("<html><body><ol><li>one</li><li>two<ul><li>inner</li></ul></li><li>three</li></ol>"
            "<ol start='7'><li>seven</li><li value='10'>ten</li><li>eleven</li></ol>"
            "<ul><li>dot</li></ul></body></html>")
    blocks, _ = read_html(html)
    assert [(b.text, b.number) for b in blocks if b.kind == "list_item"] == [
        ("one", 1), ("two", 2), ("inner", 0), ("three", 3), ("seven", 7), ("ten", 10), ("eleven", 11), ("dot", 0)]


def test_text_split_at_links_is_joined_back():
    text = "The minister said that\nJoe Biden\nwould visit\nKyiv\n, officials confirmed.\n\nNext paragraph."
    blocks = read_text(text)
    assert [b.text for b in blocks] == ["The minister said that Joe Biden would visit Kyiv, officials confirmed.",
                                        "Next paragraph."]
    assert (blocks[0].line, blocks[0].end_line) == (1, 5)


def test_a_japanese_sentence_broken_after_a_comma_is_joined_without_a_space():
    text = "また、その他にも、\nもとの商品を小分けにして販売するような行為は、\n商標権侵害と判断される場合があります。\n関連記事"
    assert [b.text for b in read_text(text)] == [
        "また、その他にも、もとの商品を小分けにして販売するような行為は、商標権侵害と判断される場合があります。", "関連記事"]


def test_a_long_capitalised_line_after_a_split_fragment_starts_a_block():
    # a menu that reads as an unfinished sentence, then the headline: the headline is its own block
    text = ("You are signed in as\nEdit Profile\nSign Out\n"
            "Doobie Brothers to reunite with Michael McDonald for Blossom show")
    assert [b.text for b in read_text(text)] == ["You are signed in as Edit Profile", "Sign Out",
                                                 "Doobie Brothers to reunite with Michael McDonald for Blossom show"]
    # a long piece in lower case is still the rest of the sentence
    text = "The minister said that\nJoe Biden\nwould visit the capital of Ukraine before the end of the year."
    assert len(read_text(text)) == 1


@pytest.mark.parametrize("first,second,joined", [
    ("Huawei launches operating system as a hedge in trade war", "Huawei and 5G: What's at stake", False),
    ("Die Lage in der Stadt war", "schwierig, sagte der Bürgermeister.", True),     # German "war" leaves it open
    ("The minister said that the", "Council will vote on Friday.", True),
])
def test_a_line_ends_open_on_a_function_word_of_its_own_language(first, second, joined):
    """"war" is a German function word ("was"), and ends an English title as a noun: the next title is no
    rest of it."""
    assert len(read_text(f"{first}\n{second}")) == (1 if joined else 2)


def test_a_menu_under_a_line_left_open_is_not_glued_to_it():
    """Two link names in a row ("Money" / "Personal Finance") are a menu's items, not a sentence's pieces."""
    text = "Market Update sponsored by\nAdvertisement\nMoney\nPersonal Finance\nCollege\nRetirement"
    assert [b.text for b in read_text(text)] == ["Market Update sponsored by Advertisement", "Money",
                                                 "Personal Finance", "College", "Retirement"]
    # a sentence split at its links has words of its own between them
    text = "The report by\nJane Doe\nand\nJohn Roe\nat\nReuters\nsays the council will vote on the plan."
    assert [b.text for b in read_text(text)] == [
        "The report by Jane Doe and John Roe at Reuters says the council will vote on the plan."]


def test_by_alone_and_the_name_under_it_are_one_byline():
    blocks = read_text("By\nAmy Kuperinsky | NJ Advance Media for NJ.com\nRemember New Jersey’s quest for a slogan?")
    assert [b.text for b in blocks] == ["By Amy Kuperinsky | NJ Advance Media for NJ.com",
                                        "Remember New Jersey’s quest for a slogan?"]


def test_by_glued_to_the_name_by_inline_elements_gets_its_space_back():
    blocks, _ = read_html('<div><span>By</span><span><a href="/a">Alex Bozarjian</a></span></div>')
    assert [b.text for b in blocks] == ["By Alex Bozarjian"]
    assert [b.text for b in read_text("VonMaria Müller")] == ["Von Maria Müller"]
    # a word that opens with the letters stays one ("Byron", "ByteDance"), and so does a long line
    assert [b.text for b in read_text("Byron Allen\nByteDance")] == ["Byron Allen", "ByteDance"]
    long = "ByAlex " + "word " * 20
    assert [b.text for b in read_text(long)] == [long.strip()]
    # a board's post header: its icon's word for screen readers glued to "by" goes ("Postby jane » …", phpBB's)
    assert [b.text for b in read_text("Postby jane_doe » Sat Mar 09, 2024")] == ["by jane_doe » Sat Mar 09, 2024"]
    assert [b.text for b in read_text("Postbyte is a word")] == ["Postbyte is a word"]


def test_a_byline_left_open_by_and_goes_on_with_the_name_under_it():
    # text split at every link: "By" / "David Brand" / "and" / "Ramsey Khalifeh" is one byline
    blocks = read_text("By\nDavid Brand\nand\nRamsey Khalifeh\n\nPublished Nov 8, 2023")
    assert [b.text for b in blocks] == ["By David Brand and Ramsey Khalifeh", "Published Nov 8, 2023"]
    # a byline that is finished keeps the line under it apart (a section's name over the headline)
    blocks = read_text("By David Brand\nCity Council")
    assert [b.text for b in blocks] == ["By David Brand", "City Council"]


@pytest.mark.parametrize("line,code", [
    ("-- Basic EXPLAIN ANALYZE usage", True),                           # a comment
    ("<div class=\"note\">", True),                                      # a tag
    ("WHERE u.created_at > '2024-01-01' GROUP BY u.id;", True),         # a statement's end, with code in it
    ("}", True),                                                        # a block's end
    ("SELECT u.name, COUNT(o.id) as order_count", True),                # thick with calls and dotted names
    ("The minister said the plan (and its budget) = a good start for all.", False),     # a sentence
    ("contains insults or threats to other users or organisations;", False),        # a list item of prose
    ("Buyer's Guide: MacBook Pro (Buy Now)", False),                    # words in brackets
    ("クリップボード拡張ソフトClibor1.3.0が公開されていた", False),          # one word: no spaces to count by
])
def test_a_line_of_code_is_told_from_prose(line, code):
    from pagecleaner.readers.text import _code_like
    assert _code_like(line) == code


def test_a_program_split_into_lines_is_one_code_block():
    text = ("The query counts each user's orders.\n-- count the orders\nSELECT u.name, COUNT(o.id)\nFROM users u\n"
            "\nLEFT JOIN orders o ON u.id = o.user_id\nGROUP BY u.id;\nThat is all it takes to count them.")
    blocks = read_text(text)
    assert [b.kind for b in blocks] == ["paragraph", "code", "paragraph"]
    assert blocks[1].text.splitlines()[2] == "FROM users u" and (blocks[1].line, blocks[1].end_line) == (2, 7)


def test_a_schema_of_keys_and_types_is_one_code_block_not_a_sentence():
    """GraphQL under a comment: 'type User {' is no sentence for 'id: ID!' to go on, and the key lines between
    the braces are the program's (six of them: more than the plain lines a listing may hold)."""
    text = ("Every schema starts with object types.\n# A user of your system\ntype User {\n  id: ID!\n"
            "  email: String!\n  username: String!\n  displayName: String\n  createdAt: DateTime!\n"
            "  updatedAt: DateTime!\n}\nThe exclamation mark marks a field that is never null.")
    blocks = read_text(text)
    assert [b.kind for b in blocks] == ["paragraph", "code", "paragraph"]
    assert blocks[1].text.splitlines()[1:3] == ["type User {", "id: ID!"]


def test_the_members_of_an_open_brace_are_the_programs_however_many():
    """An enum's values are plain words, more of them than the plain lines a listing may hold between two of its
    code lines; inside the open brace they are the program's, and the listing goes on past the brace that closes."""
    text = ("Enums restrict a field to a fixed set of values.\n# Status of a post\nenum PostStatus {\nDRAFT\n"
            "PENDING_REVIEW\nPUBLISHED\nARCHIVED\n}\n# Role of a user\nenum UserRole {\nADMIN\n}\n"
            "Home\nNews\nSport\nWeather\nUse them in your types.")
    blocks = read_text(text)
    assert [b.kind for b in blocks[:3]] == ["paragraph", "code", "paragraph"]
    assert blocks[1].text.splitlines()[2:6] == ["DRAFT", "PENDING_REVIEW", "PUBLISHED", "ARCHIVED"]
    assert blocks[1].text.endswith("ADMIN\n}") and blocks[2].text == "Home"   # the menu after the brace: no code


def test_a_brace_left_open_holds_a_listing_only_so_far():
    """A brace never closed: BRACED_GAP plain lines at most, then the listing ends at its last line of code."""
    text = "# set up\nconfig = {\nname = 'app';\n" + "".join(f"Menu item {n}\n" for n in range(40)) + "x = 1;"
    blocks = read_text(text)
    assert blocks[0].kind == "code" and blocks[0].text.splitlines()[-1] == "name = 'app';"
    assert blocks[1].text == "Menu item 0"


def test_an_article_alone_and_the_sentence_it_opens_are_one_block():
    """Text split at every link: "The" / "Garmin Forerunner 970 is our favorite …" (the name was the link)."""
    blocks = read_text("The\n Garmin Forerunner 970 is our favorite overall model.\nDie\nBundesregierung plant viel.")
    assert [b.text for b in blocks] == ["The Garmin Forerunner 970 is our favorite overall model.",
                                        "Die Bundesregierung plant viel."]


@pytest.mark.parametrize("word", ["AS", "OR", "No", "About"])
def test_a_short_word_alone_that_is_no_article_stays_a_line(word):
    """SQL's "AS", a choice's "OR", an answer's "No", a menu's "About": not the opening of the next line."""
    assert read_text(f"{word}\nDiscover more about our mission and what drives it.")[0].text == word


STORY_LINE = "The most important lesson I have learned as a single working mom is to extend myself some grace."


def test_a_read_more_label_and_the_title_under_it_are_one_line_when_the_story_goes_on():
    text = f"📖 Read more:\n \nNeed More Job Flexibility? Advocate for It\n\nStrike a balance\n\n{STORY_LINE}"
    assert [b.text for b in read_text(text)] == ["📖 Read more: Need More Job Flexibility? Advocate for It",
                                                 "Strike a balance", STORY_LINE]


@pytest.mark.parametrize("lines", [
    ["Related:", "Best Cushioned Trail Running Shoes", "Best Road-to-Trail Running Shoes", "Best Racing Flats"],
    ["Recommended:", "The Best Trail Running Shoes", STORY_LINE],        # a pick, not a story's link
    ["Read more:", "Tips to improve your accuracy when running", "From those who know how it is done, a guide to "
     "the watches, the apps and the settings that make a run's record true...", "Best Racing Flats", STORY_LINE],
    #   a teaser's blurb cut short, and the next teaser
])
def test_a_read_more_label_over_a_list_of_titles_stays_a_heading(lines):
    """(lines apart, as text split at every link has them: the label and a short value on adjacent lines are
    one line anyway)"""
    assert read_text("\n\n".join(lines))[0].text == lines[0]


@pytest.mark.parametrize("lines,blocks", [
    (["続きを読む >>", "posted by 山子 | 18:40 | 高尾・陣馬 | comments(4)"], 2),    # (JUGEM's card: its button, then
    #                                                                            its footer)
    (["Weiterlesen »", "von Jens in Bau | Kommentare (3)"], 2),
    (["Read more", "about the plans in our newsletter."], 1),      # (no arrow: a sentence split at its link)
])
def test_a_read_more_button_with_its_arrow_takes_no_line_under_it(lines, blocks):
    assert len(read_text("\n".join(lines))) == blocks


@pytest.mark.parametrize("first,blocks", [("14,00", 2), ("1.299,00", 2), ("costs about", 1)])
def test_a_price_without_its_currency_takes_no_line_in_small_letters_under_it(first, blocks):
    """HEMA writes everything in small letters: "14,00" / "kleur: donkerblauw" are two lines, no split sentence."""
    assert len(read_text(f"{first}\nkleur: donkerblauw")) == blocks


def test_a_sentence_split_at_a_bracketed_link_goes_on():
    blocks = read_text("the yoga group showed fewer symptoms (n = 21) [\n2]. The study was small.")
    assert [b.text for b in blocks] == ["the yoga group showed fewer symptoms (n = 21) [ 2]. The study was small."]


TICKER = ("Ticker\nSecurity\nLast\nChange %\nHD\nTHE HOME DEPOT INC.\n225.86\n-5.44%\n"
          "LOW\nLOWE'S COMPANIES INC.\n113.40\n-1.41%\n")


def test_a_table_flattened_cell_by_cell_is_one_table_block():
    blocks = read_text("Rival Lowe's was also lower.\n" + TICKER + "The retailer earned $2.8 billion.")
    assert [b.kind for b in blocks] == ["paragraph", "table", "paragraph"]
    assert blocks[1].text.splitlines() == ["Ticker\tSecurity\tLast\tChange %",
                                           "HD\tTHE HOME DEPOT INC.\t225.86\t-5.44%",
                                           "LOW\tLOWE'S COMPANIES INC.\t113.40\t-1.41%"]
    assert (blocks[1].line, blocks[1].end_line) == (2, 13)


ROTA = ("  Service        Primary           Escalate to        \n"
        "  Checkout API   On-call engineer  Payments lead      \n"
        "  Search         On-call engineer  Search team channel\n")


def test_a_table_laid_out_in_columns_of_spaces_is_one_table_block():
    """Inscriptis pads each cell to its column's width: three rows whose cells start at the same columns."""
    blocks = read_text("Who covers what\n\n" + ROTA + "\nNote: the outgoing engineer stays on it.")
    assert [b.kind for b in blocks] == ["paragraph", "table", "paragraph"]
    assert blocks[1].text.splitlines() == ["Service\tPrimary\tEscalate to",
                                           "Checkout API\tOn-call engineer\tPayments lead",
                                           "Search\tOn-call engineer\tSearch team channel"]
    assert (blocks[1].line, blocks[1].end_line) == (3, 5)


@pytest.mark.parametrize("text", [
    "  Brand     Corsa\n  Capacity  1TB\n  Weight    9 g\n",          # two columns: a spec sheet's lines
    ROTA.replace("  Search         On", "  Search          On"),       # a column out of step
    "\n".join(ROTA.splitlines()[:2]) + "\n",                           # two rows
])
def test_lines_that_are_no_table_of_columns_stay_lines(text):
    assert all(b.kind != "table" for b in read_text(text))


def test_a_tables_caption_is_a_line_over_it():
    """DITA's table: its <caption>, the table's title, a line over the table's block, not lost with the table."""
    rows = "<tr><th>LED</th><th>Bedeutung</th></tr><tr><td>leuchtet blau</td><td>Verbunden</td></tr>"
    blocks, _ = read_html(f"<html><body><p>Some text.</p><table><caption><span>Tabelle 1. </span><span>Anzeigen der "
                          f"Netzwerk-LED</span></caption>{rows}</table><p>After.</p></body></html>")
    assert [(b.kind, b.text) for b in blocks] == [("paragraph", "Some text."),
                                                  ("paragraph", "Tabelle 1. Anzeigen der Netzwerk-LED"),
                                                  ("table", "LED\tBedeutung\nleuchtet blau\tVerbunden"),
                                                  ("paragraph", "After.")]


def test_a_tables_cell_parts_the_blocks_it_holds_with_spaces():
    """Redoc's parameters: a cell of a name and "required" in a <div>, one of a type over a description; a <br>
    between two lines; inline elements join as written."""
    rows = ('<tr><td><span>order_id</span><div>required</div></td><td><div><span>string</span></div><div><p>The ID '
            'of the order.</p></div></td></tr><tr><td>carrier<br>service</td><td><b>str</b>ing</td></tr>')
    blocks, _ = read_html(f"<html><body><p>Some text.</p><table>{rows}</table></body></html>")
    table = next(b for b in blocks if b.kind == "table")
    assert table.text.splitlines() == ["order_id required\tstring The ID of the order.", "carrier service\tstring"]


def test_a_tables_columns_that_say_nothing_go():
    """Bandcamp's tracks: an empty cell for the play button, then the number, the title and time, and the same
    links in every row, "info" and "buy track"; a comparison's column of the same value that is no link stays."""
    tracks = "".join(f'<tr><td><a role="button"></a></td><td>{i}.</td><td><a href="/t{i}">Song {i}</a> 0{i}:12</td>'
                     f'<td><a href="/t{i}">info</a></td><td><a href="/t{i}?buy">buy track</a></td><td>Yes</td></tr>'
                     for i in range(1, 4))
    blocks, _ = read_html(f"<html><body><p>Some text.</p><table>{tracks}</table></body></html>")
    table = next(b for b in blocks if b.kind == "table")
    assert table.text.splitlines() == [f"{i}.\tSong {i} 0{i}:12\tYes" for i in range(1, 4)]


RANKING = ("Tool\nFree Plan\nStarts At\nBest For\nDeliverability\n"
           "1. Mailercloud\n1,000 contacts\n$10/mo\nAffordable bulk email\n99.4%\n"
           "2. Brevo\n300 emails/day\n~$9/mo\nMulti-channel\n89–92%\n"
           "3. MailerLite\n500 subscribers\nCustom\nSmall businesses\n95.2%\n")


def test_a_ranking_flattened_cell_by_cell_is_one_table_block():
    """Its rows are numbered, and its numbers stand in the same columns in some rows only ("Custom" for a
    price): one column of numbers in every row is enough, when the table opens the run of short lines."""
    blocks = read_text("Here is how the ten compare at a glance, feature by feature.\n" + RANKING + "Mailercloud wins.")
    assert [b.kind for b in blocks] == ["paragraph", "table", "paragraph"]
    assert blocks[1].text.splitlines()[2] == "Brevo\t300 emails/day\t~$9/mo\tMulti-channel\t89–92%"


def test_a_standings_table_whose_rows_open_with_their_place_keeps_its_width():
    """Rows that open with a number ("1 / Kyle Busch / 5040 …"): the grid of seven columns with its numbers in the
    same places, not a narrower one whose rows the numbers happen to fill."""
    rows = "".join(f"{n}\nDriver {chr(64 + n)}\n{5100 - 40 * n}\n{6 - n}\n{n % 3}\n{20 - n}\n{30 - n}\n"
                   for n in range(1, 5))
    blocks = read_text("The standings after the last race of the season.\nPos.\nDriver\nPoints\nWins\nPoles\n"
                       "Top 5\nTop 10\n" + rows + "Busch won the title.")
    assert [b.kind for b in blocks] == ["paragraph", "table", "paragraph"]
    assert blocks[1].text.splitlines()[1] == "1\tDriver A\t5060\t5\t1\t19\t29"


def test_a_short_line_over_a_table_does_not_put_its_columns_out_of_step():
    """'Continue Reading Below' over a ticker: the grid starts at 'Ticker', not one line early with its rows
    shifted by a cell (the first row of the shifted grid would open with a number)."""
    ticker = TICKER.replace("Last\n", "Last\nChange\n").replace("225.86\n", "225.86\n-12.99\n").replace(
        "113.40\n", "113.40\n-1.62\n")
    blocks = read_text("Continue Reading Below\n" + ticker + "The retailer earned $2.8 billion.")
    assert [b.kind for b in blocks] == ["paragraph", "table", "paragraph"]
    assert blocks[1].text.splitlines()[0] == "Ticker\tSecurity\tLast\tChange\tChange %"


def test_a_long_table_flattened_cell_by_cell_is_one_table_block():
    rows = "".join(f"Stop {n}\n{n}:{n % 60:02d}\n{n * 3}\n" for n in range(1, 41))        # 40 rows, 120 cells
    blocks = read_text("Stop\nTime\nMinutes\n" + rows + "The bus runs every day.")
    assert [b.kind for b in blocks] == ["table", "paragraph"]
    assert len(blocks[0].text.splitlines()) == 41


COMPARISON = ("Model\nHow It Works\nBest For\n"
              "Monthly Retainer\nFixed fee for a defined scope and cadence\nOngoing growth with a mix of work\n"
              "Project Based\nOne time fee for a migration or an audit\n"
              "Replatforms, diagnostics, or a proof of concept\n"
              "Hourly Advisory\nSenior guidance and reviews billed by the hour\nTeams with strong internal execution\n")


@pytest.mark.parametrize("above", ["Most programs use a monthly retainer, and some add project work to it.",
                                   "SEO Pricing Models"])      # a heading over it: the table starts under it
def test_a_table_of_words_flattened_cell_by_cell_is_one_table_block(above):
    blocks = read_text(f"{above}\n{COMPARISON}The right model depends on the team.")
    assert [b.kind for b in blocks] == ["paragraph", "table", "paragraph"]
    assert blocks[1].text.splitlines()[:2] == [
        "Model\tHow It Works\tBest For",
        "Monthly Retainer\tFixed fee for a defined scope and cadence\tOngoing growth with a mix of work"]


@pytest.mark.parametrize("text", [
    "\n".join(COMPARISON.splitlines()[:9]),                              # two rows under the header: not yet
    COMPARISON.replace("Project Based", "9H ago"),                       # an age opens a feed's card
    COMPARISON.replace("One time fee for a migration or an audit", "Mayor Opens The New Bridge Downtown"),  # a title
    "Home\nNews\nSport\nWeather\nTravel\nAbout us\nContact\nJobs\nShop\nPodcasts\nVideo\nArchive\n",   # a menu
    # (cards under a menu, each its category, title and blurb: one label opens every row, no row's name; Ananke's)
    "Articles\nÀ propos\nInstagram\n" + "".join(f"Articles\nLe lac numéro {n} par les crêtes\nUne boucle de six "
                                                   f"heures au départ du col, numéro {n} de la série.\n"
                                                   for n in range(1, 5)),
])
def test_lines_that_are_no_table_of_words_stay_lines(text):
    assert "table" not in {b.kind for b in read_text(text)}


@pytest.mark.parametrize("text", [
    TICKER.replace("113.40", "n/a").replace("-1.41%", "flat"),      # the numbers' columns hold words in a row
    TICKER.replace("Security", "Orcas hunt off Norway"),       # a header is labels, not titles
    "Ticker\nSecurity\nLast\nHD\nTHE HOME DEPOT INC.\n225.86\n",   # one row under the header: no grid yet
    "Reise\nTauchen\nNews\n09.10.2021\nAusrüstung\nPhilippinen\n",   # short lines, one number: a menu
])
def test_short_lines_that_are_no_grid_stay_lines(text):
    assert "table" not in {b.kind for b in read_text(text)}


def test_a_boards_posts_of_japanese_sentences_are_no_grid():
    """2channel's thread as soup: each post a number, a name, a time and a sentence or two, one line each; a
    Japanese sentence is one run of characters, no short cell."""
    head = ["自作キーボード初心者スレ", "５ちゃんねる", "スマホ版", "掲示板に戻る", "全部", "1-", "最新50", "▼", "ULA版",
            "このスレッドは過去ログ倉庫に格納されています", "自作キーボード初心者スレ"]
    lines = [line for n in range(1, 5) for line in (str(n), "名無しさん", f"2026/03/0{n}(日) 12:34:5{n}.78",
                                                      "初めて自作キーボードを組む人のためのスレです。",
                                                      "はんだ付けが不安な人は、ホットスワップ対応の基板から始めるのがおすすめです。")]
    assert "table" not in {b.kind for b in read_text("\n".join(head + lines))}


STANDINGS = ("1 Kyle Busch 5040 5 1 17 27\n2 Martin Truex Jr. 5035 7 0 15 24\n3 Kevin Harvick 5033 4 6 15 26\n"
             "4 Denny Hamlin 5027 6 3 19 24\n")


def test_a_table_flattened_row_by_row_is_one_table_block():
    """A standings table, one line per row: each row's rank, name and numbers its cells."""
    blocks = read_text(f"Final standings after 36 races:\n{STANDINGS}The title went to Busch.")
    assert [b.kind for b in blocks] == ["paragraph", "table", "paragraph"]
    assert blocks[1].text.splitlines()[1] == "2\tMartin Truex Jr.\t5035\t7\t0\t15\t24"


@pytest.mark.parametrize("text", [
    "\n".join(STANDINGS.splitlines()[:3]),                            # three rows: not yet a table
    "1 2 3 4 5 6 7\n8 9 10 11 12 13 14\n15 16 17 18 19 20 21\n22 23 24 25 26 27 28\n",   # a calendar: no names
    "Nr. 34 vom 08. November 2021\nNr. 32 vom 05. November 2021\nNr. 31 vom 03. November 2021\n"
    "Nr. 30 vom 01. November 2021\n",                                  # words after the numbers: a list of dates
    STANDINGS.replace("4 Denny Hamlin 5027 6 3 19 24", "4 Denny Hamlin 5027 6"),      # a row of other cells
])
def test_lines_that_are_no_table_of_rows_stay_lines(text):
    assert "table" not in {b.kind for b in read_text(text)}


def test_two_lines_of_code_or_code_around_long_prose_stay_lines():
    assert {b.kind for b in read_text("Run this:\n-- set it up\nSHOW work_mem;\nThen wait.")} == {"paragraph"}
    long_plain = "and this line of plain words in the middle is far too long to be a line of any program"
    text = f"-- one\nSHOW work_mem;\n{long_plain}\nSHOW shared_buffers;\n-- two"
    assert "code" not in {b.kind for b in read_text(text)}


def test_a_listing_flattened_onto_one_line_is_code():
    """html_text squeezes a <pre>'s newlines to spaces: one line ending as a statement does, thick with code."""
    flat = ('var client = new HarborClientBuilder() .WithEndpoint("https://api.harbor.example") .WithRetry(new '
            'RetryOptions { MaxAttempts = 5, Delay = TimeSpan.FromMilliseconds(200) }) .Build();')
    assert [b.kind for b in read_text(f"Pass the options to the builder.\n\n{flat}\n\nOptions")] \
        == ["paragraph", "code", "paragraph"]
    # a sentence with a few signs of code in it stays a sentence
    assert read_text("Set max_retries = 5 in config.yaml and call client.build() again;")[0].kind == "paragraph"


def test_a_lower_case_line_after_a_finished_sentence_starts_a_block():
    blocks = read_text("The budget now goes to the regional government.\nústředí said nothing")
    assert [b.text for b in blocks] == ["The budget now goes to the regional government.", "ústředí said nothing"]
    blocks = read_text("The budget now goes to the\nregional government")       # an unfinished one continues
    assert [b.text for b in blocks] == ["The budget now goes to the regional government"]


def test_a_label_ending_in_a_function_word_is_not_a_sentence_fragment():
    blocks = read_text("PHOTO:0\na\nThe council met on Tuesday.")
    assert blocks[-1].text == "The council met on Tuesday."
    blocks = read_text("The figures came from a\nreport by the council.")       # a fragment: joined
    assert [b.text for b in blocks] == ["The figures came from a report by the council."]


@pytest.mark.parametrize("line,read", [
    ("By Conor AllisonJanuary 14, 2026", "By Conor Allison January 14, 2026"),       # two elements glued together
    ("By Emmet WhiteUpdated: Feb 5, 2026", "By Emmet White Updated: Feb 5, 2026"),
    ("By Katy McInnes and Robert VerBruggen", "By Katy McInnes and Robert VerBruggen"),   # a name's own capitals
    ("By Chris Pokorny @DawgsByNature", "By Chris Pokorny @DawgsByNature"),              # a handle
    ("By 2030 the PlayStation and WordPress teams will have moved into the new building downtown, the city said.",
     "By 2030 the PlayStation and WordPress teams will have moved into the new building downtown, the city said."),
])
def test_a_byline_glued_to_the_next_element_is_split_at_the_seam(line, read):
    assert read_text(line)[0].text == read


def test_a_label_and_its_value_on_two_lines_are_one_line():
    text = ("Compact Weight Bench\nBrand Recommendation:\n Echo Strength Flat Bench\nPrice:\n $299\n"
            "A solid, space-saving bench is perfect for presses.")
    assert [b.text for b in read_text(text)] == ["Compact Weight Bench", "Brand Recommendation: Echo Strength Flat Bench",
                                                 "Price: $299", "A solid, space-saving bench is perfect for presses."]


def test_a_joined_label_and_value_is_no_sentence_to_go_on_with():
    # "Find vendors:" over a menu: the first item is its value, the items after it stay lines
    assert [b.text for b in read_text("Find vendors:\nEmail Providers\nMarketing Automation\nSMTP Relays")] == [
        "Find vendors: Email Providers", "Marketing Automation", "SMTP Relays"]


def test_a_bold_lead_in_and_its_sentence_are_one_paragraph():
    """'<b>Cooling Test:</b> Perfect 10/10, …' split at the element: a label of a sentence, as the page shows it."""
    text = ("Cooling Test:\nPerfect 10/10, with breathable coils and an organic cotton cover.\n"
            "Edge Support Test:\nStrong.")
    assert [b.text for b in read_text(text)] == [
        "Cooling Test: Perfect 10/10, with breathable coils and an organic cotton cover.", "Edge Support Test: Strong."]


@pytest.mark.parametrize("text", ["Here is what the council decided on Tuesday:\nMore money for schools",  # no label
                                  "Update:\nThe council met again on Tuesday, and voted for the budget it had "
                                  "rejected a week before and",               # a long line that goes on: no value
                                  "Ingredients:\n\n2 cups flour"])                           # a blank line between
def test_a_colon_line_and_the_next_are_not_a_label_and_value(text):
    assert len(read_text(text)) == 2


def test_more_alone_and_the_name_under_it_are_one_heading():
    assert [b.text for b in read_text("More\n Washington Examiner \nCarlos Ghosn and the dark side of justice")] == [
        "More Washington Examiner", "Carlos Ghosn and the dark side of justice"]
    assert len(read_text("More\nThe council met again on Tuesday.")) == 2
    assert [b.text for b in read_text("Über \nMoritz Bachmann\nAls Inbound Sales Manager bildet er die Brücke.")] == [
        "Über Moritz Bachmann", "Als Inbound Sales Manager bildet er die Brücke."]        # an author box's heading


def test_a_buy_button_is_never_the_rest_of_the_line_over_it():
    """JTL-Shop scraped to text: the price, its tax note (opening in lower case, so read as the price's sentence going
    on), the stock line, then the shop's button, which ends the run: its own line."""
    lines = ["39,90 € *", "inkl. 19% USt. zzgl. Versand", "Sofort verfügbar, Lieferzeit: 2-4 Werktage", "In den Warenkorb"]
    assert [b.text for b in read_text("\n".join(lines))][-1] == "In den Warenkorb"


def test_menu_lines_are_not_joined():
    assert len(read_text("Things to Do\nNews\nSport")) == 3


STORY_REST = "urkey, Poland and three islands have been removed from the list of travel corridors."


def test_a_drop_cap_joins_its_word_in_text_even_over_a_blank_line():
    assert [b.text for b in read_text("T\n\n" + STORY_REST)] == ["T" + STORY_REST]


@pytest.mark.parametrize("lines,price", [
    ("$\n\n\n54.98", "$54.98"),                    # the sign in an element of its own (soup's), over a blank line
    ("$\n39\n.\n99", "$39.99"),                    # the amount, its point and its cents each apart (Amazon's)
    ("€\n\n12,50", "€12,50"),
])
def test_a_prices_pieces_in_soups_shape_join(lines, price):
    assert [b.text for b in read_text(f"Pope 18mm Garden Hose\n\n{lines}\n\nAdd to Cart")][1] == price


def test_a_number_under_a_sign_that_is_no_price_stays_apart():
    assert [b.text for b in read_text("Paris\n\n42\n\nLyon")] == ["Paris", "42", "Lyon"]
    assert [b.text for b in read_text("Total $39.\n\n99 problems")][1] == "99 problems"


def test_a_drop_cap_joins_its_word_in_html():
    blocks, _ = read_html(f'<div><span class="cap">T</span><p>{STORY_REST}</p></div>')
    assert [(b.kind, b.text) for b in blocks] == [("paragraph", "T" + STORY_REST)]


@pytest.mark.parametrize("text", [
    "I\n\nxx min read",                               # a short line: no story under the letter
    "X\n\ninstagram",
    "A\n\nThe council met again on Tuesday to hear the plans for the bridge.",   # a capital: a new sentence
    "ab\n\n" + STORY_REST,                           # two letters: a word, not a drop cap
    "t\n\n" + STORY_REST,                            # a small letter: no drop cap
])
def test_a_lone_letter_without_a_story_under_it_stays_a_line(text):
    assert len(read_text(text)) == 2


@pytest.mark.parametrize("data,expected", [
    ("héllo wörld".encode("utf-8"), "héllo wörld"),
    (codecs.BOM_UTF8 + "héllo".encode("utf-8"), "héllo"),
    (codecs.BOM_UTF16_LE + "héllo".encode("utf-16-le"), "héllo"),
    (codecs.BOM_UTF16_BE + "héllo".encode("utf-16-be"), "héllo"),
    ('<meta charset="windows-1252"><p>caf\xe9 \x93quoted\x94</p>'.encode("latin-1"), "café “quoted”"),
])
def test_decode(data, expected):
    assert expected in decode(data)


def test_decode_invalid_bytes_never_raises():
    text = decode(b"abc \xff\xfe\xfa def " * 10)
    assert "abc" in text


@pytest.mark.parametrize("broken,fixed", [
    ("A DIY Investor\u00e2\u0080\u0099s Guide", "A DIY Investor\u2019s Guide"),    # UTF-8 read as Latin-1
    ("Investor\u00e2\u20ac\u2122s caf\u00c3\u00a9", "Investor\u2019s caf\u00e9"),   # ... as Windows-1252
])
def test_mojibake_is_repaired(broken, fixed):
    assert repair(broken) == fixed


@pytest.mark.parametrize("text", ["caf\u00e9\u2013bar, na\u00efve \u201cquotes\u201d stay curly", "Stra\u00dfe \u00e0 \u00bd"])
def test_text_that_is_not_mojibake_is_left_alone(text):
    assert repair(text) == text


def test_repair_page_repairs_anchors_and_alts_and_keeps_the_share_of_link_text():
    from pagecleaner.model import Block
    from pagecleaner.readers import repair_page
    broken = "The investor\u00e2\u0080\u0099s guide"
    block = Block(0, 1, broken, link_chars=len(broken), links=((broken, "https://x.test/a"),),
                  images=((broken, "https://x.test/a.jpg"),))
    (fixed,), _ = repair_page([block], {})
    assert fixed.text == fixed.links[0][0] == fixed.images[0][0] == "The investor\u2019s guide"
    assert fixed.link_density == 1.0 and fixed.links[0][1] == "https://x.test/a"


def test_a_mojibake_page_cleans_to_its_real_characters():
    line = "The investor\u00e2\u0080\u0099s guide says that the minister, who spoke to reporters in the capital, " \
           "wanted the plan to be debated by the whole parliament before the end of the year."
    text = "\n\n".join([line] * 2 + [line.replace("guide", "report")])
    assert "investor\u2019s guide" in pagecleaner.clean_text(text).body
    title = "The investor\u00e2\u0080\u0099s guide"
    html = (f"<html><head><meta charset=utf-8><meta property='og:title' content='{title}'></head><body><article>"
            f"<h1>{title}</h1><p>{line}</p><p>{line}!</p></article></body></html>")
    a = pagecleaner.clean(html.encode("utf-8"))
    assert "investor\u2019s guide" in a.body and a.headline == "The investor\u2019s guide"    # the markup's too


@pytest.mark.parametrize("data", [b"\x89PNG\r\n\x1a\n\x00\x00", b"\x1f\x8b\x08\x00\x00", b"%PDF-1.4\n%\xe2\xe3",
                                  bytes(range(256))])
def test_binary_is_not_a_page(data):
    with pytest.raises(NotAPage):
        decode(data)


def test_sniffing():
    assert looks_like_html("<!DOCTYPE html><html><body><p>x</p></body></html>")
    assert looks_like_html("  <div class='a'><p>Hello</p></div>")
    assert not looks_like_html("A line about <b> tags in prose.\nAnother line.")


HTML = """<html><head><title>Budget passes - The Daily</title>
<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Budget passes",
 "datePublished": "2021-03-03T10:00:00Z", "author": {"@type": "Person", "name": "Jane Doe"}}</script></head>
<body><nav><a href="/">Home</a> <a href="/w">World</a></nav>
<article><h1>Budget passes</h1><p>The council <a href="/x">voted</a> on Tuesday.</p>
<figure><img src="a.jpg"><figcaption>The council chamber.</figcaption></figure>
<ul><li>One item</li><li>Two item</li></ul><pre>  code
    indented</pre></article>
<div class="share-buttons">Share</div></body></html>"""


@pytest.mark.parametrize("markup", [
    '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Column:  Gannett merger\\n bodes ill",'
    ' "author": {"name": "Mark SubbaRao\\n\\t\\n\\t\\t and Jonas Jaegermeyer"}, "articleSection": " Local\\n News"}'
    '</script>',
    '<meta property="og:title" content="Column:  Gannett merger\n bodes ill"><meta name="author" content="By Mark '
    'SubbaRao\n\t and Jonas Jaegermeyer"><meta property="article:section" content=" Local\n News">',
])
def test_metadata_from_markup_is_one_line(markup):
    """JSON-LD and meta tags carry the page's own line breaks and runs of spaces: a field is one line."""
    _, meta = read_html(f"<html><head>{markup}</head><body><p>Text.</p></body></html>")
    assert (meta["headline"], meta["byline"], meta["section"]) == (
        "Column: Gannett merger bodes ill", "Mark SubbaRao and Jonas Jaegermeyer", "Local News")


def test_a_chinese_titles_parts_between_underscores_give_the_one_a_heading_shows():
    """Tieba's <title> "阳台种番茄总是落花怎么办？_番茄吧_百度贴吧", the thread's title in an <h3>."""
    _, meta = read_html("<html><head><title>阳台种番茄总是落花怎么办？_番茄吧_百度贴吧</title></head><body>"
                        "<h3>阳台种番茄总是落花怎么办？</h3><p>今年第一次在阳台种番茄。</p></body></html>")
    assert meta["headline"] == "阳台种番茄总是落花怎么办？"
    assert strip_site_name("my_file_name | Site") == "my_file_name | Site"     # (no Chinese around it: no joint)


def test_html_blocks_carry_evidence():
    blocks, meta = read_html(HTML)
    by_text = {b.text: b for b in blocks}
    assert "<nav>" in by_text["Home World"].tokens
    assert by_text["Budget passes"].kind == "heading" and by_text["Budget passes"].level == 1
    assert by_text["The council voted on Tuesday."].link_chars == len("voted")
    assert "<figcaption>" in by_text["The council chamber."].tokens
    assert by_text["One item"].kind == "list_item"
    assert by_text["  code\n    indented"].kind == "code"
    assert "share" in by_text["Share"].tokens
    assert by_text["One item"].region == "<article#1>" and by_text["Home World"].region == ""
    assert meta == {"headline": "Budget passes", "published": "2021-03-03T10:00:00Z", "byline": "Jane Doe",
                    "markup_types": ("newsarticle",)}


@pytest.mark.parametrize("line,marked", [
    ('<li><label><input type="checkbox" name="stan">nowe</label><span>6 945</span></li>', True),   # a filter
    ('<div><input type="radio" name="size" id="s"><label for="s">Size S</label></div>', True),    # a choice
    ('<li><input type="checkbox" disabled> Ship the release</li>', False),     # a task list's item: its state
    (f'<p><input type="checkbox"> {prose(1)}</p>', False),                     # (a paragraph, no choice's line)
    ('<li><input type="text" name="q"> Search</li>', False),                   # (a field)
])
def test_the_line_of_a_checkbox_or_a_radio_button_is_marked_a_choice(line, marked):
    """Allegro's filters, each a checkbox's label and its count: the block they stand in gets the class word of
    a form's choice (Bootstrap's "checkbox")."""
    blocks, _ = read_html(f"<html><body><ul>{line}</ul><p>{prose(2)}</p></body></html>")
    assert ("checkbox" in blocks[0].tokens) is marked and "checkbox" not in blocks[-1].tokens


@pytest.mark.parametrize("price,shown", [
    ('<span class="whole">2999</span><span class="cents">00</span><span class="currency">zł</span>', "2999 00 zł"),
    ('<span class="price-whole">29,</span><span class="price-fraction">99</span>', "29,99"),   # (its comma between)
    ('<span class="num">12</span><span class="unit">kg</span>', "12kg"),        # (no price's part)
])
def test_a_prices_parts_each_in_an_element_are_set_apart(price, shown):
    """Media Expert's price: the amount, the cents and the currency each a <span> side by side, which a browser
    sets apart (the cents raised): "2999 00 zł", not the price a hundred times over, "299900zł"."""
    blocks, _ = read_html(f"<html><body><div class='price'>{price}</div><p>{prose(1)}</p></body></html>")
    assert blocks[0].text == shown


def test_the_pages_own_classes_call_no_block_boilerplate():
    """<body class> names the page's template ("single-post has-sidebar captions"): its words that would call an
    element boilerplate do not pass to every block inside; the others do, and an element's own still count."""
    blocks, _ = read_html('<html><body class="single single-post has-sidebar captions">'
                          '<article><p>The council voted on Tuesday.</p></article>'
                          '<div class="sidebar"><p>Popular posts</p></div></body></html>')
    story, side = blocks
    assert {"single", "post", "has"} <= story.tokens and not {"sidebar", "captions"} & story.tokens
    assert "sidebar" in side.tokens


def test_an_element_named_for_a_shops_buy_box_passes_no_boilerplate_word_down():
    """Shopware's row of a product's photos beside its buy box, "cms-block-gallery-buybox": the price inside it
    is no gallery's; an element named for the gallery alone still passes its word down, and a buy box's other
    words still count (Springer's "buybox__subscribe-subscription": a subscription's offer)."""
    blocks, _ = read_html('<html><body><div class="cms-block-gallery-buybox"><p>129,90 €*</p></div>'
                          '<div class="cms-block-gallery"><p>Photo 1 of 4</p></div>'
                          '<div class="buybox__subscribe-subscription"><p>Subscribe to journal</p></div></body></html>')
    price, photo, offer = blocks
    assert "gallery" not in price.tokens and "gallery" in photo.tokens
    assert "subscription" in offer.tokens


def test_a_cite_in_a_quote_is_a_line_of_its_own_and_one_in_a_sentence_is_not():
    """A board's quote names whom it quotes in a <cite> over the words ("Holzwurm62 hat geschrieben: ↑ Sa 9. Mär
    2024, 11:03"): its own line, not glued to the quote's first sentence; a <cite> in a paragraph is a title."""
    blocks, _ = read_html('<html><body><blockquote><div><cite>Holzwurm62 hat geschrieben: '
                          '<span>Sa 9. Mär 2024, 11:03</span></cite>Die Folie lohnt sich.</div></blockquote>'
                          '<p>As <cite>The Times</cite> reported, it rained.</p></body></html>')
    assert [b.text for b in blocks] == ["Holzwurm62 hat geschrieben: Sa 9. Mär 2024, 11:03", "Die Folie lohnt sich.",
                                        "As The Times reported, it rained."]


def test_hidden_elements_are_skipped_and_the_text_after_them_kept():
    blocks, _ = read_html('<html><body><p>Before <span hidden>secret one</span>after.</p>'
                          '<div aria-hidden="true">secret two</div><div style="DISPLAY: none">secret three</div>'
                          '<p>Visible end.</p></body></html>')
    text = " | ".join(b.text for b in blocks)
    assert "secret" not in text and "Before after." in text and "Visible end." in text


@pytest.mark.parametrize("markup,text", [
    # words for a screen reader inside a line that shows others: the eye does not see them (Shopify's price)
    ('<div class="price"><span class="visually-hidden visually-hidden--inline">Regular price</span>'
     '<span>£8.50 GBP</span></div>', "£8.50 GBP"),
    ('<label>100 g tin<span class="visually-hidden label-unavailable">Variant sold out</span></label>', "100 g tin"),
    # a line of nothing else stays: a heading that marks where a post ends, a search box's label
    ('<h2><span class="screen-reader-text">Post navigation</span></h2>', "Post navigation"),
    # one that stands for what an aria-hidden element shows stays (WooCommerce's sale price)
    ('<p><del aria-hidden="true">£7.00</del><span class="screen-reader-text">Original price was: £7.00.</span> '
     '<a href="/cart">Add to basket</a></p>', "Original price was: £7.00. Add to basket"),
    # a class word is not the class: "visually-prominent hidden-mobile" hides nothing
    ('<p>Price <span class="visually-prominent hidden-mobile">£9</span></p>', "Price £9"),
])
def test_words_only_a_screen_reader_is_given_leave_a_line_that_shows_others(markup, text):
    blocks, _ = read_html(f"<html><body>{markup}<p>{'The story goes on. ' * 3}</p></body></html>")
    assert blocks[0].text == text


def test_reacts_streamed_content_is_not_hidden():
    page = ('<html><body><main></main><div hidden id="S:2"><p>The streamed article paragraph.</p></div>'
            '<div hidden id="menu"><p>A closed menu.</p></div></body></html>')
    from pagecleaner.readers.html import flat_text
    for text in (" | ".join(b.text for b in read_html(page)[0]), flat_text(page)):
        assert "The streamed article paragraph." in text and "A closed menu." not in text


def test_a_collapsed_accordion_or_tab_panel_is_text_a_hidden_dialog_is_not():
    page = ('<html><body><a role="button" aria-controls="p1">1. Understand your electric bill</a>'
            '<div id="p1" style="display:none;" role="region" aria-labelledby="h1"><p>Look at your annual kWh.</p>'
            '</div><div role="tabpanel" hidden><p>The second tab.</p></div>'
            '<div role="dialog" style="display:none"><p>Subscribe to our newsletter.</p></div></body></html>')
    from pagecleaner.readers.html import flat_text
    for text in (" | ".join(b.text for b in read_html(page)[0]), flat_text(page)):
        assert "Look at your annual kWh." in text and "The second tab." in text and "Subscribe" not in text


def test_html_deep_nesting_does_not_recurse():
    blocks, _ = read_html("<html><body>" + "<div>" * 100_000 + "deep text" + "</div>" * 100_000 + "</body></html>")
    assert any("deep text" in b.text for b in blocks)


def test_html_entities_are_never_expanded():
    bomb = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">'
            '<!ENTITY ext SYSTEM "file:///etc/passwd">]><html><body><p>&lol2; &ext;</p></body></html>')
    blocks, _ = read_html(bomb)
    text = " ".join(b.text for b in blocks)
    assert "lollol" not in text and "root:" not in text


@pytest.mark.parametrize("title,site,expected", [
    ("Budget passes in a close vote - News Nation", None, "Budget passes in a close vote"),
    ("Budget passes in a close vote | WSJ", None, "Budget passes in a close vote"),
    ("Budget passes | The Daily", "The Daily", "Budget passes"),
    ("Short - title", None, "Short - title"),
    ("Low Tide Recordings, by The Marram Grass", "The Marram Grass", "Low Tide Recordings"),   # the maker's site
    ("Notes from the harbour by Anna Berg", "Anna Berg", "Notes from the harbour"),
    ("Stand by Me - Oldies Radio", "Oldies Radio", "Stand by Me"),     # (a "by" of the title's own words)
    # a Chinese title's labels in 【】 at its ends and the site's name after a dash (JD's, a news site's)
    ("【小熊电热水壶ZDH-C15B1】小熊（Bear）电热水壶 1.5L 304不锈钢 烧水壶【行情 报价 价格 评测】-京东", None,
     "小熊（Bear）电热水壶 1.5L 304不锈钢 烧水壶"),
    ("【独家】央行宣布降准-新浪财经", None, "央行宣布降准"),
    ("阳台种的薄荷叶子发黄是什么原因？_百度知道", None, "阳台种的薄荷叶子发黄是什么原因？"),   # (or an underscore)
    ("my_notes_file", None, "my_notes_file"),                          # (no Chinese: no such joint)
    ("【图片】", None, "【图片】"),                                   # (nothing left without them)
    ("Spider-Man 2 - Review", None, "Spider-Man 2 - Review"),          # (no Chinese: no such joint)
    ("Tuning a ukulele -> Strings & Things", "Strings & Things", "Tuning a ukulele"),    # an old board's arrow
    ("Erkélykert - blog.hu", None, "Erkélykert"),       # (a host's name after it, however short the title before)
])
def test_strip_site_name(title, site, expected):
    assert strip_site_name(title, site) == expected


def test_two_colons_join_a_title_to_the_sites_name():
    """Tistory's titles: "글 제목 :: 블로그 이름"."""
    assert strip_site_name("'캠핑' 카테고리의 글 목록 :: 주말엔 숲으로") == "'캠핑' 카테고리의 글 목록"
    assert strip_site_name("Kettles :: Home", "Home") == "Kettles"


def test_a_cards_parts_inside_its_one_link_are_blocks_of_their_own():
    """Tistory's card: one link around the title, the blurb and the date, each a <span> the theme sets on a line
    of its own; a link with one such <span>, or a sentence's link, stays one line."""
    card = ('<div class="post-item"><a href="/41"><span class="thum"><img src="a.jpg" alt=""></span>'
            '<span class="title">Two days by the river</span><span class="excerpt">We booked two months ahead to get '
            'a pitch by the water.</span><span class="date">2026. 3. 8.</span></a></div>')
    blocks, _ = read_html(f"<html><body>{card}</body></html>")
    assert [b.text for b in blocks] == ["Two days by the river", "We booked two months ahead to get a pitch by the "
                                        "water.", "2026. 3. 8."]
    one = '<p>Read <a href="/x"><span class="title">the guide</span> first</a> today.</p>'
    assert [b.text for b in read_html(f"<html><body>{one}</body></html>")[0]] == ["Read the guide first today."]


def test_a_class_named_after_an_rdf_term_is_no_widgets_word():
    """The PHP manual's description, "para rdfs-comment" (RDF Schema's rdfs:comment): no comment of a reader's."""
    blocks, _ = read_html('<html><body><p class="para rdfs-comment">Trims the string.</p>'
                          '<p class="comment-body">Nice post!</p></body></html>')
    assert "comment" not in blocks[0].tokens and "comment" in blocks[1].tokens


def test_a_term_that_links_to_itself_is_no_link():
    """mandoc's options: "<dt id="v"><a class="permalink" href="#v">-v</a></dt>", a link to the term itself."""
    blocks, _ = read_html('<html><body><dl><dt id="v"><a class="permalink" href="#v">-v</a></dt><dd>Print each name.'
                          '</dd><dt id="w"><a href="#v">-w</a></dt><dd>Wait.</dd></dl></body></html>')
    assert [b.link_chars for b in blocks if b.text in ("-v", "-w")] == [0, 2]     # (-w links to another term)


@pytest.mark.parametrize("title,site,shown,expected", [
    # the first part, when every part after it is the site's name, however long the name
    ("Smart Thermostats: Do They Really Save You Money? | Howell-Chase Heating And Air Conditioning®",
     "Howell-Chase Heating and Air Conditioning", (), "Smart Thermostats: Do They Really Save You Money?"),
    ("History of coffee | Origin, Spread, Ethiopia, Arabia | Britannica", "Encyclopedia Britannica",
     ("History of coffee",), "History of coffee"),
    # the part a heading shows, wherever it stands
    ("Opinion | Is Football Violence a Crime?", "WSJ", ("Is Football Violence a Crime?", "Most popular"),
     "Is Football Violence a Crime?"),
    ("NASA SVS | Impact of Climate Change on Yields", None, ("Impact of Climate Change on Yields",),
     "Impact of Climate Change on Yields"),
    # a part that says the site's name and more is no site's name
    ("The Guardian view on Hong Kong | Editorial", "the Guardian", ("The Guardian view on Hong Kong",),
     "The Guardian view on Hong Kong"),
    # a home page's tagline after the site's name, no heading showing it: no part alone
    ("Howerton+White | Integrated Advertising & Marketing Agency", "Howerton+White", ("Let's Chat",),
     "Howerton+White | Integrated Advertising & Marketing Agency"),
])
def test_a_title_of_parts_between_bars(title, site, shown, expected):
    assert strip_site_name(title, site, shown) == expected


def test_the_markup_title_gives_the_part_a_heading_shows():
    blocks, meta = read_html("<html><head><meta property='og:title' content='Opinion | Republicans Go Nowhere'>"
                             "</head><body><h1>Republicans Go Nowhere</h1><p>Text.</p></body></html>")
    assert meta["headline"] == "Republicans Go Nowhere"


@pytest.mark.parametrize("title,expected", [
    ("seelenradio » Nummer zwei: Leo", "Nummer zwei: Leo"),                  # the site's name before the title
    ("seelenradio » Blog Archive » Nummer zwei: Leo", "Nummer zwei: Leo"),  # WordPress's old "Blog Archive"
])
def test_an_h1_that_is_a_link_home_is_the_sites_name_not_the_headline(title, expected):
    blocks, meta = read_html(f"<html><head><title>{title}</title></head><body><h1><a href='/'>seelenradio</a></h1>"
                             "<h2><a href='/nummer-zwei-leo/'>Nummer zwei: Leo</a></h2><p>Text.</p></body></html>")
    assert meta["headline"] == expected


def test_a_blogs_name_in_its_h1_linking_home_before_its_platforms_host_is_the_headline():
    """blog.hu's "Erkélykert - blog.hu": the part after the blog's name is the platform's host, no page's title."""
    blocks, meta = read_html("<html><head><title>Erkélykert - blog.hu</title></head><body><h1><a href='/'>Erkélykert"
                             "</a></h1><h2><a href='/2024/10/14/tel'>Teleltethető-e a paradicsom?</a></h2>"
                             "<p>Text.</p></body></html>")
    assert meta["headline"] == "Erkélykert"


@pytest.mark.parametrize("href", ["/2020/03/council-budget/", "#"])    # the story's own address, an anchor
def test_an_h1_that_links_elsewhere_is_the_headline(href):
    blocks, meta = read_html(f"<html><head><title>Daily Paper</title></head><body><h1><a href='{href}'>Council "
                             "approves the budget</a></h1><p>Text.</p></body></html>")
    assert meta["headline"] == "Council approves the budget"


def test_a_data_table_becomes_one_table_block():
    blocks, _ = read_html("<html><body><p>Prices rose.</p><table><tr><th>Plan</th><th>Price</th></tr>"
                          "<tr><td>Basic</td><td>$5 <b>a month</b></td></tr><tr><td>Pro</td></tr></table>"
                          "<p>After the table.</p></body></html>")
    assert [(b.kind, b.tag, b.text) for b in blocks] == [
        ("paragraph", "p", "Prices rose."), ("table", "table", "Plan\tPrice\nBasic\t$5 a month\nPro\t"),
        ("paragraph", "p", "After the table.")]


@pytest.mark.parametrize("inner,texts", [
    # a sentence the page wrapped with <br> (a blog's hard-wrapped lines) is one paragraph, its breaks kept
    ("This article reminded me to write up<br>\nthe equivalent for Emacs Lisp.",
     ["This article reminded me to write up\nthe equivalent for Emacs Lisp."]),
    ("Jane Doe<br>12 Main Street<br> Springfield", ["Jane Doe\n12 Main Street\nSpringfield"]),     # an address
    ("The first paragraph ends here.<br>The second starts on its line.",             # after a sentence: two
     ["The first paragraph ends here.", "The second starts on its line."]),
    ("A caption without a stop<br><br>Image credit: Apple", ["A caption without a stop", "Image credit: Apple"]),
    ("<br>Opening break, then text<br>", ["Opening break, then text"]),             # breaks at the ends: none
    ("von Marianne1<br>am 20.09.2020", ["von Marianne1", "am 20.09.2020"]),         # a byline, a date: fields
    ("March 3, 2021<br>Updated at noon", ["March 3, 2021", "Updated at noon"]),
])
def test_a_single_br_inside_a_sentence_is_a_line_break_two_end_the_paragraph(inner, texts):
    blocks, _ = read_html(f"<html><body><p>{inner}</p></body></html>")
    assert [b.text for b in blocks] == texts
    assert all(b.kind == "paragraph" for b in blocks)


def test_a_br_in_code_is_a_new_line_of_the_code():
    blocks, _ = read_html("<html><body><pre>x = 1<br>y = 2.</pre><p><a href='/a'>Home<br>page</a></p></body></html>")
    assert [(b.kind, b.text) for b in blocks] == [("code", "x = 1\ny = 2."), ("paragraph", "Home\npage")]


def test_a_layout_table_is_read_cell_by_cell():
    long = "The council met on Tuesday and voted for the budget. " * 10
    blocks, _ = read_html(f"<html><body><table><tr><td>Menu</td><td><p>{long}</p></td></tr>"
                          f"<tr><td>Home</td><td>{long}</td></tr></table></body></html>")
    assert all(b.kind != "table" for b in blocks) and len(blocks) == 4


def _post_row(name, said):
    return (f"<tr><td><div>{name}<div>Posts: 12</div></div></td><td><div><div>Nov 22, 2026 at 9:14am</div>"
            f"<div>{said}</div><div><a href='/q'>Quote</a></div></div></td></tr>")


@pytest.mark.parametrize("said,posts", [
    ("My starter smells like nail polish since I moved it to the fridge two weeks ago.", True),
    ("Thanks!", False),                                      # no sentence of a post's length: cells of values
])
def test_a_table_whose_rows_hold_posts_is_read_cell_by_cell(said, posts):
    rows = _post_row("breadhead_em", said) + _post_row("Kornelia", said)
    blocks, _ = read_html(f"<html><body><table>{rows}</table></body></html>")
    assert any(b.kind == "table" for b in blocks) is not posts
    assert (said in [b.text for b in blocks]) is posts


@pytest.mark.parametrize("said,posts", [
    ("Our weather station runs on a Raspberry Pi with no network most of the time.", True),
    ("Thanks!", False),
])
def test_a_table_per_post_its_authors_row_over_its_messages_is_read_cell_by_cell(said, posts):
    """Nabble's thread: each post its own table, the author's name and date in a row over the avatar and the
    message's cell (its text, its bar of links)."""
    post = (f"<table><tr><td>mgreen</td><td><div>Dec 02, 2026; 6:22pm</div></td></tr>"
            f"<tr><td><img src='a.png' alt=''><div>3 posts</div></td><td><div>{said}</div>"
            f"<div><div>... [show rest of quote]</div><div><a href='/r'>Reply</a> | Threaded</div></div></td></tr>"
            f"</table>")
    blocks, _ = read_html(f"<html><body>{post}{post}</body></html>")
    assert any(b.kind == "table" for b in blocks) is not posts
    assert (said in [b.text for b in blocks]) is posts


@pytest.mark.parametrize("said,posts", [
    ("To nie odmiana, tylko nierówna woda. Ściółka ze skoszonej trawy trzyma wilgoć równo i pęknięć jest mniej.",
     True),
    ("Dzięki!", False),                                      # no sentence of a post's length: a card beside a value
])
def test_a_table_of_posters_cards_beside_their_messages_is_read_cell_by_cell(said, posts):
    """UseBB's thread: one table, each post a row of its header (its date, "Cytuj") over a row of the poster's card
    (their name, rank, count of posts, date they joined, each a <div>) beside the message's cell, one <div>."""
    def post(name):
        return (f'<tr><td colspan="2"><div>Wysłany: 14 sie 2024, 19:42</div><div><a href="/q">Cytuj</a></div></td>'
                f'</tr><tr><td><div><a href="/u">{name}</a></div><div>Członek</div><div>Posty: 214</div>'
                f'<div>Zarejestrowany: 3 mar 2021</div></td><td><div>{said}</div></td></tr>')
    blocks, _ = read_html(f'<html><body><table class="maintable">{post("Zbyszek")}{post("Halina")}</table>'
                          f'</body></html>')
    assert any(b.kind == "table" for b in blocks) is not posts
    assert (said in [b.text for b in blocks]) is posts


@pytest.mark.parametrize("said,posts", [
    ("晚上邻居都在用网，信道很可能被挤满了。进路由器后台把信道从自动改成人少的一个，能用五G的设备尽量连五G。", True),
    ("谢谢！", False),                                         # no sentence of a post's length
])
def test_a_posters_card_of_lines_beside_a_message_over_its_signature_is_read_cell_by_cell(said, posts):
    """DVBBS's thread: each post a row of the poster's card, its lines ended by <br> (name, rank, count of posts,
    date joined), beside the message's cell, its date, its text in Chinese (no spaces: its words counted as
    Chinese's) and the signature under it, which ends no sentence."""
    def post(name):
        return (f'<tr><td><b>{name}</b><br><img src="f.gif" alt=""><br>等级：版主<br>帖子：2,318<br>注册：2015-6-1</td>'
                f'<td><div>发帖时间：2024-11-20 21:40:52 | 第 2 楼</div><div>{said}</div>'
                f'<div>--------------------<br>有问题先搜索，再发帖</div></td></tr>')
    blocks, _ = read_html(f'<html><body><table class="tableborder1">{post("网管小李")}{post("阿飞")}</table>'
                          f'</body></html>')
    assert any(b.kind == "table" for b in blocks) is not posts
    assert (said in [b.text for b in blocks]) is posts


@pytest.mark.parametrize("inner,texts", [
    # a price glued to a card's name is a field of its own
    ('<span>Pine Ridge Mug</span><span class="product_price">$22.00</span>', ["Pine Ridge Mug", "$22.00"]),
    # not a price in a sentence, a space before it
    ('Now only <span class="price">$22.00</span> a mug.', ["Now only $22.00 a mug."]),
    # not a price's parts, its currency in a "price" element of its own
    ('<span class="price-num">£</span><span class="price-num">6.50</span>', ["£6.50"]),
    # not an element of that class that gives no price (a field side by side with the name, a space between)
    ('<span>Salmon Run Mug</span><span class="product_price">Sold Out</span>', ["Salmon Run Mug Sold Out"]),
    # not one glued to what only a screen reader is told ("Regular price"): it stands for the price shown
    ('<span class="visually-hidden">Regular price</span><span class="price-item">£42.00</span>',
     ["Regular price£42.00"]),
    # or set apart by a space after the name's element, its link (HikaShop's spans, one under the other by style)
    ('<span class="name"><a href="/p/1">Miscela Bar 1 kg</a></span> <span class="product_price">18,90 €</span>',
     ["Miscela Bar 1 kg", "18,90 €"]),
    # not after an old price (a sale's), nor after a name that links nowhere with a space between
    ('<span>Zinfandel 2016</span> statt <s>8,99 €</s> <span class="price">7,49 €</span>',
     ["Zinfandel 2016 statt 8,99 € 7,49 €"]),
    ('<span>Salmon Run Mug</span> <span class="product_price">$22.00</span>', ["Salmon Run Mug $22.00"]),
])
def test_a_price_glued_to_a_name_is_a_block_of_its_own(inner, texts):
    blocks, _ = read_html(f"<html><body><div>{inner}</div></body></html>")
    assert [b.text for b in blocks] == texts


@pytest.mark.parametrize("inner,text", [
    # a card's fields side by side, no space between: a small letter or a stop, then a capital or a digit
    ('<span>Claire Morel</span><span>12 nov.</span><span>3 min de lecture</span>',
     "Claire Morel 12 nov. 3 min de lecture"),
    ('<span>Prep Time</span><span>2 hrs</span>', "Prep Time 2 hrs"),
    ('<span class="nickname">산책러</span><span class="timestamp">03-08 14:22</span>', "산책러 03-08 14:22"),  # (a
    #                                                   letter of a script without case, then a digit: a name, its time)
    ('<time>April 26, 2024</time><time>Updated on: October 28, 2024</time>',     # a digit, then a capital
     "April 26, 2024 Updated on: October 28, 2024"),
    ('<span>post</span><span>https://api.example.com/v2/shipments</span>',       # a word, then an address
     "post https://api.example.com/v2/shipments"),
    ('<span class="old">$219.00</span><span class="actual">$179.00</span>', "$219.00 $179.00"),   # a sale's two
    #                                                                             prices (each a field of a price's
    #                                                                             class: a line each, below)
    ('<span class="amount">$749</span><span class="discount">16% OFF</span>', "$749 16% OFF"),  # a price, then its
    ('<span class="price">US $36.84</span><span class="discount">-50%</span>', "US $36.84 -50%"),  # discount
    ('<span class="new">7 990 ₽</span><span class="old">11 990 ₽</span>', "7 990 ₽ 11 990 ₽"),    # (roubles)
    ('<span class="price">1 990,-</span><span class="before">Før 2 490,-</span>', "1 990,- Før 2 490,-"),   # kroner
    ('<span>Jean-</span><span>Luc</span>', "Jean-Luc"),                          # (no price before the dash)
    ('<span class="crossed">99,99 €</span><span class="sale">69,99 €</span><span class="discount">-30%</span>',
     "99,99 € 69,99 € -30%"),                             # (the currency after the amount: Mango's)
    ('<span><i><time>20 nov 2026</time></i></span><a href="/p/">Por qué dejé el móvil</a>',     # a date, then its
     "20 nov 2026 Por qué dejé el móvil"),                                                       # post's link
    ('<span>Read</span><a href="/m/">More</a>', "ReadMore"),               # a link after no date's element
    ('<span class="date">March 8, 2026</span><a href="/p/">Full-text search</a>',   # (or after a date alone)
     "March 8, 2026 Full-text search"),
    ('<span>1</span><span>2</span>', "12"),                                      # a number's digits
    ('<span>1</span><span>5%</span>', "15%"),                                    # (a share's too)
    ('<span>19</span><span>90</span><span>/st</span>', "19 90/st"),              # a price's units, then its cents
    ('<span>1</span><span>234</span>', "1234"),                                  # (three digits: no cents)
    ('<span>149,99 €</span><span>inkl. MwSt.</span>', "149,99 € inkl. MwSt."),   # a price, then its note
    ('<span>€</span><span>Euro</span>', "€Euro"),                                # (no price before it)
    ('<span>86 Artikel</span><label>Sortieren nach</label>', "86 Artikel Sortieren nach"),  # a field's label
    ('<span>Wiki</span><span>pedia</span>', "Wikipedia"),                 # a word's parts
    ('<span>Samostojni podjetnik, normiranec</span><span>od 49 € / mesec</span>',     # a price list's row: its
     "Samostojni podjetnik, normiranec od 49 € / mesec"),                           # item, then its price
    ('<span>Kaf</span><span>fee</span>', "Kaffee"),                       # (no price after the join: a word's parts)
    ('<span class="prc">1.999 TL</span><span class="prc">1.499 TL</span>',  # two prices, the currency's letters
     "1.999 TL 1.499 TL"),                                                  # ending the first (Teknosa's)
    ('<span>Total</span>: <span>12</span>', "Total: 12"),                  # set apart by the page
    ('<b>Seite</b><span>1</span>', "Seite1"),                              # not two fields' elements
    ('<span><img src="a.jpg"></span>Seite<span>1</span>', "Seite1"),       # nor text of another element's
    ('<code><span>x</span><span>Y</span></code>', "xY"),                   # a code's tokens
])
def test_fields_glued_side_by_side_get_their_space(inner, text):
    blocks, _ = read_html(f"<html><body><p>{inner}</p></body></html>")
    assert [b.text for b in blocks] == [text]


MAIL = ("Hello all,\n\nsince we updated our three stream loggers to firmware 2.4 last week, each of\n"
        "them skips between four and nine readings a day. The gaps always fall on the\nfull hour.\n\n"
        "Thanks,\nMaren\n\n-- \nMaren Holt\nUpper Tarn water survey\n")


def test_a_mailing_lists_message_in_a_pre_is_read_as_its_paragraphs_and_its_signature():
    blocks, _ = read_html(f"<html><body><pre>{MAIL}</pre></body></html>")
    assert [(b.kind, b.text) for b in blocks] == [
        ("paragraph", "Hello all,"),
        ("paragraph", "since we updated our three stream loggers to firmware 2.4 last week, each of them skips "
                      "between four and nine readings a day. The gaps always fall on the full hour."),
        ("paragraph", "Thanks, Maren"),
        ("paragraph", "--\nMaren Holt\nUpper Tarn water survey")]


def test_a_posts_signature_under_its_mark_in_an_elements_own_text_is_a_block_of_its_own():
    """PTT's post: its text written into the <div> as it is shown (its styles keep the lines), the signature under
    the "--" line, its link to the post in it: two blocks, the signature's lines kept for email_signature."""
    post = ("<div id=\"main-content\">\n每天搭板南線上班，車廂裡明明很多人，卻安靜到只聽得到廣播。\n有沒有八卦？\n\n--\n"
            "<span>※ 發信站: 批踢踢實業坊(ptt.cc)\n</span><span>※ 文章網址: <a href=\"https://www.ptt.cc/bbs/M.1.html\">"
            "https://www.ptt.cc/bbs/M.1.html</a>\n</span></div>")
    blocks, _ = read_html(f"<html><body>{post}</body></html>")
    assert [b.text for b in blocks] == ["每天搭板南線上班，車廂裡明明很多人，卻安靜到只聽得到廣播。 有沒有八卦？",
                                        "--\n※ 發信站: 批踢踢實業坊(ptt.cc)\n※ 文章網址: https://www.ptt.cc/bbs/M.1.html"]
    assert blocks[0].link_chars == 0 and blocks[1].link_chars == len("https://www.ptt.cc/bbs/M.1.html")
    linked, _ = read_html(f"<html><body>{post}</body></html>", links=True)
    assert [len(b.links) for b in linked] == [0, 1]          # (each part its own links)
    a = pagecleaner.clean(f"<html><body>{post}</body></html>", input="html")
    assert "每天搭板南線上班" in a.body and "發信站" not in a.body


@pytest.mark.parametrize("inner, texts", [
    # a poster's signature after the post's text (HardWare.fr's): a block of its own, its class with it
    ('<p>Merci beaucoup !</p><div class="edited"></div><span class="signature">--------------- <br>Config : Ryzen 5'
     '</span>', ["Merci beaucoup !", "---------------\nConfig : Ryzen 5"]),
    # a function's signature in its heading (JSDoc's), or opening its item (Crystal's): no block of its own
    ('<h4>new TileCache<span class="signature">(options)</span></h4>', ["new TileCache(options)"]),
    ('<ul><li><span class="signature">#reset</span> starts again</li></ul>', ["#reset starts again"]),
])
def test_a_posts_signature_in_a_span_after_its_text_is_a_block_of_its_own(inner, texts):
    blocks, _ = read_html(f"<html><body><div class=\"post\">{inner}</div></body></html>")
    assert [b.text for b in blocks] == texts
    assert ("signature" in blocks[-1].tokens) is (len(texts) == 2)


def test_two_dashes_inside_a_line_part_no_block():
    blocks, _ = read_html("<html><body><p>Scores: 3 -- 2 after\nextra time -- a late goal.</p></body></html>")
    assert [b.text for b in blocks] == ["Scores: 3 -- 2 after extra time -- a late goal."]


@pytest.mark.parametrize("pre", [
    "def tidy(line):\n    return ' '.join(line.split())\n\nprint(tidy('  two   spaces  '))\n",   # a program
    "$ ls -la\ntotal 12\ndrwxr-xr-x 2 root root 4096 Mar 11 09:12 .\n",                    # a transcript
    "Roses are red,\nviolets are blue,\nsugar is sweet.\n",                                # a poem's short lines
    "Name      Size   Date\nreport    12 kB  2026-03-11\nsummary   3 kB   2026-03-12\n",    # a table
    "42\n43\n44\n45\n46\n",                                                    # a listing's line numbers
    '"""Docstring explaining the package"""\nfrom thispackage.module_or_subpackage import *\n'
    'from thispackage.module_thats_next_alphabetically import *\n...\n',               # a program without operators
])
def test_a_pre_of_a_program_a_transcript_a_poem_or_a_table_stays_one_block_of_code(pre):
    blocks, _ = read_html(f"<html><body><pre>{pre}</pre></body></html>")
    assert [(b.kind, b.text) for b in blocks] == [("code", pre.strip("\n"))]


def test_html_region_is_the_outer_article_and_the_innermost_main():
    blocks, _ = read_html("<html><body><main><article><p>Story text here.</p><article><p>A promo box.</p></article>"
                          "</article><article><p>A card.</p></article></main></body></html>")
    regions = {b.text: b.region for b in blocks}
    assert regions == {"Story text here.": "<article#2>", "A promo box.": "<article#2>", "A card.": "<article#3>"}


def test_a_block_of_invisible_characters_is_empty():
    blocks, _ = read_html("<html><body><p>The council met.</p><p>\u200b</p><p>\ufeff </p></body></html>")
    assert [b.text for b in blocks] == ["The council met."]
    assert [b.text for b in read_text("The council met.\n\u200b\n\ufeff\u2060\n")] == ["The council met."]


def test_a_block_of_zero_width_joiners_alone_is_empty_but_a_words_joiner_stays():
    """Mobirise's "&#8204;" (a zero-width non-joiner) in a paragraph of its own; inside a word (Persian's
    "می‌خواهم") or an emoji's sequence it is the word's."""
    blocks, _ = read_html("<html><body><p>The council met.</p><p>&#8204;</p><p>\u200d \u200c</p>"
                          "<p>می\u200cخواهم</p></body></html>")
    assert [b.text for b in blocks] == ["The council met.", "می\u200cخواهم"]
    assert [b.text for b in read_text("The council met.\n\n\u200c\n")] == ["The council met."]


def test_html_blocks_know_the_elements_they_sit_in():
    blocks, _ = read_html("<html><body><div><p>One paragraph.</p><ul><li>An item</li></ul></div>"
                          "<div><p>Elsewhere.</p></div></body></html>")
    one, item, other = blocks
    assert one.ancestors[:-1] == item.ancestors[:-2]             # the same <div>
    assert set(one.ancestors) & set(other.ancestors) == set(one.ancestors[:2])    # <html>, <body>


def test_an_unclosed_button_does_not_swallow_the_page():
    page = ('<html><body><header><button class="menu"><span>Menu</span></header>'
            '<main><article><p>The article paragraph after the broken button.</p></article></main></body></html>')
    texts = [b.text for b in read_html(page)[0]]
    assert "The article paragraph after the broken button." in texts
    assert [b.text for b in read_html("<html><body><button>Close</button><p>Text.</p></body></html>")[0]] == ["Text."]


def test_inscriptis_nested_bullets_are_list_items_only_when_indented():
    blocks = read_text("    * Home\n              o Subscribe\n              + Sign In\n\no dia chegou.")
    assert [(b.kind, b.text) for b in blocks] == [("list_item", "Home"), ("list_item", "Subscribe"),
                                                  ("list_item", "Sign In"), ("paragraph", "o dia chegou.")]


@pytest.mark.parametrize("text, read", [
    ("20. november 2024\n · Konsert", [("paragraph", "20. november 2024 · Konsert")]),   # soup's <time>, then text
    ("197 followers\n· Last published Apr 8, 2024", [("paragraph", "197 followers · Last published Apr 8, 2024")]),
    ("Our picks\n\n· Konsert", [("paragraph", "Our picks"), ("list_item", "Konsert")]),   # over a blank: a bullet
    # (under no date or count: a post's age under its poster's credential, Quora's, which the thread rules read)
    ("Studied Materials Science\n· 1y", [("paragraph", "Studied Materials Science"), ("list_item", "1y")]),
])
def test_a_middle_dot_under_a_line_goes_on_with_it(text, read):
    assert [(b.kind, b.text) for b in read_text(text)] == read


def test_soft_hyphens_are_not_text():
    blocks, _ = read_html("<html><body><p>Im Mit\u00adtel\u00adal\u00adter war es so.</p></body></html>")
    assert blocks[0].text == "Im Mittelalter war es so."
    assert read_text("Im Mit\u00adtel\u00adal\u00adter war es so.")[0].text == "Im Mittelalter war es so."


def test_a_noscript_that_swallowed_the_page_is_read():
    items = "".join(f"<li>Menu item {i}</li>" for i in range(60))
    page = (f'<html><body><noscript><div id="nojs"></noscript><div><ul>{items}</ul>'
            '<p>The article paragraph inside the swallowed page.</p></div></body></html>')
    assert "The article paragraph inside the swallowed page." in [b.text for b in read_html(page)[0]]
    small = '<html><body><noscript><img src="pixel.gif"><p>Enable JavaScript.</p></noscript><p>Text.</p></body></html>'
    assert [b.text for b in read_html(small)[0]] == ["Text."]


def test_a_noscript_that_gives_the_pages_text_to_readers_without_javascript_is_read():
    """Flarum: the discussion's posts in a <noscript> the app replaces, the page around it an empty shell; a notice
    that the site needs JavaScript (one paragraph) stays unread."""
    posts = '<noscript id="flarum-content"><div class="container"><h1>Starter stopped rising</h1><div><div>' \
            '<h3>Giulia_B</h3><div class="Post-body"><p>It doubles in eight hours now.</p><p>Should I start over?</p>' \
            '</div></div></div></div></noscript>'
    page = f'<html><body><div id="app"><header></header><main><div id="content"></div>{posts}</main></div>' \
           '</body></html>'
    assert [b.text for b in read_html(page)[0]] == ["Starter stopped rising", "Giulia_B",
                                                    "It doubles in eight hours now.", "Should I start over?"]
    notice = '<noscript><div class="Alert"><p>This site works best with JavaScript enabled.</p></div></noscript>'
    assert [b.text for b in read_html(f"<html><body>{notice}<p>Text.</p></body></html>")[0]] == ["Text."]


@pytest.mark.parametrize("cls, hidden", [
    ("hide", True), ("hidden", True), ("d-none", True),          # a utility class alone: hidden on every screen
    ("resource_rich-text w-condition-invisible w-richtext", True),  # Webflow's field its CMS condition hides
    ("listing-no-matching d-none", True),                         # Bootstrap's "d-none" beside a theme's class
    ("hidden md:block", False), ("d-none d-lg-block", False),    # shown on a wider screen
    ("signblock d-none d-m-block", False),                        # (a theme's own width)
    ("comment-thread inline-thread hidden", False),               # a theme's word, which a script may undo
    ("hidden-xs", False),                                         # hidden on phones only
    ('hidden" role="tabpanel', False),                            # a tab's panel: a click shows it
    ("title displaynone", True),                                  # Cafe24's word that hides beside any other
])
def test_a_class_that_hides_an_element_on_every_screen_hides_it(cls, hidden):
    for story in ("<p>The story.</p>", "".join(f"<p>{prose(i)}</p>" for i in range(8))):   # (the streaming reader
        page = f'<html><body>{story}<div class="{cls}"><p>The text of another post.</p></div></body></html>'  # too)
        assert ("The text of another post." not in [b.text for b in read_html(page)[0]]) is hidden


def _author(body: str, head: str = "") -> str | None:
    return read_html(f"<html><head>{head}</head><body>{body}<p>Some text of the story.</p></body></html>")[1].get("byline")


@pytest.mark.parametrize("body, expected", [
    # a class word says author, and "By" is a separate piece of text
    ('<div class="entry-meta"><span class="meta-label">By</span><span class="author vcard">'
     '<span class="fn">Angela Kaye Carpenter</span></span></div>', "Angela Kaye Carpenter"),
    # microdata: the author's name property, not the whole element (which holds the job title too)
    ('<div itemprop="author"><span itemprop="name">Jane Doe</span> <span>Staff writer</span></div>', "Jane Doe"),
    # rel=author on a link
    ('<p>Posted on May 1 by <a href="/u/jd" rel="author">John Smith</a></p>', "John Smith"),
    # a byline element whose label is in another language, and whose title follows in a piece of its own
    ('<div class="byline"><span>Eingestellt von</span> <a>Anna Müller</a><em>Redakteurin</em></div>', "Anna Müller"),
    # a particle inside a name is lower case
    ('<span class="author-name">Ursula von der Leyen</span>', "Ursula von der Leyen"),
])
def test_the_author_is_read_from_the_markup_that_marks_it(body, expected):
    assert _author(body) == expected


@pytest.mark.parametrize("body", [
    '<div class="comment-author">Bob Jones</div>',                        # a commenter, not the author
    '<div class="author-bio">Jane Doe writes about food and travel.</div>',   # the author box's bio
    '<span class="author">Written By</span>',                             # a label alone
    '<span class="author">Personal finance</span>',                        # not a name: a lower-case word
    '<span class="author">Team 42 Labs</span>',                            # a digit
    '<span class="author">Jane</span>',                                    # one word: too little to tell
])
def test_what_is_not_the_authors_name_is_not_taken(body):
    assert _author(body) is None


def test_a_json_ld_author_given_by_reference_is_the_person_it_names():
    """Yoast's graph: the Article's author is {"@id": …}, the Person with that @id holds the name."""
    graph = ('{"@graph": [{"@type": "Person", "@id": "https://example.com/#/person/1", "name": "Helge Fahrnberger"},'
             ' {"@type": "Article", "headline": "A post", "author": {"@id": "https://example.com/#/person/1"}}]}')
    assert _author("", f'<script type="application/ld+json">{graph}</script>') == "Helge Fahrnberger"
    unknown = graph.replace('"@id": "https://example.com/#/person/1", "name"', '"@id": "https://example.com/#/x", "name"')
    assert _author("", f'<script type="application/ld+json">{unknown}</script>') is None     # no such Person
    named = '{"@type": "BlogPosting", "author": {"@type": "Person", "name": "kevin-r"}}'
    both = f'<script type="application/ld+json">{graph}</script><script type="application/ld+json">{named}</script>'
    assert _author("", both) == "kevin-r"           # a name an article object writes out comes first


def test_an_author_meta_tag_that_names_the_sites_software_is_no_author():
    """Discuz! writes its makers into every page's author tag; a generator's name in a person's is no match."""
    generator = '<meta name="generator" content="Discuz! X3.4">'
    assert _author("", generator + '<meta name="author" content="Discuz! Team and Comsenz UI Team">') is None
    assert _author("", '<meta name="generator" content="Ghost 5.8">' + '<meta name="author" content="Ghostly Jane">') \
        == "Ghostly Jane"
    assert _author("", '<meta name="author" content="Discuz! Team">') == "Discuz! Team"        # no generator named


def test_author_meta_tags_and_json_ld_come_before_the_markup():
    span = '<span class="author">Markup Name</span>'
    assert _author(span, '<meta name="sailthru.author" content="By Meta Name">') == "Meta Name"
    assert _author(span, '<meta name="author" content="https://example.com/jd">') == "Markup Name"   # a URL: no
    ld = '<script type="application/ld+json">{"@type": "NewsArticle", "author": {"name": "Ld Name"}}</script>'
    assert _author(span, ld + '<meta name="author" content="Meta Name">') == "Ld Name"


STORY_HTML = "".join(f"<p>{prose}</p>" for prose in (
    "Paragraph one says that the minister, who spoke to reporters in the capital on Monday, wanted the plan.",
    "Paragraph two says that the council, which met in the town hall on Tuesday, would vote on it next week.",
    "Paragraph three says that the mayor, who leads the council, expects the vote to pass with a large majority."))


@pytest.mark.parametrize("markup,shown,byline", [
    ("arianschlichenmayer", "By Arian Schlichenmayer", "Arian Schlichenmayer"),   # a handle, the text writes it out
    ("Marie", "By Marie Blog", "Marie"),            # a first name: the markup's (the text glued a category to it)
    ("Jane Doe", "By Jane Roe", "Jane Doe"),        # two names that differ: the markup's
])
def test_the_text_writes_out_the_handle_the_markup_gives_as_author(markup, shown, byline):
    html = (f'<html><head><meta name="author" content="{markup}"></head><body><h1>Council approves the plan</h1>'
            f'<p>{shown}</p>{STORY_HTML}</body></html>')
    assert pagecleaner.clean(html, input="html").byline == byline


@pytest.mark.parametrize("markup,byline", [
    ("page.head.extra.author", "Tim Enwall"),       # a template's variable left unfilled: the text's byline
    ("{{ post.author }}", "Tim Enwall"),
    ("Staff Writer", "Tim Enwall"),                 # a role alone: no one's name
    ("sara.r.peter", "sara.r.peter"),               # a user's handle with dots is a name the markup gives
])
def test_a_markup_author_that_names_no_one_gives_way_to_the_text(markup, byline):
    html = (f'<html><head><meta name="author" content="{markup}"></head><body><h1>Council approves the plan</h1>'
            f'<p>By Tim Enwall</p>{STORY_HTML}</body></html>')
    assert pagecleaner.clean(html, input="html").byline == byline


def _date(body: str, head: str = "") -> str | None:
    meta = read_html(f"<html><head>{head}</head><body>{body}<p>Some text of the story.</p></body></html>")[1]
    return meta.get("published") or meta.get("fallback", {}).get("published")


@pytest.mark.parametrize("body, expected", [
    ('<span class="post-date">March 30, 2023</span>', "2023-03-30"),                      # a class word
    ('<div class="entry-meta"><span class="posted-on">Published on Oct 21, 2025</span></div>', "2025-10-21"),
    ('<meta itemprop="datePublished" content="2024-01-04"><div>x</div>', "2024-01-04"),    # microdata's value
    ('<span class="comment-date">May 1, 2020</span><span class="date">June 2, 2021</span>', "2021-06-02"),
    ('<span property="schema:dateCreated" content="2022-01-28T12:45:46+00:00"></span>',
     "2022-01-28T12:45:46+00:00"),                                                         # RDFa (Drupal)
    ('<div class="uploaded-date"> 23.09.22 </div>', "2022-09-23"),                       # a year of two digits
    ('<h2 class="date-header">17.7.11</h2>', "2011-07-17"),
])
def test_the_date_is_read_from_the_markup_that_shows_it(body, expected):
    assert _date(body) == expected


@pytest.mark.parametrize("body", [
    '<span class="post-date">Last Updated on Feb 27, 2026</span>',        # when it changed, not when it appeared
    '<span class="date">2 days ago</span>',                              # relative: no date
    '<div class="date">' + "A long paragraph that mentions May 1, 2020 among many other words. " * 2 + '</div>',
    '<li class="event-date">May 1, 2020</li>',                           # an event list's date
    '<span property="schema:name" content="2022-01-28"></span>',         # RDFa, but no date's property
    '<span class="date">09/11/22</span>',                                 # two digits of the year, and no telling
    '<span class="date">Version 2.10.22</span>',                          # which is the day: neither is a date
])
def test_what_is_not_the_pages_date_is_not_taken(body):
    assert _date(body) is None


@pytest.mark.parametrize("head,expected", [
    ('<link rel="canonical" href="http://www.example.de/2014/05/18/alles-neue-macht-der-mai/">', "2014-05-18"),
    ('<meta property="og:url" content="https://example.com/2016/05/22/happy-birthday/">', "2016-05-22"),
    ('<link rel="canonical" href="https://example.com/2014/05/alles-neue/">', None),     # no day
    ('<link rel="canonical" href="https://example.de/meldungen/29-10-2021">', "2021-10-29"),   # a date's slug
    ("<title>08.11.2021 | Online-Fachtag zum Intersex Day</title>", "2021-11-08"),     # a <title> opening with it
    ("<title>2021 | Online-Fachtag zum Intersex Day</title>", None),                  # a year alone
    ('<link rel="prev" href="https://example.com/2014/05/17/library-101/">', None),      # another post's address
])
def test_the_date_the_pages_own_address_or_title_names_is_its_date_when_nothing_else_says_one(head, expected):
    assert _date("", head) == expected
    # a date the markup gives wins
    assert _date('<span class="post-date">March 30, 2023</span>', head) == "2023-03-30"


def test_a_wikis_last_edit_dates_it_when_nothing_else_does():
    footer = ('<div id="footer"><ul><li id="footer-info-lastmod"> Diese Seite wurde zuletzt am 29. Januar 2020 um '
              '13:22 Uhr geändert.</li><li id="footer-info-copyright">Inhalt ist verfügbar unter CC BY-SA.</li>'
              '</ul></div>')
    assert _date(footer) == "2020-01-29"
    assert _date('<span class="post-date">March 30, 2023</span>' + footer) == "2023-03-30"   # the page's own first
    assert _date(footer.replace("lastmod", "viewcount")) is None                            # another footer line


@pytest.mark.parametrize("og_title,h1,headline", [
    ("About", "About the practice", "About the practice"),                                  # the <h1> says more
    ("We Tested 6 Zoom Alternatives", "We Tested 6 Zoom Alternatives - Here's How They Compare",
     "We Tested 6 Zoom Alternatives - Here's How They Compare"),
    ("EU-Taxonomie: Atomkraft und Erdgas sind …", "EU-Taxonomie: Atomkraft und Erdgas sind nicht nachhaltig",
     "EU-Taxonomie: Atomkraft und Erdgas sind nicht nachhaltig"),                         # a title cut short
    ("About", "Aboutique candles", "About"),                                               # not the title's words
    ("Council approves budget", "Council approves budget", "Council approves budget"),
])
def test_an_h1_that_says_the_titles_words_and_more_is_the_headline(og_title, h1, headline):
    head = f'<title>{og_title} | Gazette</title><meta property="og:title" content="{og_title}">'
    meta = read_html(f"<html><head>{head}</head><body><h1>{h1}</h1><p>Some text.</p></body></html>")[1]
    assert meta["headline"] == headline


@pytest.mark.parametrize("title,headline", [
    ("Sicherung der Datenbank (Administratorhandbuch) - Betriebshandbuch", "Sicherung der Datenbank"),
    ("Sicherung der Datenbank (Teil 2) - Betriebshandbuch", "Sicherung der Datenbank"),
    ("Sicherung der Datenbank und der Dateien - Betriebshandbuch", "Sicherung der Datenbank und der Dateien"),
])
def test_an_h1_without_the_place_in_brackets_the_title_adds_is_the_headline(title, headline):
    """XWiki's <title> adds the page's space in brackets after its title; the page shows its title in an <h1>,
    beside its navigation panel's <h1>."""
    body = "<h1>Navigation</h1><h1>Sicherung der Datenbank</h1><p>Some text.</p>"
    meta = read_html(f"<html><head><title>{title}</title></head><body>{body}</body></html>")[1]
    assert meta["headline"] == headline


@pytest.mark.parametrize("generator,kind", [("mbin", "forum"), ("Discourse 3.2.1", "forum"), ("phpBB", "forum"),
                                            ("WordPress 6.7.1", "article")])
def test_a_boards_engine_in_the_generator_tag_says_the_page_is_a_thread(generator, kind):
    """Mbin's thread: the post and its comments in blockquotes the class rule takes as a blog's comments, no post
    button the reader keeps; its generator tag names the board's engine."""
    comments = "".join(f'<blockquote class="comment"><header>user{i}, 19 November 2026</header><div class="content">'
                       f'<p>{prose(i)}</p></div></blockquote>' for i in range(2, 5))
    page = (f'<html><head><title>A question</title><meta name="generator" content="{generator}"></head><body><main>'
            f'<article><h1><a href="/t/1">A question</a></h1><p>{prose(1)}</p></article>'
            f'<section id="comments" class="comments">{comments}</section></main></body></html>')
    a = pagecleaner.clean(page, input="html")
    assert (a.page_type == "forum") is (kind == "forum") and (kind != "forum" or prose(3) in a.body)


def test_an_h1_of_two_fields_glued_with_no_space_reads_them_apart():
    """Zalando's <h1>: the brand's <span> and the name's side by side, the page's style sets them apart."""
    body = f'<h1><span class="brand">Nordvik</span><span class="name">Stivaletti in pelle</span></h1><p>{prose(1)}</p>'
    assert read_html(f"<html><body>{body}</body></html>")[1]["headline"] == "Nordvik Stivaletti in pelle"
    glued = f'<h1><span>Wiki</span><span>pedia</span> guide</h1><p>{prose(1)}</p>'     # (a word's parts stay one)
    assert read_html(f"<html><body>{glued}</body></html>")[1]["headline"] == "Wikipedia guide"
    caps = f'<h1><span>LÅNGVIK</span><span>Bookcase, oak veneer</span></h1><p>{prose(1)}</p>'   # (IKEA's brand in
    assert read_html(f"<html><body>{caps}</body></html>")[1]["headline"] == "LÅNGVIK Bookcase, oak veneer"   # capitals)
    word = f'<h1><span>NASA</span><span>s</span> new rover</h1><p>{prose(1)}</p>'     # (no capital and small letter)
    assert read_html(f"<html><body>{word}</body></html>")[1]["headline"] == "NASAs new rover"


@pytest.mark.parametrize("site,headline", [
    ("Moteros de Albacete", "¿Cada cuánto cambiar el aceite de una moto de 125?"),   # the <h1>: the site's name
    ("Moteros", "Moteros de Albacete"),                                 # another site's name: the <h1> is the page's
])
def test_the_one_h1_that_is_the_sites_name_gives_way_to_the_title(site, headline):
    """Forumotion's board shows its name in the page's one <h1> and the thread's title in an <h2>; og:site_name
    says the <h1> is the site's, the <title> is the page's."""
    head = (f'<title>¿Cada cuánto cambiar el aceite de una moto de 125?</title>'
            f'<meta property="og:site_name" content="{site}">')
    body = f"<h1>Moteros de Albacete</h1><h2>¿Cada cuánto cambiar el aceite de una moto de 125?</h2><p>{prose(1)}</p>"
    assert read_html(f"<html><head>{head}</head><body>{body}</body></html>")[1]["headline"] == headline


@pytest.mark.parametrize("title,headline", [
    ("Amazon.com: Harbor Lane Cast Iron Skillet, 10.25 Inch : Home &amp; Kitchen",
     "Harbor Lane Cast Iron Skillet, 10.25 Inch"),                   # a shop's name and a joint before the <h1>
    ("r/Python - What is in your __init__ file? : r/Python", "What is in your __init__ file?"),
    ("Harbor Lane Cast Iron Skillet, 10.25 Inch and Lid - Kitchen",
     "Harbor Lane Cast Iron Skillet, 10.25 Inch and Lid"),           # (words after the <h1>'s: the title's own)
])
def test_an_h1_the_title_frames_with_a_name_before_it_is_the_headline(title, headline):
    """Amazon's <title> puts "Amazon.com: " before the product's name, which the page's first <h1> shows (its
    second <h1> is "About this item")."""
    h1 = headline.split(" and Lid")[0]
    body = f"<h1>{h1}</h1><p>Some text.</p><h1>About this item</h1><ul><li>One</li></ul>"
    meta = read_html(f"<html><head><title>{title}</title></head><body>{body}</body></html>")[1]
    assert meta["headline"] == headline


@pytest.mark.parametrize("og_title,h1,headline", [
    ("Mobilidade Arquivos - Jornal do Vale Verde", "Mobilidade", "Mobilidade"),    # an SEO plugin's archive title
    ("Cycling Archives - Fell &amp; Fen", "Cycling", "Cycling"),
    ("The National Archives - Gazette", "The National Archives", "The National Archives"),     # a name
    ("Cycling Archives - Fell &amp; Fen", "Racing", "Cycling Archives"),           # another heading: the title
    ("Arquivos Receitas de Pão - Forno", "Receitas de Pão", "Receitas de Pão"),     # the word first (Yoast pt-BR)
    ("Archives des Recettes - Forno", "Recettes", "Recettes"),
])
def test_an_archives_title_is_its_categorys_name_its_h1_shows(og_title, h1, headline):
    head = f'<meta property="og:title" content="{og_title}"><meta property="og:site_name" content="Gazette">'
    meta = read_html(f"<html><head>{head}</head><body><h1>{h1}</h1><p>Some text.</p></body></html>")[1]
    assert meta["headline"] == headline.replace(" - Gazette", "")


def test_a_block_hidden_from_screen_readers_still_parts_the_text_around_it():
    """Medium's date and reading time, a "·" between them in an aria-hidden <div>: shown, so a space."""
    blocks, _ = read_html('<html><body><div><span>Nov 18, 2026</span><div aria-hidden="true">·</div>'
                          '<span>4 min read</span></div></body></html>')
    assert [b.text for b in blocks] == ["Nov 18, 2026 4 min read"]
    blocks, _ = read_html('<html><body><p>Mer<span aria-hidden="true">*</span>cedes</p></body></html>')
    assert [b.text for b in blocks] == ["Mercedes"]        # (an inline mark: nothing in its place)


def test_a_dropped_field_or_button_still_parts_the_words_beside_it():
    """Webflow's quantity label, its field, then the "Buy now" link: "Quantity Buy now", not "QuantityBuy now"."""
    blocks, _ = read_html('<html><body><form><label>Quantity</label><input type="number" value="1">'
                          '<a href="/checkout">Buy now</a></form><p>Size<input type="radio">100 g tin</p>'
                          '</body></html>')
    assert [b.text for b in blocks] == ["Quantity Buy now", "Size 100 g tin"]


@pytest.mark.parametrize("og_title,title,h1,headline", [
    # a share text in og:title, the <title> opening with the one <h1>: the <h1>
    ("From the appliancerepair community on Reddit", "Is it worth fixing a dishwasher? : r/appliancerepair",
     "Is it worth fixing a dishwasher?", "Is it worth fixing a dishwasher?"),
    # a blog's name in its <h1> opens its <title> too, the post's title (og:title's) after it: the og:title
    ("The lean startup", "Lessons Learned: The lean startup", "Lessons Learned", "The lean startup"),
])
def test_an_og_title_that_is_a_share_text_gives_way_to_the_h1_the_title_opens_with(og_title, title, h1, headline):
    head = f'<title>{title}</title><meta property="og:title" content="{og_title}">'
    meta = read_html(f"<html><head>{head}</head><body><h1>{h1}</h1><p>Some text.</p></body></html>")[1]
    assert meta["headline"] == headline


def test_a_headings_button_is_no_part_of_the_headline():
    """rustdoc's <h1> holds a "Copy item path" button beside the item's name (the metadata is read before the
    reader drops buttons)."""
    h1 = ('Struct <a href="index.html">ringlog</a>::<a href="#">RingLog</a>'
          '<button id="copy-path">Copy item path</button>')
    meta = read_html(f"<html><body><h1>{h1}</h1><p>Some text.</p></body></html>")[1]
    assert meta["headline"] == "Struct ringlog::RingLog"


@pytest.mark.parametrize("h1,headline", [
    # a block inside the <h1> under the name (Sylius's product code in its "sub header"): no part of the headline
    ('Brasa 250 g tostadora <div class="sub header"><span>BR-250</span></div>', "Brasa 250 g tostadora"),
    ('<div class="title">Brasa 250 g tostadora, hierro fundido</div>', "Brasa 250 g tostadora, hierro fundido"),
    ('Brasa 250 g tostadora <span class="code">BR-250</span>', "Brasa 250 g tostadora BR-250"),     # inline: one line
    # a line break after a sentence ends the heading's own line (its date under it, MetaFilter's); else a space
    ('Brasa 250 g tostadora?<br><span class="smallcopy">March 8, 2026</span>', "Brasa 250 g tostadora?"),
    ('Brasa 250 g<br>tostadora', "Brasa 250 g tostadora"),
])
def test_a_block_under_the_h1s_own_words_is_no_part_of_the_headline(h1, headline):
    head = "<title>Brasa 250 g tostadora | Café Ribera</title>"
    meta = read_html(f"<html><head>{head}</head><body><h1>{h1}</h1><p>Some text.</p></body></html>")[1]
    assert meta["headline"] == headline


@pytest.mark.parametrize("title,h1,headline", [
    ("Pi will not boot after the update - Raspberry Pi Forums", "Raspberry Pi Forums",
     "Pi will not boot after the update"),                            # the <h1> is the board's name the title ends with
    ("The Space Review: Seeking a bigger role for a big rocket", "Seeking a bigger role for a big rocket",
     "Seeking a bigger role for a big rocket"),                       # the site's name first: the <h1> is the headline
    ("SONNENENERGIE: Der WindRebell", "Der WindRebell", "Der WindRebell"),   # a short title after a shorter name
    # a label before the title's words in the <h1> (vBulletin's "Thread: …") goes; a title of its own stays
    ("Whine in third gear only - what could it be?", "Thread: Whine in third gear only - what could it be?",
     "Whine in third gear only - what could it be?"),
    ("Whine in third gear", "Review: the new gearbox oil", "Review: the new gearbox oil"),
])
def test_an_h1_that_is_the_sites_name_after_the_title_gives_way_to_the_title(title, h1, headline):
    meta = read_html(f"<html><head><title>{title}</title></head><body><h1>{h1}</h1><p>Some text.</p></body></html>")[1]
    assert meta["headline"] == headline


def test_an_h1_inside_the_link_home_is_the_sites_name_not_the_headline():
    """Twenty Thirteen's header: the link home around the site's <h1> and its tagline's <h2>; an archive's <h1> and
    each post's <h1> under it; the <title>'s site name goes with it."""
    entries = "".join(f'<article><h1><a href="/2026/0{i}/post-{i}/">Ruta {i}</a></h1><p>Some text.</p></article>'
                      for i in range(1, 4))
    meta = read_html('<html><head><title>Rutas | Pedaleando por Asturias</title></head><body><header><a href="/" '
                     'class="home-link"><h1>Pedaleando por Asturias</h1><h2>Rutas en bici</h2></a></header>'
                     f'<main><h1>Archivo de la categoría: Rutas</h1>{entries}</main></body></html>')[1]
    assert meta["headline"] == "Rutas"


def test_a_reviews_time_and_author_are_not_the_pages():
    review = ('<li class="review"><p class="meta"><strong class="woocommerce-review__author">Jane P.</strong> '
              '<time class="woocommerce-review__published-date" datetime="2024-03-02T10:11:00+00:00">March 2, 2024'
              '</time></p><p>My favorite mug.</p></li>')
    meta = read_html(f"<html><body><h1>Stoneware Mug</h1><p>A mug.</p><ol>{review}</ol></body></html>")[1]
    assert "published" not in meta and "fallback" not in meta and "byline" not in meta
    # the page's own <time> still dates it
    meta = read_html('<html><body><h1>Stoneware Mug</h1><time datetime="2024-01-05">Jan 5</time><p>A mug.</p>'
                     f"<ol>{review}</ol></body></html>")[1]
    assert meta["published"] == "2024-01-05"


OLD_PAGE = ('<HTML><HEAD><TITLE>Mill River Gazette - Dam repair to start in May</TITLE>{head}</HEAD><BODY><TABLE><TR>'
            '<TD>{logo}</TD></TR><TR><TD><FONT SIZE="5"><B>Dam repair to start in May</B></FONT><P>Work on the old '
            'dam will begin in May, the public works director said on Monday night.</TD></TR></TABLE></BODY></HTML>')


@pytest.mark.parametrize("head,logo,headline", [
    ("", '<A HREF="/"><IMG SRC="/m.gif" ALT="Mill River Gazette"></A>', "Dam repair to start in May"),   # its logo
    ("", '<A HREF="/index.html">Mill River Gazette</A>', "Dam repair to start in May"),             # its home link
    ("", '<A HREF="index.php">Mill River Gazette</A>', "Dam repair to start in May"),     # (a PHP site's, relative)
    ('<META PROPERTY="og:site_name" CONTENT="Mill River Gazette">', "", "Dam repair to start in May"),
    ("", '<A HREF="https://example.org/">Mill River Gazette</A>', "Mill River Gazette"),   # another site's home
])
def test_a_title_the_sites_name_opens_gives_the_headline_after_it(head, logo, headline):
    assert read_html(OLD_PAGE.format(head=head, logo=logo))[1]["headline"] == headline


@pytest.mark.parametrize("home, headline", [
    ('<A HREF="/index.html">소소한 그릇</A>', "머그컵"),                  # the name its home link shows, after it
    ('<A HREF="https://example.org/">소소한 그릇</A>', "머그컵 - 소소한 그릇"),   # (another site's home: no name)
])
def test_a_title_the_sites_name_ends_gives_the_headline_before_it(home, headline):
    page = (f"<HTML><HEAD><TITLE>머그컵 - 소소한 그릇</TITLE></HEAD><BODY>{home}<H2>머그컵</H2><UL>"
            + "".join(f'<LI><A HREF="/p/{i}">머그 {i}</A> {28 + i},000원</LI>' for i in range(4)) + "</UL></BODY></HTML>")
    assert read_html(page)[1]["headline"] == headline


@pytest.mark.parametrize("href, headline", [
    ("index.php", "Pomidory pękają po deszczu"),
    ("https://example.org/", "Forum Działkowe Malwa"),       # (another site's home: no logo of this one's)
])
def test_a_title_the_logos_name_opens_gives_the_headline_after_it_the_joint_no_word(href, headline):
    """UseBB's thread: the board's logo, an image in an <h1> that links home, and its name in the <title> before
    the thread's, the two parts of three words each and a dash between (not a word of the site's name)."""
    page = (f'<html><head><title>Forum Działkowe Malwa - Pomidory pękają po deszczu</title></head><body><h1>'
            f'<a href="{href}"><img src="l.png" alt="Forum Działkowe Malwa"></a></h1><p>{prose(1)}</p></body></html>')
    assert read_html(page)[1]["headline"] == headline


def test_an_og_title_the_sites_name_opens_keeps_it():
    """A home page's og:title, the site's name and its tagline: not a tagline alone."""
    head = '<META PROPERTY="og:title" CONTENT="Howerton+White | Integrated Advertising &amp; Marketing Agency">'
    page = OLD_PAGE.format(head=head, logo='<A HREF="/">Howerton+White</A>')
    assert read_html(page)[1]["headline"] == "Howerton+White | Integrated Advertising & Marketing Agency"


def test_a_date_the_markup_only_shows_gives_way_to_the_texts_date_line():
    from pagecleaner import clean
    teaser = '<div class="card-date">Mar 3, 2026</div>'
    story = ('<article><h1>A headline for the story here</h1><p>By Jane Doe | May 1, 2024</p>'
             '<p>' + "The story is told in words that make a long paragraph of prose. " * 4 + '</p></article>')
    assert clean("<html><body>" + story + teaser + "</body></html>", input="html").published == "2024-05-01"
    no_line = story.replace("<p>By Jane Doe | May 1, 2024</p>", "")
    assert clean("<html><body>" + no_line + teaser + "</body></html>", input="html").published == "2026-03-03"


def test_a_gzip_page_is_unpacked_member_by_member_and_only_up_to_the_limit():
    import gzip
    from pagecleaner.sniff import gunzip
    page = "Café owners said the new rules would cost them dearly.\n".encode("utf-8")
    assert decode(gzip.compress(page)) == page.decode("utf-8")
    assert gunzip(gzip.compress(page[:20]) + gzip.compress(page[20:])) == page      # two members, as `cat` joins them
    with pytest.raises(NotAPage, match="unpacks to more than"):
        gunzip(gzip.compress(bytes(5 * 2**20)), limit=2**20)
    with pytest.raises(NotAPage, match="ends too soon"):
        gunzip(gzip.compress(page * 50)[:-12])


@pytest.mark.parametrize("mark", ["¶", "#", "§", "🔗"])
def test_a_headings_link_to_itself_is_no_word_of_it(mark):
    page = (f'<html><body><h1>Quickstart<a class="headerlink" href="#quickstart">{mark}</a></h1>'
            f'<h2>Make a Request <a href="#make">{mark}</a></h2><p>Text.</p></body></html>')
    blocks, meta = read_html(page)
    assert [b.text for b in blocks[:2]] == ["Quickstart", "Make a Request"]
    assert pagecleaner.clean(page, input="html").headline == "Quickstart"


def test_a_link_to_a_place_on_the_page_that_says_more_than_a_mark_stays():
    blocks, _ = read_html('<html><body><h2>Notes <a href="#n1">#1</a> and <a href="/s">§</a></h2></body></html>')
    assert blocks[0].text == "Notes #1 and §"


def test_pythons_prompt_is_code_not_a_quote_three_levels_deep():
    blocks = read_text(">>> import requests\n\n> A reader quoted this.")
    assert [(b.kind, b.text) for b in blocks] == [("code", ">>> import requests"), ("quote", "A reader quoted this.")]


def test_a_headings_pilcrow_is_no_word_of_it():
    assert [b.text for b in read_text("Make a Request ¶\n\nQuickstart¶")] == ["Make a Request", "Quickstart"]


def test_a_headings_hash_mark_after_a_space_is_no_word_of_it_a_sentences_is():
    """The PyData theme's headings link to themselves with "#" (as html_text flattens them: "Usage #")."""
    got = read_text("Пропуски в данных #\n\nThe one language we never used in production code was C #")
    assert [b.text for b in got] == ["Пропуски в данных", "The one language we never used in production code was C #"]


def test_a_line_with_a_headings_pilcrow_is_a_heading_and_takes_no_line_under_it():
    # (a documentation page's headings link to themselves; without the mark, "Retry budget" over "2.1.0 · 4" read
    # as a list of two short lines, and a line opening in lower case would have joined it)
    blocks = read_text("Retry budget ¶\n2.1.0 · 4\nthe number of attempts a request may make.\n\nA plain line")
    assert [(b.kind, b.text) for b in blocks] == [("heading", "Retry budget"), ("paragraph", "2.1.0 · 4 the number of "
                                                  "attempts a request may make."), ("paragraph", "A plain line")]


@pytest.mark.parametrize("html,text", [
    ('Built in 1841.<sup class="reference"><a href="#cite_note-1"><span>[</span>1<span>]</span></a></sup> It stands.',
     "Built in 1841. It stands."),                                        # a footnote's mark: gone
    ('Built in 1841.<sup id="fnref:3"><a href="#fn:3" class="footnote-ref">3</a></sup> It stands.',
     "Built in 1841. It stands."),
    ("A room of 40 m<sup>2</sup>.", "A room of 40 m2."),                  # an exponent, no link: the text's own
    ('Built in 1841.<sup><a href="/notes/1">[1]</a></sup>', "Built in 1841.[1]"),   # a link to another page
])
def test_a_footnotes_mark_is_no_part_of_the_text(html, text):
    blocks, _ = read_html(f"<html><body><p>{html}</p></body></html>")
    assert blocks[0].text == text


def _soup(html: str) -> str:
    """The text BeautifulSoup's get_text("\n") makes of the HTML: the shape of scraped text that breaks a line at
    every element."""
    from bs4 import BeautifulSoup
    return BeautifulSoup(html, "html.parser").get_text("\n")


PYGMENTS = ('<p>To retry a job, pass a <code>Retry</code> object when you enqueue it:</p>\n<div class="highlight"><pre>'
            '<span class="kn">from</span> <span class="nn">queuekit</span> <span class="kn">import</span> '
            '<span class="n">Queue</span><span class="p">,</span> <span class="n">Retry</span>\n\n'
            '<span class="n">queue</span> <span class="o">=</span> <span class="n">Queue</span><span class="p">('
            '</span><span class="s2">"emails"</span><span class="p">)</span>\n'
            '<span class="n">queue</span><span class="o">.</span><span class="n">enqueue</span><span class="p">('
            '</span><span class="n">job</span><span class="p">,</span> <span class="n">retry</span><span class="o">='
            '</span><span class="n">Retry</span><span class="p">(</span><span class="n">max</span><span class="o">='
            '</span><span class="mi">5</span><span class="p">))</span>\n</pre></div>\n'
            '<p>Here, <code>queue</code> is the queue the job runs on.</p>')


def test_a_highlighted_listing_split_a_token_per_line_is_one_code_block_again():
    """Pygments' listing through get_text("\n"): a line per token, the spaces between them lines of their own;
    read back as the page showed it, one code block, the sentences around it whole."""
    text = _soup(PYGMENTS)
    assert "\nfrom\n \nqueuekit\n" in text
    blocks = read_text(text)
    assert [(b.kind, b.text) for b in blocks] == [
        ("paragraph", "To retry a job, pass a Retry object when you enqueue it:"),
        ("code", 'from queuekit import Queue, Retry\n\nqueue = Queue("emails")\n'
                 "queue.enqueue(job, retry=Retry(max=5))"),
        ("paragraph", "Here, queue is the queue the job runs on.")]


def test_a_highlighted_shell_command_split_a_token_per_line_is_one_code_block_again():
    """A shell listing has no code punctuation alone on a line, but its options and paths say it is code
    (MkDocs Material's, through get_text("\n"))."""
    cmd = ('<p>Lesen Sie die Dateien ein:</p><pre><code>'
           + "".join(f'<span>{w}</span><span class="w"> </span>' for w in ("pegelwerk", "import", "daten/2026-*.csv",
                                                                         "--station", "Hann"))
           + '\n' + "".join(f'<span>{w}</span><span class="w"> </span>' for w in ("pegelwerk", "list", "--station"))
           + '<span>Hann</span>\n</code></pre><p>Dann sind die Daten da.</p>')
    code = [b.text for b in read_text(_soup(cmd)) if b.kind == "code"]
    assert code == ["pegelwerk import daten/2026-*.csv --station Hann\npegelwerk list --station Hann"]


def test_a_listings_lines_each_in_a_div_inside_pre_are_one_code_block():
    """Expressive Code writes each line of a listing as a <div class="ec-line"> inside the <pre>."""
    lines = ["[backup]", 'schedule = "0 3 * * *"', "keep_days = 30"]
    pre = "".join(f'<div class="ec-line"><div class="code"><span>{line}</span></div></div>' for line in lines)
    blocks, _ = read_html(f"<html><body><p>Edit the file:</p><pre><code>{pre}</code></pre><p>Then restart.</p>"
                          "</body></html>")
    assert [(b.kind, b.text) for b in blocks] == [("paragraph", "Edit the file:"), ("code", "\n".join(lines)),
                                                  ("paragraph", "Then restart.")]


def test_a_tables_ratings_are_no_shell_command():
    """ "9.7/10": a rating's slash between digits is no path."""
    from pagecleaner.readers.text import _command
    assert not _command(["Ratings", "9.7/10", "9.5/10", "9.3/10", "Best Free VPN"])
    assert _command(["pegelwerk", "import", "daten/2026-*.csv", "--station", "./run"])


@pytest.mark.parametrize("html", [
    '<nav><a href="/">Home</a> <span>›</span> <a href="/n">News</a> <span>›</span> <a href="/w">World</a> '
    '<span>›</span> <a href="/e">Europe</a> <span>›</span> <a href="/f">France</a></nav>',     # a breadcrumb trail
    '<form><label>Comment <span>*</span></label> <label>Name <span>*</span></label> <label>Email <span>*</span>'
    '</label> <label>Website</label> <label>Phone</label> <label>City</label></form>',          # a form's labels
])
def test_an_elements_pieces_without_codes_signs_are_no_listing(html):
    from pagecleaner.readers.text import _token_runs
    assert _token_runs(_soup(html).splitlines()) == {}


def test_a_listings_value_of_words_after_a_space_stays_in_it():
    """YAML's "name: An example playbook": a value of words, after a line of spaces and over a line break, is the
    listing's (a sentence's piece follows a link, not a line of spaces)."""
    yaml = ('<p>The playbook looks like this:</p><pre>'
            '<span class="p">-</span> <span class="nt">name</span><span class="p">:</span> '
            '<span class="l">An example playbook</span>\n'
            '  <span class="nt">hosts</span><span class="p">:</span> <span class="l">localhost</span>\n'
            '  <span class="nt">vars</span><span class="p">:</span>\n'
            '    <span class="nt">user</span><span class="p">:</span> <span class="s">"documento"</span>\n</pre>')
    code = [b.text for b in read_text(_soup(yaml)) if b.kind == "code"]
    assert code == ['- name: An example playbook\n  hosts: localhost\n  vars:\n    user: "documento"']


def test_a_reference_line_goes_only_from_markdown():
    """"[3]: https://x.org" defines a Markdown link's target (no text of the page); in text not written as
    Markdown a line "[1]: 1" is the page's, and a listing it stands in keeps it (found by the property test: the
    listing had joined the lines around it)."""
    assert read_text("{\n0>\n[1]: 1\n0>")[0].text == "{\n0>\n[1]: 1\n0>"
    md = read_text("# Retries\n\nSee [the guide](https://x.org/g) and [the API](https://x.org/api).\n\n"
                   "[3]: https://x.org/r")
    assert [b.text for b in md] == ["Retries", "See the guide and the API."]


def test_the_line_under_a_posts_buttons_starts_a_block():
    """wpForo as html_text: "Curtir Citar Responder" (like, quote, reply), then who liked it, a handle in lower
    case: the next post's frame, not the rest of a sentence."""
    blocks = read_text("Curtir Citar Responder\nrodrigo_fab curtiu")
    assert [b.text for b in blocks] == ["Curtir Citar Responder", "rodrigo_fab curtiu"]
    assert len(read_text("Click here and then\nrodrigo_fab replies")) == 1       # an unfinished sentence goes on


def test_a_headings_permalink_mark_before_it_makes_it_a_heading():
    """Wiki.js as html_text: "¶ Restaurer une sauvegarde" (the mark after the title, Sphinx's, too)."""
    assert [(b.kind, b.text) for b in read_text("¶ Restaurer une sauvegarde\n\nLa restauration écrase la base.")] \
        == [("heading", "Restaurer une sauvegarde"), ("paragraph", "La restauration écrase la base.")]


@pytest.mark.parametrize("line,kind", [
    ("sudo -u postgres pg_restore --clean -d intranet /srv/backup/intranet.dump", "code"),
    ("$ npm install --save-dev vite", "code"),
    ("Go to the settings page and pick a theme.", "paragraph"),      # a sentence with a command's word first
    ("make sure the server is up", "paragraph"),                     # no flag, path or assignment
])
def test_a_shell_command_alone_on_its_line_is_code(line, kind):
    assert read_text(f"Run this on the server:\n\n{line}\n\nThen wait.")[1].kind == kind


def test_a_shops_filter_with_its_counts_is_no_header_of_a_grid():
    """Vendure's category as html_text: a filter's options with their counts, then the cards' names and prices a
    line each: cards, not a table of four columns under the options."""
    lines = ["Fuel", "Canister (2)", "Multi-fuel (1)", "Alcohol (1)"]
    cards = [line for i in range(4) for line in (f"Camping stove model {i}", f"${39 + i}.00")]
    assert "table" not in {b.kind for b in read_text("\n".join(lines + cards))}


@pytest.mark.parametrize("heading,linked", [
    ('<h2><a href="#/konfiguration?id=optionen" class="anchor"><span>Optionen</span></a></h2>', False),  # Docsify's
    ('<h2><a href="/blog/optionen/">Optionen</a></h2>', True),           # a card's title, linking to its page
    ('<h2>Die <a href="#optionen">Optionen</a> im Einzelnen</h2>', True),     # a link inside the heading's words
    ('<h2><a name="description">Description</a></h2>', False),      # a place named, no link (EDoc's headings)
    ('<h2><a class="title" name="#">Weitere Stories</a></h2>', True),    # (named "#": a script's link)
])
def test_a_heading_that_is_all_one_link_to_a_place_on_the_page_is_no_link(heading, linked):
    blocks, _ = read_html(f"<html><body>{heading}</body></html>")
    assert (blocks[0].link_chars > 0) is linked


@pytest.mark.parametrize("under, joined", [
    ("inkl. MwSt., zzgl. Versand", False),          # a card's price, its note on tax and shipping under it
    ("a pop, which is fine for anyone who wants to try them.", True),     # a sentence split at its price's link
])
def test_a_price_alone_and_its_tax_note_under_it_stay_two_lines(under, joined):
    blocks = read_text(f"79,99 €\n{under}")
    assert (len(blocks) == 1) is joined


@pytest.mark.parametrize("first, joined", [
    ('Rower miejski Kross Le Grand Lille 3 28"', False),    # a size's inch mark closes nothing: the price is apart
    ('He called the plan "', True),                         # an opening quote, its words a link on the next line
])
def test_a_line_that_ends_with_an_inch_mark_is_not_left_open(first, joined):
    assert (len(read_text(f"{first}\n2 199,00 zł")) == 1) is joined


@pytest.mark.parametrize("html,text", [
    # a sentence split at its inline code, soup's space between two elements on a line of its own
    ('<p>When it fails, inspect it with <code>stitchq</code> <code>dead</code> <code>list</code>.</p>',
     "When it fails, inspect it with stitchq dead list."),
    # a line that ends with one space and a function word goes on into the element after it
    ('<p>Pass a <code>RetryPolicy</code> when you declare the queue:</p>',
     "Pass a RetryPolicy when you declare the queue:"),
])
def test_a_sentence_split_at_its_inline_elements_is_whole_again(html, text):
    assert [b.text for b in read_text(_soup(html))] == [text]


def test_a_space_alone_between_two_elements_parts_them_when_the_next_opens_with_a_capital():
    """Two boxes side by side with a space between them in the source ("Learn more" / " " / "Written by"): the
    space is no sentence's, the next element opens a block of its own."""
    html = '<div><a href="/x">Learn more</a> <span>Written by</span></div>'
    assert [b.text for b in read_text(_soup(html))] == ["Learn more", "Written by"]


@pytest.mark.parametrize("mark", ["#", "¶"])
def test_a_headings_anchor_on_a_line_of_its_own_marks_the_line_over_it_a_heading(mark):
    """Soup splits a heading from its link to itself ("Per-route rules" / "#", Rspress's; "¶", Sphinx's)."""
    from tests.conftest import PROSE
    blocks = read_text(f"Caching\n{mark}\n\n{PROSE}\n\nPer-route rules\n{mark}\n\n{PROSE} Again.")
    assert [(b.kind, b.text) for b in blocks] == [("heading", "Caching"), ("paragraph", PROSE),
                                                  ("heading", "Per-route rules"), ("paragraph", PROSE + " Again.")]
    assert read_text(f"{PROSE}\n#\n")[0].kind == "paragraph"          # (no sentence's heading)


def test_a_bylines_label_after_a_space_alone_opens_a_block_of_its_own():
    """Divi's header as soup flattens it: the title, a space alone, " by ", the author's link; the label is the
    byline's, not the title's last word."""
    html = '<div><h2>How to replace brake pads</h2> <p> by <a href="/a">Daniel Gibson</a> | Mar 11, 2023</p></div>'
    texts = [b.text for b in read_text(_soup(html))]
    assert texts[0] == "How to replace brake pads" and texts[1].startswith("by")


@pytest.mark.parametrize("home, headline", [("./", "3 Limpieza de datos"), ("index.html", "3 Limpieza de datos"),
                                            ("otra.html", None)])
def test_a_books_name_over_its_chapters_linking_home_relatively_is_no_headline(home, headline):
    """Bookdown's chapter: the book's name in the menu bar's <h1>, one link to "./" (its home, relative to the
    folder its pages share), over the chapter's <h1>; the <title> says both, with "Capítulo" before the chapter's.
    A link to another page leaves two <h1>s and no way to tell which is the page's."""
    page = (f'<html><head><title>Capítulo 3 Limpieza de datos | Análisis de datos con R</title>'
            f'<meta name="generator" content="bookdown 0.37 and GitBook 2.6.7"></head><body>'
            f'<div class="book-header"><h1><i class="fa"></i><a href="{home}">Análisis de datos con R</a></h1></div>'
            f'<section><h1><span class="header-section-number">3</span> Limpieza de datos</h1><p>{prose(1)}</p>'
            f'</section></body></html>')
    a = pagecleaner.clean(page, input="html")
    assert a.page_type == "documentation"       # (bookdown's generator tag)
    assert (a.headline == headline) if headline else a.headline != "3 Limpieza de datos"



@pytest.mark.parametrize("posts, table", [(3, False), (1, True)])
def test_a_thread_laid_out_a_table_per_post_keeps_a_short_replys_table_a_post(posts, table):
    """1C-Bitrix's thread: each post a <table class="forum-post-table …">, its author's cell beside its post's
    header, text and buttons; the last reply is one short sentence ("Спасибо большое!"), no post's by its words,
    yet a post by its table's class, which the others' share. One table of rich cells beside a data table of its
    class says nothing of the data table."""
    def post(i: int, text: str) -> str:
        return (f'<table class="forum-post-table n{i}"><tr><td class="user"><div>Пётр</div><div>Пользователь</div>'
                f'<div>Сообщений: 14</div></td><td class="post"><div>#{i}</div><div>03.02.2026 19:44</div>'
                f'<div>{text}</div></td></tr><tr><td></td><td><a href="#">Цитировать</a></td></tr></table>')
    long = "Ошибка E01 означает, что котёл не видит пламя после скачка напряжения в сети вечером."
    tables = "".join(post(i, long) for i in range(1, posts)) + post(posts, "Перевернул вилку. Спасибо большое!")
    blocks = read_html(f"<html><body><main><h1>Котёл</h1>{tables}</main></body></html>")[0]
    assert ("table" in {b.kind for b in blocks}) is table


@pytest.mark.parametrize("link, texts", [
    # a teaser's link to the rest at its blurb's end, its title for a screen reader: a block of its own
    ('<a class="more-link" href="/p">Continua a leggere<span class="screen-reader-text"> "Fave"</span></a>',
     ["Le fave secche vanno lasciate in ammollo una notte.", "Continua a leggere"]),
    ('<a class="more-link" href="/p">the recipe</a>',                  # (its words say no "read more")
     ["Le fave secche vanno lasciate in ammollo una notte. the recipe"]),
    ('<a class="tag" href="/p">Continue reading</a>',                 # (its class says no link to more)
     ["Le fave secche vanno lasciate in ammollo una notte. Continue reading"]),
])
def test_a_teasers_link_to_the_rest_at_its_blurbs_end_is_a_block_of_its_own(link, texts):
    blocks, _ = read_html(f"<html><body><p>Le fave secche vanno lasciate in ammollo una notte. {link}</p>"
                          "</body></html>")
    assert [b.text for b in blocks] == texts


@pytest.mark.parametrize("wide, table", [('width="100%" ', False), ("", True)])
def test_an_old_boards_tables_one_per_post_with_no_class_are_read_cell_by_cell(wide, table):
    """Jcink's (Invision's first) thread: each post a table with no class but its attributes, the poster's card
    beside the message, its one <div> in a cell as wide as the table: a post's layout, read cell by cell; a cell
    of one sentence in a <div> that takes no such width is a table's."""
    post = ('<table width="100%" border="0" cellspacing="1" cellpadding="3"><tr><td class="row4">tenor_tom</td>'
            '<td class="row4"><b>Posted:</b> Mar 10 2026, 08:14 PM</td></tr><tr><td class="post2">Member<br>Posts: '
            f'37</td><td {wide}class="post2"><div class="postcolor">Can I tune my soprano a whole step down, '
            'with the strings that came on it?</div></td></tr></table>')
    blocks = read_html(f"<html><body><div>{post * 3}</div></body></html>")[0]
    assert ("table" in {b.kind for b in blocks}) is table



@pytest.mark.parametrize("heading", [
    '<h3><button aria-expanded="false">How long does delivery take?</button></h3>',   # an accordion's title
    '<h3><span><button aria-expanded="false">How long does delivery take?</button></span></h3>',
    '<h3>How long does delivery take? <button>Collapse</button></h3>',   # a toggle beside the heading's text
])
def test_an_accordions_button_that_is_its_headings_text_is_kept(heading):
    """WAI-ARIA's accordion: each question a heading whose one button opens the answer's panel under it. The button
    is the heading's text; a button beside a heading's own words is a control."""
    texts = [b.text for b in read_html(f"<html><body>{heading}<div role='region'><p>Three days.</p></div>"
                                       f"</body></html>")[0]]
    assert texts[0] == "How long does delivery take?"
    assert ("Collapse" in " ".join(texts)) is False         # (the toggle beside the words: still a control)


@pytest.mark.parametrize("inside, kept", [
    ('<span>GET</span><div class="path"><span>/stations</span><div class="summary">List stations</div></div>', True),
    ('<div class="label">Watch review on YouTube</div>', False),      # a label in a <div>: a button still
])
def test_a_button_that_holds_blocks_of_parts_is_a_box_not_a_control(inside, kept):
    """Swagger UI's operation: a <button> that opens it holds the method, the path and the summary in <div>s (a
    button may hold phrasing content only): a box styled as a button, its words the page's."""
    texts = " ".join(b.text for b in read_html(f"<html><body><button aria-expanded='true'>{inside}</button>"
                                               f"<p>Returns every station.</p></body></html>")[0])
    assert ("List stations" in texts if kept else "Watch review" not in texts)


def test_a_line_set_left_of_a_list_items_bullet_is_no_piece_of_the_item():
    """Inscriptis's layout: the footer's credit under a manual's last list item, indented less than its bullet; a
    line a column left of it (a scraper's stray space, soup's) still goes on with it."""
    blocks = read_text("        * height the height over chart datum, in metres\n    generated by LDoc 1.5.0\n")
    assert [b.text for b in blocks] == ["height the height over chart datum, in metres", "generated by LDoc 1.5.0"]
    blocks = read_text(" – I bought this model to test out its\nceramic bread pan\n")
    assert [b.text for b in blocks] == ["I bought this model to test out its ceramic bread pan"]


@pytest.mark.parametrize("cls,apart", [
    ("product-flag sale", True),        # a card's badge
    ("badge", True),
    ("label", False),                   # a field's label before its linked value: one line, "Category: Tools"
    ("product-card__brand", True),      # (or its maker: XXL's "Madshus" before "Race Speed Skin, felleski")
    ("vendor", True),
])
def test_a_cards_badge_glued_before_its_linked_name_is_a_line_of_its_own(cls, apart):
    """Sportisimo's card: <span class="product-flag sale">-20 %</span><a>Salomon X Ultra 4 GTX</a> in one <div>."""
    blocks, _ = read_html(f'<html><body><div class="card"><span class="{cls}">-20 %</span>'
                          f'<a href="/p/1">Salomon X Ultra 4 GTX</a></div></body></html>')
    texts = [b.text for b in blocks]
    assert ("Salomon X Ultra 4 GTX" in texts) is apart and (len(texts) == 1) is not apart


@pytest.mark.parametrize("cls,apart", [
    ("product-card__brand", True),      # (Coppel's card: "Envío gratis" before its maker, "Mabe", in its link)
    ("product-card__note", False),
])
def test_a_cards_badge_glued_before_its_makers_span_is_a_line_of_its_own(cls, apart):
    blocks, _ = read_html(f'<html><body><div class="card"><a href="/p/1"><span class="product-card__badge">Envío '
                          f'gratis</span><span class="{cls}">Mabe</span><p>Refrigerador Mabe 11 Pies</p></a></div>'
                          f'</body></html>')
    assert ("Mabe" in [b.text for b in blocks]) is apart


@pytest.mark.parametrize("cls,lines", [
    ("line-clamp-3 block italic", ["Laying a hedge", "Pleaching the hazel keeps it alive."]),   # (Tailwind's
    #                                                                  "block": a line of its own, Astro Cactus's)
    ("italic", ["Laying a hedge Pleaching the hazel keeps it alive."]),      # (inline: a space, as the browser's
])                                                                           # quotation marks set it apart)
def test_a_q_after_a_cards_linked_title_is_set_apart(cls, lines):
    blocks, _ = read_html(f'<html><body><ul><li><div><a href="/p/1">Laying a hedge</a><q class="{cls}">Pleaching '
                          f'the hazel keeps it alive.</q></div></li></ul></body></html>')
    assert [b.text for b in blocks] == lines


@pytest.mark.parametrize("cls,text", [
    ("flex justify-between", "© 2026 Colisio SAS Powered by Zudoku"),   # (a flex box's items: each apart, Zudoku's
    ("d-flex", "© 2026 Colisio SAS Powered by Zudoku"),                  # footer; Bootstrap's class too)
    ("footer", "© 2026 Colisio SASPowered by Zudoku"),                   # (inline, no box: as the page writes it)
])
def test_a_flex_boxs_items_are_set_apart(cls, text):
    blocks, _ = read_html(f'<html><body><p>Some text.</p><div class="{cls}"><span>© 2026 Colisio SAS</span>'
                          f'<a href="https://zudoku.dev">Powered by Zudoku</a></div></body></html>')
    assert blocks[-1].text == text


@pytest.mark.parametrize("html,text", [
    ('<a href="#">물주는사람</a><span class="time">26.12.05 21:40</span>', "물주는사람 26.12.05 21:40"),   # (a name,
    ('<span>조회 214</span><span>26.12.05 21:14</span>', "조회 214 26.12.05 21:14"),      # a count, then a date:
    ('<span>12</span><span>345</span>', "12345"),                                         # Daum Cafe's; not digits)
])
def test_a_dates_element_glued_after_another_is_set_apart(html, text):
    blocks, _ = read_html(f'<html><body><p>Some text.</p><div class="info">{html}</div></body></html>')
    assert blocks[-1].text == text


def test_a_flex_boxs_items_that_open_with_no_letter_stay_as_written():
    blocks, _ = read_html('<html><body><div class="flex"><span>12</span><span>,99 €</span></div></body></html>')
    assert blocks[-1].text == "12,99 €"


def test_a_discounts_badge_after_a_price_is_a_line_of_its_own():
    """Sodimac's price: "Precio Internet:" <span class="price">$119.990</span> <span class="discount-badge">-20%
    </span>; the badge apart, the labelled price a line."""
    blocks, _ = read_html('<html><body><div class="box"><span class="label">Precio Internet:</span> '
                          '<span class="price">$119.990</span> <span class="discount-badge">-20%</span></div>'
                          '</body></html>')
    assert [b.text for b in blocks] == ["Precio Internet: $119.990", "-20%"]


@pytest.mark.parametrize("handler,shown", [
    ("showTip(event, 'fs1', 1)", False),     # the tooltip the pointer shows: no text of the page
    ("this.className='hover'", True),        # a handler naming no element's id
])
def test_a_tooltip_a_pointer_over_an_element_shows_is_no_text_of_the_page(handler, shown):
    """FSharp.Formatting's listing: each name's type in a <div id="fs1"> at the content's end, shown on hover."""
    page = (f'<html><body><main><p>{prose(1)}</p><pre><code><span onmouseover="{handler}">data</span> = load()'
            f'</code></pre><div class="fsdocs-tip" id="fs1">val data: CsvFile</div></main></body></html>')
    blocks, _ = read_html(page)
    assert any("val data: CsvFile" in b.text for b in blocks) is shown


def test_a_price_boxs_fields_each_in_an_element_the_class_calls_a_price_are_lines():
    """Casas Bahia's box: "de R$ 399,90", "por R$ 299,90", "ou 10x de R$ 29,99 sem juros", each a <span> whose class
    says price; Coupang's amount and its currency's word, each an element of its own, stay one line."""
    blocks, _ = read_html('<html><body><div class="product-price"><span class="price-from">de R$ 399,90</span> '
                          '<span class="price-to">por R$ 299,90</span> <span class="price-installments">ou 10x de '
                          'R$ 29,99 sem juros</span></div></body></html>')
    assert [b.text for b in blocks] == ["de R$ 399,90", "por R$ 299,90", "ou 10x de R$ 29,99 sem juros"]
    blocks, _ = read_html('<html><body><div class="price-wrap"><strong class="price-value">23,900</strong>'
                          '<span class="price-unit">원</span></div></body></html>')
    assert [b.text for b in blocks] == ["23,900원"]
    blocks, _ = read_html('<html><body><p><span class="price old-price">$219.00</span><span class="price '
                          'actual-price">$179.00</span></p></body></html>')
    assert [b.text for b in blocks] == ["$219.00", "$179.00"]


@pytest.mark.parametrize("attrs, level", [('role="heading" aria-level="2"', 2), ('role="heading" aria-level="4"', 4),
                                          ('role="heading"', 2), ('role="heading" aria-level="9"', 2)])
def test_an_element_with_the_heading_role_is_a_heading_of_its_level(attrs, level):
    """cnblogs' post titles: "<div class="postTitle" role="heading" aria-level="2"><a …>…</a></div>", read as the
    <h2> a screen reader announces (level 2 when it gives none, or none that exists)."""
    blocks, _ = read_html(f'<html><body><div {attrs}><a href="/p/1">Redis 过期键的两种删除策略</a></div>'
                          f'<p>{prose(1)}</p></body></html>')
    assert (blocks[0].kind, blocks[0].level) == ("heading", level)


def test_an_element_with_another_role_is_no_heading():
    blocks, _ = read_html(f'<html><body><div role="note">A note for the reader</div><p>{prose(1)}</p></body></html>')
    assert blocks[0].kind == "paragraph"


@pytest.mark.parametrize("cls, apart", [("c_b_p_desc_readmore", True), ("more-link", True), ("readmore", True),
                                        ("c_b_p_desc", False)])
def test_a_blurbs_link_to_the_rest_its_class_says_readmore_is_a_line_of_its_own(cls, apart):
    blocks, _ = read_html(f'<html><body><div class="c_b_p_desc">摘要：惰性删除在访问键时检查是否过期。'
                          f'<a href="/p/1" class="{cls}">阅读全文</a></div></body></html>')
    assert ([b.text for b in blocks] == ["摘要：惰性删除在访问键时检查是否过期。", "阅读全文"]) is apart


@pytest.mark.parametrize("line, joined", [
    ("摘要：惰性删除在访问键时检查是否过期，定期删除每秒抽查一部分键。 阅读全文", False),    # a blurb, then its link
    ("Buddy Kit for X11 Series heavy-duty cleaning solution Read more", True),               # (no sentence ended
])                                                                                            # before it: a menu's)
def test_a_blurb_that_ends_with_its_link_is_no_sentence_that_goes_on(line, joined):
    """html-text's lines of a blog's list: the blurb ends with its bare link, then the card's date and counts in
    small letters ("posted @ 2026-11-20 21:14 …"), which would go on an unfinished sentence."""
    blocks = read_text(f"{line}\nposted @ 2026-11-20 21:14 陈晓 阅读(312) 评论(2)")
    assert (len(blocks) == 1) is joined


@pytest.mark.parametrize("line, joined", [
    ("799,- Før 899,- Spar 100,-", False),              # a whole amount, its cents a dash: the price box's end
    ("1 490:- Ord. pris 1 990:- Spara 500:-", False),   # (Swedish kronor's)
    ("The ferry leaves at nine -", True),               # (a dash that leaves the sentence open)
])
def test_a_price_whose_cents_are_a_dash_ends_its_line(line, joined):
    """Proshop's price box as html-text flattens it, the instalments' line under it: "100,-" is no open end."""
    blocks = read_text(f"{line}\nEller fra 67,- /md. i 12 mdr. med Proshop Kredit")
    assert (len(blocks) == 1) is joined


def test_the_main_elements_class_words_say_nothing_of_its_blocks():
    """DC Inside's thread in "<main class="gallery_view">", a board's "gallery": no photo gallery, the page's own
    text; a <div> of that class inside it is one."""
    blocks, _ = read_html(f'<html><body><main class="clear gallery_view"><p>{prose(1)}</p>'
                          f'<div class="gallery"><p>Photo 1 of 8</p></div></main></body></html>')
    assert "gallery" not in blocks[0].tokens and "gallery" in blocks[1].tokens


@pytest.mark.parametrize("tag_cls, apart", [("imageTag", True), ("product-badge", True), ("imageCaption", False)])
def test_a_cards_badge_before_its_name_in_a_span_of_its_own_is_a_line_of_its_own(tag_cls, apart):
    """KaBuM!'s card: one link around the picture, a badge ("-25%") and the name in <span>s side by side."""
    blocks, _ = read_html(f'<html><body><a href="/p/1"><span class="{tag_cls}">-25%</span>'
                          f'<span class="nameCard">SSD Kingston NV3 1TB</span></a></body></html>')
    assert ([b.text for b in blocks] == ["-25%", "SSD Kingston NV3 1TB"]) is apart


@pytest.mark.parametrize("inner, texts", [
    ('<span class="price price--old">3<sup>,49</sup></span><span class="price">2<sup>,49</sup></span>',
     ["3,49", "2,49"]),                                           # the old price and the sale's, no currency: apart
    ('<span class="price">3,49</span><span class="unit">kg</span>', ["3,49kg"]),   # (not a price's field after it)
])
def test_two_amounts_with_their_cents_side_by_side_in_price_fields_are_a_line_each(inner, texts):
    """Action's card: the old price and the sale's, each an amount whose cents stand in a <sup>, no currency."""
    blocks, _ = read_html(f'<html><body><div class="product-card__price">{inner}</div></body></html>')
    assert [b.text for b in blocks] == texts


@pytest.mark.parametrize("footer, table", [
    ('<a href="/r">Responder</a> | <a href="/q">Citar</a> | <a href="/d">Denunciar</a>', False),   # a post's buttons
    ("Stock: 3 left in the shop on Main Street", True),             # (a value's note: a data table's cell)
])
def test_a_boards_table_whose_cells_hold_a_message_and_its_buttons_is_read_cell_by_cell(footer, table):
    """XOOPS's thread: one table, a row per post, the author's card in one cell, the message in a <div> and the row
    of its buttons in another under it."""
    row = ('<tr><td><div>lucia_bici</div><div>Novato</div></td><td><div class="comText">Desde hace una semana los '
           'frenos de disco de mi bicicleta chirrían muchísimo, sobre todo cuando está mojado.</div>'
           f'<div class="comFooter">{footer}</div></td></tr>')
    blocks, _ = read_html(f"<html><body><table>{row}{row}</table></body></html>")
    assert any(b.kind == "table" for b in blocks) is table


@pytest.mark.parametrize("lines, joined", [
    (["Medicine", "rochie culoarea verde, midi, evazați", "249,90 lei"], False),     # a card's name over its price
    (["Price:", "$299"], True),                                                      # a label over its value
    (["Strong home-value appreciation means many homeowners have sizable equity; the typical mortgaged homeowner "
      "had ", "$181,000", " in untapped equity as of mid-2025."], True),             # a sentence split at its links
])
def test_a_price_alone_under_a_cards_name_is_a_line_of_its_own(lines, joined):
    """Answear's cards as html-text flattens them: the maker, the name in lower case (a continued line's shape), the
    price; the price stays apart, as its line."""
    texts = [b.text for b in read_text("\n".join(lines) + "\n")]
    assert (len(texts) == 1 if joined else texts[-1] == lines[-1]), texts


@pytest.mark.parametrize("sep, blocks", [
    (" · ", ["1h15 · à partir de 49 €", "Choisir"]),       # soup's separator between two fields of one line
    ("", ["1h15", "à partir de 49 €", "Choisir"]),         # (a blank line: the fields stand apart)
])
def test_a_lone_middle_dot_joins_the_fields_around_it(sep, blocks):
    """Planity's offer as soup splits it, an element a line: its duration, " · ", its price, its button (which
    stays a line of its own: the fields end with the price). Not a menu's bar between its links, whose lines read
    as a menu's apart."""
    assert [b.text for b in read_text(f"1h15\n{sep}\nà partir de 49 €\nChoisir")] == blocks
    assert "Community | Accelerator" not in [b.text for b in read_text("Community\n | \nAccelerator\n | \nDeep Dives")]


def test_a_shops_toolbar_over_its_cards_heads_no_grid():
    """City Gross's category as soup: "Filtrera" / "112 produkter" / the sort's options, then cards of eight lines
    each (a splash, a name, a brand, a pack size, a price, "/st", a price per kilo, "Köp"): the toolbar's lines
    are no header of a table whose rows are the cards."""
    cards = [line for n in range(4) for line in (f"Kaffe {n}", f"Rosteri {n}", "450 g", f"4{n},90", "/st",
                                                 f"Jmf-pris 11{n},89 kr/kg", "Köp", "Ny")]
    blocks = read_text("\n".join(["Filtrera", "112 produkter", "Populärast", "Lägsta pris", "Klipp", *cards]))
    assert all(b.kind != "table" for b in blocks)


def test_a_shops_cards_each_with_its_buy_button_are_no_grid():
    """Wildberries' category as soup: cards of six lines each (a price, a brand, a name, a rating, its count, "В
    корзину"), their numbers in the same places as a table's: the buy button in each says they are cards."""
    cards = [line for n in range(5) for line in (f"{n + 1} 290 ₽", f"Brand{n}", f"/ Чайник {n}", f"4,{n}",
                                                 f"{n + 1}2 483 оценки", "В корзину")]
    head = ["Цена", "Бренд", "Объём", "Мощность", "Цвет", "Тип"]
    assert all(b.kind != "table" for b in read_text("\n".join([*head, *cards])))


def test_a_page_that_hides_its_body_until_its_script_runs_is_read():
    """HedgeDoc's published note: <body style="display:none;">, which its script shows; an element hidden inside
    the page stays hidden."""
    page = ('<html><body style="display:none;"><div id="doc"><h1>Instrukcja</h1><p>Drukarka drukuje w kolorze.</p>'
            '<div style="display: none">Ukryty tekst</div></div></body></html>')
    texts = [b.text for b in read_html(page)[0]]
    assert "Drukarka drukuje w kolorze." in texts and "Ukryty tekst" not in texts


@pytest.mark.parametrize("lines, joined", [("May 2\nnd\n, 2024", "May 2nd, 2024"),     # (a day's ordinal apart)
                                           ("Chapter\nnd", "Chapter nd")])             # (no number before it)
def test_a_days_ordinal_split_from_its_number_joins_it_with_no_space(lines, joined):
    """Octopress's date as soup: "May 2" / "nd" (its own <span>) / ", 2024"."""
    assert [b.text for b in read_text(lines)] == [joined]
