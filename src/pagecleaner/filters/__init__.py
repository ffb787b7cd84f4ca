"""The default pipeline, in order. Each step is documented by its own summary."""
from ..segment import segment
from . import structure
from .context import duplicate_line, main_text, nav_run
from .lexical import RULES
from .template import site_template

DEFAULT = (site_template, *structure.RULES, *RULES, nav_run, main_text, segment, duplicate_line)
