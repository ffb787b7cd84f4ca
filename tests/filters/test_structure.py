"""HTML-only rules: they use tags, class tokens and links, and never fire on text input."""
from pathlib import Path

import pytest

import pagecleaner
from pagecleaner.config import Config
from pagecleaner.filters import structure as S
from pagecleaner.filters.context import AFTER_SPAN, BEFORE_SPAN
from pagecleaner.pipeline import Context, run
from pagecleaner.readers.html import read_html
from pagecleaner.model import QUOTE_FIGURE, Block
from tests.conftest import PROSE, make_block, prose


def page(target, n_prose: int = 3):
    """The block under test, then the article's prose outside any container."""
    return [target] + [make_block(prose(i), i + 1, tokens=frozenset({"story", "body"})) for i in range(n_prose)]


@pytest.mark.parametrize("rule,kw,reason", [
    (S.html_container, {"tokens": frozenset({"<nav>"})}, "inside <nav>"),
    (S.html_container, {"tokens": frozenset({"<footer>"})}, "inside <footer>"),
    (S.html_container, {"tokens": frozenset({"role=navigation"})}, "inside role=navigation"),
    (S.html_class, {"tokens": frozenset({"share", "buttons"})}, "class/id 'share'"),
    (S.html_class, {"tokens": frozenset({"related", "stories"})}, "class/id 'related'"),
])
def test_container_and_class_passes_remove(rule, kw, reason, html_ctx):
    out = rule.fn(page(make_block(PROSE[:100], **kw)), html_ctx)
    assert out[0].removed_by == rule.name and reason in out[0].reason
    assert all(b.kept for b in out[1:])


@pytest.mark.parametrize("rule,kw,reason", [
    (S.html_caption, {"tokens": frozenset({"<figcaption>"}), "tag": "figcaption"}, "figure caption"),
    (S.link_density, {"link_chars": 100}, "% of the text is links"),
])
def test_block_rules_remove(rule, kw, reason, html_ctx):
    got = rule.fn(make_block(PROSE[:100], **kw), html_ctx)
    assert got and reason in got


@pytest.mark.parametrize("tokens", [frozenset({"<form>"}), frozenset({"<nav>"}), frozenset({"sidebar"})])
def test_a_container_holding_most_of_the_prose_is_the_frame_not_boilerplate(tokens, html_ctx):
    # ASP.NET pages wrap the whole page in a <form>; some themes put the article in a "sidebar" layout
    blocks = [make_block(prose(i), i, tokens=tokens) for i in range(4)] + [make_block("Home", 4, tokens=frozenset())]
    rule = S.html_class if "sidebar" in tokens else S.html_container
    assert all(b.kept for b in rule.fn(blocks, html_ctx))


def test_a_class_word_on_every_element_of_a_page_builder_is_the_frame(html_ctx):
    """Elementor calls every element a widget ("elementor-widget"), its boxes also "…-content": the word holds the
    page's prose, counted in every block that has it, so the short blocks outside a "content" element stay; a
    word that holds less of it ("footer" here) still goes."""
    widget, boxed = frozenset({"elementor", "widget"}), frozenset({"elementor", "widget", "icon", "box", "content"})
    blocks = ([make_block("Contabilità e consulenza fiscale", 0, tokens=widget, kind="heading"),
               make_block(prose(1), 1, tokens=widget)] + [make_block(prose(i), i, tokens=boxed) for i in range(2, 6)]
              + [make_block("Via Nizza 112, 10126 Torino", 6, tokens=widget | {"footer"})])
    out = S.html_class.fn(blocks, html_ctx)
    assert [b.kept for b in out] == [True] * 6 + [False] and out[6].reason == "class/id 'footer'"
    few = blocks[:2] + [b._replace(tokens=frozenset({"story", "content"})) for b in blocks[2:6]]
    assert [b.kept for b in S.html_class.fn(few, html_ctx)][:2] == [False, False]     # (the word holds a fifth)


@pytest.mark.parametrize("page_type,tokens,kept", [
    ("documentation", {"tsd", "comment"}, True),        # TypeDoc's doc comment: the item's text
    ("article", {"tsd", "comment"}, False),             # a reader's comment under a story
    ("documentation", {"comments", "comment"}, False),  # readers' comments under a documentation page
])
def test_a_doc_comment_is_a_documentation_pages_text(page_type, tokens, kept):
    blocks = [make_block(prose(1), 0), make_block(prose(2), 1), make_block(prose(3), 2),
              make_block("Returns a function that calls fn only after the wait.", 3, tokens=frozenset(tokens))]
    out = S.html_class.fn(blocks, Context(config=Config(), input="html", page_type=page_type))
    assert out[3].kept is kept


SHOP_FORM = frozenset({"<form>", "<form#7>"})
PRODUCT = "Katzendecke, zweilagig mit Namen"


def _product_page(heading: str, paragraphs: int) -> list[Block]:
    """A shop's order form holding a heading, a price and paragraphs of description, then the site's
    own prose (more of it than the form holds) outside the form."""
    form = [make_block(heading, 0, tokens=SHOP_FORM, kind="heading"), make_block("Stückpreis: 36,00 EUR", 1,
                                                                                  tokens=SHOP_FORM)]
    form += [make_block(prose(i), 2 + i, tokens=SHOP_FORM) for i in range(paragraphs)]
    return form + [make_block(prose(10 + i), 10 + i, tokens=frozenset({"story", "body"})) for i in range(4)]


def test_a_form_showing_the_headline_over_prose_wraps_the_content(html_ctx):
    # a shop wraps the product's name and description in its order form
    ctx = Context(config=Config(), input="html", meta={"headline": PRODUCT})
    assert all(b.kept for b in S.html_container.fn(_product_page(PRODUCT, 2), ctx))


def test_a_form_showing_the_headline_in_no_heading_over_prose_wraps_the_content():
    """Volusion wraps a product's name (a <font> set big, no heading), price and description in its order form."""
    ctx = Context(config=Config(), input="html", meta={"headline": PRODUCT})
    page = _product_page(PRODUCT, 2)
    page[0] = page[0]._replace(kind="paragraph")
    assert all(b.kept for b in S.html_container.fn(page, ctx))


@pytest.mark.parametrize("heading,paragraphs,why", [
    ("Sign up for our newsletter", 2, "a heading of its own: a sign-up or lead form"),
    (PRODUCT, 1, "one paragraph of prose: small print under a form"),
])
def test_other_forms_stay_boilerplate(heading, paragraphs, why, html_ctx):
    ctx = Context(config=Config(), input="html", meta={"headline": PRODUCT})
    out = S.html_container.fn(_product_page(heading, paragraphs), ctx)
    assert [b.reason for b in out[:2 + paragraphs]] == ["inside a <form>"] * (2 + paragraphs), why
    assert all(b.kept for b in out[2 + paragraphs:])


def test_a_form_is_not_a_frame_on_a_page_without_a_named_headline(html_ctx):
    out = S.html_container.fn(_product_page(PRODUCT, 2), html_ctx)
    assert out[0].removed_by == "html_container"


@pytest.mark.parametrize("page_type,kept", [("forum", True), ("article", False)])
def test_a_thread_keeps_a_post_quoting_another_in_an_aside(page_type, kept):
    """Discourse boxes a quoted post in <aside class="quote">: on a thread, the quote is part of the reply; on an
    article, an aside's quote is a pull quote, the text said again."""
    quote = make_block("I added a campden tablet per gallon the day before pitching", 0,
                       tokens=frozenset({"<aside>", "quote"}), path="aside>blockquote>p")
    ctx = Context(config=Config(), input="html", page_type=page_type)
    assert S.html_container.fn(page(quote), ctx)[0].kept is kept


def test_the_reader_numbers_each_form():
    from pagecleaner.readers.html import read_html
    blocks, _ = read_html("<body><form><p>Search</p></form><p>Text between</p><form><p>Name</p></form></body>")
    numbers = [{t for t in b.tokens if t.startswith("<form#")} for b in blocks]
    assert all("<form>" in blocks[k].tokens for k in (0, 2)) and not blocks[1].tokens
    assert len(numbers[0]) == len(numbers[2]) == 1 and numbers[0] != numbers[2]


NAME = "Sidamo Bio Bohnen"
CUT = {"removed_by": "main_text", "reason": BEFORE_SPAN}
NAV = {"removed_by": "nav_run", "reason": "menu"}


def _shop_page(*middle: Block) -> list[Block]:
    """A product's name, what main_text cut under it, then the text it kept (a review, the long description)."""
    page = [make_block(NAME, 0, kind="heading", tag="h1", **CUT), *middle]
    page += [make_block(prose(20 + i), 0) for i in range(3)]
    return [b._replace(index=i) for i, b in enumerate(page)]


def _product_ctx(kind: str = "product") -> Context:
    return Context(config=Config(), input="html", meta={"headline": NAME}, page_type=kind)


def test_a_product_page_gets_back_its_description_and_specifications():
    page = _shop_page(make_block("27,90 € inkl. MwSt.", **CUT),
                      make_block("Aroma\tRote Beeren, Zitrusnoten\nHerkunft\tSidamo", kind="table", tag="table", **CUT),
                      make_block("Technische Daten", kind="heading", tag="h3", removed_by="nav_run", reason="menu"),
                      make_block("Marke", tag="dt", removed_by="nav_run", reason="menu"),
                      make_block(prose(1), **CUT))
    out = S.product_page.fn(page, _product_ctx())
    assert [b.kept for b in out[1:6]] == [True, True, True, True, True]      # (the price: the first under the name)


AFTER = {"removed_by": "main_text", "reason": AFTER_SPAN}


