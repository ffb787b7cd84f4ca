"""What kind of page: from the markup's declared types first, else from what the text shows."""
import json
import re
from pathlib import Path

import pytest

import pagecleaner
from pagecleaner.model import Block
from pagecleaner.filters.pagetypes import _card_count
from pagecleaner.pagetype import (BUY_REACH, CARDS_MIN, FEW_CARDS, SERVICES, card_list, forum_mark, page_type,
                                  price_alone, signature)
from tests.conftest import prose


def blocks(*texts, kind="paragraph"):
    return [Block(i, i + 1, t, kind=kind) for i, t in enumerate(texts)]


@pytest.mark.parametrize("declared,kind", [
    (("discussionforumposting", "webpage"), "forum"),
    (("qapage",), "forum"),
    (("product", "article"), "product"),                 # a product page with review text
    (("og:product",), "product"),
    (("techarticle",), "documentation"),
    (("newsarticle", "itemlist"), "article"),            # an article that lists its picks is an article
    (("itemlist",), "listing"),
    (("collectionpage", "organization"), "collection"),
    (("localbusiness",), "service"),
    (("faqpage", "question"), "article"),               # an FAQ's entries are Questions: no forum
    (("website",), "article"),                          # nothing we know: the text decides
])
def test_the_markup_says_what_the_page_is(declared, kind):
    assert page_type(blocks(prose(1)), declared) == kind


def test_posts_with_quote_buttons_and_member_fields_are_a_thread():
    posts = []
    for i in range(2):
        posts += ["Joined: Mar 2019", "Posts: 1,204", prose(i), "Quote"]
    assert page_type(blocks(*posts)) == "forum"


def test_posts_numbered_before_their_dates_and_counts_spaced_by_thousands_are_a_threads():
    """e107's thread as scraped text: "#2 śro gru 02 2026, 19:05" over each post, "Posty: 1 204" under its author."""
    posts = []
    for i in range(2):
        posts += [f"#{i + 1} śro gru 0{i + 2} 2026, 19:05", "Cytuj Zgłoś", "stolarz_janek", f"Posty: {i + 1} 204",
                  prose(i)]
    assert page_type(blocks(*posts)) == "forum"
    assert page_type(blocks("#1 reason to go", prose(1), "#2 reason to stay", prose(2))) != "forum"
    a = pagecleaner.clean_text("\n".join(["Jaki klej do drewna na zewnątrz?", *posts, prose(5)]))
    assert a.byline != "Cytuj Zgłoś"        # (the post's buttons beside its date line are no author's name)


def test_a_shops_cards_each_with_its_price_in_instalments_are_a_category():
    """Tray's cards: the price and "ou 3x de R$ 14,30 sem juros" after it on one line, a "Comprar" button under."""
    cards = [x for i in range(5) for x in (f"Café número {i} 250 g", f"R$ 4{i},90 ou 3x de R$ 1{i},30 sem juros",
                                           "Comprar")]
    assert page_type(blocks("Cafés especiais", prose(1), *cards)) == "collection"


def test_a_blogs_posts_each_with_its_kudos_are_no_thread():
    """Svbtle's index: each post's "Kudos" count under its "Continue reading" button, as a support board counts
    them on each reply; kudos alone beside the posts' buttons make no thread (test_a_support_communitys_… keeps
    Khoros' replies one)."""
    posts = [x for i in range(3) for x in (f"Post number {i} about birds", prose(i), "Continue reading →",
                                           f"{i + 4} Kudos")]
    assert page_type(blocks("Field Notes", *posts)) != "forum"


def test_a_russian_shops_buy_button_and_price_are_a_product():
    assert page_type(blocks("Термокружка Полюс 450 мл", "1 290 ₽", "Добавить в корзину", prose(1))) == "product"


def test_a_members_card_glued_onto_a_line_and_the_quote_button_zitat_are_a_threads():
    """Asgaros Forum's thread: each author's name, rank and count on one line, "Zitat" by each post."""
    posts = []
    for i, who in enumerate(("Lena_K Mitglied", "Brotbackmichel Moderator")):
        posts += [f"{who} Beiträge: {12 + i}", prose(i), "Zitat"]
    assert page_type(blocks(*posts)) == "forum"
    assert page_type(blocks("We counted them all", prose(1), "Quote of the day", prose(2))) != "forum"


def test_a_members_count_of_posts_and_a_quote_button_in_more_languages_are_a_threads():
    """YaBB's Dutch thread: "Berichten: 14" under each poster's name, "Citeer" by each post."""
    posts = []
    for i in range(2):
        posts += ["Berichten: 1.208", prose(i), "Citeer"]
    assert page_type(blocks(*posts)) == "forum"


@pytest.mark.parametrize("joined", ["Join Date: Mar 2019", "Mitglied seit: 12.03.2019",
                                    "Fecha de inscripción : 14/03/2025",      # (Forumotion's Spanish boards)
                                    "Iscritto: 14/01/2026", "Lid sinds: 3 maart 2019"])   # (JForum's Italian)
def test_other_boards_member_fields_are_a_thread_too(joined):
    assert page_type(blocks(*([joined, "Posts: 1,204", prose(1)] * 2))) == "forum"


def test_replies_subjects_and_their_authors_post_counts_are_a_thread():
    """SMF to a guest: no quote button, each post under its author's count ("Wiadomości: 412", Polish) and each
    reply under its subject, the thread's title after "Odp:" ("Re:")."""
    title = "Wymiana łańcucha i kasety – co ile kilometrów?"
    posts = ["Wiadomości: 412", title, prose(1), "Wiadomości: 5890", f"Odp: {title}", prose(2),
             "Wiadomości: 412", f"Odp: {title}", prose(3)]
    assert page_type(blocks(*posts)) == "forum"
    assert page_type(blocks(*(p for p in posts if not p.startswith("Odp:")))) == "forum"      # three marks: posts
    assert page_type(blocks(*(p for p in posts[:6] if not p.startswith("Odp:")))) == "article"    # two: too few


def test_member_fields_glued_to_their_labels_are_a_thread():
    """inscriptis glues a XenForo card's labels to their values: "JoinedFeb 2, 2024 Messages7 LocationLeeds"."""
    cards = ["JoinedFeb 2, 2024 Messages7 LocationLeeds", "JoinedApr 19, 2011 Messages4,812",
             "JoinedSep 8, 2020 Messages362", "JoinedFeb 2, 2024 Messages7"]
    assert page_type(blocks(*(line for c in cards for line in (c, prose(1))))) == "forum"


def test_member_fields_one_under_the_other_in_one_block_are_a_thread():
    """MyBB's author card: "Mensajes: 214<br>Temas: 19<br>Registro en: Mar 2019" in one element; a paragraph of
    several lines that names a count is not one."""
    card = "Mensajes: 214\nTemas: 19\nRegistro en: Mar 2019"
    assert page_type(blocks(*([card, prose(1)] * 4))) == "forum"
    poem = "Posts: 3\n" + "\n".join(f"and the line {i} of a long poem that runs on" for i in range(5))
    assert page_type(blocks(*([poem, prose(1)] * 4))) == "article"


def test_a_posts_buttons_flattened_onto_one_line_with_quote_among_them_are_a_thread():
    """Vanilla's "Flag Like Quote" under each post, one line in html_text's shape; a line of words that are not all
    a post's buttons ("Quote of the day") is no mark."""
    assert page_type(blocks(*([prose(1), "Flag Like Quote"] * 4))) == "forum"
    assert page_type(blocks(*([prose(1), "Quote of the day"] * 4))) == "article"
    assert page_type(blocks(*([prose(1), "Antworten Zitieren 4"] * 4))) == "forum"     # its score beside (NodeBB)


def test_a_thread_its_board_calls_an_article_in_og_type_is_a_forum():
    """NodeBB gives each thread og:type "article"; its posts' marks say what it is."""
    posts = "".join(f"<li><p>{prose(i)}</p><small><a>Antworten</a> <a>Zitieren</a> <span>{i}</span></small></li>"
                    for i in range(4))
    page = (f'<html><head><meta property="og:type" content="article"></head><body><h1>Apfelbaum</h1><ul>{posts}</ul>'
            "</body></html>")
    assert pagecleaner.clean(page, input="html").page_type == "forum"


def test_xenforos_joined_label_alone_over_its_value_is_a_thread():
    posts = ["marta_k", "New member", "Joined", "Feb 2, 2024", "Messages", "7", prose(1)]
    assert page_type(blocks(*(posts * 4))) == "forum"
    assert page_type(blocks(*(posts * 4)[:-1])) == "forum"
    assert page_type(blocks("Joined", prose(1), "Joined", prose(2))) == "article"     # two buttons: no thread


def test_a_question_and_answers_signatures_flattened_with_their_buttons_and_authors_are_a_thread():
    """html_text joins Stack Exchange's "Follow" button, the signature and its author's name on one line."""
    signed = ["Asked Jun 30, 2024 at 8:14", "Follow asked Jun 30, 2024 at 8:14 Hannah W Hannah W",
              "Follow answered Jun 30, 2024 at 10:21 Bamboo Bamboo", "Follow answered Jul 2, 2024 at 17:01 JPM JPM"]
    assert page_type(blocks(*(line for s in signed for line in (prose(1), s)))) == "forum"
    # a sentence that opens so is no signature: too long, or no number in it
    story = ["Follow asked the council on Tuesday why the budget for the schools had not been passed in 2024."] * 4
    assert page_type(blocks(*(line for s in story for line in (prose(1), s)))) == "article"


def test_a_signature_split_at_its_time_is_a_posts_mark():
    """BeautifulSoup's get_text("\n") puts Stack Exchange's "answered" and its time on lines of their own."""
    lines = [prose(1), "asked", "Jun 30, 2024 at 8:14", prose(2), "answered", "Jun 30, 2024 at 10:21", prose(3),
             "answered", "Jul 2, 2024 at 17:01", prose(4), "answered", "Jul 3, 2024 at 9:00"]
    assert page_type(blocks(*lines)) == "forum"
    assert page_type(blocks(*(x if x[0] != "J" else "by the council" for x in lines))) == "article"   # no time


def test_a_question_and_its_answers_signatures_are_a_thread():
    signed = ["asked Sep 2, 2008 at 7:44", "answered Nov 10, 2014 at 22:11", "answered Sep 2, 2008 at 7:50",
              "answered Sep 2, 2008 at 7:49"]
    assert page_type(blocks(*(line for s in signed for line in (prose(1), s)))) == "forum"
    # the words without a time are a story's: "Asked about the plan, she said no." is no signature
    assert page_type(blocks(*(["Asked about the plan", prose(1)] * 4))) == "article"


def test_a_question_and_its_answers_signatures_in_other_languages_are_a_thread():
    """Question2Answer's headers in French ("répondu 2 nov. par Thibault") and its "Meilleure réponse" mark."""
    signed = ["posée 2 nov. dans Levain par Margaux", "répondu 2 nov. par Fournil du Marais", "Meilleure réponse",
              "répondu 3 nov. par Thibault"]
    assert page_type(blocks(*(line for s in signed for line in (prose(1), s)))) == "forum"
    assert page_type(blocks(prose(1), "Meilleure réponse", prose(2), "répondu", prose(3))) == "article"


@pytest.mark.parametrize("marks", [
    ["Join Date", "Jan 2011", "Reply With Quote"],     # vBulletin's field label alone over its value, its button
    ["03-11-2020, 08:11 PM#2", "Reply With Quote"],    # its post header, the number glued to the time
])
def test_vbulletins_fields_buttons_and_headers_are_a_thread(marks):
    assert page_type(blocks(*(marks * 2), prose(1))) == "forum"


def test_a_ranking_number_alone_is_no_post_header():
    assert page_type(blocks(*(["Best budget pick #1", prose(1)] * 4))) == "article"


def test_comments_headers_with_their_score_and_age_are_a_thread():
    headers = ["[–] maple_dad 311 points 8 months ago", "[–] oak_and_ash [ S ] 42 points 8 months ago",
               "[–] chisel_queen 187 points 8 months ago", "[–] router_bit 95 points 8 months ago"]
    assert page_type(blocks(*(line for h in headers for line in (h, prose(1))))) == "forum"


@pytest.mark.parametrize("score", [["3 Kudos"], ["3", "Kudos"]])      # (soup: the count and the word apart)
def test_a_support_communitys_posts_with_their_kudos_are_a_thread(score):
    """Khoros (Lithium): each post's score in kudos over its "Reply" button, the answer marked "Accepted solution";
    a blog's one "Kudos" to its readers is no thread."""
    posts = [line for i in range(4) for line in ("CarlaM", "Occasional Contributor", "09-14-2026 08:12 AM", prose(i),
                                                 *score, "Reply")]
    assert page_type(blocks(*posts)) == "forum"
    assert page_type(blocks(prose(1), "Kudos", prose(2), "Accepted solution", prose(3))) == "article"


@pytest.mark.parametrize("line,kind", [
    ("POST https://api.parcelbay.example.com/v2/shipments", "documentation"),    # an API reference's endpoint
    ("posthttps://api.parcelbay.example.com/v2/shipments", "documentation"),     # (ReadMe's, its two spans glued)
    ("GET /v1/users/{id}", "documentation"),
    ("Post /office boxes are not accepted", "article"),                         # a sentence
])
def test_an_api_endpoint_makes_a_reference_page(line, kind):
    assert page_type(blocks("Create a shipment", line, prose(1), prose(2))) == kind


def test_a_posts_time_glued_to_its_link_is_a_posts_header():
    """bbPress's header: the post's time, then its permalink "#2291" with nothing between them."""
    headers = [f"1{i} septembre 2026 à 18 h 4{i} min#229{i}" for i in range(4)]
    assert page_type(blocks(*(line for h in headers for line in (h, "Bernard T.", prose(1))))) == "forum"
    assert page_type(blocks(*(line for i in range(4) for line in (f"Best pick#{i}", prose(1))))) == "article"


def test_a_listings_cards_each_a_title_over_its_subtitle_in_one_link_are_cards():
    """Medium's card: the title an <h2>, its subtitle an <h3>, both in the card's one link."""
    cards = "".join(f'<article><p><a href="/@a">Ingrid Vos</a></p><a href="/post-{i}"><h2>Why we stopped counting '
                    f'loans number {i}</h2><h3>Daily loan counts told us more about the weather than about our '
                    f'readers, so we counted by week.</h3></a><div>Nov {i + 1}, 2026</div></article>'
                    for i in range(4))
    page = f"<html><body><main><h1>Field Notes on Data</h1><p>Notes from a small data team.</p>{cards}</main>" \
           "</body></html>"
    a = pagecleaner.clean(page, input="html")
    assert a.page_type == "listing" and a.body.count("Daily loan counts") == 4


def test_a_boards_floor_numbers_are_a_thread():
    """Discuz! numbers each reply "2#", "3#"; a layout's columns may put its author's name before it."""
    assert page_type(blocks(*(line for n in (2, 3, 4, 5) for line in (f"{n}#", prose(n))))) == "forum"
    assert page_type(blocks(*(line for n in (2, 3, 4, 5) for line in (f"Shunter_Dave {n}#", prose(n))))) == "forum"
    assert page_type(blocks(*(line for n in (2, 3, 4, 5) for line in (f"{n}楼", prose(n))))) == "forum"   # Tieba's
    assert page_type(blocks(*(line for n in (2, 3, 4, 5) for line in (f"Learn C# in {n} days", prose(n))))) \
        == "article"


def test_a_posts_number_alone_under_its_header_with_its_time_is_a_posts_mark():
    """Steam's discussions: the permalink "#1" in an element after the author's name and the time."""
    posts = [line for i in range(4) for line in (f"tidewatcher Mar {i + 8} @ 4:40pm", f"#{i + 1}", prose(i))]
    assert page_type(blocks(*posts)) == "forum"
    ranked = [line for i in range(4) for line in (f"Chapter {i + 1} of the guide", f"#{i + 1}", prose(i))]
    assert page_type(blocks(*ranked)) == "article"        # no time over the number: a ranking's


@pytest.mark.parametrize("edited", ["This post was last edited by anna on 2026-11-19 19:50",
                                    "Last edited by jens_w; 03-11-2020 at 08:11 PM.",
                                    "Zuletzt bearbeitet von anna am 19.11.2026 um 19:50 Uhr"])
def test_a_posts_note_that_it_was_edited_is_a_posts_mark(edited):
    assert page_type(blocks(*([edited, prose(1)] * 4))) == "forum"


def test_a_sentence_about_editing_is_no_posts_mark():
    line = "Last edited by the committee in 2019, the guide has not kept up with the new rules on grants."
    assert page_type(blocks(*([line, prose(1)] * 4))) == "article"


def test_a_members_counts_apart_from_their_labels_are_a_thread():
    """Discuz!'s cells: each count over its label ("412" / "Posts"), or the label first, and each floor number's
    "#" a <sup> that get_text("\\n") puts on its own line."""
    card = ["gwr_pannier", "38", "Threads", "412", "Posts", prose(1)]
    assert page_type(blocks(*card, *card)) == "forum"
    assert page_type(blocks(*([prose(1), "Posts", "412"] * 4))) == "forum"
    assert page_type(blocks(*([prose(1), "3", "#"] * 4))) == "forum"
    assert page_type(blocks(*([prose(1), "412", "Likes"] * 4))) == "article"      # no member's count


def test_comments_headers_with_their_author_score_and_age_between_bullets_are_a_thread():
    """Lemmy's: "netzmeister • 31 • vor 2 Wochen"; a blog's comments (Disqus's) show their author and age, no score."""
    headers = ["netzmeister • 31 • vor 2 Wochen", "sonnenklar • 12 • vor 2 Wochen", "gerd • 9 • vor 2 Wochen"]
    assert page_type(blocks(prose(0), *(line for h in headers for line in (h, prose(1))))) == "forum"
    disqus = ["Jane Doe • 3 years ago", "Ann Lee • 2 years ago", "Bo Chen • 2 years ago", "Sam Ray • a year ago"]
    assert page_type(blocks(prose(0), *(line for h in disqus for line in (h, prose(1))))) == "article"


@pytest.mark.parametrize("marks", [
    ["Answered anapaula-r asked this question in Q&A", "Answer selected by anapaula-r", "👍 2", "❤️ 3"],   # GitHub's
    ["Accepted answer", "Best answer", "Marked as answer"],
])
def test_a_questions_answer_marked_and_the_posts_reactions_are_a_thread(marks):
    assert page_type(blocks(*(line for m in marks for line in (prose(1), m)))) == "forum"


def test_a_posts_header_with_its_authors_role_on_the_board_is_a_posts_mark():
    """GitHub's headers: the role's badge glued to the name, or ending the line after the date."""
    headers = ["mkowalczykMaintainer Oct 3, 2026", "anapaula-r Oct 3, 2026Author", "jtorvaldContributor Oct 4, 2026"]
    assert page_type(blocks(*(line for h in headers for line in (h, prose(1))))) == "forum"
    bylines = ["By Jane Doe, Staff Writer, March 3, 2020", "Author: Jane Doe, March 3, 2020",
               "Member since March 2020"]      # a byline, a label, a member's field: no role's badge
    assert page_type(blocks(*(line for h in bylines for line in (h, prose(1))))) == "article"


def test_a_comments_author_and_age_beside_its_fold_toggle_is_a_posts_mark():
    """Hacker News': "tidewatcher 6 days ago | [–]" (old Reddit's toggle before the name)."""
    headers = ["tidewatcher 6 days ago | [–]", "marenb 6 days ago | | [–]", "[-] ketch_rig 3 points 2 hours ago"]
    assert page_type(blocks(*(line for h in headers for line in (h, prose(1))))) == "forum"
    assert page_type(blocks(*(line for h in ("Jane Doe 6 days ago", "[–] hide the map", "Bo 2 days ago")
                              for line in (h, prose(1))))) == "article"     # an age, a toggle: not both


def test_three_teaser_cards_each_under_a_linked_title_are_a_listing():
    """A block theme's category of three posts (Twenty Twenty-Four's), each a linked title over its excerpt."""
    cards = "".join(f'<li class="wp-block-post"><h2 class="wp-block-post-title"><a href="/p{i}">Ruta número {i} por '
                    f'la sierra</a></h2><div class="wp-block-post-excerpt"><p>{prose(i)}</p></div></li>'
                    for i in range(3))
    page = (f'<html><body><main><h1>Categoría: Senderismo</h1><p>Rutas a pie por la sierra.</p>'
            f'<ul class="wp-block-post-template">{cards}</ul></main></body></html>')
    a = pagecleaner.clean(page, input="html")
    assert a.page_type == "listing" and all(f"Ruta número {i}" in a.body for i in range(3))


def test_a_story_that_says_it_answered_or_shows_one_emoji_is_no_thread():
    assert page_type(blocks(prose(1), "She answered the council's question in writing.", prose(2), "👍 2",
                            prose(3))) == "article"


def test_a_blog_whose_comments_have_reply_buttons_is_an_article():
    assert page_type(blocks(prose(1), *(["Jane says:", prose(2), "Reply"] * 5))) == "article"


def test_add_to_cart_and_a_price_are_a_product():
    assert page_type(blocks("Sidamo coffee beans, 500 g", "12,90 €", "In den Warenkorb", prose(1))) == "product"
    assert page_type(blocks("Add to cart", prose(1))) == "article"                 # a button without a price


def test_a_buy_button_far_from_any_price_is_no_product():
    """A consultancy's blog: its "Book Now" in the header, a sentence's "$20 a month" two hundred lines further down."""
    far = blocks("Book Now", *(prose(i) for i in range(BUY_REACH + 1)), "From $20 a month", prose(99))
    assert page_type(far) == "article"
    near = blocks("Oak board, 40 cm", "$39.00", "Quantity", "Add to cart", *(prose(i) for i in range(BUY_REACH + 1)))
    assert page_type(near) == "product"


def test_a_shops_fields_by_a_price_are_a_product():
    """OpenCart's product: its buy button a form's <button> the reader drops, its fields by its name and price."""
    fields = ["Coador de porcelana nº 2", "Código do produto: CP-102", "Disponibilidade: Em estoque", "R$89,90"]
    assert page_type(blocks(prose(1), *fields)) == "product"
    assert page_type(blocks(prose(1), *fields[:2], "R$89,90")) == "article"        # one field: a price in a story


def test_five_products_each_over_its_price_and_its_button_are_a_collection():
    """(scraped text) A shop's category: each card's name, price and "Añadir al carrito"; not a product's page."""
    cards = [line for i in range(6) for line in (f"Taza número {i}", f"Precio {18 + i},00 €", "Añadir al carrito")]
    assert page_type(blocks("Vajilla", prose(1), *cards)) == "collection"


def test_three_products_each_over_its_price_and_its_button_are_a_collection_beside_no_products_fields():
    """A shop's category of three (Shopware's, its buttons "In den Warenkorb"); a product's page, its quantity
    field or its fields over its button, with three related products each with a button, stays a product."""
    cards = [line for i in range(3) for line in (f"Rucksack {i}", f"{129 + i},00 €*", "In den Warenkorb")]
    assert page_type(blocks("Wanderrucksäcke", prose(1), *cards)) == "collection"
    product = ("Coador de porcelana", "Código do produto: CP-102", "Disponibilidade: Em estoque", "R$89,90", "Qtd",
               "Comprar", prose(1))
    related = [line for i in range(2) for line in (f"Filtro {i}", f"R$18,5{i}", "Comprar")]
    assert page_type(blocks(*product, *related)) == "product"


def test_a_shops_category_of_four_priced_cards_that_counts_its_products_is_a_collection():
    """Jumpseller's "4 productos" over a grid of four cards, each a linked name over its price; four priced cards
    with no count (nor cart, nor buttons to sort them) are not enough (a deal site's story beside its sidebar of
    offers)."""
    cards = "".join(f'<div class="col"><div class="product-block"><div class="info"><a href="/p/{i}" class="name">'
                    f'{n}</a><div class="price">${12 + i}.900</div></div></div></div>' for i, n in enumerate(TEAS[:4]))
    page = ('<html><body><main><h1>Mates y bombillas</h1><p>Curamos cada mate antes de enviarlo.</p>'
            '<div class="toolbar"><span>{}</span></div><div class="grid">' + cards + '</div></main></body></html>')
    assert pagecleaner.clean(page.format("4 productos"), input="html").page_type == "collection"
    assert pagecleaner.clean(page.format("Ordenar"), input="html").page_type == "collection"     # (its sort button)
    assert pagecleaner.clean(page.format("Novedades"), input="html").page_type != "collection"


@pytest.mark.parametrize("buttons,kind", [
    (1, "product"),         # a product's buy button, a form's control that leaves no text (osCommerce's image)
    (3, "collection"),      # a button on each of three priced cards: a category
    (0, "article"),         # a price in a story
])
def test_a_pages_buy_buttons_that_leave_no_text_still_say_it_sells(buttons, kind):
    lines = ["Brass Ship's Barometer, 6 inch", "$149.00", prose(1)] if buttons < 3 else \
        [line for i in range(3) for line in (f"Barometer {i}", f"${149 + i}.00")]
    assert page_type(blocks(*lines), (), buttons) == kind


def test_the_html_reader_counts_the_buy_buttons_it_drops():
    from pagecleaner.readers.html import read_html
    page = ('<html><body><form><input type="image" src="b.gif" alt="Add to Cart"><button>Agregar al carro</button>'
            '<input type="submit" value="Quick Find"><button>Subscribe</button></form><p>Text.</p></body></html>')
    assert read_html(page)[1]["buy_buttons"] == 2


@pytest.mark.parametrize("frame,kind", [
    ('<a href="/shop">Cart 0</a>', "collection"),   # the shop's cart in its header (Sellfy's): four priced cards
    ('<a href="/shop">Warenkorb (0)</a>', "collection"),                              # are its category
    ('<a href="/cart" aria-label="Winkelwagen"><span>0</span></a>', "collection"),   # a link to it, an icon (Spree's)
    ('<a href="/checkout/cart/?step=1"><i class="icon"></i></a>', "collection"),
    ('<a href="/about">About us</a>', "article"),
    ('<a href="/cartoons">Cartoons</a>', "article"),
])
def test_four_priced_cards_on_a_page_that_shows_its_cart_are_a_collection(frame, kind):
    cards = "".join(f'<div class="product-card"><a href="/p/{i}"><div class="title">{n}</div>'
                    f'<div class="price">${15 + i}.00</div></a></div>' for i, n in enumerate(TEAS[:4]))
    page = (f'<html><body><header>{frame}</header><main><h1>Presets</h1><p>{prose(1)}</p>'
            f'<div class="grid">{cards}</div></main></body></html>')
    assert pagecleaner.clean(page, input="html").page_type == kind


@pytest.mark.parametrize("row,kind", [
    ("Liczba sztuk z 83 sztuk DODAJ DO KOSZYKA KUP TERAZ", "product"),   # the buy box flattened onto one line
    ("Liczba sztuk z 83 sztuk DODAJ DO KOSZYKAKUP TERAZ", "product"),    # its buttons glued (inscriptis)
    ("Prices rise in spring, so if you need one, buy now", "article"),   # one button's words ending a line
])
def test_two_buy_buttons_ending_a_line_say_it_sells(row, kind):
    assert page_type(blocks("Czajnik elektryczny szklany 1,8 l", "89,99 zł", row, prose(1))) == kind


@pytest.mark.parametrize("row", ["Ilość szt. Do koszyka", "Do koszyka", "Menge Stück In den Warenkorb"])
def test_a_buy_button_with_its_quantitys_label_and_unit_says_it_sells(row):
    """Sky-Shop's buy box as scraped text: the quantity's label, its unit beside the field, the button."""
    assert page_type(blocks("Kubek ceramiczny Morski, 350 ml", "49,00 zł brutto", row, prose(1))) == "product"


@pytest.mark.parametrize("row,kind", [
    ("Læg i kurv Sammenlign Tilføj til ønskeliste", "product"),      # the buy button, then the shop's other ones
    ("Add to cart Compare Add to wishlist", "product"),
    ("Læg i kurv og betal med MobilePay i appen", "article"),        # (a sentence after it: no row of buttons)
])
def test_a_buy_button_with_the_shops_other_buttons_on_its_line_says_it_sells(row, kind):
    """Proshop's buy box as html-text flattens it, longer than a button's line alone."""
    assert page_type(blocks("Logitech MX Master 3S - mus - Grafit", "799,- Før 899,-", row, prose(1))) == kind


@pytest.mark.parametrize("types", [("musicalbum",), ("og:album",), ("og:music.album",)])
def test_an_albums_page_is_a_product(types):
    """Bandcamp's album page (og:type "album", a MusicAlbum): it sells the album."""
    assert page_type(blocks("Low Tide Recordings", "£7 GBP or more", prose(1)), types) == "product"


def test_a_price_may_give_its_currency_code_first():
    """eBay's "EUR 34,00" by its "Sofort-Kaufen" button."""
    from pagecleaner.pagetype import has_price
    assert has_price("EUR 34,00") and has_price("USD 12.50") and not has_price("EUROPE 2026")
    assert page_type(blocks("Gusseisen Waffeleisen", "EUR 34,00", "Sofort-Kaufen", prose(1))) == "product"


def test_a_price_whose_cents_a_renderer_set_apart_is_a_price():
    """Allegro's "99,<span>00</span> zł", which html-text renders "99, 00 zł": the price whole, not a price of
    nothing ("00 zł"); not a list's numbers, three digits after the comma."""
    from pagecleaner.pagetype import PRICE, has_price
    assert has_price("99, 00 zł") and PRICE.search("99, 00 zł").group() == "99, 00 zł"
    assert PRICE.search("Pages 12, 100 zł").group() == "100 zł"


@pytest.mark.parametrize("link,title", [
    ("Breville Barista Express Espresso Machine", True),     # the name under its price (Costco's tile)
    ("Ajouter au panier", False),                            # a buy button under the price
    ("Populaire", False),                                    # a badge's one word
])
def test_a_linked_name_under_its_price_in_the_card_is_a_cards_title(link, title):
    from pagecleaner.pagetype import title_link
    from pagecleaner.readers.html import read_html
    blocks, _ = read_html(f"<html><body><div class='tile'><div class='caption'><div class='price'>$599.99</div>"
                          f"<p><a href='/p/1'>{link}</a></p><div>(2,114)</div></div></div></body></html>")
    b = next(b for b in blocks if b.text == link)
    assert title_link(blocks, b) is title


def test_the_yens_full_width_sign_is_a_price():
    """JD's "￥89.00" (the full-width sign Chinese shops set), as "¥89.00"."""
    assert price_alone("￥89.00") and price_alone("¥89.00")


@pytest.mark.parametrize("h1_class,kind", [("documentation-topic", "documentation"), ("usa-layout-docs", "article"),
                                           ("sbdocs sbdocs-content", "documentation"),     # (Storybook's docs page)
                                           ("topictitle1", "documentation")])    # (a DITA topic's title, AWS's docs)
def test_a_title_in_an_element_called_documentation_is_a_documentation_pages(h1_class, kind):
    """DocC's article, its <h1> in "documentation-topic", two listings and a note: documentation. Not the U.S.
    government's "usa-layout-docs", which lays out any page of text."""
    from pagecleaner.readers.html import read_html
    page = (f"<html><body><div class='{h1_class}'><h1>Scheduling a Sync</h1><p>{prose(1)}</p>"
            f"<pre><code>engine.register()</code></pre><p>{prose(2)}</p></div></body></html>")
    blocks, meta = read_html(page)
    assert page_type(blocks) == kind


def test_the_gulfs_currencies_in_their_letters_are_prices():
    """Salla's "240 ر.س" (riyals), "95 د.إ" (dirhams): a shop's prices in Arabic, after the amount."""
    from pagecleaner.pagetype import has_price, price_alone
    assert price_alone("240 ر.س") and price_alone("95 د.إ") and price_alone("SAR 120")
    assert not has_price("عسل سمر") and not has_price("3 منتجات")


def test_moroccan_dirhams_and_more_codes_are_prices():
    """YouCan's "45,00 DH"; "MAD 45", "1 200 грн" (hryvnias); not a word's capitals before a number."""
    from pagecleaner.pagetype import has_price
    assert price_alone("45,00 DH") and price_alone("MAD 45") and has_price("1 200 грн") and has_price("BRL 99,90")
    assert not has_price("the DHS said 45") and not has_price("DH 45")


def test_south_east_asias_currencies_are_prices():
    """Lazada's "RM129.00" (ringgit), "Rp 250.000" (rupiah), "₱1,299", "฿990", "199.000 ₫"; not a word's letters."""
    from pagecleaner.pagetype import has_price
    assert price_alone("RM129.00") and price_alone("Rp 250.000") and price_alone("₱1,299") and price_alone("฿990")
    assert price_alone("199.000 ₫")
    assert not has_price("FARM 12") and not has_price("Rpm 3000")


def test_more_currencies_signs_before_or_after_the_amount_are_prices():
    """Kaspi's "12 990 ₸" (tenge), "₴ 1 299" (hryvnia), "45 ₾" (lari), "120 ₼" (manat), "₦5,000" (naira), and
    the dong before its amount as Shopee sets it."""
    assert price_alone("12 990 ₸") and price_alone("₴ 1 299") and price_alone("45 ₾") and price_alone("120 ₼")
    assert price_alone("₦5,000")
    assert price_alone("₫289.000") and price_alone("289.000 ₫")         # Vietnam's dong, before it as Shopee sets it


def test_a_hungarian_shops_category_says_what_it_sells_in_its_own_words():
    """Shoprenter's: forints after the amount ("22 990 Ft"), "Raktáron" (in stock), "Kosárba" (to the cart), "4
    termék" (four products), "Új" (new)."""
    from pagecleaner.filters.lexical import SHOP_BADGE
    from pagecleaner.pagetype import BUY, PRODUCTS_ALONE, STOCK
    assert price_alone("22 990 Ft") and not price_alone("Ft 22")
    assert STOCK.match("Raktáron") and BUY.match("Kosárba") and PRODUCTS_ALONE.match("4 termék")
    assert SHOP_BADGE.match("Új")
    cards = [line for i, name in enumerate(["Timemore C3 kézi kávédaráló", "Comandante C40 kézi kávédaráló",
                                            "Baratza Encore elektromos kávédaráló", "Fellow Opus kávédaráló"])
             for line in (name, f"{22 + i} 990 Ft", "Raktáron", "Kosárba")]
    assert page_type(blocks("Kávédarálók", "4 termék", *cards)) == "collection"


@pytest.mark.parametrize("button", ["Lisa ostukorvi", "Pievienot grozam", "Į krepšelį", "Dėti į krepšelį"])
def test_a_baltic_shops_buy_button_makes_its_page_a_products(button):
    """Kaup24's kettle as scraped text: its name, code and price, "Lisa ostukorvi" (add to the basket, Estonian), its
    description; and the button in Latvian and Lithuanian."""
    page = blocks("Veekeetja Tarmo TK-17, 1,7 l", "Tootekood: 1109834456", "27,99 €", button, prose(1), prose(2))
    assert page_type(page) == "product"


