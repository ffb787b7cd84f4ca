"""Segmentation (headline, section, standfirst, dateline, byline, date) and date parsing."""
import pytest

import pagecleaner
from pagecleaner import dates
from tests.conftest import prose


def page(*lines):
    return pagecleaner.clean_text("\n\n".join(lines))


@pytest.mark.parametrize("text,iso", [
    ("Nov 19, 2019, 10:31 pm CST", "2019-11-19"),
    ("November 19th, 2019", "2019-11-19"),
    ("19 November 2019", "2019-11-19"),
    ("19. November 2019", "2019-11-19"),
    ("12 de marzo de 2020", "2020-03-12"),
    ("3 février 2021", "2021-02-03"),
    ("19.11.2019", "2019-11-19"),
    ("25/12/2019", "2019-12-25"),
    ("11.14.2019 09:00 AM", "2019-11-14"),        # dots, but month first: it cannot be day first
    ("2/24/2026", "2026-02-24"),                  # slashes, month first: the day cannot be a month
    ("28-04-2021", "2021-04-28"),                 # hyphens, read as slashes (the day past 12: day first)
    ("posted on 8-3-2026 at 11:40", None),        # (either may be the month: no date, though a date's shape)
    ("2019-11-20T10:00:00+01:00", "2019-11-20T10:00:00+01:00"),
    ("2019-11-20", "2019-11-20"),
    ("2024 - 11 - 17", "2024-11-17"),             # its hyphens spaced: a scraper's between the parts' elements
    ("2024 - 2025", None),
    ("15. Jänner 2014", "2014-01-15"),            # Austrian German's January
    ("26. Okt. 2018", "2018-10-26"),              # a month's short form where it is no English one
    ("12 déc. 2019", "2019-12-12"),
    ("3 dic 2020", "2020-12-03"),
    ("2026年3月 8日 17:20", "2026-03-08"),          # Japanese and Chinese: year, month, day each with its sign
    ("2026年3月8日", "2026-03-08"),
    ("2026년 3월 8일", "2026-03-08"),               # Korean
    ("Wed Mar 11 09:12:44 UTC 2026", "2026-03-11"),   # the C library's date, a mail archive's: the time before the
    ("Date: Wed Mar 11 09:12:44 2026 +0100", "2026-03-11"),     # year, a zone's name between them or not
    ("28. 11. 2024", "2024-11-28"),               # Czech, Slovak, Slovenian: a space after each dot
    ("Vydáno 3. 4. 2023 v 10:00", "2023-04-03"),
    ("28. 11.2024", None),                        # (the dots spaced alike, or not at all)
])
def test_find_date(text, iso):
    assert dates.find_date(text) == iso


def test_a_date_with_hyphens_has_a_dates_shape():
    assert dates.has_date_shape("posted on 8-3-2026 at 11:40") and not dates.has_date_shape("Call 12-3456-78")


@pytest.mark.parametrize("text,found", [
    ("May 21, 2025 April 24, 2025 by The Ritualist", ["2025-05-21", "2025-04-24"]),
    ("Tom 2024-04-18T13:00:39+00:00 March 22nd, 2024 | Reviews", ["2024-04-18T13:00:39+00:00", "2024-03-22"]),
    ("By Rachel Jones 08/13/2020 May 22nd, 2025 3 Comments", ["2020-08-13", "2025-05-22"]),
    ("Dec 7 and 19 November 2019", ["2019-11-19"]),           # a date without its year is none
    ("Posted on 5. März 2024", ["2024-03-05"]),
    ("投稿日: 2026年3月8日 更新日: 2026年3月10日", ["2026-03-08", "2026-03-10"]),
    ("Wed Mar 11 09:12:44 UTC 2026", ["2026-03-11"]),         # (one date: not "Mar 11" and no year besides)
])
def test_find_dates_gives_every_date_of_a_line_in_order(text, found):
    assert dates.find_dates(text) == found
    assert dates.earliest_date(text) == min(found, key=lambda d: d[:10])


@pytest.mark.parametrize("line,iso", [
    ("May 21, 2025 April 24, 2025 by The Ritualist", "2025-04-24"),        # updated, then published
    ("Posted on January 8, 2015 December 14, 2019 Categories Presence", "2015-01-08"),    # published, updated
    ("Updated November 11, 2022 8:23 PM ET Originally published November 9, 2022", "2022-11-09"),
    ("Veröffentlicht am 10. Februar 2019 9. Februar 2019 von Heiko", "2019-02-10"),   # the label names the first
])
def test_a_date_line_with_two_dates_dates_the_page_by_the_earlier_or_the_labelled(line, iso):
    a = page("Council approves a larger budget plan", line, prose(1), prose(2))
    assert a.published == iso


@pytest.mark.parametrize("text,period", [
    ("Oktober 2015", True), ("2010", True), ("Ab 2008", True), ("2008-2012", True), ("September 2013/2014", True),
    ("since 1998", True), ("2008 – heute", True),
    ("12 March 2015", False),               # a day: a story's date
    ("2015 was a good year", False),        # a year in a sentence
    ("1000 Euro", False),
])
def test_a_period_is_a_line_of_a_month_and_year_or_years_alone(text, period):
    assert dates.is_period(text) is period


@pytest.mark.parametrize("text", ["Dec 7", "LONDON, United Kingdom, Dec 7", "2 days ago", "05/06/2019",
                                  "2019-02-30", "may be 12 2019", "2026年2月30日", "Mar 11 09:12 PM", "3月12日 22:03"])
def test_no_date_is_invented(text):
    assert dates.find_date(text) is None


@pytest.mark.parametrize("text,iso", [("23.09.22", "2022-09-23"), (" 1.2.24 ", "2024-02-01"),
                                      ("23/09/22", "2022-09-23"),    # slashes: the day first when it cannot be a month
                                      ("09/11/22", None), ("31.02.22", None),       # no telling; no such day
                                      ("23.09.2022", None), ("On 23.09.22", None)])   # not a short year; not alone
def test_a_date_with_a_year_of_two_digits_is_read_alone(text, iso):
    assert dates.short_year_date(text) == iso


@pytest.mark.parametrize("text, shaped", [("3月12日 22:03", True), ("3월 12일", True), ("投稿日 12月1日", True),
                                          ("13月12日", False), ("第3章", False)])
def test_a_month_and_day_in_their_cjk_signs_are_a_dates_shape_without_a_year(text, shaped):
    assert dates.has_date_shape(text) is shaped


@pytest.mark.parametrize("text, shaped", [
    ("21.11.26 19:55:31 MSK", True), ("kotov_ilya ★ (21.11.26 20:18:02 MSK)", True),    # a board's signature's time
    ("21.11.26", False),                    # no time: a version's number as well as a date
    ("v1.2.26 10:00", False),               # a version's, a letter before it
    ("21.11.2026 19:55", True),             # (a year of four digits: the dotted date's own shape)
])
def test_a_dotted_date_with_a_year_of_two_digits_and_its_time_is_a_dates_shape(text, shaped):
    assert dates.has_date_shape(text) is shaped


def test_a_dotted_date_with_a_year_of_two_digits_and_its_time_gives_no_date():
    assert dates.find_date("21.11.26 19:55:31 MSK") is None       # (a shape only: which century, no telling)


@pytest.mark.parametrize("address,iso", [
    ("http://www.example.de/2014/05/18/alles-neue-macht-der-mai/", "2014-05-18"),       # a blog's permalink
    ("https://www.example.com/education/2020/oct/02/halls-too-full", "2020-10-02"),    # the month's name
    ("https://www.example.com/business/story/2019-11-19/merger-future", "2019-11-19"),  # a segment's ISO date
    ("https://www.example.org/tuft-cells-set-off-immune-responses-20191115/", "2019-11-15"),   # the slug's last part
    ("https://www.example.de/Meldung/2022/20220124-foerderung-gebaeude.html", "2022-01-24"),   # its first part
    ("https://www.example.de/media-news/meldungen/29-10-2021", "2021-10-29"),           # the day first
    ("https://www.example.com/news/11-19-2019/vote", "2019-11-19"),                     # the month first
    ("https://www.example.com/news/05-06-2021/vote", None),          # either way round: no telling
    ("https://www.example.com/2014/05/alles-neue/", None),           # no day
    ("https://www.example.com/2021/02/30/x/", None),                 # no such day
    ("https://www.example.com/2020/market/02/x/", None),             # no month
    ("https://20191115.example.com/story", None),                    # the host's digits
    ("https://www.example.com/story?from=2019-11-19", None),         # a query's
    ("https://www.example.com/story/123201911150/", None),           # an id's
])
def test_the_date_a_pages_address_names(address, iso):
    assert dates.address_date(address) == iso


def test_headline_section_byline_date():
    a = page("Home", "World", "Sport", "Business", "POLITICS", "Council approves a larger budget for schools",
             "By Jane Doe", "Published: March 3, 2021", prose(1), prose(2), prose(3))
    assert a.headline == "Council approves a larger budget for schools"
    assert a.section == "POLITICS"
    assert a.byline == "Jane Doe"
    assert a.published == "2021-03-03"
    assert len(a.body_blocks) == 3


def test_a_byline_label_from_the_config_opens_the_byline():
    lines = ("Council approves a larger budget for schools", "Reportage: Jane Doe", "Published: March 3, 2021",
             prose(1), prose(2), prose(3))
    cfg = pagecleaner.Config(extra_phrases=(("byline_label", ("Reportage:",)),))
    a = pagecleaner.clean_text("\n\n".join(lines), config=cfg)
    assert a.byline == "Jane Doe" and "Reportage" not in a.body
    assert page(*lines).byline is None           # without the config, "Reportage:" is no label


def test_a_headline_that_reads_as_a_sentence_over_its_date_line():
    # no title line with a byline or date under it: the first line, short, right over the date line, is the headline
    a = page("Set Your Location:", "Enter City and State or Zip Code", "Congratulations!",
             "Your weather is set to . You can change the location at any time.", "AccuWeather.com Quick Look",
             "Change your current location »", "You are signed in as Edit Profile Sign Out Search", "Entertainment",
             "South Dakota doubles down on its slogan. It just might work.", "Updated Nov 19, 9:41 AM",
             "By Amy Kuperinsky", prose(1), prose(2), prose(3))
    assert a.headline == "South Dakota doubles down on its slogan. It just might work."
    # a title line with a date under it stays the headline; the sentence under it is its standfirst
    b = page("Council approves a larger budget for schools", "Published: March 3, 2021",
             "The vote ends a year of talks.", "By Jane Doe", prose(1), prose(2), prose(3))
    assert b.headline == "Council approves a larger budget for schools"


def test_a_headline_above_the_text_that_reads_as_a_sentence_over_its_date_line():
    # a blog's title with its full stop, above the kept text, right over the date line: the headline
    a = page("Home", "Kolumne", "Film", "Shop", "Warum ich lieber Bauchgeburt statt Kaiserschnitt sage.",
             "Nike Jane – 14.09.2022 – Kolumne, Allgemein", prose(1), prose(2), prose(3))
    assert a.headline == "Warum ich lieber Bauchgeburt statt Kaiserschnitt sage."
    # a title line two lines over the byline stays the headline: the sentence right over the byline is its dek
    b = page("Opinion", "Republicans Are Following Trump to Nowhere",
             "There is a lesson hiding in the president's failure to produce the results he wants.",
             "By Jamelle Bouie", "Opinion Columnist", prose(1), prose(2), prose(3))
    assert b.headline == "Republicans Are Following Trump to Nowhere"


