"""Document passes: menus, the main-text span, related boxes, comments, duplicates."""

from dataclasses import replace

import pytest

import pagecleaner

from pagecleaner.filters import context as C
from pagecleaner.config import Config
from pagecleaner.filters.lexical import comment_widget
from pagecleaner.pipeline import Context, apply_rule
from tests.conftest import make_block, make_blocks, prose


def test_nav_run_removes_a_menu(ctx):
    blocks = make_blocks("Home", "World", "Business", "Tech Reviews", prose(1))
    out = C.nav_run.fn(blocks, ctx)
    assert [b.removed_by for b in out] == ["nav_run"] * 4 + [None]
    assert "4 short link-like lines" in out[0].reason


def test_nav_run_leaves_a_description_lists_terms_and_values(html_ctx):
    """eBay's item specifics, each label a <dt> and its value a <dd>: fields, not a menu."""
    lines = ("Artikelzustand", "Gebraucht", "Material", "Gusseisen", "Form", "Herz", "Marke", "Markenlos")
    blocks = [make_block(t, i, tag="dt" if i % 2 == 0 else "dd") for i, t in enumerate(lines)]
    assert all(b.kept for b in C.nav_run.fn(blocks, html_ctx))
    menu = [b._replace(tag="li", link_chars=len(b.text)) for b in blocks]      # (a menu's items are its links)
    assert not any(b.kept for b in C.nav_run.fn(menu, html_ctx))


@pytest.mark.parametrize("rows, kept", [
    (("1ESY1160512345;2025-01-10;48213", "1ESY1160512346;2025-01-10;17730", "1ESY1160512347;2025-01-10;30022",
      "1ESY1160512348;2025-01-11;5120"), True),               # a data file's rows, its code block scraped
    (("Zählerstände", "Rechnungen", "Abschläge", "Handbuch"), False),
])
def test_nav_run_leaves_a_data_files_rows(ctx, rows, kept):
    out = C.nav_run.fn(make_blocks(*rows, prose(1)), ctx)
    assert all(b.kept for b in out[:-1]) is kept


def test_nav_run_leaves_an_offers_duration_and_price(ctx):
    """Acuity's appointment types as scraped text: a button, a group's name, an offer's name, its duration and price
    ("2 Tage · 180,00 €"), no menu's item."""
    lines = ("Auswählen", "Kurse", "Geburtsvorbereitung für Paare", "2 Tage · 180,00 €", prose(1))
    out = C.nav_run.fn(make_blocks(*lines), ctx)
    assert out[3].kept


def test_nav_run_leaves_three_short_lines(ctx):
    out = C.nav_run.fn(make_blocks("Home", "World", "Business", prose(1)), ctx)
    assert all(b.kept for b in out)


@pytest.mark.parametrize("page_type, kept", [("service", True), ("article", False)])
def test_nav_run_leaves_a_business_pages_unlinked_contact_lines(page_type, kept):
    """A WebStarts plumber's testimonial's name, then "Contatti" over its address and phone, paragraphs and a heading
    with no link: no menu on a business's page; under an article, a press office's card goes as before."""
    lines = (("Giulia R., Moncalieri", "p"), ("Contatti", "h2"), ("Via Nizza 120, 10126 Torino", "p"),
             ("Tel. 011 123 4567", "p"))
    blocks = [make_block(prose(1), 0)] + [make_block(t, i + 1, tag=tag, kind="heading" if tag == "h2" else "paragraph")
                                          for i, (t, tag) in enumerate(lines)]
    out = C.nav_run.fn(blocks, Context(config=Config(), input="html", page_type=page_type))
    assert all(b.kept for b in out) is kept
    menu = [b._replace(link_chars=len(b.text)) for b in blocks]     # (a menu's items are its links)
    assert not any(b.kept for b in C.nav_run.fn(menu, Context(config=Config(), input="html",
                                                               page_type=page_type))[1:])


def test_a_business_pages_offer_names_in_divs_under_their_headings_are_no_menu():
    """Vagaro's: the salon's name, its address in its <div>, its button (a link, gone), "Servicios" and "Cortes"
    over the first service's name, no link among them: the page's sections, not a menu's run."""
    lines = (("Barbería Los Compadres", "h1"), ("1418 S Flores St, San Antonio, TX 78204", "div"),
             ("Reservar ahora", "a"), ("Servicios", "h2"), ("Cortes", "h3"))
    blocks = [make_block(t, i, tag=tag, kind="heading" if tag[0] == "h" else "paragraph")
              for i, (t, tag) in enumerate(lines)] + [make_block(prose(1), len(lines))]
    blocks[2] = blocks[2].remove("link_density", "100% of the text is links")
    out = C.nav_run.fn(blocks, Context(config=Config(), input="html", page_type="service"))
    assert [b.removed_by for b in out] == [None, None, "link_density", None, None, None]


@pytest.mark.parametrize("tag, kept", [("cite", True), ("address", True), ("span", False)])
def test_a_testimonials_name_in_its_cite_is_no_menus_item_on_a_business_page(tag, kept):
    """Vistaprint's: the last testimonial's signature in its <cite>, then "Contact" over the address and phone."""
    lines = (("Karim et Anne B., Lyon 6e", tag), ("Contact", "h2"), ("14 rue Francis de Pressensé, 69100 Villeurbanne",
                                                                      "p"), ("Téléphone : 04 72 00 00 00", "p"),
             ("Horaires", "h3"))
    blocks = [make_block(prose(1), 0)] + [make_block(t, i + 1, tag=tg, kind="heading" if tg[0] == "h" else "paragraph")
                                          for i, (t, tg) in enumerate(lines)]
    out = C.nav_run.fn(blocks, Context(config=Config(), input="html", page_type="service"))
    assert all(b.kept for b in out) is kept


def test_nav_run_leaves_numbered_items(ctx):
    out = C.nav_run.fn(make_blocks("16) Victorinox Swisschamp", "17) Polaroid 600 Camera", "18. Monopoly Travel",
                                   "19) Ravensburger Labirinto Magico"), ctx)
    assert all(b.kept for b in out)


def test_nav_run_leaves_items_the_reader_numbered(ctx):
    out = C.nav_run.fn([make_block(t, i, kind="list_item", number=i + 1) for i, t in
                        enumerate(["Victorinox Swisschamp", "Polaroid Camera", "Monopoly Travel", "Lego Castle"])], ctx)
    assert all(b.kept for b in out)


@pytest.mark.parametrize("lines,kept", [
    (("Displayed Resolution 1920 x 1080", "Brightness 800 Lumens", "Contrast 400:1 (Native)", "Light Source RGB Laser"),
     True),                                                               # a projector's specifications, row by row
    (("IRS (4)", "Form 1099 (3)", "Expensify (1)", "HubSpot (1)"), False),       # a tag cloud's counts
    (("Home", "World 2024", "Business", "Tech Reviews"), False),                 # a menu with a number in it
])
def test_nav_run_leaves_a_table_of_numbers(ctx, lines, kept):
    out = C.nav_run.fn(make_blocks(*lines, prose(1)), ctx)
    assert [b.kept for b in out[:4]] == [kept] * 4


def test_nav_run_removes_a_tag_cloud_with_counts_line_by_line(ctx):
    tags = ("Small Business Advice and Tips (306)", "outsourced accounting services (304)",
            "outsourced accounting (270)", "accounting services (246)")
    assert [b.kept for b in C.nav_run.fn(make_blocks(*tags, prose(1)), ctx)] == [False] * 4 + [True]


TOOLS = ["Google Maps", "Citymapper", "Rome Two Rio", "Moovit"]


def test_nav_run_leaves_a_list_the_text_announces_with_a_colon(ctx):
    out = C.nav_run.fn(make_blocks(prose(1), "The tools we used to plan the trip:", *TOOLS, prose(2)), ctx)
    assert all(b.kept for b in out)


def test_nav_run_takes_the_same_run_without_the_colon(ctx):
    out = C.nav_run.fn(make_blocks(prose(1), "The tools we used to plan the trip.", *TOOLS, prose(2)), ctx)
    assert [b.removed_by for b in out[2:6]] == ["nav_run"] * 4


def test_nav_run_takes_a_run_under_a_widget_label(ctx):
    out = C.nav_run.fn(make_blocks(prose(1), "Follow us:", *TOOLS), ctx)      # a label, not the article's words
    assert [b.removed_by for b in out[2:6]] == ["nav_run"] * 4


def test_nav_run_takes_a_run_under_a_colon_line_already_removed(ctx):
    blocks = make_blocks(prose(1), "Here are our most popular stories:", *TOOLS)
    blocks[1] = blocks[1].remove("related_heading", "related box")
    out = C.nav_run.fn(blocks, ctx)
    assert [b.removed_by for b in out[2:6]] == ["nav_run"] * 4


def test_nav_run_leaves_fields_and_their_values(ctx):
    """A quest's or a loan's details ("Level: 70", "Effektiver Jahreszins: 3,9 Prozent"): no menu has them."""
    out = C.nav_run.fn(make_blocks("Name: Stolen Sack", "Level: 70", "NPC: Village Chief Bukra", "Effektiver "
                                   "Jahreszins: 3,9 Prozent", "Laufzeit: 84 Monate"), ctx)
    assert all(b.kept for b in out)


def test_nav_run_leaves_lower_case_list_items(ctx):
    out = C.nav_run.fn(make_blocks("two eggs", "one cup of flour", "a pinch of salt", "some butter"), ctx)
    assert all(b.kept for b in out)


def test_main_text_removes_header_and_footer_around_prose(ctx):
    blocks = make_blocks("Home", "Sign in", prose(1), prose(2), prose(3), "About", "Contact")
    out = C.main_text.fn(blocks, ctx)
    assert [b.kept for b in out] == [False, False, True, True, True, False, False]
    assert out[0].reason == "before the article's main text"
    assert out[-1].reason == "after the article's main text"


def test_main_text_keeps_subheading_between_paragraphs(ctx):
    out = C.main_text.fn(make_blocks(prose(1), "What happens next", prose(2)), ctx)
    assert all(b.kept for b in out)


def test_main_text_reads_over_an_embedded_buttons_settings(ctx):
    # the settings markup_attributes removed stand where the story put its button: the story goes on under them
    settings = [make_block(t, 0).remove("markup_attributes", "a component's settings")
                for t in ("class", "btn-primary", "value", "Get Tickets", "href", "https://example.com/", "rel",
                          "sponsored", "target", "_blank")]
    blocks = [b._replace(index=i) for i, b in enumerate(make_blocks(prose(1), "Jazz in the Gardens (March 7-8)")
                                                         + settings + make_blocks(prose(2)))]
    out = C.main_text.fn(blocks, ctx)
    assert out[0].kept and out[1].kept and out[-1].kept


def test_main_text_reads_over_a_reviews_shop_buttons(ctx):
    # a roundup's products, each with its shop buttons under it: the buttons go, the products' texts stay one story
    buttons = ["Check price at REI", "Check price at Amazon", "Check price at Backcountry", "Check price at Moosejaw"]
    blurbs = [f"Bag {n} packs small and it kept us warm on three cold nights." for n in "ABC"]
    lines = [prose(1)]
    for blurb in blurbs:
        lines += [*buttons, blurb]
    blocks = [b._replace(index=i) for i, b in enumerate(make_blocks(*lines, prose(2)))]
    blocks = [b.remove("shop_button", "a shop's button") if b.text in buttons else b for b in blocks]
    out = C.main_text.fn(blocks, ctx)
    assert [b.text for b in out if b.kept] == [prose(1), *blurbs, prose(2)]


def test_main_text_cuts_at_related_heading_and_its_teasers(ctx):
    blocks = make_blocks(prose(1), prose(2), prose(3), "More on Capital News", "KENYA US RELATIONS",
                         "Ruto hails Washington engagement with Trump as watershed moment", prose(9))
    out = C.main_text.fn(blocks, ctx)
    assert [b.kept for b in out] == [True, True, True, False, False, False, False]
    assert "More on Capital News" in out[3].reason


@pytest.mark.parametrize("heading", ["More Like This", "Similar discussions",    # a board's other threads
                                     "דיונים קשורים", "تاپیک های مشابه", "مقالات ذات صلة",  # (Hebrew, Persian, Arabic)
                                     "Luetuimmat keskustelut", "Läs också"])                 # (Finnish, Swedish)
def test_a_boards_heading_over_other_threads_is_a_related_heading(heading, ctx):
    assert C.related_heading(make_block(heading), ctx)


@pytest.mark.parametrize("heading", ["Neseniai žiūrėtos prekės", "Panašios prekės", "Nesen skatītās preces",
                                     "Viimati vaadatud tooted"])
def test_a_baltic_shops_heading_over_other_products_is_a_related_heading(heading, ctx):
    assert C.related_heading(make_block(heading), ctx)


def test_a_chinese_blurb_that_ends_with_its_link_is_prose_to_the_span():
    """cnblogs' blurbs end "… CPU。 阅读全文": the sentence ends before the bare link, and the run of blurbs is
    the page's text, where no sentence would have ended."""
    blurb = "摘要：Redis 同时使用惰性删除和定期删除。惰性删除在访问键时检查是否过期，定期删除每秒抽查一部分设置了过期时间的键，两者配合既省内存又不占用太多 CPU。"
    ctx = Context(config=Config(), input="text")
    assert C.block_score(make_block(blurb + " 阅读全文"), ctx) == C.block_score(make_block(blurb), ctx) > 0


MORE_ON_TOPIC = "Einen detaillierten Überblick über die neue Schnittstelle finden Sie im Hilfe-Center, und weitere " \
    "Informationen erhalten Sie auf den Seiten des Herstellers, der die Akte seit Jahren pflegt:"


@pytest.mark.parametrize("middle,kept", [
    ((), True),                                                          # the story goes on under the heading
    ((make_block("Zehn Tipps für die digitale Kanzlei", link_chars=35),), False),   # a card: its title, a link
])
def test_a_related_heading_right_over_a_paragraph_without_links_is_a_section_of_the_story(middle, kept, html_ctx):
    blocks = [make_block(prose(i), i) for i in range(3)] + [make_block("Mehr zum Thema", kind="heading", tag="h2"),
                                                            *middle, make_block(MORE_ON_TOPIC)]
    blocks = [b._replace(index=i) for i, b in enumerate(blocks)]
    assert C.main_text.fn(blocks, html_ctx)[-1].kept is kept


def test_in_text_a_related_heading_over_a_paragraph_still_ends_the_story(ctx):
    # scraped text has lost the card's link: the blurb under the heading reads as a paragraph
    out = C.main_text.fn(make_blocks(prose(1), prose(2), prose(3), "Mehr zum Thema", MORE_ON_TOPIC), ctx)
    assert not out[-1].kept


def test_main_text_ends_at_an_about_the_author_heading_with_more_than_a_box_under_it(ctx):
    """Two bios and a disclaimer: too long for end_matter's box, still not the story (the heading says so)."""
    tail = ["About the Author", "Maureen Salamon, Executive Editor",
            "Maureen Salamon is the executive editor of the newsletter and also writes for the health letter.",
            "About the Reviewer", "Toni Golen, MD", "Dr. Toni Golen is a physician who practices in Boston and "
            "completed her residency at a large hospital in the city.", "Disclaimer:", prose(8)]
    out = C.main_text.fn(make_blocks(prose(1), prose(2), prose(3), *tail), ctx)
    assert [b.kept for b in out] == [True] * 3 + [False] * len(tail)
    assert "after the heading 'About the Author'" in out[4].reason


@pytest.mark.parametrize("byline,heading,under,wall", [
    ("By Jane Doe", "About Jane Doe", prose(8), True),                   # the author the byline names
    ("Von Moritz Bachmann publiziert am 30. Juli 2018", "Über Moritz Bachmann", prose(8), True),   # in a date line
    ("", "About Brigit Katz", "Brigit Katz is a freelance writer based in Toronto whose work has appeared widely.",
     True),                                                              # the bio under it opens with the name
    ("By Jane Doe", "About Grave Empire", prose(8), False),              # a section on something else
    ("", "Über Steffi 1009 Artikel", prose(8), True),                    # a theme's box: the author's post count
    ("", "About Grave Empire 2 Trailers", prose(8), False),              # a count of something else
    ("Veröffentlicht am 17. Dezember 2019 von Simon Dückert", "Über Simon Dückert", prose(8), True),  # after the date
    ("Veröffentlicht am 17. Dezember 2019 von Simon Dückert", "Über Jane Doe", prose(8), False),      # someone else
    ("May 18, 2023 By Sara Harberson In Admissions", "About Sara Harberson", prose(8), True),  # mid-line, then more
])
def test_about_and_the_authors_name_under_the_story_ends_it(ctx, byline, heading, under, wall):
    from pagecleaner.filters.lexical import byline as byline_rule, date_line
    blocks = make_blocks(*([byline] if byline else []), prose(1), prose(2), prose(3), heading, under, prose(9))
    blocks = apply_rule(date_line, apply_rule(byline_rule, blocks, ctx), ctx)
    out = C.main_text.fn(blocks, ctx)
    assert [b.kept for b in out[-3:]] == [not wall] * 3


def test_an_authors_bio_longer_than_the_post_gives_way_to_the_post_above_its_box(ctx):
    """A podcast's short post, then the author's box with a long bio: the densest prose is the bio, but under
    "About" and the author's name it is no story; the post above the box is."""
    from pagecleaner.filters.lexical import date_line
    post = "Auch auf dem KnowledgeCamp 2019, das in Berlin stattfand, haben wir live gepodcastet, mit zwei Gästen."
    bio = " ".join(prose(i) for i in (7, 8))
    shared = ["Sharen mit:", "Twitter", "Facebook", "Gefällt mir:"]
    blocks = apply_rule(date_line, make_blocks("Veröffentlicht am 17. Dezember 2019 von Simon Dückert", post,
                                               "Download: mp3", *shared, "Über Simon Dückert", bio), ctx)
    blocks[3:7] = [b.remove("share_widget", "share or print buttons") for b in blocks[3:7]]
    out = C.main_text.fn(blocks, ctx)
    assert [b.kept for b in out[1:3]] == [True, False] and not any(b.kept for b in out[-2:])


@pytest.mark.parametrize("above,wall", [
    (["Von", "Moritz Bachmann"], True),                 # the name under a lone "Von": the page's author
    (["Moritz Bachmann"], False),                       # a name alone, no label over it: nobody's byline
])
def test_the_name_under_a_lone_by_is_the_authors(ctx, above, wall):
    from pagecleaner.filters.lexical import byline as byline_rule, date_line
    blocks = make_blocks(*above, prose(1), prose(2), prose(3), "Über Moritz Bachmann", prose(8), prose(9))
    blocks = apply_rule(date_line, apply_rule(byline_rule, blocks, ctx), ctx)
    assert [b.kept for b in C.main_text.fn(blocks, ctx)[-3:]] == [not wall] * 3


@pytest.mark.parametrize("line,glued", [
    ("Customers Leave Without Paying $690 Bill At Troy Steakhouse A party of six left the restaurant.", True),
    ("Police: 2 In Custody After Death Of U of M-Dearborn Student-Athlete A 24-year-old woman was arrested.", True),
    ("The 4 Best Vegan Spots In Detroit Hoodline crunched the numbers to find the top vegan spots.", True),
    ("Indian-origin man pleads guilty to fraud scheme in US NEW YORK: An Indian-origin man has pleaded guilty.",
     True),                                                                          # a teaser's dateline
    ("President Joe Biden said on Monday that the plan would be debated in the Senate in the spring.", False),
    ("What To Look For: To help with back pain, make sure your chair has an adjustable lumbar support.", False),
    ('She loved the film "Gone with the Wind" and watched it with her mother every winter.', False),
    ("WASHINGTON: The council met on Tuesday and voted for the budget the mayor had proposed.", False),
])
def test_a_title_glued_to_its_teaser_is_told_from_a_paragraph(line, glued):
    assert C.glued_teaser(line) is glued


def test_main_text_passes_over_a_run_of_glued_teasers(ctx):
    teasers = ["Customers Leave Without Paying $690 Bill At Troy Steakhouse A party of six left the restaurant "
               "without paying the bill on Friday night, the owner said.",
               "DNR Seeks Tips About Bull Elk Poached In Northern Michigan Conservation officers are asking the "
               "public for help after a bull elk was shot and left in a field.",
               "Mayor Says Move For Health Benefits Won't Stand In Warren The mayor says it was despicable and "
               "underhanded and that the council will not let it stand."]
    blocks = make_blocks(*teasers, "Officials report a sixth death", prose(1), prose(2))
    out = C.main_text.fn(blocks, ctx)
    assert [b.kept for b in out] == [False, False, False, False, True, True]      # (the title: segment's)
    out = C.main_text.fn(make_blocks(teasers[0], prose(3), teasers[1], "Officials report", prose(1), prose(2)), ctx)
    assert out[0].kept and out[2].kept       # two glued lines apart are no run: scored as the prose they read as


CARDS = ["Indian-origin man pleads guilty to fraud scheme in US",
         "NEW YORK: An Indian-origin man has pleaded guilty to theft, embezzlement and misapplication of bank funds "
         "in a scheme that ran for four years, prosecutors said on Tuesday.",
         "UN regrets new US position on settlements",
         "UNITED NATIONS: The Secretary General has regretted the announcement made by the United States on the "
         "legality of the settlements, his spokesman told reporters in New York.",
         "Schools in the region open again",
         "NEW DELHI: All schools and colleges in the region are now open and the attendance stands at 98 per cent, "
         "the government told the upper house of parliament on Wednesday."]


def test_main_text_passes_over_a_list_of_titles_with_dateline_teasers(ctx):
    """Soup text puts each card's title and teaser on lines of their own: three titles over paragraphs that open
    with a dateline are a list of other news, however long the teasers."""
    out = C.main_text.fn(make_blocks(prose(1), prose(2), "Read more", *CARDS), ctx)
    assert [b.kept for b in out] == [True, True] + [False] * (1 + len(CARDS))
    # the story's own dateline opens one paragraph, under its headline: no run
    out = C.main_text.fn(make_blocks("Schools in the region open again", CARDS[5], prose(1), prose(2)), ctx)
    assert all(b.kept for b in out[1:])


def test_the_storys_dateline_paragraph_under_its_byline_ends_a_run_of_dateline_teasers(ctx):
    """The teasers' list runs on to the story's own header: its byline and '0 Comments' (removed) stand between
    its title and its opening paragraph, which is no teaser however it opens."""
    header = [make_block("by India Post News Weekly", 0).remove("byline", "byline (metadata)"),
              make_block("0 Comments", 0).remove("comment_widget", "comment widget")]
    opening = "NEW DELHI: Nearly 150 Indians returned home on a chartered flight after being deported from the US."
    blocks = make_blocks(*CARDS, "With shattered dreams, deportees return home from US")
    blocks = [b._replace(index=i) for i, b in enumerate(blocks + header + make_blocks(opening, prose(1)))]
    out = C.main_text.fn(blocks, ctx)
    assert out[-2].kept and out[-2].text == opening


def test_glued_teasers_with_a_line_between_them_are_still_a_run(ctx):
    teasers = [t for t in ["Customers Leave Without Paying $690 Bill At Troy Steakhouse A party of six left the "
                           "restaurant without paying the bill on Friday night, the owner said.",
                           "DNR Seeks Tips About Bull Elk Poached In Northern Michigan Conservation officers are "
                           "asking the public for help after a bull elk was shot and left in a field.",
                           "Mayor Says Move For Health Benefits Won't Stand In Warren The mayor says it was "
                           "despicable and underhanded and that the council will not let it stand."]]
    blocks = make_blocks(prose(1), prose(2), teasers[0], "2 days ago", teasers[1], "3 days ago", teasers[2])
    out = C.main_text.fn(blocks, ctx)
    assert [b.kept for b in out] == [True, True] + [False] * 5