@pytest.mark.parametrize("inside,back", [(None, True), ("Related products", False)])
def test_a_product_pages_name_and_fields_beside_its_description_come_back(inside, back):
    """OpenCart: the description and its specifications' tab in one column, the name, fields and price in the next,
    all in one row; main_text kept the description and cut what follows it in the row, which comes back (not when a
    heading over other products stands in the row)."""
    row, left, right = (1, 2), (1, 2, 3), (1, 2, 4)
    page = [make_block(prose(1), 0, ancestors=left), make_block("Material\tPorcelana", 1, kind="table", tag="table",
                                                                 ancestors=left, **AFTER),
            make_block(NAME, 2, kind="heading", tag="h1", ancestors=right, **AFTER),
            make_block("Código do produto: CP-102", 3, kind="list_item", ancestors=right, **AFTER),
            make_block("R$89,90", 4, kind="heading", tag="h2", ancestors=right, **AFTER)]
    if inside:
        page.append(make_block(inside, 5, kind="heading", tag="h3", ancestors=row + (5,), **AFTER))
    out = S.product_page.fn(page, _product_ctx())
    assert [b.kept for b in out[1:5]] == [back] * 4


@pytest.mark.parametrize("heading", ["Customer Reviews", "Related products"])
def test_a_product_pages_reviews_or_other_products_end_what_comes_back(heading):
    page = _shop_page(make_block(prose(1), **CUT), make_block(heading, kind="heading", tag="h2", **CUT),
                      make_block(prose(2), **CUT))
    out = S.product_page.fn(page, _product_ctx())
    assert [b.kept for b in out[1:4]] == [True, False, False]


def test_a_product_pages_reviews_in_their_own_section_are_passed_over():
    # name, description, reviews, location: each section its own <div> (elements 2, 3, 4) in the page's (1)
    page = _shop_page(make_block(prose(1), ancestors=(1, 2), **CUT),
                      make_block("Bewertungen (6)", kind="heading", tag="h2", ancestors=(1, 3), **CUT),
                      make_block(prose(2), ancestors=(1, 3, 9), **CUT),
                      make_block(prose(3), ancestors=(1, 4), **CUT))
    page[0] = page[0]._replace(ancestors=(1, 5))
    out = S.product_page.fn(page, _product_ctx())
    assert [b.kept for b in out[1:5]] == [True, False, False, True]
    # the reviews' element holds the kept text too: no section of its own, they end what comes back
    page[5:] = [b._replace(ancestors=(1, 3)) for b in page[5:]]
    out = S.product_page.fn(page, _product_ctx())
    assert [b.kept for b in out[1:5]] == [True, False, False, False]


def test_a_product_pages_specifications_under_their_heading_after_the_description_come_back():
    """Walmart's: the description kept, then "Specifications" and its labels (each an <h3>) over their values,
    which the menu rule took; they come back, up to the reviews' heading (not what stands under it)."""
    page = _shop_page()
    page += [make_block(t, kind=k, tag=tag, level=lvl, **NAV) for t, k, tag, lvl in (
        ("Specifications", "heading", "h2", 2), ("Brand", "heading", "h3", 3), ("Brightline", "paragraph", "div", 0),
        ("Capacity", "heading", "h3", 3), ("12 cups", "paragraph", "div", 0))]
    page += [make_block("Customer ratings & reviews", kind="heading", tag="h2", level=2, **AFTER),
             make_block("5 stars 842", **NAV)]
    page = [b._replace(index=i) for i, b in enumerate(page)]
    out = S.product_page.fn(page, _product_ctx())
    assert [b.kept for b in out[4:]] == [True] * 5 + [False, False]
    assert not S.product_page.fn(page, _product_ctx("article"))[4].kept


def test_a_product_pages_specifications_between_its_name_and_its_description_come_back():
    """AliExpress's: "Specifications" and its label/value rows over the "Description" that main_text kept, taken
    as a menu and as lying before the text; they come back, up to the description's heading."""
    rows = [make_block("Specifications", kind="heading", tag="h2", level=2, **NAV)]
    rows += [make_block(t, tag="div", **NAV) for t in ("Brand Name", "TRAILGLOW", "Battery Capacity")]
    rows += [make_block(t, tag="div", **CUT) for t in ("5200 mAh", "Weight", "310 g")]
    page = _shop_page(*rows)
    page = [b._replace(index=i) for i, b in enumerate(page)]
    out = S.product_page.fn(page, _product_ctx())
    assert [b.kept for b in out[1:8]] == [True] * 7
    assert not S.product_page.fn(page, _product_ctx("article"))[1].kept


@pytest.mark.parametrize("heading, rows, kept", [
    ("Description", ("Color:", "Apricot", "Style:", "Casual", "Neckline:", "V neck"), True),   # SHEIN's: fields
    ("Description", ("Color:", "Apricot", "Style:"), False),                                  # (too few for a table)
    ("Reviews", ("Color:", "Apricot", "Style:", "Casual", "Neckline:", "V neck"), False),     # (no description's)
])
def test_a_product_description_of_fields_alone_comes_back_under_its_heading(heading, rows, kept):
    """SHEIN's description: no prose, its fields each a label over a value under "Description"; main_text cut
    them all as lying before the text (the review's sentence under them)."""
    page = _shop_page(make_block(heading, kind="heading", tag="h2", level=2, **CUT),
                      *[make_block(t, tag="div", **CUT) for t in rows])
    out = S.product_page.fn(page, _product_ctx())
    assert [b.kept for b in out[1:2 + len(rows)]] == [kept] * (1 + len(rows))


@pytest.mark.parametrize("cut", [NAV, CUT])
def test_a_product_pages_price_under_its_name_that_the_menu_rule_took_comes_back(cut):
    """Walmart's price among its short fulfilment lines ("Free", "Pickup"), all taken as a menu (or Flipkart's
    under its rating, main_text's): the first line with a price comes back, the product's; not the lines around
    it, nor a price under a kept line (another product's)."""
    page = _shop_page(make_block("Now $59.98 $79.99", **cut), make_block("Free", **cut), make_block("Pickup", **cut),
                      make_block("$12.00", **cut))
    out = S.product_page.fn(page, _product_ctx())
    assert [b.kept for b in out[1:5]] == [True, False, False, False]


def test_a_sale_price_beside_the_old_one_comes_back_with_it():
    """Rozetka's box: the old price and the sale's, each a <p> in one element; a price in another element (another
    product's) stays out."""
    box = {**CUT, "ancestors": (1, 5, 6)}
    page = _shop_page(make_block("2 999₴", **box), make_block("2 499₴", **{**CUT, "ancestors": (1, 5, 7)}))
    assert [b.kept for b in S.product_page.fn(page, _product_ctx())[1:3]] == [True, True]
    page = _shop_page(make_block("2 999₴", **box), make_block("2 499₴", **{**CUT, "ancestors": (1, 8, 9)}))
    assert [b.kept for b in S.product_page.fn(page, _product_ctx())[1:3]] == [True, False]


def test_a_price_under_the_name_past_its_kept_rating_comes_back():
    """Bukalapak's: the rating and sales ("4,9 (1.206 ulasan) Terjual 3,4 rb") kept under the name, the price under
    them taken by the menu rule; a paragraph kept under the name ends the search (a price under it is no longer the
    product's)."""
    page = _shop_page(make_block("4,9 (1.206 ulasan) Terjual 3,4 rb"), make_block("Rp295.000", **NAV))
    assert S.product_page.fn(page, _product_ctx())[2].kept
    page = _shop_page(make_block(prose(3)), make_block("Rp295.000", **NAV))
    assert not S.product_page.fn(page, _product_ctx())[2].kept


def test_an_article_gets_nothing_back_from_product_page():
    page = _shop_page(make_block(prose(1), **CUT))
    assert not S.product_page.fn(page, _product_ctx("article"))[1].kept


SHEET = "Chininum salicylicum D4 Tabletten"


def _data_sheet(*middle: Block, head_kind: str = "heading", kept: str = "Die Website ist zertifiziert.") -> list[Block]:
    """A drug's name, the labels and values main_text and the menu rule cut under it, then what the span kept."""
    page = [make_block(SHEET, kind=head_kind, tag="h1" if head_kind == "heading" else "li", **CUT), *middle,
            make_block(kept)]
    return [b._replace(index=i) for i, b in enumerate(page)]


def _sheet_ctx() -> Context:
    return Context(config=Config(), input="html", meta={"headline": SHEET}, page_type="article")


SHEET_LINES = (make_block("Präparat", kind="heading", tag="h2", **NAV), make_block("Gebrauchsinformation", **NAV),
               make_block("Keine Basisinformation zu diesem Präparat verfügbar", **CUT))


def test_a_page_with_no_story_gets_back_the_labels_and_values_under_its_headline():
    out = S.data_sheet.fn(_data_sheet(*SHEET_LINES), _sheet_ctx())
    assert [b.kept for b in out[1:4]] == [True, True, True]


def test_a_listing_gets_nothing_back_from_data_sheet():
    """A listing's cards come back by listing_cards; data_sheet would bring each card's category link with them."""
    ctx = Context(config=Config(), input="html", meta={"headline": SHEET}, page_type="listing")
    out = S.data_sheet.fn(_data_sheet(*SHEET_LINES), ctx)
    assert not any(b.kept for b in out[1:4])


def test_a_page_with_a_story_gets_nothing_back_from_data_sheet():
    page = _data_sheet(*SHEET_LINES, kept=" ".join(prose(i) for i in range(3)))
    assert not any(b.kept for b in S.data_sheet.fn(page, _sheet_ctx())[1:4])


def test_a_data_sheet_starts_under_a_heading_not_a_list_item_that_repeats_the_name():
    page = _data_sheet(*SHEET_LINES, head_kind="list_item")      # "Recent posts" / the page's own title
    assert not any(b.kept for b in S.data_sheet.fn(page, _sheet_ctx())[1:4])


def test_share_buttons_end_a_data_sheet_and_a_heading_comes_back_only_over_what_did():
    page = _data_sheet(make_block("Gebrauchsinformation", **NAV), make_block("Teilen ist Heilen", kind="heading",
                                                                              tag="h3", **NAV),
                       make_block("E-Mail", removed_by="share_widget", reason="share"),
                       make_block("Keine Basisinformation zu diesem Präparat verfügbar", **CUT))
    out = S.data_sheet.fn(page, _sheet_ctx())
    assert [b.kept for b in out[1:5]] == [True, False, False, False]