def test_a_post_of_short_lines_has_its_title_over_its_date_line_not_among_its_lines():
    # the post is an agenda (no paragraph of prose) under its date line: its first line is no headline, the
    # title over the date line is, and the agenda is the body
    from tests.filters.test_context import AGENDA, TAGLINE
    a = pagecleaner.clean_text("\n\n".join(["DenkanStoos Hamburg", TAGLINE, "Startseite", "Events", "Blog",
                                             "DenkanStoos April 2012",
                                             "Veröffentlicht am 11. April 2012 von bjoernlinder01",
                                             *AGENDA, "Drucken", "Twitter", "Facebook", "Ähnliche Beiträge"]))
    assert a.headline == "DenkanStoos April 2012"
    assert a.body.startswith(AGENDA[0]) and AGENDA[-1] in a.body and TAGLINE not in a.body


@pytest.mark.parametrize("lines,plain", [
    (["Veröffentlicht am 11. April 2012", "Moderator: Hass Chapman", "Agenda", "Small groups (30 mins)"], True),
    (["Veröffentlicht am 11. April 2012", "Council approves a larger budget", prose(1)], False),   # prose follows
    (["Ein Treffen in Hamburg", "Moderator: Hass Chapman", "Agenda", "Small groups (30 mins)"], False),  # no date line
])
def test_lines_under_meta_asks_for_a_date_line_right_over_lines_that_are_no_prose(lines, plain):
    from pagecleaner.segment import _lines_under_meta
    from tests.conftest import make_blocks
    blocks = make_blocks(*lines)
    if lines[0].startswith("Veröffentlicht"):
        blocks[0] = blocks[0].remove("date_line", "date line (metadata)")
    assert _lines_under_meta(blocks, [1, 2, 3][:len(lines) - 1]) is plain


def test_a_headline_under_two_disclaimer_paragraphs_over_its_standfirst_and_date():
    disclaimer = ("Our site aims to help readers make informed decisions, and our editors choose what is on this "
                  "page on their own.")
    a = page("Home", "Reviews", "Guides", "Deals", disclaimer, disclaimer.replace("Our site", "This guide"),
             "Top Cloud Storage Services for Business",
             "Cloud storage services offer affordable and flexible ways to keep the files of a business safe.",
             "Written by: Sean Peek, Updated Jan 06, 2026", prose(1), prose(2), prose(3))
    assert a.headline == "Top Cloud Storage Services for Business"
    # a shop's prompt over a label and the author is not a headline over its standfirst
    b = page(disclaimer, disclaimer.replace("Our site", "This guide"), "More Options Available In Your Shopping Cart!",
             "Embroidery:", "Author: Petra Ruland", prose(1), prose(2), prose(3))
    assert b.headline != "More Options Available In Your Shopping Cart!"
    assert disclaimer in b.body


def test_a_products_price_under_its_name_is_no_standfirst():
    """Leboncoin's ad: the title, the price, the date; the price is the product's, not a standfirst."""
    a = pagecleaner.clean("<html><body><main><h1>Vélo de ville Peugeot LC01 taille M</h1><p>180 €</p>"
                          "<p>8 mars 2026 à 14:05</p><button>Acheter</button><h2>Description</h2>"
                          f"<p>{prose(1)}</p><p>{prose(2)}</p></main></body></html>", input="html")
    assert a.summary is None and a.body.startswith("180 €")


def test_a_reviews_signature_under_a_products_text_is_no_byline_nor_its_date():
    """x-kom's product: under its description and its specifications, its reviews, each signed with its reviewer's
    name and day ("Katarzyna · 12.02.2026"): the product's page has no author and no date of its own."""
    a = pagecleaner.clean("<html><body><main><h1>Czajnik elektryczny Tovaro KE-17 stalowy 1,7 l</h1><p>149,00 zł</p>"
                          f"<button>Dodaj do koszyka</button><h2>Opis produktu</h2><p>{prose(1)}</p><p>{prose(2)}</p>"
                          "<h2>Specyfikacja</h2><dl><dt>Pojemność</dt><dd>1,7 l</dd><dt>Moc</dt><dd>2200 W</dd>"
                          "<dt>Materiał obudowy</dt><dd>Stal nierdzewna</dd></dl><h2>Opinie</h2>"
                          "<div class='review'><div>Katarzyna · 12.02.2026</div><p>Ładny i cichy, ale "
                          "pokrywka otwiera się dość gwałtownie.</p></div></main></body></html>", input="html")
    assert a.page_type == "product" and a.byline is None and a.published is None


def test_standfirst_between_headline_and_date_line():
    stand = "The plan, which raises spending by a fifth, now goes to the upper house for a final vote next week."
    a = page("Council approves a larger budget", stand, "Published", prose(1), prose(2))
    assert a.summary == stand
    assert a.body_blocks[0].text == prose(1)


@pytest.mark.parametrize("under,is_summary", [
    ("<p>Edition: M-A. Pierron</p>", False),           # an editor's credit: the lead is the story
    (f"<p>{prose(1)}</p><p>{prose(2)}</p>", True),      # the story under its standfirst
])
def test_a_lead_over_nothing_but_an_editors_credit_is_the_story_not_a_standfirst(under, is_summary):
    stand = "The plan, which raises spending by a fifth, now goes to the upper house for a final vote next week."
    a = pagecleaner.clean(f"<html><body><article><header><h1>Council approves a larger budget</h1><p>{stand}</p>"
                          f"</header>{under}</article></body></html>", input="html")
    assert (a.summary == stand) is is_summary and (stand in a.body) is not is_summary


LEAD = "Twice she came away empty-handed in Antholz, but in the last race she struck back"


@pytest.mark.parametrize("lead,is_summary", [
    (LEAD, True),                                                                   # the story's lead
    ("Twice She Came Away Empty-Handed In Antholz, But In The Last Race She Struck Back", False),    # a title
    ("Tested by: John Milbank, who rode it in the rain for a month and then wrote of it", False),    # a field
    ("Council approves a larger budget for the city's schools", False),            # the title shown again
])
def test_the_lead_the_text_left_out_above_share_buttons_is_the_standfirst(lead, is_summary):
    a = page("Council approves a larger budget for the city's schools", "March 3, 2021", lead, "Share this article",
             "Share on Facebook", "Share on Twitter", prose(1), prose(2), prose(3))
    assert a.headline == "Council approves a larger budget for the city's schools"
    assert (a.summary == lead) is is_summary and lead not in a.body


TOC = ("Inhalt: Das erwartet Sie in diesem Artikel", "What the council decided", "What the schools get", "Who pays",
       "What the teachers say", "What comes next", "How the vote went", "What parents think")
BUDGET = ("The council voted on Monday to give the city's schools a larger budget, after a year of talks with the "
          "teachers and the parents who had asked for more money for the schools.",
          "The schools will get the larger budget from next year, and the council will pay for it with a tax that the "
          "city's voters approved in the spring.")
BUDGET_LEAD = "The council gives the city's schools more money next year, and the voters pay for it with a new tax"


@pytest.mark.parametrize("title_again,lead,is_summary", [
    ("", BUDGET_LEAD, True),                                # the lead right over the byline, a contents box after
    ("Council budget: more money for the city's schools", BUDGET_LEAD, True),     # the title again over the lead
    ("", "Council Gives The City's Schools More Money Next Year, Voters Pay With A New Tax", False),   # a title
])
def test_the_lead_right_over_the_byline_is_the_standfirst_whatever_comes_before_the_story(title_again, lead,
                                                                                        is_summary):
    lines = [line for line in ("Council approves a larger budget for the city's schools", title_again, lead,
                               "By Jane Doe", "March 3, 2021", "© complize / photocase.de", *TOC, *BUDGET, prose(3))
             if line]
    a = page(*lines)
    assert a.headline == "Council approves a larger budget for the city's schools"
    assert (a.summary == lead) is is_summary and lead not in a.body


@pytest.mark.parametrize("bio,is_summary", [
    ("Jane Doe is a reporter and editor covering city hall, the council and its budget for the paper.", False),
    ("John Smith is a nurse and a father of three who has worked at the city's hospital for twenty years.", True),
])
def test_the_bio_of_the_author_the_byline_names_is_no_standfirst(bio, is_summary):
    a = page("Council approves a larger budget", bio, "By Jane Doe", prose(1), prose(2))
    assert a.byline == "Jane Doe"
    assert (a.summary == bio) is is_summary and bio not in a.body      # (the author's box: neither)


@pytest.mark.parametrize("line,name", [
    ("By Bryon Powell on March 1, 2026 | Comments", "Bryon Powell"),
    ("Chris Romans June 13, 2019 by Chris Romans", "Chris Romans"),
    ("By Craig Randall, Alli Miles, Eszter Horanyi on March 12, 2026 | Comments", "Craig Randall, Alli Miles, Eszter Horanyi"),
    ("Published 11:11 PM EST Nov 19, 2019", None),
    ("Published: Mar 8, 2024 · Modified: May 19, 2025 by Jessica Robinson ·", "Jessica Robinson"),   # after the date
    ("Monday November 18, 2019 7:45 am PST by Joe Rossignol", "Joe Rossignol"),
    ("By Genaveve Bradshaw ⋅ Senior Review Analyst ⋅ Updated March 5, 2025", "Genaveve Bradshaw"),   # '⋅' separates     # the weekday is no name
    ("Mittwoch, 20. November 2019", None),
    ("By Chris Pokorny @DawgsByNature Nov 18, 2019, 11:47am EST", "Chris Pokorny"),   # not the handle
    ("By Conor AllisonJanuary 14, 2026", "Conor Allison"),        # an element glued to the next (inscriptis)
    ("Last Updated on April 8, 2024 by Amanda Brooks", "Amanda Brooks"),   # 'Last' is the label's, not a name
    ("Jordie van Rijn 21 February 2026", "Jordie van Rijn"),       # a particle inside the name
    ("Beginndatum 27. September 2018", None),                      # one word that labels the date
    ("Last updated on August 2, 2025 by Shannon", "Shannon"),     # one name after 'by' where the line ends
    ("September 10, 2018 | by Catherine", "Catherine"),
    ("September 29, 2025 / Brian Childers", "Brian Childers"),    # after the date and a separator
    ("November 18, 2019 | 2 Comments", None),                     # a separator and no name after it
    ("Published on December 2nd, 2025 by Chen Zhao and Daryl Fairweather", "Chen Zhao and Daryl Fairweather"),
    ("109 Comments | Jill Winger | Last Updated: March 11, 2019", "Jill Winger"),   # past a field that counts
    ("Dec 26, 2025 • Jane Porter in Project Management", "Jane Porter"),            # not the category after 'in'
    ("Posted on 2015-04-05 by marc | Leave a comment", "marc"),                     # a user's handle, a field's end
    ("Publiziert am 13. Januar 2014 von uriebe", "uriebe"),
    ("Erstellt von Fabian am Dienstag 6. Mai 2014", "Fabian"),                      # one name, then 'am' and a date
    ("Posted May 3, 2020 by the editors", None),                                    # a function word is no handle
    ("Do 9 Apr 2020", None),                                   # a weekday's two letters (Donnerstag), not a name
    ("| Le 19 février 2020", None),                            # a function word alone before the date
    ("Released Wednesday, March 2, 2022", None),               # a publication label and the date's weekday
    ("Amelie Siekmann, am Sonntag, 11.12.2022 - 05:00 (1 Kommentar)", "Amelie Siekmann"),  # not 'am' and the weekday
    ("Sherif Saed, Wednesday 20 November 2019 07:23", "Sherif Saed"),                    # not the weekday
    ("Florence Audier, le 12 mars 2019", "Florence Audier"),                             # not 'le'
    ("Eingetragen am 3. Januar 2020", None),                   # 'am' after no comma: a label's, no name's
    ("Fama: Jueves 28 de Abril de 2022 5:03 PM", None),        # a source's label, the date's weekday
    ("Am 13. November 2019 Von Henry In Aktuell", "Henry"),    # not the category after a capitalised 'In'
    ("Beitragvon Kräutergarten_Anne » Sa 9. Mär 2024, 09:41", "Kräutergarten_Anne"),   # phpBB's, its icon's word
    ("Postby jane_doe » Sat Mar 09, 2024 9:41 am", "jane_doe"),                       # glued to "by"; "»" ends it
    ("Posté(e) 2 octobre 2023", None),                         # a board's post label (Invision's), no name
    ("Inviato: 12 marzo 2026 21:14", None),                    # (JForum's "Sent:" in Italian)
    ("Verfasst am 12. März 2026", None),
    ("Wysłany: 14 sie 2024, 19:42", None),                     # (UseBB's and phpBB's "Sent:" in Polish)
    ("Geplaatst: 14 augustus 2024", None),                     # (in Dutch)
    ("Yazan: Selin Aydın 24 Kasım 2024", "Selin Aydın"),       # (Turkish: "Written by")
    ("Asked Oct 27, 2026", None),                              # a Q&A post's labels (Apache Answer's)
    ("Modified Oct 28, 2026", None),
])
def test_the_author_a_date_line_names(line, name):
    a = page("Council approves a larger budget for schools", line, prose(1), prose(2))
    assert a.byline == name and a.published is not None