def test_a_supermarkets_offers_counted_and_sorted_are_a_collection():
    """Maxima's offers: "18 pasiūlymų" (18 offers) with its sort control's label after it, four cards each a name,
    a price, the old price and the price per unit, no buy button."""
    cards = [line for i, name in enumerate(["ROKIŠKIO fermentinis sūris, 240 g", "ŽEMAITIJOS pienas, 1 l",
                                            "DVARO grietinė, 350 g", "Kiaušiniai, M, 10 vnt."])
             for line in (name, f"{i + 1},69 €", f"{i + 2},59 €", f"{i + 5},21 €/kg")]
    assert page_type(blocks("Pieno produktai", "18 pasiūlymų Rikiuoti:", *cards)) == "collection"
    assert page_type(blocks("Pieno produktai", "18 lankytojų Rikiuoti:", *cards)) == "article"


def test_a_news_sections_cards_with_their_author_between_blurb_and_date_are_a_listing():
    """Brightspot's section as scraped text: each card its category, title, blurb, "By …" and date."""
    cards = [x for i in range(4) for x in ("Environment", f"Council story number {i} about the harbor plan",
                                           prose(i), "By Maria Lopez", f"Dec. {i + 1}, 2026")]
    a = pagecleaner.clean_text("\n".join(["Environment | Harbor City Times", "Environment", *cards, "Load More"]))
    assert a.page_type == "listing" and all(prose(i) in a.body for i in range(4))


def test_turkish_lira_after_the_amount_is_a_price():
    """IdeaSoft's "389,00 TL"; "TRY 120" by its code first; Romania's lei, eMAG's "139,99 Lei"."""
    from pagecleaner.pagetype import has_price
    assert price_alone("389,00 TL") and price_alone("1.950,00 TL") and price_alone("TRY 120")
    assert price_alone("139,99 Lei") and price_alone("RON 45")
    assert not has_price("TLC for 2 TLDs") and not has_price("12 TLs")


@pytest.mark.parametrize("button", ["Sepete Ekle", "Lägg i varukorgen", "Legg i handlekurven", "Læg i kurv",
                                    "Antal st Lägg i varukorgen", "Lisää ostoskoriin", "Adaugă în Coș"])
def test_more_languages_buy_buttons_by_a_price_are_a_product(button):
    """Turkish, Swedish, Norwegian, Danish shops' buttons (the quantity's label and unit before it or not)."""
    assert page_type(blocks("Ullfilt i lammull", "695 kr", button, prose(1))) == "product"


@pytest.mark.parametrize("line", ["4 ürün listeleniyor", "12 produkter", "Sırala:", "Sortera efter", "5 tuotetta",
                                  "Järjestä:", "5 produse", "Ordonează după:"])
def test_a_category_that_counts_or_sorts_its_four_cards_in_more_languages_is_a_collection(line):
    cards = [x for i in range(4) for x in (f"Zeytinyağı {i} 500 ml", f"{389 + i},00 TL")]
    assert page_type(blocks("Zeytinyağları", line, *cards)) == "collection"
    assert page_type(blocks("Zeytinyağları", "Yeni ürünler", *cards)) != "collection"


def test_cards_flattened_onto_a_line_each_with_their_buy_buttons_are_a_category():
    """inscriptis's shape of a MyCashflow category: each card's name, price and button on one line."""
    cards = [f"Villasukat, malli {i} 24,9{i} € Lisää ostoskoriin" for i in range(4)]
    assert page_type(blocks("Villasukat", prose(1), *cards)) == "collection"
    assert page_type(blocks("Villasukat", prose(1), *(c.removesuffix(" Lisää ostoskoriin") for c in cards[:1]),
                            "Lisää ostoskoriin")) == "product"       # one product's name, price and button


def test_a_categorys_count_and_sort_select_on_one_line_is_a_list_control():
    from pagecleaner.pagetype import list_control
    assert list_control("5 tuotetta Järjestä: Suosituimmat Halvin ensin Kallein ensin Uusimmat")
    assert list_control("24 products Sort by Featured Price, low to high")
    assert not list_control("5 reasons to sort by hand: the machine breaks the shells.")
    # (the label and the chosen option again after the options: Amazon's <select> and its button, flattened)
    assert list_control("Sort by: Featured Price: Low to High Price: High to Low Avg. Customer Review Newest Arrivals "
                        "Best Sellers Sort by: Featured")


def test_an_empty_carts_total_is_no_price():
    """A shop's header: "0 item(s) - R$0,00" is no product's price."""
    from pagecleaner.pagetype import has_price
    assert not has_price("0 item(s) - R$0,00") and not has_price("£0.00 0 items")
    assert has_price("R$89,90") and has_price("Precio 18,00 €") and has_price("$10.00")


@pytest.mark.parametrize("button", ["Quantity Add to cart", "Buy it now"])     # (a shop's field label, Shopify's)
def test_a_buy_button_after_its_quantity_label_or_in_other_words_is_a_product(button):
    assert page_type(blocks("Ethiopia Yirgacheffe Coffee", "Regular price $18.50 / 12 oz", button, prose(1))) \
        == "product"


def test_a_quantity_fields_label_alone_and_a_price_are_a_product_once_not_on_every_card():
    """BigCommerce's "Add to Cart" is a form's input the scrape drops: "Quantity:" alone by the price is the sign
    left; a shop's category shows one on each card (Menge:), a list of products rather than one."""
    assert page_type(blocks("Ridgeline 45L Backpack", "Now: $189.00", "Quantity:", prose(1))) == "product"
    # or the label alone without its colon, its field beside it (Sylius's "Cantidad"), or before its button
    # (Loja Integrada's "Quantidade" [field] "Comprar", a link)
    assert page_type(blocks("Cafeteira italiana", "R$ 119,90", "Quantidade Comprar", prose(1))) == "product"
    assert page_type(blocks("Tostadora Brasa 250 g", "54,90 €", "Cantidad", prose(1))) == "product"
    assert page_type(blocks("Tostadora Brasa 250 g", "Cantidad", prose(1))) == "article"      # no price
    cards = [line for i in range(5) for line in (f"Rioja number {i}", f"{12 + i},90 €", "Menge:")]
    assert page_type(blocks(*cards)) != "product"


def test_a_booking_button_and_a_price_are_a_product_for_hire():
    assert page_type(blocks("Ferienhaus Feinen", "ab 94,00 €", "Jetzt buchen", prose(1))) == "product"


def test_a_row_of_buttons_that_opens_with_booking_books_too():
    """Vagaro's salon as scraped text: "Reservar ahora ♡ Favorito Compartir" under the name, a "Reservar" under each
    service's duration and price: every button books."""
    lines = ["Barbería Los Compadres", "Reservar ahora ♡ Favorito Compartir", "Corte clásico", "30 min $25.00",
             "Reservar", "Corte y barba", "50 min $40.00", "Reservar", prose(1)]
    assert page_type(blocks(*lines)) == "service"


@pytest.mark.parametrize("button, kind", [("Reservar", "service"), ("Añadir al carrito", "collection")])
def test_a_button_that_books_each_offer_makes_a_businesss_page(button, kind):
    """Mindbody's studio: a class each with its time, name and teacher and its <button> "Reservar" (the reader drops
    them, and counts them), then the prices; no heading of services. A cart's button on each is a shop's."""
    rows = "".join(f'<div><div>{t} · 60 min</div><div>{n}</div><div>con Mariana López</div><button>{button}</button>'
                   f'</div>' for t, n in (("7:00", "Vinyasa Flow"), ("9:30", "Hatha"), ("19:30", "Yin")))
    prices = "".join(f"<div><div>{n}</div><div>${p} MXN</div></div>"
                     for n, p in (("Clase suelta", 220), ("Paquete de 10 clases", "1,800"), ("Mensualidad", "1,450")))
    page = (f"<html><body><h1>Casa Prana Yoga</h1><div>Calle Orizaba 101, Roma Norte</div><h2>Horario</h2>{rows}"
            f"<h2>Precios</h2>{prices}<h2>Acerca de</h2><p>{prose(1)}</p></body></html>")
    assert pagecleaner.clean(page, input="html").page_type == kind


@pytest.mark.parametrize("footer,kind", [
    ("Generated using TypeDoc", "documentation"),     # the generator that made the page names itself
    ("Generated by Doxygen 1.9.8", "documentation"),
    ("Generated by pydoctor 24.3.3 at 2026-03-08 10:14:02.", "documentation"),     # (with when it ran)
    ("Generated with apidoc 1.2.0 - Mon Mar 09 2026 10:14:02 GMT+0100", "documentation"),    # a REST API's
    ("Powered by Documenter.jl and the Julia Programming Language.", "documentation"),       # Julia's
    ("Generated by our editors", "article"),
    ("© 2026 Lantern contributors Generated by dokka", "documentation"),     # after the project's copyright
    ("© 2026 Lantern contributors, generated by our editors", "article"),
    ("© Pigeonpost 2026. Powered by Help Scout", "documentation"),          # a knowledge base's
    ("Built with Outline", "documentation"),                                 # a wiki's
    ("Docs powered by Archbee", "documentation"),                            # a hosted docs' service's
    ("Powered by GitBook", "documentation"),
    ("Generated by Natural Docs", "documentation"),
    ("Suggest a change", "documentation"),                                   # a manual's edit link (Unity's)
    ("Knowledge Base Software powered by Helpjuice", "documentation"),     # a knowledge base's
    ("Propulsé par Couscous", "documentation"),                             # (PHP projects' Markdown docs)
    ("© Shiftwell Health 2024 · Published with Dendron", "documentation"),  # (a team's notes)
    # (the holder's abbreviation's dots, and a dot between it and the credit: Paligo's help)
    ("© 2024 Brava Electrodomésticos S.L. · Publicado con Paligo", "documentation"),
    ("© 2024 Brava Electrodomésticos S.L. Powered by Sphinx", "documentation"),
    ("© 2024 Brava Electrodomésticos S.L. Publicado con amor", "article"),
    ("Opublikowano z HedgeDoc", "documentation"),                          # (a team's shared notes, in Polish)
    ("Couscous, le plat du jour", "article"),
])
def test_a_documentation_generators_footer_makes_documentation(footer, kind):
    assert page_type(blocks(prose(1), prose(2), footer)) == kind


def test_program_listings_are_documentation():
    assert page_type(blocks(prose(1)) + blocks("x = 1", "y = 2", "print(x)", kind="code")) == "documentation"
    assert page_type(blocks(prose(1)) + blocks("x = 1", "y = 2", kind="code")) == "article"


def test_read_more_under_many_teasers_is_a_listing():
    teasers = []
    for i in range(5):
        teasers += [f"Story {i} title", "Read more"]
    assert page_type(blocks(*teasers)) == "listing"
    assert page_type(blocks(*teasers, *(prose(i) for i in range(3)))) == "article"   # more story than teasers


def test_read_more_between_dashes_is_a_teasers_button():
    """Typecho's "- 阅读剩余部分 -" ("read the rest") under each excerpt."""
    from pagecleaner.pagetype import read_more
    assert read_more("- 阅读剩余部分 -") and read_more("» Read more") and not read_more("- the rest -")


@pytest.mark.parametrize("line, button", [("Read post →", True), ("Read full article", True), ("Read the story", True),
                                          ("Read the post-mortem", False), ("Posts", False),
                                          ("devamını oku / 3 yorum", True),   # (with its count of comments)
                                          ("Read more | 12 comments", True), ("Read more | 12 things", False)])
def test_a_button_naming_the_post_it_leads_to_is_a_teasers_button(line, button):
    """Scribbles' "Read post →" under each excerpt."""
    from pagecleaner.pagetype import read_more
    assert read_more(line) is button


def test_greek_read_more_under_the_teasers_is_a_listing():
    teasers = [line for i in range(4) for line in (f"Story {i} title", BLURB, "Διαβάστε περισσότερα")]
    assert page_type(blocks(*teasers)) == "listing"


def test_turkish_read_more_naming_its_card_glued_to_the_title_is_a_listing():
    """WordPress's "Okumaya devam et" with the card's title for screen readers in quotes, which html-text glues to
    it: 'Okumaya devam et"Safranbolu'da iki gün"', under each card's title and blurb."""
    titles = ["Safranbolu'da iki gün", "Doğu Ekspresi notları", "Kaz Dağları'nda bir günlük yürüyüş"]
    teasers = [line for t in titles for line in (t, BLURB, f'Okumaya devam et"{t}"')]
    assert page_type(blocks(*teasers)) == "listing"


def test_every_read_more_phrase_may_name_its_cards_title():
    """The titled button's gate, the phrases' first letters, is read off the phrases: Chinese "查看全文" with the card's
    title after it is one too (a gate written by hand had left its first character out)."""
    from pagecleaner.pagetype import titled_read_more
    page = blocks("春天的菜园", BLURB, "查看全文 春天的菜园")
    assert titled_read_more("查看全文 春天的菜园", page, [])


def test_read_more_under_three_teasers_is_a_listing_two_are_not():
    """A town's news page of four cards (TYPO3's: title, blurb, "Weiterlesen", date) or a block theme's category
    of three: a listing in scraped text as in HTML; two are a story's related links, and an article's paragraphs
    over three teasers keep it an article."""
    def cards(n):
        return [line for i in range(n) for line in (f"Story {i} title", BLURB, "Weiterlesen", f"0{i + 1}.11.2026")]
    assert page_type(blocks(*cards(3))) == "listing"
    assert page_type(blocks(*cards(2))) == "article"
    assert page_type(blocks(prose(1), prose(2), *cards(3))) == "article"


BLURB = "Repotting is the moment most figs give up. Here is how to pick the pot, the soil and the week to do it."


def test_read_more_under_each_card_is_a_listing_whatever_its_blurbs_length():
    """Drupal's "Read more about <title>" or Blogger's "Leer más »" under each teaser: a listing, its blurbs of
    thirty words no paragraphs of a story; "Read more about" something no line of the page names is a sentence."""
    long_blurb = prose(1)
    assert len(long_blurb.split()) >= 25
    cards = [line for i in range(5) for line in (f"Footpath {i} reopens after repair", long_blurb,
                                                 f"Read more about Footpath {i} reopens after repair")]
    assert page_type(blocks(*cards)) == "listing"
    unnamed = [line.replace("Read more about Footpath", "Read more about the path") for line in cards]
    assert page_type(blocks(*unnamed)) == "article"
    bare = [line if not line.startswith("Read more") else "Leer más »" for line in cards]     # Blogger's, alone
    assert page_type(blocks(*bare)) == "listing"


@pytest.mark.parametrize("ending", ['Continue reading "How to repot a fig"', "[Weiterlesen]", "Read more »"])
def test_blurbs_that_end_with_their_posts_link_are_a_listing(ending):
    teasers = [line for i in range(5) for line in (f"Story {i} title", f"{BLURB} {ending}")]
    assert page_type(blocks(*teasers)) == "listing"
    # an article over a few such teasers stays an article
    assert page_type(blocks(*(prose(i) for i in range(8)), *teasers[:6])) == "article"
    # a sentence that says "read more" is no link
    assert page_type(blocks(*[f"Story {i}: you can read more about it in the report we published." for i in range(5)])
                     ) == "article"


def test_a_scraped_listings_cards_dates_and_authors_go_and_are_not_the_pages():
    cards = [line for i in range(1, 6) for line in (f"How to grow plant number {i} in a small flat",
                                                    f"March {i}, 2024 by Anna Green",
                                                    f'{BLURB} Continue reading "How to grow plant number {i}"')]
    a = pagecleaner.clean_text("\n\n".join(["Indoor plants Archives - The Windowsill Gardener", *cards]))
    assert a.page_type == "listing"
    assert "Anna Green" not in a.body and all(f"plant number {i} in a small flat" in a.body for i in range(1, 6))
    assert {r.filter for r in a.removed if "Anna Green" in r.text} == {"listing_cards"}
    assert a.byline is None and a.published is None
    # (each blurb too, though short enough for the paywall rule to take it for the link it ends with)
    assert a.body.count(BLURB) == 5


@pytest.mark.parametrize("shape", ["split", "lines"])
def test_cards_each_under_its_reading_time_are_a_listing(shape):
    """(text) Wix's blog split at every element (get_text("\\n")), or a line for each card's fields (html_text's,
    its counts right over the next card's fields): each card's author, date and reading time, then its title and
    blurb, then its views and comments; a story's one reading time over its text is no card."""
    def card(i):
        title, blurb = f"Coudre son premier cahier, partie {i}", f"{BLURB[:-1]}, {i}."
        if shape == "split":
            return "\n".join(("Claire Morel", f"{i} nov.", f"{i + 2} min de lecture", title, blurb, f"{30 + i} vues",
                              f"{i} commentaires"))
        return f"Claire Morel {i} nov. {i + 2} min de lecture\n\n{title}\n\n{blurb}\n\n{30 + i} vues {i} commentaires"
    a = pagecleaner.clean_text("Blog | Atelier Reliure Morel\n\nAccueil\n\n" + "\n".join(card(i) for i in range(1, 4)))
    assert a.page_type == "listing" and all(f"{BLURB[:-1]}, {i}." in a.body for i in range(1, 4))
    story = ["Claire Morel", "12 nov.", "3 min de lecture", "Coudre son premier cahier", *(prose(i) for i in range(4))]
    assert pagecleaner.clean_text("\n".join(story)).page_type == "article"


def test_titles_each_over_its_blurb_and_its_date_are_a_listing_and_their_counts_go():
    """A newsletter's archive scraped to text (Substack's): each post's title, its blurb, its date and author, its
    likes and comments; no "Read more" under any."""
    cards = [line for i in range(1, 7) for line in (f"Ten trees for a small city yard, part {i}",
                                                    f"{BLURB[:-1]}, part {i}.", f"Nov {i}", "•", "Dora Hale",
                                                    str(40 + i), str(i))]
    a = pagecleaner.clean_text("\n".join(["Archive - Green Block", *cards]))
    assert a.page_type == "listing"
    assert all(f"{BLURB[:-1]}, part {i}." in a.body for i in range(1, 7))
    assert all(f"Ten trees for a small city yard, part {i}" in a.body for i in range(2, 7))
    assert not any(line.isdigit() for line in a.body.splitlines())
    gone = {b.text: b.reason for b in a.blocks if b.removed_by == "listing_cards"}
    assert gone["41"] == "a card's count alone (its likes, comments, views)"
    # two such posts under an article's own prose: an article, its numbers its own
    story = [prose(i) for i in range(4)] + cards[:14] + ["1,204"]
    a = pagecleaner.clean_text("\n".join(story))
    assert a.page_type == "article" and not any(b.removed_by == "listing_cards" for b in a.blocks)


@pytest.mark.parametrize("line,count", [
    ("41", True),
    ("38 vues 2 commentaires", True),              # a card's counts with their words (Wix's)
    ("1.2K views · 5 comments", True),
    ("12 Kommentare", True),
    ("38 vues sur Lyon", False),                   # words of a title's
    ("3 comments on the budget vote", False),
    ("(23)", True),                                # a product card's count of ratings in brackets
    ("(Lyon)", False),
    ("3 Beiträge", True), ("12 posts", True),      # the listing's count of its posts over them
    ("3 Beiträge zum Thema Kompost", False),
    ("17.99", False), ("8,79", False),          # an amount with its cents: a price with no currency (Albert Heijn's)
    ("1,204", True),
])
def test_a_cards_counts_alone_on_their_line_are_its_counts(line, count):
    assert _card_count(line) is count


def test_a_listings_cards_counts_go_in_html():
    """Wix's blog: under each card its views and comments, side by side in <span>s with no space between."""
    cards = "".join(f'<article><h2><a href="/post/{i}">Ten trees for a small yard, part {i}</a></h2><p>{BLURB}</p>'
                    f'<div class="post-stats"><span>{30 + i} vues</span><span>{i} commentaires</span></div></article>'
                    for i in range(1, 7))
    a = pagecleaner.clean(f"<html><body><main><h1>Blog</h1>{cards}</main></body></html>", input="html")
    assert a.page_type == "listing" and a.body.count(BLURB) == 6 and "vues" not in a.body
    gone = {b.text: b.reason for b in a.blocks if b.removed_by == "listing_cards"}
    assert gone["31 vues 1 commentaires"] == "a card's count alone (its likes, comments, views)"


def test_a_listings_read_more_buttons_and_comment_counts_are_its_cards_fields_not_walls():
    """WordPress's category archive as scraped text: under each card its "Weiterlesen" and "7 Kommentare" links; on
    an article such lines end the story (a heading over other stories, the comments), on a listing they do not."""
    cards = [line for i in range(1, 6) for line in (f"Roggenbrot Nummer {i} mit Sauerteig", f"{i + 10}. Oktober 2026",
                                                    "von", "Anja",
                                                    f"Unser Alltagsbrot Nummer {i}: 70 Prozent Roggen, ein Sauerteig vom "
                                                    f"Vorabend und eine lange Gare, es hält sich eine Woche …",
                                                    "Weiterlesen", "Kategorien", "Brot & Gebäck", f"{i + 2} Kommentare")]
    intro = "Hier sammle ich alle Rezepte für Brot, Brötchen und Hefegebäck, die in unserer Küche gebacken werden."
    a = pagecleaner.clean_text("\n".join(["Brot & Gebäck Archive - Anjas Backstube", "Brot & Gebäck", intro, *cards]))
    assert a.page_type == "listing"
    assert all(f"Unser Alltagsbrot Nummer {i}:" in a.body for i in range(1, 6))
    # the count after its word, in brackets ("Comments (3)", Typepad's, each card's footer split at its bars)
    bracketed = [f"Kommentare ({c.split()[0]})" if c.endswith(" Kommentare") else c for c in cards]
    bracketed = pagecleaner.clean_text("\n".join(["Brot & Gebäck Archive - Anjas Backstube", "Brot & Gebäck", intro,
                                                   *bracketed]))
    assert bracketed.body.count("Alltagsbrot") == 5
    assert all(f"Unser Alltagsbrot Nummer {i}:" in bracketed.body for i in range(1, 6))


def test_page_type_is_in_the_json():
    a = pagecleaner.clean_text("\n\n".join(["Council approves a larger budget", prose(1), prose(2)]))
    assert a.page_type == "article" and a.to_dict()["page_type"] == "article"
    html = ('<html><head><script type="application/ld+json">{"@type": "DiscussionForumPosting", "headline": "Cat '
            'sheds dirt at night"}</script></head><body><article><p>' + prose(1) + '</p></article></body></html>')
    d = json.loads(json.dumps(pagecleaner.clean(html).to_dict()))
    assert d["page_type"] == "forum"


def _cards_page(n_cards: int, n_prose: int, linked: bool = True) -> str:
    """A page of `n_prose` paragraphs of prose, then a list of `n_cards` cards: a (linked) title over its blurb."""
    def title(i: int) -> str:
        t = f"<h3>Council passes housing rule number {i}</h3>"
        return f'<a href="/story-{i}">{t}</a>' if linked else t

    items = "".join(f'<li class="card">{title(i)}<p>Residents had asked for more time, card {i} says.</p></li>'
                    for i in range(n_cards))
    paragraphs = "".join(f"<p>{prose(i)}</p>" for i in range(n_prose))
    return f'<html><body><main><h1>Local news</h1>{paragraphs}<ul class="cards">{items}</ul></main></body></html>'


def test_posts_each_an_article_of_its_own_under_an_unlinked_title_are_a_listing():
    """Hugo PaperMod: each post an <article> with its title (no link: one empty link lies over the card), its
    blurb and its date; an article's own sections, its headings in one <article>, are no cards."""
    cards = "".join(f'<article class="post-entry"><header><h2>Le tour du Viso, jour {i}</h2></header><div>'
                    f'<p>Quatre jours, trois refuges et un passage en Italie, jour {i}.</p></div>'
                    f'<footer class="entry-footer"><span>{12 + i} septembre 2026</span> · 9 min</footer>'
                    f'<a class="entry-link" aria-label="post link" href="/posts/{i}"></a></article>' for i in range(6))
    page = f"<html><body><main><h1>Randonnée</h1>{cards}</main></body></html>"
    assert pagecleaner.clean(page, input="html").page_type == "listing"
    sections = "".join(f"<h2>Jour {i}</h2><p>{prose(i)}</p>" for i in range(6))
    story = f"<html><body><main><article><h1>Le tour du Viso</h1>{sections}</article></main></body></html>"
    assert pagecleaner.clean(story, input="html").page_type == "article"


def test_cards_whose_title_and_blurb_are_links_each_are_a_listing():
    """Substack's archive: each post's title and its blurb, a sentence or more, each a link to the post; a menu of
    links one under the other is no list of cards."""
    def card(i: int) -> str:
        return (f'<div role="article" class="post-preview"><div><div><a href="/p/{i}">Ten trees for a small yard, part '
                f'{i}</a><div><a href="/p/{i}">Serviceberry, hophornbeam and pawpaw stay under thirty feet and feed '
                f'the birds of the street, part {i}.</a></div></div><div><time>Oct {i}</time></div></div></div>')
    page = f'<html><body><div class="portable-archive-list">{"".join(card(i) for i in range(6))}</div></body></html>'
    assert pagecleaner.clean(page, input="html").page_type == "listing"
    assert "Serviceberry, hophornbeam and pawpaw stay under thirty feet" in pagecleaner.clean(page, input="html").body
    menu = "".join(f'<div class="item"><div><a href="/{i}">Getting started with the tool {i}</a></div><div>'
                   f'<a href="/{i}/more">Cleaning gaps and spikes in the records {i}</a></div></div>' for i in range(6))
    assert not card_list(_read(f"<html><body><nav>{menu}</nav><p>{prose(1)}</p></body></html>")[0])


def test_a_menu_word_on_the_element_that_wraps_the_page_makes_no_card_a_menus():
    """Quarto puts "page-navbar" on the element around the whole page (the page has a navbar): its listing's
    cards, each a linked <h3> over a linked blurb, are still a list of cards; a menu's words on a part of the
    page still name a menu."""
    def card(i: int) -> str:
        return (f'<div class="quarto-post"><div class="body"><h3 class="listing-title"><a href="/p/{i}">Notes on '
                f'mixed models, part {i}</a></h3><div class="listing-description"><a href="/p/{i}">Why the default '
                f'optimiser failed on our data and what converged in the end, part {i}.</a></div></div></div>')
    cards = "".join(card(i) for i in range(3))
    page = f'<html><body><div class="page-columns page-navbar"><main>{cards}</main></div></body></html>'
    assert len(card_list(_read(page)[0])) == 6
    assert "Why the default optimiser failed on our data" in pagecleaner.clean(page, input="html").body
    story = "".join(f"<p>{prose(i)}</p>" for i in range(8))
    side = f'<html><body><div class="sidebar-nav">{cards}</div><article>{story}</article></body></html>'
    assert not card_list(_read(side)[0])


def test_a_menu_of_headings_all_link_is_no_list_of_cards():
    """Shoper: each category of the shop's menu an <h3> all link; the products under it, their linked names over
    their prices, are the list."""
    menu = "".join(f'<li><h3><a href="/c/{i}">Category {i}</a></h3></li>' for i in range(6))
    cards = "".join(f'<div class="product"><div class="productinfo"><a class="prodname" href="/p/{i}">Sencha '
                    f'number {i}, 100 g</a><div class="price"><em>{40 + i},00 zł</em></div></div></div>'
                    for i in range(8))
    page = (f'<html><body><div id="box_menu" class="menu-wrap"><ul class="menu-list">{menu}</ul></div><main>'
            f'<h1>Herbaty</h1><div class="products">{cards}</div></main></body></html>')
    bs, meta = _read(page)
    assert sorted(bs[i].text for i in card_list(bs) if "Sencha" in bs[i].text) == \
        [f"Sencha number {i}, 100 g" for i in range(8)]
    assert not any(bs[i].text.startswith("Category") for i in card_list(bs))
    assert page_type(bs, meta.get("markup_types", ())) == "collection"


def test_a_product_the_page_marks_as_its_main_entity_in_microdata_is_a_product():
    """JTL-Shop: itemprop="mainEntity" itemtype="https://schema.org/Product"; a product an article reviews is an item
    of the article, no main entity."""
    def shop(prop: str) -> str:
        return (f'<html><body><div {prop} itemscope itemtype="https://schema.org/Product"><h1>Oak board</h1>'
                f'<p>{prose(1)}</p></div></body></html>')
    assert pagecleaner.clean(shop('itemprop="mainEntity"'), input="html").page_type == "product"
    assert pagecleaner.clean(shop('itemprop="itemReviewed"'), input="html").page_type == "article"


def test_a_blogs_category_its_seo_plugin_calls_a_collection_page_and_an_article_is_a_listing():
    """Yoast: og:type "article" on every page, and the category archive a CollectionPage in its JSON-LD."""
    head = ('<head><meta property="og:type" content="article"><script type="application/ld+json">{"@graph": [{"@type": '
            '"CollectionPage", "name": "Local news"}]}</script></head>')
    page = _cards_page(6, 2).replace("<html>", "<html>" + head)
    assert pagecleaner.clean(page, input="html").page_type == "listing"
    plain = _cards_page(6, 2).replace("<html>", '<html><head><meta property="og:type" content="article"></head>')
    assert pagecleaner.clean(plain, input="html").page_type == "article"


def _read(html: str):
    _, bs, meta = pagecleaner.read(html, "html")
    return bs, meta


def test_cards_of_linked_titles_that_outweigh_the_prose_are_a_listing():
    bs, meta = _read(_cards_page(6, 0))
    assert page_type(bs, meta.get("markup_types", ())) == "listing"
    titles = [b for b in bs if b.index in card_list(bs) and b.kind == "heading"]
    assert len(titles) == 6 and all(b.text.startswith("Council passes") for b in titles)


def test_an_article_over_a_box_of_cards_is_an_article():
    bs, _ = _read(_cards_page(6, 4))            # the story's prose outweighs the cards
    assert card_list(bs) and page_type(bs) == "article"


def test_too_few_cards_or_titles_without_links_are_no_list():
    assert not card_list(_read(_cards_page(FEW_CARDS - 1, 0))[0])
    assert not card_list(_read(_cards_page(6, 0, linked=False))[0])


def test_four_teasers_are_a_list_four_long_sections_under_linked_names_are_not():
    """A tag's page of four posts (Ghost's cards); an article's "best 4 …", each section under its linked name."""
    assert FEW_CARDS < CARDS_MIN
    bs, _ = _read(_cards_page(FEW_CARDS, 0))
    assert len([b for b in bs if b.index in card_list(bs) and b.kind == "heading"]) == FEW_CARDS
    assert page_type(bs) == "listing"
    sections = " ".join(["", prose(1), prose(2), prose(3)]) + "</p></li>"
    long_cards = _cards_page(FEW_CARDS, 0).replace("</p></li>", sections)
    assert not card_list(_read(long_cards)[0])
    assert card_list(_read(_cards_page(CARDS_MIN, 0).replace("</p></li>", " " + prose(1) + " " + prose(2)
                                                            + "</p></li>"))[0])     # (five or more: any length)


def _link_cards_page(title: str = "Council passes housing rule number {i}", blurb: bool = True) -> str:
    """Six cards whose titles are links in a <div>, no heading (a theme's "card-title"), over their blurbs."""
    items = "".join(f'<div class="card"><div class="card-body"><div class="meta">20 May 2024</div>'
                    f'<a class="card-title" href="/story-{i}">{title.format(i=i)}</a>'
                    + (f'<p class="card-text">Residents had asked the council for more time before vote {i}.</p>'
                       if blurb else "") + "</div></div>" for i in range(6))
    return f'<html><body><main><h1>Local news</h1><div class="row">{items}</div></main></body></html>'


def test_cards_whose_titles_are_links_over_their_blurbs_are_a_listing():
    bs, _ = _read(_link_cards_page())
    assert page_type(bs) == "listing"
    a = pagecleaner.clean(_link_cards_page(), input="html")
    assert all(f"Council passes housing rule number {i}" in a.body for i in range(6))
    assert "Residents had asked the council for more time before vote 0." in a.body     # no standfirst


@pytest.mark.parametrize("page", [_link_cards_page(blurb=False),                       # a link over no blurb
                                  _link_cards_page("READ THE FULL CASE STUDY {i}"),     # a button's capitals
                                  _link_cards_page("Rule {i}")])                        # two words: a menu's
def test_linked_lines_that_are_no_cards_titles_make_no_list(page):
    assert not card_list(_read(page)[0])


def test_a_list_of_links_to_posts_with_their_dates_is_a_listing():
    # an archive: each item a post's date and the link to it (the link rule took most of them)
    items = "".join(f'<li><time datetime="2024-05-{20 - i:02d}">{20 - i} May 2024</time> '
                    f'<a href="/news/{i}">Council passes housing rule number {i}</a></li>' for i in range(8))
    html = f'<html><body><main><h1>News archive: May 2024</h1><ul class="archive">{items}</ul></main></body></html>'
    assert page_type(_read(html)[0]) == "listing"
    a = pagecleaner.clean(html, input="html")
    assert all(f"Council passes housing rule number {i}" in a.body for i in range(8))


def test_a_thread_marked_up_in_microdata_is_a_forum_a_reviewed_product_is_not_a_product():
    post = f'<div itemscope itemtype="{{}}"><p>{prose(1)}</p></div>'
    thread = f'<html><body><h1>Router drops</h1>{post.format("https://schema.org/DiscussionForumPosting")}</body></html>'
    assert pagecleaner.clean(thread, input="html").page_type == "forum"
    review = f'<html><body><h1>Our review</h1>{post.format("http://schema.org/Product")}</body></html>'
    assert pagecleaner.clean(review, input="html").page_type == "article"


@pytest.mark.parametrize("holder, kind", [
    # a question with its answers, the Question item around the page's title, no QAPage (Habr Q&A's)
    ('<div itemscope itemtype="https://schema.org/Question"><h1>Why does cron not run my script?</h1><p>{p}</p>'
     '<div itemprop="suggestedAnswer" itemscope itemtype="https://schema.org/Answer"><p>{q}</p></div></div>', "forum"),
    # an FAQ's questions, items under the page's title
    ('<h1>Delivery and returns</h1><div itemscope itemtype="https://schema.org/Question"><h3>How long does it take?'
     '</h3><div itemprop="acceptedAnswer" itemscope itemtype="https://schema.org/Answer"><p>{q}</p></div></div>'
     '<p>{p}</p>', "article"),
])
def test_a_question_item_holding_the_pages_h1_is_a_thread_an_faqs_questions_are_not(holder, kind):
    page = f"<html><body>{holder.format(p=prose(1), q=prose(2))}</body></html>"
    assert pagecleaner.clean(page, input="html").page_type == kind


def test_posts_headed_by_their_time_and_number_are_a_thread():
    posts = []
    for i, name in enumerate(("alice", "bob", "carol", "dave")):
        posts += [f"{name} March 3, 2020, 8:1{i}pm #{i + 1}", prose(i), f"{i + 1} Like"]
    assert page_type(blocks(*posts)) == "forum"
    ranks = [line for i in range(4) for line in (f"#{i + 1}", f"Paris, the city number {i}", prose(i))]
    assert page_type(blocks(*ranks)) == "article"           # a ranking's numbers alone


