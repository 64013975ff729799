"""The bodies the people of a mention speak and act for, by their posts (offices.toml):
`President Biden` and `the White House` are one doer to merging, two presidents are not."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources

from usc_timeline.model import Actor


@cache
def _offices() -> dict[tuple[str, str], str]:
    text = resources.files(__package__).joinpath("offices.toml").read_text(encoding="utf-8")
    return {(o["country"], o["role"].casefold()): o["body"]
            for o in tomllib.loads(text)["office"]}


def offices_of(actors: tuple[Actor, ...]) -> frozenset[str]:
    """The bodies whose posts the people among `actors` hold (on the mention's date)."""
    table = _offices()
    return frozenset(body for a in actors if a.kind == "person" and a.country and a.role
                     and (body := table.get((a.country, a.role.casefold()))) is not None)


def strangers_in_office(a_people: set[str] | frozenset[str], a_bodies: set[str] | frozenset[str],
                        a_offices: set[str] | frozenset[str], b_people: set[str] | frozenset[str],
                        b_bodies: set[str] | frozenset[str],
                        b_offices: set[str] | frozenset[str]) -> bool:
    """Both sides name who acted and no one is on both: no person or body in common, and
    no person on one side holds a post of a body the other names (`Biden` / `the White
    House`). Holders of one post on both sides (two presidents) stay strangers."""
    a, b = a_people | a_bodies, b_people | b_bodies
    return bool(a) and bool(b) and not (a & b) and not (a_offices & b_bodies) and \
        not (b_offices & a_bodies)