BLURBS = ["Was ist schlauer – statt Wasserflaschen aus Glas oder Plastik zu kaufen, trinkt man einfach das Wasser "
          "aus der Leitung, sagt der Verein.",
          "Ohne ein schnelles Handeln ist der durch Stürme entstandene Durchbruch bei Schleimünde nicht mehr zu "
          "schließen, warnen die Segler.",
          "Ich find’s ja jedes Jahr spannend, was es diesmal wird, und dann stehen alle im Piratenlook am Hafen "
          "und warten auf den Start."]


def _linked(title: str, i: int):
    return make_block(title, i, kind="heading").remove("link_density", "100% of the text is links")


@pytest.mark.parametrize("between,teasers", [
    (None, True),                        # title link, blurb, title link, blurb: posts under "Verwandte Beiträge"
    ("Why it is a good alternative:", False),   # the article's own line after each: a list of tools named by links
])
def test_main_text_passes_over_blurbs_under_linked_titles(html_ctx, between, teasers):
    story = "Kinder zwischen 6 und 12 Jahren sind aufgerufen, ein Plakat zu gestalten, das zeigt, warum sauberes " \
            "Wasser wichtig ist."
    blocks = [make_block(story, 0)]
    for i, blurb in enumerate(BLURBS):
        blocks += [_linked(f"Beitrag {i}", len(blocks)), make_block(blurb, len(blocks) + 1)]
        if between:
            blocks.append(make_block(between, len(blocks)))
    out = C.main_text.fn(blocks, html_ctx)
    assert out[0].kept
    assert all(not b.kept for b in out[1:]) is teasers


TOUR = ["June 9 – West Palm Beach, FL @ Coral Sky Amphitheatre", "June 10 – Tampa, FL @ MidFlorida Amphitheatre",
        "June 14 – Alpharetta, GA @ Ameris Bank Amphitheatre", "June 17 – Nashville, TN @ Bridgestone Arena"]


@pytest.mark.parametrize("tail,kept", [
    (["The Doobie Brothers Tour Dates", *TOUR], 5),        # a schedule under its heading: the story's
    (TOUR, 4),                                             # without a heading
    (["Tour Dates", *TOUR[:2]], 0),                        # two dates are no schedule
    (["Related", *TOUR], 0),                               # under a related heading: other pages
])
def test_main_text_keeps_the_schedule_under_the_story(ctx, tail, kept):
    out = C.main_text.fn(make_blocks(prose(1), prose(2), prose(3), *tail), ctx)
    assert sum(b.kept for b in out[3:]) == kept


def test_main_text_skips_a_related_box_when_the_article_goes_on(ctx):
    blocks = make_blocks(prose(1), prose(2), "More from UK", "Prince Andrew: BT abandons ties with duke",
                         "EuroMillions: UK ticket holder wins jackpot", prose(3), prose(4), prose(5))
    out = C.main_text.fn(blocks, ctx)
    assert [b.kept for b in out] == [True, True, False, False, False, True, True, True]
    assert "inside the box" in out[3].reason


@pytest.mark.parametrize("count,wall", [("12 Comments", True), ("0 Comments", False), ("No comments yet", False),
                                        ("Keine Kommentare", False)])
def test_a_comment_count_of_none_heads_no_comments(ctx, count, wall):
    """By the story's header a count link ('0 Comments') stands between its title and its paragraphs."""
    blocks = apply_rule(comment_widget, make_blocks(prose(1), prose(2), count, prose(3), prose(4)), ctx)
    assert C.is_wall(blocks, 2, ctx) is wall


def test_main_text_ends_at_comments_even_when_they_are_long(ctx):
    blocks = make_blocks(prose(1), prose(2), "Comments", *(prose(10 + i) for i in range(6)))
    blocks = apply_rule(comment_widget, blocks, ctx)
    out = C.main_text.fn(blocks, ctx)
    assert [b.kept for b in out[:2]] == [True, True]
    assert not any(b.kept for b in out[2:])
    assert "after the heading 'Comments'" in out[4].reason


@pytest.mark.parametrize("question", ["Was this page helpful?", "War dieser Artikel hilfreich?",
                                      "Cet article vous a-t-il été utile ?",
                                      "Did you find what you needed?",       # (GitHub Docs')
                                      "Did you find this page useful? Please give it a rating:"])   # (Unity's)
def test_a_help_pages_feedback_question_ends_its_text(ctx, question):
    """Under a help or documentation page: "Was this page helpful?", its Yes/No, and the answers it shows
    ("Sorry to hear that. Please tell us how we can improve.") are no part of the page's text."""
    blocks = apply_rule(comment_widget, make_blocks(prose(1), prose(2), question, "Glad to hear it! Please tell us "
                                                    "how we can improve.", prose(3)), ctx)
    out = C.main_text.fn(blocks, ctx)
    assert [b.kept for b in out] == [True, True, False, False, False]


SHARE_BAR = ("Share this:", "Twitter", "Facebook", "Pinterest", "WhatsApp", "Print", "Email", "Like this:", "Like",
             "Related posts")


def _post_and_a_long_reply(*post: str) -> list:
    """A short blog post, its share bar and related posts, then its comments: a reader's reply longer than it."""
    reply = " ".join(prose(10 + i) for i in range(5))
    return make_blocks(*post, *SHARE_BAR, "3 responses to “A walk in the woods”", "jane says:", reply, "Leave a reply")


def test_main_text_takes_the_post_above_the_comments_over_a_longer_reply(ctx):
    from pagecleaner.filters.lexical import comment_header
    out = C.main_text.fn(apply_rule(comment_header, _post_and_a_long_reply(prose(1), prose(2)), ctx), ctx)
    assert [b.text for b in out if b.kept] == [prose(1), prose(2)]


def test_a_line_of_text_above_the_comments_is_no_post_to_take_over_them(ctx):
    """Above the signatures too little prose to be a post (WALL_AFTER): the densest run stands."""
    from pagecleaner.filters.lexical import comment_header
    out = C.main_text.fn(apply_rule(comment_header, _post_and_a_long_reply(prose(1)), ctx), ctx)
    assert [b.text for b in out if b.kept] == [out[-2].text]


def test_main_text_takes_a_short_post_above_replies_signed_with_their_reply_buttons(ctx):
    """A deal's few lines over its readers' replies: a signature with its time and reply button is the head of
    the comments as a comment form is (FORM_ABOVE), where "jane says:" alone asks for more prose above it."""
    from pagecleaner.filters.lexical import comment_header
    reply = " ".join(prose(10 + i) for i in range(5))
    blocks = make_blocks(prose(1), *SHARE_BAR, "jane", "17.10.2019, 14:14 Zum Antworten anmelden Zitieren #", reply,
                         "joe", "17.10.2019, 14:25 Zum Antworten anmelden Zitieren #", reply + " Yes.")
    out = C.main_text.fn(apply_rule(comment_header, blocks, ctx), ctx)
    assert [b.text for b in out if b.kept] == [prose(1)]


LEGAL = " ".join(prose(30 + i).replace("minister", "adviser") for i in range(3))    # the site's legal prose


@pytest.mark.parametrize("heading,ends", [
    ("Disclaimer & Disclosures:", True),        # the site's disclaimer under a heading of its own ends the story
    ("Legal Disclaimer", True),
    ("Haftungsausschluss", True),
    ("Avertissement", False),                   # a French essay's section ("Notice")
    ("Disclaimer: this post contains affiliate links, and we may earn a commission.", False),   # the story's own
])
def test_a_disclaimer_heading_under_the_story_ends_it(ctx, heading, ends):
    out = C.main_text.fn(make_blocks(prose(1), prose(2), prose(3), heading, LEGAL), ctx)
    assert [b.kept for b in out] == [True] * 3 + [not ends] * 2


SIDEBAR_BLURB = " ".join(prose(20 + i) for i in range(3))     # the blog's description in the sidebar under the form


@pytest.mark.parametrize("form,post", [
    (["Kommentar verfassen Antwort abbrechen", "Name (erforderlich)"], True),     # the form under a post
    (["Your email address will not be published. Required fields are marked *"], True),
    (["Name (required)", "Email (required)", "Comment (required)"], False),     # fields alone: e-mail the author
])
def test_a_short_post_above_its_comment_form_outweighs_the_sidebar_below(ctx, form, post):
    """A blog's short post, its share bar, then the comment form; below it the sidebar's long blurb, the densest
    prose on the page. The form is the post's: the post is above it."""
    from pagecleaner.filters.lexical import comment_widget, share_widget
    short = ("Ich würde ja in smarte und wirtschaftliche Elektro-Zapfsäulen investieren, wundere mich, dass es sie "
             "nicht gibt.")
    blocks = make_blocks(short, *SHARE_BAR, *form, SIDEBAR_BLURB)
    out = C.main_text.fn(apply_rule(comment_widget, apply_rule(share_widget, blocks, ctx), ctx), ctx)
    assert [b.text for b in out if b.kept] == ([short] if post else [SIDEBAR_BLURB])


def test_a_forum_thread_has_no_comments_wall(ctx):
    """The same page as above, known to be a thread (its markup says DiscussionForumPosting): the replies stay."""
    from dataclasses import replace
    forum = replace(ctx, page_type="forum")
    blocks = make_blocks(prose(1), prose(2), "Comments", *(prose(10 + i) for i in range(6)))
    out = C.main_text.fn(apply_rule(comment_widget, blocks, forum), forum)
    assert [b.kept for b in out] == [True, True, False] + [True] * 6       # ("Comments" is still a widget line)


TEASERS = ("Mayor Opens The New Bridge", prose(1), "Storm Closes Three Schools", prose(2),
           "Library Extends Its Hours", prose(3))


def test_the_story_opens_under_the_title_shown_again_with_its_date(ctx):
    """A sidebar of teasers flattened above the story: the page's title again, its date line, then the story."""
    blocks = make_blocks("Council approves the new budget – The Daily Paper", *TEASERS,
                         "Council approves the new budget", "November 19, 2019 at 9:45 am", prose(4), prose(5))
    out = C.main_text.fn(blocks, ctx)
    assert [b.text for b in out if b.kept] == ["November 19, 2019 at 9:45 am", prose(4), prose(5)]
    assert out[7].reason == C.BEFORE_SPAN


def test_the_title_shown_again_without_a_date_under_it_starts_nothing(ctx):
    """A long list repeats its title as a heading inside the text ("9 best Notion alternatives"): no story's header."""
    blocks = make_blocks("Council approves the new budget – The Daily Paper", *TEASERS,
                         "Council approves the new budget", prose(4), prose(5))
    assert all(b.kept for b in C.main_text.fn(blocks, ctx)[2:])      # (the first teaser's title is above the run)


def test_the_title_shown_again_over_too_little_prose_starts_nothing(ctx):
    """The title in a "Trending" list under the story, with a date and one short teaser under it (< WALL_AFTER)."""
    blocks = make_blocks("Council approves the new budget – The Daily Paper", *TEASERS,
                         "Council approves the new budget", "November 19, 2019", "A short teaser of ten words about "
                         "the budget vote in the council.")
    assert [b.kept for b in C.main_text.fn(blocks, ctx)[2:7]] == [True] * 5


# a pricing table split cell by cell (soup text): 20 short lines that cost 60 without the cap
CELLS = tuple(f"{plan} at {price} a month" for plan in ("Basic plan", "Small team", "Growing team", "Agency")
              for price in ("$25", "$50", "$100", "$200", "$400"))


def test_the_story_goes_on_past_a_table_split_cell_by_cell(ctx):
    blocks = make_blocks(prose(1), prose(2), *CELLS, prose(3), prose(4))
    assert all(b.kept for b in C.main_text.fn(blocks, ctx))


def test_a_run_of_titles_between_paragraphs_still_ends_the_story(ctx):
    """The same run in title case is a menu or other stories' titles, and costs in full."""
    blocks = make_blocks(prose(1), prose(2), *(c.title() for c in CELLS), prose(3), prose(4))
    assert [b.kept for b in C.main_text.fn(blocks, ctx)] == [True, True] + [False] * 22


# a program listing split line by line (soup text of a tutorial): 40 lines that cost 120 without the cap
STATEMENTS = tuple(f"total_{i} = total_{i - 1} + price[{i}];" for i in range(1, 41))


@pytest.mark.parametrize("page_type,kept", [
    ("article", False),         # the run costs GAP_COST, more than the one paragraph under it brings back
    ("documentation", True),    # it costs one short line: a tutorial's listings stand between its paragraphs
])
def test_a_documentation_page_goes_on_past_its_listings(ctx, page_type, kept):
    from dataclasses import replace
    typed = replace(ctx, page_type=page_type)
    out = C.main_text.fn(make_blocks(prose(1), prose(2), *STATEMENTS, prose(3)), typed)
    assert [b.kept for b in out[2:]] == [kept] * 41


@pytest.mark.parametrize("page_type,kept", [
    ("documentation", True),    # a link to a member's source among its lines, gone, is part of the run
    ("product", False),         # (elsewhere a line a rule took ends it)
])
def test_a_documentation_pages_run_goes_on_past_a_link_to_the_source(ctx, page_type, kept):
    """Scaladoc: each member's declaration, its "Source" label and its link to the file, between its docs."""
    from dataclasses import replace
    blocks = make_blocks(prose(1), prose(2), *STATEMENTS[:20], "RetryPolicy.scala", *STATEMENTS[20:], prose(3))
    blocks[22] = blocks[22].remove("link_density", "100% of the text is links")
    out = C.main_text.fn(blocks, replace(ctx, page_type=page_type))
    assert out[-1].kept is kept and out[22].removed


# a product's spec sheet split field by field, 40 lines that cost 120 without the cap
SPECS = tuple(f"{field}: {i}.{i} {unit}" for i in range(1, 11)
              for field, unit in (("Weight", "lbs"), ("Range", "miles"), ("Top speed", "mph"), ("Battery", "Wh")))


@pytest.mark.parametrize("page_type,kept", [
    ("article", False),         # the run costs GAP_COST, more than the one paragraph under it brings back
    ("product", True),          # it costs one short line: a product's specs stand between its description's parts
])
def test_a_product_page_goes_on_past_its_specs(ctx, page_type, kept):
    from dataclasses import replace
    out = C.main_text.fn(make_blocks(prose(1), prose(2), *SPECS, prose(3)), replace(ctx, page_type=page_type))
    assert [b.kept for b in out[2:]] == [kept] * 41


# a holiday home's ratings between its description and its guests' reviews, with a review's date line under them
RATINGS = ("Gesamteindruck", "4,8 von 5,0", "Ausstattung", "5,0 von 5,0", "Sauberkeit",
           "5,0 von 5,0", "Lage", "4,8 von 5,0", "Preis/Leistung", "4,7 von 5,0", "Gesamtbewertung")


@pytest.mark.parametrize("page_type,kept", [
    ("article", False),         # twelve short lines cost 36, more than the one paragraph above them brings
    ("product", True),          # on a product page a short line costs a third: its fields are the product's
])
def test_a_product_pages_short_fields_cost_a_third(ctx, page_type, kept):
    """(under a heading of their own: under "Bewertungen", the reviews' heading, a product's text ends in scraped
    text, test_a_scraped_products_price_without_its_currency_opens_its_fields_and_its_reviews_end_it)"""
    from dataclasses import replace
    blocks = make_blocks(prose(1), "Im Überblick", *RATINGS, "Bewertung von Kirschi vom 23.05.2018", prose(2),
                         prose(3))
    blocks[13] = blocks[13].remove("date_line", "date line (metadata)")
    out = C.main_text.fn(blocks, replace(ctx, page_type=page_type))
    assert [b.kept for b in out[:13]] == [kept] * 13 and out[14].kept and out[15].kept


CROSS_SELL = "Kunden kauften auch Julius Hafner Eiswein Cabernet-Merlot-Zweigelt 0,375l 20,99 € Weingut Bickel-Stumpf " \
             "Spätburgunder Johannisberg 16,89 €"
# a wine's details under its description, a tab's label and its "close" button over them
DETAILS = ("Details", "Menü schließen", "Alkoholgehalt: 10 % vol.", "Herkunftsland: Vereinigte Staaten von Amerika",
           "Details zum Artikel", "Region: Napa Valley", "Trinktemperatur: 8 °C", "Allergene", "Menü schließen",
           "Bewertungen 1", "Bewertung schreiben", "Speichern")


@pytest.mark.parametrize("page_type,fields,kept", [
    ("product", DETAILS, 7),            # up to the last field; the reviews' form under them is no spec
    ("article", DETAILS, 0),            # an article's story ends at its last paragraph
    ("product", DETAILS[:6] + DETAILS[7:], 0),          # three fields are no spec sheet
    ("product", DETAILS[:1] + (CROSS_SELL,) + DETAILS[1:], 0),     # a long line ends the walk
    ("product", ("Measurements", "Width: 80 cm", "Depth: 30 cm", "Height: 202 cm", "Max load/shelf: 15 kg"), 5),
    #                                   (a label may hold a slash: IKEA's "Max load/shelf")
    ("product", ("Width: 80 cm", "Depth: 30 cm", "Height: 202 cm", "Reviews", "Pros: Fast and runs cool.",
                 "Cons: None so far."), 3),     # (the reviews' heading ends it, a wall: the short lines over it are
    #                                             the product's, their "Pros:" no fields)
])
def test_a_product_pages_spec_sheet_under_its_text_is_its_own(ctx, page_type, fields, kept):
    from dataclasses import replace
    out = C.main_text.fn(make_blocks(prose(1), prose(2), *fields), replace(ctx, page_type=page_type))
    assert [b.kept for b in out[2:]] == [True] * kept + [False] * (len(fields) - kept)


# a shop's product page as scraped text: its title line, menu, name, price, short description, buy box, long text
SHORT_DESCRIPTION = "Cut from a single piece of English oak and finished with food-safe oil, heavy enough not to slide."
PRODUCT_PAGE = ("Handmade Oak Chopping Board – Fenwick Woodworks", "Home", "Shop", "Handmade Oak Chopping Board",
                "£45.00", SHORT_DESCRIPTION, "4 in stock", "Add to basket", "Description", "Reviews (5)", prose(1),
                prose(2))


@pytest.mark.parametrize("page_type,name,first", [
    ("product", "Handmade Oak Chopping Board", 4),          # the price and the short description under the name
    ("product", "Oak Board", 5),        # a line the title does not open with names no product: the price stays out
    ("article", "Handmade Oak Chopping Board", 10),         # a story's text opens at its prose
])
def test_a_product_pages_text_opens_under_the_name_its_title_shows(ctx, page_type, name, first):
    """Scraped text: the product's name is the line the page's title opens with (its site's name cut); the
    price and the short description between it and the long text are the product's, though title lines stand
    around the short description as they stand around a teaser."""
    page = list(PRODUCT_PAGE)
    page[3] = name
    out = C.main_text.fn(make_blocks(*page), replace(ctx, page_type=page_type))
    assert [k for k, b in enumerate(out) if b.kept][:1] == [first] and out[-1].kept


SPEC_TABLE = "Material\tCalabaza y cuero vacuno\nVirola\tAlpaca cincelada\nAlto\t11 cm\nOrigen\tArgentina"


@pytest.mark.parametrize("table,kept", [
    (SPEC_TABLE, True),                                                  # each row a field and its value
    (SPEC_TABLE.replace("Alto\t11 cm", "Alto\t11 cm\t12 cm"), False),     # a row of three cells: a table of data
])
def test_a_product_pages_table_of_fields_under_its_text_is_its_spec_sheet(ctx, table, kept):
    blocks = make_blocks(prose(1), prose(2), "Especificaciones", table)
    blocks[3] = blocks[3]._replace(kind="table")
    out = C.main_text.fn(blocks, replace(ctx, page_type="product"))
    assert out[3].kept is kept


DECLARATION = "pub struct RingLog<T> { /* private fields */ }"


@pytest.mark.parametrize("page_type,kept", [
    ("documentation", True),        # the item's declaration over its toggle and its docs (the toggle stays out)
    ("article", False),             # a listing over an article is no part of it
])
def test_a_documentation_pages_listing_right_over_its_text_is_its_own(ctx, page_type, kept):
    blocks = make_blocks("Struct ringlog::RingLog", DECLARATION, "Expand description", prose(1), prose(2))
    blocks[1] = blocks[1]._replace(kind="code")
    out = C.main_text.fn(blocks, replace(ctx, page_type=page_type))
    assert out[1].kept is kept and not out[2].kept


@pytest.mark.parametrize("line,kept", [
    ("debounce<F>(fn, waitMs): F", True),       # a signature on a line of its own (TypeDoc's), the text's
    ("Function reference", False),              # a label: no program's line
])
def test_a_documentation_pages_signature_right_over_its_text_is_its_own(ctx, line, kept):
    blocks = make_blocks("Function debounce", line, prose(1), prose(2))
    out = C.main_text.fn(blocks, replace(ctx, page_type="documentation"))
    assert out[1].kept is kept and out[2].kept


def test_a_long_sure_signature_over_its_copy_button_over_the_text_is_its_own(ctx):
    """Dokka's member page: its signature, longer than a line's twelve words but sure by its code's marks, then the
    note its copy button shows ("Content copied to clipboard"), then the text: the signature is the text's, the
    note stays out."""
    line = "suspend fun <T> retryWithBackoff(times: Int = 3, initialDelay: Duration = 100.milliseconds, " \
           "factor: Double = 2.0, block: suspend () -> T): T"
    blocks = make_blocks("retryWithBackoff", line, "Content copied to clipboard", prose(1), prose(2))
    out = C.main_text.fn(blocks, replace(ctx, page_type="documentation"))
    assert out[1].kept and not out[2].kept and out[3].kept


@pytest.mark.parametrize("page_type,kept", [("documentation", True), ("article", False)])
def test_an_api_members_sections_under_their_labels_under_the_text_are_its_own_in_html(ctx, page_type, kept):
    """YARD's method page: its docs, then "Parameters:" over a list of short items (one a linked type the link
    rule took), "Returns:" over its item; not on an article."""
    blocks = make_blocks("#transfer(amount, to:) ⇒ Transfer", prose(1), prose(2), "Parameters:",
                         "amount (Integer) —", "the amount in cents; must be positive.", "to (Account) —",
                         "the receiving account.", "Returns:", "the transfer, with both entries.", "Impressum",
                         "Datenschutz", "Kontakt")
    blocks[6] = blocks[6].remove("link_density", "68% of the text is links")
    out = C.main_text.fn(blocks, replace(ctx, input="html", page_type=page_type))
    assert [out[k].kept for k in (3, 5, 7, 9)] == [kept] * 4 and not out[-1].kept


def test_a_documentation_pages_listing_over_a_heading_over_the_text_stays_out(ctx):
    """The text's own heading stands between: the listing is another part of the page (a section's, a sidebar's)."""
    blocks = make_blocks("Struct ringlog::RingLog", DECLARATION, "Overview", prose(1), prose(2))
    blocks[1] = blocks[1]._replace(kind="code")
    blocks[2] = blocks[2]._replace(kind="heading", level=2)
    out = C.main_text.fn(blocks, replace(ctx, page_type="documentation"))
    assert out[3].kept and not out[1].kept