@pytest.mark.parametrize("line", ["Died 27 November 1852 (aged 36)", "Born 10 December 1815"])
def test_a_lifes_date_in_a_fact_box_names_no_author(line):
    assert page("Council approves a larger budget for schools", line, prose(1), prose(2)).byline is None


def test_headline_over_a_lone_by_and_the_name_under_it():
    a = page("Home", "World", "Sport", "Business", "Google Stadia, Microsoft xCloud, Apple Arcade: So Many Ways to Pay",
             "There are more devices, platforms and services to choose from than ever before.", "By",
             "Sarah E. Needleman", prose(1), prose(2))
    assert a.headline == "Google Stadia, Microsoft xCloud, Apple Arcade: So Many Ways to Pay"


@pytest.mark.parametrize("label,lone", [("By", True), ("Author", True), ("Contributors:", True),
                                        ("CONTRIBUTORS", False)])     # a site's menu item, no label without ':'
def test_a_label_alone_on_a_line_labels_the_name_under_it(label, lone):
    from pagecleaner.vocab import LONE_BY
    assert bool(LONE_BY.match(label)) is lone


def test_a_lone_by_under_the_standfirst_is_no_paragraph_of_the_story():
    """Soup text: "By" and the name on lines of their own, a blank line between, under the standfirst."""
    dek = "NFL assaults have led to lawsuits before. But a prosecutor would have difficulty proving a crime."
    a = pagecleaner.clean_text("Is Football Violence a Crime?\n\n" + dek + "\n\nBy\n\nRandy Maniloff\n\n"
                               + prose(1) + "\n\n" + prose(2))
    assert a.byline == "Randy Maniloff" and a.summary == dek
    assert a.body.startswith(prose(1)) and "By\n" not in a.body


@pytest.mark.parametrize("under,byline", [("Randy Maniloff", "Randy Maniloff"),
                                           ("Ursula von der Leyen", "Ursula von der Leyen"),
                                           ("Jane Doe and John Roe", "Jane Doe and John Roe"),
                                           ("Wedding Checklists Just Engaged Wedding Planning", None)])   # 6 words
def test_the_line_under_a_lone_by_is_a_name_of_four_words_at_most_per_person(under, byline):
    a = page("Is Football Violence a Crime?", "By", under, prose(1), prose(2))
    assert a.byline == byline


def test_a_title_with_widget_words_inside_other_words_is_a_title():
    a = page("Home", "World", "Sport", "Business", "Home Depot sales miss, shares plunge", "By Jonathan Garber",
             prose(1), prose(2))
    assert a.headline == "Home Depot sales miss, shares plunge"


def test_an_agency_line_is_not_a_headline():
    from pagecleaner.segment import headline_score
    from tests.conftest import make_block
    for name in ("The Associated Press", "Reuters"):
        assert headline_score(make_block(name), 0, set(), True) == 0.0


def test_a_members_signature_is_not_a_headline():
    """Scraped API docs: the member's name split at its capitals ("retry With Backoff"), then its signature, sure by
    its code's marks, which is code, not the title."""
    from pagecleaner.segment import headline_score
    from tests.conftest import make_block
    line = "suspend fun < T > retryWithBackoff (times: Int = 3, block: suspend () -> T): T"
    assert headline_score(make_block(line), 0, set(), True) == 0.0


def test_html_standfirst_is_the_prose_in_the_storys_header():
    stand = "The plan, which raises spending by a fifth, now goes to the upper house for a final vote next week."
    html = (f"<html><body><article><header><h1>Council approves a larger budget</h1><h2>{stand}</h2></header>"
            + "".join(f"<p>{prose(i)}</p>" for i in range(4)) + "</article></body></html>")
    a = pagecleaner.clean(html, input="html")
    assert a.summary == stand and a.body_blocks[0].text == prose(0)


@pytest.mark.parametrize("line,is_summary", [
    ("27 Grey Street, Hamilton East, Hamilton 3216", False),      # a business's address under its name
    ("A quiet salon where one dog at a time is groomed, with no cages", True),
])
def test_an_address_under_a_businesss_name_is_no_standfirst(line, is_summary):
    """Setmore's booking page: the name, its address under it in the header, which comes back to the text (the
    services' heading and the services under it, each its line, duration and price)."""
    items = "".join(f'<div><div>{n}</div><div>{d}</div><div><span>{t}</span> <span>${p}.00</span></div></div>'
                    for n, d, t, p in (("Full groom", "Bath, blow-dry, clip to style, nails and ears.", "1 hr", 75),
                                       ("Nail trim", "Nails clipped and filed for dogs of every size.", "15 mins", 15)))
    html = (f"<html><body><header><h1>Fluff and Fold Dog Grooming</h1><p>{line}</p><button>Book now</button>"
            f"</header><main><section><h2>Services</h2>{items}</section><section><h2>About</h2><p>{prose(1)}</p>"
            f"<p>{prose(2)}</p></section></main></body></html>")
    a = pagecleaner.clean(html, input="html")
    assert a.page_type == "service" and (a.summary == line) is is_summary


@pytest.mark.parametrize("named", [
    "How the new mapping works",            # a section's heading under two paragraphs: the <h1> heads the story
    "How robot vacuums find their way",     # the <h1> itself
])
def test_a_headline_the_markup_names_under_the_storys_first_paragraphs_leaves_them_in(named):
    ld = f'<script type="application/ld+json">{{"@type": "BlogPosting", "headline": "{named}"}}</script>'
    header = "<p>By Benjamin Preston</p><p>Updated by Jon Linkov</p><p>2024-11-06</p><p>Illustrations: Tim Boelaars</p>"
    html = (f"<html><head>{ld}</head><body><article><h1>How robot vacuums find their way</h1>{header}"
            f"<p>{prose(0)}</p><p>{prose(1)}</p><h2>How the new mapping works</h2>"
            + "".join(f"<p>{prose(i)}</p>" for i in range(2, 5)) + "</article></body></html>")
    a = pagecleaner.clean(html, input="html")
    assert a.body_blocks[0].text == prose(0) and a.published == "2024-11-06"


def test_first_paragraph_is_body_without_a_date_line_between():
    a = page("Council approves a larger budget plan", prose(1), prose(2), prose(3))
    assert a.summary is None and a.body_blocks[0].text == prose(1)


@pytest.mark.parametrize("opening,dateline", [
    ("LONDON, United Kingdom, Dec 7 — ", "LONDON, United Kingdom, Dec 7"),
    ("WASHINGTON (Reuters) - ", "WASHINGTON (Reuters)"),
    ("NEW DELHI, Dec 7: ", "NEW DELHI, Dec 7"),
])
def test_dateline_split_off_the_first_paragraph(opening, dateline):
    a = page("Council approves a larger budget plan", opening + prose(1), prose(2))
    assert a.dateline == dateline
    assert a.body_blocks[0].text == prose(1)
    assert a.published is None


def test_no_dateline_in_an_ordinary_opening():
    a = page("Council approves a larger budget plan", "NASA said on Monday that " + prose(1), prose(2))
    assert a.dateline is None


def test_a_fields_label_in_capitals_over_its_value_is_no_dateline():
    """SHEIN's "SKU: sw2209014521832645" under the product's name: a field, not a place opening a story."""
    html = ("<html><body><main><h1>SHEIN LUNE Solid Button Front Cardigan</h1><p>SKU: sw2209014521832645</p>"
            f"<p>$14.49</p><button>Add to cart</button><p>{prose(1)}</p><p>{prose(2)}</p></main></body></html>")
    a = pagecleaner.clean(html, input="html")
    assert a.dateline is None and "SKU: sw2209014521832645" in a.body


@pytest.mark.parametrize("heading", ["What happens next", "Who it's for", "Challenges to plan for", "Kyoto"])
def test_subheading_between_paragraphs_is_a_heading(heading):
    a = page(prose(1), heading, prose(2))
    assert [b.kind for b in a.body_blocks] == ["paragraph", "heading", "paragraph"]


def test_short_lines_in_a_row_are_a_list_not_headings():
    a = page(prose(1), "Day 1 – Alfama and the castle", "Day 2 – Belém and the river", "Day 3 – Sintra by train",
             prose(2))
    assert [b.kind for b in a.body_blocks] == ["paragraph", "list_item", "list_item", "list_item", "paragraph"]
    assert all(b.number == 0 for b in a.body_blocks)


def test_lines_the_reader_joined_are_no_heading():
    # a table's rows, flattened a row a line, that the reader joined into one block: no "##" from fragments
    a = page(prose(1), "Attempt Wait before it\n1 none\n2 0.5 s\n3 1 s\n4 2 s", prose(2))
    assert [b.kind for b in a.body_blocks] == ["paragraph"] * 3


@pytest.mark.parametrize("piece", ["according to a study published in", "The mayor, who spoke in the city,",
                                   "Read the full report…",
                                   "Tokyo, Osaka and", "According to", "Book the", "Bernard points to “the",
                                   "Die Stadt und"])      # cut at a link after its first words
def test_a_piece_of_a_sentence_is_no_heading(piece):
    a = page(prose(1), piece, prose(2))
    assert [b.kind for b in a.body_blocks] == ["paragraph"] * 3


@pytest.mark.parametrize("line", ["5:50 am", "17:30 Uhr", "Select Page", "Menu",
                                  "Subscribe Sign in", "Contact", "Impressum | Kontakt",     # the site's own links
                                  "Anmelden", "Clear Close", "Book a demo",
                                  "Feed Twitter Facebook Youtube",                          # share buttons
                                  "Sign Up", "Login Account", "Work with us", "Follow publication",
                                  "Deutsch Español Français",                               # the site's languages
                                  "at",                                                     # a sentence's piece
                                  "Log in Cart", "Sign Out", "Continue shopping",          # account, basket
                                  "Join Now Upgrade Donate", "Free Trial", "Make A Payment",     # offers
                                  "Previous Post", "← Ältere Beiträge",                     # neighbouring posts
                                  "Press ESC to close", "Vorlesen", "Search Submit",       # the page's tools
                                  "Staff Writer", "Contributing Writer",                    # the author's role
                                  "E-mail info@example.com", "www.example.com",            # addresses
                                  "EN DE PT ES FR", "EU (EN)",                              # language codes
                                  "On this page", "Inhalt",                                # a contents label
                                  "Shop our products", "Return to Articles", "Add to Gmail",   # calls to act
                                  "Try CRM for free",
                                  "330 Bewertungen", "What's Brewin' 0 comments",          # counts
                                  "(Wertung der mix1.de-Redaktion)",                       # a remark in brackets
                                  "3 References", "1.1 Childhood",                         # the contents' entries
                                  "Call (555) 010-1000",                                   # a telephone number
                                  "Karma: +0/-0",                                          # a field's numbers
                                  "Views: 1284 | Replies: 3",                              # a thread's counts
                                  "Feb", "Janeiro (3)",                                    # a month's name alone
                                  "[Source]", "More Info", "Learn more about membership"])
