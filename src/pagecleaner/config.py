"""One frozen Config, built at the edge (CLI options, a TOML file) and passed down."""
from __future__ import annotations

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path


class ConfigError(ValueError):
    pass


@dataclass(frozen=True)
class Config:
    # Thresholds, with the defaults the benchmark in bench/ was measured with.
    prose_min_words: int = 10          # a block this long that reads like a sentence counts as prose
    prose_min_stop_density: float = 0.12
    short_max_words: int = 6           # at most this many words is a "short" line (menus, labels)
    nav_run_min: int = 4               # this many short link-like lines in a row are a menu
    prompt_max_words: int = 25         # a prompt or widget label is a short block; longer ones are prose
    short_penalty: float = 3.0         # what a short line costs the main-text span
    medium_penalty: float = 3.0        # what a line that is neither short nor prose costs it
    prose_offset: float = 5.0          # subtracted from a prose block's word count
    bad_penalty: float = 10.0          # what a boilerplate line costs it
    disabled: frozenset[str] = frozenset()          # filter names switched off
    extra_phrases: tuple[tuple[str, tuple[str, ...]], ...] = ()   # (category, phrases) added to vocab

    def enabled(self, name: str) -> bool:
        return name not in self.disabled


def load_toml(path: str | Path, base: Config | None = None) -> Config:
    """Read a user's config file.

    [filters]
    disable = ["duplicate_line"]
    [phrases]
    social_prompt = ["join our discord"]
    [thresholds]
    prose_min_words = 8
    """
    base = base or Config()
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as e:
        raise ConfigError(f"cannot read config {path}: {e}") from None
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"config {path} is not valid TOML: {e}") from None
    from . import vocab
    from .pipeline import filter_names  # late: the pipeline imports config
    changes: dict = {}
    disable = data.get("filters", {}).get("disable", [])
    unknown = set(disable) - set(filter_names())
    if unknown:
        raise ConfigError(f"config {path}: unknown filter(s) {', '.join(sorted(unknown))}")
    changes["disabled"] = base.disabled | frozenset(disable)
    extra = list(base.extra_phrases)
    for cat, phrases in data.get("phrases", {}).items():
        if cat not in vocab.CATEGORIES:
            raise ConfigError(f"config {path}: unknown phrase category {cat!r} "
                              f"(known: {', '.join(sorted(vocab.CATEGORIES))})")
        if not isinstance(phrases, list) or not all(isinstance(p, str) for p in phrases):
            raise ConfigError(f"config {path}: [phrases] {cat} must be a list of strings")
        extra.append((cat, tuple(p.lower() for p in phrases)))
    changes["extra_phrases"] = tuple(extra)
    numeric = {f.name: f.type for f in fields(Config) if f.type in ("int", "float")}
    for key, value in data.get("thresholds", {}).items():
        if key not in numeric:
            raise ConfigError(f"config {path}: unknown threshold {key!r}")
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            raise ConfigError(f"config {path}: threshold {key} must be a number")
        changes[key] = int(value) if numeric[key] == "int" else float(value)
    return replace(base, **changes)
