"""Events: meetings, talks, votes, visits (issue 4). Placeholder until the event rules land."""

from __future__ import annotations

from spacy.tokens import Doc

from stancemap.extract.actors import ActorTable
from stancemap.model import Event


def extract_events(doc: Doc, actors: ActorTable, published: str | None) -> list[Event]:
    return []
