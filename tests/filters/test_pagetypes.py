"""Passes by page type: a listing keeps its cards, a forum thread every post (HTML and text)."""
from pathlib import Path

import pytest

import pagecleaner
from pagecleaner.config import Config
from pagecleaner.filters.context import AFTER_SPAN, BEFORE_SPAN
from pagecleaner.filters.pagetypes import PRICES_HEADING, _description
from pagecleaner.pipeline import Context
from tests.conftest import make_block, make_blocks, prose


BLURB = "A weekly letter for cooks who get home late: one recipe, one technique, one thing to stop worrying about."


def _listing(n_prose: int = 0, button: str = "Continue") -> str:
    """A page of story cards, each a linked title over its blurb and a 'Continue' button (`button`, its card's
    number as {i}); `n_prose` paragraphs of a story above them."""
    cards = "".join(f'<article class="post"><h2><a href="/post-{i}">Council passes housing rule number {i}</a></h2>'
                    f'<div class="excerpt"><a href="/post-{i}">Residents had asked the council for more time before '
                    f'the vote on rule {i}, the mayor said.</a></div>'
                    f'<a href="/post-{i}">{button.format(i=i)}</a></article>'
                    for i in range(6))
    paragraphs = "".join(f"<p>{prose(i)}</p>" for i in range(n_prose))
    return f"<html><body><main><h1>Housing</h1>{paragraphs}{cards}</main></body></html>"


def test_a_listing_keeps_its_cards_titles_and_blurbs_not_their_buttons():
    a = pagecleaner.clean(_listing(), input="html")
    assert a.page_type == "listing"
    assert all(f"Council passes housing rule number {i}" in a.body for i in range(6))
    assert "before the vote on rule 5" in a.body and "Continue" not in a.body
    restored = [b for b in a.blocks if b.kept and b.text.startswith("Council passes")]
    assert len(restored) == 6


@pytest.mark.parametrize("over,kept", [
    (("Blog", "heading", 1), True),             # the listing's <h1>, its description under it
    (("Sponsored", "heading", 2), False),       # another heading: what stands under it is not the listing's
    (("Home", "paragraph", 0), False),          # no heading over it
])
def test_a_listings_description_under_its_h1_is_its_own(over, kept):
    """Grav's blog page: its <h1>, a line of description main_text left out as before the text, then the cards."""
    text, kind, level = over
    blocks = [make_block(text, 0, kind=kind, level=level),
              make_block("Notes from the housing desk: rules, rents and the council.", 1).remove("main_text",
                                                                                                  BEFORE_SPAN)]
    ctx = Context(config=Config(), input="html", meta={"headline": "Housing"}, page_type="listing")
    assert (_description(blocks, frozenset({2, 3}), ctx) == [1]) is kept


@pytest.mark.parametrize("name,given", [("Erkélykert", [1, 0]),     # (the blog's name, its link home, and its line)
                                        ("Other", [1])])            # (a heading that names no page: its line alone)
def test_a_blogs_name_linking_home_and_the_line_under_it_head_its_front_page(name, given):
    """blog.hu's front page: <h1><a href="/">Erkélykert</a></h1>, its tagline under it, no sentence."""
    blocks = [make_block("Erkélykert", 0, kind="heading", level=1).remove("link_density", "links"),
              make_block("Zöldség és fűszernövény egy budapesti erkélyen", 1).remove("main_text", BEFORE_SPAN)]
    ctx = Context(config=Config(), input="html", meta={"headline": name}, page_type="listing")
    assert _description(blocks, frozenset({2, 3}), ctx) == given


def test_a_product_cards_sellers_place_goes():
    """Daraz's card: its seller's province in an element the class calls "location", under its stars' count."""
    cards = "".join(f'<div class="gridItem"><div class="title"><a href="/p{i}">Wireless earbuds model {i} with case, '
                    f'40 hours of playtime</a></div><div class="price"><span>Rs. </span><span>{i + 2},499</span></div>'
                    f'<div class="priceExtra"><del>Rs. {i + 5},999</del> <span>-42%</span></div>'
                    f'<div class="rating"><i class="star"></i><span>({i + 3}12)</span></div>'
                    f'<div class="location--eh0Ro">{place}</div></div>'
                    for i, place in enumerate(["Punjab", "Sindh", "Islamabad", "Balochistan", "Gilgit"]))
    a = pagecleaner.clean(f"<html><body><h1>Wireless Earbuds</h1><div class='box'>{cards}</div></body></html>",
                          input="html")
    assert a.page_type == "collection" and "Rs. 6,499" in a.body and "Sindh" not in a.body


def _resale_cards() -> str:
    """Poshmark's category: each card's linked title, its price and old price, its size and brand ("Size: 8 ·
    Hunter", links) and its seller's name in an element the class calls "creator"."""
    cards = "".join(f'<div class="card"><a class="cover" href="/l/{i}"><img src="{i}.jpg" alt=""></a>'
                    f'<div class="details"><a class="tile__title" href="/l/{i}">{name}</a>'
                    f'<div class="price"><span>${i + 20}</span> <span>${i + 90}</span></div>'
                    f'<div class="size"><a>Size: {i + 5}</a> <span>·</span> <a>{name.split()[0]}</a></div>'
                    f'<div class="tile__creator"><img src="u{i}.jpg" alt=""><span>{seller}</span></div></div></div>'
                    for i, (name, seller) in enumerate([
                        ("Hunter Original Tall Rain Boots Black", "closet_of_anna"),
                        ("Sorel Lolla Waterproof Chelsea Boots", "mainestyle"),
                        ("Kamik Jennifer Rain Boots, Navy", "thriftybea"),
                        ("Bogs Classic Mid Floral Rain Boots", "rainydaycloset"),
                        ("Crocs Classic Rain Boot Lilac", "pnw_finds")]))
    return (f"<html><body><main><h1>Women's Rain Boots</h1><p>2,318 listings</p><div class='tiles'>{cards}</div>"
            f"</main></body></html>")


def test_a_cards_fact_under_its_price_is_no_title_of_a_card_of_its_own():
    a = pagecleaner.clean(_resale_cards(), input="html")
    assert a.page_type == "collection" and "Sorel Lolla Waterproof Chelsea Boots" in a.body


def test_a_product_cards_sellers_name_goes():
    a = pagecleaner.clean(_resale_cards(), input="html")
    assert "Kamik Jennifer Rain Boots, Navy" in a.body and "thriftybea" not in a.body


def test_a_classifieds_adverts_are_its_cards_not_advertisements():
    """Jiji's category: "12,482 ads" over cards each one link in an element the class calls an advert, its title,
    price, blurb and place inside."""
    cards = "".join(f'<div class="b-list-advert__item"><a href="/g/{i}"><img src="{i}.jpg" alt="">'
                    f'<div class="title">{name}</div><div class="price">₦ {i + 1}85,000</div>'
                    f'<div class="description">Brand new, key start, with wheels and {i + 6} months warranty.</div>'
                    f'</a></div>' for i, name in enumerate(["Sumec Firman SPG3000E2 2.5kVA Generator",
                                                            "Elepaq SV7500 6.5kVA Generator",
                                                            "Tiger TG1550 1.2kVA Generator",
                                                            "Mikano 20kVA Soundproof Diesel Generator"]))
    page = (f"<html><body><h1>Generators in Lagos</h1><span>12,482 ads</span><div class='gallery'>{cards}</div>"
            f"</body></html>")
    a = pagecleaner.clean(page, input="html")
    assert a.page_type == "collection" and "Elepaq SV7500 6.5kVA Generator" in a.body and "₦ 385,000" in a.body


def test_a_scraped_listings_card_title_is_never_its_headline():
    """Beehiiv's home page as text: each card's title, blurb and date; the last card's title over its date reads
    like a story's headline over its date line, and the cards above it went as lying above the headline. The
    headline is the page's own title line (the newsletter's name), and the last card's date no date of the page's."""
    cards = [line for title, date in (("A dal that is ready before the rice", "Nov 21, 2026"),
                                      ("Sharpen once a month, hone every night", "Nov 14, 2026"),
                                      ("Stop worrying about freezing rice", "Nov 7, 2026"))
             for line in (title, f"{BLURB} The cook at home on {date} will know.", date)]
    a = pagecleaner.clean_text("\n\n".join(["The Night Shift Kitchen", "Posts Login Subscribe", *cards]))
    assert a.page_type == "listing" and a.headline == "The Night Shift Kitchen" and a.published is None
    assert all(title in a.body for title in cards[::3])


def test_a_listings_buttons_that_name_their_cards_titles_go():
    """Drupal's teaser link, "Read more<span class="visually-hidden"> about {title}</span>": a button, on every
    card, the last one's too (which the cards given back would otherwise bring back)."""
    a = pagecleaner.clean(_listing(button='Read more<span class="visually-hidden"> about Council passes housing rule '
                                          'number {i}</span>'), input="html")
    assert a.page_type == "listing" and "Council passes housing rule number 5" in a.body
    assert "Read more" not in a.body


def test_a_scraped_listings_buttons_that_name_their_cards_titles_stay_out_of_the_cards_given_back():
    """A blog's category page as text: each card's title, blurb, date and "Continue reading: <title>",
    main_text keeping the first card alone; the cards it cut come back, not the buttons among them."""
    from pagecleaner.filters.pagetypes import _card_fields
    titles = ("A dal that is ready before the rice", "Sharpen once a month, hone every night",
              "Stop worrying about freezing rice")
    lines = [line for n, title in enumerate(titles)
             for line in (title, f"{BLURB} Number {n} of the winter's letters.", f"March {8 - n}, 2026",
                          f"Continue reading: {title}")]
    blocks = [make_block(t, i) if i < 3 else make_block(t, i, removed_by="main_text", reason=AFTER_SPAN)
              for i, t in enumerate(lines)]
    out = _card_fields(blocks, listing=True)
    assert all(out[k].kept for k in (4, 5, 8, 9))            # the titles and blurbs of the cards cut
    assert not any(out[k].kept for k in (3, 7, 11))         # not the buttons among them


def test_an_articles_box_of_cards_stays_out():
    a = pagecleaner.clean(_listing(n_prose=5), input="html")
    assert a.page_type == "article" and "Council passes housing rule" not in a.body


def _thread(markup: str = '{"@type": "DiscussionForumPosting"}') -> str:
    """A thread of four posts, each with its author's card (name, rank, fields) beside its text."""
    replies = ["I have the same problem with my router every evening, and a reset did not help at all.",
               "Sounds like a channel conflict with your neighbours. Try switching the wifi channel.",
               "Thanks, that worked!", "Check the logs of the router first, an update may run every evening."]
    posts = "".join(f'<article class="message" id="post-{i}"><section class="user"><h5>Senior member</h5>'
                    f'<dl><dt>Joined</dt><dd>March {i + 1}, 2018</dd><dt>Location</dt><dd>Vienna</dd></dl>'
                    f'</section><div class="message-body"><div class="text">{t}</div></div></article>'
                    for i, t in enumerate(replies))
    return (f'<html><head><script type="application/ld+json">{markup}</script></head><body>'
            f'<h1>Router drops the connection every evening</h1><div class="thread">{posts}</div></body></html>')


def test_a_thread_keeps_every_post_and_drops_each_posts_frame():
    a = pagecleaner.clean(_thread(), input="html")
    assert a.page_type == "forum"
    assert "Thanks, that worked!" in a.body and "update may run every evening" in a.body
    assert "Senior member" not in a.body and "Vienna" not in a.body
    frames = {b.text for b in a.blocks if b.removed_by == "thread_posts"}
    assert {"Senior member", "Vienna"} <= frames


def test_a_replys_header_of_its_author_and_time_beside_its_text_is_its_frame():
    """Dcard's replies: each a "comment" <div> holding its header (floor, school, name, time) and its text, two
    <div>s of the same path; the class rule takes both, thread_posts gives back the text, not the header."""
    replies = ["釘孔屬於正常使用的耗損，房東不能因此扣押金。", "謝謝！我明天先寄存證信函。", "冷氣濾網的清洗費通常幾百元，扣一萬二太誇張了。"]
    items = "".join(f'<div class="comment"><div class="comment-header"><span>B{i + 1}</span> <span>國立政治大學 · 匿名</span> '
                    f'<span>3月{12 + i}日 22:03</span></div><div class="comment-body">{t}</div></div>'
                    for i, t in enumerate(replies))
    html = ('<html><head><script type="application/ld+json">{"@type": "DiscussionForumPosting"}</script></head><body>'
            '<main><article><h1>租屋押金被扣一半合理嗎？</h1><div class="post">退租時房東說牆壁有三個釘孔、冷氣濾網沒洗，要扣一半押金。'
            f'請問這樣合理嗎？可以去哪裡申訴？</div></article><section class="comments">{items}</section></main></body></html>')
    a = pagecleaner.clean(html, input="html")
    assert a.page_type == "forum" and all(t in a.body for t in replies)
    assert "匿名" not in a.body and "22:03" not in a.body


def test_a_posts_signature_after_its_text_is_its_frame():
    """HardWare.fr's posts: the text's <p>s, then the poster's <span class="signature"> in the same <div>."""
    html = _thread().replace('<div class="text">', '<div class="text"><p>').replace(
        '</div></div></article>', '</p><div class="edited"></div><span class="signature">--------------- <br>Config : '
                                  'Ryzen 5 7600, 32 Go DDR5</span></div></div></article>')
    a = pagecleaner.clean(html, input="html")
    assert a.page_type == "forum" and "Thanks, that worked!" in a.body and "Ryzen" not in a.body


def test_an_article_gets_nothing_back_from_thread_posts():
    a = pagecleaner.clean(_thread('{"@type": "NewsArticle"}'), input="html")
    assert not any(b.removed_by == "thread_posts" for b in a.blocks)


def _thread_text() -> str:
    """A thread as a scraper flattens it: each post's title, author line, 'Quote' button, text, name, fields."""
    replies = ["I have a problem with my router: every evening around eight the connection drops for ten minutes.",
               "Sounds like a channel conflict with your neighbours. Try switching the wifi channel.",
               "Check the logs of the router first.", "Thanks, that worked!"]
    lines = ["Router drops connection every evening", "Post Reply 4 posts • Page 1 of 1"]
    for i, (name, text) in enumerate(zip(("alice", "bob", "carol", "alice"), replies)):
        lines += ["Re: Router drops connection every evening", f"{name} » Tue Mar 3, 2020 8:1{i} pm", "Quote",
                  text, name, f"Posts: {10 * i + 3}", f"Joined: Mon Jan 1{i}, 2018"]
    return "\n\n".join(lines + ["Post Reply", "Powered by phpBB® Forum Software © phpBB Limited"])


def test_a_scraped_thread_keeps_every_posts_sentences_not_their_fields():
    a = pagecleaner.clean_text(_thread_text())
    assert a.page_type == "forum"
    assert "Try switching the wifi channel." in a.body and "Thanks, that worked!" in a.body
    assert "Check the logs of the router first." in a.body
    assert "Quote" not in a.body and "Posts: 13" not in a.body and "Powered by" not in a.body


def test_a_scraped_threads_opening_post_under_its_date_line_comes_back():
    """Forumotion's thread as text: each post's header ("por pacorider Lun 9 Nov 2026 - 19:12") over its text and
    its author's card ("Mensajes : 37"), the opening post's signature said again under its author's later post;
    the opening post is the thread's text (main_text started at the first reply), the signature no headline."""
    sig = "Ruta de los domingos, siempre que no llueva"
    posts = [("pacorider", "Lun 9 Nov 2026 - 19:12", "Tengo una Honda CB125F de 2021 con 9.000 km y el manual dice "
              "cada 6.000 km, pero en el taller me dicen que cada 3.000.", sig),
             ("Mari_GS", "Lun 9 Nov 2026 - 20:40", prose(1), None),
             ("Txema", "Mar 10 Nov 2026 - 8:05", prose(2), None),
             ("pacorider", "Mar 10 Nov 2026 - 13:51", prose(3), sig)]
    lines = ["¿Cada cuánto cambiar el aceite de una moto de 125?", "Moteros de Albacete", "Índice", "Buscar",
             "Miembros", "¿Cada cuánto cambiar el aceite de una moto de 125?", "Nuevo tema Responder al tema"]
    for name, when, text, signature in posts:
        lines += [f"por {name} {when}", text] + ([signature] if signature else []) + \
            [name, f"Mensajes : {len(name) * 7}", "Fecha de inscripción : 14/03/2025", "Volver arriba"]
    a = pagecleaner.clean_text("\n\n".join(lines + ["Permisos de este foro:",
                                                    "No puedes responder a temas en este foro."]))
    assert a.page_type == "forum" and a.headline == "¿Cada cuánto cambiar el aceite de una moto de 125?"
    assert a.body.startswith("Tengo una Honda") and all(prose(i) in a.body for i in (1, 2, 3))
    assert "Mensajes" not in a.body and "Permisos" not in a.body


def test_a_scraped_questions_text_over_its_buttons_is_its_post_when_main_text_kept_nothing_above():
    """Brainly's question as text: its title, its text, its buttons ("Odpowiedz Obserwuj Zgłoś nadużycie!"), then
    the answers each with their buttons; main_text kept the first answer only, the question's text comes back with
    the answers, not the similar questions under their heading."""
    answers = ["Nie trzeba. Sprawdź najpierw, czy trójkąt jest prostokątny, bo wtedy wystarczy jeden wzór.",
               "Ze wzoru Herona też wyjdzie, tylko liczenia jest więcej i łatwiej o pomyłkę w pierwiastku."]
    lines = ["Brainly.pl › Matematyka › Szkoła podstawowa", "Oblicz pole trójkąta o bokach 5 cm, 12 cm i 13 cm.",
             "Nie wiem, od czego zacząć. Czy trzeba użyć wzoru Herona?", "Odpowiedz Obserwuj Zgłoś nadużycie!",
             "Odpowiedzi"]
    for name, text in zip(("matma_pl", "olek2011"), answers):
        lines += [f"{name} Ekspert", text, "Dziękuję 14", "Zgłoś nadużycie!"]
    lines += ["Zobacz podobne odpowiedzi", "Jak obliczyć pole trójkąta równobocznego?", "Regulamin", "Kontakt"]
    a = pagecleaner.clean_text("\n\n".join(lines))
    assert a.page_type == "forum" and all(text in a.body for text in answers)
    assert "Czy trzeba użyć wzoru Herona?" in a.body
    assert "równobocznego" not in a.body and "Zgłoś" not in a.body


def test_a_threads_opening_post_is_its_text_not_a_standfirst():
    a = pagecleaner.clean_text(_thread_text())
    assert a.summary is None and a.body.startswith("I have a problem with my router")


def _category(cards: str, title: str, declared: str | None = "CollectionPage") -> str:
    """A shop's category page: its title, a paragraph of description, its cards (`declared`: its JSON-LD type)."""
    head = f'<head><script type="application/ld+json">{{"@type": "{declared}"}}</script></head>' if declared else ""
    return f"<html>{head}<body><main><h1>{title}</h1><p>{prose(1)}</p>{cards}</main></body></html>"


def test_a_collections_cards_keep_their_titles_alone():
    """A shop's category page (a CollectionPage): each card a product's linked name over its price and button,
    no blurb; the names stay (end_matter would read each as a heading over nothing)."""
    names = ["Colombia Huila Coffee", "Kenya AA Coffee", "Ethiopia Sidamo Coffee", "Brazil Santos Coffee",
             "Guatemala Antigua Coffee", "Peru Organic Coffee"]
    cards = "".join(f'<li class="product"><a href="/p/{i}"><h2>{n}</h2><span>€{10 + i}.90</span></a>'
                    f'<a href="/cart?add={i}">Add to cart</a></li>' for i, n in enumerate(names))
    a = pagecleaner.clean(_category(f'<ul class="products">{cards}</ul>', "Single-origin coffee"), input="html")
    assert a.page_type == "collection" and all(n in a.body for n in names)


def test_a_collections_cards_that_are_one_link_each_keep_their_prices():
    """Squarespace's product card is one link around the photo, the name and the price: the price, its line all
    link, comes back with the name on a shop's category page."""
    names = ["Stoneware Mug, Ash Glaze", "Pour-Over Cone", "Large Serving Bowl", "Bud Vase, Set of Three",
             "Dinner Plate, Speckled White", "Salt Cellar with Lid"]
    cards = "".join(f'<div class="ProductList-item"><a href="/shop/p/{i}"><h1 class="ProductList-title">{n}</h1>'
                    f'<div class="product-price">${30 + i}.00</div></a></div>' for i, n in enumerate(names))
    a = pagecleaner.clean(_category(f'<div class="ProductList">{cards}</div>', "Tableware"), input="html")
    assert a.page_type == "collection" and all(n in a.body and f"${30 + i}.00" in a.body for i, n in enumerate(names))


def test_a_collections_names_of_two_words_come_back_with_the_longer_ones():
    """Thalia's book tiles: each a link around the cover and a <p> of the title, the author and the price under it;
    a title of two words ("Schwarzer Winter") is no card's title for the list (too short), but its element is the
    one the other titles stand in: it comes back with them."""
    names = ["Das stille Haus am Deich", "Schwarzer Winter", "Die Tote vom Ammersee", "Nachtzug nach Triest",
             "Kalte Spur in Kiel"]
    cards = "".join(f'<li class="tile"><a href="/a/{i}"><img src="/{i}.jpg" alt=""><p class="tile-title">{n}</p></a>'
                    f'<p class="tile-author">Hanna Brodersen</p><p class="tile-format">Taschenbuch</p>'
                    f'<p class="tile-price">{14 + i},00 €</p><button>In den Warenkorb</button></li>'
                    for i, n in enumerate(names))
    a = pagecleaner.clean(_category(f'<ul class="tiles">{cards}</ul>', "Krimis", None), input="html")
    assert a.page_type == "collection" and all(n in a.body for n in names)


def test_a_collections_names_under_their_makers_of_two_words_come_back():
    """Farfetch's cards: one link around the maker, the name and the price, each a <p> of no class; where the maker
    is one word the name is read over its price, where it is two ("New Balance") the maker is read as the name and
    the name under it as its category: the name comes back all the same (not LiteCart's maker under a name)."""
    cards = [("Veja", "V-10 leather trainers", "£150"), ("adidas", "Samba OG trainers", "£100"),
             ("New Balance", "530 low-top trainers", "£110"), ("Golden Goose", "Super-Star distressed sneakers",
                                                                 "£435"),
             ("On Running", "Cloudtilt mesh trainers", "£160")]
    items = "".join(f'<li><a href="/p/{i}"><img src="/{i}.jpg" alt=""><div><p>{maker}</p><p>{name}</p><div><p>{price}'
                    f'</p></div></div></a><button>Add to wishlist</button></li>' for i, (maker, name, price)
                    in enumerate(cards))
    html = ('<html><head><script type="application/ld+json">{"@type": "ItemList"}</script></head><body><main>'
            f'<h1>Women\'s Trainers</h1><p>{prose(1)}</p><ul class="products">{items}</ul></main></body></html>')
    a = pagecleaner.clean(html, input="html")
    assert a.page_type == "collection" and all(name in a.body and maker in a.body for maker, name, _ in cards)