def test_a_clock_or_a_menu_control_above_the_headline_is_no_section(line):
    a = page(line, "Council approves a larger budget plan", "By Jane Doe", prose(1), prose(2))
    assert a.headline == "Council approves a larger budget plan" and a.section is None


@pytest.mark.parametrize("kicker", ["RUSSIA-UKRAINE CONFLICT", "Business", "Health", "NFL", "Back Street Heroes",
                                    "Writers Guild Strike", "Shopping Guides", "Get Fit",     # no button's words
                                    "2024 Election"])                                         # a year, no entry
def test_a_kicker_above_the_headline_is_the_section(kicker):
    a = page(kicker, "Council approves a larger budget plan", "By Jane Doe", prose(1), prose(2))
    assert a.section == kicker


def test_the_last_entry_of_the_contents_above_the_headline_is_no_section():
    # (a documentation page's contents, each entry one of the text's headings, stand right over its title)
    contents = ["Configuration", "Back-off", "Timeouts", "What is never retried"]
    sections = [x for n, name in enumerate(contents, start=2) for x in (name, prose(n))]
    lead = "Harbourline retries a request that failed, and each of its retries and timeouts has a setting that " \
           "this page explains, with the cases where you should change them."
    a = page("Retries and timeouts explained - Harbourline", *contents, "Retries and timeouts explained",
             "By Jane Doe", lead, *sections)
    assert a.headline == "Retries and timeouts explained" and a.section is None
    # a section's name alone said again below (a menu kept under the story) still names the section
    a = page("Business", "Council approves a larger budget plan", "By Jane Doe", prose(1), prose(2), "Business")
    assert a.section == "Business"


def test_a_line_of_the_titles_words_right_over_the_text_is_the_headline_when_none_scores():
    # (a service page: its <h1> over a first paragraph that never names the firm)
    lead = "We are a team of four physiotherapists on the waterfront. Every first appointment lasts an hour."
    a = page("About us – Harbourside Physio", "Home", "Treatments", "Contact", "About Harbourside Physio", lead,
             prose(1))
    assert a.headline == "About Harbourside Physio"
    # the site's name alone is no headline: no word of the title's own part
    a = page("About us – Harbourside Physio", "Home", "Treatments", "Contact", "Harbourside Physio", lead, prose(1))
    assert a.headline != "Harbourside Physio"


def test_a_one_word_title_on_the_line_right_over_the_text_is_the_headline():
    # (a documentation page's: the menus list it too, farther up)
    a = page("Installation | Tidewater", "Tidewater Docs API Blog", "Introduction", "Installation", "Configuration",
             "Guides", "Version: 2.x", "Installation", prose(1), prose(2))
    assert a.headline == "Installation"
    # over its date line and reading time
    a = page("Webhooks | Ledgerly Docs", "Guides", "Webhooks", "Invoices", "Webhooks", "3 min read",
             "Updated 12 Nov 2026", prose(1), prose(2))
    assert a.headline == "Webhooks"
    # (no <title> in the text: the line that says the last item of the breadcrumb trail over it)
    a = page("Ledgerly Docs", "Invoices Customers Webhooks API keys", "API reference Changelog", "Guides › Webhooks",
             "Webhooks", "3 min read Updated 12 Nov 2026", prose(1), prose(2))
    assert a.headline == "Webhooks"
    # not a line that only says the title's word somewhere above the text
    a = page("Installation | Tidewater", "Installation", "Introduction", "Configuration", "Tidewater Docs API Blog",
             prose(1), prose(2))
    assert a.headline != "Installation"


def test_the_headline_said_twice_is_no_section():
    # (a shop's page shows its product's name twice, its heading and a link to the product)
    lead = "Thrown by hand on the wheel, each stoneware mug is glazed in a sea green that breaks to brown at the rim."
    a = page("Sea Green Stoneware Mug – Harbour Pottery", "Harbour Pottery", "Sea Green Stoneware Mug",
             "Sea Green Stoneware Mug", "Regular price $28.00 USD", lead, prose(1), prose(2))
    assert a.headline == "Sea Green Stoneware Mug" and a.section is None


@pytest.mark.parametrize("trail,section", [("Home » VPN Reviews", "VPN Reviews"), ("Furniture»", "Furniture"),
                                           ("‹ Blog", "Blog"), ("Guides / 12 minutes read", "Guides"),
                                           ("Home / Formula 1", "Formula 1")])
def test_a_breadcrumb_trail_over_the_headline_gives_the_section_it_ends_on(trail, section):
    a = page(trail, "Council approves a larger budget plan", "By Jane Doe", prose(1), prose(2))
    assert a.section == section


@pytest.mark.parametrize("line,iso", [("31. Oktober 2023.", "2023-10-31"), ("Dienstag, 5. März 2024.", "2024-03-05")])
def test_a_date_line_closed_by_a_full_stop_is_the_date(line, iso):
    a = page("Council approves a larger budget plan", line, prose(1), prose(2))
    assert a.published == iso and line not in a.body


@pytest.mark.parametrize("opening,iso", [
    ("27.1.2022 - Bei der Erinnerung an die Verfolgten des NS-Regimes waren queere Menschen lange vergessen.",
     "2022-01-27"),
    ("March 3, 2020 — The council met on Tuesday and voted for the budget that the mayor had proposed.",
     "2020-03-03"),
    ("On March 3, 2020 the council met on Tuesday and voted for the budget that the mayor had proposed.", None),
    ("March 3 — The council met on Tuesday and voted for the budget that the mayor had proposed for it.", None),
    ("31. Oktober 2023. Woher kommt eigentlich der Hass auf Dragqueens, fragt sich das Publikum an diesem Abend.",
     "2023-10-31"),                                                                 # a full stop: a review's date
    ("01.02.2022 „Der Arbeitsmarkt ist gut in das Jahr 2022 gestartet“, sagte der Vorstand heute in Nürnberg.",
     "2022-02-01"),                                                                 # a quote it opens: a release's
    ("31 December 2019 was the day the council met and voted for the budget that the mayor had proposed.", None),
])
def test_a_first_paragraph_that_opens_with_its_date_and_a_dash_a_stop_or_a_quote_dates_the_page(opening, iso):
    assert page("Council approves a larger budget plan", opening, prose(1)).published == iso


@pytest.mark.parametrize("title,iso", [
    ("23.01.2022 - Dorothea Wierer darf beim Antholz-Abschluss noch jubeln", "2022-01-23"),   # a news list's title
    ("23.01.2022 | Dorothea Wierer darf beim Antholz-Abschluss noch jubeln", "2022-01-23"),
    ("Dorothea Wierer darf beim Antholz-Abschluss am 23.01.2022 noch jubeln", None),          # a date inside it
])
def test_a_headline_that_opens_with_its_date_dates_a_page_with_no_other(title, iso):
    html = f"<html><body><h1>{title}</h1>" + "".join(f"<p>{prose(i)}</p>" for i in (1, 2, 3)) + "</body></html>"
    a = pagecleaner.clean(html, input="html")
    assert a.headline == title and a.published == iso


def test_a_blogs_title_after_its_name_is_the_headline_not_the_title_line_and_its_signature_names_the_author():
    """Blogger's page flattened: "Blog Name: Post Title" as the first line, the post's title again over its text,
    "Posted by Ruth Moss at 6:42 PM 2 comments:" under it, then the comments with their authors and dates."""
    story = ["The churchyard wall is two hundred years old and faces south, which suits lichens that like it dry. "
             "On one old stone of the wall I counted three lichens without moving my feet.",
             "The orange one is the commonest lichen on walls near farmland, where it enjoys the nitrogen blown "
             "off the fields. Next to it sat a grey crust with black dots and a pale green rosette.",
             "If anyone knows the green one, please tell me in the comments. I will go back to the old wall in "
             "June with a better lens and more time."]
    a = page("Lichen Notes: Three lichens on one old wall", "Lichen Notes", "Small things that grow on stones",
             "Saturday, April 15, 2023", "Three lichens on one old wall", *story,
             "Posted by Ruth Moss at 6:42 PM 2 comments:", "Labels: lichens, walls", "2 comments:",
             "Peter Stone April 16, 2023 at 9:03 AM", "The green one could be Lecanora muralis, with a lobed edge.")
    assert a.headline == "Three lichens on one old wall"
    assert a.byline == "Ruth Moss" and a.published == "2023-04-15"
    assert "Posted by" not in a.body and "Lecanora" not in a.body


def test_a_commenters_date_line_under_the_comments_count_names_no_author():
    a = page("Three lichens on one old wall", prose(1), prose(2), prose(3), "2 comments:",
             "Peter Stone April 16, 2023 at 9:03 AM", "The green one could be Lecanora muralis, with a lobed edge.")
    assert a.byline is None and a.published is None


@pytest.mark.parametrize("title,parts", [
    ("Lichen Notes: Three lichens on one old wall", {"lichen notes three lichens on one old wall",
                                                     "three lichens on one old wall"}),
    ("Web Design for Creative Agencies: Building Portfolios That Sell - Envy Design Co.",
     {"web design for creative agencies building portfolios that sell"}),      # a headline with a colon
    ("Home buyer's insurance guide | III", {"home buyer s insurance guide"}),
])
def test_the_parts_of_a_title_that_may_be_its_headline(title, parts):
    from pagecleaner.segment import _title_parts
    assert _title_parts(title) == parts


# (a note over the story that no rule of its own takes: an affiliate disclosure is a legal notice, copyright_footer's)
DISCLAIMER = "Our editors pick every product on their own, and readers help pay for what they read on this site."


def test_headline_inside_the_text_drops_what_stands_above_it():
    a = page("Home", "News", DISCLAIMER, "Minister wants the plan debated by parliament", "By Jane Doe",
             "March 3, 2021", prose(1), prose(2), prose(3))
    assert a.headline == "Minister wants the plan debated by parliament"
    assert [(r.text, r.filter) for r in a.removed if r.text == DISCLAIMER] == [(DISCLAIMER, "segment")]
    assert a.body_blocks[0].text == prose(1)


def test_headline_comes_before_its_dek():
    # The dek shares more words with the text than the headline does; it still comes second.
    dek = "The minister told reporters in the capital the whole parliament should debate the plan this year"
    a = page("Home", "World", "Sport", "Business", "Minister wants parliament to debate his plan", dek,
             "By Jane Doe", prose(1), prose(2), prose(3))
    assert a.headline == "Minister wants parliament to debate his plan"


def test_a_table_over_the_text_is_no_headline():
    """Four short rows of a standings table read as one table block: a headline is a line of words, not one."""
    rows = ["1 Kyle Busch 5040 5 1 17 27", "2 Martin Truex Jr. 5035 7 0 15 24", "3 Kevin Harvick 5033 4 6 15 26",
            "4 Denny Hamlin 5027 6 3 19 24"]
    a = page("Final standings after 36 races:", *rows, "Busch won the title in a tense final race at Homestead, "
             "where he led most of the laps and kept the others behind him.")
    assert a.headline is None