# a duo's CV on their "About us" page, under its headings
CV = ("Termine", "Auswahl des künstlerischen Schaffens", "Oktober 2015", "DIE SCHWARZBERG SHOW – Early Night",
      "Moderation/Konzeption (monatliches Show-Format)", "März 2014", "Haller und Sefat zeigen AUSZÜGE", "Jänner 2014",
      "Finalist bei der ORF-Show „Die große Comedy Chance“", "2008-2012", "100 Folgen von Schlechte Wortspiele")


@pytest.mark.parametrize("lines,kept", [
    (CV, 11),                                       # its entries, each a period over a line or two
    (CV[2:], 9),                                    # without its headings
    (CV[:7], 0),                                    # two periods are no timeline
    (("12 March 2015", "Another story's title", "11 March 2015", "A third story's title", "10 March 2015",
      "A fourth story's title"), 0),                # dates with their day over titles: other stories
    (CV[:9] + ("One", "Two", "Three") + CV[9:], 11),     # a fourth line under a period ends it
])
def test_a_timeline_under_the_text_is_the_pages(ctx, lines, kept):
    out = C.main_text.fn(make_blocks(prose(1), prose(2), *lines), ctx)
    assert [b.kept for b in out[2:]] == [True] * kept + [False] * (len(lines) - kept)


CHECKLIST = ("Tent", "Rainfly", "Tent poles", "Stakes", "Guylines", "Groundsheet", "Backpack", "Summit pack",
             "Book or Kindle", "Crossword puzzles", "Topo map", "Compass")


@pytest.mark.parametrize("html,kept", [
    (True, True),       # HTML's <li> items still kept cost a third of a short line: a checklist's, not a menu's
    (False, False),     # in scraped text a list's items may be a menu's, and cost in full
])
def test_an_html_checklist_between_paragraphs_is_the_texts(ctx, html_ctx, html, kept):
    items = [make_block(t, 2 + i, kind="list_item") for i, t in enumerate(CHECKLIST)]
    blocks = [make_block(prose(1), 0), make_block(prose(2), 1), *items, make_block(prose(3), 14)]
    out = C.main_text.fn(blocks, html_ctx if html else ctx)
    assert [b.kept for b in out[2:]] == [kept] * 13


@pytest.mark.parametrize("text,kind,links,wall", [
    ("Read More", "paragraph", 0, False),      # the button that unfolds the rest of the story
    ("Read More", "heading", 0, True),         # a box's heading over other stories
    ("Read More", "paragraph", 9, True),       # a link to another story
    ("Read more:", "paragraph", 0, True),      # a label over links
])
def test_an_html_read_more_button_is_no_wall(html_ctx, text, kind, links, wall):
    """Under the button, past a table of contents, the story's rest: left out by the span, but as what the HTML
    passes may give back ("after the article's main text"), not as what a wall ends."""
    contents = [make_block(f"Section {i} of the guide", 4 + i, kind="list_item", link_chars=20).remove(
        "link_density", "100% of the text is links") for i in range(14)]
    blocks = [make_block(prose(i), i) for i in range(3)] + [make_block(text, 3, kind=kind, link_chars=links)] \
        + contents + [make_block(prose(10 + i), 18 + i) for i in range(3)]
    assert {b.reason == C.AFTER_SPAN for b in C.main_text.fn(blocks, html_ctx)[-3:]} == {not wall}


def test_a_listing_costs_nothing(ctx):
    listing = make_block("def double(x):\n    return x * 2", kind="code")
    assert C.block_score(listing, ctx) == 0.0


def test_a_listing_is_part_of_the_run_it_stands_in(ctx):
    """Nine lines, a listing, nine lines: one run of 54 capped at GAP_COST, which the paragraph under it
    outweighs (as two runs of 27 each under the cap, they would cost 54 and end the story)."""
    closing = prose(3) + " The vote was close, and the chamber stayed late to count."
    blocks = make_blocks(prose(1), prose(2), *STATEMENTS[:9], "listing", *STATEMENTS[9:18], closing)
    blocks[11] = make_block("def double(x):\n    return x * 2", 11, kind="code")
    assert all(b.kept for b in C.main_text.fn(blocks, ctx))


def test_a_run_with_a_related_heading_still_ends_the_story(ctx):
    blocks = make_blocks(prose(1), prose(2), *CELLS[:10], "Related stories", *CELLS[10:], prose(3), prose(4))
    assert [b.kept for b in C.main_text.fn(blocks, ctx)] == [True, True] + [False] * 23


def test_a_run_that_teaser_cards_follow_still_ends_the_story(ctx):
    blurb = "A short blurb of a dozen words about another story on the site, number {}."
    blocks = make_blocks(prose(1), prose(2), prose(5), *CELLS, *CELLS, blurb.format(1), "Mayor Opens The New Bridge",
                         blurb.format(2), "Storm Closes Three Schools", prose(3), prose(4))
    assert [b.kept for b in C.main_text.fn(blocks, ctx)] == [True] * 3 + [False] * 46


@pytest.mark.parametrize("label", ["Parameters:", "Raises"])
def test_a_documentation_pages_label_between_two_short_sentences_is_no_card_title(ctx, label):
    """pdoc's, Javadoc's pages: "Raises" or "Parameters:" between two sentences: a section's label, not the title
    of a teaser card (two words or more in title case, no colon: "Requests Gets A Webpage")."""
    from dataclasses import replace
    ctx = replace(ctx, page_type="documentation")
    blocks = make_blocks(prose(1), *CELLS[:12], "Now, let's try to get a webpage, GitHub's public timeline:",
                         label, "Now we have a Response object called r, with all the information we need.",
                         "Note", prose(2), prose(3))
    assert C.main_text.fn(blocks, ctx)[0].kept


def test_a_program_listing_between_two_short_sentences_is_no_teaser_card(ctx):
    """A documentation page's run of short lines, then sentence, listing, sentence: the story, not blurb, title,
    blurb (the run before them costs one short line, so the span takes in the opening paragraph above)."""
    from dataclasses import replace
    ctx = replace(ctx, page_type="documentation")
    blocks = make_blocks(prose(1), *CELLS[:12], "Now, let's try to get a webpage, GitHub's public timeline:",
                         "listing", "Now we have a Response object called r, with all the information we need.",
                         "Note", prose(2), prose(3))
    blocks[14] = make_block(">>> r = requests.get('https://api.github.com/events')", 14, kind="code")
    assert C.main_text.fn(blocks, ctx)[0].kept
    blocks[14] = make_block("Requests Gets A Webpage", 14)        # a title between two blurbs: cards
    assert not C.main_text.fn(blocks, ctx)[0].kept


CARD_BLURB = "Some people thought the stripy cattle in a pasture were a practical joke, but the farmers say it works."


@pytest.mark.parametrize("age,kept", [
    ("32M ago", False),         # a feed's cards under the story: a title, its summary, its age
    ("4 Min.", True),           # a reading time: the short paragraph above it is the story's standfirst
])
def test_a_short_paragraph_over_its_age_is_a_card(ctx, age, kept):
    from pagecleaner.filters.lexical import relative_time
    cards = [line for i in range(3) for line in (f"Farmers Paint Their Cows With Stripes Part {i}", CARD_BLURB, age)]
    blocks = apply_rule(relative_time, make_blocks(prose(1), prose(2), *cards), ctx)
    out = C.main_text.fn(blocks, ctx)
    assert [b.kept for b in out[:2]] == [True, True]
    assert [b.kept for b in out[3::3]] == [kept] * 3


def test_a_comments_button_in_a_share_bar_does_not_end_the_article(ctx):
    blocks = make_blocks(prose(1), prose(2), prose(3), "Comments", prose(4), prose(5))
    blocks = [b._replace(kind="list_item") if i == 3 else b for i, b in enumerate(apply_rule(comment_widget, blocks, ctx))]
    out = C.main_text.fn(blocks, ctx)
    assert [b.kept for b in out] == [True, True, True, False, True, True]


def test_a_comments_button_between_share_buttons_does_not_end_the_article(ctx):
    from pagecleaner.filters.lexical import share_widget
    blocks = make_blocks(prose(1), prose(2), prose(3), "Facebook", "Comments", "Print", prose(4), prose(5))
    blocks = apply_rule(share_widget, apply_rule(comment_widget, blocks, ctx), ctx)
    out = C.main_text.fn(blocks, ctx)
    assert [b.kept for b in out] == [True, True, True, False, False, False, True, True]


ANNOUNCES = "Before the wedding, the planner said, there are a few things every couple should do the night before:"
ITEMS = ("Eat a healthy meal", "Pack a small bag of personal items", "Drink water", "Get a good night's sleep")


def test_main_text_keeps_the_list_its_last_paragraph_announces(ctx):
    out = C.main_text.fn(make_blocks("Home", prose(1), prose(2), ANNOUNCES, *ITEMS), ctx)
    assert [b.kept for b in out] == [False] + [True] * 7


def test_without_the_colon_the_short_lines_after_the_text_go(ctx):
    out = C.main_text.fn(make_blocks(prose(1), prose(2), ANNOUNCES.rstrip(":") + ".", *ITEMS), ctx)
    assert [b.kept for b in out] == [True] * 3 + [False] * 4


def test_an_announced_list_ends_at_a_related_heading(ctx):
    out = C.main_text.fn(make_blocks(prose(1), prose(2), ANNOUNCES, *ITEMS[:2], "You might also like",
                                     "Ten wedding dresses for a winter wedding"), ctx)
    assert [b.kept for b in out] == [True] * 5 + [False] * 2


def test_an_announced_list_ends_at_a_widget_and_at_a_long_line(ctx):
    blocks = make_blocks(prose(1), prose(2), ANNOUNCES, ITEMS[0], "Share", ITEMS[1])
    blocks[4] = blocks[4].remove("share_widget", "share or print buttons")
    assert [b.kept for b in C.main_text.fn(blocks, ctx)] == [True] * 4 + [False] * 2
    long_line = "Wedding Planner Pro Bundle Gold Edition " * 5          # 30 words: not an item
    out = C.main_text.fn(make_blocks(prose(1), prose(2), ANNOUNCES, ITEMS[0], long_line, ITEMS[1]), ctx)
    assert [b.kept for b in out] == [True] * 4 + [False] * 2


def _labelled(label: str, kind: str = "list_item"):
    """The story, then a label over a list (a product's "Artikeldetails:"), then another line."""
    blocks = make_blocks(prose(1), prose(2), label, *ITEMS, "You might also like")
    return [b._replace(kind=kind) if 3 <= i < 3 + len(ITEMS) else b for i, b in enumerate(blocks)]


def test_a_label_and_a_colon_under_the_last_paragraph_announce_the_list_under_it(ctx):
    out = C.main_text.fn(_labelled("Artikeldetails:"), ctx)
    assert [b.kept for b in out] == [True] * 7 + [False]


@pytest.mark.parametrize("label,kind,why", [
    ("Artikeldetails", "list_item", "no colon: no label"),
    ("More of the details here:", "list_item", "four words and more: a line of its own, no label"),
    ("Artikeldetails:", "paragraph", "no list under it: short lines (text input) do not make one"),
])
def test_without_a_label_over_a_list_the_lines_after_the_text_go(label, kind, why, ctx):
    out = C.main_text.fn(_labelled(label, kind), ctx)
    assert [b.kept for b in out] == [True] * 2 + [False] * 6, why


COMMAND = "# .tmux.conf set-option -g mouse on set-option -s set-clipboard off"


@pytest.mark.parametrize("said,kept", [
    ("As usual, StackOverflow knows the answer. In short:", True),     # a sentence announcing the block under it
    ("In short:", False),                                              # a label of two words
    ("As usual, StackOverflow knows the answer.", False),              # announces nothing
])
def test_a_sentence_under_the_text_announcing_a_block_keeps_that_block(said, kept, ctx):
    out = C.main_text.fn(make_blocks(prose(1), prose(2), said, COMMAND, "linux tmux", "Previous post"), ctx)
    assert [b.kept for b in out] == [True] * 2 + [kept] * 2 + [False] * 2


@pytest.mark.parametrize("shown,kind,kept", [
    ("12,5 km mass start, women", "list_item", True),     # a heading ends the text: the list under it is its
    ("The women raced over twelve kilometres.", "list_item", False),    # a sentence heads nothing
    ("12,5 km mass start, women", "paragraph", False),    # short lines (text input) make no list
])
def test_the_list_under_a_heading_the_text_ends_with_is_the_texts(shown, kind, kept, ctx):
    blocks = make_blocks(prose(1), prose(2), "Biathlon World Cup in Antholz (ITA):", shown, *ITEMS,
                         "You might also like")
    blocks = [b._replace(kind=kind) if 4 <= i < 4 + len(ITEMS) else b for i, b in enumerate(blocks)]
    assert [b.kept for b in C.main_text.fn(blocks, ctx)] == [True] * 4 + [kept] * len(ITEMS) + [False]


def test_an_announced_list_holds_at_most_list_max_items(ctx):
    items = [f"Wedding item number {i}" for i in range(C.LIST_MAX + 5)]
    out = C.main_text.fn(make_blocks(prose(1), prose(2), ANNOUNCES, *items), ctx)
    assert sum(b.kept for b in out) == 3 + C.LIST_MAX


FOOTER = [f"Notice {i}: the publisher of this site keeps the rights to all of the pictures and the words on it, and "
          f"you may write to its office in the capital to ask for them, as notice number {i} says." for i in range(2)]
TITLE, DATE = "Minister wants parliament to debate his plan", "March 3, 2021"


def _dated(blocks):
    return [b.remove("date_line", "date line (metadata)") if b.text.startswith("March") else b for b in blocks]


def test_main_text_lifts_the_one_paragraph_under_a_title_and_a_date_line(ctx):
    # a short story under its header, a menu, then a longer run of boilerplate prose
    menu = make_blocks(*[f"Section {i}" for i in range(14)])
    menu = [b.remove("nav_run", "menu") for b in menu]
    blocks = _dated(make_blocks("Home", TITLE, DATE, prose(1), prose(2))) + menu + make_blocks(*FOOTER)
    out = C.main_text.fn(blocks, ctx)
    assert [b.text for b in out if b.kept] == [prose(1), prose(2)]


def test_a_teaser_under_its_title_and_date_gets_no_lift(ctx):
    story = _dated(make_blocks(TITLE, DATE, prose(1), prose(2)))
    scores = [0.0, -1.0, 26.0, 26.0]
    assert C._lift_header(story, scores) == [0.0, -1.0, 26.0 + C.HEADER_LIFT, 26.0]
    teaser = _dated(make_blocks(TITLE, DATE, prose(1), "Council budget passes in the end"))    # one paragraph
    assert C._lift_header(teaser, [0.0, -1.0, 26.0, -3.0]) == [0.0, -1.0, 26.0, -3.0]
    sentence = _dated(make_blocks("The minister spoke.", DATE, prose(1), prose(2)))          # no title above
    assert C._lift_header(sentence, scores) == scores


def test_a_related_heading_a_menu_run_took_still_ends_the_article(ctx):
    tags = ["China", "Xi Jinping", "Hong Kong", "More Washington Examiner"]
    blocks = make_blocks(prose(1), prose(2), prose(3), *tags, "Carlos Ghosn and the dark side of justice", prose(9))
    blocks = [b.remove("nav_run", "menu") if b.text in tags else b for b in blocks]
    out = C.main_text.fn(blocks, ctx)
    assert [b.kept for b in out] == [True] * 3 + [False] * 6
    assert "More Washington Examiner" in out[-1].reason


def test_a_read_more_button_shown_under_each_pick_is_no_heading(ctx):
    picks = ["Best Manual Toothbrush", "READ MORE", "Best Electric Toothbrush", "READ MORE", "More from UK"]
    blocks = [b.remove("nav_run", "menu") for b in make_blocks(*picks)]
    assert [C.is_wall(blocks, k, ctx) for k in range(len(blocks))] == [False, False, False, False, True]


def test_main_text_leaves_a_page_without_prose(ctx):
    out = C.main_text.fn(make_blocks("Home", "Menu"), ctx)
    assert all(b.kept for b in out)


def test_best_span_is_the_maximum_sum_run():
    assert C.best_span([-3, 5, -1, 4, -10, 2]) == (1, 4)
    assert C.best_span([-1, -2]) == (0, 0)


def test_page_min_stop_falls_back_for_unknown_languages(ctx):
    ko = make_blocks("오늘 서울에서 열린 회의에서 정부는 새로운 예산안을 발표했다 이번 예산안은 학교와 도로에 대한 지출을 크게 늘리는 내용을 담고 있다 " * 2)
    assert C.page_min_stop(ko, ctx) == 0.0
    assert C.page_min_stop(make_blocks(prose(1)), ctx) == ctx.config.prose_min_stop_density


def test_duplicate_line_removes_the_later_copy(ctx):
    out = C.duplicate_line.fn(make_blocks(prose(1), prose(2), prose(1)), ctx)
    assert [b.kept for b in out] == [True, True, False]
    assert out[2].reason == "repeats line 1"


@pytest.mark.parametrize("between,kept", [
    (3, False),         # a layout's second rendering of a label, close by
    (4, True),          # a short line said again further on: the page's own ("Pros" under each product)
])
def test_duplicate_line_takes_a_short_repeat_only_near_its_first_showing(ctx, between, kept):
    out = C.duplicate_line.fn(make_blocks("Pros", *(prose(i) for i in range(between)), "Pros"), ctx)
    assert out[-1].kept is kept


@pytest.mark.parametrize("lines,page_type,kept", [
    (["Kopp Skog, 25 cl", "195 kr", "Snabbtitt", "Kopp Hav, 25 cl", "195 kr"], "collection", True),   # two cards
    (["Kopp Skog, 25 cl", "195 kr", "Snabbtitt", "Kopp Hav, 25 cl", "195 kr"], "article", False),
    (["8,90 €", "Sencha Kagoshima", "8,90 €"], "collection", False),      # one card's price over its name and under
])
def test_duplicate_line_leaves_two_cards_one_price_on_a_shops_category(ctx, lines, page_type, kept):
    out = C.duplicate_line.fn(make_blocks(*lines), replace(ctx, page_type=page_type))
    assert out[-1].kept is kept


def test_duplicate_line_tells_two_program_lines_apart_by_their_operators(ctx):
    out = C.duplicate_line.fn(make_blocks("z = x | y", prose(1), "z = {**x, **y}", "z = x | y"), ctx)
    assert [b.kept for b in out] == [True, True, True, False]


def test_duplicate_line_takes_a_sentence_long_repeat_anywhere(ctx):
    """A caption or a standfirst shown again far down the page."""
    out = C.duplicate_line.fn(make_blocks(prose(1), *(prose(i) for i in range(2, 8)), prose(1)), ctx)
    assert not out[-1].kept and out[-1].reason == "repeats line 1"


def test_duplicate_line_takes_the_story_said_again_in_one_block(ctx):
    """The markup's copy of the text under it, its paragraphs run together into one block."""
    out = C.duplicate_line.fn(make_blocks(prose(1), prose(2), prose(3), " ".join([prose(1), prose(2), prose(3)])),
                              ctx)
    assert not out[-1].kept and out[-1].reason == "repeats lines 1 to 3 run together"


def test_a_block_that_quotes_one_paragraph_and_goes_on_is_no_copy(ctx):
    """One paragraph said again in a longer block, which says more: a summary, a pull quote with its context."""
    longer = prose(1) + " " + " ".join(f"Then point {i} was made at length by another speaker." for i in range(8))
    out = C.duplicate_line.fn(make_blocks(prose(1), prose(2), longer), ctx)
    assert out[-1].kept


def test_duplicate_line_keeps_the_distance_from_the_last_showing(ctx):
    """Each product's "Pros" stays; a second one right under the last is a repeat."""
    texts = ["Pros", *(prose(i) for i in range(5)), "Pros", "Pros"]
    assert [b.kept for b in C.duplicate_line.fn(make_blocks(*texts), ctx)] == [True] * 7 + [False]


@pytest.mark.parametrize("line,related", [("Más de El País", True), ("Plus de Libération", True),
                                          ("Más de 35 L (1)", False), ("Plus de 50 €", False)])
def test_more_from_a_name_is_a_related_heading_more_than_a_number_is_none(ctx, line, related):
    """"Más de" and "Plus de" are "more from" before a name, "more than" before a number (a filter's option)."""
    assert C.related_heading(make_blocks(line)[0], ctx) is related


def test_more_and_a_site_name_is_a_related_heading(ctx):
    assert C.related_heading(make_blocks("More Washington Examiner")[0], ctx)
    assert not C.related_heading(make_blocks("More jobs for young people")[0], ctx)


@pytest.mark.parametrize("line", ["Verwandte Beiträge", "Letzte Artikel", "Entradas relacionadas", "Podobne wpisy",
                                  "Verwandte Themenbereiche", "Explore further", "Weitere Inhalte:", "Lesen Sie mehr",
                                  "Suggested articles", "Lesen Sie auch die folgenden Beiträge:", "Te recomendamos",
                                  "Zum Weiterlesen:",
                                  "Aktuelle Nachrichten", "Últimas noticias", "Ultime notizie",  # latest
                                  "Najnowsze wpisy",
                                  "Questions en rapport", "Preguntas relacionadas",     # a Q&A site's other questions
                                  "Customers who bought this product also purchased",  # osCommerce's other products
                                  "Vistos recientemente", "Recently viewed products",  # what the reader looked at
                                  "Your browsing history", "Ви переглядали",  # (Amazon's, Rozetka's)
                                  "Zuletzt angesehen", "Relaterade inlägg", "Läs också",  # Swedish
                                  "Misschien ook leuk", "Potrebbe piacerti anche"])    # a shop's other products
def test_related_posts_headings_in_other_languages(ctx, line):
    assert C.related_heading(make_blocks(line)[0], ctx)


def test_see_also_is_a_section_of_a_documentation_page():
    """A manual page's "SEE ALSO", MDN's "See also": the page's own references; on an article, other stories."""
    heading = make_blocks("SEE ALSO")[0]
    assert not C.related_heading(heading, Context(config=Config(), page_type="documentation"))
    assert C.related_heading(heading, Context(config=Config(), page_type="article"))


SHOP_HEADER = ["Deliver to New York 10001", "All Departments Home & Kitchen", "Hello, sign in Account & Lists",
               "Today's Deals", "Customer Service", "Registry", "Gift Cards", "Sell"]
SHOP_CARDS = [line for i, name in enumerate(["Gooseneck Electric Kettle 0.9L Matte Black",
                                             "Stovetop Gooseneck Kettle 1.0L with Thermometer",
                                             "Drip Kettle Compact 600ml Silver"])
              for line in (name, f"4.{i + 3} out of 5 stars", f"${24 + i}.99", "Add to cart")]


@pytest.mark.parametrize("under", [[], ["Your browsing history", "After viewing product detail pages, look here to "
                                        "find an easy way to navigate back to pages you are interested in."]])
def test_a_shops_category_of_no_prose_is_its_products(under):
    """(text) A search's results with no prose, or prose only under a heading over other matter: the header's
    lines over the products go, and the help links under them; a sentence over them (the category's description)
    stays."""
    lead = "Every kettle here pours slowly and evenly."      # (a sentence too short to score as prose)
    text = "\n\n".join(["Kettles", *SHOP_HEADER, lead, *SHOP_CARDS, "Need help?", "Visit the help section", *under])
    a = pagecleaner.clean_text(text)
    assert a.page_type == "collection"
    assert "Deliver to" not in a.body and "Hello, sign in" not in a.body and "Need help" not in a.body
    assert lead in a.body and "Drip Kettle Compact 600ml Silver" in a.body and "$26.99" in a.body