def test_a_collections_prices_the_menu_rule_took_among_the_cards_badges_come_back():
    """IdeaSoft's cards: a badge over two of them ("Yeni"), a linked name, a price in a <div>, a button; the badges
    and prices read as a run of short lines (a menu's) once the names and buttons are out: the prices come back,
    not the badges."""
    names = ["Erken Hasat Zeytinyağı 500 ml", "Memecik Zeytinyağı 1 L", "Teneke Zeytinyağı 5 L",
             "Limonlu Zeytinyağı 250 ml"]
    cards = "".join(f'<div class="showcase">{"<div class=label>Yeni</div>" if i % 2 == 0 else ""}'
                    f'<div class="showcase-title"><a href="/urun/{i}">{n}</a></div>'
                    f'<div class="showcase-price">{389 + i},00 TL</div><a class="btn" href="/sepet/ekle/{i}">Sepete '
                    f'Ekle</a></div>' for i, n in enumerate(names))
    a = pagecleaner.clean(_category(f'<div class="showcase-container">{cards}</div>', "Zeytinyağları", None),
                          input="html")
    assert a.page_type == "collection"
    assert all(n in a.body and f"{389 + i},00 TL" in a.body for i, n in enumerate(names))
    assert "Yeni" not in a.body and "Sepete" not in a.body


def test_a_scraped_categorys_last_card_the_menu_rule_took_with_the_footer_comes_back():
    """MyCashflow as html_text: each card's name and price on a line over its buy button; the last card's line, its
    stock beside the price, runs into the footer's links, and the menu rule takes them together."""
    names = ["Villasukat, harmaa", "Villasukat, luonnonvalkoinen", "Lapsen villasukat, punainen",
             "Polvisukat, tummansininen"]
    lines = ["Villasukat", prose(1)] + [x for i, n in enumerate(names) for x in (f"{n} {24 + i},90 €",
                                                                                "Lisää ostoskoriin")]
    lines += ["Tossut huopapohjalla 39,00 € Vähissä", "Lisää ostoskoriin", "Asiakaspalvelu", "Toimitusehdot",
              "Palautukset", "Yhteystiedot"]
    a = pagecleaner.clean_text("\n\n".join(lines))
    assert a.page_type == "collection" and "Tossut huopapohjalla 39,00 €" in a.body
    assert "Toimitusehdot" not in a.body and "Lisää ostoskoriin" not in a.body


def test_a_scraped_categorys_card_titles_over_their_stock_lines_come_back():
    """Upgates as html_text: each card's name, its stock ("Skladem"), its price, its button; the menu rule takes the
    names with the stock lines, and the names come back (the line over the price is the stock's, the name over it),
    not the stock lines."""
    names = ["Sencha Kagoshima 50 g", "Darjeeling First Flush 2026 50 g", "Assam Hajua 100 g",
             "Bílý čaj Pai Mu Tan 30 g"]
    lines = ["Čaje", "Úvod / Čaje", prose(1)]
    for i, n in enumerate(names):
        lines += ["Novinka"] * (i == 0) + [n, "Skladem", f"{189 + i} Kč", "Do košíku"]
    a = pagecleaner.clean_text("\n\n".join(lines + ["Nákup", "Doprava a platba", "Reklamace", "Kontakty"]))
    assert a.page_type == "collection" and all(n in a.body for n in names)
    assert "Skladem" not in a.body and "Do košíku" not in a.body


def test_a_news_sections_cards_each_called_a_promo_come_back():
    """Brightspot's section page (fixtures/pagetypes) calls each story's card a "PagePromo", which the class rule
    takes for an ad's word: on a listing the cards' titles and blurbs come back (their bylines and dates stay
    out)."""
    page = (Path(__file__).parents[2] / "fixtures" / "pagetypes" / "html" / "listing-brightspot.html").read_text()
    a = pagecleaner.clean(page, input="html")
    assert a.page_type == "listing" and "Heat pump rebates run out in six weeks" in a.body
    assert "Residents can water gardens again on any day of the week" in a.body and "By Maria Lopez" not in a.body


def test_a_collections_cards_in_an_element_called_a_gallery_come_back():
    """Wix Stores calls its grid of products a gallery ("gallery-app-root"), which the class rule takes for photos:
    on a shop's category the cards' names and prices come back, not their buttons."""
    names = ["Taza de cerámica", "Cuenco para desayuno", "Plato llano", "Jarra de agua", "Tetera de gres",
             "Set de dos vasos"]
    cards = "".join(f'<li><a href="/p/{i}"><h3>{n}</h3><div class="price">{18 + i},00 €</div></a>'
                    f'<div><a href="/cart?add={i}">Añadir al carrito</a></div></li>' for i, n in enumerate(names))
    a = pagecleaner.clean(_category(f'<div class="gallery-app-root"><ul>{cards}</ul></div>', "Vajilla", None),
                          input="html")
    assert a.page_type == "collection" and all(n in a.body and f"{18 + i},00 €" in a.body for i, n in enumerate(names))
    assert "Añadir" not in a.body


@pytest.mark.parametrize("promo,back", [("Any 3 for £4 Clubcard Price", False), ("£0.49", True)])
def test_a_cards_promotion_on_several_stays_out_of_the_cards_given_back(promo, back):
    """Tesco's card: its promotion in an element called a promo, "Any 3 for £4 Clubcard Price", is an offer on
    several products, not the card's price (a price alone there is)."""
    names = ["Tesco Carrots 1Kg", "Tesco Broccoli 335G", "Tesco Leeks 500G", "Tesco Baby Spinach 200G"]
    cards = "".join(f'<li><h3><a href="/p/{i}">{n}</a></h3><div class="promo"><span>{promo}</span></div>'
                    f'<p class="price">£{i + 1}.25</p><button>Add</button></li>' for i, n in enumerate(names))
    a = pagecleaner.clean(_category(f'<ul>{cards}</ul>', "Fresh Vegetables", None), input="html")
    assert a.page_type == "collection" and all(n in a.body for n in names) and (promo in a.body) is back


def test_a_collections_tiles_each_a_price_over_its_linked_name_in_a_caption_come_back():
    """Costco's tiles: Bootstrap's "thumbnail" of a picture over its "caption", which the class rule takes for a
    photo's; in it the price over the linked name, a discount's badges and the rating beside them. The names and
    prices come back, not the badges ("$100 OFF", "After $100 OFF") nor the rating."""
    names = ["Breville Barista Express Espresso Machine", "Keurig K-Supreme Plus Single Serve Coffee Maker",
             "Ninja Specialty Coffee Maker with Frother", "Cuisinart 14-Cup Programmable Coffee Maker"]
    tiles = "".join(f'<div class="product"><div class="thumbnail"><a href="/p/{i}"><img src="/{i}.jpg" alt=""></a>'
                    f'<div class="caption"><div class="badge">$100 OFF</div>'
                    f'<div class="price">${599 - 100 * i}.99</div>'
                    f'<p class="promo">After $100 OFF</p><p class="description"><a href="/p/{i}">{n}</a></p>'
                    f'<div class="ratings">Rated 4.{8 - i} out of 5 stars based on 2,11{i} reviews.(2,11{i})</div>'
                    f'</div></div></div>' for i, n in enumerate(names))
    a = pagecleaner.clean(_category(f'<div class="product-list">{tiles}</div>', "Coffee Makers", None), input="html")
    assert a.page_type == "collection"
    assert all(n in a.body and f"${599 - 100 * i}.99" in a.body for i, n in enumerate(names))
    assert "OFF" not in a.body and "Rated" not in a.body


@pytest.mark.parametrize("title,kind", [("Diensten – Hoveniersbedrijf De Linde", "service"),
                                        ("Diensten", "article")])     # (a menu's first item, no site after it)
def test_a_scraped_services_page_keeps_every_offer_under_its_title(title, kind):
    """BeTheme's page of services as html-text renders it: the <title>, the menu, the title again as the page's
    heading, a lead, then three offers each a name over a sentence (no heading marks them in text); the title says
    services, and each offer comes back, not the button and the footer under them."""
    offers = [("Tuinontwerp", "Een ontwerp op schaal met beplantingsplan, afgestemd op de grond en de zon in uw tuin."),
              ("Aanleg", "Bestrating, vijvers, schuttingen en beplanting, uitgevoerd door onze eigen hoveniers."),
              ("Onderhoud", "Snoeien, maaien en bemesten volgens een jaarplan, met vaste bezoekdagen.")]
    lines = [title, "", "Home", "Diensten", "Projecten", "Contact", "", "Diensten", "",
             "Van een nieuwe border tot het hele jaar onderhoud: wij werken met vaste ploegen en planten uit eigen "
             "kwekerij in Houten.", ""]
    for name, line in offers:
        lines += [name, "", line, ""]
    lines += ["Vraag een offerte aan", "", "© 2026 Hoveniersbedrijf De Linde. All Rights Reserved."]
    a = pagecleaner.clean_text("\n".join(lines))
    assert a.page_type == kind
    if kind == "service":
        assert all(name in a.body and line in a.body for name, line in offers) and "offerte" not in a.body


def test_a_scraped_threads_posts_last_line_over_the_next_posts_date_is_no_headline():
    """XMB's thread as inscriptis lays it out: the opening post's paragraph, then its short question, then the next
    post's header with its date ("ValveMan posted on 8-3-2026 at 11:40"): the question ends the post, it is no
    title with its date under it, and the paragraph over it stays."""
    opening = ("I have just recapped my Bush DAC90A, every wax capacitor and both smoothing electrolytics. It plays "
               "again, but there is a loud hum that does not change with the volume control.")
    lines = ["Vintage Radio Workshop", "", "tom_h posted on 8-3-2026 at 09:12", "Junior Member", "Posts: 14",
             "Registered: 11-2-2025", "", opening, "", "Any idea where to look first?", ""]
    for i, name in enumerate(["ValveMan", "tom_h"]):
        lines += [f"{name} posted on {8 + i}-3-2026 at 11:40", "Super Moderator", f"Posts: {3207 + i}",
                  "Registered: 5-9-2009", "", prose(i), ""]
    a = pagecleaner.clean_text("\n".join(lines))
    assert a.page_type == "forum" and opening in a.body and a.headline != "Any idea where to look first?"


def test_a_scraped_threads_post_header_over_its_date_line_is_its_frame():
    """Doctissimo's post as html-text renders it: "#2", the poster's name and profile over "Posté le 08-03-2026 à
    14:22:10", which the date rule takes, and "Citer Signaler", then the post: the lines over the date line go too."""
    lines = ["Réveils nocturnes vers 3h du matin, des conseils ?", ""]
    for i in range(3):
        lines += [f"#{i + 1}", f"Doctinaute_{i}", "Profil : Doctinaute", f"Posté le 0{i + 1}-03-2026 à 14:22:10",
                  "Citer Signaler", "", prose(i), ""]
    a = pagecleaner.clean_text("\n".join(lines))
    assert a.page_type == "forum" and all(prose(i) in a.body for i in range(3))
    assert "Doctinaute_1" not in a.body and "Profil" not in a.body


@pytest.mark.parametrize("name,gone", [("Barbara M.", True), ("It works now.", False)])
def test_a_scraped_threads_poster_named_with_an_initial_is_the_posts_frame(name, gone):
    """FUDforum's post as soup splits it: the poster's name over "Nachrichten: 2104" and "Registriert: März 2012";
    a name ending with its initial's full stop ends no sentence (a line of the post's text does)."""
    lines = ["Filter und Pumpen", "Trübes Wasser nach dem Filterwechsel"]
    for i in range(3):
        lines += [f"Sa, 0{i + 1} März 2026 19:22", name if i == 1 else f"Poster {i}", f"Nachrichten: {20 + i}",
                  "Registriert: Januar 2025", prose(i), "Zitieren"]
    a = pagecleaner.clean_text("\n\n".join(lines))
    assert a.page_type == "forum" and all(prose(i) in a.body for i in range(3))
    assert (name not in a.body) is gone


def _question_and_answers() -> str:
    """A Q&A thread as Stack Exchange marks it up: the question's post beside the list of its answers (not in it),
    each post's text in its own element, a comment under the question."""
    def post(cls: str, text: str, n: int) -> str:
        return (f'<div class="{cls}"><div class="votes">{n}</div><div class="post-text"><p>{text}</p></div>'
                f'<div class="signature">answered by user{n}</div>')
    answers = ["Use the union operator, which builds a new dictionary and leaves both of the originals alone.",
               "Copy the first dictionary and update the copy with the second one; it works in every version.",
               "Unpack both into a new literal, which is one expression and fast enough for most programs."]
    comment = ('<ul class="comments"><li class="comment"><span class="comment-copy">Note that the union operator '
               'came in a later version, so check which one you have first.</span></li>'
               '<li class="comment"><span class="comment-user">Bob Smith Mar 1, 2020 at 10:00</span></li></ul>')
    question = post("question", "How do I merge two dictionaries into a new one in a single expression?", 0)
    return ('<html><head><script type="application/ld+json">{"@type": "QAPage"}</script></head><body>'
            '<h1>How do I merge two dictionaries?</h1><div id="mainbar">'
            f'{question}{comment}</div><div id="answers"><h2>3 Answers</h2>'
            + "".join(post("answer", t, i + 1) + "</div>" for i, t in enumerate(answers))
            + "</div></div></body></html>")


def test_a_questions_post_beside_its_answers_list_is_the_threads_opening_post():
    a = pagecleaner.clean(_question_and_answers(), input="html")
    assert a.page_type == "forum"
    assert a.body.startswith("How do I merge two dictionaries into a new one")
    assert "Unpack both into a new literal" in a.body


def test_a_comment_under_a_post_is_a_reply_of_the_thread_not_its_authors_line():
    a = pagecleaner.clean(_question_and_answers(), input="html")
    assert "Note that the union operator came in a later version" in a.body
    assert "Bob Smith" not in a.body


def _group_discussion() -> str:
    """A group's discussion as a social network's engine lays it out (Elgg's): the opening post, then a box of
    comments holding each reply (its author's name and age over its text) and, a <p> of the same path as the
    replies' text, the prompt to log in to reply; the engine's credit under the page."""
    def reply(name, age, text):
        return (f'<li class="elgg-item"><div class="elgg-image-block"><div class="elgg-body"><div class="elgg-subtext">'
                f'<a href="/profile/{name}">{name}</a> {age}</div><div class="elgg-output"><p>{text}</p></div></div>'
                '</div></li>')
    return ('<html><body><div class="elgg-page"><div class="elgg-main"><h2>Quel compost pour les bacs surélevés ?</h2>'
            '<div class="elgg-content"><div class="elgg-output"><p>Nous montons trois bacs surélevés près de '
            "l'entrée pour les voisins. Faut-il les remplir uniquement de compost, ou mélanger avec de la terre "
            'du jardin ?</p></div></div><div class="elgg-comments"><h3>Réponses</h3><ul class="elgg-list">'
            + reply("Jacques Lefèvre", "il y a 3 jours", "Surtout pas que du compost jeune : il chauffe et brûle les "
                    "racines. Un tiers de compost pour deux tiers de terre, et des branches broyées au fond.")
            + reply("Samia Naceur", "il y a 2 jours", "On peut laisser mûrir le compost de la plateforme un mois "
                    "sous une bâche avant de remplir. Je peux prêter ma brouette samedi.")
            + '</ul><p>Vous devez être connecté pour répondre à cette discussion. <a href="/login">Connexion</a></p>'
            '</div></div></div><div class="elgg-page-footer"><a href="https://elgg.org">Propulsé par Elgg</a></div>'
            '</body></html>')


def test_a_prompt_to_log_in_among_the_replies_is_no_posts_text_nor_does_it_bring_their_headers_back():
    a = pagecleaner.clean(_group_discussion(), input="html")
    assert a.page_type == "forum"
    assert "Surtout pas que du compost jeune" in a.body and "Je peux prêter ma brouette samedi." in a.body
    assert "il y a 3 jours" not in a.body and "Samia Naceur" not in a.body
    assert "Vous devez être connecté" not in a.body


def _question_and_answers_text() -> str:
    """The same Q&A thread as a scraper flattens it: each post's score and buttons, its text and code, its
    signature with its time, its author's name and reputation."""
    posts = [("I want to merge two dictionaries into a new one. Is there a way to do it in one expression?",
              "z = merge(x, y)", "asked Sep 2, 2008 at 7:44", "Carl Meyer", "124k 20"),
             ("In recent versions you can use the union operator, which leaves both originals alone:", "z = x | y",
              "answered Nov 10, 2014 at 22:11", "Aaron Hall", "395k 93"),
             ("In older versions, unpacking both into a new literal does the same in one expression:",
              "z = {**x, **y}", "answered Sep 2, 2008 at 7:50", "Thomas Vander Stichele", "36.5k"),
             ("Copy the first one and update the copy with the second one; it works in every version:",
              "z = x.copy()", "answered Sep 2, 2008 at 7:49", "dvdpr", "1,522")]
    lines = ["How do I merge two dictionaries in a single expression?"]
    for i, post in enumerate(posts):
        lines += ["Up vote", str(6785 - 1000 * i), "Down vote", *post]
    return "\n\n".join(lines + ["Hot Network Questions", "Why does the moon look bigger near the horizon?"])


def test_a_scraped_question_keeps_its_answers_text_and_code_not_their_scores_and_names():
    a = pagecleaner.clean_text(_question_and_answers_text())
    assert a.page_type == "forum"
    for text in ("z = merge(x, y)", "union operator", "z = x | y", "unpacking both into a new literal",
                 "z = {**x, **y}", "update the copy", "z = x.copy()"):
        assert text in a.body
    for frame in ("Aaron Hall", "395k 93", "5785", "Up vote", "Thomas Vander Stichele", "moon"):
        assert frame not in a.body


def _listing_with_fields(n_prose: int = 0) -> str:
    """Story cards, each with its date and its author's name marked up as the author's ("March 1, 2020 by Jane
    Doe"), under `n_prose` paragraphs of a story."""
    cards = "".join(f'<article class="post"><h2><a href="/post-{i}">Council passes housing rule number {i}</a></h2>'
                    f'<div class="meta">March {i + 1}, 2020 by <span class="author">Jane Doe</span></div>'
                    f'<p>Residents had asked the council for more time before the vote on rule {i}, the mayor said.'
                    f'</p></article>' for i in range(6))
    paragraphs = "".join(f"<p>{prose(i)}</p>" for i in range(n_prose))
    return f"<html><body><main><h1>Housing</h1>{paragraphs}{cards}</main></body></html>"


def test_a_listings_cards_dates_and_authors_go_and_are_not_the_pages():
    a = pagecleaner.clean(_listing_with_fields(), input="html")
    assert a.page_type == "listing"
    assert "Council passes housing rule number 5" in a.body and "before the vote on rule 5" in a.body
    assert "Jane Doe" not in a.body and "March 1, 2020" not in a.body
    assert {r.filter for r in a.removed if "Jane Doe" in r.text} == {"listing_cards"}
    assert a.byline is None


def test_the_days_on_a_list_of_events_and_an_archives_one_line_entries_stay():
    """A list of events (its element's class says so): each card's day heads it, the day the event takes place;
    Bear's archive: each entry its day and its title, the title a link, a card of one line."""
    events = "".join(f'<li><div class="date">March {16 + i}, 2026</div><h2><a href="/e/{i}">Tech summit number {i}'
                     f'</a></h2><p>Atlanta, United States</p><p>{prose(i)}</p></li>' for i in range(4))
    a = pagecleaner.clean(f'<html><body><main><h1>Upcoming events</h1><ul class="events">{events}</ul></main>'
                          '</body></html>', input="html")
    assert a.page_type == "listing" and "March 16, 2026" in a.body and "March 19, 2026" in a.body
    entries = "".join(f'<li><span><time datetime="2026-0{i + 1}-01">01 {m} 2026</time></span> <a href="/p{i}">'
                      f'{t}</a></li>' for i, (m, t) in enumerate([("jan", "Mi escritorio en 2026"),
                                                                ("feb", "Tres meses con una agenda"),
                                                                ("mar", "Un huerto en el balcón"),
                                                                ("abr", "Mi bici nueva de 2026")]))
    a = pagecleaner.clean(f'<html><body><main><h1>Blog</h1><ul class="blog-posts">{entries}</ul></main>'
                          '</body></html>', input="html")
    assert "Mi escritorio en 2026" in a.body and "Mi bici nueva de 2026" in a.body


def test_an_articles_author_the_markup_shows_is_its_byline():
    a = pagecleaner.clean('<html><body><main><h1>Council passes housing rule</h1><div class="meta">March 1, 2020 by '
                          f'<span class="author">Jane Doe</span></div><p>{prose(1)}</p><p>{prose(2)}</p>'
                          '</main></body></html>', input="html")
    assert a.page_type == "article" and a.byline == "Jane Doe"


def _discussion_text() -> str:
    """A discussion thread as a scraper flattens it: each comment's header with its score and age, its text, a
    list in one of them, its buttons."""
    comments = [("maple_dad", "311", ["Join a community workshop first: you get to use the big machines."]),
                ("oak_and_ash", "42", ["That is a great idea, I did not know there was one near me. Thank you!"]),
                ("chisel_queen", "187", ["Start with hand tools and one small project, like a cutting board:",
                                         "Japanese pull saw", "Three chisels", "Combination square"]),
                ("router_bit", "95", ["Buy safety glasses and hearing protection before any power tool."])]
    lines = ["What is the best way to learn woodworking as an adult?",
             "I am 41 and have never built anything, but I would love to make simple furniture for our house."]
    for name, score, text in comments:
        lines += [f"[–] {name} {score} points 8 months ago", *text, "permalink embed save report reply"]
    return "\n\n".join(lines)


def test_a_scraped_discussion_keeps_every_comment_and_a_list_that_ends_one():
    a = pagecleaner.clean_text(_discussion_text())
    assert a.page_type == "forum"
    assert "Join a community workshop first" in a.body and "Buy safety glasses" in a.body
    assert "Japanese pull saw" in a.body and "Combination square" in a.body
    assert "permalink" not in a.body


def test_a_threads_post_is_found_by_the_shape_most_of_its_words_have_not_the_sidebars_blurb():
    """A discussion page: the board's blurb in a sidebar first, then the opening post, then the comments, each
    under its header with its score and age. The posts' text is what the thread keeps, the opening post with it."""
    def thing(name: str, text: str) -> str:
        return (f'<div class="thing comment"><div class="entry"><p class="tagline">[–]{name} 311 points 8 months '
                f'ago</p><form class="usertext"><div class="usertext-body"><div class="md"><p>{text}</p></div></div>'
                '</form></div></div>')
    replies = "".join(thing(f"user{i}", f"{prose(i)} Reply number {i}.") for i in range(4))
    page = ('<html><body><div class="side"><div class="titlebox"><p>A place for woodworkers of all skill levels to '
            'share their projects.</p></div></div><div class="content"><div class="sitetable">'
            '<p class="title">What is the best way to learn woodworking?</p><form class="usertext"><div class="md">'
            '<p>I am 41 and have never built anything, but I would love to make simple furniture.</p></div></form>'
            f'</div><div class="commentarea"><div class="nestedlisting">{replies}</div></div></div></body></html>')
    a = pagecleaner.clean(page, input="html")
    assert a.page_type == "forum"
    assert "I am 41 and have never built anything" in a.body
    assert all(f"Reply number {i}." in a.body for i in range(4))