@pytest.mark.parametrize("line", ["Jane Doe on the minister's plan for parliament",      # about the author
                                  "Senior Parliament Plan Reporter",                      # the author's job
                                  "Home » Parliament » Minister plan",                    # a breadcrumb
                                  "Parliament Minister Magazine's editorial guidelines",   # a link by the byline
                                  "| Special to the Parliament Minister Plan Press",       # a piece of a line
                                  "Parliament Minister Plan Expert Reviewer",             # the reviewer's job
                                  "Reviewed by Minister Parliament Plan",                  # who checked it
                                  "Find articles by Minister Parliament",                  # a link by the name
                                  "Minister plan for the parliament: Learn More",          # buttons
                                  "Grants for the minister's parliament plan: Apply Now",
                                  "Reserve your place at the minister's plan now >",
                                  "View Full Profile", "Request Project Quote",
                                  "About Contact Us", "Next Post", "Zurück zur Übersicht",   # the site's links
                                  "skip to main | skip to sidebar",
                                  "Ver más de la Región de Magallanes",                    # more of the site
                                  "10 - 25 - 50 Artikel pro Seite nächste Seite →",         # a page's pages
                                  "silvia jura projekte publikationen contact",            # a menu in lower case
                                  "Abb.: Collage aus einem Bild des Ministers",            # a caption's label
                                  "← Humor hilft! Unser Überlebenskampf geht weiter"])     # the previous post
def test_lines_about_the_author_or_the_site_are_not_headlines(line):
    a = page("By Jane Doe", line, "March 3, 2021", prose(1), prose(2), prose(3))
    assert a.headline is None


def test_the_authors_box_just_above_the_headline_names_the_author():
    a = page("Business travel blog", "Rachel MacDonald", "Writer", "The Ten Best Tech Conferences to Attend in 2026",
             "December 11, 2025", prose(1), prose(2), prose(3))
    assert a.headline == "The Ten Best Tech Conferences to Attend in 2026" and a.byline == "Rachel MacDonald"


@pytest.mark.parametrize("line,name", [("By Megan Rowe meganr@spokesman.com (509) 459-5382", "Megan Rowe"),
                                       ("Natasha Turak @NatashaTurak", "Natasha Turak")])
def test_the_byline_is_the_name_without_the_authors_contacts(line, name):
    a = page("Council approves a larger budget for schools", line, prose(1), prose(2))
    assert a.byline == name and line not in a.body


def test_a_name_alone_under_the_headline_is_the_byline():
    a = page("Home", "World", "Council approves a larger budget for schools", "Debbie White", "Published: March 3, 2021",
             prose(1), prose(2))
    assert a.byline == "Debbie White" and "Debbie White" not in a.body


@pytest.mark.parametrize("title,byline", [
    ("Council approves a larger budget | Fietsmakerij Verhoef", None),       # the site's name the title ends with
    ("Fietsmakerij Verhoef - Council approves a larger budget", None),       # or opens with
    ("Council approves a larger budget | The Daily Paper", "Fietsmakerij Verhoef"),
])
def test_a_name_alone_that_is_a_part_of_the_title_line_is_the_sites_name(title, byline):
    """Scraped text: the <title> line, then the logo's line under it, the site's name: no author's."""
    a = page(title, "Fietsmakerij Verhoef", "Diensten", "Tarieven", "Contact", "Afspraak maken", prose(1), prose(2))
    assert a.byline == byline


@pytest.mark.parametrize("name,byline", [("Michelle Lee", "Michelle Lee"),
                                         ("Contributing Editor", None)])    # the author's role, no name
def test_a_name_alone_among_the_texts_first_lines_is_the_byline(name, byline):
    # (the words of the text's opening rule a line out as a section, but not the words of the line itself)
    a = page("Home", "World", "Council approves a larger budget for schools",
             "The council voted to raise spending on schools and roads by a fifth over three years.", name,
             "Freelance hacks", "Last updated: Feb 4, 2025", prose(2), prose(3))
    assert (a.headline, a.byline) == ("Council approves a larger budget for schools", byline)


@pytest.mark.parametrize("line", ["Related Topics",            # a list's heading (a boilerplate word first)
                                  "Minister Reporters",        # words the article itself uses: a section
                                  "Get FREE Trial",            # a capitalised word among others: a button
                                  "Jane Doe, John Roe, Sport"])  # not two to four words of a name alone
def test_other_short_lines_under_the_headline_are_no_byline(line):
    a = page("Home", "World", "Council approves a larger budget for schools", line, "Published: March 3, 2021",
             prose(1), prose(2))
    assert a.headline and a.byline is None


def test_a_name_alone_next_to_the_date_line_is_the_byline():
    a = page("Home", "World", "Council approves a larger budget for schools",
             "A National Security Case for Building, Not Shrinking", "Share", "Pete Mathias", "Apr 08, 2025",
             prose(1), prose(2))
    assert a.byline == "Pete Mathias" and a.published == "2025-04-08"


@pytest.mark.parametrize("box,byline", [
    (["Lina Jameela", "Lina is a content writer with a passion for reading, writing, and cooking."], "Lina Jameela"),
    (["Allyn Jayawon", "Author", "Allyn Jayawon is the SEO specialist and a writer for the company's blog."],
     "Allyn Jayawon"),                                                     # a label between the name and the bio
    (["Jane Doe", "Lina is a content writer with a passion for reading, writing, and cooking."], None),  # another's
    (["Jane Doe", "Jane went to the market on Tuesday and bought the vegetables for the week."], None),  # no bio
    (["Rachel MacDonald", "Writer", "12/11/25"], "Rachel MacDonald"),      # the name over the author's role
    (["Nawaz Dhandala", "Author", "@nawazdhandala • Jan 26, 2026 •"], "Nawaz Dhandala"),
    (["Rebel Media", "Reporter", "Radio PLUS", "Editor"], None),           # a list of firms and their jobs
    (["Vorheriger Beitrag Nächster Beitrag", "Autor", "Teufel Blog Redaktion", prose(4)],
     "Teufel Blog Redaktion"),                                              # "Autor" labels the name under it
])
def test_the_name_in_the_authors_box_is_the_byline_when_the_page_has_none(box, byline):
    a = page("Home", "World", "Council approves a larger budget for schools", prose(1), prose(2), prose(3), *box)
    assert a.byline == byline


def test_a_date_line_that_names_the_author_wins_over_a_short_line_next_to_it():
    a = page("Home", "World", "Council approves a larger budget for schools", "By Joseph Tsidulko | November 18, 2019",
             "AddThis Sharing Buttons", prose(1), prose(2))
    assert a.byline == "Joseph Tsidulko"


@pytest.mark.parametrize("line,name", [("Sarah Hauer | Milwaukee Journal Sentinel", "Sarah Hauer"),
                                       ("Lance Ryan (Content Manager)", "Lance Ryan"),
                                       ("By Paramita (Guha) Ghosh", "Paramita (Guha) Ghosh")])   # not a trailer
def test_a_name_under_the_headline_without_what_follows_it(line, name):
    a = page("Home", "World", "Minister tells reporters about the plan", line, "Published: March 3, 2021",
             prose(1), prose(2))
    assert a.headline == "Minister tells reporters about the plan" and a.byline == name


def test_a_byline_is_cut_where_its_next_field_begins():
    a = page("Home", "World", "Council approves a larger budget for schools", "Posted By: Kiersten · In: Sides, Bread",
             prose(1), prose(2))
    assert a.byline == "Kiersten"


def test_a_headline_beside_its_own_kicker_is_no_list_of_titles():
    # "Bergisch Gladbach" over "Bergisch Gladbach: …" is the headline's kicker, not another title beside it: the
    # headline stays first, over its second title line
    story = ("Die Stadt Bergisch Gladbach verklagt die Baufirma, die das Pflaster der Fußgängerzone verlegt hat, weil "
             "die Steine nach zwei Jahren in schlechtem Zustand sind.",
             "Der Zustand der Fußgängerzone ist für die Stadt ein Desaster, sagt der Bürgermeister, und die Baufirma "
             "habe die Mängel trotz vieler Bitten nicht behoben.",
             "Nun soll ein Gericht klären, wer die Kosten für das neue Pflaster trägt, das die Stadt in Bergisch "
             "Gladbach im kommenden Jahr verlegen lassen will.")
    a = page("Startseite", "Region", "Bergisch Gladbach",
             "Bergisch Gladbach: die Stadt verklagt die Baufirma wegen schlechter Pflastersteine",
             "Pflaster-Desaster: Gladbacher Fußgängerzone in schlechtem Zustand", "Von Jane Doe", "03.03.2021", *story)
    assert a.headline == "Bergisch Gladbach: die Stadt verklagt die Baufirma wegen schlechter Pflastersteine"
    assert a.section == "Bergisch Gladbach"


def test_the_texts_first_line_is_its_title_when_no_other_line_is():
    story = ("Google verlangt bei Google+ den echten Namen, und der Ausschluss von Pseudonymen beschäftigt nun die "
             "Juristen, die fragen, ob das deutsche Recht ihn erlaubt.",
             "Nach deutschem Recht muss ein Anbieter die Nutzung unter einem Pseudonym ermöglichen, soweit ihm das "
             "zumutbar ist, und das gilt wohl auch für Google.")
    a = page("Verstößt der Ausschluss von Pseudonymen bei Google+ gegen deutsches Recht?", *story)
    assert a.headline == "Verstößt der Ausschluss von Pseudonymen bei Google+ gegen deutsches Recht?"
    # a first line the story does not talk about is another story's teaser, no title; one with a full stop is prose
    b = page("Der Wahnsinn: wird Schönborn auch Kinder im Stephansdom impfen lassen?", *story)
    c = page("Pseudonyme bei Google+ und das deutsche Recht.", *story)
    assert b.headline is None and c.headline is None


def test_a_recipes_fields_and_a_blogs_about_link_are_no_headline():
    steps = ("Alle Zutaten in eine Schüssel geben und mittels Knethaken zu einem glatten Teig verarbeiten, dann den "
             "Teig eine halbe Stunde kühl stellen.",
             "Den Teig auf einer bemehlten Arbeitsfläche ausrollen, beliebige Figuren ausstechen und die Plätzchen "
             "auf einem Backblech mit Backpapier verteilen.")
    a = page("Über diesen Blog", "8. Dezember 2012", "Zubereitungszeit: 25 Minuten (+ 15 Minuten backen)",
             "Ergibt: 40 Stück", "Zutaten: 300 g Mehl", "1 TL Backpulver", "200 g Zucker", "Zubereitung:", *steps)
    assert a.headline is None and a.body.startswith("Zubereitungszeit: 25 Minuten (+ 15 Minuten backen)")


def test_a_forum_threads_starter_is_its_author():
    a = page("Forum", "Katzen", "Jede Nacht verliert Pepe soviel Dreck aus dem Fell", "Themenstarter Pepemaus",
             "Erstellt am 3. März 2021", prose(1), prose(2))
    assert a.byline == "Pepemaus"


def test_a_byline_with_its_date_and_category_is_not_a_headline():
    a = page("Home", "World", "Sport", "Business",
             "by Jane Doe | Mar 11, 2023 | All About Parliament and the Minister Plans", prose(1), prose(2), prose(3))
    assert a.headline is None


def test_a_list_of_story_titles_above_the_headline_is_not_its_dek():
    a = page("Home", "World", "Sport", "Business", "Parliament minister plan stalls again",
             "Parliament minister plan fails again", "Parliament minister plan returns again",
             "Minister wants parliament to debate his plan", "By Jane Doe", prose(1), prose(2), prose(3))
    assert a.headline == "Minister wants parliament to debate his plan"


def test_a_kicker_the_headline_names_is_not_the_headline_above_it():
    # "Dancing With the Stars", "Published", "… eliminated from 'Dancing with the Stars' …", "By …"
    a = page("Home", "World", "Sport", "Business", "All market data delayed 20 minutes.",
             "The Parliament Minister Plan", "Published March 3, 2021",
             "Minister wants the parliament minister plan debated in the capital", "By Jane Doe", prose(1), prose(2),
             prose(3))
    assert a.headline == "Minister wants the parliament minister plan debated in the capital"