def _shop_page(names, over: str = "") -> str:
    """A shop's category page: its title and description, then a grid of cards, each a linked name and a price."""
    cards = "".join(f'<li class="grid__item"><div class="card"><h3 class="card__heading"><a href="/p/{i}">{n}</a>'
                    f'</h3><div class="price">${10 + i}.00</div></div></li>' for i, n in enumerate(names))
    return (f'<html><body><main><h1>Green Tea</h1><div class="description"><p>{prose(1)}</p></div>{over}'
            f'<ul class="grid">{cards}</ul></main></body></html>')


TEAS = ["Sencha Green Tea", "Jasmine Pearls", "Genmaicha", "Gyokuro Imperial", "Hojicha Roasted", "Matcha Grade"]


def test_priced_cards_under_a_description_are_a_collection():
    a = pagecleaner.clean(_shop_page(TEAS), input="html")
    assert a.page_type == "collection"
    assert all(n in a.body for n in TEAS)           # (the cards' linked names come back, one-word "Genmaicha" too)


def test_a_collections_cards_each_in_its_order_form_are_its_content():
    """OXID wraps every card in the form that puts it in the basket; a form elsewhere (the newsletter's) stays out."""
    page = re.sub(r'<li class="grid__item">(.*?)</li>', r'<li class="grid__item"><form action="/basket">\1</form></li>',
                  _shop_page(TEAS))
    page = page.replace("</main>", '</main><form action="/newsletter"><p>Abonnieren Sie unseren Newsletter und '
                                   'erfahren Sie als Erste von neuen Ernten.</p></form>')
    assert page.count("<form") == len(TEAS) + 1
    a = pagecleaner.clean(page, input="html")
    assert a.page_type == "collection" and all(n in a.body for n in TEAS) and "$12.00" in a.body
    assert "Newsletter" not in a.body


def test_priced_cards_with_little_or_no_description_are_a_collection():
    """A shop's category is its grid of priced cards, a short description over it or none: the cards outweigh any
    prose, as a listing's do, and their prices say whose they are."""
    bare = _shop_page(TEAS).replace(f'<div class="description"><p>{prose(1)}</p></div>', "")
    assert prose(1) not in bare
    assert pagecleaner.clean(bare, input="html").page_type == "collection"


def test_scraped_names_each_over_its_price_are_a_collection():
    """(text) A shop's category flattened: its description, then each product's name over its price; a review
    that prices what it recommends has the prose of an article."""
    grid = [line for i, n in enumerate(TEAS) for line in (n, f"{6 + i},90 €")]
    assert page_type(blocks("Green Tea", prose(1), *grid)) == "collection"
    review = blocks("Green Tea", *(prose(i) for i in range(10)), *grid)
    assert sum(len(b.text.split()) for b in review) > 200
    assert page_type(review) == "article"


@pytest.mark.parametrize("controls,kind", [
    ("Filteren Sorteren", "collection"),     # a category's buttons to filter and sort (Spree's, in Dutch)
    ("Sort by", "collection"),
    ("Filtruj", "collection"),
    ("Sort the drawers by size before you start", "article"),     # a sentence
    (None, "article"),                                             # four prices, no mark of a shop's category
])
def test_scraped_names_over_their_prices_under_a_shops_sort_buttons_are_a_collection(controls, kind):
    """(text) Four products' names each over its price: a category when the page shows its buttons to filter and
    sort them (or counts them, or shows its cart), as five are without."""
    grid = [line for i, n in enumerate(TEAS[:4]) for line in (n, f"€ {6 + i},90")]
    assert page_type(blocks("Green Tea", prose(1), *([controls] if controls else []), *grid)) == kind


def test_a_cards_linked_name_over_its_price_is_its_title_however_short():
    """Magento's card: the name a link in a <strong> (no heading), the price box under it; a name of two words
    ("Genmaicha Tea") is a title all the same, where a linked line over a blurb needs three."""
    cards = "".join(f'<li class="product-item"><div class="details"><strong class="name"><a href="/p/{i}">{n}</a>'
                    f'</strong><div class="price-box">{10 + i},90 €</div></div></li>' for i, n in enumerate(TEAS))
    page = (f'<html><body><main><h1>Green Tea</h1><p>{prose(1)}</p><ol class="products">{cards}</ol></main>'
            '</body></html>')
    a = pagecleaner.clean(page, input="html")
    assert a.page_type == "collection" and all(n in a.body for n in TEAS)


def test_a_cards_name_inside_its_link_over_a_line_and_its_price_is_its_title():
    """Ecwid's card: the link holds the name's <div>, a line of the product's own stands between it and its price
    ("Peaux sensibles, sans parfum" / "6,50 €")."""
    cards = "".join(f'<div class="grid-product"><a href="/p/{i}" class="grid-product__title"><div>{n}</div></a>'
                    f'<div class="grid-product__subtitle"><div>Loose leaf, from one garden</div></div>'
                    f'<div class="grid-product__price"><div>{10 + i},90 €</div></div></div>'
                    for i, n in enumerate(TEAS))
    page = f'<html><body><main><h1>Green Tea</h1><p>{prose(1)}</p><div class="grid">{cards}</div></main></body></html>'
    a = pagecleaner.clean(page, input="html")
    assert a.page_type == "collection" and all(n in a.body for n in TEAS)
    # (no price under the line: a linked name over a shorter line is no card's title)
    unpriced = page
    for i in range(len(TEAS)):
        unpriced = unpriced.replace(f"{10 + i},90 €", "In stock")
    assert card_list(pagecleaner.read(unpriced, "html")[1]) == frozenset()


def test_a_cards_name_and_blurb_in_a_box_of_their_own_its_price_beside_the_box_is_a_card():
    """Gambio's card: the name's link and the blurb in one <div>, the price in the <div> beside it, a word or two
    of a name ("Genmaicha") a title all the same; not with the price outside the card, under another element."""
    names = ["Genmaicha", "Hojicha", "Sencha", "Gyokuro"]

    def page(card, after):
        cards = "".join(f'<div class="product-tile"><div class="title-description"><div class="title"><a href="/p/{i}">'
                        f'{n}</a></div><div class="description">Loose leaf, from one garden</div></div>'
                        f'{card.format(f"{10 + i},90 EUR")}</div>{after.format(f"{10 + i},90 EUR")}'
                        for i, n in enumerate(names))
        return (f'<html><body><main><h1>Green Tea</h1><p>{prose(1)}</p><div class="list">{cards}</div></main>'
                '</body></html>')
    blocks = pagecleaner.read(page('<div class="price-tax"><span>{}</span></div>', ""), "html")[1]
    assert {n for n in names for i in card_list(blocks) if blocks[i].text == n} == set(names)
    far = page("", '<section><div><div><span>{}</span></div></div></section>')
    assert card_list(pagecleaner.read(far, "html")[1]) == frozenset()


def test_an_archives_entries_each_an_article_of_one_link_and_its_day_are_a_listing():
    """Hugo LoveIt's archive: under each year's <h3>, each entry an <article> of one link, its title, and its day
    glued after it ("… à plat11-08")."""
    titles = ["La couture copte pour un carnet qui s'ouvre à plat", "Faire son papier à la cuve avec de la colle",
              "Restaurer une presse à percussion des années 1920", "La colle d'amidon de blé, recette et conservation"]
    entries = "".join(f'<article class="archive-item"><a href="/posts/{i}/">{t}</a><span>1{i}-08</span></article>'
                      for i, t in enumerate(titles))
    page = (f'<html><body><main><div class="page archive"><h2>Catégorie - Atelier</h2><h3>2026</h3>{entries}'
            f'</div></main></body></html>')
    assert pagecleaner.clean(page, input="html").page_type == "listing"


def test_a_card_whose_facts_are_linked_as_its_name_is_still_one_of_the_list():
    """idealo's: each card one link around its name, its facts ("1,7 l · 2200 W · Edelstahl"), its rating and its
    price, so the facts read as a second title; the first card's stays in the list with the others."""
    from pagecleaner.readers.html import read_html
    names = ["Bosch TWK7203 Wasserkocher", "WMF Lono Wasserkocher Glas", "Russell Hobbs 26300-70 Inspire",
             "Severin WK 3468 Wasserkocher"]
    facts = ["1,7 l · 2200 W · Edelstahl", "1,7 l · 2400 W · Glas", "", "1,0 l · 2200 W · Edelstahl"]
    cards = "".join(f'<div class="item"><a href="/p/{i}"><div class="info"><div>{n}</div>'
                    + (f"<div>{f}</div>" if f else "") + f'<div>Testnote 1,{i} Testberichte</div></div>'
                    f'<div class="price"><div>ab {29 + i},90 €</div><div>{30 + i} Angebote</div></div></a></div>'
                    for i, (n, f) in enumerate(zip(names, facts)))
    page_blocks, _ = read_html(f'<html><body><main><h1>Wasserkocher</h1><div class="list">{cards}</div></main>'
                               '</body></html>')
    cards_found = card_list(page_blocks)
    assert all(any(page_blocks[i].text == n for i in cards_found) for n in names)


def test_a_card_that_is_one_link_its_name_over_its_price_is_a_card():
    """Big Cartel's card: one <a> around the name's <div> and the price's."""
    cards = "".join(f'<a href="/product/{i}" class="product-list-item"><div class="name">{n}</div>'
                    f'<div class="price">${10 + i}.00</div></a>' for i, n in enumerate(TEAS))
    page = (f'<html><body><main><h1>Green Tea</h1><p>{prose(1)}</p><div class="product-list">{cards}</div></main>'
            '</body></html>')
    a = pagecleaner.clean(page, input="html")
    assert a.page_type == "collection" and all(n in a.body for n in TEAS) and "$12.00" in a.body


@pytest.mark.parametrize("badge", ["", '<div class="sticker">Sold out</div>', '<div class="sticker">Bestseller</div>'])
def test_a_card_that_is_one_link_its_name_over_its_maker_over_its_price_is_a_card(badge):
    """LiteCart's card: one <a> around the name's <div>, the maker's and the price's; the name is the card's title
    (the maker said on every card is not), a badge over the name neither."""
    names = ["Kopp Skog, 25 cl", "Kopp Hav, 25 cl", "Espressokopp Lera, 8 cl", "Mugg Björk, 35 cl",
             "Kopp med fat, Sand"]
    cards = "".join(f'<article class="product"><a href="/p/{i}">{badge}<div class="info"><div class="name">{n}</div>'
                    f'<div class="maker">Gnesta Keramik</div><div class="price">{195 + i} kr</div></div></a>'
                    f'</article>' for i, n in enumerate(names))
    page = (f'<html><body><main><h1>Kaffekoppar</h1><p>{prose(1)}</p><div class="listing">{cards}</div></main>'
            '</body></html>')
    a = pagecleaner.clean(page, input="html")
    assert a.page_type == "collection" and all(f"{n}\n\n{195 + i} kr" in a.body for i, n in enumerate(names))
    assert "Gnesta Keramik" not in a.body and "Sold out" not in a.body and "Bestseller" not in a.body


def test_a_list_item_that_is_one_link_its_name_glued_to_its_price_is_a_card():
    """Storenvy's card: an <li> of one <a> around the name's <span> and the price's, no space between; three such
    cards under a shop's cart are its category. Not without a price: a list of links is a menu."""
    def page(price):
        cards = "".join(f'<li class="product"><a href="/products/{i}"><span class="product_name">{n}</span>'
                        f'<span class="product_price">{price(i)}</span></a></li>' for i, n in enumerate(TEAS[:3]))
        return (f'<html><body><ul id="nav"><li><a href="/cart">Cart (0)</a></li></ul><main><h1>Green Tea</h1>'
                f'<p>{prose(1)}</p><ul id="products">{cards}</ul></main></body></html>')
    a = pagecleaner.clean(page(lambda i: f"${10 + i}.00"), input="html")
    assert a.page_type == "collection" and all(f"{n}\n\n${10 + i}.00" in a.body for i, n in enumerate(TEAS[:3]))
    assert card_list(pagecleaner.read(page(lambda i: "Sold Out"), "html")[1]) == frozenset()


def test_a_sale_cards_price_in_a_screen_readers_words_is_a_price():
    """WooCommerce hides the prices it shows on a sale's card from screen readers and says them in words: the card
    is priced all the same."""
    page = _shop_page(TEAS[:5])
    sale = "Original price was: $14.00.Current price is: $11.20. Add to basket"
    page = page.replace("<div class=\"price\">$14.00</div>", f"<div class=\"price\">{sale}</div>")
    assert sale in page
    assert pagecleaner.clean(page, input="html").page_type == "collection"


def test_a_collection_page_of_unpriced_cards_is_a_listing():
    """Yoast declares every category archive a CollectionPage: a blog's section of posts is a listing, a shop's
    category of priced products a collection."""
    declared = '<script type="application/ld+json">{"@type": "CollectionPage", "name": "Green Tea"}</script>'
    shop = _shop_page(TEAS).replace("<html>", f"<html><head>{declared}</head>")
    posts = _cards_page(6, 0).replace("<html>", f"<html><head>{declared}</head>")
    assert pagecleaner.clean(shop, input="html").page_type == "collection"
    assert pagecleaner.clean(posts, input="html").page_type == "listing"
    gallery = _cards_page(6, 0).replace("<html>", '<html><head><script type="application/ld+json">{"@type": '
                                                  '"ImageGallery"}</script></head>')
    assert pagecleaner.clean(gallery, input="html").page_type == "collection"      # (what it declares)


def test_an_item_list_of_priced_cards_is_a_collection():
    """ItemList is any list: a shop's category declares one for its products (Wix Stores), a blog's for its posts."""
    declared = '<script type="application/ld+json">{"@type": "ItemList"}</script>'
    shop = _shop_page(TEAS).replace("<html>", f"<html><head>{declared}</head>")
    posts = _cards_page(6, 0).replace("<html>", f"<html><head>{declared}</head>")
    assert pagecleaner.clean(shop, input="html").page_type == "collection"
    assert pagecleaner.clean(posts, input="html").page_type == "listing"


def test_a_shops_category_that_its_og_type_calls_an_article_is_a_collection():
    """An SEO plugin gives og:type "article" to a shop's category page too; a review with product boxes is one."""
    og = '<meta property="og:type" content="article">'
    shop = _shop_page(TEAS).replace("<html>", f"<html><head>{og}</head>")
    assert pagecleaner.clean(shop, input="html").page_type == "collection"
    review = shop.replace("</div><ul", "</div>" + "".join(f"<p>{prose(i)}</p>" for i in range(8)) + "<ul")
    assert review.count("<p>") > 8
    assert pagecleaner.clean(review, input="html").page_type == "article"      # (its prose outweighs a description)


def test_priced_cards_under_a_related_heading_are_no_collection():
    """A product's page (or an article) with other products' cards under "You may also like"."""
    assert pagecleaner.clean(_shop_page(TEAS, "<h2>You may also like</h2>"), input="html").page_type != "collection"


def test_a_documentation_generator_among_several_says_the_page_is_documentation():
    """Astro names itself first, Starlight (its documentation theme) second."""
    html = ('<html><head><meta name="generator" content="Astro v4.15.4"><meta name="generator" '
            f'content="Starlight v0.28.2"></head><body><h1>Copias</h1><p>{prose(1)}</p><p>{prose(2)}</p></body></html>')
    assert pagecleaner.clean(html, input="html").page_type == "documentation"


@pytest.mark.parametrize("generator,kind", [
    ("mkdocs-1.5.3, mkdocs-material-9.4.6", "documentation"), ("Docusaurus v3.1.0", "documentation"),
    ("pdoc 14.5.0", "documentation"),                  # Python's API documentation generator
    ("odoc 2.4.1", "documentation"), ("pydoctor 24.3.3", "documentation"),     # OCaml's, Python's
    ("Mintlify", "documentation"), ("Starlight v0.29.0", "documentation"), ("Archbee", "documentation"),
    ("VitePress v1.0.0", "documentation"), ("WordPress 6.4.2", "article"), ("Hugo 0.148.1", "article"),
    ("DocBook XSL Stylesheets V1.79.2", "documentation"), ("makeinfo, GNU texinfo 7.1", "documentation"),
    ("Apache Maven Doxia Site Renderer 1.11.1", "documentation"), ("Asciidoctor 2.0.23", "documentation"),
    ("SDoc 2.6.1", "documentation"), ("RDoc 6.7.0", "documentation"),             # Ruby's
    ("LaTeX2HTML v2024.2", "documentation"),
    ("Bikeshed version 4416b18d5, updated Wed Feb 28 15:12:44 2024 -0800", "documentation"),   # a standard's text
    ("ReSpec 35.1.1", "documentation"),
    ("Adobe RoboHelp 2022", "documentation"), ("Help+Manual 9.2", "documentation"),   # a help system's topics
    ("HelpNDoc 9.1", "documentation"), ("dumi", "documentation"),
    ("Zim 0.75.2", "documentation"), ("Zimbra 10", "article"),          # (a desktop wiki's pages exported)
    ("Paligo", "documentation")])                                       # (a component CMS's help published)
def test_a_documentation_sites_generator_says_the_page_is_documentation(generator, kind):
    html = (f'<html><head><meta name="generator" content="{generator}"></head><body><h1>Retries</h1>'
            f"<p>{prose(1)}</p><p>{prose(2)}</p></body></html>")
    assert pagecleaner.clean(html, input="html").page_type == kind


@pytest.mark.parametrize("heading", ["Unsere Leistungen", "Onze diensten", "Nossos serviços", "What we offer",
                                     "Co nabízím", "Naše služby",
                                     "Що ми ремонтуємо", "What we repair"])     # (a repairer's, Flexbe's)
@pytest.mark.parametrize("where,kind", [("main", "service"), ("footer", "article"), ("nav", "article")])
def test_a_heading_over_what_a_business_offers_is_a_service_page_not_in_a_menu(where, kind, heading):
    """"Unsere Leistungen" over the text's sections: a business's page of what it offers; the same words in a
    menu or a footer list the site's pages."""
    page = (f'<html><body><{where}><h2>{heading}</h2></{where}><main><h1>Malerbetrieb Krüger</h1>'
            f'<p>{prose(1)}</p><h2>Fassade</h2><p>{prose(2)}</p></main></body></html>')
    assert pagecleaner.clean(page, input="html").page_type == kind


def test_a_heading_over_what_a_business_offers_in_a_page_builders_widget_is_a_service_page():
    """A page builder calls every element of the page a "widget" (Elementor): the word frames the page, and the
    heading in it is not in one of a sidebar's widgets, which still list a site's pages."""
    w = '<div class="elementor-widget elementor-widget-{}"><div class="elementor-widget-container">{}</div></div>'
    text = "".join(w.format("text-editor", f"<p>{prose(i)}</p>") for i in range(1, 6))
    builder = w.format("heading", "<h1>Studio Ferraris</h1>") + w.format("heading", "<h2>I nostri servizi</h2>") + text
    assert pagecleaner.clean(f"<html><body><main>{builder}</main></body></html>", input="html").page_type == "service"
    blog = ("<main><h1>Studio Ferraris</h1>" + "".join(f"<p>{prose(i)}</p>" for i in range(1, 6)) + "</main>"
            '<div class="sidebar"><div class="widget"><h3>Servizi</h3><p>Contabilità</p></div></div>')
    assert pagecleaner.clean(f"<html><body>{blog}</body></html>", input="html").page_type == "article"


def test_a_services_page_whose_h1_stands_in_its_contents_header_is_a_service_page():
    """Adobe Portfolio's page: its <h1> "Servicios" and its description in the page's own <header>, inside <main>;
    each service a box of text (its name a <div>, no heading)."""
    boxes = "".join(f'<div class="module text"><div class="title">Servicio {i}</div><div>{prose(i)}</div></div>'
                    for i in range(3))
    page = (f'<html><body><header class="site-header"><a href="/">Lucía Ferrer</a></header><main><section>'
            f'<header class="page-header"><h1>Servicios</h1><p>Fotografía de producto en Valencia.</p></header>'
            f'{boxes}</section></main></body></html>')
    assert pagecleaner.clean(page, input="html").page_type == "service"


def test_a_one_page_sites_short_sections_under_what_it_offers_are_a_service_page():
    """Yola's site: four short sections, each in an element called a "widget", under "Cosa facciamo" (what we do):
    too little prose for the word to frame the page by the usual hundred words, and still all of it."""
    w = '<div class="yola-widget">{}</div>'
    page = ("<h1>Studio Veterinario Ricci</h1>" + w.format("<p>Lo studio è aperto dal 2004 in via Broseta.</p>")
            + w.format("<h2>Cosa facciamo</h2>") + w.format("<h3>Chirurgia</h3><p>Sterilizzazioni e piccoli interventi "
                                                           "in sala operatoria, con anestesia inalatoria.</p>"))
    assert pagecleaner.clean(f"<html><body>{page}</body></html>", input="html").page_type == "service"


YOLA_TEXT = ["Studio Veterinario Ricci", "Home", "Orari", "Contatti",
             "Lo studio è aperto dal 2004 in via Broseta. Visitiamo su appuntamento, tutti i giorni feriali.",
             "Cosa facciamo", "Chirurgia",
             "Sterilizzazioni e piccoli interventi in sala operatoria, con anestesia inalatoria.", "Esotici",
             "Conigli, furetti e tartarughe: la dottoressa Ricci si occupa di loro da vent'anni.", "Dove siamo",
             "Via Broseta 71, 24128 Bergamo", "Telefono 035 555 0142", "© 2026 Studio Veterinario Ricci",
             "Crea un sito gratis con Yola"]


@pytest.mark.parametrize("footer", [
    ["© 2026 Studio Veterinario Ricci", "Crea un sito gratis con Yola"],       # a line another filter removes
    ["Prendi appuntamento", "Chi siamo", "|", "Mappa del sito", "|", "Privacy"],  # a menu: a word or two each
    ["Studio Ricci · P.IVA 03456780162 · Privacy", "Crea un sito gratis con Yola"],  # fields run in on one line
])
def test_a_line_over_what_a_business_offers_is_a_service_page_and_its_services_are_its_text(footer):
    """(text) Yola's page scraped: "Cosa facciamo" after a sentence, a service's name and what it is under it; the
    services and the address under them are the text, up to the footer."""
    a = pagecleaner.clean_text("\n".join(YOLA_TEXT[:13] + footer))
    assert a.page_type == "service"
    assert all(line in a.body for line in YOLA_TEXT[6:13])
    assert not any(line in a.body for line in footer)


def test_a_service_pages_short_sections_lead_to_its_services_heading_further_down():
    """(text) uCoz's page as soup: the lead, "Что мы чиним" (what we repair) and each fault's bold name apart from
    its sentence, then "Как мы работаем" (how we work) and its steps: the sections are the text, not the lead
    alone."""
    lines = ["Ремонт стиральных машин на дому",
             "Мастер приедет в день обращения, проверит машину и назовёт цену до начала работы. Если ремонт не "
             "нужен, за диагностику вы не платите.",
             "Что мы чиним", "Не сливает воду.", "Чистим фильтр и патрубки, меняем сливной насос за один визит.",
             "Не греет воду.", "Проверяем и меняем ТЭН и датчик температуры.", "Как мы работаем",
             "Вы звоните или оставляете заявку на сайте.", "Мастер приезжает и проводит диагностику."]
    a = pagecleaner.clean_text("\n".join(lines))
    assert a.page_type == "service" and "Проверяем и меняем ТЭН" in a.body and "проводит диагностику" in a.body


@pytest.mark.parametrize("lines", [
    ["Home", "Servizi", "Contatti", prose(1), prose(2)],                        # a menu's item
    [prose(1), "Servizi", "Chirurgia", "Esotici", "Dove siamo"],             # no sentence under it
])
def test_a_services_line_among_short_lines_says_nothing(lines):
    assert pagecleaner.clean_text("\n".join(lines)).page_type == "article"


@pytest.mark.parametrize("line,sure", [
    ("public boolean shouldRetry (Response response, int attempt)", 2),    # a keyword first (Javadoc)
    ("std::optional< T > quay::RingBuffer < T, N >::try_pop ()", 2),       # a type's "::", spaced "< T, N >"
    ("pub fn push(&mut self, value: T) -> Option<T>", 2),                  # an arrow (rustdoc)
    ("debounce<F>(fn, waitMs): F", 2),                                      # "<T>" (TypeDoc)
    ("Duration delayBefore (int attempt)", 2),                              # a C-like typed parameter
    ("read_rows(path: str)", 2),                                            # a typed parameter, no keyword
    ("suspend fun <T> retry(times: Int = 3, block: suspend () -> T): T", 2),   # a function's type, its "()" (Dokka)
    ("Weather (hot (very)) today", 0),
    ("◆ try_pop()", 1),                                                     # a code's name alone (Doxygen)
    ("PARIS (AFP)", 0),                                                     # a dateline
    ("Day 4 to 5: Hakone or Mount Fuji (Lake Kawaguchi)", 0),               # a heading's aside
    ("Hiking Sandals for camp (alt: crocs)", 0),                            # words before a label and colon
    ("WordPress全般 (16)", 0),                                              # a brand's capitals, a count
    ("wfLoadExtension( 'WikiEditor' );", 0),                                # a statement
    ("Only one thread may call try_push() at a time.", 0),                  # a sentence
    ("field : String -> Decoder a -> Decoder a", 2),                      # a type's annotation (Elm's)
    ("decodeCsv: Decoder a -> String -> Result Error (List a)", 2),        # (its colon unspaced, as scraped)
    ("lookup :: Eq a => a -> [(a, b)] -> Maybe b", 2),                     # (Haskell's)
    ("retrying :: forall a. RetryPolicy -> Aff a -> Aff a", 2),            # (PureScript's, its type's variables)
    ("defaultPolicy :: RetryPolicy", 2),                                   # (a value's type alone)
    ("for all :: forall of them. We -> go", 0),
    ("remarque : entrée -> sortie", 0), ("Note: Input -> Output", 0),      # (prose's labels)
    ("pogodynka.polacz(adres=None, limit_czasu=5.0)", 2),                 # Python's, its qualified name and defaults
    ("pogodynka. polacz (adres = None, limit_czasu = 5.0)", 2),           # (as html-text spaces it)
    ("Call support (ext = 204).", 0),                                      # (a sentence)
])
def test_a_members_signature_on_its_line_is_told_from_a_lines_parentheses(line, sure):
    assert signature(line) == sure


def test_signatures_on_lines_of_their_own_say_documentation():
    """(text) An API reference scraped (Doxygen's, Javadoc's): three members' signatures, one sure; a post that
    names three functions ("detect_paywall()") is an article."""
    members = ["bool try_push (const T &value) noexcept", "Adds a value if there is room.",
               "std::optional< T > try_pop () noexcept", "Removes the oldest value, if there is one.",
               "◆ try_push()", "Adds a value if there is room."]
    assert pagecleaner.clean_text("\n".join(["RingBuffer", prose(1), *members])).page_type == "documentation"
    post = ["load_articles()", prose(2), "detect_paywall()", prose(3), "extract_content()", prose(4)]
    assert pagecleaner.clean_text("\n".join(["My scraper", prose(1), *post])).page_type == "article"


TYPEDOC_TEXT = ["Function debounce", "debounce < F > (fn, waitMs): F",
                "Returns a function that calls fn only after waitMs milliseconds have passed without another call. "
                "Each new call starts the wait again, so a burst of calls runs fn once, with the last call's "
                "arguments.",
                "Parameters", "fn: F", "The function to call.", "waitMs: number",
                "How long the calls must stop before fn runs.", "Returns F",
                "const save = debounce(() => store.write(draft), 500);"]


@pytest.mark.parametrize("footer", [
    ["Menu", "Go concurrency patterns, 2023", "Bitwise operations in Go, 2022"],  # a menu's label
    ["Settings", "Theme", "Light", "Dark"],                                     # a menu's run
])
def test_an_api_references_parameters_under_its_text_are_its_text(footer):
    """(text) TypeDoc's page scraped: under the member's description, its parameters, each a label over a line,
    are the text (main_text weighed them as a menu's), up to the site's menu."""
    a = pagecleaner.clean_text("\n\n".join(["debounce | tinytimers", *TYPEDOC_TEXT, *footer,
                                             "Generated using TypeDoc"]))
    assert a.page_type == "documentation"
    assert all(line in a.body for line in TYPEDOC_TEXT[3:])
    assert not any(line in a.body for line in footer)


def test_a_link_to_edit_the_pages_source_says_documentation():
    """Docs sites link each page to its source ("Edit this page on GitHub", Docsy's row "View page source Edit this
    page Create child page"); a text's line opening with it says the same; a feedback prompt does not."""
    html = ('<html><head><meta property="og:type" content="article"></head><body><main><h1>Retries</h1>'
            f'<p>{prose(1)}</p><p>{prose(2)}</p></main><aside><a href="/src">View page source</a> '
            '<a href="/edit">Edit this page</a> <a href="/new">Create child page</a></aside></body></html>')
    assert pagecleaner.clean(html, input="html").page_type == "documentation"
    assert page_type(blocks(prose(1), prose(2), "Edit this page on GitHub →")) == "documentation"
    assert page_type(blocks(prose(1), prose(2), "Help us improve this page")) == "article"
    # (the page's date before it on the line, Daux's; not a sentence's words before it)
    assert page_type(blocks(prose(1), prose(2), "Nov 27, 2026 Edit on GitHub")) == "documentation"
    assert page_type(blocks(prose(1), prose(2), "You can always edit on GitHub")) == "article"
    # (in Chinese and Japanese: dumi's "在 GitHub 上编辑此页", VitePress's "このページを編集")
    assert page_type(blocks(prose(1), prose(2), "在 GitHub 上编辑此页")) == "documentation"
    assert page_type(blocks(prose(1), prose(2), "このページを編集")) == "documentation"


@pytest.mark.parametrize("price", ["12 490 Kč", "349 kr", "49,99 lei", "PLN 120,00", "₹1,499", "¥3,980", "120 CZK",
                                   "R 2,199", "R399.00"])       # (South Africa's rand)
def test_a_price_in_other_currencies(price):
    from pagecleaner.pagetype import has_price
    assert has_price(price)


@pytest.mark.parametrize("text", ["Formula R 2 engine", "R2D2", "PR 2024"])
def test_an_r_and_a_number_is_no_rand(text):
    from pagecleaner.pagetype import has_price
    assert not has_price(text)


@pytest.mark.parametrize("text", ["12 krát", "Kr 5", "3 levels", "the 5 Kčs"])
def test_a_currencys_letters_inside_a_word_are_no_price(text):
    from pagecleaner.pagetype import has_price
    assert not has_price(text)


def test_a_products_related_products_with_their_buttons_leave_it_a_product():
    """A product's button, then under "Související produkty" two more products, each over its price and button:
    three buttons and three prices, but the shop's own end at the related heading (a category's grid has no
    button over such a heading)."""
    own = ["Kávovar Lelit Anna PL41TEM", "12 490 Kč", "Do košíku", prose(1)]
    related = ["Kávovar Lelit William PL72", "31 990 Kč", "Do košíku", "Mlýnek Eureka Mignon", "9 990 Kč", "Do košíku"]
    assert page_type(blocks(*own, "Související produkty", *related)) == "product"
    assert page_type(blocks(*own, *related)) == "collection"          # no heading: three cards, as a category's


@pytest.mark.parametrize("holder,kind", [
    ('<div itemscope itemtype="https://schema.org/Product"><h1>Kávovar Lelit Anna</h1><p>{p}</p></div>', "product"),
    # a review marks up the product it reviews inside the article, under the article's own title
    ('<h1>We tested the Lelit Anna</h1><div itemscope itemtype="https://schema.org/Product"><h2>Lelit Anna</h2>'
     '<p>{p}</p></div>', "article"),
])
def test_a_product_item_holding_the_pages_h1_is_a_product_page(holder, kind):
    assert pagecleaner.clean(f"<html><body>{holder.format(p=prose(1))}</body></html>", input="html").page_type == kind


def test_listings_flattened_onto_a_line_each_make_no_documentation():
    """A blog's tutorial scraped by html_text: each snippet one line. Three of them do not make it a reference."""
    snippet = "fn main() {{ let a = String::from(\"foo\"); let b = a.clone(); println!(\"{{}}\", b{i}); }}"
    flat = [Block(i, i, snippet.format(i=i), kind="code") for i in range(3)]
    assert page_type(blocks(prose(1)) + flat) == "article"
    listings = [Block(i, i, "fn main() {\n    run();\n}", kind="code") for i in range(3)]
    assert page_type(blocks(prose(1)) + listings) == "documentation"


@pytest.mark.parametrize("date,kind", [
    ("<p>12 septembre 2026 · 9 min</p>", "listing"),    # each card dated: a list of posts (PaperMod's)
    ("", "article"),                                     # undated: a business's boxes of what it offers (Umbraco's)
])
def test_article_cards_that_link_nowhere_are_posts_when_they_date_them(date, kind):
    cards = "".join(f'<article class="card"><h3>Titre numéro {i}</h3><p>Une phrase courte sur le sujet {i}.</p>'
                    f'{date}</article>' for i in range(3))
    page = f"<html><body><main><h1>Le studio</h1>{cards}</main></body></html>"
    assert pagecleaner.clean(page, input="html").page_type == kind


@pytest.mark.parametrize("heading", ["I nostri trattamenti", "Our treatments", "Unsere Behandlungen"])
def test_a_practices_treatments_are_what_it_offers(heading):
    page = (f'<html><body><main><h1>Fisioterapia a Bergamo</h1><p>{prose(1)}</p><h2>{heading}</h2>'
            f'<h3>Terapia manuale</h3><p>{prose(2)}</p></main></body></html>')
    assert pagecleaner.clean(page, input="html").page_type == "service"


def test_a_posts_frame_flattened_onto_one_line_is_a_forum_mark():
    """Misago as html_text: each post's buttons, its author's card and its header on one line, its number last."""
    frame = ("Lubię to 2 osoby lubią to Odpowiedz Cytuj stolarz_marek Ekspert 2 940 postów stolarz_marek Ekspert "
             "28 lis 26 #{}")
    posts = [line for i in range(3) for line in (prose(i), frame.format(i + 2))]
    assert page_type(blocks(*posts)) == "forum"
    ranking = [line for i in range(3) for line in (prose(i), f"The best laptops of 28 Nov 2026 ranked #{i + 1}")]
    assert page_type(blocks(*ranking)) == "article"         # no quote button, no count of posts


@pytest.mark.parametrize("footer,kind", [("Powered by Wiki.js", "documentation"),
                                         ("Propulsé par Wiki.js", "documentation"),
                                         ("Powered by WordPress", "article"),
                                         ("API docs by Redocly", "documentation"),   # an API reference's
                                         ("XWiki 16.10.2", "documentation"),     # the engine and its version alone
                                         ("MediaWiki 1.41.0", "documentation"),
                                         ("XWiki 16", "article"),               # (no version: a name and a number)
                                         ("MoinMoin Powered", "documentation"),     # (the wiki's badge)
                                         ("Built using ExDoc (v0.34.2) for the Elixir programming language",
                                          "documentation"),                     # Elixir's HexDocs
                                         ("Powered by Document360", "documentation"),     # a knowledge base's
                                         ("© 2026 Zeitwerk GmbH · Powered by ClickHelp", "documentation"),   # (help
                                         #                                        authoring tool's)
                                         ("Propulsé par Tiki Wiki CMS Groupware | Thème : FiveAlive-Lite",
                                          "documentation"),
                                         ("© Copyright 2026, Conta Fácil. Criado usando Sphinx 8.1.3 com o tema "
                                          "Awesome Theme.", "documentation"),     # (Sphinx's, in Portuguese)
                                         ("Propulsé par Zoho Desk", "documentation"),    # (a knowledge base's)
                                         ("WordPress 6.4.2", "article")])