def test_a_vbulletin_thread_keeps_every_post_and_drops_each_posts_frame():
    """vBulletin 4's markup: each post an <li> with its header (date, number), the author's card (name, title,
    "Join Date" / "Posts" as a <dl>) and its text in a blockquote, "Reply With Quote" under it."""
    replies = ["My car makes a grinding noise when I turn the steering wheel all the way to the left. Any ideas?",
               "Sounds like a CV joint to me. Check the rubber boots on the axles for tears and grease around them.",
               "Thanks, I looked and the left boot is indeed torn. Is it hard to replace the axle myself?",
               "Not hard with basic tools. Budget about two hours the first time and use a torque wrench."]
    posts = "".join(f'<li class="postcontainer" id="post_{i}"><div class="posthead"><span class="date">03-1{i}-2020, '
                    f'08:1{i} PM</span><a class="postcounter">#{i + 1}</a></div><div class="postdetails">'
                    f'<div class="userinfo"><a class="username">user{i}</a><span class="usertitle">Senior Member'
                    f'</span><dl><dt>Join Date</dt><dd>Jan 2011</dd><dt>Posts</dt><dd>4,812</dd></dl></div>'
                    f'<div class="postbody"><div class="content"><blockquote class="postcontent">{t}</blockquote>'
                    f'</div></div></div><div class="postfoot"><a class="quote">Reply With Quote</a></div></li>'
                    for i, t in enumerate(replies))
    a = pagecleaner.clean(f'<html><body><h1>Thread: Grinding noise when turning</h1><ol id="posts">{posts}</ol>'
                          '</body></html>', input="html")
    assert a.page_type == "forum"
    assert all(t in a.body for t in replies)
    assert "Join Date" not in a.body and "Senior Member" not in a.body and "4,812" not in a.body


def test_a_mybb_thread_drops_each_posts_header_beside_its_text():
    """MyBB: each post's header (its time), its author's card and its text are each a <div> of the same path; the
    text's is the one that says something, so the header and the card are the post's frame."""
    replies = ["Tengo una olla exprés de acero de unos quince años y tarda mucho en subir la presión.",
               "Casi seguro que es la junta. Con el uso se endurece y deja de cerrar bien.",
               "Me pasó lo mismo, la cambié y ya pita a los cinco minutos.",
               "Gracias a los dos era la junta"]        # (no full stop: five words or more say something)
    posts = "".join(f'<div class="post"><div class="post_author"><div class="author_information"><a>user{i}</a>'
                    f'<br>Miembro</div><div class="author_statistics">Mensajes: 21{i}<br>Temas: 3<br>Registro en: '
                    f'Mar 2019</div></div><div class="post_content"><div class="post_head"><span class="post_date">'
                    f'1{i}-10-2026, 09:12</span></div><div class="post_body">{t}</div></div></div>'
                    for i, t in enumerate(replies))
    a = pagecleaner.clean(f'<html><body><h1>¿Cada cuánto cambiar la goma?</h1><div id="posts">{posts}</div>'
                          '</body></html>', input="html")
    assert a.page_type == "forum" and all(t in a.body for t in replies)
    assert "10-2026" not in a.body and "Mensajes" not in a.body


SMF_POSTS = [("kettle_joe", "Newbie", "12", "I bought a used espresso machine and the steam wand only sputters. "
              "The boiler heats up fine and the pressure gauge shows one bar. What should I check first?"),
             ("crema_queen", "Hero Member", "2,311", "Descale it first. A sputtering wand on an older machine is "
              "almost always limescale in the steam valve or the tip."),
             ("kettle_joe", "Newbie", "12", "That fixed it, thank you! The tip was completely blocked with scale."),
             ("bean_counter", "Global Moderator", "9,876", "Good to hear. Use filtered water from now on and descale "
              "every two months.")]


def test_a_threads_posts_inside_the_boards_moderation_form_are_its_text():
    """SMF wraps a thread's posts in its moderation form ("quickModForm"), the thread's title above it: a form
    with paragraphs of prose on a forum page is no form to leave out."""
    posts = "".join(f'<div class="post_wrapper"><div class="poster"><h4>{n}</h4><ul><li>{rank}</li>'
                    f'<li>Posts: {count}</li></ul></div><div class="postarea"><div class="keyinfo"><h5>Re: Steam '
                    f'wand only sputters</h5></div><ul class="quickbuttons"><li>Quote</li></ul><div class="post">'
                    f'<div class="inner">{text}</div></div></div></div>' for n, rank, count, text in SMF_POSTS)
    a = pagecleaner.clean('<html><body><h3>Topic: Steam wand only sputters</h3><form id="quickModForm">'
                          f'{posts}</form></body></html>', input="html")
    assert a.page_type == "forum"
    assert all(text in a.body for *_, text in SMF_POSTS)


def test_a_scraped_threads_marks_and_the_lines_right_above_them_are_the_posts_frames():
    """The thread as text: each post's name, rank, "Posts:" and "Karma:" fields, its subject and time, "Quote",
    its text, "Report to moderator Logged"; main_text keeps the middle of it, marks and all."""
    lines = ["Steam wand only sputters"]
    for i, (name, rank, count, text) in enumerate(SMF_POSTS):
        lines += [name, rank, f"Posts: {count}", "Karma: +0/-0", "Re: Steam wand only sputters",
                  f"« Reply #{i} on: March 0{i + 3}, 2020, 08:1{i}:00 PM »", "Quote", text,
                  "Report to moderator Logged"]
    a = pagecleaner.clean_text("\n\n".join(lines))
    assert a.page_type == "forum"
    assert all(text in a.body for *_, text in SMF_POSTS)
    for frame in ("crema_queen", "Hero Member", "Posts: 2,311", "Quote", "Karma"):
        assert frame not in a.body
    assert a.section is None


PHPBB_POSTS = [("garyb", "12", "Mon Mar 07, 2022 9:10 am", "Sat Jun 03, 2023 4:12 pm",
                "After the last full upgrade my Pi 4 shows the rainbow screen and then nothing. The green LED blinks "
                "four times and stops. Has anyone seen this after the latest firmware update?", ""),
               ("DougieLawson", "42012", "Sun Jun 16, 2013 11:19 pm", "Sat Jun 03, 2023 4:40 pm",
                "Four blinks means the start file could not be found or is corrupt. Check whether the boot partition "
                "still has all its files.", "Languages using left-hand whitespace for syntax are ridiculous"),
               ("garyb", "12", "Mon Mar 07, 2022 9:10 am", "Sat Jun 03, 2023 5:55 pm",
                "Thanks, the boot partition was missing a file. I copied it over and the Pi boots again.", "")]


def _phpbb() -> str:
    """phpBB 3's markup: the board's name as the <h1>, the topic's title in the <title> before it and as an <h2>;
    each post's author card (a <dl>: posts, joined), its text with a "Quote" button and a "Top" link beside it, a
    signature under some; the page counter over the posts."""
    posts = "".join(
        f'<div id="p{i}" class="post bg2"><div class="inner"><dl class="postprofile"><dt><a class="username">{n}</a>'
        f'</dt><dd class="profile-posts"><strong>Posts:</strong> {count}</dd><dd class="profile-joined"><strong>'
        f'Joined:</strong> {joined}</dd></dl><div class="postbody"><div id="post_content{i}"><h3><a href="#p{i}">'
        f'Re: Pi will not boot</a></h3><ul class="post-buttons"><li><a class="button" title="Reply with quote">'
        f'<span>Quote</span></a></li></ul><p class="author">by <strong><a class="username">{n}</a></strong> &raquo; '
        f'{at}</p><div class="content">{text}</div>'
        + (f'<div id="sig{i}" class="signature">{sig}</div>' if sig else "")
        + '</div></div><div class="back2top"><a href="#top" class="top">Top</a></div></div></div>'
        for i, (n, count, joined, at, text, sig) in enumerate(PHPBB_POSTS))
    return ('<html><head><title>Raspberry Pi will not boot after the update - Raspberry Pi Forums</title></head><body>'
            '<div class="headerbar"><h1>Raspberry Pi Forums</h1></div><div id="page-body" role="main">'
            '<h2 class="topic-title"><a href="./viewtopic.php?t=1">Raspberry Pi will not boot after the update</a></h2>'
            '<div class="action-bar"><a class="button">Post Reply</a><div class="pagination">3 posts &bull; Page '
            f'<strong>1</strong> of <strong>1</strong></div></div>{posts}</div></body></html>')


def test_a_phpbb_thread_keeps_every_post_and_drops_each_posts_frame():
    a = pagecleaner.clean(_phpbb(), input="html")
    assert a.page_type == "forum" and all(p[4] in a.body for p in PHPBB_POSTS)
    for frame in ("Posts:", "Joined", "Quote", "Top", "Page 1 of 1", "left-hand whitespace"):
        assert frame not in a.body, frame


def test_a_phpbb_threads_title_and_date_are_its_first_posts_not_the_boards_or_a_members():
    a = pagecleaner.clean(_phpbb(), input="html")
    assert a.headline == "Raspberry Pi will not boot after the update"     # not the board's name in the <h1>
    assert a.published == "2023-06-03"                                     # not when the first poster joined


def test_a_threads_date_is_its_first_posts_not_the_boards_clock_over_it():
    """The board's clock in its header ("Sat Dec 05, 2026 2:02 pm", YaBB's and phpBB's "It is currently …") is a
    date line over the thread's title: the thread began when its first post says."""
    clocked = _phpbb().replace('<h1>Raspberry Pi Forums</h1>',
                               '<h1>Raspberry Pi Forums</h1><p class="clock">Sat Dec 05, 2026 2:02 pm</p>')
    a = pagecleaner.clean(clocked, input="html")
    assert a.page_type == "forum" and a.published == "2023-06-03"


def test_a_scraped_phpbb_threads_reply_subjects_and_card_fields_are_frames():
    """phpBB flattened: each post's card (name, "Posts: 12", "Joined: …", a "Location: …" field), its subject
    ("Re: …" on a reply), "Quote", its author's line, its text."""
    lines = ["Raspberry Pi will not boot after the update - Raspberry Pi Forums", "", "Board index", ""]
    for i, (name, count, joined, at, text, _) in enumerate(PHPBB_POSTS):
        lines += [name, f"Posts: {count}", f"Joined: {joined}", "Location: A small cave in deepest Basingstoke, UK",
                  "", ("Re: " if i else "") + "Raspberry Pi will not boot after the update", "", "Quote", "",
                  f"Post by {name} » {at}", "", text, prose(i), "Top", ""]    # (posts long enough for one span)
    a = pagecleaner.clean_text("\n".join(lines))
    assert a.page_type == "forum" and all(p[4] in a.body for p in PHPBB_POSTS)
    assert "Location:" not in a.body              # a field of the poster's card
    assert "Re: Raspberry Pi" not in a.body       # a reply's subject


def test_a_discourse_threads_replies_marked_as_comments_are_its_posts():
    """Discourse's page for crawlers marks each reply itemprop="comment", which the class rule reads as an
    article's comments: on a thread they are its posts, the code in one too; each post's header (its author and
    time) and its likes stay out."""
    texts = ["We write the logs to one file that grows by two gigabytes a day. When logrotate moves it, the process "
             "keeps writing to the old file until we restart it. Is there a way around that?",
             "Send it SIGHUP. Since version 2.1 the server reopens every file handler when it gets that signal.",
             "That worked, thank you. We had been restarting the service every night for months.",
             "Thanks for the report. The signal is now documented on the logging page of the manual."]
    posts = "".join(
        f"<div id='post_{i}'{'' if i == 1 else ' itemprop=comment'} class='topic-body crawler-post'>"
        f"<div class='crawler-post-meta'><span class='creator' itemprop='author'><a href='/u/user{i}'>"
        f"<span itemprop='name'>user{i}</span></a></span><span class='crawler-post-infos'><time "
        f"itemprop='datePublished' datetime='2023-05-0{i}T08:13:11Z' class='post-time'>May {i}, 2023, 8:13am"
        f"</time><span itemprop='position'>{i}</span></span></div><div class='post' itemprop='text'><p>{t}</p>"
        + ("<pre><code>systemctl kill -s HUP harbourline.service</code></pre>" if i == 2 else "")
        + f"</div><div itemprop='interactionStatistic'><span class='post-likes'>{i} Likes</span></div></div>"
        for i, t in enumerate(texts, start=1))
    a = pagecleaner.clean("<html><body><div id='main-outlet'><h1><a href='/t/rotate/1234'>How do I rotate logs "
                          "without restarting?</a></h1><div itemscope itemtype='http://schema.org/"
                          f"DiscussionForumPosting'>{posts}</div></div></body></html>", input="html")
    assert a.page_type == "forum"
    assert all(t in a.body for t in texts) and "systemctl kill -s HUP" in a.body
    assert "Likes" not in a.body and "user2" not in a.body and "8:13am" not in a.body


def test_a_scraped_listing_keeps_every_card_not_only_the_longest_run_of_prose():
    """(text) A label page of five posts, each a date, a title, a blurb of thirty words and "Leer más »" under it,
    then its author's line: main_text keeps one card's prose; the listing gets every card back, not the buttons."""
    cards = []
    for i in range(1, 6):
        cards += [f"marzo {i}, 2025", f"Receta número {i} de la abuela", prose(i), "Leer más »",
                  "Publicado por Amparo Giner en 10:30"]
    a = pagecleaner.clean_text("\n\n".join(["La cocina de Amparo: Recetas tradicionales", *cards]))
    assert a.page_type == "listing"
    assert all(prose(i) in a.body for i in range(1, 6)) and all(f"número {i}" in a.body for i in range(2, 6))
    assert "Leer más" not in a.body


def test_a_scraped_shop_category_keeps_every_product_and_its_price():
    """(text) main_text keeps the description, the longest run of prose; the collection's cards come back."""
    names = ["Savon au lait d'ânesse", "Savon surgras au miel", "Shampooing solide à l'ortie",
             "Baume à lèvres", "Pierre d'alun naturelle", "Porte-savon en bois d'olivier"]
    grid = [line for i, n in enumerate(names) for line in (n, f"{4 + i},90 €")]
    a = pagecleaner.clean_text("\n\n".join(["Soins du corps", prose(1), *grid, "Mentions légales"]))
    assert a.page_type == "collection"
    assert all(n in a.body for n in names) and "9,90 €" in a.body and "Mentions légales" not in a.body


def test_a_scraped_threads_posts_end_at_the_heading_over_other_threads():
    """XenForo's footer counts the board's threads and messages ("Threads" / "41,207"), lines shaped as a member's
    counts: past "Similar threads" they mark no post, and the login prompt over the heading is no reply."""
    lines = ["Starter smells of nail polish"]
    for i, name in enumerate(("marta_k", "crumbshot", "marta_k", "olddough")):
        lines += [name, "Joined", "Feb 2, 2024", "Messages", str(7 + i), prose(i)]
    lines += ["Like Reply", "1", "2", "Next", "Watch", "Share", "Report", "Bookmark",
              "You must log in or register to reply here.", "Similar threads",
              *(line for title in ("Hooch on top every morning - normal?", "Rye vs wheat for a new starter")
                for line in (title, "dbaker", "Jan 5, 2024", "Sourdough", "Replies", "4", "Views", "712")),
              "Share: Facebook X (Twitter) Email Share Link", "Forum statistics", "Threads", "41,207", "Messages",
              "512,993", "Members", "28,640"]
    a = pagecleaner.clean_text("\n\n".join(lines))
    assert a.page_type == "forum" and all(prose(i) in a.body for i in range(4))
    assert "You must log in" not in a.body and "Hooch" not in a.body


def _news_section() -> str:
    """(text) A news site's section as get_text("\\n") splits it: each card's title, its author, a dash, its date,
    its count of comments, then its blurb; a sidebar's titles and dates under it, and the site's blurb last."""
    cards = []
    for i in range(1, 6):
        cards += [f"Nova linha de ônibus número {i} liga o bairro ao Centro", "Renata Albuquerque", "-",
                  f"{20 + i} de novembro de 2026", str(i), prose(i)]
    sidebar = ["Mais lidas", "Feira do Produtor muda de endereço", "26 de novembro de 2026",
               "Vale Verde FC sobe para a Série A2", "25 de novembro de 2026",
               "O Jornal do Vale Verde é um veículo independente de notícias da região, fundado em 1987."]
    return "\n\n".join(["Mobilidade Arquivos - Jornal do Vale Verde", "Início", "Cidade", "Mobilidade",
                        *cards, *sidebar])


def test_a_scraped_news_section_whose_cards_put_their_date_over_their_blurb_is_a_listing():
    a = pagecleaner.clean_text(_news_section())
    assert a.page_type == "listing"
    assert all(prose(i) in a.body for i in range(1, 6)) and all(f"número {i} " in a.body for i in range(1, 6))
    # (the sidebar's title and date over the site's blurb are laid out otherwise: no card of the list)
    assert "Feira do Produtor" not in a.body and "veículo independente" not in a.body


def test_an_archives_headline_is_its_categorys_name_the_page_shows():
    assert pagecleaner.clean_text(_news_section()).headline == "Mobilidade"


def test_a_scraped_cards_date_stays_out_with_its_blurb():
    """A story over a wall and the cards of other stories, more of them than its paragraphs: their dates go with
    the blurbs the wall cut, as their titles do."""
    cards = [line for i in range(1, 9) for line in (f"Other story number {i} about the council", "Becket Adams",
                                                    f"Tuesday November {i}, 2019", prose(10 + i))]
    a = pagecleaner.clean_text("\n\n".join(["Council approves the budget", *(prose(i) for i in range(3)),
                                             "More from the Examiner", *cards]))
    assert all(prose(i) in a.body for i in range(3)) and "November" not in a.body and prose(11) not in a.body



def _comment_tree() -> str:
    """Lemmy's thread: the post in <main>, then a tree of comments each an <article class="comment">, its header
    (author • score • age) over its text; a reply nested in the first comment's item."""
    def comment(name, score, text, nested=""):
        return (f'<li class="comment" role="comment"><article class="comment-node"><div class="small">{name} • '
                f'{score} • vor 2 Wochen</div><div class="md-div"><p>{text}</p></div></article>{nested}</li>')
    nested = f'<ul class="comments">{comment("sonnenklar", 12, prose(3))}</ul>'
    tree = comment("netzmeister", 31, prose(1) + "</p><p>" + prose(2), nested) + comment("gerd", 9, prose(4))
    post = "".join(f"<p>{prose(i)}</p>" for i in (0, 10))
    return (f'<html><body><main><h1>Wechselrichter schaltet mittags ab</h1><div class="post-body">{post}'
            f'</div><ul class="comments">{tree}</ul></main><aside><p>Alles rund um Photovoltaik.</p></aside>'
            f'</body></html>')


def test_a_threads_replies_the_class_rule_took_for_comments_come_back_nested_ones_too():
    a = pagecleaner.clean(_comment_tree(), input="html")
    assert a.page_type == "forum"
    assert all(prose(i) in a.body for i in range(5)) and "vor 2 Wochen" not in a.body and prose(10) in a.body


def test_a_posts_own_paragraphs_are_not_the_threads_other_posts():
    """Two posts of three paragraphs each: the element the first post's text stands in holds two more of its
    paragraphs, the thread's element one other post; the other post is the thread's, and comes back."""
    from pagecleaner.config import Config
    from pagecleaner.filters.pagetypes import thread_posts
    from pagecleaner.pipeline import Context
    from tests.conftest import make_block
    first = [make_block(prose(k), k, tag="p", path="div>div>p", ancestors=(1, 10, 11, 12 + k)) for k in range(3)]
    other = [make_block(prose(3 + k), 3 + k, tag="p", path="div>div>p", ancestors=(1, 20, 21, 22 + k))
             .remove("main_text", "after the article's main text") for k in range(3)]
    out = thread_posts.fn(first + other, Context(config=Config(), input="html", page_type="forum"))
    assert all(b.kept for b in out)


def test_a_threads_replies_main_text_cut_are_its_posts_shape_when_they_outweigh_its_post():
    """Hacker News: the post's text in <p>s, each reply's in a <div> of its own, more words in the replies: the
    replies' shape is the posts', and they come back."""
    def reply(name, text):
        return (f'<tr class="athing comtr"><td><table><tr><td class="default"><div><span class="comhead">{name} 6 days '
                f'ago | [–]</span></div><div class="comment"><div class="commtext">{text}</div></div></td></tr></table>'
                f'</td></tr>')
    names = ("tidewatcher", "marenb", "ketch")
    replies = "".join(reply(n, prose(i) + " " + prose(i + 10)) for i, n in enumerate(names))
    page = (f'<html><body><table><tr><td><span>Show HN: A tide table CLI</span></td></tr><tr><td><div class="toptext">'
            f'<p>{prose(7)}</p></div></td></tr></table><table class="comment-tree">{replies}</table></body></html>')
    a = pagecleaner.clean(page, input="html")
    assert a.page_type == "forum" and all(prose(i) in a.body for i in range(3)) and "6 days ago" not in a.body



def test_a_scraped_shops_controls_among_its_cards_stay_out():
    """nopCommerce as html_text: its sort, page-size and filter controls stand right over the first card's price;
    the cards come back, the controls do not."""
    controls = ["Sort by Position Name: A to Z Price: Low to High", "Display 3 6 9 per page", "Filter by price"]
    cards = [line for i in range(4) for line in (f"Cordless drill model {i}", f"${189 + i}.00", "Add to cart")]
    a = pagecleaner.clean_text("\n\n".join(["Cordless Drills", prose(1), *controls, *cards]))
    assert a.page_type == "collection" and "Cordless drill model 3" in a.body and "$192.00" in a.body
    assert not any(c in a.body for c in controls)



def test_a_year_over_an_archives_cards_is_no_count():
    """Hugo's list of posts grouped by year, each year a <div> set as a heading: it stays; a card's count goes."""
    groups = "".join(f'<div class="year">{y}</div><ul>' + "".join(
        f'<li><a href="/p/{y}{i}">Post number {i} of the year {y} about the workshop</a> <span>{i}</span></li>'
        for i in range(1, 4)) + "</ul>" for y in (2026, 2025))
    a = pagecleaner.clean(f"<html><body><main><h1>Posts</h1>{groups}</main></body></html>", input="html")
    assert a.page_type == "listing" and "2026" in a.body.split("\n") and "2025" in a.body.split("\n")


@pytest.mark.parametrize("line,count", [("12 reviews", True), ("38 vues 2 commentaires", True),
                                        ("12 reviews of the best reels", False),
                                        ("随笔 - 42 文章 - 0 评论 - 17 阅读 - 5万", True),    # (a dash before
                                        ("Comments: 4", True), ("推荐(0)", True),             # each, or a colon)
                                        ("Comments - see the thread below", False),
                                        ("コメント (2) | Trackback ( 0 ) | いいね", True),   # (spaced in their
                                        ("コメント (2) | いいね お願いします", False),       # brackets, goo blog's)
                                        ("| trackbacks(0)", True),         # (its bar before it: its line of fields
                                        ("| see the thread below", False),   # split at its links, soup's)
                                        ("2431 字", True), ("5 分", True),   # (its length and reading time, Fuwari's)
                                        ("5 分で読める記事の書き方", False)])