def test_a_post_of_links_gets_its_links_back_inside_its_marked_body_only():
    body = frozenset({"entry", "content"})
    page = _data_sheet(make_block("Presseförderung: Studie zweifelt an Stütze vom Staat", removed_by="link_density",
                                  reason="links", tokens=body),
                       make_block("via netzpolitik.org https://netzpolitik.org", tokens=body, **CUT),
                       make_block("Fröhliche Weihnachten", removed_by="link_density", reason="links"))
    out = S.data_sheet.fn(page, _sheet_ctx())
    assert [b.kept for b in out[1:4]] == [True, True, False]


def test_a_footer_is_no_frame_on_a_page_with_little_prose(html_ctx):
    footer = make_block("Diese Website ist für vertrauenswürdige medizinische Informationen von der Stiftung "
                        "zertifiziert. Klicken Sie hier, um das zu überprüfen.", tokens=frozenset({"<footer>"}))
    out = S.html_container.fn([make_block("Gebrauchsinformation", 0), make_block("Kein Beipackzettel", 1),
                               footer._replace(index=2)], html_ctx)
    assert out[2].removed_by == "html_container" and out[0].kept


def test_a_table_inside_a_figure_is_not_a_caption(html_ctx):
    cell = make_block("Super simple drag-and-drop templates", tag="td", tokens=frozenset({"<figure>"}))
    assert S.html_caption.fn(cell, html_ctx) is None


def test_a_program_listing_inside_a_figure_is_not_a_caption(html_ctx):
    """Expressive Code (Starlight's) frames each listing in a <figure>, its file name the <figcaption>."""
    code = make_block('[backup]\nkeep_days = 30', tag="pre", kind="code", tokens=frozenset({"<figure>"}))
    assert S.html_caption.fn(code, html_ctx) is None
    title = make_block("albatros.toml", tokens=frozenset({"<figure>", "<figcaption>"}))
    assert S.html_caption.fn(title, html_ctx) == "figure caption"


@pytest.mark.parametrize("text,tokens,goes", [
    ("Shell", {"code", "example", "<header>"}, True),           # GitHub Docs' language name over a listing
    ("Example: a shorter lease", {"example", "<header>"}, False),   # a sentence's words, not a label
    ("Shell", {"<header>"}, False),                              # a page's header, no listing's box
])
def test_a_program_listings_language_in_its_boxs_header_is_its_label(html_ctx, text, tokens, goes):
    got = S.html_caption.fn(make_block(text, tokens=frozenset(tokens)), html_ctx)
    assert (got == "a program listing's file name") is goes


def test_a_quote_inside_a_figure_and_who_said_it_are_not_a_caption(html_ctx):
    """A testimonial or a pull quote: <figure><blockquote>…</blockquote><figcaption>— Dana R.</figcaption></figure>,
    no picture (the HTML reader marks it); a photo's figure with a quote in its caption is a caption."""
    page = ('<html><body><main><h1>Plumbing</h1><p>{}</p><figure>{}<blockquote>"Fair price."</blockquote>'
            '<figcaption>— Dana R., West Asheville</figcaption></figure></main></body></html>')
    a = pagecleaner.clean(page.format(prose(1), ""), input="html")
    assert '"Fair price."' in a.body and "— Dana R., West Asheville" in a.body
    b = pagecleaner.clean(page.format(prose(1), '<img src="p.jpg">'), input="html")
    assert "Dana R." not in b.body
    said = make_block("— Dana R.", tokens=frozenset({"<figure>", "<figcaption>", QUOTE_FIGURE}))
    assert S.html_caption.fn(said, html_ctx) is None


def test_a_class_named_like_a_role_is_not_the_role(html_ctx):
    out = S.html_container.fn(page(make_block(PROSE, tokens=frozenset({"banner", "search", "results"}))), html_ctx)
    assert out[0].kept


def test_class_rule_spares_article_containers(html_ctx):
    out = S.html_class.fn(page(make_block(PROSE, tokens=frozenset({"article", "share"}))), html_ctx)
    assert out[0].kept


def test_a_caption_is_boilerplate_also_inside_the_article_container(html_ctx):
    caption = "Former Governor Deval Patrick, left, speaks with a business owner during a campaign stop."
    out = S.html_class.fn(page(make_block(caption, tokens=frozenset({"article", "body", "gallery", "caption"}))),
                          html_ctx)
    assert out[0].removed_by == "html_class" and out[0].reason in ("class/id 'caption'", "class/id 'gallery'")


def test_a_legend_is_a_caption_also_inside_the_article_container(html_ctx):
    legend = "Der Aktionsplan beinhaltet auch die lichten Wälder, welche durch eine Bewirtschaftung entstehen."
    out = S.html_class.fn(page(make_block(legend, tokens=frozenset({"content", "main", "image", "legend"}))), html_ctx)
    assert out[0].removed_by == "html_class" and out[0].reason == "class/id 'legend'"


@pytest.mark.parametrize("rule", S.RULES, ids=lambda r: r.name)
def test_structure_rules_keep_plain_article_text(rule, html_ctx):
    out = run([rule], page(make_block(PROSE, tokens=frozenset({"story", "body"}))), html_ctx)
    assert all(b.kept for b in out)


def test_structure_rules_skip_text_input(ctx):
    blocks = page(make_block(PROSE, tokens=frozenset({"<nav>"})))
    assert run(S.RULES, blocks, ctx)[0].kept
    assert not run(S.RULES, blocks, Context(config=ctx.config, input="html"))[0].kept


def test_html_content_keeps_to_the_marked_article_body(html_ctx):
    body = frozenset({"entry", "content"})
    blocks = [make_block("Headline of the story", 0)] + \
        [make_block(prose(i), i + 1, tokens=body) for i in range(4)] + [make_block(prose(9), 5, tokens=frozenset())]
    out = S.html_content.fn(blocks, html_ctx)
    assert [b.kept for b in out] == [True, True, True, True, True, False]        # the header above stays
    assert "outside the article body (content-entry)" == out[5].reason


def test_html_content_takes_no_list_of_cards_that_share_the_mark_for_the_body(html_ctx):
    """Teasers that each call their text "article-text", their titles between them: many elements, not one."""
    card = frozenset({"article", "text"})
    blocks = [make_block(prose(0), 0), make_block(prose(1), 1)]
    for i in range(2, 12, 2):
        blocks += [make_block("Another story's title", i), make_block(prose(i), i + 1, tokens=card)]
    assert S.html_content.fn(blocks, html_ctx) == blocks
    one = [b._replace(tokens=card) if i >= 2 else b for i, b in enumerate(blocks)]     # the titles inside it too:
    assert [b.kept for b in S.html_content.fn(one, html_ctx)] == [True, True] + [True, True] * 5    # one element,
    one.append(make_block(prose(20), 12))                                                 # and what follows it
    assert not S.html_content.fn(one, html_ctx)[-1].kept                                 # is outside the body


def test_html_article_gives_back_what_the_span_cut_inside_the_one_article(html_ctx):
    art, teaser = "<article#2>", "<article#3>"
    blocks = [make_block(prose(i), i, region=art) for i in range(4)] + [
        make_block("Price: $30", 4, region=art).remove("main_text", "after the article's main text"),
        make_block(prose(5), 5, region=art).remove("main_text", "after the article's main text"),
        make_block(prose(6), 6, region=art).remove("main_text", "after the heading 'Related' (other stories)"),
        make_block(prose(7), 7, region=teaser).remove("main_text", "after the article's main text")]
    out = S.html_article.fn(blocks, html_ctx)
    assert [b.kept for b in out] == [True, True, True, True, True, True, False, False]


def test_html_article_removes_other_article_cards_when_the_kept_text_is_one_story(html_ctx):
    story = [make_block(prose(i), i, region="<article#1>") for i in range(4)]
    cards = [make_block("KICKER", 4, region="<article#2>"), make_block(prose(5), 5, region="<article#2>"),
             make_block(prose(6), 6, region="<article#3>"), make_block("Sign up for our newsletter", 7)]
    out = S.html_article.fn(story + cards, html_ctx)
    assert [b.kept for b in out] == [True] * 4 + [False, False, False, True]      # outside any <article>: not a card
    assert out[5].reason == "inside another <article> element than the story's (a card)"


@pytest.mark.parametrize("lead,kept", [
    (prose(9), True),                              # a standfirst the page set apart in an <article> of its own
    ("Read the other story about the plan", False),  # no prose: a card's title
])
def test_html_article_keeps_a_standfirst_in_an_article_of_its_own(lead, kept, html_ctx):
    story = [make_block(lead, 0, region="<article#1>")] + [make_block(prose(i), i, region="<article#2>")
                                                           for i in range(1, 5)]
    out = S.html_article.fn(story + [make_block(prose(8), 5, region="<article#3>")], html_ctx)
    assert [b.kept for b in out] == [kept] + [True] * 4 + [False]


def test_html_article_keeps_every_article_when_none_holds_the_story(html_ctx):
    posts = [make_block(prose(i), i, region=f"<article#{i % 2 + 1}>") for i in range(6)]    # a live blog's posts
    assert all(b.kept for b in S.html_article.fn(posts, html_ctx))


def test_html_frame_gives_back_the_list_the_span_cut_from_the_articles_element(html_ctx):
    inside, outside = (1, 2, 3), (1, 9)
    cut = ("main_text", "after the article's main text")
    blocks = [make_block(prose(i), i, ancestors=inside) for i in range(3)] + [
        make_block("Book the venue", 3, kind="list_item", ancestors=inside).remove(*cut),
        make_block("Order the cake", 4, kind="list_item", ancestors=inside).remove(*cut),
        make_block("Other stories", 5, ancestors=outside).remove(*cut),
        make_block(prose(6), 6, ancestors=inside).remove("main_text", "after the heading 'Comments' (other stories)")]
    out = S.html_frame.fn(blocks, html_ctx)
    assert [b.kept for b in out] == [True, True, True, True, True, False, False]


