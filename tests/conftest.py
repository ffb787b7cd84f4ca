import os

import pytest
from hypothesis import settings

from pagecleaner.config import Config
from pagecleaner.model import Block
from pagecleaner.pipeline import Context

# Property tests explore new examples on every local run; in CI they replay a fixed set, so a green run
# stays green (what a local run finds is fixed, or written up, and then added as a test of its own).
settings.register_profile("ci", derandomize=True, deadline=None)
if os.environ.get("CI"):
    settings.load_profile("ci")


def make_block(text: str, index: int = 0, **kw) -> Block:
    return Block(index=index, line=index + 1, text=text, **kw)


def make_blocks(*texts: str) -> list[Block]:
    return [make_block(t, i) for i, t in enumerate(texts)]


@pytest.fixture
def ctx() -> Context:
    return Context(config=Config())


@pytest.fixture
def html_ctx() -> Context:
    return Context(config=Config(), input="html")


PROSE = ("The council voted on Tuesday to approve the new budget, which raises spending on schools and roads "
         "by a fifth over the next three years.")


def prose(i: int) -> str:
    """A distinct paragraph of running text."""
    return f"Paragraph {i} says that the minister, who spoke to reporters in the capital on Monday, wanted " \
           f"the plan number {i} to be debated by the whole parliament before the end of the year."