def test_a_cards_counts_with_their_words_are_counts(line, count):
    from pagecleaner.filters.pagetypes import _card_count
    assert _card_count(line) is count


@pytest.mark.parametrize("middle,removed", [
    ("高尾・陣馬", True),          # (a category's link between the bars of a card's fields, JUGEM's in soup's shape)
    ("Walked up the ridge and down the valley before the rain came.", False),     # (a sentence: no field)
])
def test_a_field_between_the_bars_of_a_cards_split_line_of_fields_goes(middle, removed):
    from pagecleaner.filters.pagetypes import _between_bars
    from tests.conftest import make_blocks
    out = _between_bars(make_blocks("posted by 山子 | 18:40 |", middle, "| comments(4)"))
    assert out[1].removed is removed and not out[0].removed and not out[2].removed


def _community_post(post_votes: str = '<div class="post-vote vote"><span class="vote-sum">4</span></div>') -> str:
    """A support community's post (Zendesk's): the thread's state in a badge by its title, its votes under it, and
    three comments, each with its own votes, in a section the markup calls the comments."""
    replies = ["Samma problem här. Det verkar som att behörigheten återställdes vid uppdateringen.",
               "Gå till Inställningar och koppla bort Outlook, koppla sedan in den igen.",
               "Det fungerade, alla bokningar syns nu. Tack!"]
    votes = '<div class="comment-vote vote"><span class="vote-sum">{}</span></div>'
    comments = "".join(f'<li class="comment"><div class="comment-author">Maja Holm</div><section class="comment-body">'
                       f'<p>{t}</p></section>{votes.format(i)}</li>' for i, t in enumerate(replies))
    return ('<html><body><main><div class="post"><div class="post-header"><h1>Kalendern synkar inte längre</h1>'
            '<div class="status-label">Besvarad</div></div><div class="post-body"><p>Sedan uppdateringen i måndags '
            'kommer inga nya bokningar över till kalendern, men de gamla ligger kvar.</p></div>'
            f'{post_votes}<section class="comment-section" id="comments"><ul class="comment-list">{comments}</ul>'
            '</section></div></main></body></html>')


def test_a_post_and_its_comments_each_with_its_votes_are_a_thread_its_state_and_votes_no_text():
    a = pagecleaner.clean(_community_post(), input="html")
    assert a.page_type == "forum"
    assert "Det fungerade, alla bokningar syns nu. Tack!" in a.body and "koppla bort Outlook" in a.body
    assert "Besvarad" not in a.body and "4" not in a.body.split()
    assert {"Besvarad", "4"} <= {b.text for b in a.blocks if b.removed_by == "thread_posts"}


def test_a_threads_counts_of_replies_and_views_are_no_posts_text():
    """Talkyard: the opening post's line of counts under it, each post's header its author's name and handle."""
    posts = [("Anneliese Moor", "anneliese", "I moved the data folder to a larger disk and the backup now fails."),
             ("Kit Marsh", "kmarsh", "The backup job runs as its own user. Check who owns the new folder."),
             ("Anneliese Moor", "anneliese", "That was it. The backup went through last night, thanks.")]
    post = [f'<div class="dw-p"><div class="dw-p-hd">{name} {handle} Nov 2{i}, 2026</div><div class="dw-p-bd">'
            f'<p>{text}</p></div></div>' for i, (name, handle, text) in enumerate(posts)]
    stats = '<div class="stats">2 replies 14 views 2 users</div>'
    replies = "".join(f'<li><div class="dw-t">{p}</div></li>' for p in post[1:])
    page = (f'<html><body><main><h1>Backups fail after moving the data folder</h1><div class="dw-t">{post[0]}'
            f'{stats}<ol class="dw-res">{replies}</ol></div></main></body></html>')
    a = pagecleaner.clean(page, input="html")
    assert a.page_type == "forum"
    assert "Check who owns the new folder." in a.body and "2 replies 14 views" not in a.body


def test_comments_with_votes_under_a_post_without_any_are_an_articles_comments():
    """A blog's comments with their votes (wpDiscuz's), and none on the post: an article, its comments no text."""
    a = pagecleaner.clean(_community_post(post_votes=""), input="html")
    assert a.page_type == "article"
    assert "Det fungerade" not in a.body


SHOPLINE_TEXT = [   # (fixtures/pagetypes' Shopline category, as html_text flattens it)
    "Mochilas de senderismo – Sendero Outdoor", "Envío gratis en pedidos desde 60 € · Devoluciones en 30 días",
    "Mochilas", "Calzado", "Tiendas de campaña", "Ropa", "Outlet", "Buscar Iniciar sesión Carrito", "0",
    "Inicio / Colecciones / Mochilas de senderismo", "Mochilas de senderismo",
    "Mochilas para rutas de un día y para travesías de varios días, con espalda ventilada y funda para la lluvia.",
    "Filtrar", "3 productos", "Ordenar por Destacados Más vendidos Precio, de menor a mayor Precio, de mayor a menor "
    "Fecha, más reciente", "Disponibilidad", "En stock (3)", "Agotado (1)", "Precio", "€ Desde € Hasta", "Capacidad",
    "Hasta 20 L (1)", "20–35 L (1)", "Más de 35 L (1)", "Mochila Cumbre 28 L", "€79,95", "Añadir al carrito",
    "Mochila Travesía 45+10 L", "€149,00", "Añadir al carrito", "Oferta", "Mochila Ligera 18 L", "€59,95", "€44,95",
    "Añadir al carrito", "Vistos recientemente", "Aún no has visto ningún producto.", "Ayuda", "Envíos",
    "Devoluciones", "Guía de tallas", "Contacto", "Suscríbete a nuestra newsletter",
    "Rutas, novedades y un 10 % de descuento en tu primer pedido.", "Suscribirse",
    "© 2026 Sendero Outdoor · Tecnología de SHOPLINE", "Visa", "Mastercard", "PayPal", "Bizum"]


def test_a_scraped_shop_categorys_cards_come_back_under_its_filter_with_their_sale_prices():
    """(text) Shopline's category: the filter's options run into the first card's title ("Más de 35 L (1)" /
    "Mochila Cumbre 28 L", taken as one menu), the last card's sale price stands under its old one, and a card's
    title over its price is no headline (the cards above it would go as lying above it)."""
    a = pagecleaner.clean_text("\n\n".join(SHOPLINE_TEXT))
    assert a.page_type == "collection" and a.headline != "Mochila Ligera 18 L"
    assert all(line in a.body for line in ("Mochila Cumbre 28 L", "€79,95", "Mochila Travesía 45+10 L", "€149,00",
                                           "Mochila Ligera 18 L", "€59,95", "€44,95"))
    assert "Más de 35 L (1)" not in a.body and "Añadir al carrito" not in a.body



def test_a_scraped_shop_categorys_description_under_its_short_name_is_its_lead_not_the_newsletters_pitch():
    """(text) The category's name, three words, repeats its <title> line: the sentence under it is the category's
    description, no teaser's blurb; the newsletter's pitch at the foot is no text of the page."""
    a = pagecleaner.clean_text("\n\n".join(SHOPLINE_TEXT))
    assert "Mochilas para rutas de un día" in a.body and "Mochila Cumbre 28 L" in a.body
    assert "descuento en tu primer pedido" not in a.body and "Vistos recientemente" not in a.body


KIRBY_TEXT = [   # (fixtures/pagetypes' Kirby listing, as html_text flattens it)
    "Hofwerk | Notizen", "Hofwerk", "Werkstatt Kurse Notizen Über uns Kontakt", "Instagram Mastodon", "Notizen",
    "Themen: Garten Werkstatt Fahrrad", "Ein Winter ohne Heizlüfter", "18. Nov 2026",
    "Wie wir die kleine Werkstatt mit Wolle, Filz und einer alten Tür warm bekommen haben.",
    "Der Apfelbaum im Hinterhof", "2. Okt 2026",
    "Nach zwanzig Jahren trägt er wieder. Was der Schnitt im Frühjahr damit zu tun hat.",
    "Fahrradreparatur für Anfänger", "21. Aug 2026",
    "Schlauch flicken, Bremsen einstellen, Kette ölen: drei Dinge, die jeder können sollte.", "← Ältere",
    "Made with Kirby", "Hofwerk ist eine offene Werkstatt in Leipzig-Plagwitz.", "Seiten", "Impressum",
    "Datenschutz", "Folgen", "Instagram", "RSS"]


def test_a_scraped_listings_first_card_title_the_menu_rule_took_comes_back_and_is_no_headline():
    """(text) The menu rule takes the first card's title with the site's menus and the list's tags over it; over
    its date, in a list of dated cards, it is the card's, and no headline either."""
    a = pagecleaner.clean_text("\n\n".join(KIRBY_TEXT))
    assert a.page_type == "listing" and a.headline != "Ein Winter ohne Heizlüfter"
    assert "Ein Winter ohne Heizlüfter" in a.body and "Der Apfelbaum im Hinterhof" in a.body
    assert "Instagram Mastodon" not in a.body and "Themen:" not in a.body


GATSBY_TEXT = ["Todos os artigos | Cadernos de viagem", "Cadernos de viagem",
               "Escrito por Inês Rocha, que vive em Lisboa e escreve sobre viagens curtas. Siga-a no Twitter",
               "Três dias em Évora sem carro", "12 de novembro de 2026",
               "Fomos de comboio e andámos a pé. O que vimos, onde comemos e o que ficou por ver.",
               "A estrada da Serra da Estrela no inverno", "3 de outubro de 2026",
               "Correntes, neve e uma sopa no fim. Conselhos para quem nunca conduziu na neve.",
               "Porto em seis cafés", "29 de agosto de 2026",
               "Uma manhã, seis cafés e uma lista para a próxima visita.",
               "© 2026, Construído com Gatsby"]


def test_a_scraped_blogs_cards_with_short_blurbs_are_a_listing_its_authors_bio_over_them_no_cards_field():
    """(text) Gatsby's blog: each card's title, date and a blurb of ten words or more; the blog's author's bio over
    the cards opens with "Escrito por", a byline's words, and is no card's author line."""
    a = pagecleaner.clean_text("\n\n".join(GATSBY_TEXT))
    assert a.page_type == "listing"
    assert all(t in a.body for t in ("Três dias em Évora sem carro", "Porto em seis cafés", "próxima visita"))
    assert "que vive em Lisboa" not in a.body


def test_an_issues_comments_the_class_rule_took_are_the_threads_posts_not_its_prompt_to_sign_in():
    """Gitea: the whole timeline sits in an element called "comment-list"; each comment's header says who
    commented and when; under them, the prompt to sign in."""
    comments = "".join(
        f'<div class="timeline-item comment"><div class="comment-header"><span><a class="author" href="/u{i}">u{i}'
        f'</a> skomentował(a) <a class="time-since">1{i} lis 2026</a></span></div><div class="comment-body">'
        f'<p>{prose(i)}</p></div></div>' for i in range(3))
    page = ('<html><body><main><h1>Eksport do CSV gubi polskie znaki</h1><div class="issue-content-left comment-list">'
            f'{comments}<div class="timeline-item comment form"><a href="/login">Zaloguj się</a>, aby dołączyć do tej '
            'rozmowy.</div></div></main></body></html>')
    a = pagecleaner.clean(page, input="html")
    assert a.page_type == "forum"
    assert all(prose(i) in a.body for i in range(3)) and "dołączyć" not in a.body


LEADPAGES_OFFERS = [("Laufende Buchhaltung",
                     "Wir buchen Ihre Belege monatlich und schicken Ihnen eine kurze Auswertung."),
                    ("Jahresabschluss und Steuererklärung",
                     "Einnahmen-Überschuss-Rechnung, Einkommen- und Umsatzsteuererklärung aus einer Hand."),
                    ("Existenzgründung",
                     "Wir beraten Sie vor dem Start zu Rechtsform, Kleinunternehmerregelung und Finanzamt.")]


def _leadpages(dated: bool = False) -> str:
    """Leadpages: the hero, its lead and its button in one section, the offers' boxes in the next."""
    boxes = "".join(f'<div class="lp-column"><div class="lp-text"><h3>{name}</h3><p>{line}</p></div></div>'
                    for name, line in LEADPAGES_OFFERS)
    note = "<p>Stand: 12.03.2026</p>" if dated else ""
    return ('<html><body><div class="lp-section"><div class="lp-text"><h1>Steuerberatung für Selbstständige in '
            'Leipzig</h1></div><div class="lp-text"><p>Wir kümmern uns um Buchhaltung, Steuererklärung und Fristen, '
            'damit Sie sich auf Ihre Arbeit konzentrieren können.</p></div><div class="lp-button"><a href="#kontakt">'
            f'Kostenloses Erstgespräch</a></div></div><div class="lp-section"><div class="lp-row">{boxes}</div></div>'
            f'{note}</body></html>')


def test_a_business_pages_boxes_of_what_it_offers_come_back_beside_its_lead():
    a = pagecleaner.clean(_leadpages(), input="html")
    assert a.page_type == "service"
    assert all(name in a.body and line in a.body for name, line in LEADPAGES_OFFERS)
    assert {b.text for b in a.blocks if b.removed_by is None} >= {n for n, _ in LEADPAGES_OFFERS}
    assert a.byline is None                     # (its button under the lead, German nouns capitalised: no name)
    assert pagecleaner.clean(_leadpages(dated=True), input="html").page_type == "article"   # (a dated page: a post)


def _mail_archive() -> str:
    """A mailing list's thread as its web archive shows it (Google Groups'): each message its sender and time, its
    text in one <div>, its buttons "Reply all Reply to author Forward"; one reply's text a level deeper (a
    paragraph, a program, a paragraph, each in a <div> of its own); the buttons once more under the thread."""
    texts = ['<div dir="ltr">I have a worker that sends results on a channel. When the caller cancels, the worker '
             'stays blocked on the send forever. What is the usual way to stop it?</div>',
             '<div dir="ltr"><div>Put the send in a select with the context\'s Done channel:</div><pre>select {\n'
             'case out &lt;- r:\ncase &lt;-ctx.Done():\n}</pre><div>A plain send cannot be interrupted, so every '
             'send that might block needs its own select.</div></div>',
             '<div dir="ltr">Also make sure the caller stops reading only after it has cancelled, or the worker '
             'waits forever.</div>',
             '<div dir="ltr">That fixed it, thanks. The leak checker in our tests is quiet now.</div>']
    posts = "".join(f'<section role="listitem"><div class="head"><div><h3><span>Sender {i}</span></h3>'
                    f'<span>Nov 30, 2026, 4:1{i}:07 PM</span></div><div>to golang-nuts</div></div>'
                    f'<div class="body">{t}</div><div class="actions"><span role="button">Reply all</span>'
                    f'<span role="button">Reply to author</span><span role="button">Forward</span></div></section>'
                    for i, t in enumerate(texts))
    return (f'<html><body><div role="main"><h1>Context cancellation not reaching a blocked send</h1>{posts}'
            '<div><span>Reply all</span><span>Reply to author</span><span>Forward</span></div></div></body></html>')


def test_a_mail_archives_reply_whose_text_sits_a_level_deeper_is_still_a_post():
    a = pagecleaner.clean(_mail_archive(), input="html")
    assert a.page_type == "forum"       # (its messages' buttons mark a thread)
    assert "Put the send in a select" in a.body and "case out <- r:" in a.body
    assert "every send that might block needs its own select" in a.body
    assert "quiet now" in a.body and "Reply to author" not in a.body


def _scraped_category() -> str:
    """A German shop's category as scraped text (Spryker's): each card its maker over its name that begins with it,
    its count of ratings in brackets, its price with the note on tax and shipping under it, its delivery time or
    its stock, its buy button; the filters' apply button and the sort control over the cards."""
    cards = [("Brenner", "Brenner BS 12 Akkuschrauber 12 V", "79,99 €", "Sofort lieferbar"),
             ("Kraftmann", "Kraftmann KA 18 Brushless 18 V", "99,90 €", "Lieferzeit 3-5 Werktage"),
             ("Kraftmann", "Kraftmann KA 12 Set mit 2 Akkus", "149,00 €", "Nur noch 2 Stück"),
             ("Holzer", "Holzer HX 18 Schlagbohrschrauber 18 V", "189,00 €", "Sofort lieferbar")]
    lines = [line for maker, name, price, stock in cards
             for line in (maker, name, "(23)", price, "inkl. MwSt., zzgl. Versand", stock, "In den Warenkorb")]
    return "\n".join(["Akkuschrauber", "Akkuschrauber für Heimwerker und Profis, mit 12 oder 18 Volt.",
                      "Filter anwenden", "4 Artikel Sortieren nach Relevanz Preis aufsteigend", *lines,
                      "© 2026 Werkzeughaus Brandt GmbH"])


def test_a_scraped_categorys_cards_keep_their_names_and_prices_not_their_makers_counts_or_delivery():
    a = pagecleaner.clean_text(_scraped_category())
    assert a.page_type == "collection"
    body = a.body.split("\n\n")
    assert "Brenner BS 12 Akkuschrauber 12 V" in body and "79,99 €" in body and "149,00 €" in body
    for gone in ("Brenner", "Kraftmann", "(23)", "Lieferzeit 3-5 Werktage", "Nur noch 2 Stück", "Filter anwenden"):
        assert gone not in body
    makers = [b for b in a.blocks if b.text == "Kraftmann"]
    assert all(b.reason == "a card's maker over its name, which begins with it" for b in makers)


def test_a_cards_line_over_a_name_that_does_not_begin_with_it_stays():
    page = _scraped_category().replace("\nBrenner\n", "\nNeu im Sortiment\n")
    assert "Neu im Sortiment" in pagecleaner.clean_text(page).body


def test_a_shops_box_whose_buttons_all_went_takes_its_heading_with_them():
    """IKEA's product page: "How to get it" over its buttons that check delivery and stock, in a box beside the
    description; the buttons go, so does the heading over nothing."""
    box = ('<div class="buy"><h3>How to get it</h3><ul><li>Delivery Check delivery availability</li>'
           '<li>In store Check in-store stock</li></ul><button>Add to bag</button></div>')
    page = ('<html><head><meta property="og:type" content="product"></head><body><main><h1>LÅNGVIK Bookcase</h1>'
            f'<p class="price">$149.00</p>{box}<p>{prose(1)}</p><p>{prose(2)}</p></main></body></html>')
    a = pagecleaner.clean(page, input="html")
    assert a.page_type == "product" and prose(1) in a.body
    assert "How to get it" not in a.body and "Check in-store stock" not in a.body
    gone = {b.text: b.removed_by for b in a.blocks}
    assert gone["How to get it"] == "end_matter"


@pytest.mark.parametrize("boxed", [True, False])
def test_a_heading_whose_elements_blocks_all_went_is_over_nothing_on_a_shops_page_only(boxed):
    """On an article a heading's element may hold an ad the text stands beside, outside it: its heading stays."""
    from pagecleaner.filters.context import _over_nothing
    blocks = [make_block(prose(1), 0)._replace(ancestors=(1, 2)),
              make_block("Ways to lose weight", 1, kind="heading", level=2)._replace(ancestors=(1, 3, 4)),
              make_block("Advertisement", 2).remove("ad_marker", "an ad")._replace(ancestors=(1, 3, 5)),
              make_block(prose(2), 3)._replace(ancestors=(1, 6))]
    assert _over_nothing(blocks, 1, 3, boxed=boxed) is boxed


def _feed(feed_class: str = "h-feed") -> str:
    """An IndieWeb blog's index (Plume's): two entries, each a linked title in a <header>, its summary and a footer
    with its author and date, inside an element of class `feed_class`."""
    entries = "".join(f'<div class="card h-entry"><header><a class="p-name u-url" href="/~/notes/{i}">{title}</a>'
                      f'</header><main><p class="p-summary">{prose(i)}</p></main><footer><div>By <a href="/@/ruth">'
                      f'Ruth Adeyemi</a> ⋅ <span class="dt-published">August {i + 2}, 2026</span></div></footer>'
                      f'</div>' for i, title in enumerate(["Swifts are leaving early", "A heron at the lock"]))
    return (f'<html><body><main><div class="{feed_class}"><h1 class="p-name">Field notes on birds</h1>'
            f'<section><h2>Latest articles</h2><div class="cards">{entries}</div></section></div></main>'
            '</body></html>')


def test_a_feed_of_two_entries_the_microformats_mark_is_a_listing_that_keeps_both():
    a = pagecleaner.clean(_feed(), input="html")
    assert a.page_type == "listing"
    assert "Swifts are leaving early" in a.body and "A heron at the lock" in a.body
    assert prose(0) in a.body and prose(1) in a.body


def test_entries_outside_any_feed_make_no_listing():
    """(IndieWeb marks a post's comments as entries too: not inside a feed)"""
    a = pagecleaner.clean(_feed("comments"), input="html")
    assert a.page_type != "listing"



@pytest.mark.parametrize("line, frame", [
    ("Reply Like (1)", True), ("Reply Helpful (5) Like (2)", True),     # a post's buttons with their counts
    ("Reply Like", False),                                              # (no count: any comment's buttons)
    ("Like (2) the one above", False),
])
def test_a_posts_buttons_with_their_counts_are_its_frame(line, frame):
    from pagecleaner.filters.pagetypes import _counted_buttons
    assert _counted_buttons(line) is frame


@pytest.mark.parametrize("closing, kept", [
    ("Ring 86 12 34 56 eller skriv til kontakt@tomrerhansen.dk for et uforpligtende tilbud.", True),
    ("Tømrer Hansen ApS\nIndustrivej 12\n8260 Viby J\n86 12 34 56", False),     # an address's card, no sentence
    ("Ring til os, eller skriv til os, for et uforpligtende tilbud.", False),      # no number, no address
])
def test_a_business_pages_sentence_to_call_or_write_it_under_its_text_is_its_own(closing, kept):
    """One.com's carpenter's page: its last service, then a line that says how to reach them, which main_text cut
    as lying after the text, then the footer's."""
    from pagecleaner.filters.pagetypes import _contact_under
    blocks = [make_block("Vi leverer og monterer vinduer i træ og træ-alu.", 0),
              make_block(closing, 1).remove("main_text", AFTER_SPAN),
              make_block("Vi bruger cookies for at forbedre din oplevelse.", 2).remove("main_text", AFTER_SPAN)]
    out = _contact_under(blocks)
    assert [b.kept for b in out] == [True, kept, False]