def test_a_wikis_engine_in_its_footer_says_the_page_is_documentation(footer, kind):
    assert page_type(blocks(prose(1), prose(2), footer)) == kind


def test_shell_commands_alone_on_their_lines_make_no_documentation():
    """A tutorial's commands, each a line of its own (a scraper's shape of its <pre>s), as its flattened snippets."""
    commands = [Block(i, i, f"sudo apt-get install -y package{i}", kind="code") for i in range(3)]
    assert page_type(blocks(prose(1)) + commands) == "article"


@pytest.mark.parametrize("promise,kind", [("Free shipping on orders over $75", "collection"),
                                          ("Our bestsellers", "listing")])
def test_a_shops_promise_marks_its_category_of_few_priced_cards(promise, kind):
    """Vendure's category: four cards, each one link around the name and the price, no cart link, count or sort
    button; its bar over the header promises free shipping."""
    cards = "".join(f'<a class="flex" href="/products/p{i}"><div class="text-sm">Camping stove model {i}</div>'
                    f'<div class="text-sm font-medium">${39 + i}.00</div></a>' for i in range(4))
    page = (f'<html><body><div><p>{promise}</p></div><main><h2>Camping Stoves</h2><div class="grid">{cards}</div>'
            '</main></body></html>')
    assert pagecleaner.clean(page, input="html").page_type == kind


@pytest.mark.parametrize("button", ["Lees verder", "lees verder »"])
def test_dutch_read_on_under_three_teasers_is_a_listing(button):
    cards = [line for i in range(3) for line in (f"Story {i} title", BLURB, button)]
    assert page_type(blocks(*cards)) == "listing"


def test_a_services_heading_may_stand_under_a_button_under_the_intro():
    """WPBakery's page as scraped text: the intro, its call button, then "Unsere Leistungen"."""
    lines = ["Steuerberatung für Handwerksbetriebe", prose(1), "Erstgespräch vereinbaren", "Unsere Leistungen",
             "Finanzbuchhaltung", prose(2)]
    assert page_type(blocks(*lines)) == "service"
    assert page_type(blocks(*lines[:2], "Start", "Team", *lines[3:])) == "article"     # a menu's item
    # (the phone number's button beside it: hibu's "Request Service" and "(937) 555-0142")
    assert page_type(blocks(*lines[:2], "Request Service", "(937) 555-0142", *lines[3:])) == "service"


@pytest.mark.parametrize("line,kind", [
    ("Übergeordnetes Thema: Wartung", "documentation"),     # (DITA's link to the topic a topic belongs to)
    ("Tema principal: Compras", "documentation"),            # (Spanish's, SAP's help)
    ("Parent topic:", "documentation"),                     # (its link on the next line, soup's)
    ("The parent topic: how the board chose it", "article"),
])
def test_a_dita_topics_parent_topic_link_says_documentation(line, kind):
    lines = ["Firmware über USB aktualisieren", prose(1), "Vorgehensweise", prose(2), line, "Sensor kalibrieren"]
    assert page_type(blocks(*lines)) == kind


@pytest.mark.parametrize("price,kind", [("14,00", "product"), ("1.299,00", "product"), ("14", "article")])
def test_a_price_without_its_currency_beside_a_buy_button_says_product(price, kind):
    """HEMA's product as scraped text: "14,00", no currency, a few lines over "in winkelmand"."""
    lines = ["thermosfles 500 ml - HEMA", "keuken", "thermosfles 500 ml", price, "kleur: donkerblauw",
             "in winkelmand", "productinformatie", prose(1)]
    assert page_type(blocks(*lines)) == kind
    assert page_type(blocks("HEMA", *lines[1:])) == "article"      # (no title that shows the name over it)


def test_a_price_without_its_currency_under_the_h1_beside_a_forms_buy_button_says_product():
    """Migros's product: "2.20" under its <h1>, its size and rating between, its buy button a form's <button>."""
    head = ('<html><body><main><span class="brand">Frey</span><h1>Milchschokolade Extra Fin</h1><span>100 g</span>'
            '<div>4.8 (412)</div><div class="price">2.20</div>')
    tail = f'<button>In den Warenkorb</button><h2>Produktinformationen</h2><p>{prose(1)}</p></main></body></html>'
    assert pagecleaner.clean(head + tail, input="html").page_type == "product"
    assert pagecleaner.clean(head.replace("<h1>", "<p>").replace("</h1>", "</p>") + tail,
                             input="html").page_type != "product"      # (no <h1> over it: no name)


@pytest.mark.parametrize("title,kind", [("Frey Milchschokolade Extra Fin · 100 g | Migros", "product"),  # (the name
                                        ("Frey | Migros", "article")])      # inside the title; its maker alone no)
def test_a_price_without_its_currency_under_the_name_the_title_holds_says_product(title, kind):
    lines = [title, "Schokolade", "Frey", "Milchschokolade Extra Fin", "100 g", "2.20", "In den Warenkorb",
             "Produktinformationen", prose(1)]
    assert page_type(blocks(*lines)) == kind


def test_a_price_without_its_currency_far_from_the_buy_button_says_nothing():
    lines = ["Tabel", "14,00", *(prose(i) for i in range(10)), "in winkelmand"]
    assert page_type(blocks(*lines)) == "article"
    cards = [line for i in range(2) for line in (f"Tandpasta soort {i} 75 ml", f"{i + 1},99", "In winkelmand")]
    assert page_type(blocks("Tandpasta kopen? | Kruidvat", prose(1), *cards)) != "product"   # (a category's
    #                                                                         cards under names no title shows)


@pytest.mark.parametrize("heading", ["Wat wij voor u doen", "What we do for you", "Was wir für Sie tun"])
def test_what_a_business_does_for_its_reader_heads_what_it_offers(heading):
    page = (f'<html><body><main><h1>Zakelijke energie</h1><p>{prose(1)}</p><h2>{heading}</h2>'
            f'<h3>Vast contract</h3><p>{prose(2)}</p></main></body></html>')
    assert pagecleaner.clean(page, input="html").page_type == "service"


@pytest.mark.parametrize("footer,kind", [("Auf GitHub bearbeiten", "documentation"),
                                         ("Edit on GitHub", "documentation"),
                                         ("Follow us on GitHub", "article")])
def test_a_link_to_edit_the_page_on_github_in_other_words_says_documentation(footer, kind):
    assert page_type(blocks(prose(1), prose(2), footer)) == kind


def test_a_shops_sort_and_page_size_controls_with_their_options_mark_its_category():
    """plentymarkets as html_text: four priced cards, no cart link, count or promise; its sort control and its
    page size, each a <select> flattened with its options."""
    cards = [line for i in range(4) for line in (f"Teekanne Modell {i}", f"{49 + i},90 € *")]
    for control in ("Sortieren nach Empfehlung Name A-Z Preis aufsteigend", "Artikel pro Seite 20 40"):
        assert page_type(blocks("Teekannen", prose(1)[:80] + ".", control, *cards)) == "collection"
    assert page_type(blocks("Teekannen", prose(1)[:80] + ".", *cards)) == "article"


def test_a_qa_posts_signature_after_its_buttons_and_author_and_its_votes_are_forum_marks():
    """Apache Answer as html_text: "Vote up 7 Vote down" and "Share Report History lena_ops 214 asked …"."""
    posts = [line for i in range(2) for line in (
        prose(i), f"Vote up {i + 3} Vote down", f"Share Report History user_{i} 214 asked Oct 27, 2026 at 08:1{i}")]
    assert page_type(blocks(*posts)) == "forum"



@pytest.mark.parametrize("line,control", [
    ("Sort by Position Name: A to Z Price: Low to High", True),
    ("Sortieren nachEmpfehlungName A-ZPreis aufsteigend", True),     # inscriptis glues the first option on
    ("Trier par : Pertinence Nom, A à Z", True),
    ("Artikel pro Seite2040", True),                                # the page sizes glued on
    ("5 ArtikelSortieren nach Artikel pro Seite", True),            # the count glued to the label, no options
    ("Filtrer 4 produits Trier par Nouveautés Prix croissant", True),    # the filter button before the count
    ("Znaleziono produktów: 4 Sortuj według: Popularność Cena rosnąco", True),    # the count after its label
    ("Display 3 6 9 per page", True),
    ("Sort By : popularity", True),                                 # the option in small letters after a colon
    ("Sort by: the date you planted them and the bed they go in", False),      # (a how-to's step)
    ("Sort by color", False),                                       # a how-to's step: no option's name after it
    ("Sort by the date you planted them, then water", False),
    ("Rikiuoti: Populiariausi Kaina didėjančiai", True),           # (Lithuanian's verb alone, "pagal" left out:
    ("Kārtot: Populārākie", True),                                  # Maxima's; Latvian's)
    ("Rikiuoti reikia pagal dydį, tada spalvą", False),
    ("Sortera: Populärast Lägsta pris Jämförpris", True),          # the verb alone with its colon, Hemköp's
    ("Sort: Newest", True),
    ("Sort your socks by colour", False),
])
def test_a_lists_sort_and_page_size_controls_with_their_options(line, control):
    from pagecleaner.pagetype import list_control
    assert list_control(line) is control


def test_a_sort_label_alone_on_its_line_in_german_marks_a_shop():
    """plentymarkets as soup: "Sortieren nach" on its line, its options on theirs."""
    cards = [line for i in range(4) for line in (f"Teekanne Modell {i}", f"{49 + i},90 € *")]
    assert page_type(blocks("Teekannen", "Sortieren nach", "Empfehlung", *cards)) == "collection"



@pytest.mark.parametrize("heading", ["Mes formules", "My services", "Our packages", "Meine Leistungen"])
def test_one_persons_services_and_packages_head_what_a_business_offers(heading):
    page = (f'<html><body><main><h1>Photographe de mariage</h1><p>{prose(1)}</p><h2>{heading}</h2>'
            f'<h3>Demi-journée</h3><p>{prose(2)}</p></main></body></html>')
    assert pagecleaner.clean(page, input="html").page_type == "service"


@pytest.mark.parametrize("title", ["Configuration - The Tidewater Guide", "The Tidewater Guide: Configuration"])
def test_a_title_that_joins_two_h1s_gives_the_later_one_as_the_headline(title):
    """mdBook's page: the book's name in the menu bar's <h1>, the chapter's in the text's; the <title> joins them,
    either first. The later <h1> is the page's."""
    html = (f"<html><head><title>{title}</title></head><body><div class='menu-bar'><h1>The Tidewater Guide</h1>"
            f"</div><main><h1>Configuration</h1><p>{prose(1)}</p><p>{prose(2)}</p></main></body></html>")
    assert pagecleaner.clean(html, input="html").headline == "Configuration"


@pytest.mark.parametrize("link,kind", [
    ('<a href="https://github.com/tide/tide/edit/main/guide/src/config.md"><i class="fa fa-edit"></i></a>',
     "documentation"),                                                  # an icon that edits the page's source
    ('<a href="/wiki/config" title="Suggest an edit"><i class="fa fa-edit"></i></a>', "documentation"),
    ('<a href="/portal/-/issues/412/edit"><i class="fa fa-edit"></i></a>', "article"),   # an issue's, no source
    ('<a href="/wiki/config" title="Print this book"><i class="fa fa-print"></i></a>', "article"),
])
def test_an_icon_link_that_edits_the_pages_source_says_documentation(link, kind):
    html = (f"<html><body><div class='right-buttons'>{link}</div><main><h1>Configuration</h1><p>{prose(1)}</p>"
            f"<p>{prose(2)}</p></main></body></html>")
    assert pagecleaner.clean(html, input="html").page_type == kind


@pytest.mark.parametrize("heading", ["Come lavoriamo", "So arbeiten wir", "Hoe wij werken", "Cómo trabajamos"])
def test_how_a_business_works_with_its_clients_heads_a_service_page(heading):
    page = (f"<html><body><main><h1>Traduzioni tecniche</h1><p>{prose(1)}</p><h2>{heading}</h2><p>{prose(2)}</p>"
            "</main></body></html>")
    assert pagecleaner.clean(page, input="html").page_type == "service"


CONCRETE_TEXT = ["Home", "Servizi", "Chi siamo", "Contatti", "Traduzioni tecniche e legali",
                 "Traduciamo manuali, contratti e siti web dall'inglese e dal tedesco all'italiano, con traduttori "
                 "madrelingua.", "Richiedi un preventivo", "Cosa traduciamo", "Manuali tecnici",
                 "Istruzioni d'uso, schede di sicurezza e cataloghi, con la terminologia del vostro glossario.",
                 "Contratti e atti",
                 "Contratti, statuti e atti notarili, anche con traduzione giurata per il tribunale.",
                 "Come lavoriamo", "Ci mandate i file, vi mandiamo un preventivo entro un giorno lavorativo. Ogni "
                 "traduzione è riletta da un secondo traduttore prima della consegna.", "Link utili", "Servizi",
                 "Chi siamo", "Contatti"]


def test_a_scraped_service_pages_text_opens_at_its_lead_over_its_button_and_first_services_name():
    """(text) main_text finds the text from the first service's sentence on; the lead's sentence stands over a
    button, a heading in words no list knows ("Cosa traduciamo") and the service's name: the text opens there."""
    a = pagecleaner.clean_text("\n".join(CONCRETE_TEXT))
    assert a.page_type == "service"
    assert a.body.startswith("Traduciamo manuali") and "Manuali tecnici" in a.body
    assert "Chi siamo" not in a.body


def test_a_scraped_service_pages_lead_over_its_button_over_the_heading_of_its_services_opens_the_text():
    """(text) Sitejet's hero: the lead's sentence, its button ("Termin vereinbaren"), then "Unsere Leistungen" and
    the services: the text opens at the lead, not the heading."""
    lines = ["Start", "Leistungen", "Kontakt", "Tischlerei Brandt in Lüneburg",
             "Möbel nach Maß, Innenausbau und Reparaturen aus unserer Werkstatt in der Altstadt. Seit 1987 in "
             "zweiter Generation.", "Termin vereinbaren", "Unsere Leistungen", "Möbel nach Maß",
             "Einbauschränke, Regale und Tische, geplant für Ihren Raum und gebaut aus heimischem Holz.",
             "Innenausbau", "Treppen, Türen und Wandverkleidungen für Altbau und Neubau.", "So arbeiten wir",
             "Nach einem ersten Gespräch kommen wir zum Aufmaß zu Ihnen. Sie erhalten eine Zeichnung und ein festes "
             "Angebot, bevor wir mit der Arbeit beginnen.", "Impressum", "Datenschutz"]
    a = pagecleaner.clean_text("\n".join(lines))
    assert a.page_type == "service" and a.body.startswith("Möbel nach Maß, Innenausbau")


@pytest.mark.parametrize("line,alone", [("€44,95", True), ("$109.99 $89.99", True), ("R$ 129,90", True),
                                        ("1 200 €", True), ("Sem impostos: R$39,90", False), ("Preço: R$ 5", False)])
def test_a_line_of_prices_alone_is_told_from_a_labelled_price(line, alone):
    assert price_alone(line) is alone


def test_a_dated_cards_title_is_the_line_over_its_blurb_or_over_its_date_not_the_lists_name_over_it():
    from pagecleaner.pagetype import dated_titles
    over_date = blocks("Notizen", "Ein Winter ohne Heizlüfter", "18. Nov 2026", prose(1), "Der Apfelbaum im Hinterhof",
                       "2. Okt 2026", prose(2), "Fahrradreparatur für Anfänger", "21. Aug 2026", prose(3))
    assert dated_titles(over_date) == {1, 4, 7}
    over_blurb = blocks("Cuaderno de campo", "Buitre negro en Gredos", prose(1), "18 nov. 2026",
                        "La ruta al circo de Gredos", prose(2), "7 nov. 2026", "Prismáticos 8x42", prose(3),
                        "23 oct. 2026")
    assert dated_titles(over_blurb) == {1, 4, 7}


@pytest.mark.parametrize("fields", [
    ["댓글 12", "Mar 12. 2024 by 바람의 지도"],         # its count of comments between its blurb and its date
    ["댓글 12 Mar 12. 2024 by 바람의 지도"],           # the count, the date and the author on one line
    ["12 comments", "Mar 12, 2024"],
])
def test_a_cards_count_of_comments_and_its_byline_after_its_date_leave_it_a_dated_card(fields):
    """Brunch's magazine: each card a title, a blurb, then its count of comments, its date and its author."""
    titles = ["배낭 하나로 한 달 살기", "새벽 기차를 타는 이유", "길을 잃어도 괜찮은 도시"]
    page = blocks("여행의 기술", *[x for i, t in enumerate(titles) for x in (t, prose(i), *fields)])
    assert page_type(page) == "listing"


def test_comments_each_under_its_header_with_a_date_are_no_dated_cards():
    """Tildes' comments: each a header of its author's name and date over its text; the header under a comment is
    the next one's, not that comment's date (a card's title over its blurb has no date in it)."""
    from pagecleaner.pagetype import dated_cards
    comments = [x for i, name in enumerate(("greywagtail", "lindenleaf", "quietmoth (OP)"))
                for x in (f"{name} Nov 2{i}", prose(i))]
    assert dated_cards(blocks("What's a small habit that made your week calmer?", prose(9), *comments)) == {}


def test_a_heading_that_calls_the_page_a_shop_over_four_priced_cards_is_a_category():
    """Ko-fi's shop: four cards, each a name over its price, no cart, count or sort; its heading says "Shop". A
    menu's "Shop" (no heading) says nothing of the page."""
    cards = "".join(f'<div class="shop-item"><a href="/s/{i}"><div class="t">Print number {i}, A4</div>'
                    f'<div class="p">£{15 + i}</div></a></div>' for i in range(4))
    page = '<html><body><main>{}<p>Prints and zines from my sketchbooks.</p>' + cards + '</main></body></html>'
    assert pagecleaner.clean(page.format("<h1>Shop</h1>"), input="html").page_type == "collection"
    assert pagecleaner.clean(page.format("<ul><li>Shop</li></ul><h1>Ellie</h1>"), input="html").page_type \
        != "collection"


def test_cards_under_their_line_of_category_and_date_are_a_list_not_a_storys_box():
    """A news section (Wagtail's, Danish): each card's category and date over its title and its intro; the dates
    between two cards are the ones under them, since that layout finds every card. Under a story's text, or
    under "Ähnliche Artikel", such cards are the story's box of other stories."""
    from pagecleaner.pagetype import dated_cards
    cards = [x for i, (kind, day) in enumerate((("Trafik", 24), ("Politik", 22), ("Lokalt", 20)))
             for x in (f"{kind} {day}. november 2026", f"Nyhed nummer {i} fra kommunen", prose(i))]
    assert dated_cards(blocks("Nyheder", "Vis: Alle Trafik Politik", *cards)) == {4: 3, 7: 6, 10: 9}
    assert page_type(blocks("Nyheder", "Vis: Alle Trafik Politik", *cards)) == "listing"
    story = blocks("Ein Titel", prose(9), "Beitrag teilen:", *cards)
    assert 11 not in dated_cards(story) and page_type(story) == "article"      # (the last card: no layout's but this)
    boxed = blocks("Ein Titel", "Kurz.", "Ähnliche Artikel", *cards)
    assert 11 not in dated_cards(boxed) and page_type(boxed) == "article"


@pytest.mark.parametrize("line", ["Zobrazeno 4 položek", "12 produktů", "Showing 24 products",
                                  "2 418 ofert", "1.245 προϊόντα",        # (a price comparison's offers)
                                  "1,284件", "128개 상품"])                  # (a counter glued, Japanese, Korean)
def test_a_categorys_count_with_its_verb_before_it_is_a_count(line):
    from pagecleaner.pagetype import PRODUCTS_ALONE
    assert PRODUCTS_ALONE.match(line)


def test_a_czech_categorys_sort_control_with_its_options_is_a_list_control():
    from pagecleaner.pagetype import list_control
    assert list_control("Řadit: Doporučujeme Nejlevnější Nejdražší")
    assert not list_control("Řadit se dá i podle barvy, ale to nikdo nedělá.")


@pytest.mark.parametrize("votes", [["Ja 4 Nej"], ["Ja", "4", "Nej"], ["▲", "12", "▼"], ["Yes 3 No"]])
def test_a_posts_votes_between_its_yes_and_no_buttons_mark_a_thread(votes):
    """A support community's post and comments (Zendesk's), each with its votes between buttons that say yes and
    no: on one line (html_text's shape) or on three (soup's)."""
    posts = [line for i in range(3) for line in (prose(i), *votes)]
    assert page_type(blocks(*posts)) == "forum"


def test_a_count_between_other_words_marks_no_thread():
    lines = [line for i in range(3) for line in (prose(i), "Seite", str(i + 1), "Weiter")]
    assert page_type(blocks(*lines)) == "article"


@pytest.mark.parametrize("label", ["Official comment", "Officiell kommentar", "Offizieller Kommentar",
                                   "Verified Answer", "Respuesta verificada",     # (an answer the asker checked)
                                   "Ausgewählte Lösung", "Selected solution",      # (or chose: Mozilla's)
                                   "Alle Antworten (2)", "All answers"])           # (the heading over them all)
def test_a_support_communitys_official_comment_is_a_forum_mark(label):
    from pagecleaner.pagetype import forum_mark
    assert forum_mark(label)


@pytest.mark.parametrize("line, mark", [
    ("Kit Marsh kmarsh Nov 23, 2026 Core Member", True),     # the name, the handle that holds a word of it, when
    ("Anneliese Moor anneliese Nov 24, 2026", True),
    ("Anneliese Moor @amoor 3 days ago", False),             # (no date's shape: an age)
    ("Anneliese Moor wrote Nov 24, 2026", False),            # (no handle: a word)
    ("3 replies 14 views 2 users", True),                   # a thread's counts of replies and views
    ("1.2k Aufrufe · 12 Antworten", True),
    ("14 views", False), ("3 replies to Council approves budget", False),
    ("2 个回答", True), ("赞同 56 14 条评论 分享 收藏 喜欢", True), ("赞同 9", True),   # a Chinese Q&A's (Zhihu's)
    ("赞同这个观点的人很多", False),
    ("赞(86) 踩(3) 评论", True), ("赞(12) 踩(0)", True), ("赞(12)", False),   # (votes for and against, Baidu's)
    ("lindqvist added a comment.", True), ("lindqvist claimed this task.", True),   # (Phabricator's timeline)
    ("lindqvist added a comment about the budget.", False),
    ("Risolto 3 risposte 214 visite", True),                        # (Italian's counts of replies and visits)
    ("This topic contains 3 replies, has 3 voices, and was last updated by Colette R. 2 weeks ago.", True),
    ("Ce sujet contient 3 réponses, a 3 participants et a été mis à jour par Colette R. il y a 2 semaines.", True),
    ("This topic contains no spoilers.", False),                     # (a topic's counts over its posts, bbPress's)
    ("Enlace permanenteMostrar mensaje anteriorResponder", True), ("Permalink Show parent Reply", True),   # a
    ("Mostrar respuestas anidadas", True), ("Permalink", False),      # post's buttons glued; the thread's display
    ("Permalink View source Reply", True),                             # (a mail archive's message's, Pony Mail's)
    ("From: Anja Berg <anja@example.org>", True), ("To: dev@tidewater.example.org", True),   # its header lines
    ("From: the desk of the mayor", False), ("Contact: info@example.com", False),
    ("Alıntı Beğen Şikayet", True), ("Alıntı", False),      # (Turkish: a post's quote, like and report buttons)
    ("Ответы на вопрос 1", True), ("Решения вопроса 2", True),   # (the answers' heading and count, Habr Q&A's)
    ("2 樓軸體研究員switchman2024-05-11 21:30:42", True), ("樓主鍵盤小白kbdfan2024-05-11 21:04:17", True),   # a
    ("3 樓的住戶都搬走了", False), ("2 樓", True),          # floor's post's header (Bahamut's), its floor alone
    ("つばさ @tsubasa 42分前", True), ("かえで @kaede@fedi.example 11分前", True),   # (the fediverse's header: a
    ("Dana Okafor @dana", False),                       # local handle with its age; Misskey's)
    ("返信 3 リノート 2 リアクション …", True), ("Reply Boost Favourite", True),   # (a post's buttons, its repost
    ("Boost", False),                                                           # among them)
    ("Reageer Quote Meld", True), ("Reageer", False),          # (Dutch: reply, quote, report; Tweakers')
    ("Ответы на вопрос", False),
])
def test_a_posts_name_and_handle_header_and_a_threads_counts_are_forum_marks(line, mark):
    from pagecleaner.pagetype import forum_mark
    assert forum_mark(line) is mark


@pytest.mark.parametrize("heading", ["Serviços e preços", "Leistungen und Preise", "Services & pricing"])
def test_what_a_business_offers_beside_its_prices_heads_a_service_page(heading):
    page = (f"<html><body><main><h1>Conserto de bicicletas</h1><p>{prose(1)}</p><h2>{heading}</h2>"
            f"<h3>Revisão completa</h3><p>{prose(2)}</p></main></body></html>")
    assert pagecleaner.clean(page, input="html").page_type == "service"


OFFERS = [("Супровід ФОП", "Декларації, єдиний податок і ЄСВ вчасно, з нагадуваннями про кожен платіж."),
          ("Облік для ТОВ", "Повний бухгалтерський облік, зарплата та звітність до всіх органів."),
          ("Консультації", "Відповімо на питання про оподаткування та допоможемо обрати групу ФОП.")]


def _offers_page(box: str, extra: str = "") -> str:
    boxes = "".join(box.format(name=n, line=t) for n, t in OFFERS)
    return (f'<html><body><section><h1>Бухгалтерські послуги для ФОП у Львові</h1><p>Ведемо облік, подаємо звітність '
            f'і відповідаємо на питання податкової.</p></section><section><div class="grid">{boxes}</div></section>'
            f'{extra}</body></html>')


@pytest.mark.parametrize("box, extra, kind", [
    # Weblium's: each offer a box of its own, its name in a heading over a line (an icon beside), no date
    ('<div class="card"><svg></svg><h3>{name}</h3><p>{line}</p></div>', "", "service"),
    ('<div class="card"><h3>{name}</h3><p>{line}</p></div>', "<p>Опубліковано 12.03.2026</p>", "article"),  # dated
    ('<div class="card"><h3><a href="/p">{name}</a></h3><p>{line}</p></div>', "", "listing"),   # linked: cards
    ('<div class="card"><h3>{name}</h3><p>{line} {line} {line} {line}</p></div>', "", "article"),   # long: a post's
    # (AEM's teasers: each offer's box ends with its button, a link to the offer's page)
    ('<div class="card"><h3>{name}</h3><p>{line}</p><a href="/x">Mehr erfahren</a></div>', "", "service"),
    ('<div class="card"><h3>{name}</h3><p>{line}</p><a href="/x">Weitere Details zum Tarif</a></div>', "",
     "article"),                                                        # (a link of words: no button)
    # (Kentico's cards: what each offer costs on a line of its own under its text)
    ('<div class="card"><h3>{name}</h3><p>{line}</p><p>від 900 грн</p></div>', "", "service"),
    ('<div class="card"><h3>{name}</h3><p>{line} 900 грн</p></div>', "", "article"),     # (in the text: a shop's?)
])
def test_boxes_each_an_offers_name_over_a_short_line_on_an_undated_page_are_a_service_page(box, extra, kind):
    assert pagecleaner.clean(_offers_page(box, extra), input="html").page_type == kind


BEAVER_TEXT = ["Pedal Curitiba – Conserto e revisão de bicicletas", "Início", "Serviços", "Loja", "Contato",
               "Conserto de bicicletas em Curitiba",
               "Revisão completa, troca de peças e ajuste de bicicletas urbanas, de estrada e mountain bikes, com "
               "entrega no mesmo dia.", "Agende pelo WhatsApp", "Serviços e preços", "Revisão completa",
               "Limpeza, lubrificação, regulagem de freios e câmbio, e aperto de todas as peças. R$ 150",
               "Troca de pneus e câmaras",
               "Trocamos na hora, com pneus de estoque ou os que você trouxer. A partir de R$ 30", "Onde estamos",
               "Rua Mateus Leme, 1450, São Francisco. De segunda a sábado, das 9h às 18h.",
               "Copyright © 2026 Pedal Curitiba | Desenvolvido por Astra WordPress Theme"]


def test_a_scraped_service_pages_services_with_their_prices_are_its_text_under_a_button_another_rule_took():
    """(text) Beaver Builder's page: each service's sentence ends with its price ("… peças. R$ 150"), and the
    booking button between the lead and the heading of what it offers goes as a prompt."""
    a = pagecleaner.clean_text("\n\n".join(BEAVER_TEXT))
    assert a.page_type == "service"
    assert "Troca de pneus e câmaras" in a.body and "R$ 30" in a.body and "Rua Mateus Leme" in a.body
    assert "Agende pelo WhatsApp" not in a.body and "Copyright" not in a.body


def test_a_thread_whose_votes_stand_in_an_element_called_voters_is_a_forum():
    """Lobsters: each story's and comment's score in <div class="voters"><div class="score">."""
    post = '<div class="voters"><div class="score">{}</div></div>'
    comments = "".join(f'<div class="comment">{post.format(i)}<div class="comment_text"><p>{prose(i)}</p></div></div>'
                       for i in range(3))
    page = f"<html><body><h1>Why we moved our CI</h1>{post.format(42)}<p>{prose(5)}</p>{comments}</body></html>"
    assert pagecleaner.clean(page, input="html").page_type == "forum"



JUPYTER_BOOK_TEXT = ["Загрузка данных — Метео: руководство", "Перейти к основному содержанию", "Введение",
                     "Работа с данными", "Загрузка данных", "Графики", "Статистика по сезонам", "Загрузка данных #",
                     "Функция read_station читает файл измерений одной метеостанции и возвращает таблицу с колонками "
                     "времени, температуры и давления.", "Пропуски в данных #",
                     "Если датчик не передал значение, в таблице будет NaN. Чтобы заполнить короткие пропуски, "
                     "используйте метод interpolate:", "Пропуски длиннее трёх измерений останутся пустыми.",
                     "назад", "Введение", "далее", "Графики", "Содержание", "Пропуски в данных",
                     "© Copyright 2026."]


def test_a_scraped_russian_chapters_links_to_its_neighbours_and_its_contents_are_no_text():
    """(text) A Jupyter Book chapter in Russian: "назад" / "Введение" / "далее" / "Графики" (the previous and the
    next chapter), then "Содержание" and its one entry, under the text."""
    a = pagecleaner.clean_text("\n\n".join(JUPYTER_BOOK_TEXT))
    assert "Пропуски длиннее трёх измерений" in a.body and "Пропуски в данных" in a.body
    assert not any(w in a.body.split("\n") for w in ("назад", "далее", "Содержание", "Введение", "Графики"))


@pytest.mark.parametrize("header", ["anowak skomentował(a) 12 lis 2026", "mkessler commented 3 days ago",
                                    "lena_ops kommentierte am 12. Nov. 2026"])
def test_an_issue_trackers_comment_headers_mark_a_thread(header):
    posts = [line for i in range(3) for line in (header, prose(i))]
    assert page_type(blocks(*posts)) == "forum"


def test_a_line_that_says_someone_commented_without_a_time_marks_no_thread():
    lines = [line for i in range(3) for line in ("The minister commented on the plan", prose(i))]
    assert page_type(blocks(*lines)) == "article"


def test_an_issue_trackers_comment_headers_glued_to_the_lines_around_them_mark_a_thread():
    """Gitea's timeline as html_text reads it: each header glued to the role badge after it and the event before."""
    lines = ["Zgłoszenie zamknięte 19 lis 2026 przez mzielinska anowak skomentował(a) 12 lis 2026 Autor", prose(1),
             "👍 2 anowak dodał(a) etykietę błąd 12 lis 2026 pkowal skomentował(a) 12 lis 2026 Współpracownik",
             prose(2), "Dodaj BOM do eksportu CSV mzielinska skomentował(a) 19 lis 2026 Właściciel", prose(3)]
    assert page_type(blocks(*lines)) == "forum"


def test_a_members_count_of_posts_alone_under_the_name_marks_a_thread():
    """HyperKitty's mail archive: each message's author, "148 posts" under the name (count first)."""
    posts = [line for i in range(3) for line in ("Priya Raman\n148 posts", prose(i))]
    assert page_type(blocks(*posts)) == "forum"
    assert page_type(blocks(*[line for i in range(3) for line in ("Read the 148 posts of this blog", prose(i))])) \
        == "article"


@pytest.mark.parametrize("line, mark", [
    ("Reply all Reply to author Forward", True),             # a mailing list archive's buttons under a message
    ("Reply to author", True),
    ("Allen antworten Dem Autor antworten Weiterleiten", True),
    ("Répondre à tous Répondre à l'auteur Transférer", True),
    ("Reply all", False), ("Forward", False),                # (not the one to its author: any mail's)
])
def test_a_mail_archives_buttons_are_forum_marks(line, mark):
    from pagecleaner.pagetype import forum_mark
    assert forum_mark(line) is mark


@pytest.mark.parametrize("line, mark", [
    ("发帖126", True), ("铜币 5210", True), ("积分 120", True),    # a Chinese board's member card, a field a line
    ("注册时间2016-03-02", True), ("等级：中级会员", True),         # (phpwind's, Discuz!'s)
    ("在线时间 120 小时", True),
    ("发帖 回复", False),                                          # (the thread's buttons: no field)
    ("等级很高的会员们都来了吗", False),
])
def test_a_chinese_boards_member_fields_are_forum_marks(line, mark):
    from pagecleaner.pagetype import forum_mark
    assert forum_mark(line) is mark


@pytest.mark.parametrize("line, stock", [
    ("Only 2 left in stock", True), ("Nur noch 2 Stück", True), ("Plus que 3 en stock", True),
    ("Quedan 4 unidades", True), ("Nog maar 1 op voorraad", True),
    ("Ostatnie sztuki", True), ("Last items", True),
    ("Only 2 left to go before the final", False), ("Nur noch 2 Tage bis Weihnachten", False),
    ("Skladem > 5 ks", True), ("> 5 ks", False),                # (more than five: Mall.cz's)
    ("În stoc", True), ("Stoc limitat", True),                  # (Romanian: elefant.ro's)
    ("Finns i webblager", True), ("Finns i lager i Göteborg sedan 1963", False),     # (Swedish: Biltema's)
    ("In deiner Filiale verfügbar", True),                                        # (Migros's)
])
def test_the_few_a_shop_has_left_are_its_stock(line, stock):
    from pagecleaner.pagetype import STOCK
    assert (STOCK.match(line) is not None) is stock