def test_a_cards_name_over_its_price_past_lines_other_rules_took_is_no_headline():
    """Kaspi's cards as text: the name, its count of reviews, "Price", the price; the lines the shop rules take
    between the name and its price do not make the second card's name the page's headline, the first card
    "above the headline"."""
    names = ["Tefal KO150F30 kettle white", "Xiaomi Mi Electric Kettle 2 white", "Philips HD9318 kettle silver"]
    cards = [line for i, name in enumerate(names) for line in (name, f"({i + 2}04 reviews)", "Price",
                                                                f"{12 + i} 990 ₸", "Add to cart")]
    a = pagecleaner.clean_text("\n\n".join(["Kettles", *SHOP_HEADER, "Popular", "Newest", "Cheapest first", *cards,
                                             "Need help?"]))
    assert all(name in a.body for name in names) and a.headline not in names


def test_a_title_over_its_lead_is_no_cards_name_for_the_price_under_the_lead():
    """A shop's blog post of priced picks (a page of prices): its title, its lead of a few sentences, then "Home
    studio for $500"; the price under the lead is no card's. A card's name over its price past the lines other
    rules took (its stars, "Price") is one."""
    from pagecleaner.segment import _card_title
    lead = ("Recording at home does not have to cost a fortune. Whatever you can spend, a few careful choices go a "
            "long way. Here is a studio for $500 and one for $1,000, with the gear that matters most.")
    post = make_blocks("Three home studios for any budget", lead, "Home studio for $500")
    assert not _card_title(post, 0)
    card = make_blocks("Tefal KO150F30 kettle white", "(204 reviews)", "Price", "12 990 ₸")
    card[1:3] = [b.remove("shop_badge", "a product's rating") for b in card[1:3]]
    assert _card_title(card, 0)


def test_the_heading_over_a_signature_over_the_first_paragraph_opens_the_text():
    """The PHP manual's "Description" over the function's signature over its first paragraph."""
    page = ('<html><body><p><a href="https://github.com/php/doc-en/blob/master/x.xml">Submit a Pull Request</a></p>'
            '<h1>str_squish</h1><h3>Description</h3><div class="methodsynopsis">str_squish(string $string, '
            'string $characters = " "): string</div>'
            f'<p>{prose(1)}</p><h3>Parameters</h3><p>{prose(2)}</p></body></html>')
    a = pagecleaner.clean(page, input="html")
    assert a.page_type == "documentation" and a.body.startswith("Description\n\nstr_squish(string $string")


def test_up_next_is_no_related_heading(ctx):
    # a game report's "UP NEXT" / "Thunder: Host the Lakers on Friday.": the teams' next games, the story's
    assert not C.related_heading(make_blocks("UP NEXT")[0], ctx)


@pytest.mark.parametrize("line", ["Post navigation", "Recent Posts", "Related Products", "Similar posts",
                                  "Neueste Beiträge", "Entradas recientes", "Related Tutorials", "Popular Recipes",
                                  "Mehr Interessantes", "Related coverage from How to Do Everything: Money:",
                                  "Trending News", "Latest Actualités", "Downloadbereich"])
def test_blog_and_shop_headings_over_other_pages_are_related_headings(ctx, line):
    assert C.related_heading(make_blocks(line)[0], ctx)


CAPTIONS = ["Vintage meets urban jungle", "Seventy plants in my flat: I love green.",
            "Who lives here?", "Julia", "My favourite spot", "At the old kitchen table with its café chairs."]
BLURB = "How does the community live? Click through the home stories of our members."


def test_a_blurb_under_a_related_heading_is_not_the_story_told_in_captions_above_it(ctx):
    """A photo story has no paragraph long enough to count as prose; the densest prose on the page is the
    related box's blurb: the story is all that is left above the box."""
    out = C.main_text.fn(make_blocks(*CAPTIONS, "Discover more home stories", BLURB), ctx)
    assert [b.kept for b in out] == [True] * len(CAPTIONS) + [False, False]


def test_a_blurb_under_a_related_heading_gives_way_to_the_prose_above_it(ctx):
    blurb = BLURB + " Every week we pick the homes our readers loved the most, from small flats to old farmhouses."
    julia = "Julia has lived in the old farmhouse with her two dogs since 2019."
    out = C.main_text.fn(make_blocks("Home", "Menu", julia, "Login", "Discover more home stories", blurb), ctx)
    assert [b.kept for b in out] == [False, False, True, False, False, False]


def test_a_story_under_a_related_heading_at_the_top_is_the_story(ctx):
    """A related box above the story in the page's order, its titles taken as a menu: what is right under its
    heading is long, the story."""
    blocks = make_blocks("Related stories", "Short Title One", prose(1), prose(2), prose(3))
    blocks[1] = blocks[1].remove("nav_run", "menu")
    out = C.main_text.fn(blocks, ctx)
    assert [b.kept for b in out] == [False, False, True, True, True]


@pytest.mark.parametrize("line,related", [
    ("Alle Nachrichten zum Naturschutz in Bayern", True),      # a link to the listing of every story on it
    ("All news", True),
    ("Toutes les actualités", True),
    ("All newspapers agreed on one thing", False),             # a word that only begins as one ("news…")
    ("All the stories she told were true", False),
])
def test_all_stories_is_a_related_heading(ctx, line, related):
    assert C.related_heading(make_blocks(line)[0], ctx) is related


@pytest.mark.parametrize("line", ["Entdecke weitere Homestorys", "Explore more recipes", "Discover more stories",
                                  "Découvrez d'autres recettes"])
def test_discover_more_is_a_related_heading(ctx, line):
    assert C.related_heading(make_blocks(line)[0], ctx)
    assert not C.related_heading(make_blocks("Discover more about the plan and what it will cost you")[0], ctx)


@pytest.mark.parametrize("line", ["関連記事", "相关文章", "热门推荐", "관련 기사", "Читайте также", "Самые популярные",
                                  "İlgili Haberler", "相关问题", "为你推荐"])     # (a Q&A's other questions)
def test_related_headings_in_other_scripts(ctx, line):
    assert C.related_heading(make_blocks(line)[0], ctx)


def test_a_box_that_holds_the_comments_heading_is_the_end_not_a_box(ctx):
    """"Post navigation", two links, then '6 thoughts on …' and long comments: the comments are no story
    going on after a box."""
    from pagecleaner.filters.lexical import comment_header
    blocks = make_blocks(prose(1), prose(2), "Post navigation", "Previous Post: Game programming, part one",
                         "6 thoughts on Is indie game development still a business?", *(prose(10 + i) for i in range(4)))
    out = C.main_text.fn(apply_rule(comment_header, blocks, ctx), ctx)
    assert [b.kept for b in out] == [True, True] + [False] * 7


def test_a_related_heading_may_name_what_it_lists(ctx):
    assert C.related_heading(make_blocks("Most Popular Videos")[0], ctx)
    assert C.related_heading(make_blocks("Related Links")[0], ctx)
    assert C.related_heading(make_blocks("Our Latest Stories")[0], ctx)
    assert C.related_heading(make_blocks("Você pode gostar...")[0], ctx)
    for heading in ("Das könnte dich auch interessieren", "Empfehlungen aus der Redaktion", "Ähnliche Beiträge",
                    "Mirá también", "Polecamy", "Zobacz również:", "Articoli correlati", "Vous aimerez aussi"):
        assert C.related_heading(make_blocks(heading)[0], ctx), heading
    for heading in ("Latest Insights", "Recommended Reading", "Popular Blogs"):      # a firm's, a guide's, a blog's
        assert C.related_heading(make_blocks(heading)[0], ctx), heading
    assert not C.related_heading(make_blocks("Videos")[0], ctx)
    assert not C.related_heading(make_blocks("Popular videos of cats")[0], ctx)
    assert not C.related_heading(make_blocks("Key insights")[0], ctx)


def test_main_text_leaves_out_a_grid_of_story_teasers(ctx):
    teaser = "Scandinavia's Sami have been herding reindeer for generations, and then the miners arrived in the north."
    grid = []
    for n in range(4):
        grid += [f"KICKER {n}", f"Why The Reindeer Herders Of The North Fight Back {n}", teaser.replace("north", f"{n}")]
    blocks = make_blocks(prose(1), prose(2), prose(3), prose(4), *grid)
    out = C.main_text.fn(blocks, ctx)
    assert [b.kept for b in out[:4]] == [True] * 4
    assert not any(b.kept for b in out[4:])


def test_the_short_paragraph_under_a_byline_opens_the_story_and_is_no_teaser(ctx):
    """Text split at each element: the headline, 'By …', the date, a short first paragraph, then the next one
    broken at its links into short lines. Title lines around a short paragraph make a teaser; a byline above
    it makes the story's opening."""
    first = "During the design week, the showroom features a light installation created by a London designer."
    blocks = make_blocks("Design", "Milan Design Week | A Light Installation For Flos", "By Federica Lusiardi",
                         "2019-04-10", first, "The Installation – Entitled", "Jewels After Jewels", prose(1), prose(2))
    blocks[2] = blocks[2].remove("byline", "byline (metadata)")
    blocks[3] = blocks[3].remove("date_line", "date line (metadata)")
    scores = [-3.0, -3.0, -1.0, -1.0, 10.0, -3.0, -3.0, 28.0, 28.0]
    assert C._damp_teasers(blocks, scores, ctx) == scores
    blocks[2] = blocks[2].restore().remove("date_line", "date line (metadata)")      # a date alone: a teaser's
    assert C._damp_teasers(blocks, scores, ctx)[4] == 0.0


@pytest.mark.parametrize("heading,kept", [
    ("Künstlerischer Lebenslauf", True),          # the section the first paragraph opens
    ("Über uns", False),                          # the page's title shown again (its <title> line)
    ("Die Show im Fernsehen", False),             # the headline the markup names, its site name cut off
    ("Lesen Sie auch", False),                    # a related heading
])
def test_main_text_keeps_the_heading_over_its_first_paragraph(html_ctx, heading, kept):
    from dataclasses import replace
    ctx = replace(html_ctx, meta={"headline": "Die Show im Fernsehen | 2gewinnt"})
    blocks = [make_block("Über uns – 2gewinnt", 0), make_block("Menu", 1), make_block(heading, 2, kind="heading"),
              make_block(prose(1), 3), make_block(prose(2), 4)]
    out = C.main_text.fn(blocks, ctx)
    assert [b.kept for b in out] == [False, False, kept, True, True]


@pytest.mark.parametrize("between,kept", [
    ("share_widget", True),            # "Der Artikel gefällt dir?" / "Mit Freunden teilen": buttons under the intro
    ("html_caption", True),            # a photo between the subtitle and the first paragraph
    ("date_line", False),              # a header's date line: the heading above it is the header's
])
def test_main_text_keeps_the_heading_over_buttons_or_a_photo_and_its_first_paragraph(html_ctx, between, kept):
    blocks = [make_block("Menu", 0), make_block("Künstlerischer Lebenslauf", 1, kind="heading"),
              make_block("Teilen", 2).remove(between, "removed"), make_block("Teilen", 3).remove(between, "removed"),
              make_block(prose(1), 4), make_block(prose(2), 5)]
    out = C.main_text.fn(blocks, html_ctx)
    assert out[1].kept is kept and out[4].kept and out[5].kept


TESTS = ["Cooling Test: Scored 10/10, thanks to breathable coils.", "Sinkage Test: Moderate sinkage (1.8 inches).",
         "Motion Transfer Test: Higher motion transfer (6.5 m/s²), less ideal.",
         "Response Test: Quick response (0.4 s).", "Bounce Test: High bounce (10.2 inches), a lively feel.",
         "Edge Support Test: Strong edge support (3.2 inches)."]


def test_main_text_goes_on_over_a_list_of_labelled_sentences(ctx):
    """A mattress's test results, label and a short sentence each, cost the span nothing: the review goes on."""
    out = C.main_text.fn(make_blocks(prose(1), *TESTS, *TESTS, prose(2)), ctx)
    assert all(b.kept for b in out)


def test_main_text_stops_at_labelled_lines_that_are_no_sentences(ctx):
    out = C.main_text.fn(make_blocks(prose(1), *[t.rstrip(".") + " and more of it" for t in TESTS * 2], prose(2)), ctx)
    assert not all(b.kept for b in out)


def test_main_text_keeps_short_paragraphs_between_list_items(ctx):
    para = "A durable mat offers a safe, comfortable surface for everything from yoga to stretching at home."
    blocks = make_blocks(prose(1), prose(2), "Exercise Mat", "Price: $30", para, "Jump Rope", "Price: $20", para + " Yes.",
                         "Total Cost: Around $500", prose(3))
    out = C.main_text.fn(blocks, ctx)
    assert all(b.kept for b in out)


BIO = "Pamela Wilson is an online educator, author and keynote speaker, and the founder of BIG Brand System."


def test_main_text_ends_at_the_authors_bio_box(ctx):
    blocks = make_blocks(prose(1), prose(2), prose(3), "Pamela Wilson", BIO, "VISUAL MARKETING", prose(9))
    out = C.main_text.fn(blocks, ctx)
    assert [b.kept for b in out] == [True, True, True, False, False, False, False]


def test_a_bio_under_the_headline_is_a_box_and_the_article_goes_on(ctx):
    blocks = make_blocks(prose(1), "Pamela Wilson", BIO, prose(2), prose(3), prose(4))
    out = C.main_text.fn(blocks, ctx)
    assert [b.kept for b in out] == [True, False, False, True, True, True]


def test_a_bio_with_far_more_of_the_story_under_it_is_a_box_however_long_the_gap(ctx):
    # the author's box under a standfirst, then a long table of contents, then the story
    steps = [f"Step {i} of the plan" for i in range(13)]
    blocks = make_blocks(prose(1), prose(2), "Pamela Wilson", BIO, *steps, *(prose(i) for i in range(3, 9)))
    out = C.main_text.fn(blocks, ctx)
    assert [b.kept for b in out] == [True, True, False, False] + [True] * 19
    assert "inside the box" in out[3].reason


def test_a_product_paragraph_under_its_name_is_not_a_bio(ctx):
    blocks = make_blocks(prose(1), prose(2), "Proton VPN",
                         "Proton VPN is a strong contender in the VPN space, and it has been running since 2016.")
    assert not C.author_bio(blocks, 3, [])
    assert C.author_bio(make_blocks(prose(1), "Pamela Wilson", BIO), 2, [])
    assert C.author_bio(make_blocks(prose(1), BIO), 1, [{"pamela", "wilson"}])      # named in the byline


@pytest.mark.parametrize("bio", [
    "Heiko Sauer is a Professor of Public Law at the University of Bonn.",          # an academic's
    "Heiko Sauer leitet das Ressort Berliner Republik bei Cicero. Er studierte Russistik in Berlin.",  # a desk's head
])
def test_what_an_author_teaches_or_heads_makes_a_bio(bio):
    assert C.author_bio(make_blocks(prose(1), bio), 1, [{"heiko", "sauer"}])
    assert not C.author_bio(make_blocks(prose(1), bio), 1, [{"jane", "doe"}])     # someone the story is about


def test_a_comment_kicker_above_the_article_does_not_end_it(ctx):
    blocks = make_blocks("Cookies help us deliver our services, and by using them you agree to our use of cookies.",
                         "COMMENT", prose(1), prose(2), prose(3))
    blocks = apply_rule(comment_widget, blocks, ctx)
    out = C.main_text.fn(blocks, ctx)
    assert [b.kept for b in out[2:]] == [True, True, True]


def test_a_list_of_links_inside_the_article_is_kept(ctx):
    blocks = make_blocks(prose(1), "Contents item one", "Contents item two", prose(2), prose(3), "Menu link")
    blocks = [b.remove("link_density", "100% of the text is links") if 1 <= i else b for i, b in enumerate(blocks)]
    blocks = [b.restore() if i in (3, 4) else b for i, b in enumerate(blocks)]
    blocks = [b._replace(kind="list_item") if i in (1, 2) else b for i, b in enumerate(blocks)]
    out = C.main_text.fn(blocks, ctx)
    assert [b.kept for b in out] == [True, True, True, True, True, False]


@pytest.mark.parametrize("text,link_chars,kept", [
    (prose(9), 60, True),               # a sentence of the story with its links ("… replaced Jane Doe, who …")
    (prose(9), len(prose(9)), False),   # a card that is one link: another story's summary
    ("Read more: " + prose(9), 60, False),      # a label and the story it points to
])
def test_a_paragraph_of_links_inside_the_article(text, link_chars, kept, ctx):
    dense = make_block(text, 2, link_chars=link_chars).remove("link_density", "90% of the text is links")
    blocks = [*make_blocks(prose(1), prose(2)), dense, *make_blocks(prose(3), prose(4))]
    blocks = [b._replace(index=i) for i, b in enumerate(blocks)]
    out = C.main_text.fn(blocks, ctx)
    assert out[2].kept is kept and all(b.kept for b in out[:2] + out[3:])


def test_isolated_teasers_after_a_related_heading_are_not_the_article_going_on(ctx):
    teasers = []
    for i in range(4):
        teasers += [f"Story title number {i} Here", "Jane Doe", prose(20 + i), "Tuesday November 19, 2019"]
    blocks = make_blocks(prose(1), prose(2), prose(3), "More Washington Examiner", *teasers)
    out = C.main_text.fn(blocks, ctx)
    assert [b.kept for b in out[:3]] == [True] * 3
    assert not any(b.kept for b in out[3:])


@pytest.mark.parametrize("heading,under,kept", [
    ("More College Essay Topics", [prose(4)], True),      # "More" and a name over a paragraph: a section of the story
    ("More College Essay Topics", ["Describe a person you admire.", prose(4)], False),      # over a short line
    ("More Great WIRED Stories", [prose(4)], False),      # it names stories: other stories, however they read
    ("More From WIRED", [prose(4)], False),               # "More from …": other stories
])
def test_more_and_a_name_over_a_paragraph_is_a_section_of_the_story(ctx, heading, under, kept):
    blocks = make_blocks(prose(1), prose(2), prose(3), heading, *under)
    assert [b.kept for b in C.main_text.fn(blocks, ctx)] == [True] * 3 + [kept] * (1 + len(under))


def _html(blocks, path):
    return [b._replace(path=p) for b, p in zip(blocks, path)]


def test_a_box_inside_the_story_ends_where_a_paragraph_like_the_storys_resumes(ctx):
    blocks = _html(make_blocks(prose(1), prose(2), prose(3), "Related Links", "Agency website", prose(4)),
                   ["div>p", "div>p", "div>p", "div>h2", "ul>li", "div>p"])
    out = C.main_text.fn(blocks, ctx)
    assert [b.kept for b in out] == [True, True, True, False, False, True]
    assert "inside the box" in out[3].reason


def test_a_teaser_after_a_related_heading_sits_elsewhere_than_the_storys_paragraphs(ctx):
    blocks = _html(make_blocks(prose(1), prose(2), prose(3), "Related Links", "Story title Here", prose(4)),
                   ["div>p", "div>p", "div>p", "div>h2", "li>h3", "li>div>p"])
    out = C.main_text.fn(blocks, ctx)
    assert [b.kept for b in out] == [True, True, True, False, False, False]


def test_date_list_gives_back_three_date_lines_in_a_row(ctx):
    from pagecleaner.filters.lexical import date_line
    blocks = apply_rule(date_line, make_blocks(
        "March 3, 2019", prose(1), "10 March 2018 – Interlagos", "8 April 2018 – Curitiba",
        "22 April 2018 – Velopark", "Updated: March 4, 2019"), ctx)
    assert [b.removed_by for b in blocks] == ["date_line", None, "date_line", "date_line", "date_line", "date_line"]
    out = C.date_list.fn(blocks, ctx)
    assert [b.kept for b in out] == [False, True, True, True, True, False]     # the page's own dates stay out


def test_duplicate_line_is_a_text_pass(html_ctx):
    from pagecleaner.pipeline import run
    blocks = make_blocks(prose(1), "1 cup blueberries", prose(2), "1 cup blueberries")
    assert all(b.kept for b in run([C.duplicate_line], blocks, html_ctx))      # a recipe repeats its lines


def test_a_share_button_made_of_links_is_a_share_button_not_a_link_inside_the_article(html_ctx):
    from pagecleaner.pipeline import default_pipeline, run
    from tests.conftest import make_block
    blocks = [make_block(prose(i), i) for i in range(3)] + [
        make_block("Click to share on Facebook (Opens in new window)", 3, kind="list_item", link_chars=48),
        make_block(prose(4), 4), make_block(prose(5), 5)]
    out = run(default_pipeline(), blocks, html_ctx)
    assert out[3].removed_by == "share_widget"


def test_end_matter_removes_the_bio_its_name_line_and_credits_under_the_story(ctx):
    blocks = make_blocks(prose(1), prose(2), "Jane Doe", "Jane Doe is a reporter for the Daily Bugle, covering courts.",
                         "(Reporting by Jane Doe; editing by John Roe)")
    out = C.end_matter.fn(blocks, ctx)
    assert [b.kept for b in out] == [True, True, False, False, False]
    assert [b.reason for b in out[2:]] == ["the name over the author's bio", "the author's bio under the article",
                                          "reporting credit"]


def test_end_matter_removes_an_about_the_author_box_at_the_end(ctx):
    box = ["About the Author", "Harsh Vaibhav", "Harsh Vaibhav is passionate about climate policy and clean energy."]
    out = C.end_matter.fn(make_blocks(prose(1), prose(2), prose(3), *box), ctx)
    assert [b.kept for b in out] == [True, True, True, False, False, False]
    assert {b.reason for b in out[3:]} == {"the author's box under the article"}
    # the same box above the story is the story's business (main_text's), not the end's
    out = C.end_matter.fn(make_blocks(prose(1), *box, prose(2), prose(3), prose(4), prose(5)), ctx)
    assert all(b.kept for b in out)
    # and a heading with a long text under it is a section of the story
    long = [prose(i) + " " + prose(i + 10) for i in (3, 4, 5)]      # ~180 words
    out = C.end_matter.fn(make_blocks(prose(1), prose(2), "Über den Autor", *long), ctx)
    assert all(b.kept for b in out)
    out = C.end_matter.fn(make_blocks(prose(1), prose(2), "Über den Autor", prose(3), prose(4)), ctx)
    assert [b.kept for b in out] == [True, True, False, False, False]     # short: the German box


@pytest.mark.parametrize("tail,box", [
    (["Markus Steinrisser", "Motorsport-Magazin.com Redakteur", "versenden kommentieren"], True),   # name, job
    (["Benjamin Fischer", "Redakteur in der Wirtschaft.", "F.A.Z."], True),
    (["Jane Doe", "Senior Editor, Politics"], True),
    (["Jane Doe", "See you next week."], False),                                 # no job under the name
    (["Thanks for reading", "Redakteur in der Wirtschaft."], False),              # no name over the job
    (["Jane Doe", "Senior editor of the weekly paper in the town where we grew up"], False),   # a sentence
])
def test_end_matter_takes_the_authors_name_over_the_job_at_the_end(ctx, tail, box):
    out = C.end_matter.fn(make_blocks(prose(1), prose(2), prose(3), *tail), ctx)
    assert [b.kept for b in out[3:]] == [not box] * len(tail) and all(b.kept for b in out[:3])


def test_end_matter_stops_at_the_storys_last_paragraph(ctx):
    blocks = make_blocks(prose(1), "Jane Doe is a reporter for the Daily Bugle, covering courts.", prose(2),
                         "Keith Bradsher contributed reporting from Hong Kong.")
    out = C.end_matter.fn(blocks, ctx)
    assert [b.kept for b in out] == [True, True, True, False]     # a bio inside the story is the main_text's call