def _circle_post(credit: str = "Powered by Circle") -> str:
    """A community's post (Circle's): the question, its counts of likes and comments, three comments the class rule
    takes for a blog's, each its author and age, its text and its buttons, and the credit to the software."""
    comments = "".join(f'<div class="comment"><div class="comment__header"><span>{who}</span> <span>1d</span></div>'
                       f'<div class="comment__body"><div>{text}</div></div><div class="comment__actions">'
                       f'<button>Like</button> <span>{n}</span> <button>Reply</button></div></div>'
                       for n, (who, text) in enumerate([("Dara Walsh", prose(1)), ("Mo Haddad", prose(2)),
                                                        ("Ines Carvalho", "Thank you both, it sold out in two days.")]))
    return ('<html><head><meta property="og:type" content="article"></head><body><main><article>'
            '<h1>How do you price your first workshop?</h1><div class="post__body"><div>I am running my first '
            'pottery workshop in January. How did you work out your price?</div></div><div class="post__actions">'
            '<span>14 likes</span> <span>3 comments</span></div></article><section class="post__comments">'
            f'{comments}</section></main><div class="powered-by"><a href="https://circle.so">{credit}</a></div>'
            '</body></html>')


@pytest.mark.parametrize("credit, kind", [("Powered by Circle", "forum"), ("Powered by WordPress", "article"),
                                          ("Powered by Zulip", "forum")])     # (a chat's archive of its topics)
def test_a_communitys_software_credit_makes_a_posts_comments_its_thread(credit, kind):
    a = pagecleaner.clean(_circle_post(credit), input="html")
    assert a.page_type == kind
    assert (prose(2) in a.body) is (kind == "forum") and ("sold out in two days" in a.body) is (kind == "forum")
    assert kind != "forum" or "14 likes" not in a.body


def test_a_scraped_community_posts_rows_of_buttons_mark_its_replies():
    """Circle's post as html_text: each comment under its author's name and age, over "Like 6 Reply"."""
    lines = ["How do you price your first workshop?", "I am running my first pottery workshop in January. How did "
             "you work out your price?", "Like 14 likes Comment 3 comments Share"]
    for n, (who, text) in enumerate([("Dara Walsh", prose(1)), ("Mo Haddad", prose(2)),
                                     ("Ines Carvalho", "Thank you both, it sold out in two days.")]):
        lines += [f"{who} 1d", text, f"Like {n + 4} Reply"]
    a = pagecleaner.clean_text("\n".join(lines + ["Join the community to comment", "Powered by Circle"]))
    assert a.page_type == "forum"
    assert prose(1) in a.body and prose(2) in a.body and "sold out in two days" in a.body
    assert "Like 5 Reply" not in a.body


def test_a_cards_name_over_its_buttons_over_its_price_is_its_title():
    """AbanteCart's category: each card its linked name in a box of its own, then its buttons glued ("View" "Add to
    compare", links with no space between), its buy button and its price; five cards."""
    cards = "".join(f'<div class="col"><div class="fixed"><a class="prdocutname" href="/p/{i}">{name}</a></div>'
                    f'<div class="thumbnail"><div class="shortlinks"><a href="/p/{i}">View</a><a href="#">Add to '
                    f'compare</a></div><div class="pricetag"><span class="productcart">Add to Cart</span><div '
                    f'class="price">${89 + 10 * i}.00</div></div></div></div>'
                    for i, name in enumerate(["Cragmaster Velcro", "Ridgeline Lace-Up", "Boulderfox Slipper",
                                              "Summit Pro Downturn", "Alpine Trad Comfort"]))
    page = ('<html><body><main><h1>Climbing Shoes</h1><p>Shoes for the gym, the crag and long multi-pitch days, in '
            f'sizes 35 to 47.</p><div class="grid">{cards}</div></main></body></html>')
    a = pagecleaner.clean(page, input="html")
    assert a.page_type == "collection"
    body = a.body.split("\n\n")
    assert "Cragmaster Velcro" in body and "Alpine Trad Comfort" in body and "$129.00" in body
    assert not any("compare" in line for line in body)


def test_a_scraped_cards_buttons_between_name_and_price_stay_out():
    """AbanteCart's category as html_text: each card its name, "View Add to compare", "Add to Cart", its price."""
    names = ["Cragmaster Velcro", "Ridgeline Lace-Up", "Boulderfox Slipper", "Summit Pro Downturn", "Alpine Trad"]
    lines = [line for i, name in enumerate(names)
             for line in (name, "View Add to compare", "Add to Cart", f"${89 + 10 * i}.00")]
    a = pagecleaner.clean_text("\n".join(["Climbing Shoes", "Shoes for the gym, the crag and long multi-pitch days, "
                                          "in sizes 35 to 47.", "Sort By: Default Name A - Z", *lines]))
    assert a.page_type == "collection" and "Summit Pro Downturn" in a.body and "$129.00" in a.body
    assert "compare" not in a.body


@pytest.mark.parametrize("buttons, marked", [(("Reply", "Like"), True), (("Read", "Later"), False)])
def test_a_threads_buttons_split_a_line_each_mark_its_replies(buttons, marked):
    """Talkyard's thread as soup splits it: each post's buttons a line each ("Reply" / "Like"), no other marks;
    the footer's credit says the page is a thread, the buttons where its posts end."""
    lines = ["Backups fail after moving the data folder", "Anneliese Moor", "I moved the data folder to a larger "
             "disk. The nightly backup now stops with an error."]
    for who, text in (("Kit Marsh", prose(1)), ("Anneliese Moor", "That was it, the backup went through."),
                      ("Kit Marsh", "Glad it works, I will add a note to the guide.")):
        lines += [*buttons, who, text]
    a = pagecleaner.clean_text("\n".join(lines + [*buttons, "Powered by Talkyard."]))
    assert a.page_type == "forum" and (prose(1) in a.body and "the backup went through" in a.body) is marked
    assert "Reply" not in a.body.split("\n")


def _stack_index(subtitle: str) -> str:
    """Hugo Stack's index: the site's name (a link home) and description in the sidebar, <aside>; each post a card,
    an <article> of its linked title and its subtitle, an <h3>, its date in the card's <footer>."""
    cards = "".join(f'<article><header><div class="article-details"><h2 class="article-title"><a href="/p/{i}/">'
                    f'{title}</a></h2><h3 class="article-subtitle">{sub}</h3></div><footer><time>Apr {i}, 2026'
                    f'</time></footer></header></article>'
                    for i, (title, sub) in enumerate([("First swifts over the river", subtitle),
                                                      ("Building a rain gauge from a bottle",
                                                       "It reads within two millimetres of the official station"),
                                                      ("The long ridge walk in fog",
                                                       "Twenty kilometres with ten metres of view")], 1))
    return ('<html><head><title>Field Notes</title></head><body><aside class="sidebar"><header><h1 class="site-name">'
            '<a href="/">Field Notes</a></h1><h2 class="site-description">Notes on birds, weather and walking</h2>'
            '</header><ol class="menu"><li><a href="/">Home</a></li><li><a href="/about/">About</a></li></ol></aside>'
            f'<main><section class="article-list">{cards}</section></main></body></html>')


def test_a_listings_cards_keep_their_subtitles_and_the_sidebar_its_description():
    a = pagecleaner.clean(_stack_index("Three weeks later than last year, and only a handful"), input="html")
    assert a.page_type == "listing"
    for line in ("Three weeks later than last year, and only a handful",
                 "It reads within two millimetres of the official station",
                 "Twenty kilometres with ten metres of view"):
        assert line in a.body
    assert "Notes on birds, weather and walking" not in a.body      # (the site's, in the sidebar its linked name heads)


def test_a_scraped_listings_cards_with_subtitles_over_their_dates_and_reading_times_are_cards():
    """Hugo Stack's index as html_text: each card its category, title, subtitle (no sentence), date, reading time."""
    cards = [x for i, (cat, title, sub) in enumerate([
        ("Birds", "First swifts over the river", "Three weeks later than last year, and only a handful"),
        ("Weather", "Building a rain gauge from a bottle", "It reads within two millimetres of the official station"),
        ("Walking", "The long ridge walk in fog", "Twenty kilometres with ten metres of view")], 1)
        for x in (cat, title, sub, f"Apr {i}, 2026", f"{i + 2} minute read")]
    a = pagecleaner.clean_text("\n".join(["Field Notes", "Home", "About", "Archives", "Search", *cards, "1 2 3",
                                          "Theme Stack designed by Jimmy"]))
    assert a.page_type == "listing"
    assert "Twenty kilometres with ten metres of view" in a.body and "The long ridge walk in fog" in a.body
    assert "Theme Stack designed by Jimmy" not in a.body and "1 2 3" not in a.body


def _flat_services(heading: str) -> str:
    """Canva's one-page site: every element a <div> of its own, so no box holds an offer; the lead, then the
    services' heading over three names each over a line, then the contact heading over its sentence."""
    div = '<div class="_5p1hOw">{}</div>'
    offers = "".join(div.format(f"<h3>{name}</h3>") + div.format(f"<p>{line}</p>") for name, line in [
        ("Buitenschilderwerk", "Kozijnen, deuren en gevels, met een onderhoudsplan voor de komende jaren."),
        ("Binnenschilderwerk", "Muren, plafonds en trappen, ook in bewoonde huizen."),
        ("Houtrotherstel", "We vervangen rot hout en maken het kozijn weer waterdicht.")])
    return ('<html><head><title>Schilderwerk De Vries</title></head><body><nav><a href="#home">Home</a>'
            '<a href="#diensten">Diensten</a></nav><section>' + div.format("<h1>Binnen- en buitenschilderwerk in "
            "Zwolle</h1>") + div.format("<p>Al twintig jaar schilderen we woningen en bedrijfspanden in Zwolle en "
                                        "omgeving. We werken met verf op waterbasis en ruimen elke dag netjes op.</p>")
            + '</section><section>' + div.format(f"<h2>{heading}</h2>") + offers + '</section><section>'
            + div.format("<h2>Contact</h2>") + div.format("<p>Bel 038 123 45 67 of mail naar info@example.nl voor "
                                                           "een offerte.</p>")
            + '</section><div><a href="https://www.canva.com/">Gemaakt met Canva</a></div></body></html>')


@pytest.mark.parametrize("heading, kept", [("Onze diensten", True), ("Nieuws uit de werkplaats", False)])
def test_a_businesss_offers_under_the_heading_of_its_services_come_back_with_no_box_each(heading, kept):
    a = pagecleaner.clean(_flat_services(heading), input="html")
    assert a.page_type == "service" or not kept
    assert ("Muren, plafonds en trappen" in a.body and "Houtrotherstel" in a.body) is kept


def test_the_heading_over_a_businesss_contact_sentence_comes_back_with_it():
    a = pagecleaner.clean(_flat_services("Onze diensten"), input="html")
    assert "Bel 038 123 45 67" in a.body and "\n\nContact\n\n" in a.body


@pytest.mark.parametrize("description, kept", [
    ("Neues aus dem Gewächshaus, Pflegetipps und was gerade blüht.", True),   # one short sentence: its description
    ("Alle Beiträge.", False),                                                # (no sentence of words)
])
def test_a_listings_short_description_under_its_h1_is_its_own(description, kept):
    """ProcessWire's blog: its <h1>, one sentence of nine words under it (shorter than running text), its cards."""
    blocks = [make_block("Blog", 0, kind="heading", level=1),
              make_block(description, 1).remove("main_text", BEFORE_SPAN)]
    ctx = Context(config=Config(), input="html", meta={"headline": "Blog"}, page_type="listing")
    assert (_description(blocks, frozenset({2, 3}), ctx) == [1]) is kept


def _codidact_text(signature: str) -> str:
    """A Q&A thread as soup scrapes it: each post's votes up and down ("+4" / "−0") over its text, its signature
    under it split from its time ("asked" / "Feb 11 by Ilse Varga"), a count of the answers over them."""
    question = ["I am going away for three weeks in March and nobody at home can feed my rye starter.",
                "Can I dry it or freeze it, and which works better for a rye starter? I have a freezer."]
    lines = ["Cooking", "Users", "Help", "Sign in", "Sign up", "Q&A", "Posts", "Tags", "Create Post",
             "How do I keep sourdough starter alive while travelling?", "+4", "−0", *question, "sourdough", "storage",
             signature, "Feb 11 by Ilse Varga", "Share", "History", "Flag", "2 answers", "Score", "Active", "Age"]
    for i, name in enumerate(("Tomas Reyes", "Mara Lind")):
        lines += [f"+{6 - i}", "−0", prose(i), prose(i + 10), "answered", f"Feb 1{i + 1} by {name}", "Share",
                  "History", "Flag"]
    return "\n\n".join(lines + ["Featured", "Site rules on recipe links", "Powered by Codidact."])


@pytest.mark.parametrize("signature, kept", [("asked", True), ("Bookmark", False)])
def test_a_scraped_questions_text_over_its_signature_comes_back(signature, kept):
    """The question's text stands over its signature, as each answer's does; main_text, which started at the
    answers, had cut it. Without the signature, nothing says the text over the marks is a post's."""
    a = pagecleaner.clean_text(_codidact_text(signature))
    assert a.page_type == "forum" and prose(0) in a.body and prose(11) in a.body
    assert ("nobody at home can feed my rye starter" in a.body) is kept
    assert "2 answers" not in a.body


@pytest.mark.parametrize("line, score", [("9542", True), ("+4 −0", True), ("+12 -3", True), ("4 − 0", False),
                                         ("+4 votes", False)])
def test_a_posts_votes_up_and_down_alone_are_its_score(line, score):
    """Codidact's post shows its votes up and down, signed, on one line as html_text scrapes it: "+4 −0"."""
    from pagecleaner.filters.pagetypes import SCORE
    assert (SCORE.match(line) is not None) is score



@pytest.mark.parametrize("line, a_range", [("0 - 250 TL", True), ("£10 - £20", True), ("12,- €", False),
                                           ("Rp68.000", False)])
def test_a_price_filters_range_is_no_cards_price(line, a_range):
    """A price filter's option under its label ("Fiyat Aralığı" / "0 - 250 TL", IdeaSoft's) is no card's price
    for the menu rule to give back."""
    from pagecleaner.filters.pagetypes import PRICE_RANGE
    assert (PRICE_RANGE.search(line) is not None) is a_range


@pytest.mark.parametrize("facet", ["Jabodetabek", "Bandung"])
def test_a_scraped_categorys_prices_the_menu_rule_took_with_the_cards_come_back(facet):
    """Tokopedia as html_text: the filters over the cards, then each card's name, price, shop's town and count of
    sales; the menu rule takes the prices with the filters and the towns. Each price alone under its card's kept
    name comes back."""
    cards = [("Kopi Bubuk Arabika Gayo 250 gr", "Rp68.000", "Jakarta Selatan", "4.9 Terjual 2rb+"),
             ("Kopi Bubuk Toraja Kalosi 250 gr", "Rp72.500", "Makassar", "4.8 Terjual 750+"),
             ("Kopi Robusta Lampung Bubuk 500 gr", "Rp55.000", "Bandar Lampung", "4.7 Terjual 5rb+"),
             ("Kopi Tubruk Jawa Bubuk Halus 200 gr", "Rp39.900", "Surabaya", "4.9 Terjual 10rb+")]
    head = ["Jual Kopi Bubuk - Tokopedia", "tokopedia\nKeranjang Masuk Daftar\nHome Makanan & Minuman Kopi",
            "Kopi Bubuk", "Filter", "Lokasi", facet, "Harga"]
    a = pagecleaner.clean_text("\n\n".join(head) + '\n\nMenampilkan 1 - 4 barang dari total 4 untuk "Kopi Bubuk" '
                               "Urutkan: Paling Sesuai\n" + "\n".join(x for card in cards for x in card)
                               + "\n\nTokopedia\n\nTentang Tokopedia Karir Blog\n\n© 2009 - 2026, PT. Tokopedia")
    assert a.page_type == "collection" and all(price in a.body for _, price, _, _ in cards)
    assert "Terjual" not in a.body and facet not in a.body



@pytest.mark.parametrize("heading, headline, found", [
    ("低山歩き", "カテゴリー「低山歩き」", [1, 0]),     # the category's name the headline names: it, its description
    ("fietsen", "Tag: fietsen", [1, 0]),
    ("Sponsored", "Tag: fietsen", []),                # another heading: what stands under it is not the listing's
])
def test_a_listings_heading_main_text_cut_comes_back_when_the_headline_names_it(heading, headline, found):
    """Hatena Blog's category page: an <h2> of the category's name (its posts' titles are <h1>s), a line of
    description, then the cards; main_text cut both as lying before the text."""
    blocks = [make_block(heading, 0, kind="heading", level=2).remove("main_text", BEFORE_SPAN),
              make_block("Notes from the housing desk: rules, rents and the council.", 1).remove("main_text",
                                                                                                  BEFORE_SPAN)]
    ctx = Context(config=Config(), input="html", meta={"headline": headline}, page_type="listing")
    assert _description(blocks, frozenset({2, 3}), ctx) == found


@pytest.mark.parametrize("year", ["2026", "Archive"])
def test_a_listings_description_over_a_years_heading_over_its_cards_is_its_own(year):
    """Congo's posts page: its <h1>, a line of description, then the cards grouped under a heading for each year;
    the year is no card's count (and no heading of another box, which "Archive" is)."""
    blocks = [make_block("Posts", 0, kind="heading", level=1),
              make_block("Notes from a field ecologist on moths and meadows.", 1).remove("main_text", BEFORE_SPAN),
              make_block(year, 2, kind="heading", level=2).remove("main_text", BEFORE_SPAN)]
    ctx = Context(config=Config(), input="html", meta={"headline": "Posts"}, page_type="listing")
    assert _description(blocks, frozenset({3, 4}), ctx) == ([2, 1] if year.isdigit() else [])


def test_a_scraped_listings_cards_with_a_mark_and_minutes_after_each_date_are_cards():
    """Congo's posts page as soup: each card its title, its date, "·" and its minutes on lines of their own, then
    its blurb."""
    cards = [("What a light trap misses", "1 March 2026", "6 mins"),
             ("Mowing dates and orchid counts", "18 January 2026", "4 mins"),
             ("Cheap temperature loggers, tested", "2 November 2025", "8 mins")]
    lines = ["Field Notes", "Posts", "Tags", "About", "Posts"]
    for i, (title, date, mins) in enumerate(cards):
        lines += [title, date, "·", mins, f"{BLURB} Note number {i} on the meadow."]
    a = pagecleaner.clean_text("\n\n".join(lines + ["© 2026 Ada Rowe"]))
    assert a.page_type == "listing" and all(title in a.body for title, _, _ in cards)


def test_a_posts_last_line_after_its_last_break_is_the_posts_text():
    """2channel's post: its lines parted by <br> inside a <span> in the message's <div>; the line after the last
    <br> stands in the <div> alone, and is the post's as the others are."""
    posts = "".join(f'<div class="post"><div class="meta"><span class="number">{n}</span><span class="name">名無しさん'
                    f'</span><span class="date">2026/03/0{n}(日) 12:34:5{n}.78</span><span class="uid">ID:k3Yt8QwZ{n}'
                    f'</span></div><div class="message"><span class="escaped">{prose(n)}<br>{prose(n + 10)}<br>'
                    f'Last line of post {n} closes it with a thought of its own.</span></div></div>'
                    for n in range(1, 5))
    a = pagecleaner.clean(f"<html><body><h1>Keyboards, part 12</h1><div class='thread'>{posts}</div></body></html>",
                          input="html")
    assert a.page_type == "forum" and all(f"Last line of post {n}" in a.body for n in range(1, 5))


def test_a_posts_text_in_its_own_div_with_its_signature_under_a_break_is_a_post():
    """MetaFilter's: each answer's text right in its <div>, its signature ("posted by … at 6:45 PM on March 8")
    after a <br>; the class rule took the answers as an article's comments."""
    answers = "".join(f'<div class="comments">{prose(i + 1)}<br><span class="smallcopy">posted by user{i} at '
                      f'6:4{i} PM on March 8</span></div>' for i in range(3))
    page = (f'<html><body><div id="page"><div class="container"><h1>How do I keep basil alive?</h1>'
            f'<div class="copy">{prose(0)}<br><span class="smallcopy">posted by asker at 6:31 PM on March 8</span>'
            f'</div>{answers}</div></div></body></html>')
    a = pagecleaner.clean(page, input="html")
    assert a.page_type == "forum"
    assert all(prose(i)[:40] in a.body for i in range(4))
    assert "posted by" not in a.body


@pytest.mark.parametrize("facts, gone", [
    ('<ul class="facts"><li>18 V</li><li>55 Nm</li></ul>', True),                  # a list of facts (BAUHAUS's)
    ('<dl><dt>Pojemność</dt><dd>1,7 l</dd><dt>Moc</dt><dd>2400 W</dd></dl>', True),  # terms and values (Allegro's)
    ('<ul class="facts"><li>18 V</li></ul>', False),       # (one item alone: no list of facts)
])
def test_a_product_cards_list_of_facts_goes_on_a_shops_category(facts, gone):
    cards = "".join(f'<li class="tile"><h3><a href="/p/{i}">Cordless drill model {i}</a></h3>{facts}'
                    f'<p class="price">{99 + i},00 €</p><button>In den Warenkorb</button></li>' for i in range(4))
    a = pagecleaner.clean(f'<html><body><main><h1>Akku-Bohrschrauber</h1><ul class="grid">{cards}</ul></main>'
                          '</body></html>', input="html")
    assert a.page_type == "collection" and "Cordless drill model 3" in a.body and "102,00 €" in a.body
    assert ("18 V" not in a.body and "1,7 l" not in a.body) is gone


HAND_CREAMS = [("Weleda", "Skin Food", "Hand Cream Lavendel", "9,95 €", "(199,00 € / 1 l)"),
               ("L'Occitane", "Karité", "Handcreme 150 ml", "24,00 €", "(160,00 € / 1 l)"),
               ("NEUTROGENA", "Norwegische Formel", "Konzentrierte Handcreme parfümfrei", "4,45 €", "(89,00 € / 1 l)")]


def _hand_creams() -> str:
    """Douglas's category: each card one link around its badge, its maker, its product line, its name (its size one
    of its words), its category, its count of ratings and its price with the base price after it."""
    cards = "".join(f'<div class="tile"><a href="/p/{i}"><div class="badge">NEU</div><div class="info"><div>{maker}'
                    f'</div><div>{line}</div><div>{name}</div><div>Handcreme</div></div><div class="rating">({31 + i})'
                    f'</div><div class="price">{price} 0,05 l {base}</div></a></div>'
                    for i, (maker, line, name, price, base) in enumerate(HAND_CREAMS))
    return (f'<html><body><nav><a href="/cart">Warenkorb</a></nav><main><h1>Handcreme</h1><p>{prose(1)}</p>'
            f'<div class="grid">{cards}</div></main></body></html>')


def test_a_card_that_is_one_link_around_its_maker_its_name_its_category_and_its_price_is_a_card():
    a = pagecleaner.clean(_hand_creams(), input="html")
    assert a.page_type == "collection"
    assert all(f"{maker}\n\n{line}\n\n{name}\n\n{price}" in a.body for maker, line, name, price, _ in HAND_CREAMS)
    assert "NEU" not in a.body.split("\n") and "(31)" not in a.body