@pytest.mark.parametrize("line, mark", [
    ("Dora Kovács Newbie 12 posts since Feb 3, 2024", True),     # a member's posts since the day they joined (Jive)
    ("Magnus Holm Expert 2,418 posts since Jun 11, 2016", True),
    ("412 Beiträge seit 03.02.2024", True),
    ("12 posts since the update", False),                         # (no day after it)
    ("Correct Answer", True), ("This question is Answered.", True),     # the answer marked, the thread's state
    ("The correct answer is 42.", False),
])
def test_a_members_posts_since_they_joined_and_a_correct_answer_are_forum_marks(line, mark):
    from pagecleaner.pagetype import forum_mark
    assert forum_mark(line) is mark


def test_a_members_count_of_posts_split_from_the_day_they_joined_marks_a_thread():
    """Soup's shape of a Jive thread: "12 posts since" / "Feb 3, 2024" under each post's author."""
    from pagecleaner.pagetype import thread_marks
    bs = blocks("Dora Kovács", "12 posts since", "Feb 3, 2024", prose(1), "Magnus Holm", "2,418 posts since",
                "Jun 11, 2016", prose(2))
    assert thread_marks(bs) == [1, 5]


@pytest.mark.parametrize("line, mark", [
    ("Priya Raman posted this on November 24, 2026", True),     # a post's header (Freshdesk's forums)
    ("posted this on November 24, 2026", True),                 # (its author's name apart, soup's shape)
    ("Posted on November 24, 2026", False),                     # a blog post's date line
    ("Vote up 2 Votes", True),                                  # its votes' button and count
    ("2 Votes", False),
])
def test_a_posts_header_that_says_who_posted_this_and_its_votes_are_forum_marks(line, mark):
    from pagecleaner.pagetype import forum_mark
    assert forum_mark(line) is mark


def test_a_vietnamese_shops_category_says_what_it_sells_in_its_own_words():
    """Haravan's: dong after the amount ("425.000₫"), "Thêm vào giỏ" (to the cart), "Hết hàng" (sold out),
    "Sắp xếp theo:" and its options (sort by), "Xem nhanh" (quick view) beside the buy button."""
    from pagecleaner.pagetype import BUY, STOCK, list_control
    from pagecleaner.vocab import made_of
    assert price_alone("425.000₫") and BUY.match("Thêm vào giỏ") and STOCK.match("Hết hàng")
    assert list_control("Sắp xếp theo: Sản phẩm nổi bật Giá: Tăng dần Giá: Giảm dần Mới nhất")
    assert made_of(("page_control", "ad_marker", "card_button"), "Thêm vào giỏ Xem nhanh")
    assert not made_of(("page_control", "ad_marker", "card_button"), "Ấm men lam vẽ sen 600ml")


@pytest.mark.parametrize("line, codes", [
    ("Art.-Nr. 2471188 | Hersteller-Nr. TWK7203", True),     # a product's numbers, each after its label
    ("SKU: HB-4025", True), ("Model # 1002 Internet # 3110", True), ("Réf. : 41-220 · EAN 4006381333931", True),
    ("Item number unknown", False),                           # (a label with no number)
    ("Art.-Nr. 2471188 ist ausverkauft", False),              # (other words after them)
])
def test_a_line_of_a_products_numbers_is_told(line, codes):
    from pagecleaner.pagetype import product_codes
    assert product_codes(line) is codes


@pytest.mark.parametrize("title", [
    "BOSCH TWK7203 Wasserkocher Edelstahl, 2200 Watt | MediaMarkt",            # the name goes on past the title
    "BOSCH TWK7203 Wasserkocher Edelstahl, 2200 Watt, 1,7 Liter | MediaMarkt",  # or is the title
])
def test_a_scraped_products_name_that_shows_the_pages_title_is_its_headline(title):
    """MediaMarkt's product as html_text: its trail runs on into its name, numbers and price; the name, which goes
    on past the page's title, is the headline, and the text opens under it."""
    lines = [title, "Startseite", "Küche", "Wasserkocher", "BOSCH",
             "BOSCH TWK7203 Wasserkocher Edelstahl, 2200 Watt, 1,7 Liter", "Art.-Nr. 2471188 | Hersteller-Nr. TWK7203",
             "Bild 1 von 6", "59,99 €", "In den Warenkorb", "Services",
             "Geräteschutz 2 Jahre für 9,99 € Altgeräte-Mitnahme für 0,00 €", "Produktbeschreibung",
             "Der TWK7203 bringt 1,7 Liter Wasser in rund drei Minuten zum Kochen. Für grünen Tee wählen Sie eine "
             "niedrigere Temperatur, der Kocher schaltet bei Erreichen ab."]
    a = pagecleaner.clean_text("\n".join(lines))
    assert a.page_type == "product" and a.headline == lines[5]
    assert "59,99 €" in a.body.split("\n\n")[:3]          # (the text opens under the name: its price is the text's)


def test_a_korean_shops_category_says_what_it_sells_in_its_own_words():
    """Cafe24's: won after the amount ("28,000원"), "장바구니 담기" (into the cart), "품절" (sold out), "총 4개의 상품이
    있습니다." (four products in all); yen and yuan after the amount too."""
    from pagecleaner.pagetype import BUY, PRODUCTS_COUNTED, STOCK
    assert price_alone("28,000원") and price_alone("2,800円") and price_alone("199元")
    assert BUY.match("장바구니 담기") and STOCK.match("품절") and PRODUCTS_COUNTED.match("총 4개의 상품이 있습니다.")
    assert not price_alone("원") and not price_alone("2026년")


@pytest.mark.parametrize("dated, kind", [(True, "listing"), (False, "documentation")])
def test_a_documentation_generators_blog_index_of_dated_cards_is_a_listing(dated, kind):
    """Docusaurus makes a site's blog too: its index, each post a card with its linked title, its date, its blurb;
    cards with no date are a documentation page's own (its guides' cards)."""
    cards = "".join(f'<article><h2><a href="/blog/{i}">Post number {i} about compaction</a></h2>'
                    + (f"<div><time>November {i + 1}, 2026</time> · 4 min read</div>" if dated else "")
                    + f"<p>{prose(i)}</p></article>" for i in range(3))
    page = ('<html><head><meta name="generator" content="Docusaurus v3.6.3"><title>Blog | Orbitdb</title></head>'
            f'<body><main>{cards}</main></body></html>')
    assert pagecleaner.clean(page, input="html").page_type == kind


@pytest.mark.parametrize("credit, kind", [
    ("Powered by Redmine © 2006-2026 Jean-Philippe Lang", "forum"),    # a tracker's forums, its copyright after it
    ("Powered by Redmine, a tool we like", "article"),
])
def test_a_trackers_credit_names_its_forums_threads(credit, kind):
    from pagecleaner.pagetype import _thread
    assert _thread(blocks("Print export cuts off long tables", prose(1), credit)) is (kind == "forum")


@pytest.mark.parametrize("line, frame", [
    ("RE: Print export cuts off long tables - Added by Marek Lis 5 days ago", True),   # a reply's subject, header
    ("Re: your question about exports, I think the old engine cannot do it at all.", False),    # (a sentence)
])
def test_a_replys_long_subject_with_its_header_is_a_posts_frame(line, frame):
    from pagecleaner.pagetype import _post_line
    assert _post_line(line) is frame


def test_a_link_to_submit_a_pull_request_for_the_page_is_an_edit_link():
    """The PHP manual's "Submit a Pull Request Report a Bug" over each function's page."""
    from pagecleaner.pagetype import _edit_link
    assert _edit_link(blocks("Submit a Pull Request Report a Bug"))
    assert not _edit_link(blocks("We asked every reader to submit a pull request with their own fixes to the guide."))


@pytest.mark.parametrize("line, edit", [("📝 Edit this page on GitHub", True), ("Nov 27, 2026 Edit on GitHub", True),
                                        ("How to edit this page on GitHub", False)])
def test_a_scraped_pages_edit_link_may_have_an_icon_before_it(line, edit):
    from pagecleaner.pagetype import _edit_link
    assert _edit_link(blocks(line)) is edit


@pytest.mark.parametrize("line, header", [
    ("Miro Haas @miro@bread.town1d", True),         # a fediverse post's header: name, handle with its server, age
    ("Dana Okafor @dana@bakers.social", True),
    ("🍞 Miro @miro@bread.town", True),
    ("Write to me at @dana@bakers.social", False),  # (a sentence's words before it)
    ("Dana Okafor @dana", False),                   # (no server)
])
def test_a_fediverse_posts_header_is_a_threads_mark(line, header):
    from pagecleaner.pagetype import _post_line
    assert _post_line(line) is header


@pytest.mark.parametrize("dated", [True, False])
def test_cards_each_one_link_around_title_date_and_blurb_are_a_listing(dated):
    """Blowfish's: each card an <a> around its title, its date and reading time, and its blurb; without the date
    the title is right over its blurb, as before."""
    cards = "".join(f'<a href="/posts/{i}/"><div><div class="t">Ein Beitrag über den Garten Nummer {i}</div>'
                    + (f'<div class="d"><time>{i + 1}. Oktober 2026</time> · 4 Minuten</div>' if dated else "")
                    + f'<div class="p">{prose(i)}</div></div></a>' for i in range(3))
    page = (f'<html><head><title>Beiträge · Gartenjournal</title></head><body><main><h1>Beiträge</h1>'
            f'<section>{cards}</section></main></body></html>')
    a = pagecleaner.clean(page, input="html")
    assert a.page_type == "listing" and all(prose(i) in a.body for i in range(3))


def test_a_shops_cart_in_other_scripts_says_the_page_is_a_shops():
    from pagecleaner.pagetype import CART_LINE
    assert all(CART_LINE.match(t) for t in ("カート", "장바구니", "Giỏ hàng", "Keranjang"))
    assert CART_LINE.match("検索 カート") and CART_LINE.match("Search Cart 0")     # (the search icon's label first)
    assert not CART_LINE.match("Search the cart")
    assert CART_LINE.match("検索カート") and not CART_LINE.match("SearchCart")    # (glued in a script without spaces)


def test_a_west_african_shops_category_says_what_it_sells():
    """Jumia's: CFA francs after the amount ("12 500 FCFA"), "48 produits trouvés" (48 products found)."""
    from pagecleaner.pagetype import PRODUCTS_ALONE
    assert price_alone("12 500 FCFA") and price_alone("7 500 CFA") and price_alone("XOF 7500")
    assert PRODUCTS_ALONE.match("48 produits trouvés") and PRODUCTS_ALONE.match("48 products found")
    assert not price_alone("FCFA 2026 rapport")


@pytest.mark.parametrize("line, header", [
    ("fernpath (OP) Nov 23, 2026", True),           # the thread's own author marked in a reply's header
    ("fernpath Nov 23, 2026", False),
])
def test_the_threads_own_authors_mark_in_a_replys_header_is_a_threads_mark(line, header):
    from pagecleaner.pagetype import _post_line
    assert _post_line(line) is header


@pytest.mark.parametrize("badge, kind", [("Sale Add to Basket", "collection"),   # a card's badge before its button
                                         ("Add to Basket", "collection"),
                                         ("Sale.", "product")])    # (two buttons alone: a product's, its offers)
def test_a_cards_badge_before_its_buy_button_still_counts_the_button(badge, kind):
    """ShopWired's category: a sale's badge glued to one card's button, "Sale Add to Basket", another card sold
    out; the buttons are three with it, a category's, and two without it, a product's page's."""
    lines = ["Fukamushi Sencha 100g", "£12.50", "Add to Basket", "Dragon Well (Longjing) 50g", "£9.95 RRP £11.95",
             badge, "Genmaicha with Toasted Rice 100g", "£7.80", "Add to Basket", "Jeju Sejak 40g", "£16.00",
             "Out of stock"]
    assert page_type(blocks(*lines)) == kind


@pytest.mark.parametrize("line, buy", [
    ("Quantity 1 2 Add to trolley", True),          # the quantity's <select> with its options, Argos's
    ("Quantity12Add to trolley", True),             # (inscriptis glues them)
    ("Quantity : Add to cart", True),
    ("Ilość szt. Do koszyka", True),                # (the unit after the label)
    ("Quantity matters more than the trolley", False),
])
def test_a_buy_button_after_its_quantitys_options(line, buy):
    from pagecleaner.pagetype import BUY
    assert (BUY.match(line) is not None) is buy


@pytest.mark.parametrize("line, mark", [("2 answers", True), ("1 réponse", True), ("3 respuestas", True),
                                        ("31 Antworten", False),    # (German's reply button with its count too)
                                        ("2 answers to your question", False)])
def test_a_questions_count_of_answers_is_a_threads_mark(line, mark):
    from pagecleaner.pagetype import _post_line
    assert _post_line(line) is mark


@pytest.mark.parametrize("credit, kind", [("Published with bookdown", "documentation"),
                                          ("Publicado con bookdown", "documentation"),
                                          ("Published with love", "article"),
                                          # (JSDoc's, with when it was made)
                                          ("Documentation generated by JSDoc 4.3.2 on Sun Mar 08 2026 10:14:02 "
                                           "GMT+0100 (Central European Standard Time)", "documentation")])
def test_a_books_credit_to_its_generator_makes_it_documentation(credit, kind):
    assert page_type(blocks("3 Limpieza de datos", prose(1), credit)) == kind


@pytest.mark.parametrize("line, mark", [
    ("Цитировать", True), ("Цитировать Ответить", True),          # a Russian board's quote button, with reply
    ("Сообщений: 14", True), ("Регистрация: 12.01.2025", True),    # its member's fields
    ("Сообщений: 14 Регистрация: 12.01.2025", True),               # (both on one line: 1C-Bitrix's)
    ("Posts: 1 204 Joined: Mar 2019", True),
    ("Hilfreichste Antwort", True),                  # (German's best answer, gutefrage's)
    ("Сообщений: 14 новых", False),
])
def test_a_russian_boards_buttons_and_member_fields_are_a_threads_marks(line, mark):
    from pagecleaner.pagetype import _post_line
    assert _post_line(line) is mark


def test_an_arabic_shops_category_says_what_it_sells_in_its_own_words():
    """Zid's: "أضف للسلة" (add to the cart), "نفدت الكمية" (sold out), "4 منتجات" (4 products), "ترتيب حسب"
    (sort by) with its first option, the cart."""
    from pagecleaner.pagetype import BUY, CART_LINE, PRODUCTS_ALONE, STOCK, sort_control
    assert BUY.match("أضف للسلة") and BUY.match("أضف إلى السلة") and STOCK.match("نفدت الكمية")
    assert PRODUCTS_ALONE.match("4 منتجات") and CART_LINE.match("السلة") and sort_control("ترتيب حسب الأحدث")
    assert not BUY.match("السلة الغذائية")


@pytest.mark.parametrize("line, counted", [("All Products (1,482)", True), ("Produkte (24)", True),
                                           ("All Products", False), ("Products (and services)", False)])
def test_a_categorys_count_after_its_label_in_brackets_counts_its_products(line, counted):
    """Nykaa's "All Products (1,482)" over its grid."""
    from pagecleaner.pagetype import PRODUCTS_ALONE
    assert (PRODUCTS_ALONE.match(line) is not None) is counted


def test_a_price_in_instalments_glued_to_the_price_is_cut_from_its_line():
    """Tray's card: the price and its instalments in <span>s side by side, no space ("R$ 189,90ou 3x de R$ 63,30 sem
    juros"): the line is the card's price line all the same."""
    from pagecleaner.pagetype import unbuttoned
    assert unbuttoned("R$ 189,90ou 3x de R$ 63,30 sem juros") == "R$ 189,90"
    assert unbuttoned("R$ 42,90 ou 3x de R$ 14,30 sem juros") == "R$ 42,90"


@pytest.mark.parametrize("line, price", [("R$ 449,99 À vista no PIX ou 10x de R$ 49,99 sem juros", "R$ 449,99"),
                                         ("R$ 239,99 à vista", "R$ 239,99"),
                                         ("R$ 239,99 à vista da praia", "R$ 239,99 à vista da praia")])
def test_a_prices_note_that_it_is_paid_at_once_is_cut_from_its_line(line, price):
    """KaBuM!'s card as html-text flattens it: the price, "À vista no PIX" (at once, by an instant transfer), the
    instalments: the line is the card's price line all the same."""
    from pagecleaner.pagetype import unbuttoned
    assert unbuttoned(line) == price


@pytest.mark.parametrize("line, mark", [("스포크장인(118.235)", True), ("페달밟는곰(211.36)", True),
                                        ("스포크장인 (118.235)", False),      # (spaced: a name and an aside)
                                        ("Revenue(118.235) in thousands", False), ("(118.235)", False)])
def test_a_guests_name_glued_to_the_first_two_numbers_of_their_address_is_a_threads_mark(line, mark):
    """DC Inside's guests post under a nickname with their address's first two numbers in brackets after it."""
    assert forum_mark(line) is mark


def test_a_businesss_priced_cards_under_its_services_are_no_listing():
    """A Podia yoga studio: "Derslerimiz" over its classes, then "Fiyatlar" over three cards, each one link around
    its name and price: a business's page, not a list of posts."""
    classes = "".join(f"<div><h3>{n}</h3><p>{prose(i)}</p></div>" for i, n in enumerate(("Hatha Yoga", "Yin Yoga")))
    cards = "".join(f'<div class="product-card"><a href="/p/{i}"><h3>{n}</h3><p>{p}</p></a></div>'
                    for i, (n, p) in enumerate((("Tek ders", "450 ₺"), ("Aylık paket", "3.000 ₺"),
                                                ("Nefes atölyesi", "600 ₺"))))
    page = (f"<html><body><main><h1>Nefes al, yavaşla, esne</h1><p>{prose(9)}</p><h2>Derslerimiz</h2>{classes}"
            f"<h2>Fiyatlar</h2>{cards}</main></body></html>")
    a = pagecleaner.clean(page, input="html")
    assert a.page_type == "service" and all(t in a.body for t in ("Fiyatlar", "Tek ders", "450 ₺", "600 ₺"))


@pytest.mark.parametrize("credit, kind", [
    ("Powered by Fider Política de privacidad Términos", "forum"),   # a feedback board's, its legal links after it
    ("Powered by Fider", "forum"),
    ("Powered by YouTrack 2026.3 · Help · REST API", "forum"),          # an issue tracker's, its version and links
    ("Propulsé par Elgg", "forum"),                                    # a social network's groups, in French
    ("Impressum · Datenschutz\nPowered by HumHub", "forum"),            # (a line of the footer's block)
    ("Con la tecnología de Discourse", "forum"),
    ("Powered by Discourse, the best forum.", "article"),              # (a sentence)
    ("Built with Circle of friends we trust.", "article"),
])
def test_a_feedback_boards_credit_names_its_posts_threads(credit, kind):
    from pagecleaner.pagetype import _thread
    assert _thread(blocks("Exportar las rutas a GPX", prose(1), credit)) is (kind == "forum")


@pytest.mark.parametrize("credit, kind", [
    ("Compilé avec Sphinx en utilisant un thème fourni par Read the Docs.", "documentation"),    # Sphinx's, French
    ("Erstellt mit Sphinx mit einem Theme von Read the Docs.", "documentation"),
    ("Compilé avec amour par l'équipe.", "article"),
])
def test_sphinxs_credit_in_the_pages_language_makes_it_documentation(credit, kind):
    assert page_type(blocks("Projections", prose(1), credit)) == kind


@pytest.mark.parametrize("line, price", [("990:-", True), ("1 290:-", True), ("Ord.pris 1 290:-", True),
                                         ("Sida 2:-3", False),
                                         # (a whole amount, its cents a dash: Norway's, Denmark's, a German shop's)
                                         ("2 990,-", True), ("Før 3 490,-", True), ("1990,-", True), ("12,– €", True),
                                         ("in 1990,-ish", False), ("a 3,-b", False)])
def test_swedish_kronor_after_the_amount_are_a_price(line, price):
    from pagecleaner.pagetype import has_price
    assert has_price(line) is price


def test_a_swedish_shops_words_and_a_stock_in_so_many_stores():
    from pagecleaner.pagetype import BUY, STOCK
    assert BUY.match("Lägg i varukorg") and BUY.match("Lägg i varukorgen") and BUY.match("Legg i handlekurv")
    assert STOCK.match("52 stk. på lager") and STOCK.match("12 szt. na stanie")
    assert STOCK.match("Online verfügbar") and STOCK.match("Nur im Fachcentrum")
    assert STOCK.match("På lager i nettbutikk") and STOCK.match("Få igjen") and STOCK.match("Nur noch wenige")
    assert STOCK.match("In deinem Markt: 37 Stück vorrätig") and not STOCK.match("In deinem Markt gibt es Kaffee")
    assert STOCK.match("I lager i 54 butiker") and STOCK.match("In stock at 12 stores")
    assert STOCK.match("Produto indisponível") and not STOCK.match("I lager i 54 dagar")


def test_boxes_under_a_sections_heading_in_a_row_of_its_own_are_a_services_offers():
    """ClickFunnels' page: "What you get each month" in a row of its own, over a row of three columns, each an
    <h3> and a line; the <h3> right under the <h2> is the first box's title, not the section heading's subtitle
    (Medium's subtitle stands in the card with its title)."""
    boxes = "".join(f'<div class="col"><div class="inner"><div class="de"><h3>Offer number {i}</h3></div>'
                    f'<div class="de"><div>We do the thing number {i} for you every single month.</div></div></div>'
                    f'</div>' for i in range(3))
    page = ('<html><head><title>Ledgerlight</title></head><body><div class="section"><div class="row"><div>'
            '<div class="de"><h1>Bookkeeping for therapists who would rather see clients</h1></div></div></div>'
            '<div class="row"><div>'
            '<div class="de"><h2>What you get each month</h2></div></div></div>'
            f'<div class="row">{boxes}</div></div></body></html>')
    assert pagecleaner.clean(page, input="html").page_type == "service"



def test_a_services_boxes_each_in_a_column_of_their_own_beside_the_sections_heading_are_its_offers():
    """STRATO's page builder puts every widget in a column of one row: the intro's, the section's heading alone
    ("Unsere Führerscheinklassen"), three boxes each an <h3> and a line, the office hours'."""
    col = '<div class="cm_column"><div class="cm_widget">{}</div></div>'
    page = ('<html><head><title>Fahrschule Berger</title></head><body><div class="wrapper">'
            + col.format("<h1>Ihr Führerschein in Augsburg-Lechhausen</h1><p>Seit 1996 bringen wir Fahranfänger "
                         "sicher durch die Prüfung.</p>")
            + col.format("<h2>Unsere Führerscheinklassen</h2>")
            + "".join(col.format(f"<h3>Klasse {k}</h3><p>Eine Zeile über die Klasse {k} und was sie erlaubt.</p>")
                      for k in ("B", "A2", "BE"))
            + "</div></body></html>")
    assert pagecleaner.clean(page, input="html").page_type == "service"


@pytest.mark.parametrize("line, mark", [
    ("Replies to This Discussion", True), ("Antwoorden op deze discussie", True),   # the replies' heading, Ning's
    ("Reply by Kees de Boer on March 2, 2026 at 9:02pm", True),                      # a reply's header
    ("Reactie van Ria op 3 maart 2026 om 08:40", True),
    ("Reply by mail on the form below", False),                                      # (no date after it)
])
def test_a_discussions_replies_heading_and_each_replys_header_are_a_threads_marks(line, mark):
    from pagecleaner.pagetype import _post_line
    assert _post_line(line) is mark


@pytest.mark.parametrize("line, mark", [
    ("# Ответ на: комментарий от nss 21.11.26 19:55:31 MSK", True),     # the post it answers, its author, its time
    ("In reply to: comment by nss, 21 Nov 2026", True),
    ("Antwort auf: Beitrag von mara 3. März 2026", True),
    ("Ответ на: комментарий от nss", False),                            # (no time after it)
    ("In reply to the council's letter from March 2, 2026", False),     # (no author named: "from" a date)
    ("Ответить на это сообщение", True),                               # the button that answers this one post
    ("Reply to this comment", True), ("Répondre à ce message", True),
    ("Reply to this article's author by mail", False),
])
def test_a_replys_header_naming_the_post_it_answers_and_the_button_to_answer_a_post_are_a_threads_marks(line, mark):
    from pagecleaner.pagetype import forum_mark
    assert forum_mark(line) is mark


@pytest.mark.parametrize("credit, kind", [("Powered by Zola, and AdiDoks", "documentation"),
                                          ("Powered by Netlify, Hugo, and Doks", "documentation"),
                                          ("Powered by Netlify, Hugo, and love", "article")])
def test_a_docs_themes_credit_among_others_makes_it_documentation(credit, kind):
    assert page_type(blocks("Filter", prose(1), credit)) == kind


def test_a_russian_shops_count_of_its_products():
    from pagecleaner.pagetype import PRODUCTS_ALONE
    assert PRODUCTS_ALONE.match("4 товара") and PRODUCTS_ALONE.match("120 товаров")


@pytest.mark.parametrize("lines, kind", [
    (["GET", "List orders", "https://api.crate.example/v1/orders"], "documentation"),   # Postman's documenter
    (["POST", "Create order https://api.crate.example/v1/orders"], "documentation"),     # (soup joins them)
    (["GET", "Ready for the weekend? Read https://example.com/news"], "article"),        # (no address alone)
])
def test_an_endpoints_method_alone_over_its_address_is_an_api_reference(lines, kind):
    assert page_type(blocks("Crate Orders API", prose(1), *lines)) == kind


def test_a_services_heading_over_an_icon_alone_on_its_line_heads_the_services_under_it():
    """Notion's page as scraped text: each service's callout opens with its icon, a line of its own."""
    lines = ["Lernwerk Nachhilfe", prose(1), "Unser Angebot", "🧮", "Einzelstunden", prose(2)]
    assert page_type(blocks(*lines)) == "service"
    assert page_type(blocks(*lines[:3], "🧮", "Einzelstunden", "Gruppen", "Kurse", prose(2))) == "article"  # a menu


@pytest.mark.parametrize("lines, kind", [
    (["NAME", "Text::Tidyline - Trim and fold lines of text", "SYNOPSIS", "use Text::Tidyline;"], "documentation"),
    (["Name", "tidy - trim lines", "Synopsis", "tidy [FILE]..."], "documentation"),       # a man page's, rendered
    (["Synopsis", "A film about a lighthouse keeper.", "Name", "The Keeper"], "article"),  # (the order a man's)
    (["SYNOPSIS", "A film about a lighthouse keeper."], "article"),                       # (no NAME over it)
    (["SYNOPSIS", "tidesync [options] source target", "OPTIONS", "--delete"], "documentation"),   # (its options
    (["OPTIONS", "Pick one of three plans.", "SYNOPSIS", "A summary."], "article"),            # under it: pandoc's)
])
def test_a_manual_pages_name_and_synopsis_sections_make_it_documentation(lines, kind):
    assert page_type(blocks("Manual", prose(1), *lines, prose(2))) == kind


MAILMAN = ("<html><body><h1>[fieldnotes-users] Logger drops readings after firmware 2.4</h1><b>Maren Holt</b>"
           "<ul><li>Previous message (by thread): <a href='4117.html'>[fieldnotes-users] Calibration sheet</a></li>"
           "<li>Next message (by thread): <a href='4119.html'>[fieldnotes-users] Logger drops readings</a></li>"
           "<li><b>Messages sorted by:</b> <a href='date.html'>[ date ]</a> <a href='thread.html'>[ thread ]</a> "
           "<a href='subject.html'>[ subject ]</a> <a href='author.html'>[ author ]</a></li></ul>"
           f"<pre>{prose(1)}\n\n{prose(2)}</pre></body></html>")


def test_a_mailing_lists_archived_message_is_a_threads_post():
    """Mailman's archive: the links to the messages around it and to the archive's indexes mark a thread's post."""
    assert pagecleaner.clean(MAILMAN, input="html").page_type == "forum"
    assert pagecleaner.clean(MAILMAN.replace("Messages sorted by:", "Pages:").replace(" message (by thread)", ""),
                             input="html").page_type == "article"


@pytest.mark.parametrize("line, titled", [
    ("続きを読む: 雨上がりの高尾山", True),       # Japanese: "Continue reading: <its title>"
    ("继续阅读: 雨上がりの高尾山", True),         # Chinese
    ("続きを読む: 別の記事", False),              # (a title no line of the page shows)
])
def test_a_cards_button_naming_its_title_in_japanese_or_chinese(line, titled):
    from pagecleaner.pagetype import titled_read_more
    assert titled_read_more(line, blocks("雨上がりの高尾山", prose(1), line), []) is titled


@pytest.mark.parametrize("line, mark", [
    ("Zgłoś nadużycie!", True), ("Report abuse", True),               # a post's button to report it
    ("Odpowiedz Obserwuj Zgłoś nadużycie!", True),                   # (last in the post's row of buttons)
    ("Dziękuję 14", True), ("Thanks 3", True),                         # its button to thank, with its count
    ("We will report abuse to the police", False), ("Thanks for reading", False),
])
def test_a_posts_report_and_thanks_buttons_are_a_threads_marks(line, mark):
    from pagecleaner.pagetype import forum_mark
    assert forum_mark(line) is mark


CARDS = "".join(f"<div class='item'><p>{brand}</p><p>38 / M · Très bon état</p><p>{price} €</p></div>"
                for brand, price in (("Levi's", "24,00"), ("Zara", "15,00"), ("H&amp;M", "18,50")))


@pytest.mark.parametrize("over, footer, kind", [
    ("<p>4 872 résultats</p>", "<li><a href='/help/buying'>Acheter</a></li>", "collection"),
    ("<p>4 872 résultats</p>", "", "collection"),      # a search's count of results over priced cards: a shop's
    ("", "", "article"),
])
def test_a_search_of_priced_cards_is_a_shops_category_whatever_its_footers_help_links_say(over, footer, kind):
    """Vinted's catalogue: priced cards without buttons under the search's count of results; "Acheter" (buying)
    among the footer's help links is no product's buy button."""
    page = (f"<html><body><main><h1>Vestes en jean</h1>{over}{CARDS}</main>"
            f"<footer><ul><li><a href='/help'>Aide</a></li>{footer}</ul></footer></body></html>")
    assert pagecleaner.clean(page, input="html").page_type == kind


@pytest.mark.parametrize("row, kind", [
    ("買い物かごに入れる", "product"), ("カートに追加", "product"), ("加入购物车", "product"),   # Japanese, Chinese
    ("数量 12買い物かごに入れる購入手続きへ", "product"),      # its quantity, buttons glued as inscriptis joins them
    ("買い物の記録を入れるノート", "article"),                  # (words of the button in a sentence's)
])
def test_a_japanese_or_chinese_buy_button_says_it_sells(row, kind):
    assert page_type(blocks("南部鉄器 急須 0.65L 黒 日本製", "8,800円", row, prose(1))) == kind


@pytest.mark.parametrize("line, mark", [
    ("2 people found this answer helpful.", True),                                   # an answer's helpful count
    ("Please sign in to rate this answer. 2 people found this answer helpful.", True),
    ("Accepted answerLena OrtizIndependent Advisor Mar 9, 2026, 3:40 PM", True),     # its badge glued to its header
    ("Accepted answers are marked in green.", False),
    ("I have the same question (3)", True), ("Report a concern", True),
    ("arnav-s added the bug label Mar 3, 2026", True),             # an issue tracker's events between comments
    ("mkovacs closed this as completed", True), ("lena self-assigned this", True),
    ("The council added the new rules to the label of every bottle sold.", False),
    ("(Score:5, Insightful)", True), ("(Score:-1)", True),                  # a comment's moderated score (Slashcode)
    ("by ratchet_n on Tuesday March 10, 2026 @01:52PM (#66210544)", True),  # its header, its number in brackets
    ("Released on March 10, 2026 (#3)", True), ("See the appendix (#3)", False),
    ("Many people found this article helpful, the survey says.", False),
])
def test_q_and_a_notes_tracker_events_and_comment_headers_are_a_threads_marks(line, mark):
    from pagecleaner.pagetype import forum_mark
    assert forum_mark(line) is mark


CONRAD = "".join(
    f"<article class='product'><div class='info'><a class='title' href='/p/{n}'>{name}</a>"
    f"<div class='number'>Best.-Nr.: {n}</div><div class='rating'><span>({n % 200})</span></div>"
    f"<ul class='facts'><li>Leistung: {w} W</li><li>Temperatur: 150 - 450 °C</li></ul></div>"
    f"<div class='buy'><div class='price'><span>{price} €</span><span>inkl. MwSt.</span></div>"
    f"<button>In den Warenkorb</button></div></article>"
    for n, name, w, price in ((1423441, "Ersa i-CON Pico Lötstation digital 80 W", 80, "149,99"),
                              (1588212, "Weller WE 1010 Lötstation digital 70 W", 70, "179,00"),
                              (588418, "TOOLCRAFT ST-50D Lötstation digital 48 W", 48, "49,99")))


def test_a_cards_name_over_its_number_stars_and_facts_over_its_price_is_its_title():
    """Conrad's category: each card's linked name, then its order number, its count of ratings and two key facts,
    then its price in the element beside: the cards are a list, their names and prices the page's."""
    page = (f"<html><body><main><h1>Lötstationen</h1><p>{prose(1)}</p>{CONRAD}</main></body></html>")
    a = pagecleaner.clean(page, input="html")
    assert a.page_type == "collection"
    assert "Weller WE 1010 Lötstation digital 70 W" in a.body and "49,99 € inkl. MwSt." in a.body


VICHAN = "".join(
    f"<div class='post {kind}'><p class='intro'><label>{subject}<span class='name'>Anonymous</span> "
    f"<time>03/10/26 (Tue) 21:{m}:07</time></label>&nbsp;<a class='post_no' href='#{n}'>No.</a>"
    f"<a class='post_no' href='#q{n}'>{n}</a></p><div class='body'>{prose(n % 10)}</div></div>"
    for kind, subject, m, n in (("op", "<span class='subject'>Replacing a bathroom fan</span> ", 14, 4412),
                                ("reply", "", 40, 4415), ("reply", "", 52, 4419)))


def test_an_imageboards_thread_in_its_post_form_is_a_thread():
    """vichan's thread: each post's header its name, date, time and "No.4415", the posts inside the board's form
    for deleting them; a thread, its posts its text."""
    page = (f"<html><body><header><h1>/diy/ - Do It Yourself</h1></header><form name='postcontrols'>{VICHAN}"
            f"</form></body></html>")
    a = pagecleaner.clean(page, input="html")
    assert a.page_type == "forum" and prose(5) in a.body and prose(9) in a.body
    assert page_type(blocks("Anonymous 03/10/26 (Tue) 21:40:52 No.4415", prose(1), "The No. 4 bus runs at 21:40",
                            prose(2))) == "article"


def test_a_boards_headers_ending_in_the_posters_id_are_a_thread():
    """2channel's: the post's number glued to the name, the date and weekday, the time to the hundredth, the
    poster's ID of the day."""
    headers = [f"{n}名無しさん＠お腹いっぱい。2026/03/0{n}(日) 12:34:5{n}.78 ID:k3Yt8QwZ{n}" for n in range(1, 5)]
    assert page_type(blocks(*(line for h in headers for line in (h, prose(1))))) == "forum"
    assert page_type(blocks(*(line for n in range(4) for line in (f"Meeting at 12:3{n} ID: see the card", prose(1)))))\
        == "article"