RECIPE = ["Mandelplätzchen", "Zubereitungszeit: 25 Minuten", "Zutaten:", "300 g Mehl\n1 TL Backpulver",
          "200 g Zucker", "1 Ei", "Zubereitung:", prose(1), prose(2), prose(3)]


def test_main_text_opens_a_recipe_at_its_ingredients_label_under_its_fields(ctx):
    out = C.main_text.fn(make_blocks(*RECIPE), ctx)
    assert [b.text for b in out if b.kept][:6] == ["Zubereitungszeit: 25 Minuten", "Zutaten:",
                                                   "300 g Mehl\n1 TL Backpulver", "200 g Zucker", "1 Ei",
                                                   "Zubereitung:"]
    assert not out[0].kept                  # the title is segment's


def test_main_text_opens_a_recipe_at_its_fields_one_a_line(ctx):
    out = C.main_text.fn(make_blocks(RECIPE[0], "Zubereitungszeit: 25 Minuten (+ 15 Minuten backen)",
                                     "Ergibt: 40 Stück", *RECIPE[2:]), ctx)
    assert [b.kept for b in out[:4]] == [False, True, True, True]


STEPS = ["Backofen auf 200 °C (Umluft) vorheizen.", "Ein Backblech mit Backpapier auslegen.",
         "Im Ofen (Mitte) in 15 Minuten backen bis sie goldbraun sind."]


def test_main_text_keeps_a_recipes_method_in_short_steps_under_its_label(ctx):
    recipe = [*RECIPE[:7], prose(1), prose(2), *STEPS, "Hinterlasse einen Kommentar", "Kategorie Gebäck"]
    out = C.main_text.fn(make_blocks(*recipe), ctx)
    assert [b.text for b in out if b.kept][-5:] == [prose(1), prose(2), *STEPS]     # up to a line that is no step


def test_short_sentences_after_a_story_with_no_method_label_are_no_steps(ctx):
    story = [prose(1), prose(2), prose(3), *STEPS, "Hinterlasse einen Kommentar"]
    out = C.main_text.fn(make_blocks(*story), ctx)
    assert [b.text for b in out if b.kept] == [prose(1), prose(2), prose(3)]


@pytest.mark.parametrize("above,kept", [
    ("Zubereitungszeit: 25 Minuten (+ 15 Minuten backen)\nErgibt: 40 Stück", True),     # a field on every line
    ("Zubereitungszeit: 25 Minuten\nJetzt den Newsletter abonnieren", False),           # not every line a field
    ("Unsere liebsten Weihnachtsrezepte", False),                                      # no field
])
def test_the_fields_over_a_recipes_ingredients_open_the_recipe(above, kept, ctx):
    out = C.main_text.fn(make_blocks(RECIPE[0], above, *RECIPE[2:]), ctx)
    assert out[1].kept is kept and out[2].kept


def test_main_text_opens_a_recipe_at_its_label_with_the_first_ingredient_beside_it(ctx):
    recipe = RECIPE[:2] + ["Zutaten: 300 g Mehl", "1 TL Backpulver"] + RECIPE[4:]
    out = C.main_text.fn(make_blocks(*recipe), ctx)
    assert [b.text for b in out if b.kept][:3] == ["Zubereitungszeit: 25 Minuten", "Zutaten: 300 g Mehl",
                                                   "1 TL Backpulver"]


@pytest.mark.parametrize("change", [
    lambda b: b[:4] + [make_block(" ".join(["Rezepte Backen Kochen Desserts Kuchen"] * 3), 4)] + b[5:],  # a long line
    lambda b: b[:2] + [b[2].remove("nav_run", "menu: 8 short link-like lines")] + b[3:],  # a menu's "Zutaten"
    lambda b: b[:2] + [b[6]] + b[3:6] + [b[2]] + b[7:],                          # the label right over the story
])
def test_main_text_opens_no_recipe_at_a_label_that_heads_no_ingredients(ctx, change):
    blocks = [make_block(b.text, i, removed_by=b.removed_by, reason=b.reason)
              for i, b in enumerate(change(make_blocks(*RECIPE)))]
    out = C.main_text.fn(blocks, ctx)
    assert [b.text for b in out if b.kept] == [prose(1), prose(2), prose(3)]


def _ended_by(last: str, kind: str, next_kept: bool) -> list:
    """Two paragraphs of story, then `last` of `kind`, then a block the passes removed (or kept)."""
    blocks = [make_block(prose(1), 0), make_block(prose(2), 1), make_block(last, 2, kind=kind),
              make_block("Facebook", 3, kind="list_item")]
    if not next_kept:
        blocks[3] = blocks[3].remove("share_widget", "share or print buttons")
    return blocks


@pytest.mark.parametrize("heading", ["Diese Seite teilen",
                                     # a call to action over its removed button (17 words)
                                     "Learn how to build fast, production-ready Docker images—read the rest of the "
                                     "Docker packaging guide for Python."])
def test_end_matter_removes_a_heading_over_nothing_the_article_keeps(ctx, heading):
    out = C.end_matter.fn(_ended_by(heading, "heading", next_kept=False), ctx)
    assert [b.kept for b in out] == [True, True, False, False]
    assert out[2].reason == "a heading with nothing of the article under it"


@pytest.mark.parametrize("last,kind,next_kept", [
    ("Diese Seite teilen", "heading", True),          # what it heads is kept: a section
    ("See more photos:", "paragraph", False),         # a sentence announcing the embed the page removed
    ("Euer HansEhrlich", "paragraph", False),         # a sign-off
    ("What the council decided on Tuesday, and what the minister wants the parliament to debate next week before "
     "the summer recess begins", "heading", False),   # long: a sentence set as a heading
])
def test_end_matter_keeps_a_last_line_that_heads_something_or_heads_nothing(ctx, last, kind, next_kept):
    out = C.end_matter.fn(_ended_by(last, kind, next_kept), ctx)
    assert out[2].kept


def _between(level: int, removed_by: str, next_level: int) -> list:
    """A story, a heading (h`level`) over a removed block, a heading (h`next_level`), the story going on."""
    return [make_block(prose(1), 0), make_block("Mit anderen teilen", 1, kind="heading", level=level),
            make_block("Twitter", 2, kind="list_item").remove(removed_by, "test"),
            make_block("What the minister said next", 3, kind="heading", level=next_level), make_block(prose(2), 4)]


def test_end_matter_removes_a_heading_whose_section_was_all_removed(ctx):
    out = C.end_matter.fn(_between(2, "share_widget", 2), ctx)
    assert [b.kept for b in out] == [True, False, False, True, True]


@pytest.mark.parametrize("level,removed_by,next_level", [
    (2, "html_caption", 2),         # a section that opened with its photo
    (2, "share_widget", 3),         # a heading over its own subheading
])
def test_end_matter_keeps_a_heading_over_a_caption_or_a_subheading(ctx, level, removed_by, next_level):
    assert C.end_matter.fn(_between(level, removed_by, next_level), ctx)[1].kept


def test_end_matter_keeps_a_heading_that_is_the_whole_body(ctx):
    blocks = [make_block("Diese Seite teilen", 0, kind="heading"),
              make_block("Facebook", 1).remove("share_widget", "share or print buttons")]
    assert C.end_matter.fn(blocks, ctx)[0].kept


def test_a_repeated_line_gets_its_first_copys_verdict_without_asking_again(ctx):
    from pagecleaner.pipeline import apply_rules, block_rule
    asked = []

    @block_rule("menu_word", "test rule")
    def menu_word(block, ctx):
        asked.append(block.index)
        return "a menu word" if block.text == "Home" else None

    blocks = make_blocks("Home", prose(1), "Home", prose(1), "Home")
    blocks[4] = blocks[4]._replace(end_line=9)            # a line the reader joined is not the same block
    out = apply_rules([menu_word], blocks, ctx)
    assert [b.removed_by for b in out] == ["menu_word", None, "menu_word", None, "menu_word"]
    assert [b.reason for b in out][:3] == ["a menu word", None, "a menu word"]
    assert asked == [0, 1, 4]


def test_a_related_label_the_story_says_twice_takes_only_its_link(ctx):
    # "> Related:" split from its link (a text broken at each element), used twice inside a buying guide: a label
    # with one link, not a heading over other stories; the pros and cons under it are the story's
    items = ["What We Like"] + [f"Point number {n} in favour" for n in range(6)] + ["What We Don't Like"] + \
            [f"Point number {n} against" for n in range(6)]
    blocks = make_blocks(prose(1), prose(2), prose(3), "> Related:", "The Best Antivirus Bundles", prose(4),
                         "> Related:", "The Best Password Managers", *items, *(prose(i) for i in range(5, 15)))
    out = C.main_text.fn(blocks, ctx)
    assert [b.text for b in out if b.removed] == ["> Related:", "The Best Antivirus Bundles", "> Related:",
                                                   "The Best Password Managers"]
    assert "inside the box under '> Related:'" in out[4].reason


def _after_class_comments(html_ctx, page_type: str):
    from dataclasses import replace
    blocks = make_blocks(prose(1), prose(2), prose(3), "Very helpful.", "Thanks for the tutorial!", "Jane",
                         "I'm Jane Doe. On this website I write tutorials about statistics and about programming.")
    blocks[3:5] = [b.remove("html_class", "class/id 'comment'") for b in blocks[3:5]]
    return C.main_text.fn(blocks, replace(html_ctx, page_type=page_type))


def test_what_follows_comments_the_markup_names_is_no_part_of_the_story(html_ctx):
    # (so the HTML passes, which give back what the span left after it, do not give back a sidebar's bio)
    out = _after_class_comments(html_ctx, "article")
    assert [b.reason for b in out[5:]] == [C.AFTER_COMMENTS] * 2


def test_on_a_forum_the_posts_a_class_calls_comments_are_no_wall(html_ctx):
    out = _after_class_comments(html_ctx, "forum")
    assert C.AFTER_COMMENTS not in [b.reason for b in out]


NOTICE = "Free standard shipping on orders {} or more. For more information on shipping rates and timelines, please " \
         "visit our international page"


def test_a_notice_repeated_for_each_country_is_a_template(ctx):
    notices = [NOTICE.format(p) for p in ("65€", "480kr", "R$670", "65€")]
    out = C.repeated_notice.fn(make_blocks(prose(1), *notices, prose(2)), ctx)
    assert [b.removed_by for b in out] == [None] + ["repeated_notice"] * 4 + [None]


@pytest.mark.parametrize("lines,why", [
    ([f"PGA Tour: AT&T Pebble Beach Pro-Am, {d}. Tag in Pebble Beach, Kalifornien, 21:00 Uhr bei Sky Sport 1 und "
      f"Sky Sport 1 HD" for d in (1, 2, 3, 4)], "a schedule: no line shown twice"),
    ([NOTICE.format(p) for p in ("$110 AUD", "65€")] + [prose(7), prose(8), prose(9)] + [NOTICE.format("65€")],
     "too far apart: a roundup says the same of each item"),
    ([f"Saisonzeitraum {m}.02.2020 Saisonname Hochsaison Preis/Nacht 90,00 € Mindestaufenthalt {m} Nächte Hinweis "
      f"keine" for m in (1, 2, 1)], "a table's rows: no prose"),
])
def test_lines_that_differ_in_their_numbers_and_stay(lines, why, ctx):
    assert all(b.kept for b in C.repeated_notice.fn(make_blocks(*lines), ctx)), why


ENTRY_TEXT = ("After Mary Magdalene, a follower of Jesus. In medieval art she was often shown weeping, and her name "
              "became a word for the tearful and the sentimental.")


@pytest.mark.parametrize("above,opens", [
    (["maudlin", "PRONUNCIATION:", "(MAWD-lin)", "MEANING:", "adjective: Overly sentimental.", "ETYMOLOGY:"], 1),
    (["Home", "Archive", "Share post on:"], 3),               # one label over the text, no field above it
    (["Pronunciation:", "(MAWD-lin)", "MEANING:", "adjective: Overly sentimental.", "ETYMOLOGY:"], 2),  # mixed case
])
def test_a_dictionary_entrys_short_fields_open_it_when_its_text_has_labels_like_theirs(ctx, above, opens):
    """An entry's text opens under "ETYMOLOGY:" and has "USAGE:" inside; the fields above it under labels written
    the same way ("MEANING:" / "adjective: Overly sentimental.") are too short for prose, and the entry's."""
    blocks = make_blocks("Menu", "About | Media | Search | Contact", *above, ENTRY_TEXT, prose(1), "USAGE:",
                         "“In this maudlin melodrama, all that was missing were the violins.”")
    out = C.main_text.fn(blocks, ctx)
    assert next(b.text for b in out if b.kept) == (above[opens:] + [ENTRY_TEXT])[0]


LINKED = {"removed_by": "link_density", "reason": "100% of the text is links"}


def _wiki_entry(contents: list[str], first_level: int = 2) -> list:
    """A wiki entry: its contents (links) above, then short sections of steps, then sections of prose."""
    steps = ["Platzwechsel, langsam erklärt", "Enchufla mit Handwechsel", "der Herr greift die andere Hand"]
    return [b._replace(index=i) for i, b in enumerate([
        make_block("Startseite", **LINKED), *(make_block(c, **LINKED) for c in contents),
        make_block("Enchufla", kind="heading", level=first_level), make_block(steps[0]),
        make_block("Barbi", kind="heading", level=2), *(make_block(s, kind="list_item") for s in steps[1:]),
        make_block("Candelaria", kind="heading", level=2), make_block(prose(1)),
        make_block("Cubanita", kind="heading", level=2), make_block(prose(2)),
        make_block("Martini", kind="heading", level=2), make_block(prose(3)),
        make_block("Pulpo", kind="heading", level=2), make_block(prose(4))])]


@pytest.mark.parametrize("contents,level,opens", [
    (["Enchufla", "Barbi", "Candelaria", "Cubanita", "Martini", "Pulpo"], 2, "Enchufla"),
    ([], 2, "Candelaria"),                                   # no contents: the prose opens the text
    (["Enchufla", "Barbi", "Candelaria", "Cubanita"], 2, "Candelaria"),    # two entries name a heading inside
    (["Enchufla", "Barbi", "Cubanita", "Impressum", "Kontakt", "Hilfe", "Martini", "Login", "Suche", "Archiv",
      "Pulpo"], 2, "Candelaria"),          # a menu's items named like headings, far apart: no table of contents
    (["Enchufla", "Barbi", "Candelaria", "Cubanita", "Martini", "Pulpo"], 1, "Barbi"),   # the first: the title
])
def test_a_table_of_contents_above_opens_the_text_at_the_first_heading_it_names(contents, level, opens, ctx):
    out = C.main_text.fn(_wiki_entry(contents, level), ctx)
    assert next(b.text for b in out if b.kept) == opens


def _wiki_text(label: str = "Contents") -> list:
    """A wiki entry as scraped text: menus, its lead, its contents (numbered entries), then its sections."""
    sections = ["History", "Effects", "Known uses", "Etymology"]
    lines = ["Spells", "Charms", "Potions", "Creatures", "Places",
             "The Water-Making Spell (Aguamenti) was a charm that conjured a jet of clean, drinkable water from "
             "the tip of the caster's wand.", label, *(f"{n} {s}" for n, s in enumerate(sections, start=1)),
             "5 See also"]
    for n, s in enumerate(sections):
        lines += [s, prose(n), prose(n + 10)]
    return make_blocks(*lines, "See also", "List of spells")


def test_a_wikis_lead_over_its_contents_opens_the_text(ctx):
    out = C.table_of_contents.fn(C.main_text.fn(_wiki_text(), ctx), ctx)
    kept = [b.text for b in out if b.kept]
    # (the entry "5 See also" heads no box of other stories over the first section)
    assert kept[0].startswith("The Water-Making Spell (Aguamenti)") and kept[1] == "History"
    assert not any(b.kept for b in out if b.text[:1].isdigit() or b.text == "Contents")   # the contents go
    assert next(b for b in out if b.text == "History" and b.kept).kind == "heading"          # what they name heads
    # without a label of contents over them, the numbered lines are a list like any other: the lead stays out
    assert not next(b for b in C.main_text.fn(_wiki_text("Spells"), ctx) if b.text.startswith("The Water")).kept


def _toc(ctx, *lines):
    return [b.removed_by for b in C.table_of_contents.fn(make_blocks(*lines), ctx)]


def test_a_table_of_contents_goes_with_its_entries_the_storys_headings_say_again(ctx):
    assert _toc(ctx, prose(1), "Table of Contents", "1 Quick facts", "2.1 Step 1: Name your LLC", "Quick facts",
                prose(2), "Step 1: Name your LLC", prose(3)) == \
        [None, "table_of_contents", "table_of_contents", "table_of_contents", None, None, None, None]


def test_the_storys_first_heading_right_under_its_contents_stays(ctx):
    # the entries said again: the first is the story's own heading, not a third entry
    assert _toc(ctx, "Jump to", "Why it matters", "What to look for", "Why it matters", prose(1),
                "What to look for", prose(2))[:5] == ["table_of_contents"] * 3 + [None, None]


def test_a_line_under_the_label_that_the_story_never_says_again_ends_the_contents(ctx):
    assert _toc(ctx, "Table of Contents", prose(1), prose(1) + " Again.") == ["table_of_contents", None, None]


@pytest.mark.parametrize("label, goes", [
    ("Inhaltsverzeichnis", True),      # it labels nothing else
    ("Inhalt", False),                 # a product's field: "Inhalt" / "500 ml"
    ("Contents", False),
])
def test_a_label_over_no_entries_goes_when_it_can_only_label_contents(ctx, label, goes):
    assert _toc(ctx, prose(1), label, "500 ml", prose(2))[1] == ("table_of_contents" if goes else None)


def test_a_configs_own_label_of_contents_is_one(ctx):
    """("Schnellnavigation", quick navigation: no label the built-in list knows; "Auf dieser Seite" is one of them
    now, as "On this page" in the other languages a docs theme speaks)"""
    blocks = make_blocks(prose(1), "Schnellnavigation", "Warum es zählt", prose(2), "Warum es zählt", prose(3))
    assert [b.removed_by for b in C.table_of_contents.fn(blocks, ctx)][1:3] == [None, None]
    cfg = replace(ctx.config, extra_phrases=(("toc_label", ("schnellnavigation",)),))
    out = C.table_of_contents.fn(blocks, replace(ctx, config=cfg))
    assert [b.removed_by for b in out][1:3] == ["table_of_contents"] * 2


@pytest.mark.parametrize("label", ["Auf dieser Seite", "Nesta página", "Sur cette page"])
def test_on_this_page_in_more_languages_labels_contents(ctx, label):
    out = C.table_of_contents.fn(make_blocks(prose(1), label, "Warum es zählt", prose(2), "Warum es zählt",
                                             prose(3)), ctx)
    assert [b.removed_by for b in out][1:3] == ["table_of_contents"] * 2


ITINERARY = ("Day 1 – Lisbon: the Alfama, the castle and a fado dinner",
             "Day 2 – Sintra: Pena Palace and the Moorish Castle", "Day 3 – Évora and the Alentejo wineries",
             "Day 4 – Comporta beaches")


def test_counting_on_lines_are_runs_that_count_on_from_one_another():
    assert C._counting_on(make_blocks(prose(1), *ITINERARY, prose(2))) == {1, 2, 3, 4}


@pytest.mark.parametrize("lines", [
    ITINERARY[:2],                                                   # two lines are no run yet
    ("Day 1 – Lisbon", "Day 3 – Évora", "Day 4 – Comporta"),        # 1, 3: no counting on
    ("Day 1 – Lisbon", "Step 2 – Sintra", "Day 3 – Évora"),         # another word
    ("Page 1.5 of the report", "Page 2.5 of it", "Page 3.5 of it"),  # a number with decimals is no count
])
def test_counting_on_lines_not(lines):
    assert C._counting_on(make_blocks(prose(1), *lines, prose(2))) == set()


def test_main_text_keeps_the_days_of_an_itinerary_and_the_story_under_them(ctx):
    # a short post: one paragraph, its days line by line, what was packed, two short paragraphs; the days had
    # ended the story as a run of menu-like lines costing more than what followed them
    blocks = make_blocks(
        "We spent a week driving from Lisbon to the Algarve in October, and this is the plan we would follow again "
        "if we went back tomorrow with the same car and the same budget.", *ITINERARY,
        "Here is what we packed:", "A light rain jacket", "Walking shoes", "A power bank",
        "The trip ended on the last day of October. We flew home from Faro after a last swim.",
        "The whole drive took about nine hours over the whole week.")
    assert all(b.kept for b in C.main_text.fn(blocks, ctx))


AGENDA = ["Gastgeber: Xing AG, Dammtorstraße 29, 20354 Hamburg", "Moderator: Hass Chapman", "Agenda",
          "Two or three 10-15 min lightning talks (30 mins)", "Knowledge and experience exchange (1 hour)",
          "Three war stories about the organisations we worked in (45 mins)", "Small groups (30 mins)",
          "Discussion about the next meeting, when and where? (30 mins)"]
TAGLINE = ("Ein interdisziplinärer Austausch über die Steigerung von Unternehmenserfolg und Mitarbeitermotivation, "
           "der sich an alle richtet, die in Hamburg arbeiten.")


def _post_page(ctx, tagline=TAGLINE, post=AGENDA, buttons=("Drucken", "Twitter", "Facebook"), meta=True,
               tail=("Ähnliche Beiträge",)):
    """A blog's page: its tagline (one sentence), its menu, the post's title and date line, the post, its buttons."""
    from pagecleaner.filters.lexical import date_line
    head = ["DenkanStoos Hamburg", tagline, "Startseite", "Events", "DenkanStoos April 2012",
            "Veröffentlicht am 11. April 2012 von bjoernlinder01" if meta else "Ein Treffen in Hamburg"]
    blocks = apply_rule(date_line, make_blocks(*head, *post, *buttons, *tail), ctx)
    n = len(head) + len(post)
    blocks[n:n + len(buttons)] = [b.remove("share_widget", "share or print buttons")
                                  for b in blocks[n:n + len(buttons)]]
    return C.main_text.fn(blocks, ctx), len(head), n


def test_a_post_of_short_lines_under_its_date_line_outweighs_a_tagline(ctx):
    """The post is an agenda, no paragraph of prose; the densest prose on the page is the site's tagline. The
    lines under the post's date line, up to its share buttons, are the post."""
    out, first, end = _post_page(ctx)
    assert all(b.kept for b in out[first:end])
    assert not out[1].kept and out[1].reason == C.BEFORE_SPAN


def test_a_post_of_short_lines_may_end_at_a_related_heading(ctx):
    out, first, end = _post_page(ctx, buttons=())
    assert all(b.kept for b in out[first:end]) and not out[1].kept


@pytest.mark.parametrize("case", ["no date line", "no end", "too few lines", "more prose than it has words"])
def test_a_run_of_short_lines_is_no_post_without_its_header_its_buttons_or_its_weight(ctx, case):
    kw = {"no date line": {"meta": False}, "no end": {"buttons": (), "tail": ()}, "too few lines": {"post": AGENDA[:3]},
          "more prose than it has words": {"tagline": " ".join(prose(i) for i in (1, 2, 3))}}[case]
    out, first, end = _post_page(ctx, **kw)
    assert out[1].kept and not any(b.kept for b in out[first:end])


def _roundup(numbers):
    """A story's intro, then its items: a number alone, a title, a blurb (a teaser's length), its button."""
    items = [line for n, i in zip(numbers, range(1, 6)) for line in (
        n, f"Air Fryer Recipe Number {i} With Lime", f"These tenderloins number {i} are easy to make and ready in "
        f"a flash, packed with flavour and good for the whole family.", "Get the Recipe")]
    return make_blocks(prose(1), prose(2), *items)


