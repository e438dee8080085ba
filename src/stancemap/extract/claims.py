"""Claims: who stands where on what (issue 3). Placeholder until the claim rules land."""

from __future__ import annotations

from spacy.tokens import Doc

from stancemap.extract.actors import ActorTable
from stancemap.model import Claim


def extract_claims(doc: Doc, actors: ActorTable) -> list[Claim]:
    return []