def test_html_frame_leaves_the_items_of_a_tag_list_under_its_label(html_ctx):
    inside = (1, 2)
    cut = ("main_text", "after the article's main text")
    blocks = [make_block(prose(i), i, ancestors=inside) for i in range(3)] + [
        make_block("Schlagworte", 3, kind="heading", ancestors=inside).remove("tag_widget", "tag or topic list"),
        make_block("KfW", 4, kind="list_item", ancestors=inside).remove(*cut),
        make_block("Klimaschutz", 5, kind="list_item", ancestors=inside).remove(*cut)]
    assert [b.kept for b in S.html_frame.fn(blocks, html_ctx)] == [True] * 3 + [False] * 3
    blocks[3] = blocks[3].restore().remove(*cut)._replace(text="Was Sie brauchen")     # a list the story announces
    assert [b.kept for b in S.html_frame.fn(blocks, html_ctx)] == [True] * 6


def test_html_frame_of_one_kept_paragraph_is_the_element_around_it(html_ctx):
    # a firm's entry: one paragraph (its own <p>, element 3) kept, its address in the <p>s beside it
    cut = ("main_text", "after the article's main text")
    blocks = [make_block(" ".join(prose(i) for i in range(3)), 0, ancestors=(1, 2, 3)),
              make_block("Ottostraße 14\n26899 Rhede /Ems", 1, ancestors=(1, 2, 4)).remove(*cut),
              make_block("Tel.: +49 4964 95816-120", 2, ancestors=(1, 2, 5)).remove(*cut),
              make_block("Impressum", 3, ancestors=(1, 9)).remove(*cut)]
    assert [b.kept for b in S.html_frame.fn(blocks, html_ctx)] == [True, True, True, False]


@pytest.mark.parametrize("text,kind,back", [
    ("Hunderttausende von jungen Paaren trennen sich zur Zeit.", "paragraph", True),   # a one-sentence opening
    ("„Außen knusprig, innen cremig“", "paragraph", True),                            # a quotation opening it
    ("„Lecker!“", "paragraph", False),                                                 # too short to be one
    ("Home News Sport", "paragraph", False),                                           # no sentence
    ("Click here.", "paragraph", False),                                               # too short to be one
    ("Book the venue early.", "list_item", False),                                     # an item, not the opening
])
def test_html_frame_gives_back_a_one_sentence_paragraph_before_the_span(html_ctx, text, kind, back):
    inside = (1, 2)
    cut = ("main_text", "before the article's main text")
    blocks = [make_block(text, 0, kind=kind, ancestors=inside).remove(*cut)] + [
        make_block(prose(i), i, ancestors=inside) for i in range(1, 4)]
    assert S.html_frame.fn(blocks, html_ctx)[0].kept is back


@pytest.mark.parametrize("middle,back", [
    (["2010\nSatirepartei 2gewinnt", "2008-2012\n100 Folgen von Schlechte Wortspiele"], True),   # dated entries
    (["2010\nSatirepartei 2gewinnt", "Pressemappe und Pressefotos"], False),     # not shaped alike
    (["Pressemappe", "Termine"], False),                               # one-line links: a menu
])
def test_html_frame_gives_back_linked_entries_among_the_entries_it_gives_back(html_ctx, middle, back):
    inside = (1, 2)
    after = ("main_text", "after the article's main text")
    linked = ("link_density", "60% of the text is links")
    blocks = [make_block(prose(i), i, tag="p", ancestors=inside) for i in range(3)] + [
        make_block("August 2011\nerster Probelauf", 3, tag="p", ancestors=inside).remove(*after),
        *(make_block(t, 4 + n, tag="p", ancestors=inside).remove(*linked) for n, t in enumerate(middle)),
        make_block("Ab 2008\nSatirischer Blog", 6, tag="p", ancestors=inside).remove(*after)]
    assert [b.kept for b in S.html_frame.fn(blocks, html_ctx)][3:] == [True, back, back, True]


BOOKS = [("The Let Them Theory by Mel Robbins", 0), ("Here One Moment by Liane Moriarty", 15),
         ("Quicksilver by Callie Hart", 11)]


@pytest.mark.parametrize("above,books,back", [
    (prose(2), BOOKS, True),            # a list under the story's paragraph, one item kept: its items, part links
    ("Twitter", BOOKS, False),          # under a heading: a sidebar's feed
    (prose(2), [("Fiction", 0), ("Poetry", 6), ("Essays", 6)], False),     # links alone: a menu's items
    (prose(2), [(t, 11) for t, _ in BOOKS], False),     # no item kept: nothing says the list is the story's
])
def test_html_frame_gives_back_the_items_of_a_list_of_the_storys_that_are_part_links(html_ctx, above, books, back):
    inside = (1, 2)
    linked = ("link_density", "58% of the text is links")
    items = [make_block(t, 3 + n, kind="list_item", tag="li", ancestors=(*inside, 7, 8 + n), link_chars=links)
             for n, (t, links) in enumerate(books)]
    items = [b.remove(*linked) if b.link_chars else b for b in items]
    blocks = [make_block(prose(i), i, tag="p", ancestors=inside) for i in range(2)] + [
        make_block(above, 2, tag="p", ancestors=inside), *items]
    assert [b.kept for b in S.html_frame.fn(blocks, html_ctx)[4:]] == [back, back]


@pytest.mark.parametrize("announce,back", [
    ("Für die Qualitätsstufen der Weine gibt es folgende Bestimmungen:", True),
    ("Die Qualitätsstufen der Weine sind streng geregelt und werden jedes Jahr geprüft.", False),  # no colon
])
def test_html_frame_gives_back_a_table_a_paragraph_announces(html_ctx, announce, back):
    inside = (1, 2)
    cut = ("main_text", "before the article's main text")
    table = "\tCrianza\tReserva\nMindestlagerzeit Rotwein\t24 Monate\t36 Monate"
    blocks = [make_block(prose(0), 0, ancestors=inside).remove(*cut),
              make_block(announce, 1, ancestors=inside).remove(*cut),
              make_block(table, 2, kind="table", tag="table", ancestors=inside).remove(*cut)] + [
        make_block(prose(i), i, ancestors=inside) for i in range(3, 6)]
    assert [b.kept for b in S.html_frame.fn(blocks, html_ctx)] == [True, True, back, True, True, True]


@pytest.mark.parametrize("headline,back", [
    ("The page's own headline", False),          # another story's title over its teaser
    ("Next story title", True),                  # the post's own title, linked to its address (a blog)
])
def test_html_frame_leaves_out_a_teaser_under_a_linked_title(html_ctx, headline, back):
    from dataclasses import replace
    inside = (1, 2)
    blocks = [make_block(prose(i), i, ancestors=inside) for i in range(3)] + [
        make_block("Next story title", 3, kind="heading", ancestors=inside).remove("link_density", "100% links"),
        make_block("The most powerful hatch has a huge wing", 4, ancestors=inside).remove(
            "main_text", "after the article's main text")]
    ctx = replace(html_ctx, meta={"headline": headline})
    assert S.html_frame.fn(blocks, ctx)[4].kept is back


@pytest.mark.parametrize("heading,back", [
    ("Climate change affects health", True),      # a section of the story, between its paragraphs
    ("Related articles", False),                 # a box's label stays out
])
@pytest.mark.parametrize("give_back", [S.html_frame, S.html_article])
def test_a_heading_between_paragraphs_given_back_is_given_back(html_ctx, heading, back, give_back):
    inside, region = (1, 2), "<article#1>"
    cut = ("main_text", "before the article's main text")
    blocks = [make_block(prose(i), i, ancestors=inside, region=region).remove(*cut) for i in range(2)] + [
        make_block(heading, 2, kind="heading", ancestors=inside, region=region).remove(*cut)] + [
        make_block(prose(i), i, ancestors=inside, region=region) for i in range(3, 6)]
    out = give_back.fn(blocks, html_ctx)
    assert [b.kept for b in out] == [True, True, back, True, True, True]


def test_a_heading_with_nothing_given_back_above_it_stays_out(html_ctx):
    inside = (1, 2)
    cut = ("main_text", "before the article's main text")
    blocks = [make_block("Home News Sport", 0, ancestors=inside).remove(*cut),
              make_block("Climate change affects health", 1, kind="heading", ancestors=inside).remove(*cut)] + [
        make_block(prose(i), i, ancestors=inside) for i in range(2, 5)]
    assert [b.kept for b in S.html_frame.fn(blocks, html_ctx)] == [False, False, True, True, True]


BEFORE = ("main_text", "before the article's main text")


def _story_page(span_region: str = ""):
    """A blog post under its headline in an <article>, share buttons, then a longer sidebar the span chose."""
    art = "<article#2>"
    return [make_block("Menu", 0).remove("link_density", "100% of the text is links"),
            make_block("Electric pumps on every corner", 1, tag="h1").remove(*BEFORE),
            make_block("March 3, 2021", 2, region=art).remove("date_line", "date line (metadata)"),
            make_block(prose(1), 3, region=art).remove(*BEFORE),
            make_block("Photo: Jane Roe", 4, region=art).remove("html_class", "class/id 'caption'"),
            make_block(prose(2), 5, region=art).remove(*BEFORE),
            make_block("Share this:", 6, region=art).remove(*BEFORE),
            make_block("Twitter", 7, region=art).remove("share_widget", "share or print buttons"),
            *(make_block(prose(i), i, region=span_region) for i in range(8, 12))]


HEADLINE = {"headline": "Electric pumps on every corner"}


def test_html_story_gives_back_the_story_under_the_headline_for_a_run_outside_every_article():
    out = S.html_story.fn(_story_page(), Context(config=Config(), input="html", meta=HEADLINE))
    assert [i for i, b in enumerate(out) if b.kept] == [3, 5]          # not the caption, nor "Share this:"
    assert all(b.removed_by == "html_story" for b in out[8:])
    assert out[8].reason == "outside the element that holds the headline and its story"