def test_the_title_the_text_opens_with_names_the_headline_among_its_lines():
    # a scrape that kept <title> (BeautifulSoup's get_text): the line that repeats it, site name cut, is the headline
    head = "Minister wants the whole parliament to debate his plan"
    a = page(head + " - The Daily Paper", "Home", "World", "Sport", "Business", head,
             "Reporters in the capital hear the minister on his plan", prose(1), prose(2), prose(3))
    assert a.headline == head
    a = page("Home", "World", "Sport", "Business", head,        # without that title: the line nearer the text
             "Reporters in the capital hear the minister on his plan", prose(1), prose(2), prose(3))
    assert a.headline == "Reporters in the capital hear the minister on his plan"


WIDGETS = ["Share", "Tweet", "Email", "Print", "Comments", "Advertisement"] * 3     # 18 blocks of buttons


def test_a_date_line_just_above_the_headline_is_the_pages_date():
    a = page("Home", "World", "Sport", "Business", "November 19, 2019 12:04AM ET",
             "Council approves a larger budget for schools", "By Jane Doe", *WIDGETS, prose(1), prose(2), prose(3))
    assert a.headline == "Council approves a larger budget for schools" and a.published == "2019-11-19"


def test_the_header_reaches_up_to_its_headline_when_widgets_stand_between_it_and_the_text():
    a = page("Home", "World", "Council approves a larger budget for schools",
             "Published 4:00 am CST, Wednesday, November 20, 2019", *WIDGETS, prose(1), prose(2), prose(3))
    assert a.headline == "Council approves a larger budget for schools" and a.published == "2019-11-20"


def test_the_date_line_under_an_author_box_is_the_pages_date():
    a = page("Home", "World", "Sport", "Business", "Council approves a larger budget for schools",
             "The minister told reporters in the capital on Monday that the whole parliament should debate the "
             "larger budget plan before the end of the year, and that the schools would see the money by spring.",
             "By Jane Doe", "Jane Doe", "The Daily Paper", "Biography Jane Doe", "@janedoe", "jane.doe@paper.test",
             "Nov. 19, 2019 8:03 am ET", prose(1), prose(2), prose(3))
    assert a.published == "2019-11-19" and a.byline == "Jane Doe"


def test_a_date_line_that_ends_in_its_source_is_a_date_not_a_photo_credit():
    a = page("Council approves a larger budget for schools", "November 20, 2019 / 1:07 AM / CBS News",
             prose(1), prose(2))
    assert a.published == "2019-11-20"
    assert [b.removed_by for b in a.blocks if b.text.startswith("November 20")] == ["date_line"]


def test_a_date_line_right_under_the_text_is_the_date_when_the_header_has_none():
    a = page("Council approves a larger budget for schools", *(prose(i) for i in range(1, 9)),
             "Posted on March 3, 2021 at 9:45 am")
    assert a.published == "2021-03-03"


def test_a_date_line_among_the_comments_under_the_text_is_a_comments_not_the_pages():
    a = page("Council approves a larger budget for schools", *(prose(i) for i in range(1, 9)),
             "8 thoughts on “Council approves a larger budget for schools”", "Jess says: October 7, 2008 at 11:49 am",
             "Thank you for sharing this, it was a great read.")
    assert a.published is None


def test_a_lone_publication_label_gives_the_date_under_the_label_under_it():
    # a fact box: "Published" / "Publish date" / "15 November 2018" / "Reviewed" / "8 October 2020"
    a = page("Council approves a larger budget for schools", *(prose(i) for i in range(1, 4)), *WIDGETS,
             "Published", "Publish date", "15 November 2018", "Reviewed", "8 October 2020")
    assert a.published == "2018-11-15"


def test_of_a_run_of_date_lines_under_the_text_the_posted_one_is_the_date():
    a = page("Council approves a larger budget for schools", *(prose(i) for i in range(1, 9)),
             "Updated November 23, 2013", "Updated September 26, 2011", "Posted July 10, 2004")
    assert a.published == "2004-07-10"


def test_a_byline_over_the_authors_bio_at_the_end_of_the_text_names_the_author():
    bio = ("Hi there! I'm Melissa, the girl in Girl Eat World, and I love eating, travelling and sharing what I "
           "found with readers like you.")
    a = page("Council approves a larger budget for schools", *(prose(i) for i in range(1, 9)), "Written by Melissa",
             bio)
    assert a.byline == "Melissa" and a.body.endswith(bio)


def test_a_date_farther_down_is_a_comments_not_the_pages():
    a = page("Council approves a larger budget for schools", *(prose(i) for i in range(1, 9)),
             "Share", "Tweet", "Email", "Print", "March 3, 2021 at 9:45 am")
    assert a.published is None


@pytest.mark.parametrize("label, name, expected", [
    ("By", "Tariqul Ayan", "Tariqul Ayan"),
    ("Written by:", "Emily Walker", "Emily Walker"),
    ("Von", "Ursula von der Leyen", "Ursula von der Leyen"),
    ("Recipe by", "PJ Hamel", "PJ Hamel"),
    ("By", "the people who were there that night.", None),     # not a name: a sentence
    ("By", "Route 66 Motors", None),                             # a digit: not a person's name
])
def test_the_name_on_the_line_under_a_lone_by_is_the_byline(label, name, expected):
    a = page("Council approves a larger budget for schools", label, name, prose(1), prose(2))
    assert a.byline == expected


def test_a_byline_right_under_the_text_is_the_author_when_the_header_has_none():
    a = page("Council approves a larger budget for schools", *(prose(i) for i in range(1, 9)),
             "Written by Cassidy Horton")
    assert a.byline == "Cassidy Horton"


def test_a_lone_label_and_the_name_under_the_text_are_the_author_when_the_header_has_none():
    a = page("Council approves a larger budget for schools", *(prose(i) for i in range(1, 9)), "Autor:",
             "Redaktion Gelbe Liste")
    assert a.byline == "Redaktion Gelbe Liste" and "Autor:" not in a.body


@pytest.mark.parametrize("line,name", [
    ("By Emma Ryan Writer", "Emma Ryan"),
    ("By Eli Manikan Contributing Writer", "Eli Manikan"),
    ("By Michael Hiltzik Business Columnist", "Michael Hiltzik"),      # the desk before the role
    ("By Charles Patterson, WCI Columnist", "Charles Patterson"),      # the publication's initials before it
    ("By Harold Finch, Gazette Staff Writer", "Harold Finch"),         # the publication's name before it
    ("By Will Judd Former Deputy Tech Editor", "Will Judd"),           # the desk between the rank and the role
    ("By Letters To The Editor", "Letters To The Editor"),            # no name before the role: the whole line
    ("By Writer", "Writer"),
])
def test_the_authors_role_after_the_name_is_no_part_of_it(line, name):
    assert page("Council approves a larger budget for schools", line, prose(1), prose(2)).byline == name


@pytest.mark.parametrize("line", ["A Post By: Jane Doe", "Guest post by Jane Doe", "A guest post by Jane Doe",
                                  "Guest author Jane Doe", "Guide by Jane Doe", "Ein Gastbeitrag von Jane Doe"])
def test_a_posts_or_guides_label_names_the_author(line):
    assert page("Council approves a larger budget for schools", line, prose(1), prose(2)).byline == "Jane Doe"


def test_a_story_or_recipe_byline_names_the_author():
    assert page("Council approves a larger budget for schools", "Story by Jane Doe", prose(1), prose(2)).byline \
        == "Jane Doe"


def test_a_question_and_its_answer_is_one_title_two_statements_are_a_teaser():
    from pagecleaner.segment import headline_score
    from tests.conftest import make_block
    vocab = {"minister", "parliament", "plan", "debate"}
    asked = "Want the minister's plan debated? Here are the five ways parliament could debate the plan"
    told = "The minister wants the plan debated. Parliament said the plan should wait for the new year"
    assert headline_score(make_block(asked), 0, vocab, False) > 1.0
    assert headline_score(make_block(told), 0, vocab, False) == 0.0


def test_a_widget_word_is_no_widget_when_the_article_is_about_it():
    from pagecleaner.segment import headline_score
    from tests.conftest import make_block
    line = make_block("How to write a good newsletter for parliament")
    vocab = {"newsletter", "parliament", "write", "good"}
    assert headline_score(line, 0, vocab, False) == 0.0        # a newsletter prompt, as far as the line goes
    assert headline_score(line, 0, vocab, False, topical=lambda word: word == "newsletter") > 1.0
    about = [f"The newsletters of parliament, says paragraph {i}, are written by the minister's staff every week "
             f"and sent to readers who follow the debate on the plan." for i in range(3)]
    a = page("Home", "World", "How to write a good newsletter for parliament", "By Jane Doe", *about, prose(1))
    assert a.headline == "How to write a good newsletter for parliament"
    b = page("Home", "World", "Sign up for the parliament newsletter", "By Jane Doe", prose(1), prose(2), prose(3))
    assert b.headline is None                  # the text never talks about newsletters: a prompt


def test_titles_in_a_run_of_four_are_a_list_not_the_headline():
    from pagecleaner.segment import _in_title_lists
    assert _in_title_lists({3, 4, 5, 6, 9}) == {3, 4, 5, 6}
    assert _in_title_lists({3, 4, 5, 9}) == set()
    # contents of the story right above its text share its words more than the headline does; the headline wins
    contents = ["What the minister said to reporters", "How parliament will debate the plan",
                "Why the minister wants the plan debated", "What reporters in the capital said"]
    a = page("Home", "World", "Minister unveils his plan for parliament", "Sport", "Business", "Weather", "Contents",
             *contents, prose(1), prose(2), prose(3))
    assert a.headline == "Minister unveils his plan for parliament"


def test_a_title_the_page_shows_twice_is_the_headline_over_the_line_under_it():
    # the line under it shares more words with the text, but the page shows the title twice (breadcrumb, title)
    a = page("Home", "World", "Sport", "Business", "Minister unveils his plan for parliament",
             "Minister unveils his plan for parliament", "The minister wanted a summer debate on the plan",
             prose(1), prose(2), prose(3))
    assert a.headline == "Minister unveils his plan for parliament"


def test_a_relative_time_under_a_title_is_its_date_line():
    a = page("Home", "World", "Sport", "Business", "Minister unveils his plan for parliament", "Published 1 day ago",
             "Opinion", "The minister wanted a summer debate on the plan", prose(1), prose(2), prose(3))
    assert a.headline == "Minister unveils his plan for parliament" and a.published is None


def test_a_page_that_shows_no_headline_takes_its_title_line():
    a = page("", "", "Calendário Stock Car 2018 | Autoracing | F1 | Indy", "Home", "Notícias", prose(1), prose(2),
             prose(3))          # (blank lines before it: BeautifulSoup's get_text keeps the <head>'s line breaks)
    assert a.headline == "Calendário Stock Car 2018"
    assert page("Calendário Stock Car 2018", "Home", "Notícias", prose(1), prose(2), prose(3)).headline is None


def test_an_item_of_a_list_is_not_the_headline():
    a = page("Home", "* Minister tells reporters about the plan", "* Parliament debates the budget",
             "Published: March 3, 2021", prose(1), prose(2))
    assert a.headline is None


def test_the_last_item_of_a_breadcrumb_trail_shown_again_as_the_title_is_the_headline():
    a = page("* Home", "* Politics", "* Minister tells reporters about the plan",
             "Minister tells reporters about the plan", "Published: March 3, 2021", prose(1), prose(2))
    assert a.headline == "Minister tells reporters about the plan"


def test_a_date_label_and_its_date_on_two_lines():
    a = page("Minister tells reporters about the plan", "By Jane Doe", *(prose(i) for i in range(12)), "Published",
             "August 30, 2024")     # under the text, past the header's reach: only the label is taken as the date line
    assert a.published == "2024-08-30"


def test_posted_by_and_by_over_the_name_give_the_name():
    a = page("Minister tells reporters about the plan", "Posted by", "By", "Jesy", "September 27, 2023",
             prose(1), prose(2))
    assert a.byline == "Jesy"