def test_a_boards_headers_split_from_the_posters_id_are_a_thread():
    """2channel's posts as soup splits them: the number, the name, the date and time, "ID:…", each a line."""
    posts = [line for n in range(1, 5) for line in (str(n), "名無しさん", f"2026/03/0{n}(日) 12:34:5{n}.78",
                                                      f"ID:k3Yt8QwZ{n}", prose(n))]
    assert page_type(blocks(*posts)) == "forum"


def test_a_cards_name_over_its_rating_and_count_and_its_linked_price_is_a_cards_title():
    """Ceneo's card: the linked name, the rating with its linked count of reviews, the key facts, the price a link
    too: a shop's card, its name the title."""
    cards = "".join(f'<div class="cat-prod-row"><div class="content"><div class="desc"><strong><a href="/{n}">Czajnik '
                    f'model {n} 1,7 l biały</a></strong><div class="rating"><span>4,{n} / 5</span> <a href="/{n}#r">'
                    f'1 20{n} opinii</a></div><ul><li>Pojemność: 1,7 l</li><li>Moc: 2400 W</li></ul></div>'
                    f'<div class="price"><a href="/{n}">1{n}9,99 zł</a> w 5{n} sklepach</div></div></div>'
                    for n in range(1, 5))
    a = pagecleaner.clean(f"<html><body><main><h1>Czajniki elektryczne</h1><span>2 418 ofert</span>{cards}</main>"
                          "</body></html>", input="html")
    assert a.page_type == "collection" and "Czajnik model 3 1,7 l biały" in a.body and "139,99 zł" in a.body


def test_a_comments_label_and_number_over_its_author_and_time_is_a_posts_mark():
    """Bugzilla's: "Comment 2 Jonas Brandt 2026-03-08 12:30:05 UTC"; a heading "Comment 3 ways to …" dates
    nothing."""
    headers = [f"Comment {n} Mira Kovač 2026-03-0{n} 11:02:47 UTC" for n in range(1, 5)]
    assert page_type(blocks(*(line for h in headers for line in (h, prose(1))))) == "forum"
    assert page_type(blocks(*(line for n in range(1, 5) for line in (f"Comment {n} ways to say it", prose(1))))) \
        == "article"


INBOX = "".join(f"<pre><a href='#e{n}' id='m{n}'>*</a> <b>Re: [PATCH v2] tidemap: fix leak of layer handles</b>\n"
                f"@ 2026-03-0{n + 1} 1{n}:40 Piotr Nowak\n</pre><pre>{prose(n)}\n</pre><hr>" for n in range(4))


def test_a_mail_archives_messages_in_pres_are_a_thread_and_their_headers_its_frames():
    """public-inbox's thread (lore.kernel.org's): each message's header a <pre> of its subject after a star and
    "@", its date and author, the message a <pre> beside it, the thread's index under them; no code listing, and
    no element per post (its headers go as frames all the same)."""
    page = f"<html><body>{INBOX}<pre>Thread overview: 4+ messages (download: mbox.gz)\n2026-03-01 10:40 x</pre>" \
           "</body></html>"
    a = pagecleaner.clean(page, input="html")
    assert a.page_type == "forum" and prose(3) in a.body
    assert "@ 2026" not in a.body and "Thread overview" not in a.body


KASPI = "".join(
    f"<div class='item-card'><div class='info'><a class='name' href='/p/{n}'>Электрочайник {name}</a>"
    f"<div class='rating'><a href='#r'>({count} отзыва)</a></div><div class='debet'><span class='prices-title'>"
    f"Цена</span><span class='prices-price'>{price} ₸</span></div><div class='instalment'>"
    f"<span class='prices-title'>В рассрочку</span><span class='prices-price'>{part} ₸ x3</span></div>"
    f"<button>В корзину</button></div></div>"
    for n, name, count, price, part in ((1, "Tefal KO150F30 белый", "1 204", "12 990", "4 330"),
                                        (2, "Philips HD9318/00", "642", "18 750", "6 250"),
                                        (3, "Bosch TWK3A011 красный", "98", "14 100", "4 700")))


def test_a_cards_name_over_its_count_of_reviews_over_its_labelled_price_is_its_title():
    """Kaspi's category: each card's linked name, its count of reviews a link in brackets, "Цена" over the price,
    "В рассрочку" over the price per instalment: the names and prices stay, the labels and instalments go."""
    page = (f"<html><body><main><h1>Электрочайники</h1><div>Найдено 1 238 товаров</div><div class='grid'>{KASPI}"
            f"</div></main></body></html>")
    a = pagecleaner.clean(page, input="html")
    assert a.page_type == "collection"
    assert "Электрочайник Tefal KO150F30 белый" in a.body and "12 990 ₸" in a.body
    assert "Цена" not in a.body and "x3" not in a.body and "отзыва" not in a.body and "Найдено" not in a.body


@pytest.mark.parametrize("heading", ["Meie teenused", "Palvelumme", "Våra tjänster", "Mūsu pakalpojumi",
                                     "Наші послуги", "Наши услуги", "Unsere Kurse", "Our classes",
                                     "Как мы работаем", "Як ми працюємо",
                                     # (the Middle East's, the Balkans', Asia's)
                                     "خدماتنا", "Hizmetlerimiz", "Οι υπηρεσίες μας", "Serviciile noastre",
                                     "Szolgáltatásaink", "Layanan kami", "Dịch vụ của chúng tôi", "サービス内容",
                                     "서비스 안내", "服务项目",
                                     # (the South Slavic languages', Turkish classes')
                                     "Naše storitve", "Naše usluge", "Derslerimiz",
                                     # (a photographer's packages, SmugMug's; a course's, Teachable's)
                                     "Pakete", "What you'll learn",
                                     # (a studio's classes in Korean, Japanese, Chinese: imweb's "수업 안내")
                                     "수업 안내", "コース紹介", "课程介绍",
                                     # (a law firm's: "Practice areas", Themify's "Çalışma Alanlarımız")
                                     "Practice areas", "Çalışma Alanlarımız", "Tätigkeitsbereiche"])
def test_services_headings_in_more_languages(heading):
    page = (f"<html><body><main><h1>Raamatupidamine Tartus</h1><p>{prose(1)}</p><h2>{heading}</h2>"
            f"<h3>Raamatupidamine</h3><p>{prose(2)}</p></main></body></html>")
    assert pagecleaner.clean(page, input="html").page_type == "service"


def test_a_shops_cart_link_in_korean_is_no_buy_button():
    """"장바구니" (the cart) alone in Coupang's header: a link to the cart; "장바구니 담기" (into the cart) is the
    button."""
    from pagecleaner.pagetype import BUY
    assert BUY.match("장바구니 담기") and BUY.match("장바구니에 담기") and not BUY.match("장바구니")


@pytest.mark.parametrize("name, title", [("Ersa i-CON Pico Lötstation", True),     # a product's name
                                         ("claire.mrt", False)])                   # a seller's, Vinted's
def test_a_linked_line_over_a_cards_short_fields_and_price_is_its_title_when_it_names_a_product(name, title):
    from pagecleaner.pagetype import title_link
    from pagecleaner.readers.html import read_html
    card = (f"<div class='card'><div class='info'><a href='/p/1'>{name}</a><p>Levi's</p><p>38 / M · Très bon "
            f"état</p></div><div class='buy'><p>24,00 €</p></div></div>")
    blocks, _ = read_html(f"<html><body><main>{card}</main></body></html>")
    assert title_link(blocks, blocks[0]) is title


@pytest.mark.parametrize("sections, kind", [
    (["Constructors", "Properties", "Methods"], "documentation"),      # a class's members (Dartdoc's, Dokka's)
    (["Constructor Summary", "Method Summary"], "documentation"),      # (Javadoc's)
    (["Constructors", "Instance Method Summary"], "documentation"),    # (Crystal's, YARD's)
    (["Constructor", "Methods", "Events"], "documentation"),           # (YUIDoc's one constructor)
    (["Introduction", "Methods", "Results"], "article"),               # a paper's sections
    (["Properties", "Constructors"], "article"),                       # (its constructors first)
    (["Syntax", "Parameters", "Exceptions"], "documentation"),         # a member's own (Sandcastle's, Microsoft's)
    (["Parameters", "Syntax"], "article"),
    (["Parámetros", "Valor de retorno", "Complejidad"], "documentation"),   # a function's, cppreference's
    (["Paramètres", "Valeur de retour"], "documentation"),
    (["Return value", "Parameters"], "article"),
    (["Properties", "Public Functions", "Detailed Description"], "documentation"),    # (QDoc's, Doxygen's)
    (["Detailed Description", "Public Functions"], "article"),
])
def test_an_api_references_sections_of_a_classs_members_say_documentation(sections, kind):
    lines = [x for i, name in enumerate(sections) for x in (name, prose(i))]
    assert page_type(blocks("RetryQueue class", prose(9), *lines)) == kind


def test_member_sections_on_lines_a_scraper_split_and_joined_say_documentation():
    """(text) The soup shape: a line per element, joined again into blocks of several lines."""
    joined = ["Constructors\nRetryQueue\n({\nint maxAttempts = 3\n})", prose(1), "Properties\nlength\n→ int"]
    assert page_type(blocks("RetryQueue class", prose(9), *joined)) == "documentation"


def test_cards_dated_with_their_tags_and_their_comments_link_last_are_a_listing():
    """HTMLy's tag page (Twenty Sixteen's footers of posts): each card's title, its blurb, then its author, date,
    tags and the link to its comments on a line."""
    cards = [x for i in range(3) for x in (f"Wpis numer {i} o rowerach", prose(i),
                                           f"Kasia {12 - i} marca 2026 rower, serwis Komentarze")]
    assert page_type(blocks("Tag: rower", "Notatnik rowerowy", *cards)) == "listing"


def test_cards_dated_in_a_language_whose_dates_take_five_words_are_a_listing():
    """Twenty Thirteen's archive as html_text flattens it: each card's title, its date with its category and author
    ("9 de mayo de 2026 Rutas Marcos": the date one word of the line), its blurb, its count of comments."""
    cards = [x for i in range(3) for x in (f"Ruta número {i} por la costa", f"{9 + i} de mayo de 2026 Rutas Marcos",
                                           prose(i), f"{i + 2} comentarios")]
    assert page_type(blocks("Archivo de la categoría: Rutas", *cards)) == "listing"


def test_cards_whose_fields_differ_from_card_to_card_are_one_listing():
    """Twenty Eleven's archive as html_text flattens it: each card's title, its date after its label ("Publié le 14
    août 2026 par Jeanne"), then its count of comments ("6"), its link to comment when it has none ("Répondre") or
    nothing, then its blurb, the first ending with its "Lire la suite →"."""
    fields = [["6"], ["Répondre"], []]
    cards = [x for i in range(3) for x in (f"Une nuit d'observation numéro {i}",
                                           f"Publié le {14 - i} août 2026 par Jeanne", *fields[i],
                                           prose(i) + (" Lire la suite →" if i == 0 else ""), "Publié dans Astronomie")]
    assert page_type(blocks("Archives de catégorie : Astronomie", *cards)) == "listing"


def test_a_dated_line_over_a_blurb_far_past_the_list_is_no_card_of_it():
    """(soup's shape) The sidebar's last title and date over the footer's blurb about the site, far under the cards:
    the cards of a list stand at like intervals."""
    from pagecleaner.pagetype import dated_cards
    cards = [x for i in range(4) for x in (f"Nova linha de ônibus número {i}", "Marcos Tavares", "-",
                                           f"{5 + i} de novembro de 2026", "0", prose(i))]
    side = ["1", "2", "3", "Página 1 de 3", "Siga-nos", "12,403", "Curtidas", "Curtir", "8,120", "Seguidores",
            "Seguir", "Mais lidas", "Feira do Produtor muda de endereço", "23 de novembro de 2026", prose(9)]
    found = dated_cards(blocks("Mobilidade", *cards, *side))
    assert len(found) == 4 and max(found) < len(cards) + 1


def test_a_first_cards_title_is_not_the_menus_last_word_over_it():
    """LiveJournal's journal as html_text flattens it: the menu's words alone over the first card's title, each card
    its title, its date, its blurb (cut with "Читать дальше"), its count of comments and its link to comment."""
    from pagecleaner.pagetype import dated_cards
    cards = [x for i in range(3) for x in (f"Запись о теплице номер {i}", f"{20 - i} ноября 2026, 09:14",
                                           prose(i) + " Читать дальше", f"{i + 2} комментариев",
                                           "Оставить комментарий")]
    page = blocks("Заметки огородника", "Записи", "Профиль", "Архив", *cards)
    assert sorted(dated_cards(page).values()) == [4, 9, 14]


def test_cards_each_a_title_a_blurb_then_its_date_and_reading_time_are_a_listing():
    """So Simple's category as html_text flattens it: each card's title, its blurb, then its date with its reading
    time after it ("28 de septiembre de 2026 4 min de lectura", past the date line's forty characters)."""
    from pagecleaner.pagetype import dated_cards
    cards = [x for i in range(3) for x in (f"La ruta número {i} por los Picos", prose(i),
                                           f"{28 - i} de septiembre de 2026 {4 + i} min de lectura")]
    page = blocks("Cuaderno de cumbres", "Rutas por los Picos de Europa", "montaña", *cards)
    assert page_type(page) == "listing" and len(dated_cards(page)) == 3


def test_cards_dated_with_their_links_to_the_post_and_its_comments_are_a_listing():
    """Movable Type's archive: each card's title, its author and date with its permalink and its count of comments
    after bars, then its blurb; as one line (html_text's shape) or one per field (soup's)."""
    from pagecleaner.pagetype import dated_cards
    fields = "Par Hélène Roux le {d} avril 2026 19:03 | Lien permanent | Commentaires ({n})"
    cards = [x for i in range(3) for x in (f"Randonnée numéro {i}", fields.format(d=20 - i, n=i), prose(i))]
    assert page_type(blocks("avril 2026 Archives", "Carnet de route", *cards)) == "listing"
    split = [x for i in range(3) for x in (f"Randonnée numéro {i}", f"Par Hélène Roux le {20 - i} avril 2026 19:03",
                                           "|", "Lien permanent", "|", f"Commentaires ({i})", prose(i))]
    assert len(dated_cards(blocks("avril 2026 Archives", "Carnet de route", *split))) == 3


@pytest.mark.parametrize("line, mark", [
    ("Dan Yates (dyates) said on 2026-03-02: #1", True),     # its author, the handle, when, then its number
    ("Marta Kowal (mkowal) said on 2026-03-03: #2", True),
    ("The best laptops of 28 Nov 2026 ranked by our testers #1", False),     # (no date right before it)
    # (or its author's card glued to its header, when they joined, then when it was posted: CommentCaMarche's)
    ("Marcel_B Messages postés 12 Date d'inscription lundi 4 mars 2024 Statut Membre - 9 mars 2026 à 09:12", True),
    ("Date d'inscription lundi 4 mars 2024", True),
    ("L'inscription est ouverte jusqu'au 4 mars 2026, et les places sont comptées.", False),
    ("posted by hortensia at 6:45 PM on March 8 [3 favorites]", True),     # its signature: its time, then its day
    ("Posted by admin on March 8, 2026 at 6:45 pm", False),               # (a blog's byline: its day first)
    ("Posted by Jane at 10:42 AM", False),
])
def test_a_posts_header_ending_with_its_number_after_its_date_is_a_forum_mark(line, mark):
    from pagecleaner.pagetype import forum_mark
    assert forum_mark(line) is mark


@pytest.mark.parametrize("line, control", [
    ("Filtros Ordenar 86 artículos", True),           # the buttons, the count of products after them
    ("FiltrosOrdenar 86 artículos", True),            # (glued, as inscriptis joins inline buttons)
    ("Filters", True),
    ("Filter 3 apples", False),                       # (no count of products)
])
def test_a_categorys_filter_and_sort_buttons_with_its_count_after_them_are_its_controls(line, control):
    from pagecleaner.pagetype import sort_control
    assert sort_control(line) is control


def test_an_archives_titles_each_with_its_day_are_a_listing_on_a_page_of_no_prose():
    """(text) Hugo's list of posts: each title and its day, on a line (html_text's shape) or on two (soup's), under
    its year. Under an article's paragraph, such a list is its box of other stories."""
    from pagecleaner.pagetype import archive_entries
    entries = ["Raspberry Pi als Druckserver Mär 14", "Backups mit restic auf eine externe Platte Feb 27",
               "Eine alte Lötstation reparieren Jan 09"]
    assert page_type(blocks("Beiträge", "2026", *entries)) == "listing"
    split = [x for e in entries for x in (e[:-7], e[-6:])]
    assert len(archive_entries(blocks("Beiträge", "2026", *split))) == 3
    assert page_type(blocks("Ein Titel", prose(1), "Mehr zum Thema", *entries)) == "article"
    body = pagecleaner.clean_text("\n\n".join(["Beiträge :: Werkbank", "Beiträge", "2026", *entries])).body
    assert all(e in body for e in entries)      # (the date rule took them for date lines)


@pytest.mark.parametrize("line, sure", [
    ("val run : policy -> (unit -> ('a, 'e) result) -> ('a, 'e) result", 2),     # a value's type after its name
    ("val exponential : ?max_attempts:int -> base:float -> unit -> policy", 2),
    ("val of fruit : apples -> pears.", 0),                                        # (a sentence)
])
def test_a_values_declaration_with_its_type_is_a_sure_signature(line, sure):
    assert signature(line) == sure


def test_a_go_packages_clause_and_its_import_line_say_documentation():
    """godoc's page as html_text: "package retry" over 'import "github.com/…/retry"'; a sentence naming a package
    is no clause."""
    assert page_type(blocks("package retry", 'import "github.com/tidewater/retry"', prose(1))) == "documentation"
    assert page_type(blocks("package retry", prose(2), prose(1))) == "article"
    assert page_type(blocks("The package retry is here.", 'import "github.com/x/y"', prose(1))) == "article"



def test_a_blogs_cards_each_with_its_likes_make_no_thread():
    """Velog's list of a writer's posts: each card a linked title, a blurb, its date and comments, and its likes
    ("♥ 41"), which a thread's posts show too; inside a list's cards they are the posts' likes."""
    cards = "".join(f'<div class="card"><a href="/p{i}"><h2>Post number {i} on indexes and scans</h2></a>'
                    f'<p>{prose(i)}</p><div class="subinfo"><span>2024년 3월 {i + 1}일</span></div>'
                    f'<div class="likes">♥ {10 + i}</div></div>' for i in range(3))
    a = pagecleaner.clean(f"<html><body><main>{cards}</main></body></html>", input="html")
    assert a.page_type == "listing"


@pytest.mark.parametrize("line,mark", [
    ("라이트닝 2024-11-28 21:26:40 IP 121.♡.8.203", True),      # a post's header, the address's part hidden
    ("페달밟는곰 IP 211.♡.42.17", True),
    ("member 10:02 212.*.*.17", True),
    ("The router answers at 192.168.1.1 now", False),            # an address whole: no board's
    ("Version 1.2.3.4 is out", False),
])
def test_a_posters_address_with_a_part_hidden_is_a_posts_mark(line, mark):
    assert forum_mark(line) is mark


@pytest.mark.parametrize("line,count", [
    ("Comments (4) Likes (18)", True),                 # each count in brackets after its word
    ("コメント(4) いいね(18) テーマ：季節のパン", True),    # (Ameba's card footer, its theme last)
    ("いいね(18)", True),                              # (as soup splits it)
    ("1,284 記事", True),                               # a topic's count of its articles (Zenn's)
    ("LGTM 38 ストック 21", True),                       # each count after its word, no brackets (Qiita's)
    ("Comments 4 on the plan", False),
    ("댓글 (3) 공감 (12)", True),
    ("Comments (4) on the plan to close the pool", False),   # a title's words after it
    ("Theme: Seasonal bread", False),                 # a label alone, no count
])
def test_a_cards_counts_after_their_words_are_its_counts(line, count):
    assert _card_count(line) is count


@pytest.mark.parametrize("heading", ["Co dla Ciebie zrobimy", "Co możemy dla Ciebie zrobić", "What we can do for you",
                                     "Ce que nous pouvons faire pour vous", "O que podemos fazer por você"])
def test_services_headings_that_say_what_it_can_do_for_the_reader(heading):
    page = (f"<html><body><main><h1>Biuro rachunkowe w Poznaniu</h1><p>{prose(1)}</p><h2>{heading}</h2>"
            f"<h3>Pełna księgowość</h3><p>{prose(2)}</p></main></body></html>")
    assert pagecleaner.clean(page, input="html").page_type == "service"
    assert SERVICES.match("What we can do better") is None


def test_a_scraped_shops_cards_keep_their_makers_line():
    """Wayfair's category as text: each card's name, "by" its maker, its price; the maker's line is the product's,
    which a listing's card date and author rule must not take."""
    names = ["Harlow 26 inch Counter Stool", "Monroe Swivel Bar Stool", "Ashby Solid Wood Backless Stool",
             "Dalton Metal Bar Stool"]
    makers = ["Birch Lane", "Latitude Run", "Sand and Stable", "Trent Austin Design"]
    cards = [line for n, m, p in zip(names, makers, ("149.99", "189.90", "94.99", "120.00"))
             for line in (n, f"by {m}", f"${p}", "Add to Cart")]
    a = pagecleaner.clean_text("\n\n".join(["Bar Stools", *cards]))
    assert a.page_type == "collection" and all(f"by {m}" in a.body for m in makers)


def _board(classes: str, prose_over: int = 0) -> str:
    posts = "".join(f'<div class="{classes}"><div class="bloc-header"><span>Member{i}</span> <a href="#">12 septembre '
                    f'2024 à 18:{40 + i}:17</a></div><div class="txt-msg"><p>{prose(i)}</p></div></div>'
                    for i in range(3))
    story = "".join(f"<p>{prose(10 + i)}</p>" for i in range(prose_over))
    return f"<html><body><main><h1>Quel vélo pour la ville ?</h1>{story}<div>{posts}</div></main></body></html>"


def test_sentences_in_a_boards_messages_by_their_class_words_are_a_thread():
    """jeuxvideo.com's posts: "bloc-message-forum" each, their headers a name and a linked time, nothing a rule
    knows; SPIP calls an article's comments its "forum" (with "comment" among their class words), and a story
    longer than its few "forum" messages stays an article."""
    assert pagecleaner.clean(_board("bloc-message-forum"), input="html").page_type == "forum"
    assert pagecleaner.clean(_board("forum comment message"), input="html").page_type != "forum"
    assert pagecleaner.clean(_board("bloc-message-forum", prose_over=6), input="html").page_type != "forum"


def test_rupees_written_rs_are_a_price():
    from pagecleaner.pagetype import has_price
    assert has_price("Rs. 1,599") and has_price("Rs 2,150") and not has_price("Mrs. 5") and not has_price("Rs.")


def test_each_replys_vote_button_marks_a_thread():
    """Tildes: under each comment "Vote", "Reply", "Bookmark", each an <li>; a blog's comments show no "Vote"."""
    comments = "".join(f'<article class="comment"><header class="comment-header"><a href="/u/{n}">{n}</a> <time>'
                       f'{i + 2} hours ago</time></header><div class="comment-text"><p>{prose(i)}</p></div>'
                       f'<menu class="comment-buttons"><li><a href="#">{{button}}</a></li>'
                       '<li><a href="#">Reply</a></li>'
                       f'</menu></article>' for i, n in enumerate(["ferrous", "rivet", "kiln"]))
    page = ('<html><head><meta property="og:type" content="article"></head><body><main><article><h1>What tool did '
            f'you buy secondhand?</h1><p>{prose(9)}</p></article><section class="comments">{comments}</section>'
            '</main></body></html>')
    a = pagecleaner.clean(page.replace("{button}", "Vote"), input="html")
    assert a.page_type == "forum" and prose(1) in a.body
    assert pagecleaner.clean(page.replace("{button}", "Like"), input="html").page_type == "article"


def test_a_scraped_replys_vote_button_over_its_reply_button_marks_a_thread():
    """Tildes as html_text: each comment's header, its text, then "Vote" / "Reply" / "Bookmark" a line each; Reddit's
    "Downvote" / "Reply" leaves its thread as it read before (its other marks make it one)."""
    lines = ["What tool did you buy secondhand?", prose(9), "8 comments"]
    for i, name in enumerate(["ferrous", "rivet", "kiln"]):
        lines += [f"{name} {i + 2} hours ago", prose(i), "Vote\nReply\nBookmark"]
    a = pagecleaner.clean_text("\n\n".join(lines))
    assert a.page_type == "forum" and prose(1) in a.body and "Bookmark" not in a.body
    assert pagecleaner.clean_text("\n\n".join(lines).replace("Vote\n", "Like\n")).page_type == "article"


def test_a_functions_usage_then_its_arguments_as_headings_are_documentation():
    """R's help page (Rd2HTML): "Description", "Usage", "Arguments", "Value", "See Also" as <h3>s; its "See Also"
    then stays, a manual's own references."""
    page = ('<html><body><h2>Rolling median of a numeric vector</h2><h3>Description</h3><p>' + prose(1) + '</p>'
            '<h3>Usage</h3><pre>rollmed(x, k = 5)</pre><h3>Arguments</h3><p>x, a numeric vector.</p><h3>Value</h3>'
            '<p>A numeric vector of the same length as x.</p><h3>See Also</h3><p>runmed in stats for a faster '
            'algorithm on long vectors.</p></body></html>')
    a = pagecleaner.clean(page, input="html")
    assert a.page_type == "documentation" and "runmed in stats" in a.body
    assert pagecleaner.clean(page.replace("<h3>Usage</h3>", "<p>Usage</p>"), input="html").page_type == "article"


def _aged_cards(fields: list[str], titles: list[str] | None = None) -> list[str]:
    titles = titles or ["Why tomato seedlings stretch", "Three mistakes with grass mulch", "Potatoes under straw"]
    return [line for i, (t, f) in enumerate(zip(titles, fields)) for line in (t, prose(i), f)]


def test_a_cards_age_opening_its_fields_dates_it_in_a_list():
    """Dzen's channel as text: each card's title, blurb, then its fields, an age where the others show a date ("3
    дня назад 8,1 тыс. просмотров 4 мин"); the ages and counts go with the dates."""
    fields = ["3 дня назад 8,1 тыс. просмотров 4 мин", "12 мая 15 тыс. просмотров 6 мин",
              "28 апреля 22 тыс. просмотров"]
    a = pagecleaner.clean_text("\n\n".join(["Slow Garden | Dzen", "Slow Garden", *_aged_cards(fields)]))
    assert a.page_type == "listing" and "назад" not in a.body and prose(0) in a.body
    en = ["3 days ago 8.1K views 4 min", "May 12 15K views 6 min", "Apr 28 22K views 5 min"]
    assert page_type(blocks("Slow Garden", *_aged_cards(en))) == "listing"


def test_one_card_shown_again_and_again_is_no_list():
    """A slider's copies of one card, for each screen ("Gesundheit" / its title / "vor 5 Monaten", thrice)."""
    same = [line for _ in range(3)
            for line in ("Gesundheit", "Optimale Reanimation: wie häufig und wie tief drücken?", "vor 5 Monaten")]
    assert page_type(blocks(prose(1), *same)) == "article"
    assert page_type(blocks(*_aged_cards(["vor 5 Monaten"] * 3))) == "listing"   # three posts, each its age


def test_a_cards_day_and_time_date_it_under_an_indexs_latest():
    """Kinja's index as text: "Latest" (a box of other stories' heading elsewhere) over cards, each its author, its
    day and time ("Saturday 9:00AM", "9/09/24 11:00AM"), its title, its blurb and its count of comments."""
    days = ["Saturday 9:00AM", "Thursday 3:30PM", "9/09/24 11:00AM"]
    titles = ["The One-Pan Breakfast That Feeds Six", "How to Pack a Cooler for Four Days", "Dutch Oven Bread on Coals"]
    cards = [line for i, (d, t) in enumerate(zip(days, titles))
             for line in ("Mara Quint", d, t, prose(i), f"{12 + i} comments")]
    a = pagecleaner.clean_text("\n\n".join(["Field Kitchen", "Latest", *cards, "More stories"]))
    assert a.page_type == "listing" and all(t in a.body for t in titles) and prose(2) in a.body
    assert "Thursday 3:30PM" not in a.body and "9/09/24" not in a.body


def test_a_doc_comments_class_says_documentation():
    """Elm's package site: each item's doc comment in a "docs-comment" <div>; a reader's comments are never "docs"."""
    items = "".join(f'<div class="docs-block"><div class="docs-header">item{i} : Int</div><div class="docs-comment">'
                    f'<p>{prose(i)}</p></div></div>' for i in range(2))
    page = f"<html><body><h1>Csv.Decode</h1><p>{prose(5)}</p>{items}</body></html>"
    a = pagecleaner.clean(page, input="html")
    assert a.page_type == "documentation" and prose(1) in a.body
    assert pagecleaner.clean(page.replace("docs-", "post-"), input="html").page_type == "article"


def test_yen_and_won_are_prices_with_a_word_glued_after_them_yuan_is_not():
    """Yahoo! Shopping's card: "4,380円送料無料", the price and "free shipping" glued as Japanese writes; "3元素" is
    three elements."""
    from pagecleaner.pagetype import has_price
    assert has_price("4,380円送料無料") and has_price("100원짜리") and not has_price("3元素")


@pytest.mark.parametrize("line,priced", [("۲٬۷۲۰٬۰۰۰ تومان", True), ("1,450,000 ریال", True),   # (Iran's toman and
                                         ("۰ تومان", False),                  # rial, Persian's digits and separators;
                                         ("۳٬۲۰۰٬۰۰۰", False)])               # nothing, or no currency, no price)
def test_a_price_in_persian_digits_and_tomans_is_a_price(line, priced):
    from pagecleaner.pagetype import has_price
    assert has_price(line) is priced


def test_a_persian_category_counts_and_sorts_its_products():
    """Digikala's category as scraped text: "۳۸۴ کالا" (384 items), "مرتب سازی:" (sort by) and its options."""
    from pagecleaner.pagetype import PRODUCTS_ALONE, sort_control
    assert PRODUCTS_ALONE.match("۳۸۴ کالا") and sort_control("مرتب سازی: مرتبط‌ترین پربازدیدترین جدیدترین")


@pytest.mark.parametrize("line,row", [
    ("ถูกใจ 8 แชร์ แจ้งลบ", True),        # (Thai: like, share, report; Pantip's opening post)
    ("Like 8 Share Report", True), ("답글 신고", True),
    ("Like Share", False),                 # (no quote, no report: an article's buttons too)
    ("پسندیدم ۴ نقل قول پاسخ گزارش", True),  # (Persian: like 4, quote, reply, report; Ninisite's)
    ("אהבתי 3 ציטוט השב דווח", True),           # (Hebrew: like 3, quote, reply, report; Tapuz's)
    ("Like Reply Reply Privately Report Inappropriate", True),     # (a members' community's, Higher Logic's)
    ("共感した 12 違反報告", True),                                  # (a Japanese Q&A's answer's, OKWAVE's)
    ("推荐 (12) 回复 收藏 分享 举报", True), ("亮了(35) 回复 举报", True),   # (a Chinese board's, Hupu's: its like's
    ("亮了(35) 回复", False),                                                 # count glued on in brackets)
    ("Vastaa Lainaa Ilmoita asiaton viesti", True),                # (Finnish: reply, quote, report; Suomi24's)
    ("Mi piace 2 Rispondi Segnala", True), ("Mi piace 2 Rispondi", False),   # (Italian: EasyDiscuss's)
    ("Beantwoorden Citeren Melden", True),                                    # (Dutch: Beehive Forum's)
    ("Reply Quote Add reaction", True),                                       # (YouTrack's comments')
    ("좋아요 8 댓글 신고", True), ("나도 궁금해요 공유 신고", True),        # (Korean: Naver KnowledgeiN's)
    ("Tambahkan komentar Laporkan Bagikan", True), ("Add comment Report Share", True),   # (Indonesian: add a
    ("Tambahkan komentar Bagikan", False),                                    # comment, report, share; AnsPress's)
    ("Report Comment", False),      # (one button's label: a news site's comments' too, under its story)
    ("推 12 引言回覆 檢舉", True), ("推 12 引言回覆", True), ("推 12", False),   # (Traditional Chinese: push,
    #                                                                      quoting reply, report; Mobile01's)
])
def test_a_row_of_a_posts_buttons_with_its_report_button_is_a_forum_mark(line, row):
    from pagecleaner.pagetype import button_row
    assert button_row(line) is row


def _help_community_thread(vote: str = "Esta resposta foi útil? Sim Não") -> str:
    """Google's help community as scraped text: the question, its buttons, the recommended answer, all the
    replies, each with its vote under it."""
    return "\n\n".join(["Fotos sumiram do Google Fotos depois de trocar de celular", "Renata Albuquerque 20/11/2026",
                         prose(1), "Também tenho essa dúvida (34) Inscrever-se em atualizações Denunciar abuso",
                         "Resposta recomendada", "Marcos Vieira Especialista de produto 20/11/2026", prose(2), vote,
                         "Todas as respostas (2)", "Renata Albuquerque 21/11/2026", prose(3), vote,
                         "Esta conversa foi bloqueada. Você pode seguir a pergunta ou votar como útil, mas não pode "
                         "responder a esta conversa."])


def test_a_help_communitys_thread_is_a_forum_and_keeps_its_replies_not_its_frame():
    a = pagecleaner.clean_text(_help_community_thread())
    assert a.page_type == "forum" and all(prose(i) in a.body for i in (1, 2, 3))
    assert not any(t in a.body for t in ("foi útil", "Denunciar abuso", "Todas as respostas", "bloqueada"))


@pytest.mark.parametrize("line,mark", [
    ("Was this reply helpful? Yes No", True), ("War diese Antwort hilfreich?", True),
    ("Was this reply helpful to the people who asked?", False),
    ("Todas as respostas (2)", True), ("All replies (14)", True), ("All replies were deleted", False),
    ("Recommended answer", True),
    ("Marcos Vieira Product Expert 20/11/2026", True),      # (its author's role between the name and the date)
])
def test_a_help_communitys_marks_of_a_thread(line, mark):
    from pagecleaner.pagetype import forum_mark
    assert forum_mark(line) is mark


@pytest.mark.parametrize("line,mark", [
    ("geteilt von jonas_k in fahrrad@feddit.example · vor 2 Tagen", True),     # (a fediverse aggregator's post's
    ("submitted 2 days ago by jonas_k to fahrrad@feddit.example", True),       # header: who, which community, which
    ("submitted 2 days ago by jonas_k", False),                                # server; PieFed's, Lemmy's)
    ("▲ 34 ▼ 12 Kommentare Teilen Melden", True), ("12 Kommentare Melden", False),   # (its votes, comments' count,
    #                                                                                   share and report)
    ("Pertanyaan diajukan 3 hari yang lalu Dilihat 214 kali", True),   # (asked three days ago, viewed 214 times)
    ("Pertanyaan tentang cabai", False),
])
def test_more_of_a_threads_marks(line, mark):
    from pagecleaner.pagetype import forum_mark
    assert forum_mark(line) is mark