def test_html_story_goes_on_past_a_box_of_links_inside_the_story():
    """'+++ Brexit-Ticker +++' and two linked titles between the story's paragraphs: the story goes on under them."""
    blocks = _story_page()
    blocks[4] = make_block("Brexit live: the vote", 4, region="<article#2>", kind="heading").remove(
        "link_density", "100% of the text is links")
    out = S.html_story.fn(blocks, Context(config=Config(), input="html", meta=HEADLINE))
    assert [i for i, b in enumerate(out) if b.kept] == [3, 5]
    assert not out[4].kept


@pytest.mark.parametrize("meta,span_region", [({}, ""),               # no headline named in the markup
                                              (HEADLINE, "<article#3>")])   # the span is an article too
def test_html_story_leaves_the_span_alone(meta, span_region):
    blocks = _story_page(span_region)
    assert S.html_story.fn(blocks, Context(config=Config(), input="html", meta=meta)) == blocks


def _post_page(paragraphs: int = 2, sidebar: int = 2):
    """A blog post in its own <div> (no <article>): headline, date, paragraphs, share label; then a sidebar
    widget (another <div> of the same page) whose longer text the span chose."""
    post, side = (1, 2, 3), (1, 2, 9)            # <html>, <body>, then the post's <div> or the sidebar's
    out = [make_block("Electric pumps on every corner", 0, tag="h2", ancestors=post).remove(*BEFORE),
           make_block("March 3, 2021", 1, ancestors=post).remove("date_line", "date line (metadata)")]
    out += [make_block(prose(i), len(out), ancestors=post).remove(*BEFORE) for i in range(paragraphs)]
    out.append(make_block("Share this:", len(out), ancestors=post).remove(*BEFORE))
    out += [make_block(prose(10 + i), len(out), ancestors=side) for i in range(sidebar)]
    return out


def test_html_story_gives_back_a_post_in_its_own_element_for_a_longer_sidebar():
    blocks = _post_page(paragraphs=2, sidebar=3)
    out = S.html_story.fn(blocks, Context(config=Config(), input="html", meta=HEADLINE))
    assert [i for i, b in enumerate(out) if b.kept] == [2, 3]
    assert all(b.removed_by == "html_story" for b in out[5:])


@pytest.mark.parametrize("paragraphs,sidebar", [(1, 2),     # one paragraph under the headline: its standfirst
                                                (2, 7)])    # the span far longer than the story: the body
def test_html_story_leaves_a_span_outside_the_headlines_element_when_it_is_the_body(paragraphs, sidebar):
    blocks = _post_page(paragraphs, sidebar)
    assert S.html_story.fn(blocks, Context(config=Config(), input="html", meta=HEADLINE)) == blocks


def test_html_story_wants_an_element_that_holds_the_story_and_none_of_the_span():
    blocks = _post_page(2, 3)
    blocks[-1] = blocks[-1]._replace(ancestors=(1, 2, 3, 4))        # a kept block inside the post's element
    assert S.html_story.fn(blocks, Context(config=Config(), input="html", meta=HEADLINE)) == blocks


def test_html_story_takes_no_card_for_a_story():
    """Under the headline an <article> card: another story's title (a heading, however long) and its kicker."""
    blocks = _story_page()
    blocks[3] = make_block(prose(1), 3, region="<article#2>", kind="heading").remove(*BEFORE)
    blocks[4] = make_block("Critics and debate", 4, region="<article#2>").remove(*BEFORE)
    blocks[5] = make_block("Newsletter", 5).remove("social_prompt", "social or app prompt ('newsletter')")
    assert S.html_story.fn(blocks, Context(config=Config(), input="html", meta=HEADLINE)) == blocks


def _slideshow(kept: str) -> list:
    """A page whose story is told in a slideshow's captions (html_class took them), with `kept` left in its body."""
    slides = frozenset({"slideshow", "slide"})
    return [make_block(kept, 0)] + [
        make_block(prose(i), i, tokens=slides).remove("html_class", "class/id 'slideshow'") for i in range(1, 5)] + [
        make_block(prose(9), 5, tokens=frozenset({"comments"})).remove("html_class", "class/id 'comments'")]


def test_photo_story_gives_back_the_captions_when_the_body_keeps_nothing_else(html_ctx):
    out = S.photo_story.fn(_slideshow("Nifty 17,546.65"), html_ctx)
    assert [b.kept for b in out] == [True] * 5 + [False]           # not the comments


def test_photo_story_leaves_the_captions_of_a_story_told_in_words(html_ctx):
    out = S.photo_story.fn(_slideshow(" ".join([prose(7), prose(8)])), html_ctx)    # 60 words of its own
    assert [b.kept for b in out] == [True] + [False] * 5


def test_photo_story_needs_captions_that_tell_a_story(html_ctx):
    blocks = _slideshow("Nifty 17,546.65")[:3]                     # two captions: 62 words, under 100
    assert [b.kept for b in S.photo_story.fn(blocks, html_ctx)] == [True, False, False]


def _docs_page(between: str) -> str:
    """A documentation page whose short opening sentences main_text leaves before its span, `between` two of them."""
    return ('<html><body><div class="body" role="main"><h1>Quickstart</h1>'
            '<p>Eager to get started? This page gives a good introduction in how to get started with Requests.</p>'
            f'<p>First, make sure that:</p>{between}<p>Let’s get started with some simple examples.</p>'
            '<h2>Make a Request</h2><p>Making a request with Requests is very simple.</p>'
            '<p>Begin by importing the Requests module:</p><pre>&gt;&gt;&gt; import requests</pre>'
            '<p>Now, let’s try to get a webpage. For this example, let’s get GitHub’s public timeline:</p>'
            "<pre>&gt;&gt;&gt; r = requests.get('https://api.github.com/events')</pre>"
            f'<p>{prose(1)}</p><p>{prose(2)}</p><p>{prose(3)}</p></div>'
            '<div role="navigation"><ul><li><a href="/">Home</a></li></ul></div></body></html>')


def test_a_list_or_a_program_listing_between_two_kept_paragraphs_comes_back():
    a = pagecleaner.clean(_docs_page('<ul><li><p>Requests is <a href="/install">installed</a></p></li>'
                                     '<li><p>Requests is <a href="/updates">up-to-date</a></p></li></ul>'), input="html")
    assert "Requests is installed" in a.body and "Requests is up-to-date" in a.body
    assert ">>> import requests" in a.body


def test_a_run_of_review_scores_between_two_paragraphs_stays_out():
    card = "".join(f"<div>{t}</div>" for t in ("83", "OVERALL SCORE", "Cleaning 8.9", "Comfort 7.7", "PROS",
                                               "Effective cleaning", "CONS", "Single color option"))
    a = pagecleaner.clean(_docs_page(card), input="html")
    assert "Cleaning 8.9" not in a.body and "Effective cleaning" not in a.body
    assert ">>> import requests" in a.body


def test_a_program_listings_line_numbers_beside_it_are_no_text():
    code = ('<div class="highlight"><table class="highlighttable"><tr><td class="linenos"><div class="linenodiv">'
            '<pre>1\n2\n3</pre></div></td><td class="code"><pre><code>site_url: https://example.com/\nnav:\n'
            '  - Home: index.md</code></pre></td></tr></table></div>')
    page = f"<html><body><article><h1>Configuration</h1><p>{prose(1)}</p>{code}<p>{prose(2)}</p></article></body></html>"
    a = pagecleaner.clean(page, input="html")
    assert "site_url: https://example.com/" in a.body and "1\n2\n3" not in a.body
    assert any(b.removed_by == "html_class" and "lineno" in b.reason for b in a.blocks)


def test_a_shops_filter_panel_is_no_text():
    """A category page's facets ("Filter:", "Availability", "Sort by:", "6 products") inside its <main>."""
    facets = ('<div class="facets-container"><h2 class="facets__heading">Filter:</h2><div>Availability</div>'
              '<div class="facet-filters sorting"><label>Sort by:</label></div><h2 class="product-count">6 products'
              '</h2></div>')
    a = pagecleaner.clean(f"<html><body><main><h1>Green Tea</h1><p>{prose(1)}</p>{facets}<p>{prose(2)}</p></main>"
                          "</body></html>", input="html")
    assert "Availability" not in a.body and "Sort by" not in a.body and prose(2) in a.body


def test_a_search_pages_refinements_are_no_text():
    """Amazon's filters, "s-refinements", after the results in the page's order: each a link in a list, never a list
    of the page's (inside the text, where a list of links is the text's)."""
    results = "".join(f'<div class="s-result-item"><h2><a href="/dp/{i}">Gooseneck kettle model {i} with a '
                      f'thermometer</a></h2><span class="a-price">${20 + i}.99</span></div>' for i in range(4))
    refine = ('<div id="s-refinements"><span>Department</span><ul><li><a href="/s?n=1">Electric Kettles</a></li>'
              '<li><a href="/s?n=2">Stovetop Kettles</a></li></ul></div>')
    a = pagecleaner.clean(f"<html><body><main><h1>Kettles</h1><p>{prose(1)}</p>{results}{refine}<p>{prose(2)}</p>"
                          "</main></body></html>", input="html")
    assert "Stovetop Kettles" not in a.body and "Department" not in a.body and prose(2) in a.body


def test_a_product_pages_customer_reviews_go_by_their_class():
    """JTL-Shop: the reviews in a tab of their own, under no heading, each in an element whose class or id says so."""
    reviews = (1, 7)
    page = _shop_page(make_block("4,5 von 5", tokens=frozenset({"reviews", "mosthelpful"}), ancestors=reviews),
                      make_block("Liegt satt auf der Arbeitsplatte und rutscht nicht.", ancestors=reviews,
                                 tokens=frozenset({"review", "item", "text"})))
    out = S.product_page.fn(page, _product_ctx())
    assert [(b.removed_by, b.reason) for b in out[1:3]] == [
        ("product_page", "a customer's review (class/id 'reviews')"),
        ("product_page", "a customer's review (class/id 'review')")]
    assert all(b.kept for b in out[3:])