def test_the_pages_only_byline_names_the_author_also_far_from_the_headline():
    menu = [f"Menu item {i}" for i in range(14)]
    a = page("Written by Samson Kiarie", *menu, "Council approves a larger budget for schools",
             "November 3, 2025", prose(1), prose(2))
    assert a.headline == "Council approves a larger budget for schools" and a.byline == "Samson Kiarie"


@pytest.mark.parametrize("line", ["By Topic",                        # a menu's label: no name
                                  "Door Check Gas Springs",          # Dutch "door" (by) before what the page is about
                                  "Winter Wonderland @IDEAT"])       # a name and a handle: a credit, far off
def test_a_far_off_by_line_that_gives_no_name_is_no_byline(line):
    menu = [f"Menu item {i}" for i in range(14)]
    a = page(line, *menu, "Council approves a larger budget for schools", "November 3, 2025",
             "Door check gas springs hold a door open and close it slowly. " + prose(1), prose(2))
    assert a.headline == "Council approves a larger budget for schools" and a.byline is None


def test_far_off_by_lines_that_name_one_person_name_the_author():
    menu = [f"Menu item {i}" for i in range(14)]
    a = page("Text: Klausmartin Friedrich", *menu, "Council approves a larger budget for schools", "November 3, 2025",
             *(prose(i) for i in range(1, 10)), "More stories", "Menu item 20", "Menu item 21", "Menu item 22",
             "Autor: Klausmartin Friedrich")
    assert a.byline == "Klausmartin Friedrich"


def test_a_far_off_by_line_that_names_two_people_names_the_authors():
    menu = [f"Menu item {i}" for i in range(14)]
    a = page("By Lia Eustachewich and Yaron Steinbuch", *menu, "Council approves a larger budget for schools",
             "November 3, 2025", *(prose(i) for i in range(1, 10)))
    assert a.byline == "Lia Eustachewich and Yaron Steinbuch"


def test_two_far_off_by_lines_name_nobody():
    menu = [f"Menu item {i}" for i in range(14)]
    a = page("By Jane Roe", *menu, "Council approves a larger budget for schools", "November 3, 2025",
             *(prose(i) for i in range(1, 10)), "More stories", "Menu item 20", "Menu item 21", "Menu item 22",
             "By John Doe")
    assert a.byline is None


@pytest.mark.parametrize("line,title", [
    ("Kommunikation – Lebensentwürfe – Rollenbilder – Sex/BDSM", False),      # a blog's tagline: topics
    (":: Marktplatz:: Ernährung:: Bekleidung:: Leben & Wohnen", False),        # a menu
    ("Letters: Coddling criminals | Undermining road | Tax dollars", True),    # a letters page's titles
    ("Krach vor der VW-Betriebsversammlung – Es knirscht zwischen Diess und Aufsichtsräten", True),   # one dash
    ("Click to email a link to a friend (Opens in new window)", False),       # a sharing button
])
def test_a_list_of_topics_or_a_button_is_no_headline(line, title):
    from pagecleaner.segment import headline_score
    from tests.conftest import make_block
    vocab = {w.lower() for w in line.replace(":", " ").split()}
    assert (headline_score(make_block(line), 0, vocab, False) > 1.0) == title


@pytest.mark.parametrize("line,title", [
    ("»Haltet unsere Gewässer sauber!« ruft der Seglerverein", True),         # German quotation marks
    ("Benjamin Näßler: «Liebe kennt keine Pause – gegen Homophobie»", True),  # French ones
    ("Segeln » Vereine » Haltet unsere Gewässer sauber", False),              # a breadcrumb's arrows
    ("Vereine › Haltet unsere Gewässer sauber", False),
])
def test_guillemets_in_pairs_quote_a_title_alone_they_are_a_breadcrumbs_arrows(line, title):
    from pagecleaner.segment import headline_score
    from tests.conftest import make_block
    vocab = {"haltet", "gewässer", "sauber", "seglerverein", "liebe", "pause", "homophobie", "benjamin", "näßler"}
    assert (headline_score(make_block(line), 0, vocab, False) > 1.0) == title


@pytest.mark.parametrize("lines,iso", [
    (["Last updated on: November 29, 2025", "Published: October 29, 2024"], "2024-10-29"),   # published wins
    (["Updated November 11, 2022", "November 9, 2022"], "2022-11-09"),                        # over a bare date too
    (["Last updated on: November 29, 2025"], "2025-11-29"),                                   # alone, it is the date
])
def test_the_date_the_page_was_published_wins_over_the_date_it_was_updated(lines, iso):
    a = page("Council approves a larger budget plan", *lines, "By Jane Doe", prose(1), prose(2))
    assert a.published == iso


MENU = [f"Section {c}" for c in "ABCDEFGHIJKLMNOPQRST"]


def test_the_pages_only_labelled_date_dates_it_however_far_from_the_text():
    a = page("Published: Nov. 19, 2025", *MENU, "Council approves a larger budget plan", prose(1), prose(2))
    assert a.published == "2025-11-19"


def test_two_labelled_dates_far_from_the_text_date_nothing():
    a = page("Posted on: Nov. 19, 2025", "Posted on: Nov. 21, 2025", *MENU, "Council approves a larger budget plan",
             prose(1), prose(2))
    assert a.published is None


@pytest.mark.parametrize("lines,iso", [
    (["by Val Riley October 20, 2025"], "2025-10-20"),                    # the one date line that names someone
    (["by Val Riley October 20, 2025", "by Jim Hart October 22, 2025"], None),       # two: a list of posts
    (["October 20, 2025"], None),                                          # a date alone: as likely another's
])
def test_the_pages_one_date_line_naming_someone_dates_it_however_far_but_names_no_author(lines, iso):
    a = page(*lines, *MENU, "Council approves a larger budget plan", prose(1), prose(2))
    assert (a.published, a.byline) == (iso, None)


@pytest.mark.parametrize("shown_again,headline", [
    ("The Best Board Games from 2025", "The Best Board Games from 2025"),       # the title on a line of its own
    (None, "Home Quest Lists The Best Board Games from 2025"),                 # nowhere else: where crumbs end is
])                                                                              # not known
def test_a_breadcrumb_trail_glued_to_the_headline_is_cut_off_when_the_page_shows_the_title_alone(shown_again,
                                                                                                  headline):
    lines = ["Home Quest Lists The Best Board Games from 2025", "By Jane Doe", prose(1), prose(2), prose(3)]
    a = page(*lines, *([shown_again] if shown_again else []))
    assert a.headline == headline


def test_the_shown_headline_is_the_named_one_to_its_digits_and_may_carry_a_date():
    from pagecleaner.segment import shown_headline
    from tests.conftest import make_block
    blocks = [make_block("Blogposting 01/24/2020", 0, kind="heading", tag="h4", removed_by="nav_run"),
              make_block("Blogposting 01/23/2020", 1, kind="heading", tag="h1", removed_by="date_line"),
              make_block("Blogposting 01/23/2020", 2, kind="list_item", removed_by="date_line")]
    assert shown_headline(blocks, "Blogposting 01/23/2020", 2) == 1     # a date line's list item is no title


# The opening of a tutorial (statisticsglobe.com, from the trafilatura evaluation set, Apache-2.0, scraped as text)
GGPLOT = """Statistics Globe

Statistical Methods
R Programming
Python
About

Change Font Size of ggplot2 Plot in R (5 Examples) | Axis Text, Main Title & Legend

In this article, I’ll explain how to increase and decrease the text font sizes of ggplot2 plots in R.

The tutorial consists of these content blocks:

Example Data
Example 1: Change Font Size of All Text Elements
Example 2: Change Font Size of Axis Text
Example 3: Change Font Size of Axis Titles
Example 4: Change Font Size of Main Title
Example 5: Change Font Size of Legend
Video & Further Resources

Let’s do this:

Example Data

In the examples of this R tutorial, I’ll use the following ggplot2 plot as basis. In order to create our example plot, we first need to create a data frame:

data <- data. frame (Probability = c (0.5, 0.7, 0.4), # Example data Groups = c ("Group A", "Group B", "Group C"))

data <- data.frame(Probability = c(0.5, 0.7, 0.4), # Example data Groups = c("Group A", "Group B", "Group C"))

Our example data consists of two columns: A column containing some probability values and another column containing certain groups.

If we want to draw a ggplot2 plot of this data frame, we need to install and load the ggplot2 package to R:

install. packages ("ggplot2") # Install ggplot2 library ("ggplot2") # Load ggplot2

install.packages("ggplot2") # Install ggplot2 library("ggplot2") # Load ggplot2

Now, we can draw a barchart of our data as follows:"""


def test_a_heading_its_contents_list_named_is_no_headline():
    # the contents name the sections; the story's first section heading, "Example Data", says the first entry again
    assert pagecleaner.clean_text(GGPLOT).headline.startswith("Change Font Size of ggplot2 Plot in R (5 Examples)")


def test_a_short_title_the_texts_first_line_gives_before_the_sites_name_is_the_headline():
    """"Ada Lovelace - Wikipedia" over the page: "Ada Lovelace" (too short to score as a title, and too short for
    the site's name to be cut off) is the headline, not a fact box's line over the text."""
    lines = ("Ada Lovelace - Wikipedia", "Main page", "Ada Lovelace", "98 languages", "The Countess of Lovelace",
             "Born Augusta Ada Byron", "London, England")
    assert page(*lines, prose(1), prose(2)).headline == "Ada Lovelace"


@pytest.mark.parametrize("first", [
    "ADA LOVELACE — Wikipedia",                       # a banner's words, written otherwise than the line
    "Ada Lovelace - Applications are open now!",       # a banner's sentence after them, no site's name
])
def test_a_first_line_that_is_no_title_over_a_sites_name_names_no_headline(first):
    lines = (first, "Main page", "Ada Lovelace", "98 languages", "The Countess of Lovelace",
             "Born Augusta Ada Byron", "London, England")
    assert page(*lines, prose(1), prose(2)).headline != "Ada Lovelace"


def test_a_reviews_date_beyond_the_storys_end_does_not_date_the_page():
    story = ("Council approves a larger budget for schools", prose(1), prose(2), "You may also like",
             "Colombia Huila", "Kenya AA", "Customer Reviews", "Sam on Mar 3, 2024",
             "Lovely floral notes, I buy a bag every month.")
    assert page(*story).published is None
    # the same line above that heading, under the story, is its date
    assert page(*story[:3], "Sam on Mar 3, 2024", *story[3:7]).published == "2024-03-03"


def test_a_reviews_date_line_far_under_a_product_page_does_not_date_it():
    """(HTML) The page's only date line that names someone is a review's, under "Customer Reviews" past the
    related products' heading: no date of the page's."""
    html = ("<html><body><main><h1>Ethiopia Yirgacheffe Coffee</h1><div class='description'>"
            f"<p>{prose(1)}</p><p>{prose(2)}</p></div>"
            "<h2>You may also like</h2><ul><li><a href='/c'>Colombia Huila</a></li><li><a href='/k'>Kenya AA</a></li>"
            "</ul><h2>Customer Reviews</h2><p>Based on 128 reviews</p><h3>My favourite filter coffee</h3>"
            "<p>Sam on Mar 3, 2024</p><p>Lovely floral notes, I buy a bag every month.</p></main></body></html>")
    assert pagecleaner.clean(html, input="html").published is None


def test_a_short_title_before_a_companys_name_with_its_stop_is_the_headline():
    lines = ("Residential Plumbing Services | Brightwater Plumbing Co.", "Brightwater Plumbing Co.", "Home",
             "Services", "About Us", "Reviews", "Contact", "Call (555) 010-1000", "Residential Plumbing Services",
             "Fast, friendly and fairly priced plumbing for homes across the Riverside valley since 1998.",
             "Book a Visit", "Leak Detection and Repair")
    assert page(*lines, prose(1), prose(2)).headline == "Residential Plumbing Services"