def test_an_age_in_indonesian_is_an_age():
    from pagecleaner.pagetype import CARD_AGE
    assert CARD_AGE.match("3 hari yang lalu") and not CARD_AGE.match("3 hari lalu kami pergi")


def test_a_thai_thread_whose_posts_each_have_a_report_button_is_a_forum():
    """Pantip's: no quote button, but each post's "แจ้งลบ" (report) among its buttons."""
    posts = "".join(f"<div class='post'><p>{prose(i)}</p><div class='act'><a>ถูกใจ</a> <span>{i}</span> "
                    f"<a>ตอบกลับ</a> <a>แจ้งลบ</a></div></div>" for i in range(3))
    page = f"<html><body><h2>ปลูกมะนาวในกระถาง ใบเหลือง</h2>{posts}</body></html>"
    assert pagecleaner.clean(page, input="html").page_type == "forum"


@pytest.mark.parametrize("text", ["Tovább", "Bővebben »", "Číst dál", "Pročitaj više", "Baca selengkapnya",
                                  "อ่านต่อ"])
def test_read_more_in_more_languages_is_a_teasers_button(text):
    from pagecleaner.pagetype import read_more
    assert read_more(text)


def test_hungarian_read_more_under_the_teasers_is_a_listing():
    teasers = [line for i in range(4) for line in (f"Story {i} title", BLURB, "Tovább")]
    assert page_type(blocks(*teasers)) == "listing"


@pytest.mark.parametrize("credit", ["Generated by Codox", "Generated by aglio on 12 Mar 2024", "Powered by dumi",
                                    "Generated by Doctum, a API Documentation generator and fork of Sami."])
def test_codox_and_aglio_credits_say_documentation(credit):
    from pagecleaner.pagetype import generated_by
    assert generated_by(credit)


def test_ldocs_credit_says_documentation():
    from pagecleaner.pagetype import generated_by
    assert generated_by("generated by LDoc 1.5.0 Last updated 2024-05-20 10:14:07")
    assert not generated_by("generated by hand")


@pytest.mark.parametrize("line", ["12 komment", "3 hozzászólás", "5 komentářů"])
def test_hungarian_and_czech_comment_counts_are_a_cards_counts(line):
    assert _card_count(line)


def test_haxes_dox_credit_says_documentation():
    from pagecleaner.pagetype import generated_by
    assert generated_by("Documentation generated with dox")


@pytest.mark.parametrize("line,mark", [
    ("مریم_گلها کاربر فعال ۸۴۲ پست", True),            # (a member's name, rank and count of posts; Persian digits)
    ("tidewatcher Moderator 1,204 posts", True),
    ("Read all 12 posts", False), ("We wrote 1,204 posts about the harbour this year", False),
])
def test_a_members_card_with_its_count_of_posts_is_a_forum_mark(line, mark):
    assert forum_mark(line) is mark


@pytest.mark.parametrize("heading", ["Ce que je propose", "Was ich anbiete", "What I do", "Co oferuję"])
def test_what_one_person_offers_heads_a_service_page(heading):
    page = (f"<html><body><main><h1>Cabinet d'ostéopathie</h1><p>{prose(1)}</p><h2>{heading}</h2>"
            f"<h3>Adultes</h3><p>{prose(2)}</p></main></body></html>")
    assert pagecleaner.clean(page, input="html").page_type == "service"


def test_a_posts_buttons_split_a_line_each_mark_a_thread_once_each():
    """Soup's shape of Tapuz's row, "אהבתי" / "3" / "ציטוט" / "השב" / "דווח", under each post: one mark per row; a row
    shown twice (a paper's comments, "Antworten" / "Antworten" / "Melden" / "Melden") is none."""
    from pagecleaner.pagetype import split_button_row, thread_marks
    row = ["אהבתי", "3", "ציטוט", "השב", "דווח"]
    lines = [line for i in range(3) for line in (f"Post {i} says the leaves went yellow last week.", *row)]
    assert thread_marks(blocks(*lines)) == [1, 7, 13] and split_button_row(blocks(*lines), 1) == 5
    twice = [line for i in range(3) for line in (f"Comment {i} on the story.", "Antworten", "Antworten", "Melden",
                                                 "Melden")]
    assert thread_marks(blocks(*twice)) == []
    counted = [line for i in range(3) for line in (f"Post {i} says the leaves went yellow.", "Like", "3", "Reply", "3",
                                                   "Report")]          # (its counts may repeat: "3" / … / "3")
    assert thread_marks(blocks(*counted)) == [1, 7, 13]


def test_swift_jazzys_credit_says_documentation():
    from pagecleaner.pagetype import generated_by
    assert generated_by("Generated by jazzy ♪♫ v0.14.4, a Realm project.")


@pytest.mark.parametrize("heading", ["Co pro vás uděláme", "Čo pre vás urobíme"])
def test_what_a_czech_or_slovak_business_does_for_the_reader_heads_a_service_page(heading):
    assert SERVICES.match(heading)


def test_a_cards_line_of_fields_between_bars_dates_it():
    """blogg.se's cards: a title, its excerpt, then "Postat av Karin den 22 september 2024 kl. 18:04 | Kommentarer
    (4) | Kategori: Potatis"."""
    lines = [line for i, (day, month) in enumerate([(22, "september"), (18, "augusti"), (3, "juli")])
             for line in (f"Potatisskörden blev större än väntat {i}", BLURB.replace("figs", f"fig {i}"),
                          f"Postat av Karin den {day} {month} 2024 kl. 18:04 | Kommentarer ({i + 2}) | "
                          "Kategori: Potatis")]
    assert page_type(blocks(*lines)) == "listing"


@pytest.mark.parametrize("credit,forum", [
    ("Orto Sociale gira su Friendica", True),            # (the site's name, then what it runs on, in Italian)
    ("This forum runs on phpBB", True),
    ("We talked about how the web runs on Discourse today", False),     # (a sentence: no site's name of four words)
])
def test_a_credit_to_a_communitys_software_after_the_sites_name_says_thread(credit, forum):
    page = blocks("Orto sul balcone: i peperoni non maturano", BLURB, "Marco 2 mesi fa", BLURB.replace("figs", "pots"),
                  credit)
    assert (page_type(page) == "forum") is forum


def test_compodocs_credit_says_documentation():
    from pagecleaner.pagetype import generated_by
    assert generated_by("Documentation generated using Compodoc 1.1.23")


@pytest.mark.parametrize("heading", ["Det kan jeg hjælpe med", "How we can help", "Det kan vi hjälpa dig med",
                                     "Wobei wir Ihnen helfen können"])
def test_what_a_business_can_help_with_heads_a_service_page(heading):
    assert SERVICES.match(heading)


@pytest.mark.parametrize("line", ["ベストアンサー", "最佳答案", "질문자 채택"])
def test_the_best_answers_badge_in_japanese_and_chinese_is_a_forum_mark(line):
    assert forum_mark(line)


@pytest.mark.parametrize("line,comment", [
    ("推 mossgreen: 換盆後一個月內發黃很常見，先不要施肥 03/12 21:20", "換盆後一個月內發黃很常見，先不要施肥"),
    ("→ mossgreen: 培養土太保水的話可以混一些珍珠石 03/12 21:21", "培養土太保水的話可以混一些珍珠石"),
    ("噓 rootrot : 拔出來看根 111.248.53.20 03/13 08:02", "拔出來看根"),       # (its address before its time)
    ("→ Note: the bridge is closed", None),                  # (an arrow before a label: no time, no push)
    ("推薦 這本書: 很好看 03/12 21:20", None),                   # (no member's id after the mark)
])
def test_a_comment_pushed_under_a_bbs_post_is_read_without_its_mark_member_and_time(line, comment):
    from pagecleaner.pagetype import pushed
    assert pushed(line) == comment


PTT_POST = ("最近家裡的龜背芋新長出來的葉子都是黃的，舊葉子倒是還很綠。放在客廳靠窗的位置，大概一週澆一次水。"
            "請問是水澆太多，還是換盆傷到根了呢？")
PTT_PUSHES = ("推 mossgreen: 換盆後一個月內發黃很常見，先不要施肥 03/12 21:20",
              "→ mossgreen: 培養土太保水的話可以混一些珍珠石 03/12 21:21",
              "推 ficus0901: 摸一下土，表面乾了兩三公分再澆就好 03/12 22:47")


def _ptt_text(*pushes: str, sign_off: str = "") -> str:
    """PTT's post as html_text reads it: the board's menu, the header's fields a line each, the post's text (its
    sign-off glued on, as one element holds both), then the pushes."""
    return "\n".join(("批踢踢實業坊 › 看板 Plant 關於我們 聯絡資訊", "返回看板", "作者 leafyhsu (小葉)", "看板 Plant",
                      "標題 [問題] 龜背芋新葉一直發黃", "時間 Tue Mar 12 21:05:33 2024", PTT_POST + sign_off, *pushes))


@pytest.mark.parametrize("pushes,kind", [(PTT_PUSHES, "forum"), (PTT_PUSHES[:2], "article")])
def test_comments_pushed_under_a_bbs_post_make_a_thread_each_read_bare(pushes, kind):
    a = pagecleaner.clean_text(_ptt_text(*pushes))
    assert a.page_type == kind and PTT_POST in a.body
    assert ("03/12" in a.body) is (kind == "article") and ("換盆後一個月內發黃很常見，先不要施肥" in a.body)


def test_a_bbs_posts_sign_off_glued_to_its_text_goes_on_a_thread():
    sign_off = " -- ※ 發信站: 批踢踢實業坊(ptt.cc), 來自: 111.248.53.20 (臺灣) ※ 文章網址: https://www.ptt.cc/bbs/Plant/M.1.html"
    a = pagecleaner.clean_text(_ptt_text(*PTT_PUSHES, sign_off=sign_off))
    assert PTT_POST in a.body and "發信站" not in a.body and "ptt.cc" not in a.body


def test_a_bbs_posts_header_fields_give_the_threads_title_and_author_its_board_goes():
    a = pagecleaner.clean_text(_ptt_text(*PTT_PUSHES))
    assert a.headline == "[問題] 龜背芋新葉一直發黃" and a.byline == "leafyhsu"
    assert "Plant" not in a.body and "標題" not in a.body
    assert a.published == "2024-03-12"


@pytest.mark.parametrize("label", ["Số Lượng", "Jumlah", "Ποσότητα", "Кількість"])
def test_a_quantitys_label_in_more_languages_beside_a_price_says_a_product(label):
    """Tiki's buy box as scraped text: its quantity's label alone on a line, the price over it, the buttons glued
    to the seller's box after them (no button alone on a line to read)."""
    text = "\n".join(("Nồi cơm điện Philips HD4515", "1.290.000 ₫", label, "1", prose(1), prose(2)))
    assert page_type([Block(i, i + 1, t) for i, t in enumerate(text.split("\n"))]) == "product"


@pytest.mark.parametrize("posts,kind", [(3, "forum"), (2, "article")])
def test_each_posts_report_button_marks_a_thread_though_the_buttons_leave_no_text(posts, kind):
    """Wykop's entry and its comments: each one's "Zgłoś" (report) a <button>, which the reader drops; three make a
    thread, its comments kept."""
    entries = "".join(f'<div class="comment"><p>{prose(i)}</p><button>+ {i}</button> <button>Odpowiedz</button> '
                      f'<button>Zgłoś</button></div>' for i in range(1, posts + 1))
    page = f"<html><body><main><h1>Czy ktoś uprawiał pomidory?</h1>{entries}</main></body></html>"
    a = pagecleaner.clean(page, input="html")
    assert a.page_type == kind and (prose(posts) in a.body) is (kind == "forum")


def test_the_filters_button_before_a_lists_sort_control_is_part_of_it():
    from pagecleaner.pagetype import sort_control
    assert sort_control("Filters Sorteer op: Relevantie Prijs laag-hoog")
    assert not sort_control("Filters for coffee makers are sold by the hundred")


def test_a_dutch_shops_add_button_ends_a_cards_line():
    """Albert Heijn's card as html_text: its unit price, then "Product toevoegen" (add the product)."""
    from pagecleaner.pagetype import BUY_END
    assert BUY_END.search("€13.49 per kg Product toevoegen")


def test_finnish_answers_heading_is_a_threads_heading():
    from pagecleaner.pagetype import ANSWERS_HEADING
    assert ANSWERS_HEADING.match("Vastaukset") and not ANSWERS_HEADING.match("Vastaukset kysymyksiin löytyvät alta")


def test_a_dutch_basket_button_is_a_buy_button():
    from pagecleaner.pagetype import BUY
    assert BUY.match("In winkelmand") and BUY.match("In de winkelwagen")


def test_amounts_with_no_currency_in_elements_the_class_calls_prices_make_a_shops_category():
    """Kruidvat's tiles: each its linked name, its rating, its price's amount alone in a <span class="pricebadge__
    new-price"> (its old price beside it or not), its button "In winkelmand"; the names stay."""
    tiles = "".join(f'<div class="tile"><a class="tile__name" href="/p/{i}">Tandpasta soort {i} 75 ml</a>'
                    f'<div class="tile__rating"><span>4.{i}</span> <span>({10 + i})</span></div>'
                    f'<div class="tile__price"><span class="pricebadge__new-price">{i},99</span></div>'
                    f'<button>In winkelmand</button></div>' for i in range(1, 4))
    a = pagecleaner.clean(f"<html><body><main><h1>Tandpasta</h1>{tiles}</main></body></html>", input="html")
    assert a.page_type == "collection" and all(f"Tandpasta soort {i} 75 ml" in a.body for i in range(1, 4))


def test_a_questions_text_under_its_title_comes_back_though_shaped_apart_from_the_answers():
    """Naver KnowledgeiN's question: its title and its text each a <div> in the question's box, the answers' text in
    <p>s under their buttons "좋아요 8 댓글 신고"; main_text kept the answers, the question's text came back. Not the
    thread's counts under the title, no sentence."""
    answers = "".join(f'<div class="answer"><div class="user">user{i}</div><div class="text"><p>{prose(i)}</p></div>'
                      f'<div class="btns"><a>좋아요 {i}</a> <a>댓글</a> <a>신고</a></div></div>' for i in range(1, 4))
    question = "화분에 심은 다육이 아래쪽 잎이 투명하게 물러지고 떨어져요. 물은 일주일에 한 번 줍니다. 살릴 수 있을까요?"
    page = (f'<html><head><meta property="og:title" content="다육이 잎이 물러요"></head><body><div id="wrap">'
            f'<div class="q"><div class="head"><div class="title">다육이 잎이 물러요</div></div><div class="body">'
            f'{question}</div><div class="info">조회수 1,021</div></div><div class="answers">{answers}</div>'
            f'</div></body></html>')
    a = pagecleaner.clean(page, input="html")
    assert a.page_type == "forum" and question in a.body and prose(3) in a.body and "1,021" not in a.body


@pytest.mark.parametrize("line,control", [
    ("86 produktů Řadit podle", True),          # the count before the label, its options a <select> unread
    ("86 produktů Řadit podle Nejprodávanější Nejlevnější Nejdražší", True),
    ("86 produktů", False),                     # the count alone: a count, no control
    ("86 bot Řadit podle", False),              # a number and a word that counts no products
])
def test_a_products_count_before_a_sort_control_is_part_of_it(line, control):
    from pagecleaner.pagetype import sort_control
    assert sort_control(line) is control


def test_a_sort_control_flattened_with_its_options_longer_than_a_header_line_says_shop():
    """Sportisimo's toolbar as html_text flattens it, 61 characters: the page is a shop's."""
    from pagecleaner.pagetype import _shop_page
    from tests.conftest import make_blocks
    toolbar = "86 produktů Řadit podle Nejprodávanější Nejlevnější Nejdražší"
    assert _shop_page(make_blocks("Pánské trekové boty", toolbar))
    assert not _shop_page(make_blocks("Pánské trekové boty", prose(2)))


@pytest.mark.parametrize("line,stock", [
    ("Skladem na e-shopu", True), ("Skladem v 12 prodejnách", True), ("Skladem", True),
    ("Skladem na e-shopu i v prodejnách po celé republice", False),
    ("Yra sandėlyje", True), ("Ir noliktavā", True), ("Laos olemas", True),     # (the Baltic languages')
    ("Yra sandėlyje ir parduotuvėse visoje Lietuvoje", False),
])
def test_czech_stock_lines_online_and_in_stores(line, stock):
    from pagecleaner.pagetype import STOCK
    assert (STOCK.match(line) is not None) is stock


def test_a_czech_cart_says_shop():
    from pagecleaner.pagetype import CART_LINE
    assert CART_LINE.match("Košík (0)") and CART_LINE.match("Kosár")


@pytest.mark.parametrize("line,cards", [
    ("Posté le dimanche 1 septembre 2026 18:40 2 commentaires J'aime · Partager", 3),   # its label, comments,
    ("Posté le dimanche 1 septembre 2026 18:40 2 commentaires", 3),                     # buttons after
])
def test_a_blogs_cards_dated_under_their_blurbs_with_a_posted_label_and_buttons(line, cards):
    """Skyrock's blog as scraped text: a title, its blurb, then "Posté le … 5 commentaires J'aime · Partager"."""
    from pagecleaner.pagetype import dated_cards
    from tests.conftest import make_blocks
    texts = ["Skyrock", "Les carnets de Margot"]
    for i in range(3):
        texts += [f"Le tour numéro {i} du golfe en trois jours", prose(i), line]
    assert len(dated_cards(make_blocks(*texts))) == cards


@pytest.mark.parametrize("date_line", [
    "نوشته شده در سه\u200cشنبه ۴ آبان ۱۴۰۵ ساعت ۹:۴۵ توسط مریم | نظرات (۲)",     # its label, Persian digits
    "نوشته شده در سه\u200cشنبه ۴ آبان ۱۴۰۵ ساعت ۹:۴۵ توسط مریم |",               # its bar left on its line
])
def test_a_persian_blogs_cards_dated_under_their_blurbs(date_line):
    """Blogfa's blog as scraped text: a title (one a question), its blurb, "نوشته شده در … توسط مریم | نظرات (۴)"."""
    from pagecleaner.pagetype import dated_cards
    from tests.conftest import make_blocks
    texts = ["باغچه کوچک من"]
    for i, title in enumerate(("کاشت گوجه در گلدان روی بالکن", "کمپوست خانگی با پوست میوه", "نعناع را کجا بکاریم؟")):
        texts += [title, f"گوجه گیلاسی در گلدان بیست لیتری به خوبی رشد می\u200cکند. کافی است روزی {i + 4} ساعت "
                         "آفتاب بگیرد و هر صبح آبیاری شود.", date_line]
    assert len(dated_cards(make_blocks(*texts))) == 3


def test_a_cards_title_over_its_date_may_be_a_question():
    """Blowfish's cards as scraped text: "Tomaten überwintern: geht das?" / "20. November 2026 · 4 Minuten" / its
    blurb; two other cards."""
    from pagecleaner.pagetype import dated_cards
    from tests.conftest import make_blocks
    texts = ["Gartenjournal", "3 Beiträge"]
    for i, title in enumerate(("Tomaten überwintern: geht das?", "Ein Hochbeet richtig füllen",
                               "Regenwasser sammeln auf dem Balkon")):
        texts += [title, f"{i + 2}. Oktober 2026 · 4 Minuten", prose(i)]
    assert len(dated_cards(make_blocks(*texts))) == 3


@pytest.mark.parametrize("line,kind", [
    ("Προσθήκη στο καλάθι", "buy"), ("הוספה לסל", "buy"), ("افزودن به سبد خرید", "buy"),
    ("Άμεσα διαθέσιμο", "stock"), ("Εξαντλήθηκε", "stock"),
    ("Προσθήκη σχολίου", None),
])
def test_greek_hebrew_and_persian_buy_buttons_and_greek_stock(line, kind):
    from pagecleaner.pagetype import BUY, STOCK
    assert (BUY.match(line) is not None) is (kind == "buy") and (STOCK.match(line) is not None) is (kind == "stock")


@pytest.mark.parametrize("row,buttons", [
    ("válasz privát üzenet hivatkozás", True),     # a board's private message button among the post's
    ("Reply PM", True),
    ("válasz hivatkozás", False),                   # no quote, report or private message: any page's links
    ("Privacy Policy", False),
])
def test_a_posts_private_message_button_makes_its_row_a_posts(row, buttons):
    from pagecleaner.pagetype import button_row
    assert button_row(row) is buttons


@pytest.mark.parametrize("line,docs", [
    ("Made with MyST", True), ("Built with Jupyter Book", True),
    ("Made with Coda", True),                       # a published Coda doc's badge
    ("Created with Quartz v4.4.0 © 2024", True),    # a Quartz site's, its version after it
    ("Built with quartz countertops", False),       # (a stone's)
    ("Made with Material for MkDocs", False),       # a blog's theme is made with it too
])
def test_myst_jupyter_book_coda_and_quartz_credits_say_documentation(line, docs):
    from pagecleaner.pagetype import generated_by
    assert generated_by(line) is docs


def test_mysts_generator_tag_says_documentation():
    from pagecleaner.readers.html import read_html
    _, meta = read_html('<html><head><meta name="generator" content="mystmd"></head><body><p>x</p></body></html>')
    assert "techarticle" in meta["markup_types"]


def test_a_businesss_offers_under_its_services_heading_each_its_sentence_and_price():
    """Pineapple's page (fixtures/pagetypes): four sections, each an item of one element under its <h2>, a longer run
    than the three offers' <h3>s under "Our services", each a sentence with its price at its end: the offers are
    its boxes; under a heading that names no services they are an article's parts."""
    from pagecleaner.api import read
    from pagecleaner.pagetype import offer_boxes
    page = (Path(__file__).parent.parent / "fixtures/pagetypes/html/service-pineapple.html").read_text()
    _, blocks, _ = read(page, "html")
    assert {blocks[i].text for i in offer_boxes(blocks)} >= {"Chimney sweeping", "Flue repairs"}
    _, blocks, _ = read(page.replace("Our services", "Independent ratings"), "html")
    assert not offer_boxes(blocks)


@pytest.mark.parametrize("line", ["庫存：剩餘 12 件", "有貨", "缺貨"])
def test_chinese_stock_lines(line):
    from pagecleaner.pagetype import STOCK
    assert STOCK.match(line)


def test_a_traditional_chinese_quantity_label_before_the_buy_button():
    from pagecleaner.pagetype import BUY
    assert BUY.match("數量 1 2 加入購物車")


@pytest.mark.parametrize("line,kind", [
    ("ショッピングカートに入れる", "buy"),            # Yodobashi's: the cart's whole name before the verb
    ("Saatavilla verkossa", "stock"), ("Vain myymälässä", "stock"), ("Ei saatavilla", "stock"),
    ("Saatavilla olevat värit", None),
])
def test_a_japanese_shopping_cart_button_and_finnish_stock_lines(line, kind):
    from pagecleaner.pagetype import BUY, STOCK
    assert (BUY.match(line) is not None) is (kind == "buy") and (STOCK.match(line) is not None) is (kind == "stock")


def test_cards_priced_with_amounts_alone_in_price_elements_on_a_counted_page_are_a_category():
    """Action's category: no currency on its cards, the amount in an element its class calls a price ("1,49")."""
    cards = "".join(f'<a href="/p/{i}" class="product-card"><div class="product-card__image"><img src="{i}.jpg">'
                    f'</div><div class="product-card__title">{n}</div>'
                    f'<div class="product-card__subtitle">{d}</div><div class="product-card__price">'
                    f'<span class="price">{p}</span></div></a>'
                    for i, (n, d, p) in enumerate((("Geurkaars in glas", "Vanille, 230 g", "1,49"),
                                                   ("Stompkaarsen ivoor", "3 stuks, 7 x 10 cm", "2,99"),
                                                   ("Waxinelichtjes", "100 stuks, brandduur 4 uur", "2,49"),
                                                   ("LED-kaarsen", "Set van 3, met timer", "4,95"))))
    page = (f'<html><body><main><h1>Kaarsen</h1><p>Stompkaarsen en waxinelichtjes voor een gezellige avond.</p>'
            f'<span>36 producten</span><div class="grid">{cards}</div></main></body></html>')
    a = pagecleaner.clean(page, input="html")
    assert a.page_type == "collection" and all(p in a.body.split("\n") for p in ("1,49", "2,99", "4,95"))


def test_a_posts_buttons_split_a_line_each_may_be_two_words():
    """Soup's shape of EasyDiscuss's row, "Mi piace" / "2" / "Rispondi" / "Segnala", under each post."""
    from pagecleaner.pagetype import split_button_row
    lines = ["Post says the dough rose again after two days.", "Mi piace", "2", "Rispondi", "Segnala"]
    assert split_button_row(blocks(*lines), 1) == 4


def test_a_posts_buttons_split_a_line_each_may_open_with_its_count():
    """Ekşi Sözlük's entry as soup splits it: its favourites' count, then its menu, "mesaj gönder" / "şikayet" /
    "modlog", under each entry: a row of a post's buttons, a thread of three. A count before no button is none,
    nor a pager's numbers."""
    from pagecleaner.pagetype import split_button_row, thread_marks
    row = ["12", "mesaj gönder", "şikayet", "modlog"]
    lines = [line for i in range(3) for line in (f"entry {i} says the boiler lost its pressure again.", *row,
                                                 f"0{i + 2}.12.2026 21:14 kuzey rüzgarı")]
    assert split_button_row(blocks(*lines), 1) == 4 and thread_marks(blocks(*lines)) == [1, 7, 13]
    assert page_type(blocks(*lines)) == "forum"
    assert split_button_row(blocks("12", prose(1)), 0) == 0                 # (a count alone)
    assert split_button_row(blocks("1", "2", "3", "Next"), 0) == 0          # (a pager)


def test_a_cards_byline_over_its_date_is_no_archives_entry():
    """JNews' cards as soup splits them: "by Rina Wulandari" over "6 Desember 2026" is the card's author over its
    date, no archive's title over its day; a title that opens with a label's word is one ("Por qué …")."""
    from pagecleaner.pagetype import archive_entries
    names = ["Rina Wulandari", "Dimas Pratama", "Ayu Lestari"]
    signed = [x for i, n in enumerate(names) for x in (f"by {n}", f"{i + 1} Desember 2026")]
    assert archive_entries(blocks(*signed)) == frozenset()
    titled = [x for t, day in (("Por qué las abejas bailan", "Mar 14"), ("Por qué llueve en abril", "Feb 27"),
                               ("Por qué el pan sube", "Jan 09")) for x in (t, day)]
    assert archive_entries(blocks(*titled)) == frozenset({0, 2, 4})


def test_oxygens_webhelp_credit_makes_documentation():
    assert page_type(blocks(prose(1), prose(2), "Generated by <oXygen/> XML WebHelp")) == "documentation"
    assert page_type(blocks(prose(1), prose(2), "Generated by our help desk")) == "article"


@pytest.mark.parametrize("button", ["Call 03 544 1234", "Anrufen: 030 1234567", "Appelez le 01 23 45 67 89"])
def test_a_services_heading_may_stand_under_the_call_button_with_its_number(button):
    """Rocketspark's physio clinic as soup splits it: the intro, "Book an appointment", "Call 03 544 1234", then
    "Our services"."""
    lines = ["Physiotherapy in Richmond", prose(1), "Book an appointment", button, "Our services", "Sports injuries",
             prose(2)]
    assert page_type(blocks(*lines)) == "service"
    assert page_type(blocks(*lines[:3], "Call the clinic today", *lines[4:])) == "article"   # (no number: a line)


def test_a_chinese_boards_thanks_buttons_and_views_mark_a_thread():
    """V2EX's topic: each reply's "♥ 感谢回复者" (thank the replier), the topic's header with its views, "lanfeng ·
    2 天前 · 1532 次点击"; a story's line that counts its readers in words is none."""
    replies = [x for i in range(3) for x in ("♥ 感谢回复者", f"回复 {i}：把电影盘单独建一个存储池，系统放在另一个池里。")]
    assert page_type(blocks("家里 NAS 硬盘休眠后唤醒太慢", prose(1), *replies)) == "forum"
    assert forum_mark("lanfeng · 2 天前 · 1532 次点击") and forum_mark("1532 次点击 ∙ 3 人收藏")
    assert not forum_mark("点击这里阅读全文") and not forum_mark("感谢阅读")


def test_zudokus_credit_makes_documentation():
    assert page_type(blocks(prose(1), prose(2), "© 2026 Colisio SAS Powered by Zudoku")) == "documentation"


@pytest.mark.parametrize("line,row", [("답글신고", True), ("ReplyQuoteReport", True),     # (glued links: Daum Cafe's
                                      ("답글", False), ("reportage", False), ("replyreporter", False)])   # reply, report)
def test_a_posts_buttons_glued_into_one_word_are_a_row(line, row):
    from pagecleaner.pagetype import button_row
    assert button_row(line) is row


def test_a_members_signature_and_parameters_say_documentation():
    """JSR's (deno doc's) page of a function: "Signature", its line, then "Parameters", "Return Type", "Throws"."""
    lines = ["function retry", prose(1), "Signature", "retry<T>(fn: () => Promise<T>): Promise<T>", "Parameters",
             "fn: () => Promise<T>", prose(2), "Return Type", "Promise<T>"]
    assert page_type(blocks(*lines)) == "documentation"
    assert page_type(blocks("A letter", prose(1), "Signature", "Jane Doe", prose(2))) == "article"


@pytest.mark.parametrize("line,left", [
    ("1.479,99 lei sau 147,99 lei/lună în 10 rate fără dobândă", "1.479,99 lei"),    # (Flanco's: a month's amount)
    ("£389 or £32.42/month", "£389"), ("49,99 € oder 29,99 €/Monat", "49,99 €"),
    ("a month or so", "a month or so"),
])
def test_a_prices_monthly_instalment_after_it_is_no_part_of_it(line, left):
    from pagecleaner.pagetype import INSTALMENTS
    assert INSTALMENTS.sub("", line) == left


def test_obsidian_publishs_credit_makes_documentation():
    assert page_type(blocks(prose(1), prose(2), "Powered by Obsidian Publish")) == "documentation"


@pytest.mark.parametrize("line", ["الكمية أضف إلى السلة أضف إلى المفضلة",       # (Arabic: quantity, add to cart,
                                  "تعداد افزودن به سبد خرید"])                   # add to favourites; Persian's)
def test_a_buy_row_with_its_quantity_and_wish_list_in_arabic_and_persian(line):
    from pagecleaner.pagetype import buy_row
    assert buy_row(line)


@pytest.mark.parametrize("line,stock", [("Verkkokaupassa Saatavilla 84 myymälässä", True),   # (Tokmanni's fields)
                                        ("Ei verkkokaupassa", True), ("Saatavilla 12 myymälässä", True),
                                        ("Verkkokaupassa on 84 tuotetta tarjouksessa", False)])
def test_finnish_stock_in_the_web_shop_and_in_stores(line, stock):
    from pagecleaner.pagetype import STOCK
    assert (STOCK.match(line) is not None) is stock


@pytest.mark.parametrize("line,kind", [("IT Handbook Powered by Docmost", "documentation"),   # (the site's name
                                       ("Powered by Docmost", "documentation"),               # before its wiki's
                                       ("Our lovely team handbook site Powered by Docmost", "article"),   # credit)
                                       ("IT Handbook Powered by coffee", "article")])
def test_a_wikis_credit_after_the_sites_name_makes_documentation(line, kind):
    assert page_type(blocks(line, prose(1), prose(2))) == kind


def test_polish_classes_heading_heads_a_service_page():
    page = (f"<html><body><main><h1>Nauka pływania dla dzieci</h1><p>{prose(1)}</p><h2>Nasze zajęcia</h2>"
            f"<h3>Oswajanie z wodą</h3><p>{prose(2)}</p></main></body></html>")
    assert pagecleaner.clean(page, input="html").page_type == "service"


def _blokker(buttons: int = 3) -> list[str]:
    """Blokker's category as scraped text: each card a name, its amounts with no currency, its delivery, and its cart
    button (`buttons` of the four have one; the last is sold in the shops only)."""
    cards = [("Blokker pannenset 3-delig aluminium", "79,99 59,99"), ("BK Easy Induction pannenset 3-delig", "129,99"),
             ("Tefal Ingenio Easy Cook pannenset 10-delig", "149,00"), ("Ernesto pannenset RVS 5-delig", "99,99 69,99")]
    return ["Pannensets kopen? | Blokker", "Pannensets", "Een complete set pannen voor gas, elektrisch en inductie.",
            *[x for i, (name, price) in enumerate(cards)
              for x in (name, price, "Morgen in huis",
                        "In winkelwagen" if i < buttons else "Alleen in de winkel")]]


@pytest.mark.parametrize("buttons,shop", [(3, True), (2, False)])    # (two buttons: too few to say the amounts
def test_a_categorys_amounts_without_currency_over_their_buttons_are_its_prices(buttons, shop):    # are prices)
    from pagecleaner.pagetype import price_lines
    lines = _blokker(buttons)
    assert (page_type(blocks(*lines)) == "collection") is shop
    assert (lines.index("99,99 69,99") in price_lines(blocks(*lines))) is shop


@pytest.mark.parametrize("credit,kind", [("Betrieben mit Akkoma", "forum"), ("Powered by Pleroma", "forum"),
                                         ("Betrieben mit Liebe", "article")])
def test_a_microblog_servers_credit_makes_its_post_with_replies_a_thread(credit, kind):
    assert page_type(blocks("Anna Brenner", prose(1), "Bruno", prose(2), credit)) == kind


@pytest.mark.parametrize("line,mark", [
    ("Antwort an @anna", True), ("Replying to @bruno@brot.example", True),   # (a reply's line naming whom it answers)
    ("@anna vor 2 T.", True), ("@bruno@brot.example 2d", True),              # (a handle with its post's age)
    ("Antwort an die Leser", False), ("@anna thanks for 2 tips", False),
])
def test_a_fediverse_replys_lines_are_forum_marks(line, mark):
    assert forum_mark(line) is mark


@pytest.mark.parametrize("credit,kind", [("Obsługiwane przez kbin", "forum"), ("Powered by Lemmy", "forum"),
                                         ("Powered by mbin", "forum"), ("powered by skool", "forum"),
                                         ("Obsługiwane przez kogoś", "article")])
def test_a_link_aggregators_credit_makes_its_post_with_comments_a_thread(credit, kind):
    assert page_type(blocks("zielonaagata", prose(1), "wojtek_dzialka", prose(2), credit)) == kind


@pytest.mark.parametrize("line,row", [
    ("0 odpowiedz podbij więcej", True),        # (kbin's reply, boost and more, the score before them)
    ("6 komentarzy podbij (3) więcej", True),   # (the post's count of comments, its boosts glued on)
    ("Reply Boost More", True),
    ("więcej zdjęć", False), ("More comments", False),
])
def test_a_link_aggregators_buttons_make_a_row(line, row):
    from pagecleaner.pagetype import button_row
    assert button_row(line) is row