def test_an_ads_place_and_time_on_a_classifieds_card_is_its_fact_not_its_text():
    """Subito's category: each card one link around its title, its price and its town with when it was put up,
    glued ("Casalecchio di Reno (BO)Ieri alle 18:40")."""
    towns = ["Bologna (BO)Oggi alle 10:14", "Casalecchio di Reno (BO)Ieri alle 18:40",
             "San Lazzaro di Savena (BO)3 dic alle 09:02"]
    cards = "".join(f'<div class="card"><a href="/a/{i}"><div class="info"><h2>Bicicletta usata numero {i} da '
                    f'città</h2><p>{120 + i} €</p><div class="town">{t}</div></div></a></div>'
                    for i, t in enumerate(towns))
    a = pagecleaner.clean(f'<html><body><main><h1>Biciclette usate a Bologna</h1><div>1.248 risultati</div>'
                          f'<div class="items">{cards}</div></main></body></html>', input="html")
    assert a.page_type == "collection" and "Bicicletta usata numero 2 da città" in a.body and "122 €" in a.body
    assert "(BO)" not in a.body


def test_a_scraped_cards_name_stands_over_its_category_and_its_count_and_its_price_over_its_base_price():
    lines = ["Handcreme", prose(1), "124 Produkte Sortieren nach Topseller Preis aufsteigend"]
    for i, (maker, line, name, price, base) in enumerate(HAND_CREAMS):
        lines += ["NEU", maker, line, name, "Handcreme", f"({31 + i})", f"{price} 0,05 l {base}"]
    a = pagecleaner.clean_text("\n".join(lines + ["Seite 1 von 6 Weiter", "Impressum", "Datenschutz"]))
    assert a.page_type == "collection"
    assert all(name in a.body and price in a.body for _, _, name, price, _ in HAND_CREAMS)


def test_a_card_that_is_one_link_around_its_price_its_maker_and_its_name_is_a_card():
    """Lamoda's: each card one link around the price (the sale's and the old one), the maker and the name (its
    model's number one of its words, "Pace 2"), its badge and sizes beside the link; not the line under a price
    that follows the name in the link (Coupang's delivery)."""
    cards = "".join(f'<div class="card"><a href="/p/{i}"><div class="pic"></div><div class="desc"><div class="prices">'
                    f'<span>{7 + i} 990 ₽</span></div><div class="brand">Kvadra</div><div class="name">Кроссовки '
                    f'Pace {i + 2}</div></div></a><div class="badges"><span>-33%</span></div><div class="sizes">'
                    f'Размеры: 36 37 38</div></div>' for i in range(4))
    a = pagecleaner.clean(f'<html><body><header><a href="/checkout/cart/">Корзина</a></header><main><h1>Женские '
                          f'кроссовки</h1><div class="grid">{cards}</div></main></body></html>', input="html")
    assert a.page_type == "collection"
    assert all(f"Кроссовки Pace {i + 2}" in a.body and f"{7 + i} 990 ₽" in a.body for i in range(4))
    assert "Размеры" not in a.body



def test_replies_in_another_shape_than_the_opening_posts_paragraphs_come_back():
    """Clien's thread: the opening post's <p>s, more words than any reply, over the comments' <div>s, which the
    class rule takes; each comment's header shows its author's address, a part of it hidden."""
    replies = ["리튬이온은 50~70% 정도 채워서 서늘한 실내에 두는 게 제일 오래 갑니다. 완충 상태로 오래 두면 오히려 수명이 줄어요.",
               "아 완충이 더 나쁜 거였군요. 감사합니다.",
               "저는 6주에 한 번씩 잔량을 확인해서 40% 아래로 떨어져 있으면 60%까지만 다시 채웁니다."]
    rows = "".join(f'<div class="comment_row"><div class="comment_info"><span class="nickname">회원{i}</span> '
                   f'<span class="timestamp">2024-11-28 21:{26 + i}:40</span> <span>IP 121.♡.8.{200 + i}</span></div>'
                   f'<div class="comment_content"><div class="comment_view">{t}</div></div></div>'
                   for i, t in enumerate(replies))
    post = ("<p>출퇴근용으로 전기자전거를 타고 있는데 12월부터 2월까지는 거의 안 탈 것 같습니다.</p>"
            "<p>베란다가 영하로 내려가는 날이 많아서 배터리를 분리해서 집 안에 두려고 하는데, 완충해서 두는 게 좋은지 반 정도만 "
            "채워 두는 게 좋은지 궁금합니다. 한 달에 한 번쯤 충전을 다시 해 줘야 하는지도 알려 주시면 감사하겠습니다.</p>")
    html = ('<html><head><meta property="og:type" content="article"></head><body><div class="post_view">'
            '<h3>전기자전거 배터리 겨울철 보관 어떻게 하시나요?</h3><div class="post_author"><span>페달밟는곰</span> '
            f'<span>IP 211.♡.42.17</span></div><div class="post_article">{post}</div></div>'
            f'<div class="post_comment"><div class="comment">{rows}</div></div></body></html>')
    a = pagecleaner.clean(html, input="html")
    assert a.page_type == "forum" and all(t in a.body for t in replies) and "출퇴근용으로" in a.body
    assert "♡" not in a.body and "21:26:40" not in a.body


def test_a_business_pages_prices_section_after_its_services_comes_back():
    """Nethouse's page: the services, then "Цены" over a table of three prices, which main_text cut after the
    services' text; a section of no prices under such a heading stays cut."""
    services = "".join(f"<div><h3>{n}</h3><p>{t}</p></div>" for n, t in [
        ("Диваны и кресла", "Чистим ткань, велюр и искусственную замшу, убираем запахи."),
        ("Матрасы", "Удаляем пылевых клещей и пятна с обеих сторон матраса."),
        ("Ковры", "Забираем ковёр в цех и возвращаем чистым и сухим через три дня.")])
    rows = "".join(f"<tr><td>{n}</td><td>от {p} ₽</td></tr>" for n, p in [
        ("Диван двухместный", "2 500"), ("Матрас односпальный", "1 800"), ("Ковёр, за м²", "350")])
    page = ('<html><body><div><h1>Химчистка мягкой мебели на дому</h1><p>Приезжаем с профессиональным оборудованием, '
            'выводим пятна от кофе, вина и следы домашних животных.</p></div>'
            f'<div><h2>Наши услуги</h2>{services}</div><div><h2>Цены</h2><table>{rows}</table></div>'
            '<div class="footer"><p>© 2024 ЧистоДом</p></div></body></html>')
    a = pagecleaner.clean(page, input="html")
    assert a.page_type == "service" and "от 2 500 ₽" in a.body and "Цены" in a.body
    a = pagecleaner.clean(page.replace("от 2 500 ₽", "по запросу").replace("от 1 800 ₽", "по запросу"), input="html")
    assert "по запросу" not in a.body


@pytest.mark.parametrize("heading", ["Kainos", "Cenas", "Árak", "Fiyatlar", "Cjenik",
                                     "수강료", "料金"])       # (Korean: the classes' fee, imweb's; Japanese)
def test_a_business_pages_prices_heading_in_more_languages(heading):
    assert PRICES_HEADING.match(heading)


def test_a_scraped_business_pages_services_heading_under_its_lead_brings_its_offers_back():
    """Site.pro's page as html_text renders it: the lead, the booking button, "Mūsų paslaugos", then three offers
    each a name over a sentence, which main_text cut after the lead."""
    offers = [("Kirpimas", "Moterų, vyrų ir vaikų kirpimai, su plovimu ir šukuosena."),
              ("Dažymas", "Vienspalvis dažymas, sruogelės ir šaknų dažymas augaliniais dažais."),
              ("Barzdos priežiūra", "Barzdos formavimas skustuvu ir karštas rankšluostis.")]
    lines = ["Kirpykla „Žirklės“ – Kaunas", "", "Pradžia", "Paslaugos", "Kontaktai", "", "Kirpykla Kauno senamiestyje",
             "", "Kerpame moteris, vyrus ir vaikus nuo 2015 metų. Registruokitės iš anksto arba užsukite – jei meistrė "
             "laisva, priimsime iškart.", "", "Registruotis", "", "Mūsų paslaugos", ""]
    for name, line in offers:
        lines += [name, "", line, ""]
    lines += ["© 2024 Kirpykla „Žirklės“. Visos teisės saugomos."]
    a = pagecleaner.clean_text("\n".join(lines))
    assert a.page_type == "service" and "Mūsų paslaugos" in a.body
    assert all(name in a.body and line in a.body for name, line in offers)


def test_a_shops_card_names_in_links_its_classes_call_a_widget_come_back():
    """Snapdeal's category: each name a <p> inside an <a class="dp-widget-link">, which the class rule takes as a
    widget; on a shop's category the cards' names come back."""
    cards = "".join(f'<div class="product-tuple-listing"><div class="product-tuple-description">'
                    f'<a class="dp-widget-link" href="/p/{i}"><p class="product-title">Prestige Popular {i} L '
                    f'Aluminium Pressure Cooker</p></a><div class="product-price-row"><span class="product-price">'
                    f'Rs. {1500 + i},00</span></div></div></div>' for i in range(1, 5))
    page = (f'<html><body><div id="sdHeader"><a href="/cart">Cart</a></div><h1>Pressure Cookers</h1>'
            f'<div id="products">{cards}</div>'
            '<div class="sd-footer"><p>Copyright © 2024, Snapdeal Limited.</p></div></body></html>')
    a = pagecleaner.clean(page, input="html")
    assert a.page_type == "collection" and "Prestige Popular 3 L Aluminium Pressure Cooker" in a.body


def test_a_number_in_an_element_the_class_calls_a_price_is_no_cards_count():
    """Albert Heijn's card: its price's amount alone in a <div class="price-amount_root">, no currency beside it."""
    cards = "".join(f'<article class="product-card"><a href="/p/{i}"><strong>Koffiebonen soort {i} van de brander'
                    f'</strong></a><div class="price-amount_root"><span>{1200 + i}</span></div>'
                    f'<div class="likes"><span>{40 + i}</span></div></article>' for i in range(1, 5))
    a = pagecleaner.clean(f"<html><body><main><h1>Koffiebonen</h1>{cards}</main></body></html>", input="html")
    assert a.page_type in ("collection", "listing")
    assert all(str(1200 + i) in a.body for i in range(1, 5)) and not any(str(40 + i) in a.body for i in range(1, 5))


@pytest.mark.parametrize("heading,lines,kept", [
    ("Contacto", ("Calle de Delicias 31, 50017 Zaragoza", "Abierto 24 horas, todos los días", "976 123 456"), True),
    ("Contacto", ("Calle de Delicias 31, 50017 Zaragoza", "Abierto 24 horas, todos los días"), False),  # (no phone)
    ("Nuestras marcas", ("Calle de Delicias 31, 50017 Zaragoza", "976 123 456"), False),      # (no contact heading)
])
def test_a_business_pages_own_contact_section_under_its_text_comes_back(heading, lines, kept):
    """UENI's locksmith: the testimonial ends the kept text, then "Contacto" over the address, the hours and the
    phone, which main_text cut as lying after it; the section comes back when one of its lines is a phone number
    or an e-mail address."""
    from pagecleaner.filters.pagetypes import _contact_section
    blocks = [make_block(prose(1), 0), make_block(heading, 1, kind="heading", level=2).remove("main_text", AFTER_SPAN),
              *[make_block(t, 2 + i).remove("main_text", AFTER_SPAN) for i, t in enumerate(lines)]]
    out = _contact_section(blocks)
    assert all(b.kept is kept for b in out[1:])


@pytest.mark.parametrize("over,back", [("Asked 3 days ago Viewed 214 times", True),    # (the first mark)
                                       ("Some short line", False)])                    # (no mark under the title)
def test_a_questions_text_under_its_status_and_askers_line_comes_back_as_text(over, back):
    """AnsPress's question as html_text: the title, its status and counts (the thread's first mark), its votes and
    its asker's line, then its text, which main_text cut with the header."""
    from pagecleaner.filters.pagetypes import thread_posts
    lines = ["Why do my chilli leaves curl? – Ask the Grower", "Why do my chilli leaves curl?", over, "5",
             "Budi Santoso 3 days ago", prose(1), "Tags: chilli, pests", "Add comment Report Share", "2 Answers",
             prose(2), "Add comment Report", prose(3), "Add comment Report"]
    blocks = [b.remove("main_text", BEFORE_SPAN) if i < 9 else b for i, b in enumerate(make_blocks(*lines))]
    out = thread_posts.fn(blocks, Context(config=Config(), page_type="forum"))
    assert out[5].kept is back and not out[2].kept and out[9].kept


@pytest.mark.parametrize("heading_rule,lines,kept", [
    ("copyright_footer", ("1420 Wayne Ave, Dayton, OH 45410", "(937) 555-0142", "Mon - Fri: 7:00 am - 6:00 pm"),
     [True, True, True, True]),            # (its heading's words a footer's link's too: the footer rule took it)
    ("main_text", ("1420 Wayne Ave, Dayton, OH 45410", "(937) 555-0142", "Name Phone Message Submit"),
     [True, True, True, False]),           # (the form's labels and its button, flattened: no contact's line)
    ("main_text", ("1420 Wayne Ave, Dayton, OH 45410", "Mon - Fri: 7:00 am - 6:00 pm"),
     [False, False, False]),               # (no phone, no e-mail address)
])
def test_a_business_pages_own_contact_section_under_its_text_comes_back_as_text(heading_rule, lines, kept):
    """hibu's plumber as scraped text: "Contact Us" under the testimonial, over the address, the phone, the hours."""
    from pagecleaner.filters.pagetypes import _contact_section
    reason = "footer links" if heading_rule == "copyright_footer" else AFTER_SPAN
    blocks = [make_block(prose(1), 0), make_block("Contact Us", 1).remove(heading_rule, reason),
              *[make_block(t, 2 + i).remove("main_text", AFTER_SPAN) for i, t in enumerate(lines)]]
    assert [b.kept for b in _contact_section(blocks, text=True)[1:]] == kept
    assert not _contact_section(blocks)[1].kept         # (HTML: a heading's element, or nothing)


def test_a_korean_studios_page_keeps_its_classes_prices_and_way_there():
    """imweb's yoga studio: "수업 안내" (the classes) over three, "수강료" (the fees) over three priced ones, "오시는
    길" (the way there) over the address, hours and phone."""
    items = "".join(f"<div><h3>수업 {i}</h3><p>{prose(i)}</p></div>" for i in range(3))
    fees = "".join(f"<div><h3>월 {i}회</h3><p>{i}0,000원</p></div>" for i in (4, 8, 12))
    page = (f"<html><body><div><h1>몸과 마음이 쉬어가는 곳</h1><p>{prose(7)}</p></div><div><h2>수업 안내</h2>{items}</div>"
            f"<div><h2>수강료</h2>{fees}</div><div><h2>오시는 길</h2><p>서울 마포구 양화로 45, 3층</p>"
            "<p>02-333-1234</p></div><div class='footer'><p>Powered by imweb</p></div></body></html>")
    a = pagecleaner.clean(page, input="html")
    assert a.page_type == "service" and "80,000원" in a.body and "02-333-1234" in a.body


def test_the_heading_of_a_businesss_services_over_its_kept_offers_comes_back():
    """UENI's "Nuestros servicios" <h2> over three offers, each an <h3> over its sentence and price, a testimonial
    under them: main_text kept the offers and left the heading over them out."""
    offers = "".join(f"<div><h3>{name}</h3><p>{line}</p><span>Desde {60 + i} €</span></div>" for i, (name, line) in
                     enumerate((("Apertura de puertas", "Abrimos sin romper la cerradura siempre que es posible."),
                                ("Cambio de cerraduras", "Cilindros de seguridad antibumping con cinco llaves."),
                                ("Cajas fuertes", "Instalación y apertura de cajas fuertes de todas las marcas."))))
    page = ("<html><body><header><div>Cerrajería Montes</div><nav><a href='#s'>Servicios</a></nav></header>"
            "<section><h1>Cerrajero urgente en Zaragoza</h1><p>Llegamos en menos de treinta minutos a cualquier "
            "barrio de la ciudad, de día y de noche.</p><a href='#c'>Pedir presupuesto</a></section><section>"
            f"<h2>Nuestros servicios</h2>{offers}</section><section><h2>Lo que dicen nuestros clientes</h2><p>“Me "
            "quedé fuera de casa a las dos de la mañana y en veinte minutos estaba dentro. Precio justo.”</p>"
            "<span>Marta G.</span></section></body></html>")
    a = pagecleaner.clean(page, input="html")
    assert a.page_type == "service" and "Nuestros servicios" in a.body


@pytest.mark.parametrize("heading,lines,kept", [
    ("Das sagen unsere Kunden", ("«Seit drei Jahren schneidet Gartenbau Huber unsere Hecke. Immer pünktlich.»",
                                 "Familie Keller, Seen"), True),
    ("Das sagen unsere Kunden", ("Gartenbau Huber schneidet Hecken.", "Familie Keller, Seen"), False),   # no quote
    ("Kaj pravijo stranke", ("»Že šest let nam vodijo knjige in še nikoli nismo zamudili roka.«",
                             "Tomaž Novak, Mizarstvo Novak s.p."), True),                          # (Slovenian)
    ("Unsere Partner", ("«Seit drei Jahren schneidet Gartenbau Huber unsere Hecke.»", "Familie Keller"), False),
    # (its reviews under their word alone, each a sentence unquoted: SimplyBook.me's "Κριτικές")
    ("Κριτικές", ("★★★★★", "Μετά από έξι συνεδρίες ο πόνος στον ώμο έφυγε εντελώς.", "Γιώργος Π."), True),
    ("Κριτικές", ("★★★★★", "Γιώργος Π."), False),
])
def test_a_business_pages_testimonials_under_its_text_come_back(heading, lines, kept):
    """Hostpoint's gardener: the last service ends the kept text, then "Das sagen unsere Kunden" over a quote and
    its name, which main_text cut as lying after it."""
    from pagecleaner.filters.pagetypes import _testimonials
    blocks = [make_block(prose(1), 0), make_block(heading, 1, kind="heading", level=2).remove("main_text", AFTER_SPAN),
              *[make_block(t, 2 + i).remove("main_text", AFTER_SPAN) for i, t in enumerate(lines)]]
    assert all(b.kept is kept for b in _testimonials(blocks)[1:])


@pytest.mark.parametrize("line,kept", [
    ("27 Grey Street, Hamilton East, Hamilton 3216", True),
    ("Εγνατίας 112, 546 30 Θεσσαλονίκη", True),                       # (a Greek postcode, three digits and two)
    ("ul. Długa 5, 00-950 Warszawa", True),                           # (a Polish one)
    ("Grooming for small and large dogs, since 2012", False),         # no postcode
    ("We are at 27 Grey Street, Hamilton 3216.", False),              # a sentence
])
def test_a_businesss_address_under_its_name_comes_back(line, kept):
    """Setmore's booking page: the business's name, its address under it in the header, which main_text cut over
    its span (the services under their heading, which come back of their own)."""
    from pagecleaner.filters.pagetypes import _address_under_name
    blocks = [make_block("Fluff & Fold Dog Grooming", 0, kind="heading", level=1),
              make_block(line, 1).remove("main_text", BEFORE_SPAN), make_block(prose(1), 2)]
    ctx = Context(config=Config(), input="html", page_type="service",
                  meta={"headline": "Fluff & Fold Dog Grooming"})
    assert _address_under_name(blocks, ctx)[1].kept is kept


@pytest.mark.parametrize("line, page_type, goes", [
    ("★★★★★", "service", True),                   # over each review of a business
    ("4.9 ★ (62 reviews)", "service", True),      # its average and count (Setmore's)
    ("4,9 out of 5 stars", "service", True),
    ("★★★★★", "article", False),                  # a story's rating is its writer's
    ("Rated the best groomer in Hamilton by our clients, five years running.", "service", False),
])
def test_a_businesss_rating_in_stars_goes(line, page_type, goes):
    from pagecleaner.filters.pagetypes import business_rating
    got = business_rating.fn([make_block(line)], Context(config=Config(), page_type=page_type))
    assert got[0].removed is goes


ABOUT = "Die Filmwerk GmbH produziert seit zwanzig Jahren Kino, Fernsehen und Werbung in München."


@pytest.mark.parametrize("heading,lines,cut,kept", [
    ("Über uns", (ABOUT,), AFTER_SPAN, True),                             # far under the text, cut after it
    ("About us", (ABOUT, "Gegründet 2001"), AFTER_SPAN, True),            # its short line with it
    ("Über uns", ("Formate und Ideen",), AFTER_SPAN, False),              # no prose under it
    ("Über uns", (ABOUT,), BEFORE_SPAN, False),                           # before the text: the menu's, the header's
    ("Auszeichnungen", (ABOUT,), AFTER_SPAN, False),                      # another heading
])
def test_a_business_pages_section_about_itself_comes_back(heading, lines, cut, kept):
    """A film studio's one-page site: its portfolio is the kept text, its awards lie under it, then "Über uns" over
    what the firm is, which main_text cut as lying after its span."""
    from pagecleaner.filters.pagetypes import _about_section
    blocks = [make_block(prose(1), 0), make_block("Romy, Preis 1996", 1).remove("main_text", AFTER_SPAN),
              make_block(heading, 2, kind="heading", level=2).remove("main_text", cut),
              *[make_block(t, 3 + i).remove("main_text", cut) for i, t in enumerate(lines)]]
    found = _about_section(blocks)
    assert (found == frozenset(range(2, 3 + len(lines)))) is kept and (found == frozenset()) is not kept


def test_a_business_pages_section_about_itself_stops_at_a_link():
    from pagecleaner.filters.pagetypes import _about_section
    """The firm's own text ends at its links to its awards and its profile, which are no part of it."""
    blocks = [make_block(prose(1), 0),
              make_block("Über uns", 1, kind="heading", level=2).remove("main_text", AFTER_SPAN),
              make_block(ABOUT, 2).remove("main_text", AFTER_SPAN),
              make_block("» Zum Firmenprofil!", 3, link_chars=18).remove("main_text", AFTER_SPAN)]
    assert _about_section(blocks) == frozenset({1, 2})


SPORTISIMO_SOUP = (
    "Pánské trekové boty | SPORTISIMO.cz", "Doprava zdarma nad 1 500 Kč", "Vrácení do 60 dnů", "SPORTISIMO", "Hledat",
    "Můj účet", "Košík (0)", "Pánské", "Dámské", "Dětské", "Sporty", "Značky", "Výprodej", "Úvod", " / ", "Pánské",
    " / ", "Obuv", " / ", "Pánské trekové boty", "Pánské trekové boty",
    "Pohodlné a nepromokavé boty na túry po horách i lehčí výlety.", "Značka", " Salomon (24)", " Merrell (18)",
    " Meindl (9)", "Velikost", " 42", " 43", " 44", "Cena", "od 899 Kč do 6 490 Kč", "86 produktů", "Řadit podle ",
    "Nejprodávanější", "Nejlevnější", "Nejdražší", "-20 %", "Salomon X Ultra 4 GTX", "3 999 Kč", "3 199 Kč",
    "Skladem na e-shopu", "Velikosti: 41–47", "Merrell Moab 3 Mid GTX", "3 499 Kč", "Skladem na e-shopu",
    "Velikosti: 42–46", "-30 %", "Hi-Tec Hudson WP", "1 299 Kč", "899 Kč", "Skladem v 12 prodejnách",
    "Velikosti: 41–45", "Novinka", "Meindl Bhutan MFS", "6 490 Kč", "Skladem na e-shopu", "Velikosti: 42–47", "1",
    "2", "3", "Další", "Zobrazit dalších 24 produktů", "Odebírejte novinky", "Přihlásit", "Kontakty", "Prodejny",
    "Obchodní podmínky", "Reklamace")


