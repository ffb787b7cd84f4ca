"""The default pipeline, in order. Each step is documented by its own summary."""
from ..segment import segment
from . import pagetypes, structure
from .context import date_list, duplicate_line, end_matter, main_text, nav_run, repeated_notice, table_of_contents
from .lexical import RULES, consent_dialog, markup_attributes, newsletter_box, page_control, stray_mark
from .template import site_template

# site_template comes after the specific rules, so a comment heading or a "More on …" heading the site repeats
# still counts as the wall it is; the template takes only what no other rule recognised.
# link_density comes after the lexical rules: a share button made of links is a share button, and main_text
# gives back link-dense list items and sentences inside the article (contents, sources, a sentence with its links),
# never a button a rule recognised.
# listing_cards comes after end_matter: a listing's card is a title alone as often as a title over its blurb, which
# end_matter would take for a heading over nothing.
# page_control and table_of_contents come after main_text: they clean the story it chose and never move it;
# table_of_contents after segment too, which finds the headline and metadata around where the story begins (the
# contents removed first had moved that past the header, on waldwiesen.net to a menu's line).
# bare_terms after every rule that takes or gives back a term's descriptions.
# stray_mark last of all: a mark alone on a line parts the blocks around it for every rule before.
DEFAULT = (*structure.RULES, *RULES, structure.link_density, consent_dialog, markup_attributes, newsletter_box,
           date_list, site_template, nav_run, repeated_notice, main_text, structure.html_frame, structure.html_article,
           structure.html_story, structure.product_page, structure.photo_story, structure.data_sheet,
           pagetypes.thread_posts, page_control, end_matter, pagetypes.listing_cards, pagetypes.service_offers,
           pagetypes.business_rating, segment, table_of_contents,
           duplicate_line, structure.bare_terms, stray_mark)