@pytest.mark.parametrize("numbers,roundup", [
    (["1", "2", "3", "4", "5"], True),          # counting on from 1: the story's list
    (["1", "2", "5", "4", "3"], False),         # not in order
    (["Dinner"] * 5, False),                    # a label over each: other stories' teasers
])
def test_a_numbered_roundups_blurbs_are_no_teasers(ctx, numbers, roundup):
    blocks = _roundup(numbers)
    blocks = [b.remove("page_control", "the page's buttons") if b.text == "Get the Recipe" else b for b in blocks]
    blurbs = [k for k, b in enumerate(blocks) if b.text.startswith("These tenderloins")]
    scores = C._damp_teasers(blocks, [C.block_score(b, ctx) for b in blocks], ctx)
    assert all((scores[k] > 0) is roundup for k in blurbs[1:-1])


def test_numbered_items_reads_decimal_digits_only():
    # "²" is a digit to str.isdigit() but no number int() reads; a roundup's numbers are decimal
    assert C._numbered_items(make_blocks("²", "³", "1", "x", "2", "x", "3", "x")) == set(range(2, 8))


@pytest.mark.parametrize("tail,kept", [
    (["Holds 12 ounces", "Dishwasher and microwave safe", "Additional information", "Weight 0.9 lbs"], True),
    (["Holds 12 ounces", "Mugs Bowls Plates Vases Planters Teapots Pitchers Platters Candle Holders Ornaments Gift "
      "Cards Sale Clearance"], False),                           # a long line among them: not the product's list
])
def test_a_products_short_lines_down_to_its_reviews_are_its_own(tail, kept):
    ctx = Context(config=Config(), page_type="product")
    blocks = make_blocks("Hand-thrown Stoneware Mug", prose(1), prose(2), *tail, "3 reviews for Hand-thrown Mug",
                         "My favourite mug.")
    blocks[-2] = blocks[-2].remove("comment_header", "comment signature")
    out = C.main_text.fn(blocks, ctx)
    assert out[3].kept is kept and not out[-1].kept
    # on an article the same lines are past its text
    assert not C.main_text.fn(blocks, Context(config=Config()))[3].kept


def _product_page(fields: str, og_type: str = "product") -> str:
    return (f'<html><head><meta property="og:type" content="{og_type}"><title>Konus 38 | Röstwerk</title></head><body>'
            '<nav><a href="/">Kaffee</a> <a href="/z">Zubehör</a></nav><main><h1>Kaffeemühle Konus 38</h1>'
            f'{fields}<p>{prose(1)}</p><p>{prose(2)}</p><p>{prose(3)}</p></main></body></html>')


FIELDS = '<div class="price">119,00 €</div><div>Auf Lager</div><div>Artikelnummer RW-KM-38</div>'


@pytest.mark.parametrize("fields,og_type,kept", [
    (FIELDS, "product", True),                                             # a price among them: the product's
    (FIELDS.replace("119,00 €", "Neu eingetroffen"), "product", False),    # no price: nothing says they are
    (FIELDS, "article", False),                                            # an article's lines over its text
    # a longer line between: no fields (its price alone comes back, the first under the name: product_page's)
    (FIELDS + f"<p>{' '.join(['word'] * 15)}</p>", "product", "price"),
    # the description under its own heading, its tabs (links) between: the fields stand over that heading
    (FIELDS + '<ul><li><a href="#d">Beschreibung</a></li><li><a href="#r">Bewertungen</a></li></ul>'
              '<h2>Produktinformationen "Kaffeemühle Konus 38"</h2>', "product", True),
    # a section of the product's short lines under its own heading between them and the description (SFRA's
    # "Caractéristiques" over its list, "Description" over the text)
    (FIELDS + '<h2>Merkmale</h2><ul><li>Kegelmahlwerk aus gehärtetem Edelstahl, in Solingen geschliffen</li>'
              '<li>Vierzig Mahlstufen von Espresso bis French Press</li></ul><h2>Beschreibung</h2>', "product", True),
    # the buy box's form and share buttons between them and the description: no fields, and no end to them
    (FIELDS + '<form><label>Menge</label> <label>Farbe: Rot Blau</label> <label>Größe</label> <label>Zur Wunschliste'
              '</label></form>' + "".join(f'<div class="share"><a href="/s{i}">Teilen {i}</a></div>' for i in range(8)),
     "product", True),
])
def test_a_products_price_and_fields_under_its_name_are_its_own(fields, og_type, kept):
    import pagecleaner
    a = pagecleaner.clean(_product_page(fields, og_type), input="html")
    assert ("119,00 €" in a.body or "Artikelnummer RW-KM-38" in a.body) is bool(kept)
    assert ("Artikelnummer RW-KM-38" in a.body) is (kept is True)
    assert prose(1) in a.body and "Zubehör" not in a.body


JIMMS_TEXT = ["Kairo K750 langaton pelihiiri, musta - Jimm's PC-Store", "Kairo", "Kairo K750 langaton pelihiiri, musta",
              "Tuotekoodi: KAI-K750-BK", "Valmistajan koodi: K750-01B", "EAN: 6430068121459",
              "26 000 DPI optinen sensori", "Paino vain 68 grammaa", "Akunkesto jopa 90 tuntia", "79,90 €",
              "Ennen 99,90 €", "Takuu 24 kk",
              "Varastossa 50+ kpl", "Toimitus 1–3 arkipäivää", "Lisää ostoskoriin",
              "Tuotekuvaus", "Tekniset tiedot", "Arvostelut (12)",
              "Tuotekuvaus", prose(1), prose(2)]


@pytest.mark.parametrize("more_lines, kept", [(False, True), (True, False)])
def test_a_products_tabs_over_its_description_are_no_fields_between_its_name_and_its_text(more_lines, kept):
    """(scraped text) Jimm's: the codes, highlights and price under the name, then the description's tabs
    ("Tuotekuvaus" / "Tekniset tiedot" / "Arvostelut (12)") and its heading: the tabs count as no fields, so the
    fields come back with the text; six more lines that are no tabs between, and there are too many to be fields."""
    more = ["Vertaa", "Jaa", "Tulosta", "Kysy tuotteesta", "Ilmoita virheestä", "Lähetä ystävälle"]
    lines = JIMMS_TEXT if not more_lines else JIMMS_TEXT[:15] + more + JIMMS_TEXT[15:]
    body = pagecleaner.clean_text("\n\n".join(lines)).body
    assert ("Tuotekoodi: KAI-K750-BK" in body and "79,90 €" in body) is kept
    assert prose(1) in body


GALAXUS_INSCRIPTIS = [
    '  Galaxus',
    '  AnmeldenWunschlisteWarenkorb',
    '   1. Garten & Pflanzen',
    '   2. Schneeschaufel',
    '',
    '    Kettler Nordlicht Schneeschaufel',
    '',
    '    Kunststoff',
    '',
    '      63 Bewertungen',
    '      CHF 34.90',
    '      * Mehr als 10 Stück an Lager',
    '      * Morgen geliefert',
    '      * Abholung in Zürich: heute',
    '    In den Warenkorb',
    '      VergleichenAuf die Wunschliste',
    '',
    '  Beschreibung',
    '',
    ('  Die Nordlicht schiebt auch nassen Schnee:'
     ' Das Blatt aus schlagfestem Kunststoff hat eine Kante aus Aluminium,'
     ' der Stiel ist oval und rutscht in nassen Handschuhen nicht.'),
    '',
    '  Spezifikationen',
    '',
    '  Blattbreite     50 cm',
    '  Stiellänge      130 cm',
    '  Material Blatt  Kunststoff, Aluminiumkante',
    '  Gewicht         1.4 kg',
    '',
    '  Alle Spezifikationen anzeigen',
    '',
    '  Bewertungen',
    '',
    '  4.4 von 5 Sternen · 63 Bewertungen',
    '',
    '    Beat, vor 2 Wochen',
    '',
    '    Robust und leicht.',
    '',
    '  Fragen und Antworten',
    '',
    '    Hält die Kante auch auf Pflastersteinen? — Ja, seit zwei Wintern ohne Probleme.',
    '',
    '  Ähnliche Produkte',
    '',
    '    * Snowpro Schneeschieber CHF 49.–',
    '    * Impressum',
    '    * Datenschutz',
    '',
    '  © Digitec Galaxus AG',
]


def test_a_products_description_under_its_heading_is_no_teaser_between_its_fields():
    """Galaxus's product as inscriptis lays it out: the description's paragraph between "Beschreibung" and the
    specifications' lines read as a teaser among title lines, and the one sentence of the questions below won."""
    a = pagecleaner.clean_text("\n".join(GALAXUS_INSCRIPTIS))
    assert a.page_type == "product" and "Die Nordlicht schiebt auch nassen Schnee" in a.body


def test_a_products_description_list_of_specifics_counts_a_field_per_term():
    """eBay's item: its price, condition and shipping under its name, then a heading over seven specifics, each a
    <dt> and a <dd> (fourteen lines, seven fields), then the description: all the product's."""
    import pagecleaner
    specifics = "".join(f"<dl><dt>Feld {i}</dt><dd>Wert {i}</dd></dl>" for i in range(7))
    fields = ('<div class="price">119,00 €</div><div>Auf Lager</div><div>Versand: 4,90 €</div>'
              f'<h2>Artikelmerkmale</h2>{specifics}<h2>Beschreibung des Verkäufers</h2>')
    a = pagecleaner.clean(_product_page(fields), input="html")
    assert "119,00 €" in a.body and "Wert 6" in a.body and prose(1) in a.body


@pytest.mark.parametrize("name,kept", [
    ('<font class="productnamecolorLARGE">Kaffeemühle Konus 38</font>', True),   # Volusion's name set big
    ('<font class="productnamecolorLARGE">Unsere Empfehlung</font>', False),     # a line that is not the name
])
def test_a_products_fields_under_its_name_in_no_heading_are_its_own(name, kept):
    import pagecleaner
    page = _product_page(FIELDS).replace("<h1>Kaffeemühle Konus 38</h1>", name)
    a = pagecleaner.clean(page.replace("<title>Konus 38 | Röstwerk</title>", "<title>Kaffeemühle Konus 38</title>"),
                          input="html")
    assert ("119,00 €" in a.body) is kept and prose(1) in a.body


@pytest.mark.parametrize("heading", ["Kundenbewertungen", "Customer reviews", "Avis clients"])
def test_a_shops_reviews_heading_ends_the_product_and_its_related_products_go(heading):
    import pagecleaner
    tail = (f'<div class="block-title"><strong>{heading}</strong></div><p>Nach Jahren mit einer Keramikmühle ein '
            'echter Unterschied.</p><div class="block-title"><strong>Ähnliche Produkte</strong></div>')
    a = pagecleaner.clean(_product_page(FIELDS).replace("</main>", tail + "</main>"), input="html")
    assert prose(3) in a.body and "Keramikmühle" not in a.body and heading not in a.body
    assert "Ähnliche Produkte" not in a.body


def _order_form_page(form: str, product_type: str = 'itemscope itemtype="https://schema.org/Product"') -> str:
    """Shoptet's product: its name over its rating's link, then its order form holding its short description,
    price, stock and button, then the description's tabs, then the description under its heading."""
    return ('<html><head><title>Kávovar Lelit Anna | Kafe Doma</title></head><body>'
            '<nav><a href="/">Kávovary</a> <a href="/m">Mlýnky</a></nav>'
            f'<div class="p-detail" {product_type}><h1>Kávovar Lelit Anna</h1><a href="#r">4 hodnocení</a>'
            f'<form action="/action/Cart/addCartItem/">{form}</form>'
            '<ul><li><a href="#d">Popis</a></li><li><a href="#r">Diskuze</a></li></ul>'
            f'<h3>Popis</h3><p>{prose(1)}</p><p>{prose(2)}</p></div></body></html>')


SHOPTET_BLURB = "<p>Pákový kávovar s PID regulací teploty a manometrem, vhodný pro domácí přípravu espressa.</p>"
BUY_BOX = '<div>12 490 Kč</div><div>Skladem (&gt; 5 ks)</div><button type="submit">Do košíku</button>'


@pytest.mark.parametrize("form,kept", [
    # its order form, its short description
    (SHOPTET_BLURB + BUY_BOX, ("Pákový kávovar", "12 490 Kč", "Skladem")),
    (BUY_BOX, ("12 490 Kč", "Skladem")),                                # no short description
    # no price: nothing says they are its own
    (SHOPTET_BLURB + BUY_BOX.replace("12 490 Kč", "Novinka"), ()),
])
def test_a_products_order_form_under_its_name_holds_its_own_fields(form, kept):
    a = pagecleaner.clean(_order_form_page(form), input="html")
    assert a.page_type == "product"
    assert [k for k in ("Pákový kávovar", "12 490 Kč", "Skladem") if k in a.body] == list(kept)
    assert prose(1) in a.body and "Diskuze" not in a.body and "Mlýnky" not in a.body   # (its tabs: no contents)


def test_two_long_lines_over_a_products_price_are_no_fields_of_it():
    """One sentence over the price is the product's short description; two are something else (a notice, a
    promotion): the walk up to the name stops there, and the price is not taken for the product's."""
    two = SHOPTET_BLURB + SHOPTET_BLURB.replace("Pákový kávovar s PID", "Mlýnek s kónickými kameny") + BUY_BOX
    assert "12 490 Kč" not in pagecleaner.clean(_order_form_page(two), input="html").body


@pytest.mark.parametrize("title,kept", [
    ("Kávovar Lelit Anna - Kafe Doma", True),       # the title shows the name
    ("", True),                                     # no title (inscriptis drops it): the breadcrumb trail ends with it
    ("Kafe Doma", False),                           # neither (no trail either): no line is the product's name
])
def test_a_scraped_products_fields_open_under_its_name(title, kept):
    trail = "Domů > Kávovary > Kávovar Lelit Anna" if kept else ""
    lines = [title, trail, "Kávovar Lelit Anna", "4 hodnocení",
             "Pákový kávovar s PID regulací teploty a manometrem, vhodný pro domácí přípravu espressa.",
             "12 490 Kč", "Skladem (> 5 ks)", "Do košíku", "Kód: LEL-PL41TEM", prose(1), prose(2)]
    a = pagecleaner.clean_text("\n\n".join(line for line in lines if line))
    assert a.page_type == "product"
    assert ("12 490 Kč" in a.body and "Pákový kávovar" in a.body) is kept
    assert prose(1) in a.body


def test_the_pages_lead_under_its_title_is_no_teaser():
    """A service page as html_text: a button, its title, its lead, then headings over short sections. Title lines
    on both sides of the lead are what a teaser has; but the line over it is the page's own title."""
    from pagecleaner.config import Config
    from pagecleaner.pipeline import Context
    lead = "Dal 2009 seguiamo sportivi, lavoratori e anziani con un programma di esercizi costruito sulla persona."
    blocks = make_blocks("Prenota ora", "Fisioterapia a Bergamo Alta", lead, "Il nostro metodo",
                         "Riabilitazione post-operatoria", prose(1))
    scores = [-3.0, -3.0, 15.0, -3.0, -3.0, 20.0]
    for title, lead_score in (("Fisioterapia a Bergamo Alta | Studio Gombito", 15.0), ("Studio Gombito", 0.0)):
        ctx = Context(config=Config(), meta={"headline": title})
        assert C._damp_teasers(blocks, scores, ctx)[2] == lead_score, title



@pytest.mark.parametrize("heading,kept", [("Especificaciones", True), ("Productos alternativos", False),
                                          ("Ürün Özellikleri", True), ("Product specifications", True),
                                          ("Характеристики", True), ("商品仕様", True), ("规格参数", True),
                                          ("Key attributes", True),         # (Alibaba's)
                                          ("Spesifikasjoner", True),         # (Norwegian)
                                          ("Thông số kỹ thuật", True), ("Spesifikasi", True),   # (Vietnamese,
                                          ("Τεχνικά χαρακτηριστικά", True),  # Indonesian, Greek)
                                          ("Næringsinnhold per 100 g", True),  # (a food's nutrients: Meny's)
                                          ("Nährwerte", True), ("Nutrition facts", True)])
def test_short_lines_under_a_spec_heading_are_a_products_spec_sheet(heading, kept):
    """Odoo's table as html_text, a row a line, its label and value with no colon between, under its heading;
    the first empty line ends it (the footer's lines under it stand apart)."""
    text = ("Silla Lumbar Pro | Oficina Norte\n\nSilla Lumbar Pro\n\n189,00 €\n\nAñadir al carrito\n\n"
            f"{prose(1)}\n\n{prose(2)}\n\n{heading}\n\nAltura del asiento 44-54 cm\nMaterial del respaldo Malla\n"
            "Peso máximo 130 kg\nGarantía 5 años\n\nInicio\nTienda\nContáctenos\nEmpleo")
    a = pagecleaner.clean_text(text)
    assert a.page_type == "product" and ("Peso máximo 130 kg" in a.body) is kept and "Tienda" not in a.body


@pytest.mark.parametrize("group,kept", [("Общие параметры", True),           # a group's heading over its rows
                                        ("Объём 1,7 л Мощность 2200 Вт", False)])   # (its fields glued: no heading)
def test_a_spec_sheets_group_heading_over_its_rows_leads_to_them(group, kept):
    """DNS's sheet as html_text: "Характеристики", an empty line, the group's heading "Общие параметры", an empty
    line, then its rows, a label and a value a line; the reviews under it ("Отзывы о товаре") are no fields."""
    text = ("Чайник Polaris\n\n2 399 ₽\n\nКупить\n\nОписание\n\n" + prose(1) + "\n\nХарактеристики\n\n"
            f"{group}\n\nОбъем\n1.7 л\nМощность\n2200 Вт\nМатериал корпуса\nстекло\n\nОтзывы о товаре\n\nАндрей\n\n"
            "Закипает быстро, но крышка открывается резковато.\n\nО компании\nМагазины")
    a = pagecleaner.clean_text(text)
    assert a.page_type == "product" and ("Материал корпуса" in a.body) is kept and "резковато" not in a.body


@pytest.mark.parametrize("heading", ["Customer reviews (87)", "Отзывы о товаре"])
def test_the_reviews_heading_right_under_a_spec_sheet_ends_it(heading):
    text = ("Чайник Polaris\n\n2 399 ₽\n\nКупить\n\nОписание\n\n" + prose(1) + "\n\nХарактеристики\n"
            f"Объем 1.7 л\nМощность 2200 Вт\nМатериал корпуса стекло\nГарантия 1 год\n{heading}\nАндрей\n"
            "Закипает быстро, но крышка открывается резковато.\n\nО компании\nМагазины")
    a = pagecleaner.clean_text(text)
    assert a.page_type == "product" and "Гарантия 1 год" in a.body and "резковато" not in a.body


def test_a_documentation_pages_command_under_its_last_paragraph_is_its_own():
    text = ("Backups | Wiki\n\nBackups\n\n" + prose(1) + "\n\n" + prose(2) + "\n\nRestore it with:\n\n"
            "sudo -u postgres pg_restore --clean -d intranet /srv/backup/intranet.dump\n\nComments\n\n"
            "No comments yet.\n\nPowered by Wiki.js")
    a = pagecleaner.clean_text(text)
    assert a.page_type == "documentation" and "pg_restore --clean" in a.body and "No comments" not in a.body



def test_documentation_is_terse_a_short_sentence_is_its_prose():
    """Docsify's page as html_text: one paragraph, then an example, options and a note of nine words; on a
    documentation page a sentence of six words or more is prose, and the listings and labels between are its."""
    text = ("Konfiguration - wetterstation\n\nEinführung\nInstallation\nKonfiguration\nSensoren\nChangelog\n\n"
            "Konfiguration\n\n" + prose(1) + "\n\nBeispiel\n\n[sensor] intervall = 60\n\nOptionen\n\n"
            "intervall: Sekunden zwischen zwei Messungen, Standard 300.\n\n"
            "Nach einer Änderung muss der Dienst neu gestartet werden.\n\nZurück\nWeiter\n\nAuf GitHub bearbeiten")
    a = pagecleaner.clean_text(text)
    assert a.page_type == "documentation" and "neu gestartet" in a.body and "Sekunden zwischen" in a.body
    assert "Changelog" not in a.body


@pytest.mark.parametrize("order", ["name price blurb", "name blurb price"])
def test_a_products_short_description_over_or_under_its_price_is_its_own(order):
    """Saleor's product as scraped text: its name, price, then its short description (Shoptet's: the description
    over the price)."""
    parts = {"name": "Plecak turystyczny Granit 38 l", "price": "349,00 zł",
             "blurb": "Lekki plecak na jednodniowe wycieczki w góry, z wentylowanym systemem nośnym i pokrowcem."}
    lines = ["Plecak turystyczny Granit 38 l · Górski Sklep", *(parts[k] for k in order.split()), "Dostępny",
             "Dodaj do koszyka", "Opis", prose(1), prose(2)]
    a = pagecleaner.clean_text("\n\n".join(lines))
    assert a.page_type == "product" and "349,00 zł" in a.body and "Lekki plecak" in a.body



def test_a_service_pages_offers_over_its_last_paragraph_are_its_text():
    """Showit's page as html_text: its lead, "Mes formules" and two packages (a name, a sentence, a price each),
    then a paragraph: main_text weighs the short lines as a menu's and keeps the paragraph; the text opens at the
    lead over the heading of what the business offers."""
    lines = ["Formules | Léa Marchal Photographie", "Accueil Portfolio Formules Contact",
             "Photographe de mariage à Annecy",
             "Je photographie des mariages intimes au bord du lac et en montagne, jusqu'à la première danse.",
             "Mes formules", "Demi-journée", "Quatre heures de reportage, pour une cérémonie.", "1 200 €",
             "Journée complète", "De la préparation à la soirée, avec 400 photos retouchées.", "2 400 €",
             "Comment ça se passe", prose(1), "© 2026 Léa Marchal Photographie"]
    a = pagecleaner.clean_text("\n\n".join(lines))
    assert a.page_type == "service" and "mariages intimes" in a.body and "Demi-journée" in a.body
    assert "1 200 €" in a.body and "Accueil" not in a.body


def test_a_sort_option_that_reads_as_a_related_heading_ends_no_list_of_cards():
    """X-Cart's category as html_text: "Sort by: Recommended", then its options, then the cards."""
    cards = [line for i in range(3) for line in (f"Fly reel model {i}", f"${119 + i}.00", "Add to cart")]
    lines = ["Fly Fishing Reels", "Reels for trout and salmon, from light click-and-pawl reels to sealed drags.",
             "Sort by: Recommended", "Recommended", "Price Low - High", *cards]
    a = pagecleaner.clean_text("\n\n".join(lines))
    assert a.page_type == "collection" and "Fly reel model 2" in a.body and "$121.00" in a.body


SUPER_TEXT = ["Traducción jurada en Valencia | Lucía Ferrer, traductora jurada", "Inicio Tarifas Sobre mí Contacto",
              "Pide presupuesto", "Traducción jurada en Valencia",
              "Traducimos documentos oficiales del inglés y del francés al español, con la firma y el sello de una "
              "traductora jurada nombrada por el Ministerio.", "📞",
              "Escríbeme por WhatsApp al 612 345 678 o a hola@luciaferrer.example", "Qué documentos traducimos",
              "Títulos y expedientes académicos para homologar estudios.",
              "Certificados de nacimiento, matrimonio y antecedentes penales.", "Contratos, poderes y escrituras.",
              "Plazos y precios",
              "La mayoría de las traducciones están listas en tres días laborables. El precio depende del número de "
              "páginas; te enviamos el presupuesto el mismo día.", "Aviso legal Privacidad", "Made with Super"]


