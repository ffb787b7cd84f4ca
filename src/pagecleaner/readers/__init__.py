"""Readers: scraped text or raw HTML -> blocks."""

SOFT_HYPHEN = "\u00ad"     # a line-breaking hint inside a word ("Mit\xadtel\xadal\xadter"): both readers drop it
