"""Passes that treat a page by its type (see pagetype.py): a listing's cards and a thread's posts are its content,
where on an article they would be other stories and comments."""
from __future__ import annotations

from ..model import Block
from ..pagetype import FORUM_MIN, card_list, forum_mark
from ..pipeline import Context, document_pass
from ..textstats import ends_sentence, word_count


CARD_TEXT_WORDS = 6     # a card's line of this many words is its blurb, not its button ("Read more", "Continue")


@document_pass("listing_cards", "on a listing (a page of posts', stories' or products' cards), gives back the cards "
                                "main_text or the link rule took: their linked titles and blurbs", only="html")
def listing_cards(blocks: list[Block], ctx: Context) -> list[Block]:
    if ctx.page_type not in ("listing", "collection"):
        return blocks
    cards = card_list(blocks)
    out = list(blocks)
    for i in cards:
        b = blocks[i]
        if b.removed_by == "main_text" or b.removed_by == "link_density" and (
                b.kind == "heading" or word_count(b.text) >= CARD_TEXT_WORDS):
            out[i] = b.restore()
    return out


POST_KINDS = frozenset({"paragraph", "list_item", "quote", "code"})     # what a post's text is read as
SPAN_OR_KEPT = (None, "main_text")
POST_FRAME = "the post's frame (its author's card, its number, its buttons), not its text"


@document_pass("thread_posts", "on a forum thread, gives back the replies main_text cut: (HTML) in each post, what "
                               "stands where the kept post's text stands, and removes each post's frame; (text) the "
                               "sentences among the posts' fields and buttons")
def thread_posts(blocks: list[Block], ctx: Context) -> list[Block]:
    if ctx.page_type != "forum":
        return blocks
    if ctx.input != "html":
        return _thread_sentences(blocks)
    post = next((b for b in blocks if b.kept and b.kind in POST_KINDS and b.ancestors and word_count(b.text) >= 3),
                None)
    if post is None or len(post.ancestors) < 2:
        return blocks
    depth, items = _posts_around(blocks, post)
    if not items:
        return blocks
    items |= {post.ancestors[depth]}
    container, text_at = post.ancestors[depth - 1], len(post.ancestors) - 2    # (the element the text sits in)
    in_thread = [b for b in blocks if len(b.ancestors) > depth and b.ancestors[depth - 1] == container
                 and b.ancestors[depth] in items]
    texts = {b.ancestors[text_at] for b in in_thread if b.path == post.path}
    out = list(blocks)
    for b in in_thread:
        text = len(b.ancestors) > text_at and b.ancestors[text_at] in texts
        if b.removed_by == "main_text" and text:
            out[b.index] = b.restore()
        elif b.kept and b.role == "body" and not text:
            out[b.index] = b.remove("thread_posts", POST_FRAME)
    return out


def _posts_around(blocks: list[Block], post: Block) -> tuple[int, frozenset[int]]:
    """The depth of the element that holds the thread, and its other posts: of the elements `post` sits in, the
    one whose children (other than the post's own) hold the most blocks, kept or cut by main_text, shaped as `post`
    is (the same path), the deeper on a tie."""
    best: tuple[int, int, frozenset[int]] = (0, 0, frozenset())
    for depth in range(len(post.ancestors) - 1, 0, -1):
        container, own = post.ancestors[depth - 1], post.ancestors[depth]
        items = frozenset(b.ancestors[depth] for b in blocks if b.removed_by in SPAN_OR_KEPT and b.path == post.path
                          and len(b.ancestors) > depth and b.ancestors[depth - 1] == container
                          and b.ancestors[depth] != own)
        if len(items) > best[0]:
            best = (len(items), depth, items)
    return best[1], best[2]


POST_REACH = 8          # (text) blocks after the thread's last field or button that its last post may take


def _thread_sentences(blocks: list[Block]) -> list[Block]:
    """(text) The sentences main_text cut among the thread's marks ("Quote", "Joined: …", "Posts: 12"), from the
    first to POST_REACH blocks past the last: the replies' text, not their fields, names and buttons."""
    marks = [i for i, b in enumerate(blocks) if forum_mark(b.text)]
    if len(marks) < FORUM_MIN:
        return blocks
    out = list(blocks)
    for i in range(marks[0], min(len(blocks), marks[-1] + POST_REACH + 1)):
        b = blocks[i]
        if b.removed_by == "main_text" and word_count(b.text) >= 3 and ends_sentence(b.text):
            out[i] = b.restore()
    return out