def test_a_sales_price_under_the_old_one_comes_back_with_it_on_a_category_as_text():
    """Sportisimo's category as soup flattens it (its lines above, with blank lines between): each card's old price
    and the sale's under it, which the menu rule took with the filters' lines; the stock and sizes go."""
    a = pagecleaner.clean_text("\n\n".join(SPORTISIMO_SOUP))
    assert a.page_type == "collection"
    assert all(p in a.body for p in ("3 999 Kč", "3 199 Kč", "1 299 Kč", "899 Kč", "Meindl Bhutan MFS"))
    assert "Skladem" not in a.body and "Velikosti" not in a.body


def test_a_categorys_header_price_filter_and_sort_label_stay_out_on_a_category_as_text():
    """The header's search button, account link and return promise, its filter's range of prices and the sort
    control's label alone ("Řadit podle", its options a line each), which main_text cut, are no card's lines."""
    a = pagecleaner.clean_text("\n\n".join(SPORTISIMO_SOUP))
    assert "Salomon X Ultra 4 GTX" in a.body
    assert not any(t in a.body for t in ("Hledat", "Můj účet", "Vrácení", "od 899 Kč", "Řadit podle"))


@pytest.mark.parametrize("line,priced_filter", [
    ("Cena od 899 Kč do 6 490 Kč", True), ("Price from $5 to $80", True),
    ("Prix : de 10 € à 80 €", True),
    ("Salomon X Ultra 4 GTX", False), ("3 999 Kč 3 199 Kč", False),
])
def test_a_filters_range_of_prices_in_words(line, priced_filter):
    from pagecleaner.filters.pagetypes import _price_filter
    assert _price_filter(line) is priced_filter


@pytest.mark.parametrize("lines,kept", [
    ((("Serving Austin and Round Rock", 0), ("(512) 555-0148", 14), ("hello@pawsonwheels.com", 22)), True),
    ((("Serving Austin and Round Rock", 0), ("Book an appointment", 19)), False),   # a linked button, no contact
])
def test_a_contact_sections_phone_and_mail_links_come_back_with_it(lines, kept):
    """Gator's "Contact us": its phone a "tel:" link and its address a "mailto:" link, which the link rule took."""
    from pagecleaner.filters.pagetypes import _contact_section
    blocks = [make_block(prose(1), 0), make_block("Contact us", 1, kind="heading", level=2).remove("main_text",
                                                                                                     AFTER_SPAN)]
    for i, (t, linked) in enumerate(lines):
        b = make_block(t, 2 + i, link_chars=linked)
        blocks.append(b.remove("link_density", "100% of the text is links") if linked
                      else b.remove("main_text", AFTER_SPAN))
    assert all(b.kept is kept for b in _contact_section(blocks)[1:])


def test_a_categorys_cards_each_one_link_around_its_maker_and_a_one_word_name():
    """Flaconi's tiles: one link around the maker's line and the name's ("CeraVe" / "Feuchtigkeitscreme"), the size,
    stars and price under the link; three of them on a page that counts its products: all three names stay."""
    tiles = "".join(f'<div class="tile"><a href="/p/{i}"><div class="brand">{brand}</div><div class="name">{name}'
                    f'</div></a><div class="variant">{40 + i} ml</div><div class="stars">★★★★★ (1.9{i}2)</div>'
                    f'<div class="price"><span class="Price">{18 + i},95 €</span></div></div>'
                    for i, (brand, name) in enumerate((("La Roche-Posay", "Toleriane"), ("Clinique", "Moisturizer"),
                                                      ("CeraVe", "Feuchtigkeitscreme"))))
    page = (f'<html><body><main><h1>Gesichtscreme</h1><p>Feuchtigkeitspflege für jeden Hauttyp.</p>'
            f'<span>3 Produkte</span><div class="grid">{tiles}</div></main></body></html>')
    a = pagecleaner.clean(page, input="html")
    assert a.page_type == "collection" and all(n in a.body for n in ("Toleriane", "Moisturizer", "Feuchtigkeitscreme"))


@pytest.mark.parametrize("rows,kept", [(2, True), (1, False)])
def test_a_businesss_prices_under_their_heading_two_rows_come_back(rows, kept):
    """Bookmark's physiotherapist: "Tarifas" over a table of two priced rows, which main_text cut after its text."""
    from pagecleaner.filters.pagetypes import _prices_under_heading
    table = "\n".join(["Sesión individual\t40 €", "Bono de cinco sesiones\t180 €"][:rows])
    heading = make_block("Tarifas", 1, kind="heading", level=2).remove("main_text", AFTER_SPAN)
    blocks = [make_block(prose(1), 0), heading, make_block(table, 2, kind="table").remove("main_text", AFTER_SPAN)]
    assert (_prices_under_heading(blocks) == {1, 2}) is kept


@pytest.mark.parametrize("cut, kept", [("link_density", True), ("main_text", False)])
def test_a_businesss_priced_cards_under_its_prices_heading_come_back(cut, kept):
    """A Podia studio's "Fiyatlar", which end_matter left empty, over cards each one link around a name in a heading
    and its price, which the link rule took; (a price main_text cut as a link is no such card's)."""
    from pagecleaner.filters.pagetypes import _prices_under_heading
    blocks = [make_block(prose(1), 0), make_block("Fiyatlar", 1, kind="heading", level=2).remove("end_matter", "x")]
    for i, (name, price) in enumerate((("Tek ders", "450 ₺"), ("Nefes atölyesi", "600 ₺"))):
        blocks += [make_block(name, 2 + 2 * i, kind="heading", level=3, link_chars=len(name)).remove(cut, "x"),
                   make_block(price, 3 + 2 * i, link_chars=len(price)).remove(cut, "x")]
    assert (_prices_under_heading(blocks) == {1, 2, 3, 4, 5}) is kept


SENUKAI_SOUP = ("Akumuliatoriniai gręžtuvai-suktuvai", "Gręžtuvai-suktuvai su akumuliatoriais lentynoms montuoti.",
                "Gamintojas", "Makita", "(38)", "Bosch", "(29)", "DeWalt", "(21)", "Kaina", "– €", "Įtampa",
                "12 V (31)", "18 V (86)",
                "Akumuliatorinis gręžtuvas-suktuvas Makita DDF485Z, 18 V", "169,99 €", "199,99 €",
                "Akumuliatorinis gręžtuvas-suktuvas Bosch GSR 12V-15", "139,99 €",
                "Akumuliatorinis gręžtuvas-suktuvas DeWalt DCD791D2", "299,00 €",
                "Akumuliatorinis gręžtuvas-suktuvas Einhell TE-CD 18/40 Li", "63,99 €", "79,99 €")


def test_a_categorys_filters_values_with_their_counts_go_on_a_category_as_text():
    """Senukai's category as soup flattens it: each filter's name over its values, each with its count in brackets
    on its line or the line under it ("Makita" / "(38)", "12 V (31)"), and the price filter's unit alone ("– €",
    its fields' numbers unread); the cards under them stay."""
    from pagecleaner.filters.pagetypes import _facets
    blocks = [make_block(t, i) for i, t in enumerate(SENUKAI_SOUP)]
    out = {b.text: b.removed_by for b in _facets(blocks)}
    assert all(out[t] == "listing_cards" for t in ("Gamintojas", "Makita", "Bosch", "DeWalt", "Įtampa", "12 V (31)",
                                                   "18 V (86)", "– €"))
    assert all(out[t] is None for t in SENUKAI_SOUP[:2] + SENUKAI_SOUP[14:])


def test_a_single_value_with_its_count_is_no_filter():
    """One line with a count in brackets over the cards is no filter's run of values ("Nauji (12)", a tab)."""
    from pagecleaner.filters.pagetypes import _facets
    blocks = [make_block(t, i) for i, t in enumerate(("Nauji (12)", "Akumuliatorinis gręžtuvas Makita", "169,99 €"))]
    assert all(b.kept for b in _facets(blocks))


@pytest.mark.parametrize("line, kept", [("Куда смотреть?", True), ("Any ideas?", True), ("Any ideas", False),
                                        ("Why?", False)])
def test_a_posts_question_of_two_words_is_its_text(line, kept):
    """As text, a thread's post of a sentence and a short question under it ("Куда смотреть?"), which main_text
    cut: the question comes back with the post."""
    from pagecleaner.filters.pagetypes import _post_text
    assert _post_text(line) is kept


# a Chinese Q&A's question page as soup splits it (Baidu Zhidao's): the title, the question right under it, the
# asker's line and buttons, the best answer's header, its text, its votes for and against on two lines, the others
ZHIDAO_SOUP = [
    "阳台种的薄荷叶子发黄是什么原因？_百度知道", "登录", "注册", "百度知道", "首页", "问题", "知道日报",
    "阳台种的薄荷叶子发黄是什么原因？",
    "薄荷种在朝南的阳台上，用的是普通花盆，每天浇一次水。最近下面的叶子一片片发黄，上面的新叶倒还挺绿。是浇水太多还是缺肥了？",
    "举报", "百度网友8a1c3e", "|", "浏览 1286 次", "|", "2026-11-02", "我来答", "分享", "最佳答案", "绿手指小园丁",
    "园艺领域专家", "2026-11-02 21:14",
    "每天浇水多半是浇多了。薄荷虽然喜湿，但盆土一直是湿的，根会缺氧，最先表现就是下部老叶发黄。",
    "建议等表层土干了两三厘米再浇透，盆底一定要有排水孔。另外发黄的老叶直接剪掉，半个月后会冒出新的侧枝。",
    "赞(86)", "踩(3)", "评论", "其他回答", "共2条", "晴天种菜", "2026-11-03 08:40",
    "也可能是盆太小了，根长满了盆。把整株倒出来看看，如果根已经盘成一团，就换个大一号的盆，顺便换新土。",
    "赞(12)", "踩(0)", "相关问题", "薄荷怎么养才能长得茂盛？", "多肉叶子发黄发软怎么办？", "©2026 Baidu"]


def test_a_questions_text_under_the_pages_title_comes_back_on_its_thread_as_text():
    """The question stands under its title, over its asker's line and buttons and the first answer's header: it is
    the thread's opening post; its votes split a line each, "赞(86)" / "踩(3)", are the posts' frame; the related
    questions under their heading are other threads; the title is the headline, its site's name cut."""
    a = pagecleaner.clean_text("\n\n".join(ZHIDAO_SOUP))
    body = a.body.split("\n\n")
    assert a.page_type == "forum" and a.headline == "阳台种的薄荷叶子发黄是什么原因？"
    assert body[0].startswith("薄荷种在朝南的阳台上") and len(body) == 4
    assert not any(line.startswith(("踩", "赞", "薄荷怎么养")) for line in body)


def test_a_posts_votes_for_and_against_split_a_line_each_are_a_threads_mark():
    from pagecleaner.pagetype import thread_marks
    from tests.conftest import make_blocks
    assert thread_marks(make_blocks("赞(86)", "踩(3)", "评论")) == [0]
    assert thread_marks(make_blocks("赞(86)", "评论")) == []


def test_a_categorys_description_under_its_heading_comes_back_with_its_cards_as_text():
    """XXL's category as html-text flattens it, its guide's paragraphs under the cards the densest prose: the
    description under the heading that shows the page's title ("Langrennsski" of "Langrennsski | Kjøp … | XXL"), over
    the cards, is the category's."""
    lines = ["Langrennsski | Kjøp langrennsski på nett | XXL", "Fri frakt over 699,- Åpent kjøp i 30 dager Prisgaranti",
             "Søk", "Logg inn Favoritter Handlekurv", "Dame Herre Barn Ski Tilbud", "Hjem / Ski / Langrennsski",
             "Langrennsski",
             "Klassisk, skøyting eller felleski: her finner du langrennsski for både turgåere og konkurranseløpere.",
             "86 produkter Sorter etter Populære Laveste pris Filtrer", "Nyhet", "Madshus Race Speed Skin, felleski",
             "3 499,-", "★★★★☆ (14)", "På lager i 12 butikker", "-30%", "Fischer Twin Skin Performance, felleski",
             "2 799,- Førpris 3 999,-", "★★★★★ (31)", "På lager i 7 butikker", "Atomic Redster S7, skøyteski",
             "4 299,-", "Kun på nett", "Peltonen Supra Classic, klassiskski", "1 999,-", "★★★★☆ (6)",
             "På lager i 3 butikker", "Du har sett 4 av 86 produkter", "Vis flere",
             "Slik velger du riktig langrennsski",
             "Skiens lengde og spenn avhenger av vekten din. Står du på skiene med vekten på én ski, skal det være "
             "et lite mellomrom under festesonen.",
             "Felleski er det enkleste valget for turgåing: de gir feste i alle forhold uten smøring.",
             "Meld deg på nyhetsbrevet", "Få tilbud og nyheter først.", "Meld på", "Kundeservice", "Finn butikk",
             "Retur", "© 2026 XXL Sport & Villmark AS"]
    a = pagecleaner.clean_text("\n\n".join(lines))
    assert a.page_type == "collection" and a.body.startswith("Klassisk, skøyting eller felleski")


@pytest.mark.parametrize("description, kept", [
    ("Nyheter fra øvelsene, konsertene og styret.", True),     # a sentence shorter than running text's
    ("Nyheter og arkiv", False),                              # no sentence: no description
])
def test_a_listings_heading_and_description_over_its_cards_come_back_as_text(description, kept):
    """ApostropheCMS's news index as html-text flattens it: the heading that shows the page's title ("Aktuelt" of
    "Aktuelt – Nordre Aker Kor") and its one sentence under it, over the list's filter and its cards, are the
    listing's own."""
    cards = [("Julekonsert i Ila kirke", "20. november 2024 · Konsert",
              "Vi synger norske og engelske julesanger sammen med Ila brass. Billetter selges ved inngangen og på "
              "nett."),
             ("Ny dirigent fra januar", "31. oktober 2024 · Styret",
              "Styret har ansatt Ingrid Haugland som ny dirigent. Hun har ledet ungdomskor i Bærum i åtte år."),
             ("Seminarhelg på Hurdal", "12. september 2024 · Øvelser",
              "Høstens seminar ble en helg med mye stemmeøving og en ny sats av Rachmaninovs Vesper.")]
    lines = ["Aktuelt – Nordre Aker Kor", "Nordre Aker Kor", "Om koret", "Aktuelt", "Konserter", "Bli med", "Kontakt",
             "Aktuelt", description, "Kategori: Alle Konsert Styret", *(x for c in cards for x in c), "1 2 3 Neste",
             "Nordre Aker Kor · Org.nr. 987 654 321", "Facebook", "Personvern"]
    a = pagecleaner.clean_text("\n\n".join(lines))
    assert a.page_type == "listing" and a.body.startswith(f"Aktuelt\n\n{description}") is kept


def test_a_two_word_title_all_link_over_its_blurb_is_a_cards_title():
    """Nucleus CMS's entries: the title a <div> around one link of two words, its blurb of prose under it; not two
    links a space apart (a card's tags), nor a date."""
    from pagecleaner.pagetype import card_list, title_link
    from pagecleaner.readers.html import read_html
    blurb = "In de koude bak heb ik een rij winterpostelein gezaaid, en in februari kun je er al van oogsten."
    items = "".join(f'<div class="item"><div class="itemtitle"><a href="/{i}">{t}</a></div>'
                    f'<div class="itembody">{blurb}</div></div>'
                    for i, t in enumerate(["Winterpostelein gezaaid", "Klei verbeteren met bladaarde",
                                           "Laatste pompoenen binnen"]))
    blocks, _ = read_html(f"<html><body><div class='contents'>{items}</div></body></html>")
    assert title_link(blocks, blocks[0]) and len(card_list(blocks)) >= 3
    tags, _ = read_html(f'<html><body><div class="c"><div><a href="/t/1">低山歩き</a> <a href="/t/2">東京</a></div>'
                        f'<div>{blurb}</div></div></body></html>')
    assert not title_link(tags, tags[0])


def test_a_listings_subtitle_in_a_heading_under_its_h1_is_its_own():
    """JNews' category page: its <h1>, an <h2> that says in a sentence what the category holds, then the cards; a
    heading under it that is no sentence ("Latest") is not the listing's."""
    def page(sub: str) -> str:
        cards = "".join(f'<article class="jeg_post"><h3 class="jeg_post_title"><a href="/p{i}">Dua belas desa kini '
                        f'punya wi-fi gratis nomor {i}</a></h3><div class="jeg_post_excerpt"><p>Pemerintah kabupaten '
                        f'memasang pemancar di balai desa nomor {i} sehingga warga bisa mengakses internet.</p>'
                        f'<a href="/p{i}" class="jeg_readmore">Baca selengkapnya</a></div></article>'
                        for i in range(4))
        return (f'<html><body><div class="jeg_archive_header"><h1>Teknologi</h1><h2>{sub}</h2></div>'
                f'<div class="jeg_posts">{cards}</div></body></html>')
    subtitle = "Kabar gawai, aplikasi dan internet dari Lembah dan sekitarnya."
    a = pagecleaner.clean(page(subtitle), input="html")
    assert a.page_type == "listing" and subtitle in a.body.split("\n")
    ctx = Context(config=Config(), input="html", meta={"headline": "Teknologi"}, page_type="listing")
    for sub, given in ((subtitle, [1]), ("Terbaru dari redaksi kami", [])):
        blocks = [make_block("Teknologi", 0, kind="heading", level=1),
                  make_block(sub, 1, kind="heading", level=2).remove("main_text", BEFORE_SPAN)]
        assert _description(blocks, frozenset({2, 3}), ctx) == given


def _fuwari(date_class: str = "text-sm pointer-events-none") -> str:
    """Fuwari's list of posts (Astro): each card a linked title, its date, its category and tags (short links, a
    "/" between), the blurb, its length and reading time; the card's classes Tailwind's."""
    cards = "".join(
        f'<div class="card-base flex"><div class="pl-6 relative"><a href="/posts/{i}/" class="block font-bold">{t}</a>'
        f'<div class="flex flex-wrap"><div class="flex items-center"><span class="{date_class}">2026-11-{30 - i}</span>'
        f'</div><div class="flex"><a href="/c/{i}/">電子工作</a></div><div class="flex"><a href="/t/a/">ESP32</a>'
        f'<div>/</div><a href="/t/b/">センサー</a></div></div><div class="text-75">{blurb}</div>'
        f'<div class="flex gap-4"><div>24{i}1 字</div><div>|</div><div>5 分</div></div></div></div>'
        for i, (t, blurb) in enumerate([
            ("ESP32でCO2センサーを作って換気を自動化した", "寝室のCO2濃度が朝には2000ppmを超えていたので、換気扇を回す仕組みを作りました。"),
            ("カーテンを日の出に合わせて開ける", "Home Assistantの日の出トリガーとスマートカーテンを組み合わせました。"),
            ("はんだ付けの煙を吸い込まないための小さな工夫", "PCファンと活性炭フィルターで簡易吸煙器を作り、机の横に置いています。")]))
    return f'<html><body><main><div class="flex flex-col">{cards}</div></main></body></html>'


def test_a_cards_date_category_and_tags_between_its_title_and_blurb_make_a_listing():
    """Fuwari's cards: the unspaced Japanese titles, all link, over their date, category and tags, then the blurb;
    the dates, lengths and reading times go, the titles and blurbs stay."""
    a = pagecleaner.clean(_fuwari(), input="html")
    lines = a.body.split("\n")
    assert a.page_type == "listing" and "カーテンを日の出に合わせて開ける" in lines
    assert "2026-11-29" not in lines and "2411 字" not in lines and "5 分" not in lines


def test_tailwinds_pointer_events_class_is_no_event():
    """A date in "pointer-events-none" (Tailwind's), which the reader splits into "pointer", "events", "none", is a
    card's date, not an event's day: it goes."""
    from pagecleaner.filters.pagetypes import _events
    assert not _events(make_block("2026-11-30", tokens=frozenset({"pointer", "events", "none", "text"})))
    assert _events(make_block("2026-11-30", tokens=frozenset({"events", "list"})))


def _kbin(credit: str = "Obsługiwane przez kbin") -> str:
    """A kbin thread as soup splits it: the title, the opening post over its author's line, its score up and down
    and its buttons, each reply under its author's line with its score and buttons, the magazine's box, the credit."""
    replies = [("wojtek_dzialka, 2 dni temu", prose(2), "9"), ("marta_z_bloku, 1 dzień temu", prose(3), "4")]
    lines = ["Jak przechowywać marchew przez zimę? - ogrodnictwo - kbin.example", "Wątki", "Mikroblog", "Magazyny",
             "Jak przechowywać marchew przez zimę?", prose(0), prose(1), "zielonaagata, 2 dni temu do ogrodnictwo",
             "14", "0", "6 komentarzy", "podbij (3)", "więcej", "zgłoś", "kopiuj link",
             *[x for header, text, score in replies for x in (header, text, score, "0", "odpowiedz", "podbij",
                                                               "więcej")],
             "Magazyn", "Ogrodnictwo", "Subskrybuj", "Działki, balkony, parapety. Wszystko, co rośnie.", credit]
    return "\n\n".join(lines)


def test_a_link_aggregators_thread_as_text_keeps_its_posts_not_their_frames():
    a = pagecleaner.clean_text(_kbin())
    lines = a.body.split("\n")
    assert a.page_type == "forum"
    assert all(prose(i) in lines for i in range(4))                    # (the opening post too, over its frame)
    assert not {"14", "wojtek_dzialka, 2 dni temu", "marta_z_bloku, 1 dzień temu", "podbij",
                "Działki, balkony, parapety. Wszystko, co rośnie."} & set(lines)


@pytest.mark.parametrize("line,frame", [("marta_z_bloku, 1 dzień temu", True), ("Anna Berg, 3 days ago", True),
                                        ("zielonaagata, 2 dni temu do ogrodnictwo", True),
                                        ("It rained for 2 days and then it was over", False)])
def test_a_posts_header_with_its_age_is_its_frame(line, frame):
    from pagecleaner.filters.pagetypes import _frame_line
    assert _frame_line(line) is frame


def _hugo_blox() -> str:
    """Hugo Blox's news as scraped text: the heading and its line, then each card's title, blurb, authors' names and
    date with its reading time; the pager and the footer."""
    cards = [("Termina la campaña de muestreo de otoño", "Lucía Ferrer, Diego Salas", "30 nov 2026"),
             ("Nerea Ortiz defiende su tesis doctoral", "Grupo de Ecología de Ríos", "14 nov 2026"),
             ("Nuevo artículo en Freshwater Biology", "Lucía Ferrer", "2 oct 2026")]
    lines = ["Noticias | Grupo de Ecología de Ríos", "Inicio", "Personas", "Publicaciones", "Noticias", "Contacto",
             "Noticias", *[x for i, (t, names, day) in enumerate(cards)
                           for x in (t, prose(i), names, f"{day} 2 min de lectura")],
             "»", "© 2026 Grupo de Ecología de Ríos"]
    return "\n\n".join(lines)