def test_a_scraped_list_of_short_sentences_its_bullets_lost_does_not_part_the_text():
    """(text) Notion's bullets flattened away: each item a short whole sentence, capital to full stop, between the
    lead and the next section; no menu's line reads so."""
    import pagecleaner
    a = pagecleaner.clean_text("\n\n".join(SUPER_TEXT))
    assert a.body.startswith("Traducimos documentos oficiales") and "Contratos, poderes y escrituras." in a.body
    assert "Inicio Tarifas" not in a.body and "Made with Super" not in a.body


def test_html_list_items_without_a_link_are_no_menu_whatever_their_capitals():
    """Payhip's product: its description's list in German, every noun a capital ("82 Seiten als PDF und EPUB"),
    over the stars' line and the reviews' heading: no link in them, no menu."""
    import pagecleaner
    items = "".join(f"<li>{t}</li>" for t in ("82 Seiten als PDF und EPUB", "12 Rezepte, von Weizen bis Roggen",
                                               "Sofort-Download nach dem Kauf"))
    page = (f'<html><head><meta property="og:type" content="product"></head><body><main><h1>Sauerteig-Handbuch</h1>'
            f'<div class="price">14,90 €</div><div class="description"><p>{prose(1)}</p><ul>{items}</ul></div>'
            '<div class="summary">★★★★★ (37 Bewertungen)</div><h2>Bewertungen</h2></main></body></html>')
    a = pagecleaner.clean(page, input="html")
    assert "82 Seiten als PDF und EPUB" in a.body and "Sofort-Download nach dem Kauf" in a.body


LEADPAGES_TEXT = """Steuerberatung Kranich – Steuerberater für Selbstständige in Leipzig

0341 123 45 67

Steuerberatung für Selbstständige in Leipzig

Wir kümmern uns um Buchhaltung, Steuererklärung und Fristen, damit Sie sich auf Ihre Arbeit konzentrieren können.

Kostenloses Erstgespräch

Laufende Buchhaltung

Wir buchen Ihre Belege monatlich und schicken Ihnen eine kurze Auswertung.

Jahresabschluss und Steuererklärung

Einnahmen-Überschuss-Rechnung, Einkommen- und Umsatzsteuererklärung aus einer Hand.

Existenzgründung

Wir beraten Sie vor dem Start zu Rechtsform, Kleinunternehmerregelung und Finanzamt.

© 2026 Steuerberatung Kranich · Karl-Liebknecht-Str. 12, 04107 Leipzig · Impressum · Datenschutz
"""


def test_short_titled_sections_in_a_row_are_the_text_not_a_menu():
    """(text) A business's offers, each a title of a word or three over its sentence: main_text keeps them (from
    the first offer's sentence on), not the one sentence between two titles it weighed as a menu's lines."""
    a = pagecleaner.clean_text(LEADPAGES_TEXT)
    for line in ("Wir buchen Ihre Belege monatlich", "Jahresabschluss und Steuererklärung", "Existenzgründung",
                 "Wir beraten Sie vor dem Start"):
        assert line in a.body


@pytest.mark.parametrize("sections, titled", [
    (3, True),
    (12, False),        # a dozen titled blurbs: a box of other pages (a diet site's other diets), no sections
])
def test_titled_sections_are_three_to_eight_in_a_row(sections, titled):
    lines = [line for i in range(sections)
             for line in (f"Offer number {i}", f"We do this for you every month and send a short report, part {i}.")]
    got = C._titled_sentences(make_blocks(*lines))
    assert got == ({2 * i for i in range(sections)} if titled else set())


def test_titled_sections_need_sentences_of_their_own():
    """A pricing table's plans repeat each feature's title and sentence: no sections of a text."""
    plan = ["Name check", "We confirm that the name of your company is free before filing.",
            "Tax consult", "A partner explains the taxes your new company may have to pay.",
            "Operating agreement", "It sets the guidelines of your company and settles disputes."]
    assert C._titled_sentences(make_blocks(*plan)) == {0, 2, 4}
    assert not C._titled_sentences(make_blocks(*plan, *plan))
    assert not C._titled_sentences(make_blocks("Why Movies Went Long", "Thanks To A Film From Italy In 1913.",
                                               "Cats Online", "Can Cats Really Learn Their Names Or Not?",
                                               "Dog Years", "How Old Is Your Dog In Human Years Now."))


def test_a_comments_link_on_every_card_of_a_list_is_no_comments_head():
    """Nikola's post list as scraped text: each card's "Komentarze" link, under its date, over its teaser."""
    cards = [("Własny serwer DNS w domu na Raspberry Pi", "2026-11-18 20:00",
              "Jak postawiłem Pi-hole z Unboundem i co zyskała na tym cała rodzina."),
             ("Backup zdjęć z telefonu bez chmury", "2026-10-27 19:30",
              "Syncthing, stary dysk i trochę skryptów w Pythonie, które robią to za mnie co noc."),
             ("Dlaczego przesiadłem się z Vima na Helixa", "2026-10-02 21:10",
              "Po dziesięciu latach z Vimem wystarczył jeden weekend, żeby zmienić nawyki.")]
    text = "Notatki z piwnicy\n\nArchiwum\nTagi\nKanał RSS\n\nWpisy\n\n" + "\n\n".join(
        f"{title}\n\nPaweł Nowicki\n\n{when}\n\nKomentarze\n\n{teaser}\n\nCzytaj dalej…" for title, when, teaser in cards)
    a = pagecleaner.clean_text(text + "\n\nStarsze wpisy\n")
    assert a.page_type == "listing"
    assert all(teaser in a.body for _, _, teaser in cards)


# a product's tab menu run on into its spec sheet, as html_text flattens Newegg's page
TABS_AND_SPECS = ("Overview", "Specs", "Reviews", "Q&A", "Specifications", "Model", "Brand Corsa", "Capacity 1TB",
                  "Details", "Interface PCIe Gen4 x4", "Form Factor M.2 2280", "Max Read Up to 7000 MBps")


@pytest.mark.parametrize("page_type, rows, menu", [
    ("product", TABS_AND_SPECS, 4),          # the menu ends over the sheet's heading (not the tab's "Specs")
    ("article", TABS_AND_SPECS, 12),         # (an article's run: all of it a menu)
    ("product", ("Popis", "Parametry", "Hodnocení (4)", "Diskuze", "Dotazy", "Recenze"), 6),   # tabs only
])
def test_a_products_tab_menu_ends_over_its_spec_sheets_heading(ctx, page_type, rows, menu):
    from dataclasses import replace
    out = C.nav_run.fn(make_blocks(*rows), replace(ctx, page_type=page_type))
    assert [b.removed_by == "nav_run" for b in out] == [True] * menu + [False] * (len(rows) - menu)


@pytest.mark.parametrize("rows, menu", [
    # (scraped text) the sheet goes on past the run: "Gewicht 1,3 kg", no title case, ends it, its rows still count
    (("Reviews", "Q&A", "Technische Daten", "Leistung 2200 Watt", "Fassungsvermögen 1,7 Liter", "Material Edelstahl",
      "Gewicht 1,3 kg"), 2),
    (("Reviews", "Q&A", "Technische Daten", "Leistung 2200 Watt", "Fassungsvermögen 1,7 Liter", "Material Edelstahl",
      prose(1)), 6),               # (three rows: no sheet, a menu's run)
])
def test_a_products_tab_menu_ends_over_a_sheet_that_goes_on_past_it(ctx, rows, menu):
    out = C.nav_run.fn(make_blocks(*rows), replace(ctx, page_type="product"))
    assert [b.removed_by == "nav_run" for b in out[:6]] == [True] * menu + [False] * (6 - menu)


@pytest.mark.parametrize("last, menu", [
    ("Garanti Süresi 24 Ay", [False] * 5),             # the rows under the sheet's heading (and the reviews'
    ("Garanti Süresi", [False] + [True] * 4),          # heading, main_text's); (half of them unmeasured: a
])                                                     # menu's run, up from under the first row)
def test_a_runs_rows_under_a_spec_sheets_heading_over_it_are_no_menus(ctx, last, menu):
    """(scraped text) Hepsiburada's sheet as html_text flattens it: its heading and first row ("Kapasite 4 fincan",
    no menu's line) over a run the menu rule took, the rest of its rows and the reviews' heading under them."""
    rows = ("Ürün Özellikleri", "Kapasite 4 fincan", "Güç 735 W", "Renk Bakır" if "24" in last else "Renk",
            last, "Değerlendirmeler")
    out = C.nav_run.fn(make_blocks(*rows), replace(ctx, page_type="product"))
    assert [b.removed_by == "nav_run" for b in out[1:]] == menu


@pytest.mark.parametrize("page_type, menu", [("product", 3), ("article", 5)])
def test_a_products_breadcrumb_run_ends_over_the_line_that_shows_its_name(ctx, page_type, menu):
    """(scraped text) The trail's last lines run on into the product's name (which goes on past the page's title),
    its numbers and its price: on a product's page the menu ends over the name."""
    rows = ("BOSCH TWK7203 Wasserkocher Edelstahl, 2200 Watt | MediaMarkt", "Startseite", "Küche", "Wasserkocher",
            "BOSCH TWK7203 Wasserkocher Edelstahl, 2200 Watt, 1,7 Liter", "Art.-Nr. 2471188 | Hersteller-Nr. TWK7203",
            "59,99 €", "Stock Status", prose(1))
    out = C.nav_run.fn(make_blocks(*rows), replace(ctx, page_type=page_type))
    assert [b.removed_by == "nav_run" for b in out[1:8]] == [True] * menu + [False] * (7 - menu)
    assert out[4].kept is (page_type == "product")


@pytest.mark.parametrize("page_type,kept", [("documentation", True), ("article", False)])
def test_a_documentation_pages_listing_under_its_own_heading_over_the_texts_heading_is_its_own(ctx, page_type,
                                                                                              kept):
    """A manual page's "SYNOPSIS" and its listing over "DESCRIPTION" and its paragraph (Perl's POD on MetaCPAN):
    a section of the text's, its heading with it."""
    blocks = make_blocks("SYNOPSIS", "use Text::Tidyline qw(tidy fold);", "DESCRIPTION", prose(1), prose(2))
    blocks = [b._replace(kind="heading", level=1) if i in (0, 2) else b for i, b in enumerate(blocks)]
    blocks[1] = blocks[1]._replace(kind="code")
    out = C.main_text.fn(blocks, replace(ctx, page_type=page_type))
    assert [b.kept for b in out[:3]] == [kept, kept, True] and out[3].kept


def test_the_tags_under_a_label_the_tag_rule_took_stay_out_though_links_inside_the_article_come_back(ctx):
    """A card's "Categories:" over its one linked category, among the cards main_text keeps: the label went as a
    tag list's, and so does its item (the link rule's), not given back as a list inside the article."""
    blocks = make_blocks(prose(1), "Categories:", "Hiking", prose(2), "Contents item", prose(3))
    blocks[1] = blocks[1].remove("tag_widget", "tag or topic list")
    blocks = [b._replace(kind="list_item").remove("link_density", "100% of the text is links") if i in (2, 4) else b
              for i, b in enumerate(blocks)]
    out = C.main_text.fn(blocks, ctx)
    assert [b.kept for b in out] == [True, False, False, True, True, True]



SANDCASTLE_TEXT = ["Runs an action and retries it when it throws a transient exception, waiting longer after each "
                   "attempt.", "Namespace: Tidewater.Resilience",
                   "Assembly: Tidewater (in Tidewater.dll) Version: 3.1.0", "Syntax", "C#", "Copy",
                   "public void Execute( Action action, int maxAttempts = 3 )", "Parameters", "action",
                   "Type: System. Action", "The work to run.", "maxAttempts (Optional)", "Type: System. Int32",
                   "How many times to try before giving up."]


def test_a_members_syntax_and_parameters_under_its_summary_are_its_text():
    """(text) Sandcastle's page as html_text: the member's summary, its namespace and assembly, its syntax under
    the listing's header ("C#" / "Copy", no menu's items), its parameters, each a name over its type and a line."""
    a = pagecleaner.clean_text("\n\n".join(["RetryPolicy.Execute Method", "Tidewater API", "Tidewater.Resilience",
                                             "RetryPolicy Class", "Execute Method", *SANDCASTLE_TEXT,
                                             "See Also", "Reference", "RetryPolicy Class"]))
    assert a.page_type == "documentation"
    for line in ("public void Execute(", "The work to run.", "How many times to try before giving up."):
        assert line in a.body


def test_a_declaration_over_the_texts_first_paragraph_is_its_text():
    """odoc's module page: the first section's heading, a type's declaration alone in its <div> ("type policy"),
    then the members' descriptions where main_text's span begins."""
    specs = "".join(f'<div class="spec"><code>val f{i} : int -&gt; policy</code></div><div class="doc"><p>{prose(i)}'
                    f'</p></div>' for i in range(1, 4))
    html = ('<html><head><meta name="generator" content="odoc 2.4.1"></head><body><h1>Module Tidewater.Retry</h1>'
            f'<h2>Policies</h2><div class="spec"><code>type policy</code></div><div class="doc"><p>{prose(0)}</p>'
            f'</div>{specs}</body></html>')
    a = pagecleaner.clean(html, input="html")
    assert a.page_type == "documentation" and "type policy" in a.body


def test_an_endpoints_parameter_table_under_its_description_is_its_text():
    """(text) apiDoc's page as html_text: under the endpoint's description its address, "Parameter" and the
    table's rows, each field and type over its description, are the text."""
    lines = ["Tidewater API", prose(1), "Create a shipment", "Creates a shipment and returns it with its tracking "
             "number.", "https://api.tidewater.example/v2/shipments", "Parameter", "Field Type Description weight "
             "Number", "Weight of the parcel in grams.", "to String", "Destination postcode.",
             "Generated with apidoc 1.2.0 - Mon Mar 09 2026 10:14:02 GMT+0100"]
    a = pagecleaner.clean_text("\n\n".join(lines))
    assert a.page_type == "documentation" and "Destination postcode." in a.body and "Parameter" in a.body



def test_a_terse_pages_short_sentences_around_its_one_paragraph_are_its_text():
    """A small firm's services page as scraped text (Mozello's, Strato's): its menu, its heading, each service a name
    over one short sentence (eight words, under prose's ten), then its prices' paragraph, the one line long enough
    for prose, then its footer. The short sentences around that paragraph are the page's text too."""
    text = ("Home\nServices\nAbout us\nContact\n\nBookkeeping for small firms\n\n"
            "Bookkeeping\n\nMonthly records, bank statements and the annual report.\n\n"
            "Payroll\n\nContracts, payslips and the returns to the tax office.\n\n"
            "Prices\n\nOur services start at 60 euros a month, depending on how many documents you have. "
            "The first consultation is free.\n\n© 2026 Numbers and Co\n")
    body = pagecleaner.clean_text(text).body
    assert "Our services start at 60 euros" in body
    assert "Monthly records, bank statements" in body and "Contracts, payslips and the returns" in body


def test_a_scraped_products_one_answer_under_its_questions_heading_is_not_its_text():
    """The Home Depot's product as scraped text: its details and specifications in short lines, then "Questions &
    Answers" over a buyer's question and its answer, the only sentence long enough for prose."""
    text = ("Ridgeline 20V Cordless Drill/Driver Kit\n\nModel # RD2001K\n\n$99.00\n\nAdd to Cart\n\n"
            "Product Details\n\nCompact drill for drilling and driving in wood.\n\nIncludes battery, charger "
            "and bag.\n\nSpecifications\n\nVoltage\n20 V\n\nQuestions & Answers\n\nDoes it come with a second "
            "battery? No, one 2.0 Ah battery is included.\n\n© 2000-2026 Home Depot Product Authority, LLC.\n")
    a = pagecleaner.clean_text(text)
    assert a.page_type == "product"
    assert "Includes battery, charger and bag." in a.body and "second battery" not in a.body


def test_a_scraped_products_one_review_under_its_heading_is_not_its_text():
    """Shein's product as scraped text: its name, price, sizes and fields, no description in prose; the only
    sentence long enough for prose is a review under "Customer Reviews" and the average over it. The product is
    what stands above the reviews."""
    text = ("Solid Button Front Cardigan\n\nSKU: sw2209014521832645\n\n$14.49\n\nSize\nXS\nS\nM\nL\n\n"
            "ADD TO CART\n\nDescription\n\nColor: Apricot\n\nStyle: Casual\n\nComposition: 100% Acrylic\n\n"
            "Customer Reviews\n\n4.91\n\nSo soft and the color is exactly like the picture online.\n\n"
            "©2009-2026 Shop All Rights Reserved\n")
    a = pagecleaner.clean_text(text)
    assert a.page_type == "product"
    assert "Composition: 100% Acrylic" in a.body and "exactly like the picture" not in a.body


HEMA_DESCRIPTION = ("Deze dubbelwandige thermosfles houdt je thee tot 12 uur warm en je water tot 24 uur koud. De "
                    "schroefdop sluit lekvrij, dus hij kan zo in je tas.")


def _hema(price: str = "14,00", reviews: str = "reviews") -> str:
    """HEMA's product as scraped text: everything in small letters, its price with no currency."""
    return "\n\n".join(["thermosfles 500 ml - HEMA", "home > keuken > thermosfles 500 ml", "thermosfles 500 ml",
                         price, "in winkelmand bewaren als favoriet bekijk voorraad in de winkel",
                         "productinformatie", HEMA_DESCRIPTION, "artikelnummer 80640061", reviews, "5",
                         "Echt lekvrij", "Zit elke dag in mijn tas en er is nog nooit iets uitgelekt, ook niet als "
                         "hij op zijn kant ligt.", "Sanne, 12 november 2026", "© HEMA B.V."])


def test_a_scraped_products_price_without_its_currency_opens_its_fields_and_its_reviews_end_it():
    a = pagecleaner.clean_text(_hema())
    assert a.page_type == "product"
    assert "14,00" in a.body.split("\n\n") and "productinformatie" in a.body and HEMA_DESCRIPTION in a.body
    assert "artikelnummer 80640061" in a.body and "Echt lekvrij" not in a.body and "uitgelekt" not in a.body


@pytest.mark.parametrize("reviews", ["Hodnocení (12)", "التقييمات (87)", "Отзывы"])
def test_a_scraped_products_reviews_heading_in_more_languages_ends_it(reviews):
    a = pagecleaner.clean_text(_hema(reviews=reviews))
    assert "artikelnummer 80640061" in a.body and "uitgelekt" not in a.body


def _jarir(box: str) -> str:
    """Jarir's product as html_text flattens it (Arabic): the name, its number, the rating, the price box on a line,
    the instalments, the stock, the quantity and buttons, the delivery, the tab, the description, a related product."""
    description = ("تلغي سماعات WH-1000XM5 الضوضاء بثمانية ميكروفونات ومعالجين، وتوفر حتى 30 ساعة من التشغيل "
                   "بشحنة واحدة.")
    return "\n\n".join(["سماعات سوني WH-1000XM5 - أسود | مكتبة جرير", "الرئيسية", "سوني",
                          "سماعات سوني WH-1000XM5 - أسود", "رقم المنتج: 611234", "4.6 (87 تقييم)", box,
                          "أو قسّمها على 4 دفعات بقيمة 299.75 ر.س مع تابي", "متوفر",
                          "الكمية أضف إلى السلة أضف إلى المفضلة", "توصيل خلال 2-4 أيام عمل", "نظرة عامة",
                          description, "وزنها 250 غراماً فقط، ويمكن شحنها 3 دقائق للحصول على 3 ساعات.",
                          "منتجات ذات صلة", "بوز QuietComfort 45 1,099 ر.س", "© 2026 مكتبة جرير"])


@pytest.mark.parametrize("box,kept", [
    ("1,199 ر.س السعر السابق 1,499 ر.س وفّر 300 ر.س السعر شامل ضريبة القيمة المضافة", True),   # (its price box on
    ("عرض البنك خصم 10% حتى 150 ر.س على الطلبات فوق 1,000 ر.س وفق الشروط والأحكام المطبقة", False)])   # a line)
def test_a_scraped_products_price_box_on_a_line_is_one_of_its_fields(box, kept):
    """The price box flattened onto a line of more than twelve words, opening with the price, is one of the fields
    under the name; a bank's offer with two amounts in it, opening with words, is no price box."""
    a = pagecleaner.clean_text(_jarir(box))
    assert a.page_type == "product" and ("رقم المنتج: 611234" in a.body) is kept


def test_a_scraped_products_reviews_heading_that_is_a_sentence_ends_nothing():
    """"Reviews" opening a sentence is the product's text, no heading over its reviews."""
    a = pagecleaner.clean_text(_hema(reviews="Reviews zeggen dat hij lekvrij is"))
    assert "uitgelekt" in a.body


def test_a_sphinx_seealso_boxs_links_stay_and_its_signature_says_documentation():
    """DevDocs' copy of Python's docs: one function, its signature a <dt class="sig sig-object py">, a "seealso" box
    whose title is a <p> over a <p> of links."""
    html = ('<html><body><div class="_page _sphinx"><h1>statistics.median</h1><dl class="py function">'
            '<dt class="sig sig-object py" id="statistics.median">statistics.median(data)</dt>'
            f'<dd><p>{prose(1)}</p><p>{prose(2)}</p><div class="admonition seealso"><p class="admonition-title">See '
            'also</p><p><a href="#a">median_low()</a>, <a href="#b">median_high()</a></p></div></dd></dl></div>'
            '</body></html>')
    a = pagecleaner.clean(html, input="html")
    assert a.page_type == "documentation" and "median_low(), median_high()" in a.body


@pytest.mark.parametrize("page_type, kept", [("documentation", True), ("article", False)])
@pytest.mark.parametrize("heading", ["Related resources", "Additional resources"])
def test_a_manuals_related_resources_keep_their_links(page_type, kept, heading):
    """AWS's docs: "Related resources" over a list of links to other pages of the guide, each an <li><p><a>: the
    page's own references on a documentation page; other stories' links on an article."""
    items = "".join(f'<li><p><a href="/{i}.html">Transitioning objects number {i}</a></p></li>' for i in range(2))
    markup = '{"@type": "TechArticle"}' if page_type == "documentation" else '{"@type": "NewsArticle"}'
    html = (f'<html><head><script type="application/ld+json">{markup}</script></head><body><main>'
            f'<h1>Configuring a lifecycle rule</h1><p>{prose(1)}</p><p>{prose(2)}</p><h2>{heading}</h2>'
            f'<ul>{items}</ul></main></body></html>')
    a = pagecleaner.clean(html, input="html")
    assert a.page_type == page_type
    assert ("Transitioning objects number 1" in a.body) is kept and (heading in a.body) is kept


def _manual(cut: str) -> str:
    """A module's reference as soup flattens it: its description, its fields (one a rule cuts), its members."""
    return "\n\n".join([
        "Module tidekit.tables", "Tide tables: high and low water for a station and a day.",
        "The times come from the harmonic constants of each station, as published by the national office.",
        "Info:", "License: MIT", cut, "Functions", "for_day (station, date)", "The high and low waters of one day.",
        "Parameters:", "station", "the station's code", "Returns:", "the day's extremes, in time order",
        "Times are local to the station, daylight saving applied to every one of them.",
        "Documentation generated by JSDoc 4.3.2"])


@pytest.mark.parametrize("cut", ["Author: Maren Voss",     # (its byline, which goes to the byline field)
                                 "Expand"])                # (a widget's button among the steps)