@pytest.mark.parametrize("line,published,byline", [
    ('<p class="breadcrumb-caption">01. November 2021 | Naturschutz</p>', "2021-11-01", None),
    ('<p class="breadcrumb-caption">Von Jana Roth | 01. November 2021</p>', "2021-11-01", "Jana Roth"),  # after "by"
    ('<p class="breadcrumb-caption">Video - December 19, 2025</p>', "2025-12-19", None),   # a category, no name
])
def test_a_date_line_an_elements_class_took_under_the_headline_dates_the_page(line, published, byline):
    # (the class rule takes the breadcrumb's element, the date line with it)
    html = (f'<html><body><h1>Unser Tipp im November: Das Hermelin</h1>{line}<div class="article-body">'
            f'<p>{prose(1)}</p><p>{prose(2)}</p></div></body></html>')
    a = pagecleaner.clean(html, input="html")
    assert (a.published, a.byline) == (published, byline)


def test_a_date_line_an_elements_class_took_far_from_the_headline_is_no_date_of_the_page():
    paragraphs = "".join(f"<p>{prose(i)}</p>" for i in range(12))
    html = (f'<html><body><h1>Unser Tipp im November: Das Hermelin</h1><div class="article-body">{paragraphs}</div>'
            '<p class="breadcrumb-caption">01. November 2021 | Naturschutz</p></body></html>')
    assert pagecleaner.clean(html, input="html").published is None


def _headed(*under: str) -> str:
    body = "".join(under) + "".join(f"<p>{prose(i)}</p>" for i in range(3))
    return f"<html><head><title>Messdaten importieren</title></head><body><main><h1>Messdaten importieren</h1>" \
           f"{body}</main></body></html>"


@pytest.mark.parametrize("under", [
    ("<h2>Künstlerischer Lebenslauf</h2>",),                       # the text's first section, right under it
    (f"<p>{prose(9)}</p>", "<h2>Unterstützte Formate</h2>", "<table><tr><td>CSV</td><td>.csv</td></tr>"
     "<tr><td>TOA5</td><td>.dat</td></tr></table>"),               # prose over it: the story began
])
def test_a_heading_over_the_text_under_the_headline_is_no_name(under):
    """German capitalises its nouns: two capitalised words in a heading under the headline head a section."""
    a = pagecleaner.clean(_headed(*under), input="html")
    assert a.headline == "Messdaten importieren" and a.byline is None
    assert a.body.startswith(under[0].split(">")[1].split("<")[0])


def test_a_name_in_a_heading_over_no_prose_is_the_byline():
    a = pagecleaner.clean(_headed("<h4>Lance Ryan</h4>", "<p>Nov 15, 2025</p>"), input="html")
    assert a.byline == "Lance Ryan"


def test_the_shown_headline_is_not_the_menus_item_that_names_it():
    """A shop's menu names the category the page shows (its current item, a heading all link, Shoper's)."""
    from pagecleaner.segment import shown_headline
    from tests.conftest import make_block
    blocks = [make_block("Herbaty zielone", 0, kind="heading", tag="h3", removed_by="html_class",
                         tokens=frozenset({"menu", "list"})),
              make_block("Herbaty czarne", 1, kind="heading", tag="h3", removed_by="html_class",
                         tokens=frozenset({"menu", "list"})),
              make_block("Herbaty zielone", 2, kind="heading", tag="h1", removed_by="main_text",
                         tokens=frozenset({"category", "name"}))]
    assert shown_headline(blocks, "Herbaty zielone", 2) == 2
    assert shown_headline(blocks[:2], "Herbaty zielone", 1) == 0            # the menu's alone: it shows it


@pytest.mark.parametrize("text,iso", [
    ("8 Μαρτίου 2026", "2026-03-08"), ("11 октября 2018", "2018-10-11"), ("12 листопада 2025", "2025-11-12"),
    ("8. března 2026", "2026-03-08"), ("8 mars 2026", "2026-03-08"), ("8. maaliskuuta 2026", "2026-03-08"),
    ("30 Maret 2015", "2015-03-30"), ("8 martie 2026", "2026-03-08"),
    ("24 Kasım 2024", "2024-11-24"), ("12. desember 2024", "2024-12-12"), ("3. marts 2025", "2025-03-03"),
    ("24. augusztus 2024", "2024-08-24"), ("5. detsember 2024", "2024-12-05"),
    ("24. novembra 2024", "2024-11-24"), ("3. avgusta 2024", "2024-08-03"), ("5 lapkričio 2024", "2024-11-05"),
])
def test_a_days_date_with_its_month_named_in_more_languages(text, iso):
    """Greek, Russian, Ukrainian, Czech, Swedish, Finnish, Indonesian, Romanian; Turkish, Norwegian, Danish,
    Hungarian, Estonian, Slovak, Slovenian, Lithuanian: the month in the case a day's date gives it (the genitive:
    "октября", not "октябрь")."""
    from pagecleaner.dates import find_date
    assert find_date(text) == iso


@pytest.mark.parametrize("text,iso", [("2026/03/08(日) 12:34:56.78", "2026-03-08"), ("2026/13/08", None),
                                      ("v2026/03/08/x", None)])
def test_a_date_with_the_year_first_and_slashes(text, iso):
    """Japanese and Chinese boards' "2026/03/08"; no month 13, no path's."""
    from pagecleaner.dates import find_date
    assert find_date(text) == iso


@pytest.mark.parametrize("text,iso", [("2024. 11. 25.", "2024-11-25"), ("2024.11.25", "2024-11-25"),
                                      ("2024. 11. 25. 댓글 6 공감 14", "2024-11-25"),
                                      ("2024.13.01", None), ("version 2024.11.250", None), ("1.2024.11.25", None)])
def test_a_date_with_the_year_first_and_dots(text, iso):
    """Korean, Chinese and Hungarian write "2024. 11. 25." (Naver's blog); no month 13, no longer number's."""
    from pagecleaner.dates import find_date, has_date_shape
    assert find_date(text) == iso and has_date_shape(text) is (iso is not None)


def test_russian_text_label_opens_the_byline():
    a = page("53-летняя модель рассказала, почему боится стареть", "Текст: Лида Буслаева", "11 октября 2018",
             *(prose(i) for i in range(1, 6)))
    assert a.byline == "Лида Буслаева" and a.published == "2018-10-11"


@pytest.mark.parametrize("text", ["28 lis 26", "3 gru 2026", "12 paź 2025"])
def test_polish_month_abbreviations_make_a_date(text):
    from pagecleaner.dates import has_date_shape
    assert has_date_shape(text)


@pytest.mark.parametrize("line,name", [
    ("Escrito por Inês Rocha, que vive em Lisboa e escreve sobre viagens curtas.", "Inês Rocha"),
    ("By Dan Levy, who covers the courts", "Dan Levy"),
    ("By Jane Doe, and John Smith", "Jane Doe, and John Smith"),     # a second name after "and"
    ("By Smith, John", "Smith, John"),                               # the surname first
    ("Erstellt von Thomas Langer am 2024/03/02 15:40", "Thomas Langer"),   # "on" before the date, in German
    ("Par Luc Roy le 12 mars 2024", "Luc Roy"),
    ("By Anna Le Bon", "Anna Le Bon"),                               # (a name's "Le" before no date stays)
])
def test_a_bylines_clause_after_the_name_is_no_part_of_it(line, name):
    from pagecleaner.segment import _byline_name
    assert _byline_name(line) == name


@pytest.mark.parametrize("link", ["Contato", "Contatti", "Contactez-nous"])
def test_a_menus_last_link_to_the_contact_page_in_the_sites_language_is_no_section(link):
    a = page("Serviços – Raiz Paisagismo", "Início", "Projetos", link, "Serviços", prose(1), prose(2))
    assert a.section is None



@pytest.mark.parametrize("line, title", [
    ('import pandas as pd levels = pd. read_csv ("battery.csv", parse_dates = ["time" ])', False),   # a notebook's
    ("from tidekit import smooth", False),                                      # first cell, flattened onto a line
    ("const tide = await fetch(url)", False),
    ("Import duties on steel rise again", True),            # (a title's capital: no keyword of a program)
    ("Reading tide gauge data with pandas", True),
])
def test_a_programs_first_line_is_no_headline(line, title):
    from pagecleaner.segment import headline_score
    from tests.conftest import make_block
    assert (headline_score(make_block(line), 0, set(), True) > 1.0) is title


@pytest.mark.parametrize("text,iso", [
    ("สวนหลังบ้าน 12 มีนาคม 2567 เวลา 15:21 น.", "2024-03-12"),     # (the Buddhist Era's year, 543 ahead)
    ("5 ธ.ค. 2566", "2023-12-05"),                                  # (the month's short name)
    ("12 มีนาคม", None),                                            # (no year: never one invented)
    ("31 กุมภาพันธ์ 2567", None),                                    # (no such day)
])
def test_thai_dates(text, iso):
    from pagecleaner.dates import find_date, has_date_shape
    assert find_date(text) == iso and has_date_shape(text)


@pytest.mark.parametrize("text,iso", [
    ("28 thg 11, 2026", "2026-11-28"),                  # (Vietnamese: the day, "thg" and the month's number; Nuxt UI's)
    ("ngày 28 tháng 11 năm 2026", "2026-11-28"),        # ("tháng", month, and "năm", year, in words)
    ("28 tháng 11", None),                              # (no year: never one invented)
    ("31 thg 2, 2026", None),                           # (no such day)
])
def test_vietnamese_dates(text, iso):
    from pagecleaner.dates import find_date, has_date_shape
    assert find_date(text) == iso and has_date_shape(text)


@pytest.mark.parametrize("text,shape,iso", [
    ("١٥ مارس ٢٠٢٦", True, "2026-03-15"),              # Arabic's month, in Arabic-Indic digits
    ("نشر في ٣ يناير ٢٠٢٦", True, "2026-01-03"),
    ("15 أغسطس 2026", True, "2026-08-15"),
    ("۱۵ آبان ۱۴۰۵", True, None),                      # Persian's Solar Hijri month: its shape, no date read
    ("۱۵ نفر", False, None),                           # fifteen people: no month
])
def test_dates_in_arabic_and_persian_digits_and_months(text, shape, iso):
    assert dates.has_date_shape(text) is shape and dates.find_date(text) == iso


def test_a_date_in_persian_digits_is_blanked_where_it_stands():
    assert dates.blank_dates("نوشته شده در ۱۵ آبان ۱۴۰۵ توسط مریم") == "نوشته شده در \x00 توسط مریم"


def test_a_chinese_title_scores_as_a_headline_by_the_pairs_of_characters_the_text_shares():
    """Written without spaces, the title is one run of characters: its pairs of them ("薄荷", "发黄") are what the
    question under it talks about."""
    from pagecleaner.segment import _content_words, headline_score
    from tests.conftest import make_block
    vocab = set(_content_words("薄荷种在朝南的阳台上，最近下面的叶子一片片发黄。"))
    assert headline_score(make_block("阳台种的薄荷叶子发黄是什么原因？"), 1, vocab, False) > 1.0
    assert headline_score(make_block("冬天绿萝需要多久浇一次水？"), 1, vocab, False) < 1.0


@pytest.mark.parametrize("line, section", [("首页 归档 分类 标签 关于", False), ("ホーム カテゴリー タグ", False),  # a blog's
                                           ("园艺 种菜", True)])                                         # menu (Halo's)
def test_a_blogs_menu_in_chinese_or_japanese_is_no_section(line, section):
    from pagecleaner.segment import _section_candidate
    from tests.conftest import make_block
    assert _section_candidate(make_block(line)) is section