def test_a_product_pages_seller_box_goes_by_its_class():
    """Mercado Libre's "ui-pdp-seller": who sells it, the seller's badge and sales, beside the product."""
    page = _shop_page(make_block("MercadoLíder Platinum | +50mil ventas", tokens=frozenset({"ui", "pdp", "seller"}),
                                 ancestors=(1, 7)))
    out = S.product_page.fn(page, _product_ctx())
    assert (out[1].removed_by, out[1].reason) == ("product_page", "the seller's box (class/id 'seller')")
    assert all(b.kept for b in out[2:])


@pytest.mark.parametrize("heading,level,gone", [
    ("Preguntas y respuestas", 2, True),
    ("Customer questions & answers", 2, True),
    ("Fragen und Antworten", 3, True),
    ("Soru & Cevap", 2, True), ("Sorular ve Cevaplar", 2, True),     # (Turkish)
    ("Questions about the kettle", 2, False),        # a heading of the product's own
    ("Sorunlar", 2, False),
])
def test_a_product_pages_customers_questions_go_up_to_the_next_heading_of_their_rank(heading, level, gone):
    """Under the Q&A heading, the customers' questions and the seller's answers, up to a heading of its rank."""
    page = _shop_page(make_block(heading, kind="heading", tag=f"h{level}", level=level),
                      make_block("¿Sirve para mate? Sí, calentá solo hasta que empiece a hacer ruido."),
                      make_block("Más preguntas", kind="heading", tag=f"h{level + 1}", level=level + 1),
                      make_block("Garantía", kind="heading", tag=f"h{level}", level=level))
    out = S.product_page.fn(page, _product_ctx())
    assert [not b.kept for b in out[1:4]] == [gone] * 3
    assert out[3].reason == ("the customers' questions" if gone else None)
    assert all(b.kept for b in out[4:])


@pytest.mark.parametrize("box_opens, gone", [(True, True), (False, False)])
def test_a_product_pages_reviews_go_with_the_element_their_heading_opens(box_opens, gone):
    """dm's reviews: "Bewertungen (1.284)" atop a <section> of their own (no class naming them), the reviews in it;
    a heading of reviews in a box that holds the description before it (a shop's tabs) takes nothing."""
    before = make_block(prose(2), ancestors=(1, 8) if box_opens else (1, 9))
    heading = make_block("Bewertungen (1.284)", kind="heading", tag="h2", level=2, ancestors=(1, 9, 10))
    page = _shop_page(before, heading,
                      make_block("Zieht super schnell ein und riecht angenehm frisch.", ancestors=(1, 9, 11)),
                      make_block("Für trockene Haut im Winter etwas zu leicht.", ancestors=(1, 9, 12)))
    out = S.product_page.fn(page, _product_ctx())
    assert out[1].kept and [not b.kept for b in out[2:5]] == [gone] * 3
    assert all(b.kept for b in out[5:])


def test_a_product_page_whose_story_a_review_class_frames_keeps_it():
    """A review's own text (an article about a product, in "review-body"): the word frames the page."""
    page = _shop_page(make_block(prose(1)))
    page = [b._replace(tokens=frozenset({"review", "body"})) if b.kind == "paragraph" else b for b in page]
    assert all(b.kept for b in S.product_page.fn(page, _product_ctx())[1:])


def test_a_lists_linked_items_between_two_of_its_items_kept_come_back(html_ctx):
    """A checklist whose items link to the products: "Stakes" and "Guylines" among "Groundsheet for tent floor
    durability"; a linked item after the list's last kept one, or in a list that keeps none, stays out."""
    ul, other = (1, 5), (1, 6)
    page = [make_block("Tent poles or trekking poles", 0, kind="list_item", ancestors=ul + (10,)),
            make_block("Stakes", 1, kind="list_item", ancestors=ul + (11,), removed_by="link_density"),
            make_block("Groundsheet for tent floor durability", 2, kind="list_item", ancestors=ul + (12,)),
            make_block("Guylines", 3, kind="list_item", ancestors=ul + (13,), removed_by="link_density"),
            make_block("Home", 4, kind="list_item", ancestors=other + (14,), removed_by="link_density"),
            make_block("Shop", 5, kind="list_item", ancestors=other + (15,), removed_by="link_density")]
    out = S.html_frame.fn(page, html_ctx)
    assert [b.kept for b in out] == [True, True, True, False, False, False]


