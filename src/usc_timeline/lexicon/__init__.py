"""Lexicons of usc-timeline: people with dated roles, titles, countries, institutions,
places and issue tags, loaded from TOML data files that users can extend.

    from usc_timeline.lexicon import default_lexicon
    lex = default_lexicon()
    lex.people_by_short("Blinken")[0].role_on(date(2023, 6, 19)).title
"""

from .catalog import Lexicon
from .loader import ENV_VAR, LexiconError, default_lexicon, load_lexicon
from .model import Country, Institution, Issue, Person, Place, Role, Title

__all__ = [
    "ENV_VAR",
    "Country",
    "Institution",
    "Issue",
    "Lexicon",
    "LexiconError",
    "Person",
    "Place",
    "Role",
    "Title",
    "default_lexicon",
    "load_lexicon",
]