def test_a_cards_authors_and_date_under_its_blurb_go_the_last_cards_too():
    a = pagecleaner.clean_text(_hugo_blox())
    lines = a.body.split("\n")
    assert a.page_type == "listing" and all(prose(i) in lines for i in range(3))
    assert not {"Lucía Ferrer, Diego Salas", "Grupo de Ecología de Ríos", "Lucía Ferrer"} & set(lines)
    assert a.published is None          # (the last card's date is no date of the page's)


def _course(faq_heading: str = "Domande frequenti", answers: bool = True) -> list[str]:
    """A course's page as scraped text: the hero, what it teaches, the teacher, a testimonial, then the questions and
    answers under their heading."""
    faq = [("Serve un'impastatrice?", "No, tutte le ricette si fanno a mano, con una ciotola e un tarocco."),
           ("Quando inizia il corso?", "Quando vuoi: le lezioni si sbloccano una settimana dopo l'altra.")]
    return ["Pane a lievitazione naturale | Scuola di Pane", "Tutti i corsi", "Accedi",
            "Pane a lievitazione naturale", prose(0), "Iscriviti ora", "I nostri corsi", prose(1), prose(2),
            "Dicono del corso", prose(3), "Giulia R., Trento", "Iscriviti ora", faq_heading,
            *[x for q, ans in faq for x in ((q, ans) if answers else (q,))],
            "© Scuola di Pane 2026", "Termini di servizio", "Privacy"]


@pytest.mark.parametrize("heading,answers,kept", [("Domande frequenti", True, True), ("FAQ", True, True),
                                                  ("Domande frequenti", False, False),    # (no answers under them)
                                                  ("Altre domande", True, False)])
def test_a_service_pages_questions_and_answers_come_back(heading, answers, kept):
    a = pagecleaner.clean_text("\n\n".join(_course(heading, answers)))
    lines = a.body.split("\n")
    assert a.page_type == "service"
    assert ("Quando inizia il corso?" in lines and heading in lines) is kept


def _community(blurb: str = "Sauerteig, Vorteige und Brote aus dem Heimofen. Jede Woche eine Backaufgabe.") -> str:
    """A Skool post as html_text flattens it: the title, the post, its likes and count of comments, each comment
    its level, its author and age, its text and its row of buttons on a line; the group's box and credit under."""
    comments = [("Mara Lindner 2d", prose(1), "6"), ("Tobias Wendt 1d", prose(2), "1"),
                ("Erik Brandt 3h", prose(3), "3")]
    lines = ["Warum reißt mein Brot auf? · Brotbackschule", "Community", "Kurse", "Kalender", "Mitglieder",
             "Tobias Wendt", "2d • Fragen", "Warum reißt mein Brot auf?", prose(0), "Gefällt mir 14", "4 Kommentare",
             "Neuer Kommentar vor 3 Std.",
             *[x for header, text, likes in comments for x in ("5", header, text, f"Gefällt mir {likes} Antworten")],
             "Brotbackschule", "skool.example/brotbackschule", blurb, "1,2k Mitglieder", "powered by skool"]
    return "\n\n".join(lines)


def test_a_threads_last_row_of_buttons_on_its_line_ends_it():
    """The group's blurb under its name after the last comment's buttons is no post: no header with an age over it."""
    a = pagecleaner.clean_text(_community())
    lines = a.body.split("\n")
    assert a.page_type == "forum" and all(prose(i) in lines for i in range(4))
    assert "Neuer Kommentar vor 3 Std." not in lines
    assert "Sauerteig, Vorteige und Brote aus dem Heimofen. Jede Woche eine Backaufgabe." not in lines


def _barber(heading: str = "Serviços") -> str:
    """Fresha's venue: the name and address, the services under their heading (each a name, a duration and a price
    in <p>s, and a button), then a review and the about section, whose prose main_text keeps."""
    services = "".join(f'<li><div><p>{n}</p><p>{d} min</p><p>{p} €</p></div><button>Marcar</button></li>'
                       for n, d, p in (("Corte clássico", 30, 15), ("Corte e barba", 50, 24),
                                       ("Barba com toalha quente", 25, 12)))
    return (f'<html><body><main><section><h1>Barbearia do Largo</h1><p>Rua da Madalena 45, Lisboa</p></section>'
            f'<section><h2>{heading}</h2><ul>{services}</ul></section><section><h2>Avaliações</h2><article>'
            f'<p>{prose(1)}</p></article></section><section><h2>Sobre</h2><p>{prose(2)}</p><p>{prose(3)}</p></section>'
            f'</main></body></html>')


@pytest.mark.parametrize("heading,kept", [("Serviços", True), ("Destaques", False)])
def test_a_service_pages_list_of_services_with_durations_and_prices_comes_back(heading, kept):
    a = pagecleaner.clean(_barber(heading), input="html")
    lines = a.body.split("\n")
    assert ("Corte e barba" in lines and "50 min" in lines and "24 €" in lines) is kept


@pytest.mark.parametrize("tag,kept", [("h2", True), ("p", False)])
def test_a_categorys_section_heading_over_a_name_that_begins_with_it_is_no_maker(tag, kept):
    """Mercadona's category: each section's heading in an <h2> over its cards' names in <h4>s, the first name opening
    with the section's words ("Aceite de oliva" / "Aceite de oliva virgen extra Hacendado"): the heading stays; a
    maker's line in a <p> over the name goes."""
    cards = "".join(f'<div class="product-cell"><h4>{n}</h4><p>Botella 1 L</p><p>{p} €</p><button>Añadir al carro'
                    f'</button></div>' for n, p in (("Aceite de oliva virgen extra Hacendado", "8,95"),
                                                    ("Aceite de oliva suave Hacendado", "7,25"),
                                                    ("Aceite de girasol Hacendado", "2,10")))
    page = (f'<html><body><main><h1>Aceite, vinagre y sal</h1><section><{tag}>Aceite de oliva</{tag}>'
            f'<div class="product-container">{cards}</div></section></main></body></html>')
    a = pagecleaner.clean(page, input="html")
    assert a.page_type == "collection" and ("Aceite de oliva" in a.body.split("\n")) is kept


@pytest.mark.parametrize("heading,kept", [("Prestations", True), ("Nos salons", False)])
def test_a_service_pages_menu_of_services_by_its_class_comes_back(heading, kept):
    """Treatwell's salon: its services and prices in an element of class "VenueMenu", which the class rule takes
    for a site's menu: under the heading of the business's services they come back."""
    items = "".join(f'<div class="ServiceItem"><div>{n}</div><div>{d}</div><div>{p} €</div>'
                    f'<button>Choisir</button></div>' for n, d, p in (("Coupe femme", "1 h", 52),
                                                                       ("Couleur racines", "45 min", 48)))
    page = (f'<html><body><main><section><h1>L\'Atelier Coiffure Sabine</h1><p>24 rue Vauban, 69006 Lyon</p>'
            f'<a class="Button" href="#menu">Réserver</a></section><section class="VenueMenu"><h2>{heading}</h2>'
            f'{items}</section><section><h2>À propos</h2><p>{prose(1)}</p><p>{prose(2)}</p></section>'
            f'<section><h2>Nos services</h2><h3>Coiffure</h3><p>{prose(3)}</p></section></main></body></html>')
    a = pagecleaner.clean(page, input="html")
    assert a.page_type == "service"
    assert ("Couleur racines" in a.body.split("\n") and "48 €" in a.body.split("\n")) is kept


def _teasers(titled: bool = True) -> str:
    """Backdrop's news as html_text flattens it: the heading, each teaser a title, its submitted line, its paragraph
    and its "Tovább" link naming the title (for screen readers, `titled`) or not, then the pager and the credit."""
    lines = ["Hírek | Balatonfüredi Vitorlás Klub", "Címlap", "Hírek", "Versenyek", "Kapcsolat", "Hírek",
             *[x for t, day, blurb in TEASERS
               for x in (t, f"Beküldte Kovács Réka, 2026. {day}", blurb, f"Tovább {t}" if titled else "Tovább")],
             "1", "2", "következő ›", "Powered by Backdrop CMS"]
    return "\n\n".join(lines)


TEASERS = [("Lezárult a szezonzáró regatta", "november 22.", "Harmincnyolc hajó állt rajthoz erős északi szélben. A "
            "Kékszalag-győztes Szélvész legénysége ezúttal is az első helyen ért célba."),
           ("Téli hajótárolás a kikötőben", "november 8.", "November 30-ig lehet jelentkezni a téli darus "
            "kiemelésre. A csarnokban tizenkét hely maradt, a többi hajó a szabadtéri bakokra kerül."),
           ("Két új oktatóhajó érkezett", "október 17.", "A gyerekcsoportok tavasztól két új Optimist hajóval "
            "tanulhatnak, az egyesület tagjainak adományából.")]


@pytest.mark.parametrize("titled", [True, False])
def test_a_teasers_read_more_naming_its_title_ends_its_card(titled):
    """Each teaser's paragraph over its "Read more", the button alone or with the card's title after it: all three
    paragraphs stay, not only the one main_text kept."""
    a = pagecleaner.clean_text(_teasers(titled))
    lines = a.body.split("\n")
    assert a.page_type == "listing" and all(blurb in lines for _, _, blurb in TEASERS)


def test_a_shops_category_of_cards_with_no_link_keeps_its_cards():
    """(HTML) Conad's: each card a name over its price and its price per kilo in <div>s, no link in it, under the
    category's heading and description (the shop's bar over its header a sentence the text span weighs): the cards
    are the page's, as a list of linked titles would be."""
    cards = "".join(f'<div class="product-card"><img src="/p{n}.jpg" alt=""><div class="brand">{brand}</div>'
                    f'<div class="name">{name}</div><div class="price"><span>{p} €</span></div>'
                    f'<div class="unit">{u} €/kg</div><button>Aggiungi</button></div>'
                    for n, (brand, name, p, u) in enumerate((("Conad", "Spaghetti n.5 500 g", "0,69", "1,38"),
                                                             ("De Cecco", "Penne Rigate n.41 500 g", "1,29", "2,58"),
                                                             ("Sapori", "Orecchiette di Puglia 500 g", "1,99", "3,98"),
                                                             ("Verso Natura", "Fusilli integrali 500 g", "1,15",
                                                              "2,30"))))
    page = ('<html><body><div class="header-top"><span>Spesa online con ritiro in negozio o consegna a casa</span> '
            '<a href="/n">Scegli il negozio</a></div><header><a href="/">Conad</a><form><input type="search">'
            '<button>Cerca</button></form><a href="/login">Accedi</a> <a href="/carrello">Carrello 0</a></header>'
            '<main><nav><a href="/">Home</a> / <a href="/d">Dispensa</a></nav>'
            '<div class="plp-header"><h1>Pasta secca</h1>'
            '<p>Dagli spaghetti ai formati regionali: la pasta di semola di grano duro per tutti i giorni.</p></div>'
            '<div class="toolbar"><span>86 prodotti</span><button>Filtra</button><label>Ordina per <select><option>'
            f'Rilevanza</option></select></label></div><div class="grid">{cards}</div>'
            '<div class="more"><button>Mostra altri prodotti</button></div></main></body></html>')
    a = pagecleaner.clean(page, input="html")
    assert a.page_type == "collection"
    assert "Penne Rigate n.41 500 g" in a.body and "1,99 €" in a.body and "2,30 €/kg" in a.body


def test_a_business_pages_offers_in_text_go_on_past_each_ones_price_and_booking_button():
    """(scraped text) SimplyBook.me's clinic (Greek): each service its name, a sentence or none, its duration and
    price on a line and its button "Κράτηση" (book) under them: the offers after the first come back, their prices
    too, not their buttons."""
    lines = ["Φυσικοθεραπευτήριο Κίνηση - Κλείστε ραντεβού online", "Κράτηση Υπηρεσίες Κριτικές Επικοινωνία", "EL EN",
             "Σύνδεση", "Φυσικοθεραπευτήριο Κίνηση", "Εγνατίας 112, 546 30 Θεσσαλονίκη",
             "Φυσικοθεραπεία για αθλητικές κακώσεις, πόνο στη μέση και τον αυχένα και αποκατάσταση μετά από "
             "χειρουργείο. Κάθε συνεδρία γίνεται ατομικά, σε ξεχωριστό χώρο.", "Κλείστε ραντεβού", "Υπηρεσίες",
             "Πρώτη αξιολόγηση", "Ιστορικό, κλινική εξέταση και πρόγραμμα θεραπείας.", "45 λεπτά 35,00 €", "Κράτηση",
             "Συνεδρία φυσικοθεραπείας", "Θεραπευτικές ασκήσεις, κινητοποιήσεις και ηλεκτροθεραπεία.",
             "40 λεπτά 30,00 €", "Κράτηση", "Αθλητικό μασάζ", "30 λεπτά 25,00 €", "Κράτηση", "Κριτικές",
             "Powered by SimplyBook.me · Πολιτική απορρήτου"]
    body = pagecleaner.clean_text("\n\n".join(lines)).body
    assert "Συνεδρία φυσικοθεραπείας" in body and "40 λεπτά 30,00 €" in body
    assert "Αθλητικό μασάζ" in body and "30 λεπτά 25,00 €" in body
    assert "Κράτηση" not in body.split("\n")


@pytest.mark.parametrize("lines, kept", [
    (("Tuesday – Friday 9:00 – 19:00", "Saturday 7:30 – 17:00", "Sunday – Monday Closed", "091 563 210"),
     [True] * 5),
    # (a table's cells a line each, as HTML's text splits them; German's hours)
    (("Mo – Fr", "8–18 Uhr", "Sa", "9–13 Uhr", "So", "Ruhetag"), [True] * 7),
    (("Tuesday – Friday 9:00 – 19:00",), [False] * 2),                    # one line of hours: too few to tell
    (("We open early on Saturdays for weddings and late on Fridays.", "Saturday 7:30 – 17:00"), [False] * 3),
])
def test_a_businesss_opening_hours_under_their_heading_come_back(lines, kept):
    """Phorest's salon as scraped text: "Opening Hours" over its days and times, and the phone under them, which
    the menu rule took for a menu's run (short lines without a sentence)."""
    from pagecleaner.filters.pagetypes import _hours_section
    blocks = [make_block(prose(1), 0), make_block("Opening Hours", 1).remove("nav_run", "menu"),
              *[make_block(t, 2 + i).remove("nav_run", "menu") for i, t in enumerate(lines)]]
    assert [b.kept for b in _hours_section(blocks)[1:]] == kept
    # (the footer's, under its address: not right under the kept text)
    footer = [blocks[0], make_block("Via Gombito 14, 24129 Bergamo", 1).remove("main_text", AFTER_SPAN),
              *(b.remove("main_text", AFTER_SPAN) for b in make_blocks("Opening Hours", *lines)[0:])]
    footer = [b if i < 2 else make_block(b.text, i).remove("main_text", AFTER_SPAN) for i, b in enumerate(footer)]
    assert not any(b.kept for b in _hours_section(footer)[1:])


@pytest.mark.parametrize("lines, kept", [
    (("Aoife", "Senior Stylist", "Ciara", "Stylist"), [True] * 5),
    (("Aoife",), [False] * 2),                                            # one name: too few to tell
    (("Book your blow dry online.", "Aoife", "Ciara"), [False] * 4),       # a sentence under it: no team's names
])
def test_a_businesss_team_under_its_heading_comes_back(lines, kept):
    """Phorest's salon as scraped text: "Our Team" over each stylist's name and role, which the menu rule took for
    a menu's run."""
    from pagecleaner.filters.pagetypes import _team_section
    blocks = [make_block(prose(1), 0), make_block("Our Team", 1).remove("nav_run", "menu"),
              *[make_block(t, 2 + i).remove("nav_run", "menu") for i, t in enumerate(lines)],
              make_block(prose(2), 2 + len(lines))]
    assert [b.kept for b in _team_section(blocks)[1:-1]] == kept
    # (a menu's "Meet the team" over its other pages' links, a menu's run under them: no team)
    menu = [*blocks[:-1], make_block("Join Us", len(blocks) - 1).remove("nav_run", "menu")]
    assert not any(b.kept for b in _team_section(menu)[1:])


def test_a_business_pages_testimonials_under_its_text_come_back_as_text():
    """Phorest's salon as scraped text: "Reviews" under the phone that ends the kept text, over the stars, a
    review's sentence and its name (a heading is a line like the others)."""
    from pagecleaner.filters.pagetypes import _testimonials
    lines = ("Reviews", "★★★★★", "Ciara did my hair for a wedding and it lasted the whole night.", "Niamh K.")
    blocks = [make_block(prose(1), 0), *[make_block(t, 1 + i).remove("main_text", AFTER_SPAN)
                                         for i, t in enumerate(lines)]]
    assert all(b.kept for b in _testimonials(blocks, text=True))
    assert not any(b.kept for b in _testimonials(blocks)[1:])     # (HTML: its heading an element's)


@pytest.mark.parametrize("under, back", [("1000 g", True), ("Ekologisk och svensk", False)])
def test_a_cards_name_over_its_pack_size_and_price_comes_back(under, back):
    """Hemköp's category as scraped text: each card its maker, its name, its pack size, its price, its price per
    kilo; the menu rule took the second card's name (with the first card's button and the second's badge and
    maker): the name over a pack size ("1000 g") and the price comes back, not over a line of words."""
    from pagecleaner.filters.pagetypes import listing_cards
    lines = ["Yoghurt", "Arla Ko", "Yoghurt Naturell 3 % Ekologisk", "1000 g", "24,95 kr", "Jmf-pris 24,95 kr/kg",
             "Köp", "Klipp", "Yoggi", "Yoghurt Vanilj 2 %", under, "19,90 kr", "Jmf-pris 19,90 kr/kg", "Köp",
             "Lindahls", "Grekisk Yoghurt 10 %", "500 g", "29,95 kr", "Jmf-pris 59,90 kr/kg"]
    blocks = [b.remove("nav_run", "menu") if 6 <= b.index <= 9 else b for b in make_blocks(*lines)]
    out = listing_cards.fn(blocks, Context(config=Config(), page_type="collection"))
    assert out[9].kept is back


@pytest.mark.parametrize("line, back", [("Jmf-pris 59,90 kr/kg", True), ("35,98 zł/kg", True),
                                        ("22.5p/100g", True),                  # (in pence, Asda's)
                                        ("Fri frakt över 500 kr", False)])    # (no price per unit: a promise)
def test_the_last_cards_price_per_unit_under_its_price_comes_back(line, back):
    """Hemköp's category as scraped text: main_text's span ended at the last card's price; its price per kilo
    under it is the card's."""
    from pagecleaner.filters.pagetypes import listing_cards
    lines = ["Yoghurt", "Arla Ko", "Yoghurt Naturell 3 %", "24,95 kr", "Jmf-pris 24,95 kr/kg", "Yoggi",
             "Yoghurt Vanilj 2 %", "19,90 kr", "Jmf-pris 19,90 kr/kg", "Lindahls", "Grekisk Yoghurt 10 %",
             "29,95 kr", line, "Kundservice"]
    blocks = [b.remove("main_text", AFTER_SPAN) if b.index >= 12 else b for b in make_blocks(*lines)]
    out = listing_cards.fn(blocks, Context(config=Config(), page_type="collection"))
    assert out[12].kept is back and not out[13].kept


def test_an_archives_entries_each_a_title_and_its_day_are_its_cards():
    """Hakyll's archive as scraped text: its heading, its sentence, then each post's title and date on a line
    ("Nix op de Raspberry Pi - November 2, 2024"): main_text kept the sentence; the entries under it are the list's,
    up to the last, not the credit under them."""
    from pagecleaner.filters.pagetypes import listing_cards
    entries = ["Nix op de Raspberry Pi - November 2, 2024", "Parsers schrijven met Megaparsec - September 14, 2024",
               "Een jaar op de bakfiets - June 30, 2024", "Backups met restic naar de zolder - March 8, 2024"]
    blocks = make_blocks("Archief - Bits van Bart", "Archief", "Alle berichten over Haskell en de fiets.", *entries,
                         "Site proudly generated by Hakyll")
    blocks = [b.remove("main_text", AFTER_SPAN) if b.index >= 3 else b for b in blocks]
    out = listing_cards.fn(blocks, Context(config=Config(), page_type="listing"))
    assert all(b.kept for b in out[3:7]) and not out[7].kept


@pytest.mark.parametrize("heading, back", [("Menù", True), ("Seguici", False)])
def test_a_restaurants_menu_of_dishes_and_prices_comes_back(heading, back):
    """TheFork's trattoria: its list of dishes in an element called "menu" (the class rule took it for a site's
    menu), under its heading "Menù", each dish with its price: the business's prices; not a menu of links."""
    page = (f"<html><body><main><section><h1>Trattoria da Bruna</h1><p>Via del Pratello 41, 40122 Bologna</p>"
            f"<button>Prenota un tavolo</button></section><section><h2>Informazioni</h2><p>{prose(1)}</p></section>"
            f"<section id='menu'><h2>{heading}</h2><h3>Primi</h3><ul class='tf-menu'><li>Tortellini in brodo 14 €</li>"
            f"<li>Tagliatelle al ragù 12 €</li></ul></section><section><h2>Recensioni</h2><p>{prose(2)}</p></section>"
            f"</main></body></html>")
    a = pagecleaner.clean(page, input="html")
    assert a.page_type == "service" and ("Tortellini in brodo 14 €" in a.body) is back


@pytest.mark.parametrize("duration, back", [("15 min", True), ("Free", False)])
def test_a_booking_pages_linked_offers_each_with_its_duration_come_back(duration, back):
    """Calendly's page: the coach's name and sentence, then three event types, each a card that is one link (the
    link rule took it) holding its name, its duration alone and a sentence of what it is."""
    cards = "".join(f"<a class='event-type' href='/m/{i}'><div>{n}</div><div>{duration}</div><div>{prose(i)}</div></a>"
                    for i, n in enumerate(("Intro call", "Coaching session", "CV and LinkedIn review")))
    page = (f"<html><body><div><h1>Maya Okafor</h1><p>{prose(7)}</p></div><div class='list'>{cards}</div>"
            f"<div class='footer'><a href='https://calendly.com'>Powered by Calendly</a></div></body></html>")
    a = pagecleaner.clean(page, input="html")
    assert a.page_type == "service" and ("Coaching session" in a.body) is back


@pytest.mark.parametrize("duration, back", [("60 min", True), ("Book", False)])
def test_a_booking_pages_offers_each_with_its_duration_alone_come_back_as_text(duration, back):
    """Calendly's page as scraped text: three event types, each its name, its duration alone and its sentence;
    main_text kept one of them."""
    from pagecleaner.filters.pagetypes import _timed_offers
    lines = [x for i, n in enumerate(("Intro call", "Coaching session", "CV review")) for x in (n, duration, prose(i))]
    assert (_timed_offers(make_blocks("Maya Okafor", prose(7), *lines), text=True) != frozenset()) is back