@pytest.mark.parametrize("lines,at,row", [
    (("14", "0", "6 komentarzy", "podbij (3)", "więcej", "zgłoś"), 1, 5),     # (its score up and down over it,
    (("14", "0", "6 komentarzy", "podbij (3)", "więcej", "zgłoś"), 2, 0),     # the count before the buttons
    (("Opis", "odpowiedz\npodbij", "więcej"), 1, 2),                          # opens it; two buttons a block)
    (("14", "0", "Opis", "odpowiedz"), 2, 0),
])
def test_a_split_row_of_buttons_may_stand_under_the_posts_score(lines, at, row):
    from pagecleaner.pagetype import split_button_row
    assert split_button_row(blocks(*lines), at) == row


def test_a_cards_authors_between_its_blurb_and_its_date_make_a_dated_card():
    """Hugo Blox's cards: a title, its blurb, its authors' names with no "By", then its date and reading time."""
    from pagecleaner.pagetype import dated_cards
    cards = [("Termina la campaña de muestreo de otoño", "Lucía Ferrer, Diego Salas", "30 nov 2026"),
             ("Nerea Ortiz defiende su tesis doctoral", "Grupo de Ecología de Ríos", "14 nov 2026"),
             ("Nuevo artículo en Freshwater Biology", "Lucía Ferrer", "2 oct 2026")]
    lines = ["Noticias", *[x for i, (t, names, day) in enumerate(cards)
                           for x in (t, prose(i), names, f"{day} 2 min de lectura")]]
    assert sorted(dated_cards(blocks(*lines)).items()) == [(2, 1), (6, 5), (10, 9)]
    lines = ["Noticias", *[x for i, (t, names, day) in enumerate(cards)
                           for x in (t, prose(i), "todas las semanas en el río", f"{day} 2 min de lectura")]]
    assert dated_cards(blocks(*lines)) == {}        # (a line of lower-case words between: no authors' names)


def test_the_points_under_what_you_learn_head_a_course_page():
    """A course's page as scraped text: "Cosa imparerai" over its points, each a line with no full stop."""
    points = ["Creare e mantenere un lievito madre in coltura liquida",
              "Calcolare l'idratazione e adattare la ricetta alla tua farina"]
    lines = ["Pane a lievitazione naturale", prose(1), "Cosa imparerai", *points, prose(2)]
    assert page_type(blocks(*lines)) == "service"
    assert page_type(blocks(*lines[:3], "Lievito madre", "Impasto", prose(2))) == "article"    # (two names: none)


@pytest.mark.parametrize("heads,doc", [(("Implementations §", "Trait Implementations §"), True),
                                       (("Implementations", "Blanket Implementations"), True),
                                       (("Implementations", "Results"), False)])
def test_rustdocs_implementations_then_its_traits_make_documentation(heads, doc):
    lines = ["Struct Sniffer", prose(1), heads[0], "pub fn new() -> Self", prose(2), heads[1], "impl Debug for Sniffer"]
    assert (page_type(blocks(*lines)) == "documentation") is doc


@pytest.mark.parametrize("line,mark", [("Gefällt mir 6 Antworten", True),     # (German's like and reply, Skool's)
                                       ("Neuer Kommentar vor 3 Std.", True), ("Last comment 2h ago", True),
                                       ("Last comment was the best one", False), ("Gefällt mir sehr gut", False)])
def test_a_communitys_post_buttons_and_its_latest_comments_age_mark_a_thread(line, mark):
    from pagecleaner.filters.pagetypes import _buttons_alone
    assert (forum_mark(line) or _buttons_alone(line)) is mark


def _blog_home(buttons: bool = True) -> str:
    """Write.as's home page: og:type "article" alone, each post a linked title, its date, its blurb and its "Read
    more" (`buttons`) or none."""
    cards = "".join(f'<article class="h-entry"><h2><a href="/p/{i}">{t}</a></h2><time datetime="2026-11-{20 - i}">'
                    f'{20 - i} novembre 2026</time><div class="e-content preview"><p>{prose(i)}</p>'
                    + (f'<a class="read-more" href="/p/{i}">Lire la suite...</a>' if buttons else '')
                    + '</div></article>'
                    for i, t in enumerate(["Le pont de la Guillotière à vélo", "Pneus d'hiver, ou pas ?",
                                           "Un antivol pour la gare"]))
    return (f'<html><head><meta property="og:type" content="article"></head><body><header><h1>Carnets de Léa</h1>'
            f'</header><section>{cards}</section></body></html>')


@pytest.mark.parametrize("buttons,kind", [(True, "listing"), (False, "article")])
def test_a_blogs_dated_posts_each_over_its_read_more_are_a_listing_whatever_og_says(buttons, kind):
    assert pagecleaner.clean(_blog_home(buttons), input="html").page_type == kind


@pytest.mark.parametrize("line,shop", [("48 varor", True), ("Varukorg 0,00 kr", True), ("Trolley £0.00", True),
                                       ("Cart $0.00", True), ("Varukorg 149,00 kr", False), ("48 vargar", False)])
def test_a_shops_count_of_goods_and_its_empty_cart_with_its_total_say_shop(line, shop):
    from pagecleaner.pagetype import CART_LINE, PRODUCTS_ALONE
    assert bool(PRODUCTS_ALONE.match(line) or CART_LINE.match(line)) is shop


@pytest.mark.parametrize("line,buy", [("Quantity qty Add", True), ("Quantity 1 Add", True), ("Add", False),
                                      ("Quantity of additives", False)])
def test_add_after_the_quantitys_label_is_a_buy_button(line, buy):
    from pagecleaner.pagetype import BUY
    assert bool(BUY.match(line)) is buy


def test_haddocks_credit_makes_documentation():
    from pagecleaner.pagetype import generated_by
    assert generated_by("Produced by Haddock version 2.29.2") and not generated_by("Produced by the BBC")


def _grocer(names: tuple[str, ...]) -> str:
    """Willys' category: each card a badge or not, a linked name, the maker and size, the price's units and cents
    in elements of their own, no currency, and the comparison price."""
    cards = "".join(f'<div class="product"><a href="/p/{i}"><img src="{i}.png" alt=""></a><div class="name">'
                    f'<a href="/p/{i}">{n}</a></div><div class="maker">Arla, 1l</div><div class="price">'
                    f'<span>1{i}</span><span>90</span><span>/st</span></div><div class="compare">Jmf-pris 1{i},90 kr/l'
                    f'</div></div>' for i, n in enumerate(names))
    return (f'<html><body><header><button>Varukorg 0,00 kr</button></header><main><h1>Mjölk</h1><span>48 varor</span>'
            f'<div class="grid">{cards}</div></main></body></html>')


@pytest.mark.parametrize("names,kept", [(("Mellanmjölk 1,5%", "Standardmjölk 3%", "Lättmjölk 0,5%",
                                          "Laktosfri mjölk 1,5%"), True),
                                        (("Mellanmjölk", "Standardmjölk", "Lättmjölk", "Laktosfri"), False)])
def test_a_cards_name_of_a_word_and_its_measure_is_a_products(names, kept):
    a = pagecleaner.clean(_grocer(names), input="html")
    assert a.page_type == "collection"
    assert (names[0] in a.body.split("\n")) is kept


@pytest.mark.parametrize("line,row", [("Add to Cart Add to List", True), ("Add to Cart Add to list of ideas", False)])
def test_the_buy_button_beside_the_shopping_lists_is_a_row_of_buttons(line, row):
    from pagecleaner.pagetype import buy_row
    assert buy_row(line) is row


@pytest.mark.parametrize("line,mark", [
    ("Anônimo 05/12/2026 (Sáb) 18:40:02 No. 4815 [ Responder ] [ Denunciar ]", True),   # (its actions after it)
    ("Arquivo: tomateiro.jpg (182.4KB, 1200x900)", True),                               # (its file's name and size)
    ("Anônimo 05/12/2026 (Sáb) 18:40:02 No. 4815 [ Responder ] e depois fui embora", False),
    ("Anônimo 18/11/24 (Seg) 18:31:40 Nº4128", True),              # (the number's sign in Portuguese, vichan's)
    ("Аноним 18/11/24 (Пнд) 18:31:40 №4128", True),
    ("Ele chegou às 18:31 Nº de série", False),
    ("Arquivo: tomateiro.jpg", False),
])
def test_an_imageboard_posts_header_with_its_actions_and_its_file_mark_a_thread(line, mark):
    assert forum_mark(line) is mark


def test_a_spanish_shops_cart_button_is_a_buy_button():
    from pagecleaner.pagetype import BUY
    assert BUY.match("Añadir al carro") and BUY.match("Añadir al carrito") and not BUY.match("Añadir al carbón")


@pytest.mark.parametrize("credit,kind", [("Mogelijk gemaakt door Slab", "documentation"),
                                         ("Mogelijk gemaakt door vrijwilligers", "article")])
def test_a_wikis_credit_makes_documentation_whatever_og_says(credit, kind):
    page = (f'<html><head><meta property="og:type" content="article"></head><body><main><h1>Gereedschap lenen</h1>'
            f'<p>{prose(1)}</p><h2>Lenen</h2><p>{prose(2)}</p></main><footer><a href="https://slab.example/">'
            f'{credit}</a></footer></body></html>')
    assert pagecleaner.clean(page, input="html").page_type == kind


@pytest.mark.parametrize("button,kind", [("Réserver", "service"), ("Ajouter au panier", "product")])
def test_a_businesss_booking_button_over_its_services_heading_and_prices_is_no_products(button, kind):
    """Treatwell's salon: "Réserver" under the name, then "Prestations" over the services and their prices, in an
    element its class calls the salon's menu ("VenueMenu"); a shop's cart button over prices is a product's."""
    items = "".join(f'<div class="ServiceItem"><div>{n}</div><div>{d}</div><div>{p} €</div></div>'
                    for n, d, p in (("Coupe femme", "1 h", 52), ("Couleur racines", "45 min", 48)))
    page = (f'<html><body><main><section><h1>L\'Atelier Coiffure Sabine</h1><p>24 rue Vauban, 69006 Lyon</p>'
            f'<a class="Button" href="#menu">{button}</a></section><section class="VenueMenu"><h2>Prestations</h2>'
            f'{items}</section><section><h2>À propos</h2><p>{prose(1)}</p></section></main></body></html>')
    assert pagecleaner.clean(page, input="html").page_type == kind


@pytest.mark.parametrize("button,kind", [("Book now", "service"), ("Add to cart", "product")])
def test_a_businesss_booking_button_element_over_its_services_heading_is_no_products(button, kind):
    """Setmore's booking page: a <button> "Book now" under the business's name (the reader drops it, and counts it
    among the buy buttons), then "Services" over the services, their durations and prices; a shop's cart button
    over prices is a product's."""
    items = "".join(f'<div class="bp-service"><div>{n}</div><div><span>{d}</span> <span>${p}.00</span></div></div>'
                    for n, d, p in (("Nail trim", "15 mins", 15), ("Full groom", "1 hr 30 mins", 75)))
    page = (f'<html><body><header><h1>Fluff &amp; Fold Dog Grooming</h1><p>27 Grey Street, Hamilton 3216</p>'
            f'<button>{button}</button></header><section><h2>Services</h2>{items}</section>'
            f'<section><h2>About</h2><p>{prose(1)}</p></section></body></html>')
    assert pagecleaner.clean(page, input="html").page_type == kind


@pytest.mark.parametrize("tabs, service", [("Services Reviews About", True), ("Gallery Reviews About", False)])
def test_a_services_heading_under_the_row_of_tabs_that_names_it_heads_a_businesss_offers(tabs, service):
    """Setmore's booking page as scraped text: "Book now", its tabs, then "Services" over the services, each its
    name, its line and its duration and price: the heading under a row that names it is no menu's item."""
    lines = ["Fluff & Fold Dog Grooming", "27 Grey Street, Hamilton East, Hamilton 3216", "Book now", tabs, "Services",
             "Full groom – small dog", "Bath, blow-dry, clip to style, nails and ears.", "1 hr 30 mins $75.00", "Book",
             "Nail trim", "Nails clipped and filed, for dogs of every size.", "15 mins $15.00", "Book"]
    assert (pagecleaner.clean_text("\n\n".join(lines)).page_type == "service") is service


ACUITY_TYPES = (("Erstgespräch", "30 Minuten · kostenlos", "Wir lernen uns kennen und besprechen Ihre Wünsche."),
                ("Stillberatung", "60 Minuten · 45,00 €", "Hilfe beim Anlegen und bei zu wenig Milch."),
                ("Geburtsvorbereitung", "2 Tage · 180,00 €", "Samstag und Sonntag, jeweils von 10 bis 16 Uhr."))


def _acuity_page(types) -> str:
    items = "".join(f'<div class="select-item"><div>{n}</div><div>{t}</div><div>{d}</div>'
                    f'<button>Auswählen</button></div>' for n, t, d in types)
    return (f'<html><body><div><h1>Hebammenpraxis Lindenhof</h1><div>Lindenstraße 14, 79098 Freiburg</div></div>'
            f'<div><p>{prose(1)}</p></div><div><h2>Terminart wählen</h2><h3>Beratung</h3>{items}</div>'
            f'<div><h2>Kontakt</h2><p>Telefon 0761 555 2210</p></div></body></html>')


@pytest.mark.parametrize("types, kind", [
    (ACUITY_TYPES, "service"),
    (ACUITY_TYPES[:2], "article"),          # two offers: too few to tell
    # (a shop's pack sizes and prices are no durations: "500 ml · 3,49 €")
    (tuple((n, "500 ml · 3,49 €", d) for n, _, d in ACUITY_TYPES), "article"),
])
def test_offers_each_with_a_duration_and_a_price_make_a_businesss_page(types, kind):
    """Acuity's booking page: appointment types, each its name, its duration and price on a line ("60 Minuten ·
    45,00 €"), a sentence and a "select" button; no heading of services, no booking verb."""
    assert pagecleaner.clean(_acuity_page(types), input="html").page_type == kind


@pytest.mark.parametrize("text", [False, True])
def test_a_booking_pages_timed_offers_are_its_offers(text):
    """Acuity's appointment types, which main_text cut around the one it kept: each its name, its duration and
    price, its sentence; the headings over the first ("Terminart wählen", "Beratung"); not the button every offer
    repeats ("Auswählen", a line of scraped text), nor the page's lead over them."""
    from pagecleaner.filters.pagetypes import _timed_offers
    from tests.conftest import make_block
    lines = [("p", prose(1)), ("h", "Terminart wählen"), ("h", "Beratung")]
    for n, t, d in ACUITY_TYPES:
        lines += [("p", n), ("p", t), ("p", d)] + ([("p", "Auswählen")] if text else [])
    blocks = [make_block(t, i, kind="heading" if k == "h" and not text else "paragraph", level=2 if k == "h" else 0)
              for i, (k, t) in enumerate(lines)]
    found = _timed_offers(blocks, text=text)
    assert {blocks[i].text for i in found} == {"Terminart wählen", "Beratung", *(x for t in ACUITY_TYPES for x in t)}


@pytest.mark.parametrize("button, kind", [
    ("<button>Add</button>", "product"), ("<button>Compare</button>", "article"),
    # (a product's "Add to trolley", and "Add" on two related products' cards: still its one buy button, Esselunga's)
    ("<button>Add to trolley</button><button>Add</button><button>Add</button>", "product"),
])
def test_a_grocers_add_button_alone_makes_a_products_page(button, kind):
    """Morrisons' product: its name, its price and price per kilo, a <button> "Add" (the reader drops it), then
    its information; no "Add to trolley" in words."""
    page = (f'<html><body><main><h1>Morrisons Wonky Carrots 1kg</h1><div><span>£0.60</span> <span>60p per kg</span>'
            f'</div><div>{button}</div><h2>Product information</h2><h3>Description</h3>'
            f'<p>{prose(1)}</p><h3>Storage</h3><p>Keep refrigerated and eat within four days of opening.</p></main>'
            f'</body></html>')
    assert pagecleaner.clean(page, input="html").page_type == kind


def test_nuclinos_credit_makes_documentation():
    from pagecleaner.pagetype import generated_by
    assert generated_by("Erstellt mit Nuclino") and not generated_by("Erstellt mit Liebe")


@pytest.mark.parametrize("credit, made", [("Powered by Docsie", True), ("Powered by Tettra", True),
                                          ("Powered by Slite", True), ("Powered by Docs and more", False)])
def test_a_hosted_knowledge_bases_credit_makes_documentation(credit, made):
    """Docsie's portal's footer, "Powered by Docsie", and the teams' wikis' Tettra and Slite."""
    from pagecleaner.pagetype import generated_by
    assert generated_by(credit) is made


@pytest.mark.parametrize("line,mark", [("最后编辑于 2天前", True), ("最後編輯於 2026-12-05 18:14", True),
                                       ("最后编辑", False)])
def test_a_chinese_posts_last_edited_line_is_its_frame(line, mark):
    assert forum_mark(line) is mark


@pytest.mark.parametrize("button, kind", [("Book now", "service"), ("Add to cart", "product")])
def test_a_booking_button_over_offers_each_of_a_duration_and_a_price_is_a_businesss(button, kind):
    """Phorest's salon as scraped text: "Book now" under the name, then its services, each a name over its duration
    and price ("45 mins · €35") and its "Book" (no services' heading the text shows as one: no sentence around
    it); a shop's cart button over prices is a product's."""
    offers = [x for n, t in (("Classic Blow Dry", "45 mins · €35"), ("Curly Blow Dry", "1 hr · €45"),
                             ("Occasion Upstyle", "1 hr 15 mins · €65")) for x in (n, t, "Book")]
    lines = ["The Blow Bar Galway | Book Online", "The Blow Bar Galway", "14 Upper Abbeygate Street, Galway",
             button, "Services", "Blow Dries", *offers, "About", prose(1)]
    assert pagecleaner.clean_text("\n".join(lines)).page_type == kind


@pytest.mark.parametrize("fields, kind", [("19 octobre 2024 , par Yann Halgand", "listing"),
                                          ("19 octobre 2024 , le marais Brière Saint-Lyphard", "article")])
def test_cards_dated_with_their_author_after_a_comma_are_a_listing(fields, kind):
    """SPIP's section as inscriptis lays it out: each card's title, its date and its author after a comma (a space
    before it), its blurb; a date with more words after it than an author's is no card's field."""
    cards = [x for i, t in enumerate(("Chantier d'arrachage de la jussie", "Assemblée générale : le compte rendu",
                                      "Nettoyage des berges du canal")) for x in (f"* {t}", fields, prose(i))]
    assert page_type(blocks("Les Amis du Marais", "Vie de l'association", "Les derniers articles", *cards)) == kind


@pytest.mark.parametrize("button, kind", [("Termin buchen", "service"), ("Jetzt buchen", "product")])
def test_an_appointments_button_over_prices_is_a_businesss(button, kind):
    """Doctolib's practice as scraped text: the doctor's name and speciality, "Termin buchen", the address, the
    treatments, the prices ("ab 45 €"): an appointment books a person's time, no thing's; a holiday home's one
    "Jetzt buchen" by its price is a product for hire."""
    lines = ["Dr. med. Katrin Seidel, Hautärztin in Leipzig | Doctolib", "Dr. med. Katrin Seidel",
             "Hautärztin (Dermatologin)", button, "Adresse", "Markt 9", "04109 Leipzig", prose(1), "Preise",
             "Hautkrebs-Screening (Selbstzahler) ab 45 €", "Lasertherapie je Sitzung ab 120 €"]
    assert page_type(blocks(*lines)) == kind


@pytest.mark.parametrize("heading, service", [("Behandlungen und Leistungen", True), ("Treatments & services", True),
                                              ("Behandlungen und Nebenwirkungen", False)])
def test_a_practices_treatments_and_services_head_its_offers(heading, service):
    assert (SERVICES.match(heading) is not None) is service


@pytest.mark.parametrize("button, kind", [("Prenota un tavolo", "service"), ("Aggiungi al carrello", "product")])
def test_a_tables_booking_button_over_a_restaurants_prices_is_a_businesss(button, kind):
    """TheFork's trattoria: its name, its average price, its address, a <button> "Prenota un tavolo" (the reader
    drops it and counts it), its story, its dishes with their prices: a table books a business's time, no thing."""
    page = (f"<html><body><main><section><h1>Trattoria da Bruna</h1><div>Emiliana · Prezzo medio 28 €</div>"
            f"<div>Via del Pratello 41, 40122 Bologna</div><button>{button}</button></section><section><h2>"
            f"Informazioni</h2><p>{prose(1)}</p></section><section><h2>Primi</h2><ul><li>Tortellini in brodo 14 €</li>"
            f"<li>Tagliatelle al ragù 12 €</li></ul></section></main></body></html>")
    assert pagecleaner.clean(page, input="html").page_type == kind


@pytest.mark.parametrize("line, mark", [("Bài viết: 48", True), ("Tham gia: 12/03/2021", True),
                                        ("Bài viết này rất hay", False)])
def test_a_posters_card_in_vietnamese_marks_a_thread(line, mark):
    """mvnForum's thread: each poster's card, "Bài viết: 48" (posts) and "Tham gia: 12/03/2021" (joined)."""
    assert forum_mark(line) is mark


@pytest.mark.parametrize("credit, kind", [("Cookie settings Powered by Calendly", "service"),
                                          ("Powered by Ghost", "article")])
def test_a_scheduling_services_credit_makes_a_booking_page(credit, kind):
    """Calendly's page as scraped text: the coach's name, a sentence, three event types each a name, a duration
    alone and a sentence, then the footer's credit to the scheduling service."""
    types = [x for n, d in (("Intro call", "15 min"), ("Coaching session", "60 min"), ("CV review", "45 min"))
             for x in (n, d, prose(1))]
    assert page_type(blocks("Maya Okafor | Calendly", "Maya Okafor", prose(2), *types, credit)) == kind


def _alumni_topic(post: str) -> str:
    comments = "".join(f'<div class="comment"><div class="comment__author"><a href="/u/{i}">Member {i}</a> '
                       f'<time>{i + 1} days ago</time></div><div class="comment__body"><p>{prose(i)}</p></div></div>'
                       for i in range(3))
    return (f'<html><body><div class="hb-page hb-forum"><section class="hb-forum__topic"><h1>Advice on moving into '
            f'data science?</h1><div class="{post} {post}--first"><div class="{post}__author"><a href="/u/9">Priya '
            f'Raman</a> <time>3 days ago</time></div><div class="{post}__body"><p>{prose(5)}</p><p>{prose(6)}</p>'
            f'</div></div>'
            f'<div class="comments">{comments}</div></section></div></body></html>')


@pytest.mark.parametrize("post, kind", [("post", "forum"),
                                        ("entry", "article")])     # (no post's element: a story's comments)
def test_comments_under_a_boards_opening_post_are_its_replies(post, kind):
    """Hivebrite's topic: its opening post in a "post" element inside the board's "hb-forum", its replies each a
    "comment" there too; SPIP's comments, its "forum", stand under no post (test_sentences_in_a_boards_messages_…)."""
    assert pagecleaner.clean(_alumni_topic(post), input="html").page_type == kind


@pytest.mark.parametrize("line, timed", [("1h15 · à partir de 49 €", True), ("2h30 · 120 €", True),
                                         ("45 mins · from $35", True), ("60 Min. · ab 45 €", True),
                                         ("15min30 · 4 €", False), ("1h15 · Balayage", False)])
def test_an_offers_hours_written_frenchs_way_and_its_least_price_are_its_timed_line(line, timed):
    from pagecleaner.pagetype import timed_price
    assert timed_price(line) is timed


PLANITY_SOUP = ("Atelier Coiffure Margaux\n27 rue Vauban, 69006 Lyon\n\n\nFemme\nShampoing, coupe et brushing\n"
                "1h\n · \n58 €\nChoisir\n\n\nCouleur racines\n1h15\n · \nà partir de 49 €\nChoisir\n\n\n"
                "Balayage\n2h30\n · \nà partir de 120 €\nChoisir\n\n\nÀ propos\n{about}\n")


@pytest.mark.parametrize("old, new, kind", [("", "", "service"),
                                            (" · ", "", "service"),     # (its price right under its duration)
                                            ("€", "avis", "article")])  # (durations over no price)
def test_a_scraped_offers_duration_and_price_split_by_soup_are_its_timed_line(old, new, kind):
    """Planity's salon as soup: each offer's duration, " · " and its price an element each, a line each."""
    text = PLANITY_SOUP.format(about=prose(1))
    assert pagecleaner.clean_text(text.replace(old, new) if old else text).page_type == kind


@pytest.mark.parametrize("price_line, kind", [
    ("0,79 € 1 kg = 1,58 € inkl. MwSt., zzgl. Versandkosten", "product"),     # (the price opens it)
    ("Unser Preis für Sie heute nur 0,79 €, solange der Vorrat reicht", "article"),    # (a sentence's price)
])
def test_a_products_price_line_opens_with_its_price_its_unit_price_and_tax_note_after_it(price_line, kind):
    """EDEKA24's product as html_text: its price, price per kilo and tax note inline, one line of 55 characters."""
    text = f"Haferflocken zart\n\n{price_line}\n\nAuf Lager\n\nMenge In den Warenkorb\n\n{prose(1)}\n\n{prose(2)}"
    assert pagecleaner.clean_text(text).page_type == kind


def test_a_quantitys_label_glued_to_the_buy_button_is_the_buy_row():
    """inscriptis joins a <label> and the <button> after it with no space: "MengeIn den Warenkorb"."""
    from pagecleaner.pagetype import BUY
    assert BUY.match("MengeIn den Warenkorb") and BUY.match("QuantityAdd to cart")
    assert not BUY.match("Mengein den Warenkorb")      # (a word of a sentence: no capital where the button starts)


LOGSEQ_TEXT = ("Biztonsági mentés\n\nMinden oldal\nGráf\nKedvencek\nBevezetés\nTelepítés\n\nBiztonsági mentés\n\n"
               f"{prose(1)}\n\nKézi mentés\n\n{prose(2)}\n\n{{refs}}")


@pytest.mark.parametrize("refs, kind", [("2 hivatkozás\n\nSzerverek\n\nNem hivatkozott említések", "documentation"),
                                        ("3 Linked References\n\nServers\n\nUnlinked References", "documentation"),
                                        # (a notes tree's children under it: Trilium's shared note)
                                        ("Child notes:\n\nServers\n\nPrinters", "documentation"),
                                        ("Podřízené poznámky\n\nObnova jednoho souboru", "documentation"),
                                        ("Szerverek", "article")])
def test_a_notes_graphs_references_sections_make_it_documentation(refs, kind):
    """Logseq's published page: under the blocks, the pages that link to it ("2 Linked References") and those
    that name it unlinked ("Unlinked References"), in the graph's language; Trilium's, its child notes."""
    assert pagecleaner.clean_text(LOGSEQ_TEXT.format(refs=refs)).page_type == kind


@pytest.mark.parametrize("credit, kind", [("Creato con Mighty Networks", "forum"),
                                          ("Made with Mighty Networks", "forum"),
                                          ("Creato con WordPress", "article")])
def test_a_communitys_credit_in_what_it_was_made_with_makes_a_thread(credit, kind):
    """Mighty Networks' post in Italian: its footer credits the community's software with "Creato con"."""
    replies = "".join(f'<div class="comment-item"><div class="comment-body"><p>{prose(i)}</p></div></div>'
                      for i in range(2))
    page = (f'<html><body><main><h1>Come conservare il lievito madre?</h1><div class="post-body"><p>{prose(5)}</p>'
            f'</div><section class="post-comments">{replies}</section></main><footer><span>{credit}</span></footer>'
            f'</body></html>')
    assert pagecleaner.clean(page, input="html").page_type == kind


def test_a_posts_clap_is_its_like():
    """Mighty Networks' buttons under each reply, "Applaudi Rispondi" (clap, reply), and the post's counts, "14
    Applausi 3 commenti"."""
    from pagecleaner.filters.pagetypes import _buttons_alone, _card_count
    assert _buttons_alone("Applaudi Rispondi") and _buttons_alone("Clap Reply") and not _buttons_alone("Applaudi")
    assert _card_count("14 Applausi 3 commenti") and _card_count("32 claps")


@pytest.mark.parametrize("under, amounts", [("(388 reviews)", []), ("Nur online erhältlich", [2])])
def test_a_rating_over_its_count_of_reviews_is_no_price(under, amounts):
    """Zocdoc's profile as soup: the doctor's name (the title shows it), "4.92" / "(388 reviews)", a rating split
    from its count, which a product's price with no currency would not have under it."""
    from pagecleaner.pagetype import _named_amounts
    from tests.conftest import make_blocks
    blocks = make_blocks("Dr. Elena Vasquez, DDS | Zocdoc", "Dr. Elena Vasquez, DDS", "4.92", under)
    assert _named_amounts(blocks) == amounts


@pytest.mark.parametrize("line, shop", [("Filtrera 112 produkter PopulärastLägsta pris", True),
                                        ("112 produkter Populärast", True),
                                        ("Tested 12 products", False),      # (no filter's button before it)
                                        ("We tested 12 products", False)])
def test_a_toolbar_that_opens_with_its_count_of_products_is_a_shops(line, shop):
    """City Gross's category as scraped text: its filter button, its count, its sort control's options, no label."""
    from pagecleaner.pagetype import _counted_toolbar
    assert _counted_toolbar(line) is shop


@pytest.mark.parametrize("priced, kind", [(True, "service"),
                                          (False, "article")])     # (over no price: a page read as it shows)
def test_a_reservations_widget_over_a_menus_prices_makes_a_restaurants_page(priced, kind):
    """OpenTable's restaurant as html_text: its description, "Make a reservation" and its fields, its menu's
    dishes each a name, a price and a sentence, its details."""
    dishes = [("Full Somerset breakfast", "£13.50"), ("Smashed avocado", "£9.75"), ("Buttermilk pancakes", "£8.50")]
    lines = ["The Copper Kettle", prose(1), "Make a reservation", "Party size 2 people Date Find a time", "Menu",
             *(f"{n} {p}" if priced else n for n, p in dishes), "Additional information", prose(2)]
    assert pagecleaner.clean_text("\n\n".join(lines)).page_type == kind


def test_a_turkish_boards_post_frame_marks_a_thread():
    """phpFox's forum in Turkish: each post's member card, "Katılım: Mart 2022 · Gönderiler: 87" (joined, posts),
    its buttons, "Alıntı Beğen Şikayet Et" (quote, like, report), and the footer's credit."""
    from pagecleaner.pagetype import COMMUNITY_CREDIT, button_row
    assert forum_mark("Katılım: Mart 2022 · Gönderiler: 87") and forum_mark("Gönderiler: 87")
    assert button_row("Alıntı Beğen Şikayet Et") and not button_row("Bir et yemeği")
    assert COMMUNITY_CREDIT.match("Powered by phpFox")


DENNER_CARDS = (("Frey Chocolat au lait extra fin", "8.95", "1.79/100 g"), ("Lindt Excellence Noir 70%", "2.95",
                                                                             "2.95/100 g"),
                ("Cailler Blanc", "2.40", "2.40/100 g"))


@pytest.mark.parametrize("unit, kind", [(True, "collection"), (False, "article")])
def test_a_categorys_amounts_over_their_prices_per_unit_are_its_cards_prices(unit, kind):
    """Denner's category as scraped text: each card a name, an amount with no currency, its price per 100 g and
    "En filiale" (sold in its shops: no buy button)."""
    cards = [line for n, p, u in DENNER_CARDS for line in (n, p, *((u,) if unit else ()), "En filiale")]
    text = "\n\n".join(["Chocolat", "Tablettes, pralinés et chocolat à cuire, au lait, noir ou blanc.",
                        "58 produits", *cards])
    assert pagecleaner.clean_text(text).page_type == kind


def test_a_shops_tiles_each_an_article_element_keep_their_fields():
    """Denner's category: each product's tile an <article> (its name, price, old price, price per 100 g): the
    list, not other stories' cards beside the page's own."""
    tiles = "".join(f'<article class="product-card"><h3>{n}</h3><p class="price">{p}</p><p>{u}</p>'
                    f'<button>In den Warenkorb</button></article>' for n, p, u in DENNER_CARDS)
    page = (f"<html><body><main><h1>Chocolat</h1><p>Tablettes, pralinés et chocolat à cuire, au lait, noir ou "
            f"blanc.</p><div>{tiles}</div></main></body></html>")
    a = pagecleaner.clean(page, input="html")
    assert a.page_type == "collection" and all(u in a.body for _, _, u in DENNER_CARDS)


CLINIKO_TYPES = (("Initial consultation", "45 minutes", "$110.00", "Assessment, diagnosis and your first treatment."),
                 ("Standard consultation", "30 minutes", "$90.00", "Follow-up treatment for an existing condition."),
                 ("Clinical Pilates", "60 minutes", "$45.00", "Small-group class on the reformer, four at most."))


@pytest.mark.parametrize("credit, kind", [("Online bookings powered by Cliniko", "service"),
                                          ("Privacy policy", "listing")])
def test_a_booking_pages_linked_offers_under_a_scheduling_services_credit(credit, kind):
    """Cliniko's booking page: appointment types each one link holding its name, duration, price and sentence; the
    footer credits the scheduling service, so the cards are the business's offers, no list of posts."""
    items = "".join(f'<li><a href="/b/{i}"><span>{n}</span> <span>{d}</span> <span>{p}</span><span>{t}</span></a></li>'
                    for i, (n, d, p, t) in enumerate(CLINIKO_TYPES))
    page = (f"<html><body><header><h1>Harbourside Physio</h1></header><main><h2>Select an appointment type</h2>"
            f"<ul>{items}</ul></main><footer><span>{credit}</span></footer>"
            f"</body></html>")
    a = pagecleaner.clean(page, input="html")
    assert a.page_type == kind and "Assessment, diagnosis" in a.body     # (kept either way: as a service's
    #                                                                       offers, or as a listing's cards)


@pytest.mark.parametrize("price", ["$110.00", ""])      # (no price: no offer's line)
def test_a_booking_pages_offers_each_one_linked_line_come_back(price):
    """Cliniko's appointment types as the link rule took them, each card one line: its name, duration, price and
    sentence ("Initial consultation 45 minutes $110.00 Assessment, …")."""
    from pagecleaner.filters.pagetypes import _linked_durations
    from tests.conftest import make_block
    blocks = [make_block(f"{n} {d} {price} {t}".replace("  ", " "), i).remove("link_density", "links")
              for i, (n, d, _, t) in enumerate(CLINIKO_TYPES)]
    assert _linked_durations(blocks) == (frozenset(range(3)) if price else frozenset())


def test_octopress_read_on_is_a_teasers_button():
    from pagecleaner.pagetype import read_more
    assert read_more("Read on →") and read_more("Read on") and not read_more("Read on to find out why it failed")


@pytest.mark.parametrize("line, kind", [("Fume cupboard last edited by Mr Patel 2 years ago Page history",
                                         "documentation"),
                                        ("Page history", "documentation"),      # (a wiki's link to its revisions)
                                        ("The page history of Rome", "article")])
def test_a_wiki_pages_link_to_its_history_makes_documentation(line, kind):
    """PBworks' page: its line of facts over the text, the last edit and the link to the page's history."""
    assert page_type(blocks(line, prose(1), prose(2))) == kind