@pytest.mark.parametrize("text,path,kept", [
    # a business's card: its street, phone and e-mail, the two last links to call and to write
    ("Via Gombito 14, 24129 Bergamo\n035 555 0192\ninfo@example.it", "div>section>address", True),
    ("Jane Doe", "article>header>address", False),                  # an author's, a link to the profile alone
    ("Via Gombito 14, 24129 Bergamo\n035 555 0192\ninfo@example.it", "div>section>p", False),   # no <address>
])
def test_a_contact_address_of_links_is_no_menu(text, path, kept, html_ctx):
    block = make_block(text, 0, path=path, link_chars=len(text) * 3 // 4)
    assert (S.link_density.fn(block, html_ctx) is None) is kept



NOTES = ("<div class='old'><span>US $36.84</span><span>-50%</span></div>"
         "<div class='tax'>Tax excluded, add at checkout if applicable</div>"
         "<div class='coupon'>Extra 3% off with coins US $2.00 off on US $19.00</div>")


@pytest.mark.parametrize("over,kept", [("US $18.74", True), ("Extra 5% off with coins", False),
                                       ("US $18.74" + NOTES, True)])     # (its old price and notes between)
def test_a_products_price_over_its_name_is_the_products(over, kept):
    """AliExpress shows the price over the product's <h1>: the price stays, a promotion's line does not."""
    page = (f"<html><head><title>USB-C Charger 65W - AliExpress</title><meta property='og:type' content='product'>"
            f"</head><body><main><div class='info'><div class='price'>{over}</div><h1>USB-C Charger 65W</h1>"
            f"<p>{prose(1)}</p><p>{prose(2)}</p><button>Add to cart</button></div></main></body></html>")
    a = pagecleaner.clean(page, input="html")
    assert a.page_type == "product" and (over[:9] in a.body) is kept


@pytest.mark.parametrize("h1_in_aside", [True, False])
def test_the_aside_that_holds_the_headline_is_the_pages_main_column(h1_in_aside):
    """Vinted's item page: the name, price, details and description in an <aside>, the pictures beside it; an
    <aside> beside a headline outside it is a sidebar still."""
    item = (f"<h3>25,00 €</h3><p>{prose(1)}</p>")
    head = "<h1>Veste en jean Levi's vintage</h1>"
    aside = f"<aside class='item-page-sidebar'>{head if h1_in_aside else ''}{item}</aside>"
    page = (f"<html><head><title>Veste en jean Levi's vintage | Vinted</title></head><body><main>"
            f"{'' if h1_in_aside else head}<figure><img src='a.jpg' alt=''></figure>{aside}"
            f"<section><h2>Le dressing du membre</h2><p>{prose(2)}</p></section></main></body></html>")
    a = pagecleaner.clean(page, input="html")
    assert (prose(1) in a.body) is h1_in_aside


@pytest.mark.parametrize("text,kind,page_type,kept", [
    ("func New(rate int, per time.Duration) *Limiter", "code", "documentation", True),   # a declaration's types
    ("pip install requests", "code", "article", True),                                  # (linked: a listing still)
    ("func (*Limiter) Allow", "heading", "documentation", True),     # a member's heading linked to its source
    ("type Limiter", "heading", "documentation", True),
    ("Performance Tuning: FAQs", "heading", "documentation", False),  # a link to another page, no member
    ("func New", "heading", "article", False),                       # (not an API reference: a teaser's title)
    ("def retryOn(p: Response => Boolean): RetryPolicy", "paragraph", "documentation", True),   # Scaladoc's
    ("def productIterator: Iterator[Any]", "paragraph", "documentation", True),    # declaration in a <div>
    ("def retryOn(p: Response => Boolean): RetryPolicy", "paragraph", "article", False),
    ("class notes for the spring term are online.", "paragraph", "documentation", False),   # (a sentence)
    ("Getting started (Guide)", "paragraph", "documentation", False),             # (a link to a page)
    ("length → int", "paragraph", "documentation", True),        # a property, its type after an arrow (Dartdoc's)
    ("items → List<T>?", "paragraph", "documentation", True),
    ("Next → Installation", "paragraph", "documentation", False),     # (a link to the next page)
    ("length → int", "paragraph", "article", False),
    ("Tidewater.retry — Function", "paragraph", "documentation", True),    # a docstring's header (Documenter.jl's)
    ("Tidewater.Policy — Type", "paragraph", "documentation", True),
    ("Tidewater — Home", "paragraph", "documentation", False),              # (a site's link home)
])
def test_a_listing_or_a_members_heading_all_link_is_no_menu(text, kind, page_type, kept):
    """pkg.go.dev: each member's heading links to its source, its declaration's types to their pages."""
    block = make_block(text, 0, kind=kind, path="div>section>div>pre", link_chars=len(text) * 3 // 4)
    got = S.link_density.fn(block, Context(config=Config(), input="html", page_type=page_type))
    assert (got is None) is kept


def test_a_products_name_past_its_title_and_its_fields_list_over_the_description():
    """JD's item: no <h1>, the <title> the name without its model ("…烧水壶" of "…烧水壶 ZDH-C15B1"), the name in
    a <div>, the price and the cart's link, then the fields as a list, "容量：1.5L", over the description: the name
    that goes on past the title shows it, and the fields under it come back with the price."""
    fields = ("商品名称：小熊ZDH-C15B1", "商品编号：100012043978", "容量：1.5L", "功率：1800W")
    page = ("<html><head><title>【小熊电热水壶】小熊电热水壶 1.5L 304不锈钢 烧水壶【行情 报价 价格 评测】-京东</title>"
            "</head><body><div class='nav'><a href='/'>首页</a> <a href='/c'>家用电器</a></div>"
            "<div class='sku-name'>小熊电热水壶 1.5L 304不锈钢 烧水壶 ZDH-C15B1</div>"
            "<div class='price'><span>￥</span><span>89.00</span></div><a href='/cart?pid=1'>加入购物车</a>"
            "<ul class='parameter'>" + "".join(f"<li>{f}</li>" for f in fields) + "</ul>"
            "<div class='detail'><p>一体无缝的304不锈钢内胆，水垢不易积存，清洗方便，用了很多年也不会生锈。</p>"
            "<p>双层壶身，外壁烧水时也不烫手。水开后自动断电，干烧时同样断电保护，家里有孩子也放心。</p>"
            f"<p>{PROSE}</p></div></body></html>")
    a = pagecleaner.clean(page, input="html")
    assert a.page_type == "product" and all(f in a.body for f in fields) and "￥89.00" in a.body


@pytest.mark.parametrize("page_type,kept", [
    ("collection", False),      # a shop's filter: a checkbox's label and its count
    ("product", False),         # a variant's radio button
    ("article", True),          # a checklist's item, a recipe's ingredient to tick off
])
def test_a_checkbox_line_goes_on_a_shops_page_only(page_type, kept):
    page = ("<html><body><h1>Czajniki elektryczne</h1><ul>"
            "<li><label><input type='checkbox'>nowe</label><span>6 945</span></li></ul>"
            f"<p>{PROSE}</p></body></html>")
    blocks, _ = read_html(page)
    line = next(b for b in blocks if b.text.startswith("nowe"))
    got = S.shop_filter.fn(line, Context(config=Config(), input="html", page_type=page_type))
    assert (got is None) is kept


@pytest.mark.parametrize("page_type,kept", [("listing", True), ("article", False)])
def test_a_listings_cards_each_with_its_content_element_keep_their_titles(page_type, kept):
    """Pelican's cards: each its title in a <header>, its text in an "entry-content" of its own. On an article the
    element the page marks as its body holds the text, and what stands outside it goes."""
    body = frozenset({"entry", "content"})
    blocks = [make_block("Het verschil tussen volkorenmeel en spelt", 0, kind="heading"),
              make_block(PROSE, 1, tokens=body), make_block("Een broodtrommel van beukenhout", 2, kind="heading"),
              make_block(PROSE + " Twice.", 3, tokens=body)]
    out = S.html_content.fn(blocks, Context(config=Config(), input="html", page_type=page_type))
    assert out[2].kept is kept



@pytest.mark.parametrize("headline,kept", [
    ("Zakelijke energie voor het mkb | Noordstroom", True),   # the page's title: its box is the page's hero
    ("Video shows dramatic rescue", False),                   # another title: the box around the <h1> is a promo
])
def test_the_box_around_the_pages_h1_is_no_promotion(headline, kept):
    """Sitecore's hero, its component called "promo hero": the page's <h1>, its lead and its button."""
    hero = frozenset({"component", "promo", "hero"})
    blocks = [make_block("Zakelijke energie voor het mkb", 0, kind="heading", level=1, tokens=hero),
              make_block(PROSE, 1, tokens=hero), make_block(PROSE + " Again.", 2),
              make_block(PROSE + " Once more.", 3)]
    ctx = Context(config=Config(), input="html", meta={"headline": headline})
    assert S.html_class.fn(blocks, ctx)[1].kept is kept


def test_a_products_variants_in_its_order_form_are_no_text_its_price_is():
    """Solidus' order form holds the price and the variants' list under its label ("Kleur" / "Heidepaars" /
    "Mosgroen"): the form is the product's, its choices are not."""
    import pagecleaner
    form = ('<form action="/orders/populate"><div class="product-details__price"><span class="price">€ 89,00</span>'
            '</div><div class="product-variants"><h3>Kleur</h3><ul><li><label>Heidepaars</label></li><li><label>'
            'Mosgroen</label></li></ul></div><button>In winkelwagen</button></form>')
    page = (f'<html><head><meta property="og:type" content="product"></head><body><main><h1>Wollen plaid Heide</h1>'
            f'{form}<p>{prose(1)}</p><p>{prose(2)}</p></main></body></html>')
    a = pagecleaner.clean(page, input="html")
    by = {b.text: b.removed_by for b in a.blocks}
    assert a.page_type == "product" and by["€ 89,00"] != "html_container"
    assert by["Kleur"] == by["Heidepaars"] == by["Mosgroen"] == "html_container"


def test_a_section_between_the_lead_and_the_next_heading_in_the_pages_frame_comes_back():
    """Super's page (Notion's blocks): the lead, then "Qué documentos traducimos" over its list, each item a list
    of its own, then the next section's heading and paragraph; main_text's run began at the second section."""
    items = "".join(f'<ul class="notion-bulleted-list"><li class="notion-list-item">{t}</li></ul>' for t in (
        "Títulos y expedientes académicos para homologar estudios.",
        "Certificados de nacimiento, matrimonio y antecedentes penales.", "Contratos, poderes y escrituras."))
    lead = ("Traducimos documentos oficiales del inglés y del francés al español, con la firma y el sello de una "
            "traductora jurada nombrada por el Ministerio.")
    callout = ('<div class="notion-callout"><span class="notion-callout__icon">📞</span><p>Escríbeme por WhatsApp al '
               '612 345 678 o a hola@luciaferrer.example</p></div>')
    terms = ("La mayoría de las traducciones están listas en tres días laborables. El precio depende del número de "
             "páginas; te enviamos el presupuesto el mismo día.")
    page = (f'<html><body><main><h1>Traducción jurada</h1><article><p>{lead}</p>{callout}'
            f'<h2>Qué documentos traducimos</h2>{items}<h2>Plazos y precios</h2><p>{terms}</p></article></main>'
            '</body></html>')
    a = pagecleaner.clean(page, input="html")
    assert "Qué documentos traducimos" in a.body and "Contratos, poderes y escrituras." in a.body


@pytest.mark.parametrize("header,gone", [
    ('<div class="codeblock-header"><span class="title">retype.yml</span></div>', True),    # Retype's
    ('<div class="codeblock-header"><span class="title">Run this once, then restart the server</span></div>', False),
])
def test_a_program_listings_file_name_in_its_header_is_no_text(header, gone):
    page = (f'<html><body><main><h1>Variables</h1><p>{prose(1)}</p><div class="codeblock-wrapper">'
            f'<div class="codeblock">{header}<pre><code>url: ${{SITE_URL}}</code></pre></div></div><p>{prose(2)}</p>'
            '</main></body></html>')
    a = pagecleaner.clean(page, input="html")
    assert ("retype.yml" not in a.body if gone else "Run this once" in a.body) and "SITE_URL" in a.body


def _form_section(head: str, note: str, level: int = 2) -> str:
    story = "".join(f"<p>{prose(i)}</p>" for i in range(4))
    return (f'<html><body><main><h1>Бухгалтерські послуги</h1>{story}<section><div class="wrap"><h{level}>{head}'
            f'</h{level}><div class="text"><p>{note}</p></div><form><label>Ім\'я<input name="n"></label><label>'
            f'Телефон<input name="t"></label><p>Натискаючи кнопку, ви погоджуєтеся з політикою.</p></form></div>'
            '</section></main></body></html>')


@pytest.mark.parametrize("head, note, level, gone", [
    ("Залиште заявку", "Передзвонимо протягом години в робочий час.", 2, True),    # what the form asks
    ("Залиште заявку", "Передзвонимо протягом години в робочий час.", 1, False),   # (a page's title: its <h1>)
    ("Snijplank walnoot", "€ 49,95", 2, False),       # (a name and its price over an order form: a product's)
    ("Leave a Comment", "Your email address will not be published.", 2, False),    # (the comment rule's)
])
def test_the_heading_over_a_form_and_its_note_go_with_the_form(head, note, level, gone):
    a = pagecleaner.clean(_form_section(head, note, level), input="html")
    asked = {b.text for b in a.blocks if b.reason == "the heading over a form, and its note: what the form asks"}
    assert (asked == {head, note}) is gone and (head not in a.body) is (gone or head == "Leave a Comment")


def test_a_product_lists_and_spec_cells_are_whole_when_the_text_keeps_a_part():
    """Home Depot's: main_text kept the first highlight and the first cells; the rest of the list and of the sheet
    come back; a sentence among the cells' siblings (a card's offer) does not."""
    def block(i, text, kept, tag, path, ancestors, tokens=frozenset()):
        b = make_block(text, i)._replace(tag=tag, path=path, ancestors=ancestors, tokens=tokens,
                                         kind="list_item" if tag == "li" else "paragraph")
        return b if kept else b.remove("main_text", AFTER_SPAN)
    cell = frozenset({"specs", "cell"})
    blocks = [block(0, "Compact drill for drilling and driving in wood.", True, "li", "div>ul>li", (1, 2, 3, 4)),
              block(1, "Two-speed gearbox with 24 clutch settings.", False, "li", "div>ul>li", (1, 2, 3, 5)),
              block(2, "Voltage", True, "div", "div>div>div", (1, 6, 7, 8), cell),
              block(3, "Maximum Speed", False, "div", "div>div>div", (1, 6, 9, 10), cell),
              block(4, "Pay less after opening a new card today, the offer says.", False, "div", "div>div>div",
                    (1, 6, 9, 11), cell)]
    assert [b.kept for b in S._whole_lists(blocks)] == [True, True, True, True, False]



KETTLE = Path(__file__).parents[2] / "fixtures" / "pagetypes" / "html" / "product-mediamarkt.html"


@pytest.mark.parametrize("heading, kept", [("Produktmerkmale", True), ("Weitere Artikel", False)])
def test_a_products_features_under_their_heading_come_back(heading, kept):
    """MediaMarkt's: the buy box's short lines (its numbers, price, a box of services to add under an <h3>) run on
    into the features' heading, a menu's run to the rule; the features' list under it comes back (not a list
    under another heading)."""
    page = KETTLE.read_text(encoding="utf-8").replace("<h2>Produktmerkmale</h2>", f"<h2>{heading}</h2>")
    a = pagecleaner.clean(page, input="html")
    assert ("Warmhaltefunktion für 30 Minuten" in a.body) is kept and (heading in a.body) is kept


def test_a_products_numbers_line_under_its_name_comes_back_its_delivery_options_go():
    a = pagecleaner.clean(KETTLE.read_bytes(), input="html")
    assert "Art.-Nr. 2471188 | Hersteller-Nr. TWK7203" in a.body and "59,99 €" in a.body
    assert "Versandfertig" not in a.body and "Abholung" not in a.body


@pytest.mark.parametrize("generator, kept", [("mkdocs-1.6.1", True), ("WordPress 6.8", False)])
def test_a_documentation_pages_callout_in_an_aside_among_its_paragraphs_is_its_text(generator, kept):
    """Vocs' tip: an <aside> in the <article>, right after the text's paragraph, its sibling; the sidebar's
    <aside> of the page's contents stands outside the text and goes. (On a post, an <aside> among the paragraphs
    is still a box of its own.)"""
    tip = "Some public nodes reject batches, so turn batching off if you see errors."
    page = (f'<html><head><meta name="generator" content="{generator}"><title>Batching</title></head><body>'
            '<aside class="outline"><h2>On this page</h2><ul><li><a href="#limits">Limits</a></li></ul></aside>'
            f'<article><h1>Batching requests</h1><p>{PROSE}</p><p>{PROSE} Again.</p>'
            f'<aside class="callout"><p>{tip}</p></aside></article></body></html>')
    a = pagecleaner.clean(page, input="html")
    assert (tip in a.body) is kept and "On this page" not in a.body


@pytest.mark.parametrize("values, gone", [
    (("link_density", "link_density"), True),     # a term whose descriptions other rules all took
    (("link_density", None), False),              # (one still stands)
    ((None,), False),
])
def test_a_terms_label_goes_when_its_descriptions_all_went(values, gone):
    """Launchpad's box of a question's fields: "Solved by:" over the linked name, "Last reply:" over its date."""
    term = make_block("Solved by:", 0, path="div>div>dl>dt")._replace(tag="dt")
    dds = [make_block(f"value {k}", k + 1, path="div>div>dl>dd")._replace(tag="dd", removed_by=by)
           for k, by in enumerate(values)]
    after = make_block(prose(1), len(dds) + 1, path="div>div>p")._replace(tag="p")
    out = S.bare_terms.fn([term, *dds, after], Context(config=Config(), input="html"))
    assert (out[0].removed_by == "bare_terms") is gone
    assert out[-1].kept



@pytest.mark.parametrize("page_type, gone", [("documentation", False), ("article", True)])
def test_a_manuals_see_also_line_of_links_stays_on_a_documentation_page(page_type, gone):
    """QDoc's "See also QBasicTimer and QTimerEvent.", mostly links: the manual's references on its own page."""
    b = make_block("See also QBasicTimer and QTimerEvent.", link_chars=24, tag="p")
    got = S.link_density.fn(b, Context(config=Config(), input="html", page_type=page_type))
    assert (got is not None) is gone


def test_the_old_price_past_the_discounts_badge_comes_back_with_the_sale_price():
    """Tiki's box: the sale's price, the discount's badge ("-35%", which shop_badge took), then the old price, each
    in an element of its own in one box: both prices come back, never the badge."""
    box = {**CUT, "ancestors": (1, 5, 6)}
    badge = make_block("-35%", removed_by="shop_badge", reason="a product card's badge", ancestors=(1, 5, 7))
    page = _shop_page(make_block("1.290.000₫", **box), badge,
                      make_block("1.990.000₫", **{**CUT, "ancestors": (1, 5, 8)}))
    assert [b.kept for b in S.product_page.fn(page, _product_ctx())[1:4]] == [True, False, True]


def test_a_product_pages_availability_and_delivery_box_goes_by_its_class():
    """expert's "widget-Availability" and "widget-StoreAvailability": in stock online, when it comes, in which
    store, beside the product."""
    page = _shop_page(make_block("Online verfügbar Lieferung in 2-4 Werktagen",
                                 tokens=frozenset({"widget", "availability"}), ancestors=(1, 7)),
                      make_block("In Ihrem expert Markt Bad Kreuznach: vorrätig", ancestors=(1, 8),
                                 tokens=frozenset({"widget", "store", "availability"})))
    out = S.product_page.fn(page, _product_ctx())
    assert [b.reason for b in out[1:3]] == ["the product's availability and delivery (class/id 'availability')"] * 2
    assert all(b.kept for b in out[3:])


@pytest.mark.parametrize("sale,kept", [
    ("Precio Internet: $119.990", True),        # its label before it
    ("Precio Internet: $119.990 -20%", True),   # and its discount's badge after it
    ("$119.990", True),
    ("Despacho gratis sobre $59.990", False),   # a promise, no price beside the old one
])
def test_the_sales_price_beside_the_old_price_kept_where_the_text_opens_comes_back(sale, kept):
    """Sodimac's box: "Normal: $149.990" kept, main_text's span opening there, "Precio Internet: $119.990" under it
    in the box cut as lying before the span."""
    box = {"ancestors": (1, 5, 6)}
    page = _shop_page(make_block("Normal: $149.990", **box), make_block(sale, **{**CUT, "ancestors": (1, 5, 7)}))
    assert S.product_page.fn(page, _product_ctx())[2].kept is kept


@pytest.mark.parametrize("admonition,kept", [("admonition tip", True), ("sidebar", False)])
def test_an_aside_whose_class_calls_it_an_admonition_stays_on_a_documentation_page(admonition, kept):
    """MyST's tip: <aside class="admonition tip"> right under a listing (no paragraph of prose before it)."""
    page = (f'<html><head><meta name="generator" content="mystmd"></head><body><main><article><h1>Tidy data</h1>'
            f'<p>{prose(1)}</p><pre><code>long = df.melt(id_vars=["country"])</code></pre>'
            f'<aside class="{admonition}"><div>Tip</div><div><p>Keep the raw file untouched and write the tidy '
            f'table to a new file.</p></div></aside><h2>Checking</h2><p>{prose(2)}</p></article></main></body></html>')
    a = pagecleaner.clean(page, input="html")
    assert a.page_type == "documentation" and ("Keep the raw file untouched" in a.body) is kept


def test_a_see_also_boxs_links_come_back_not_the_pages_links_under_the_box():
    """MyST's "See also" box, its links in the box; the previous and next pages' cards under it, each one link."""
    page = ('<html><head><meta name="generator" content="mystmd"></head><body><main><article><h1>Tidy data</h1>'
            f'<p>{prose(1)}</p><h2>Checking</h2><p>{prose(2)}</p><aside class="admonition seealso"><div><div>See '
            'also</div></div><div><ul><li><a href="/r">Reading data</a></li><li><a href="/j">Joining tables</a></li>'
            '</ul></div></aside><div class="flex"><a href="/r"><div><div>Notes</div>Previous: Reading data</div></a>'
            '<a href="/j"><div><div>Notes</div>Next: Joining tables</div></a></div></article></main></body></html>')
    a = pagecleaner.clean(page, input="html")
    assert "Joining tables" in a.body and "Next: Joining tables" not in a.body


def test_a_sales_price_in_an_element_inside_the_old_prices_box_comes_back():
    """Americanas' box: the old price kept where main_text's span opens, the sale's a <span> of its own inside the
    box's element, cut."""
    page = _shop_page(make_block("R$ 499,90", ancestors=(1, 5)), make_block("R$ 349,90", **{**CUT,
                                                                                            "ancestors": (1, 5, 9)}))
    assert S.product_page.fn(page, _product_ctx())[2].kept


@pytest.mark.parametrize("footer", ['<footer>', '<footer class="blockquote-footer">'])
def test_a_quotes_own_footer_is_its_attribution_not_the_pages_footer(footer):
    """Bootstrap's testimonial (Blocs'): <blockquote><p>"…"</p><footer class="blockquote-footer">familie Bakker,
    Zeist</footer></blockquote>; the page's own <footer> still goes."""
    page = (f'<html><body><main><h1>Glazenwasserij Van Dijk</h1><p>{prose(1)}</p><p>{prose(2)}</p><h2>Wat klanten '
            f'zeggen</h2><blockquote><p>"Al vier jaar elke maand stipt op tijd."</p>{footer}familie Bakker, Zeist'
            f'</footer></blockquote></main><footer><p>© 2026 Glazenwasserij Van Dijk</p></footer></body></html>')
    a = pagecleaner.clean(page, input="html")
    assert "familie Bakker, Zeist" in a.body and "© 2026" not in a.body


@pytest.mark.parametrize("cls, kept", [("pdp__brand", True), ("pdp__seller", False)])
def test_a_products_maker_right_over_its_name_in_a_brand_element_is_the_products(cls, kept):
    """BRACK's buy box: the maker's link in "pdp__brand" over the <h1>: the product's (no section's either)."""
    html = (f'<html><head><meta property="og:type" content="product"></head><body><main>'
            f'<div class="{cls}"><a href="/marken/bosch">Bosch Professional</a></div>'
            '<h1>Akku-Bohrschrauber GSR 12V-35, 2x 3.0 Ah, L-Boxx</h1><div class="price">CHF 219.–</div>'
            '<button>In den Warenkorb</button><h2>Beschreibung</h2><p>Der bürstenlose Motor des GSR 12V-35 liefert '
            '35 Nm Drehmoment und ist dabei nur 15 cm lang, so kommt man auch in enge Küchenschränke.</p></main>'
            '</body></html>')
    a = pagecleaner.clean(html, input="html")
    assert ("Bosch Professional" in a.body.split("\n\n")) is kept and a.section != "Bosch Professional"