def test_a_line_cut_among_a_manuals_short_lines_does_not_end_its_text(cut):
    article = pagecleaner.clean_text(_manual(cut))
    assert article.page_type == "documentation"
    assert "License: MIT" in article.body and "Parameters:" in article.body and "the station's code" in article.body


def test_a_spec_sheets_heading_under_the_descriptions_last_field_starts_the_sheet():
    """Americanas' "ficha técnica" under "Itens inclusos: …", its rows a line each as html_text flattens them."""
    rows = ["Código 4820113955", "Marca Mondial", "Modelo AF-30", "Capacidade 4 litros", "Potência 1500 W"]
    text = "\n\n".join(["Fritadeira Air Fryer Mondial 4L", "R$ 349,90", "comprar", "informações do produto",
                        prose(1), prose(2), "Itens inclusos: 1 fritadeira, 1 cesto removível, 1 manual.",
                        "ficha técnica", "\n".join(rows), "avaliações dos clientes", "Excelente"])
    article = pagecleaner.clean_text(text)
    assert article.page_type == "product"
    assert all(row in article.body for row in rows)


@pytest.mark.parametrize("rows,fields", [
    ("Caracteristici generale\t\nPutere\t185 W\nCuloare\tAlb", 3),    # (a group's heading across both cells)
    ("Caracteristici generale\t\nAlte caracteristici\t", 0),           # (headings alone: no fields)
])
def test_a_spec_tables_groups_heading_row_is_one_of_its_rows(rows, fields):
    """ALTEX's "Specificatii": a row across both cells ("Caracteristici generale") over the fields' rows."""
    assert C._field_rows(make_block(rows, kind="table")) == fields


def test_a_romanian_spec_sheets_heading_opens_it():
    assert C.SPEC_HEADING.match("Specificatii") and C.SPEC_HEADING.match("Specificații tehnice")


def _soup_thread(buttons_over: bool) -> str:
    """Three posts as soup splits them, each its author, its text and its buttons a line each ("Reply" / "Report"),
    under its text (Discuz's) or over it (HFR's), then the board's footer."""
    posts = []
    for i in range(3):
        text = prose(i)
        posts += [f"author_{i}", "Reply", "Report", text] if buttons_over else [f"author_{i}", text, "Reply", "Report"]
    return "\n\n".join(["Decoder hum at low speed", *posts, "Back to list",
                         "Dark room | Archiver | Mobile version | Railway Modellers Club"])


def test_a_thread_ends_with_its_last_posts_buttons_under_its_text():
    article = pagecleaner.clean_text(_soup_thread(buttons_over=False))
    assert article.page_type == "forum" and prose(2) in article.body and "Archiver" not in article.body


def test_a_threads_last_post_under_its_buttons_stays():
    article = pagecleaner.clean_text(_soup_thread(buttons_over=True))
    assert article.page_type == "forum" and prose(2) in article.body


def test_end_matter_removes_a_heading_over_only_subheadings_over_nothing(ctx):
    """A specification's "Index" over "Terms defined by this specification" over its list of terms, which the link
    rule took, then "References": the subheading heads nothing, so the heading over it heads nothing either; a
    heading over a subheading over kept text stays."""
    def page(under_kept: bool) -> list:
        terms = make_block("tide line, in § 2", 3, kind="list_item")
        return [make_block(prose(1), 0), make_block("Index", 1, kind="heading", level=2),
                make_block("Terms defined by this specification", 2, kind="heading", level=3),
                terms if under_kept else terms.remove("link_density", "test"),
                make_block("References", 4, kind="heading", level=2), make_block(prose(2), 5)]
    assert [b.kept for b in C.end_matter.fn(page(False), ctx)] == [True, False, False, False, True, True]
    assert all(b.kept for b in C.end_matter.fn(page(True), ctx))


@pytest.mark.parametrize("ul_class, kept", [("related", True), ("footer-links", False)])
def test_a_help_topics_related_list_that_the_class_rule_took_comes_back_under_its_heading(ul_class, kept):
    """RoboHelp's topic: "Verwandte Themen" over a list whose class says "related", which the class rule took;
    under a see-also heading on a documentation page it is the manual's own references. A list the class rule took
    for another reason (the footer's links) stays out."""
    items = "".join(f'<li><a href="/t{i}.htm">Daten exportieren Teil {i}</a></li>' for i in range(2))
    html = (f'<html><head><meta name="generator" content="Adobe RoboHelp 2022"></head><body><main>'
            f'<h1>Messstation einrichten</h1><p>{prose(1)}</p><p>{prose(2)}</p><h2>Verwandte Themen</h2>'
            f'<ul class="{ul_class}">{items}</ul></main></body></html>')
    a = pagecleaner.clean(html, input="html")
    assert a.page_type == "documentation" and ("Daten exportieren Teil 1" in a.body) is kept


@pytest.mark.parametrize("search,gone", [
    ("search box label", True),     # the menu's search button, which search_prompt took first, counts in its run
    ("results counter", False),     # a count of results is no item of a menu
])
def test_a_menus_search_button_counts_in_its_run(search, gone, ctx):
    """Chyrp's header as soup flattens it: "Blog" / "Archief" / "Over" / "Zoeken"."""
    blocks = [*make_blocks("Blog", "Archief", "Over"), make_block("Zoeken", 3).remove("search_prompt", search),
              make_block(prose(1), 4)]
    out = C.nav_run.fn(blocks, ctx)
    assert all(b.removed_by == "nav_run" for b in out[:3]) is gone


@pytest.mark.parametrize("line", ["Οι πελάτες είδαν επίσης", "Παρόμοια προϊόντα", "Μπορεί επίσης να σας αρέσει"])
def test_a_greek_shops_heading_over_other_products_is_a_related_heading(line, ctx):
    assert C.related_heading(make_block(line), ctx)


def test_references_are_a_section_of_a_documentation_page():
    """Quarto's "References" over a list of links: the page's own references on a documentation page."""
    heading = make_block("References", kind="heading", level=2)
    assert not C.related_heading(heading, Context(config=Config(), page_type="documentation"))
    blocks = [make_block(prose(1), 0), make_block("References", 1, kind="heading", level=2),
              make_block("pandas documentation: IO tools", 2, kind="list_item", link_chars=30).remove(
                  "link_density", "100% of the text is links")]
    assert C._see_also_links(blocks)[2].kept


@pytest.mark.parametrize("line", ["Quem viu este produto também viu", "Quem comprou também comprou",
                                  "Você também pode gostar"])
def test_a_portuguese_shops_heading_over_other_products_is_a_related_heading(line, ctx):
    assert C.related_heading(make_block(line), ctx)


@pytest.mark.parametrize("line", ["看過此商品的人也看了", "猜你喜歡", "相關商品"])
def test_a_chinese_shops_heading_over_other_products_is_a_related_heading(line, ctx):
    assert C.related_heading(make_block(line), ctx)


SPHINX_PL = ("Konfiguracja połączenia", "",
             "Biblioteka łączy się ze stacją pogodową przez port szeregowy albo przez sieć. Ustawienia połączenia "
             "można podać w pliku albo bezpośrednio w kodzie.", "",
             "Port szeregowy ma pierwszeństwo przed adresem sieciowym, jeśli podano oba.", "",
             "Funkcja polacz()", "", "pogodynka. polacz (adres = None, limit_czasu = 5.0)", "",
             "Otwiera połączenie ze stacją i zwraca obiekt Stacja.", "", "Parametry:", "",
             "adres – adres IP stacji; bez niego biblioteka czyta plik konfiguracyjny.", "",
             "limit_czasu – ile sekund czekać na odpowiedź stacji.", "", "Zgłasza:", "",
             "TimeoutError – gdy stacja nie odpowie w czasie.", "", "Poprzednia", "Instalacja", "Następna",
             "Dokumentacja API", "", "Created using Sphinx 8.1.3. and Sphinx-Immaterial")


def test_an_api_members_sections_under_their_labels_stay_with_the_text_as_text():
    """Sphinx's page in Polish as html-text flattens it: the function's signature, its sentence, "Parametry:" and
    "Zgłasza:" over their short lines, which weighed as a menu's; the pager under them goes."""
    import pagecleaner
    a = pagecleaner.clean_text("\n".join(SPHINX_PL))
    assert a.page_type == "documentation"
    assert all(t in a.body for t in ("Parametry:", "limit_czasu – ile sekund", "Zgłasza:", "TimeoutError"))
    assert "Poprzednia" not in a.body


# a YUIDoc class page as html-text flattens it: the class's description, its constructor's signature split at its
# brackets, its parameters, the class's tabs and its index of members (a menu's run), then its methods' sections
YUIDOC_TEXT = [
    "Scheduler - taskrunner", "API Docs for: 1.4.0", "APIs", "Classes", "Modules", "Queue", "Scheduler", "Task",
    "Scheduler Class",
    "Runs tasks from a queue, at most concurrency at a time, highest priority first. A task that throws is retried "
    "up to retries times before the scheduler emits failed.",
    "Constructor", "Scheduler", "(", "options", ")", "Defined in src/scheduler.js:12", "Parameters:", "options Object",
    "Settings for the scheduler.", "[retries=0] Number optional", "How often a failed task is tried again.",
    "Index", "Methods", "Events", "Item Index", "Methods", "add", "start", "Methods", "add", "(", "task", ")",
    "Number", "Defined in src/scheduler.js:40", "Puts a task in the queue.", "Parameters:", "task Function",
    "A function that returns a promise.", "Returns:", "Number: The task's id."]


def test_an_api_references_sections_go_on_past_its_tabs_and_index_as_text():
    """The constructor's signature split at its brackets is no menu's run; the methods' sections under the tabs and
    the index, a label with its colon among their first lines, are the reference's too; the links to the source
    go."""
    a = pagecleaner.clean_text("\n\n".join(YUIDOC_TEXT))
    body = a.body.split("\n\n")
    assert a.page_type == "documentation"
    assert "Settings for the scheduler." in body and "A function that returns a promise." in body
    assert "Number: The task's id." in body and not any(line.startswith("Defined in") for line in body)


# a shop's product page as html-text flattens it (DATART's): the breadcrumb trail's lines run into the name, which
# says the product's kind before the title's name; its fields, prices and buttons, then its description
DATART_TEXT = [
    "Sony WH-1000XM5 černá | DATART", "Hledat", "Přihlásit Košík", "Mobily Počítače Audio Akce", "DATART", "Audio",
    "Sluchátka", "Bezdrátová sluchátka Sony WH-1000XM5 černá", "Kód: 1234567 | EAN: 4548736132610",
    "★★★★★ 42 hodnocení", "Typ: přes hlavu", "Aktivní potlačení hluku", "Výdrž baterie až 30 hodin",
    "Bluetooth 5.2", "Původní cena 10 490 Kč", "8 990 Kč", "Na splátky od 749 Kč měsíčně",
    "Skladem · Doručíme zítra", "Do košíku Porovnat Hlídat cenu", "Popis Parametry Hodnocení (42)",
    "Popis produktu",
    "Sluchátka Sony WH-1000XM5 mají osm mikrofonů a dva procesory, které potlačí hluk v letadle i v kanceláři. "
    "Lehká konstrukce a měkké náušníky se hodí i na dlouhé cesty.",
    "Hodnocení zákazníků", "Petr ★★★★★", "Potlačení hluku je skvělé, ve vlaku neslyším nic.", "Kontakt"]


def test_a_products_name_with_its_kind_before_the_title_heads_its_fields_as_text():
    """The menu's run ends over the name, "Bezdrátová sluchátka" before the title's "Sony WH-1000XM5 černá"; the
    fields under it are the product's (the buy button's row is none of them: thirteen lines are no more than
    FIELD_REACH's twelve), and it is the headline."""
    a = pagecleaner.clean_text("\n\n".join(DATART_TEXT))
    body = a.body.split("\n\n")
    assert a.page_type == "product" and a.headline == "Bezdrátová sluchátka Sony WH-1000XM5 černá"
    assert {"Kód: 1234567 | EAN: 4548736132610", "8 990 Kč", "Na splátky od 749 Kč měsíčně"} <= set(body)
    assert "★★★★★ 42 hodnocení" not in body and "Do košíku Porovnat Hlídat cenu" not in body


def test_a_description_heading_that_names_the_product_right_over_it_is_no_name_as_text():
    """'Produktinformationen "Bräter rund"' right over the description, nothing between: the description's heading;
    the fields under the name further up stay with the text."""
    lines = ["Bräter rund, 28 cm | KW-1028", "Startseite", "Kochen", "Backen", "Messer", "Bräter rund, 28 cm",
             "129,90 €*", "Sofort verfügbar", "In den Warenkorb", "Produktnummer: KW-1028", "Zum Merkzettel hinzufügen",
             "Beschreibung", "Bewertungen",
             'Produktinformationen "Bräter rund, 28 cm"',
             "Unser runder Bräter wird in einer kleinen Gießerei im Siegerland in Sandformen gegossen und "
             "anschließend von Hand emailliert, und das schwere Gusseisen speichert die Wärme lange.", "Impressum"]
    body = pagecleaner.clean_text("\n\n".join(lines)).body.split("\n\n")
    assert "129,90 €*" in body and "Produktnummer: KW-1028" in body


# a Doctum class page as html-text flattens it: its description, then its constants, methods and details, short
# lines and labels without a colon ("Parameters", "Return Value")
DOCTUM_TEXT = [
    "Harbor\\Http\\RetryMiddleware | Harbor API", "Harbor", "Http", "Client", "RetryMiddleware", "Harbor API",
    "Classes", "Namespaces", "Interfaces", "Index", "Search", "class", "Harbor", "\\", "Http", "\\",
    "RetryMiddleware", "RetryMiddleware final", "class RetryMiddleware implements MiddlewareInterface (View source)",
    "Sends a failed request again after a pause.",
    "Only idempotent requests are retried; the pause doubles after each attempt.",
    "Constants", "MAX_TRIES", "Attempts before the error is thrown.", "Methods",
    "__construct (int $maxTries = 3, int $delayMs = 200)", "No description", "ResponseInterface",
    "handle (RequestInterface $request, callable $next)", "Runs the request, retrying it while it fails.", "Details",
    "at line 24", "__construct(int $maxTries = 3, int $delayMs = 200)", "No description", "Parameters",
    "int $maxTries", "int $delayMs", "at line 41",
    "ResponseInterface handle(RequestInterface $request, callable $next)",
    "Runs the request, retrying it while it fails.", "Parameters", "RequestInterface $request",
    "The request to send.", "callable $next", "The next handler in the stack.", "Return Value", "ResponseInterface",
    "The first response that did not fail.", "Exceptions", "TransportException", "When every attempt failed.",
    "Generated by Doctum, a API Documentation generator and fork of Sami."]


def test_an_api_references_constants_and_methods_under_its_description_are_its_sections_as_text():
    """The class's description is the densest prose; its "Constants" and "Methods" under it are the reference's
    sections, their short lines kept with it (one line after another, as html-text writes them)."""
    a = pagecleaner.clean_text("\n".join(DOCTUM_TEXT))
    body = a.body.split("\n\n")
    assert a.page_type == "documentation"
    assert "Attempts before the error is thrown." in body and "The first response that did not fail." in body


def _matas(maker: str = "Nordlys Hudpleje") -> str:
    """A shop's product as scraped text: the title, the menu and trail, the maker's line over the name's, the price,
    the buttons, the article number, then the description."""
    lines = ["Nordlys Hudpleje Fugtcreme Havtorn 50 ml | Matas", "Makeup", "Hudpleje", "Hår", "Parfume", "Forside",
             "Hudpleje", "Dagcreme", maker, "Fugtcreme Havtorn 50 ml", "149,95 kr.", "Literpris 2.999,00 kr.",
             "Læg i kurv", "Varenr. 100482311", "Beskrivelse", prose(1), "Anmeldelser", "© 2026 Matas A/S"]
    return "\n\n".join(lines)


@pytest.mark.parametrize("maker,named", [("Nordlys Hudpleje", True), ("Vegansk", False)])
def test_a_products_name_under_its_makers_line_heads_its_fields(maker, named):
    """The maker's line and the name's under it make the page's title: the name is the headline, the menu ends over
    the maker, and the price and the article number between the name and the description stay."""
    a = pagecleaner.clean_text(_matas(maker))
    lines = a.body.split("\n")
    assert a.page_type == "product"
    assert (a.headline == "Fugtcreme Havtorn 50 ml" and "149,95 kr." in lines and "Varenr. 100482311" in lines) \
        is named


@pytest.mark.parametrize("button,gone,lead", [("Iscriviti ora", "social_prompt", 0), ("Prenota ora", None, 0),
                                              ("Un corso che si segue da casa, quando vuoi.", None, 1)])
def test_a_service_pages_lead_stands_over_its_button_whichever_rule_took_it(button, gone, lead):
    """(text) The hero's sentence over its button and the heading of what it offers: the button "Iscriviti ora",
    which reads as a prompt to subscribe and went first, is one of the short lines between them; a sentence is
    none."""
    blocks = make_blocks(prose(0), button, "Cosa imparerai")
    if gone:
        blocks[1] = blocks[1].remove(gone, "prompt")
    ctx = Context(config=Config(), input="text", page_type="service")
    assert C._over_short_lines(blocks, 2, ctx) == lead


def test_a_table_in_scraped_text_between_the_texts_paragraphs_stays_in_it():
    """A team's rota laid out in columns of spaces (inscriptis'), under its heading, between the page's paragraphs
    and its last: its rows are no menu's run, and the paragraph under it is the text's."""
    rota = ("  Service        Primary           Escalate to        \n"
            "  Checkout API   On-call engineer  Payments lead      \n"
            "  Search         On-call engineer  Search team channel\n"
            "  Data pipeline  Data on-call      Head of data       \n")
    text = "\n\n".join(["On-call handoff checklist", prose(5), "Before the call", prose(2), "Who covers what", rota,
                        "Note: if an incident is still open at handoff time, the outgoing engineer stays on it "
                        "until it is resolved.", "Tags: on-call process", "Was this page helpful? Yes No"])
    body = pagecleaner.clean_text(text).body
    assert "Checkout API\tOn-call engineer\tPayments lead" in body and "the outgoing engineer stays on it" in body


def test_a_products_spec_table_under_its_description_runs_to_the_reviews():
    """(_up_to_the_wall) A table of fields, each row short, between the description and "Customer Reviews": the
    product's details, however many words its rows say together."""
    specs = "\n".join(f"{label}\t{value}" for label, value in (("Categories", "Power Tools, Drills"),
                      ("Warranty", "Limited (6 months)"), ("Voltage", "18 V"), ("Weight", "1.1 kg"),
                      ("What's in the box", "Drill, 2 batteries, charger, case"), ("Torque settings", "20")))
    blocks = [make_block(prose(2), 0), make_block(specs, 1, kind="table"), make_block("Customer Reviews", 2)]
    ctx = Context(config=Config(), page_type="product")
    assert C._up_to_the_wall(blocks, 1, ctx) == 2
    long_row = blocks[1]._replace(text=specs + "\nNote\tThe drill ships with two batteries and a charger in a case")
    assert C._up_to_the_wall([blocks[0], long_row, blocks[2]], 1, ctx) == 1


def test_a_table_in_scraped_text_weighs_at_least_what_its_rows_said_as_lines():
    """A training plan's weeks, read as one table (its columns of spaces): its cells of a few words each make no
    prose together, but the week whose cell is a sentence still counts for the text, as its line did."""
    week = "Rest\tWalk/Run Easy 15x(Walk 1 min/ Run easy 1 min)\tRest\tOptional Non-Impact Cardio 30 min\tRest"
    rows = ["Week\tMonday\tTuesday\tWednesday\tThursday\tFriday", *(f"{i}\t{week}" for i in range(1, 7)),
            "7\tRest\tRun the race at an easy pace and walk whenever you need to, as this is the week you have been "
            "waiting for\tRest\tRest\t5K Race"]
    table = make_block("\n".join(rows), kind="table")
    ctx = Context(config=Config())
    lines = [C.block_score(make_block(row.replace("\t", " ")), ctx) for row in rows]
    assert C.block_score(table._replace(kind="paragraph"), ctx) < 0 < sum(lines) == C.block_score(table, ctx)


def test_a_functions_short_sections_under_its_text_go_on_past_a_short_sentence():
    """cppreference's page as scraped text: the description, then its sections, each a label over a line or two
    ("Valor de retorno" / "(Ninguno)" / "Complejidad" / "Constante amortizada."): three short lines in a row, one a
    sentence, are no menu's run that ends them; the menu under the example is."""
    lines = ["std::vector::push_back - cppreference.com", "std::vector<T,Allocator>::push_back",
             "Añade el elemento value dado al final del contenedor, después del último que ya tiene.",
             "Si el nuevo size() es mayor que capacity(), todos los iteradores y referencias se invalidan. De lo "
             "contrario, solo se invalida el iterador después del último elemento.",
             "Parámetros", "value - El valor del elemento a añadir.", "Valor de retorno", "(Ninguno)", "Complejidad",
             "Constante amortizada.", "Ejemplo",
             "#include <vector> int main() { std::vector<int> v; v.push_back(1); }", "Salida:", "2",
             "Herramientas", "Deutsch", "English", "Français"]
    a = pagecleaner.clean_text("\n\n".join(lines))
    assert a.page_type == "documentation"
    assert "Constante amortizada." in a.body and "Salida:" in a.body and "Herramientas" not in a.body


@pytest.mark.parametrize("over,kept", [
    (prose(1), True),                                   # the description's sentence over the heading
    (f"{prose(1)}\nBeschreibung\nBewertungen", False),  # tabs' labels over it: a menu's run
])
def test_a_foods_spec_sheet_right_under_its_description_is_no_menu(over, kept):
    """EDEKA24's product as html_text: "Produktdetails" right under the description, then its rows, a label and a
    value a line, few numbers in them (ingredients, allergens, storage): the sheet's heading opens the run under
    the product's text, no tab's menu over it."""
    text = ("Haferflocken zart | EDEKA24\n\nHaferflocken zart\n\n0,79 €\n\nIn den Warenkorb\n\n"
            f"{over}\nProduktdetails\nZutaten Haferflocken (100 %)\nAllergene Enthält Hafer (Gluten)\n"
            "Aufbewahrung Trocken lagern\nHerkunft Deutschland\n\n"
            "Impressum\nDatenschutz\nAGB\nKontakt")
    a = pagecleaner.clean_text(text)
    assert a.page_type == "product" and ("Allergene Enthält Hafer (Gluten)" in a.body) is kept


@pytest.mark.parametrize("heading, html, damped", [
    ("About Dr. Elena Vasquez", False, False), ("Über uns", False, False),
    ("Dentists near Austin", False, True),      # (a title line: a teaser's)
    ("About Dr. Elena Vasquez", True, True),    # (HTML: a salon's "À propos" so read moved the span off its
    #                                             hours, Treatwell's)
])
def test_the_paragraph_under_an_about_heading_is_no_teaser(heading, html, damped):
    """Zocdoc's profile as html_text: the booking widget's lines, "About Dr. Elena Vasquez", a short paragraph,
    then "Services" over short lines: title lines around it, as around a teaser, but its heading says it is the
    section about the business or the person."""
    about = "Dr. Vasquez has practiced family dentistry in South Austin for twelve years. She speaks Spanish."
    blocks = make_blocks("Book online", "What to expect", heading, about, "Services", "Fillings", "Crowns")
    scores = [-3.0, -3.0, -3.0, 12.0, -3.0, -3.0, -3.0]
    ctx = Context(config=Config(), input="html" if html else "text")
    assert (C._damp_teasers(blocks, scores, ctx)[3] < 12.0) is damped
