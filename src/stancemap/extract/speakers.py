"""Who holds a position: a subject phrase resolved to actors of the article.

No coreference model can be installed offline, so resolution is a ladder of cheap rules
over the parse and the actor table, tried in order; each rung says how it resolved so the
claim's confidence can reflect it:

1. ``name``: an actor mention covers the phrase's head (or an apposition: "a spokesperson,
   Morgan Ortagus"; or a name inside it: "a statement released by Erdogan's office").
2. ``metonym``: a capital or seat of power ("Moscow", "the Kremlin") is its country.
3. ``pronoun``: "he"/"she" is the nearest person who was a speaker or a subject before it;
   "it"/"they" the nearest non-person speaker or subject within the last few sentences.
4. ``description``: "the chancellor", "the minister" is the nearest person whose role has
   that word; "the Turkish statement" is Turkey; "the statement" is the last speaker.
5. ``group`` / ``new``: an unnamed collective or person ("critics", "a Turkish official")
   becomes an actor of its own, registered with a mention so it is exported.
"""

from __future__ import annotations

from bisect import bisect_right, insort
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from stancemap.extract.actors import (
    ActorTable,
    actor_words,
    entity_at,
    fold,
    head_word,
    other_field,
    postposed_title_word,
    slug,
)
from stancemap.extract.claim_lexicon import ClaimLexicon
from stancemap.extract.claim_lexicon import get as get_claim_words
from stancemap.extract.gender import GenderCheck, pronoun_gender
from stancemap.extract.lexicon_index import get as country_lexicon
from stancemap.extract.quotes import QuoteIndex
from stancemap.model import Actor

SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
SKIP_DEPS = {"relcl", "acl", "punct", "cc", "prep"}
CARRY_SENTENCES = 3  # how far back "it"/"they"/"the statement" look for their speaker
COUNTS = {"two": 2, "three": 3, "four": 4}  # "the two leaders": how many are meant
MAX_SURFACE_TOKENS = 14


@dataclass
class Speaker:
    ids: list[str]
    text: str
    start: int
    end: int
    how: str  # name | metonym | pronoun | description | group | new | carried


class SpeakerResolver:
    """Resolves subject tokens of one document; remembers who spoke, for pronouns."""

    def __init__(self, doc: Doc, actors: ActorTable, lex: ClaimLexicon,
                 quotes: QuoteIndex | None = None) -> None:
        self.doc = doc
        self.quotes = quotes
        self.text = doc.text  # Doc.text rebuilds the string on every access
        self.actors = actors
        self.lex = lex
        self.countries = country_lexicon()
        # interview answers: (start, end, who answers) — "I" there is the answerer
        self.answers: list[tuple[int, int, Speaker]] = []
        self._mentions: list[tuple[int, int, str]] = sorted(
            (m.start, m.end, a.id) for a in actors for m in a.mentions
        )
        self._starts = [m[0] for m in self._mentions]
        self._kind = {a.id: a.kind for a in actors}
        self._spoken: list[tuple[int, int, list[str]]] = []  # (char, sentence index, ids)
        self._said_ends: list[int] = []  # where each thing a person said ends
        # counted descriptions resolved so far: (char, count, kinds, ids)
        self._counted_seen: list[tuple[int, int, frozenset[str], list[str]]] = []
        # sentence start offsets, once: Token.sent walks the whole doc on every call
        self._sent_chars = [s.start_char for s in doc.sents]
        self._gender = GenderCheck(self.text)

    # --- bookkeeping ------------------------------------------------------------------
    def note_speaker(self, char: int, sent_index: int, ids: list[str], end: int | None = None
                     ) -> None:
        """Remember a resolved speaker so later pronouns and "the statement" can find it;
        ``end``: where what it said ends (a name inside it is told of, after it was said)."""
        self._spoken.append((char, sent_index, ids))
        if end is not None:
            self._said_ends.append(end)

    def last_speaker(self, char: int, sent_index: int, kind: str | None = None,
                     fits: Callable[[str], bool] | None = None) -> list[str]:
        for c, si, ids in reversed(self._spoken):
            if c >= char:
                continue
            if sent_index - si > CARRY_SENTENCES:
                break
            if (kind is None or all(self._kind.get(i) == kind for i in ids)) \
                    and (fits is None or all(fits(i) for i in ids)):
                return ids
        return []

    def _register(self, actor_id: str, start: int, end: int) -> None:
        self.actors.mention(actor_id, start, end)
        m = (start, end, actor_id)
        if m not in self._mentions:
            insort(self._mentions, m)
            self._starts = [x[0] for x in self._mentions]
        self._kind[actor_id] = self.actors.get(actor_id).kind

    def _mentions_in(self, start: int, end: int) -> list[tuple[int, int, str]]:
        i = bisect_right(self._starts, start - 1)
        out = []
        while i < len(self._mentions) and self._mentions[i][0] < end:
            if self._mentions[i][1] <= end:
                out.append(self._mentions[i])
            i += 1
        return out

    def _covering(self, tok: Token) -> list[str]:
        """Actors with a mention that holds ``tok`` (several when groups share a phrase)."""
        s, e = tok.idx, tok.idx + len(tok)
        i = bisect_right(self._starts, s)
        out: list[str] = []
        j = i - 1
        while j >= 0 and j >= i - 40:
            ms, me, aid = self._mentions[j]
            if ms <= s and me >= e and aid not in out:
                out.append(aid)
            j -= 1
        return out

    # --- resolution -------------------------------------------------------------------
    def resolve(self, tok: Token, sent_index: int) -> Speaker | None:
        """The actors a subject (or agent, or possessor) token stands for, conjuncts included."""
        # "Jennifer Daskal of American University and contributor to Slate": a singular
        # lower-case noun coordinated after a name describes that person, no co-speaker
        # ("Biden and others in the party" still are several)
        owner = _whose_state(tok)
        if owner is not None:  # "even with Austria and Ireland, whose governments have said
            # they will vote no": the states themselves
            tok = owner
        heads = [tok]
        for c in tok.conjuncts:
            if c.i < tok.i:
                continue
            if tok.pos_ == "PROPN" and c.tag_ == "NN" and c.text[:1].islower() \
                    and not any(d.dep_ == "det" and d.lower_ == "the"
                                or d.dep_ == "poss" and d.pos_ == "PROPN" for d in c.children):
                # "and his Cambodian counterpart Tea Seiha": the noun's named person speaks
                # (but "Pakistan and the Afghan government", "… and Afghanistan's Taliban
                # government" are two)
                heads += [a for a in c.children if a.dep_ == "appos"
                          and a.ent_type_ == "PERSON"]
                continue
            heads.append(c)
        if _bare_title(tok) and len(heads) > 1 and heads[1].ent_type_ == "PERSON":
            heads = heads[1:]  # "CNN reporter and former … Press Secretary Joe Lockhart":
            # a bare singular noun before a name coordinated to it describes that person
        heads += self._companions(tok)
        if tok.dep_ in {"nsubj", "nsubjpass"}:  # "Poland, Austria and Ireland have said":
            # the parser may make the list's second name a subject of its own
            for s in tok.head.children:
                if s.dep_ == tok.dep_ and s.i > tok.i and s.left_edge.i == tok.i + 2 \
                        and tok.right_edge.i == tok.i and self.doc[tok.i + 1].text == ",":
                    heads += [s, *s.conjuncts]  # (not "the Ministry in Munich, Germany")
        if len(heads) == 1 and tok.pos_ == "PROPN" and tok.ent_type_:
            # "Jamaica, the Bahamas, El Salvador and Guatemala backed the renewal": the parse
            # makes the list's second name an apposition, the rest its conjuncts
            heads += [c for a in tok.children if a.dep_ == "appos" and a.conjuncts
                      and a.pos_ == "PROPN" and any(  # (the tag may sit on a word of the
                          t.ent_type_ == tok.ent_type_  # name: "the CPN-UML and the CPN")
                          for t in self.doc[a.left_edge.i:a.i + 1])
                      and a.left_edge.i == tok.i + 2 and self.doc[tok.i + 1].text == ","
                      for c in (a, *a.conjuncts) if c.i > tok.i]
        if len(heads) == 1 and tok.pos_ == "NOUN":  # "from OIC head Yousef Al-Othaimeen,
            # Pope Francis, and a spokesperson …": the parse hangs the list on the name
            # given to the first one's title
            heads += [c for a in tok.children if a.dep_ == "appos" and a.ent_type_ == "PERSON"
                      for c in a.conjuncts if c.i > a.i]
        named = self._members_named(tok)
        if named:  # "world leaders including … Zarif and … Johnson": the ones named speak
            self._resolve_one(tok, sent_index)  # (the group is an actor of the article still)
            heads = named
        titled = self._titled_person(tok)
        if titled is not None:  # "X's director, Dr. Anthony Fauci, said": whatever the parse
            heads = [titled]  # made of the phrase, the person named speaks
        ids: list[str] = []
        hows: list[str] = []
        for h in heads:
            got = self._resolve_one(h, sent_index)
            if got is None:
                continue
            found, how = got
            for aid in found:
                if aid not in ids:
                    ids.append(aid)
            hows.append(how)
        if not ids:
            return None
        start, end = self._surface(tok)
        how = "name" if all(h == "name" for h in hows) else next(h for h in hows if h != "name")
        return Speaker(ids, self.text[start:end], start, end, how)

    def _titled_person(self, tok: Token) -> Token | None:
        """The person named with an office that belongs to someone, inside the subject
        phrase ("The United States' National Institute of Allergy and Infectious Disease's
        director, Dr. Anthony Fauci,", "Daily Xtra's editorial director, Rachel Giese,",
        "University of California, San Diego's chancellor Pradeep Khosla"): the parser
        often makes the owner the subject; the person is who speaks. One such person only."""
        if tok.ent_type_ == "PERSON":
            return None
        found = []
        stack = [tok]
        while stack:
            t = stack.pop()
            for c in t.children:
                if c.dep_ in {"relcl", "acl", "prep", "advcl", "ccomp"}:
                    continue
                stack.append(c)
            office = t.lemma_.lower()
            if t.pos_ != "NOUN" or office not in self.lex.person_nouns \
                    or not any(c.dep_ == "poss" for c in t.children):
                continue
            named = [c for c in t.children if c.dep_ == "appos"]
            if t.dep_ == "compound":
                named.append(t.head)
            found += [n for n in named if n.pos_ == "PROPN" and (n.ent_type_ == "PERSON" or any(
                self._kind.get(a) == "person" for a in self._covering(n)))]
        return found[0] if len(found) == 1 else None

    def _answerer(self, tok: Token) -> Speaker | None:
        """Who speaks as "I"/"we" at ``tok``: the one an interview's answer turn names."""
        if tok.lower_ not in self.lex.first_person or not self.answers:
            return None
        return next((s for start, end, s in self.answers if start <= tok.idx < end), None)

    def _members_named(self, tok: Token) -> list[Token]:
        """The members a plural description names ("Tributes were paid by world leaders
        including the Iranian Foreign Minister Mohammad Javad Zarif and British Prime
        Minister Boris Johnson", "several countries, including France and Germany, said"):
        they are who the sentence tells about, each a speaker."""
        if tok.tag_ != "NNS" or tok.ent_type_:
            return []
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in self.lex.member_preps:
                out = [o for g in c.children if g.dep_ == "pobj" for o in (g, *g.conjuncts)]
                if out and all(o.pos_ == "PROPN" or o.ent_type_ for o in out):
                    return out
            if c.dep_ == "appos" and c.conjuncts and c.i > tok.i:
                # "four parties - the Freedom and Justice Party, the Green-Left Front, the
                # Movement of Free Citizens and Serbia Centre - signed": the list names them
                out = [o for o in (c, *c.conjuncts) if self._covering(o)]
                if len(out) > 1 and all(o.pos_ == "PROPN" for o in (c, *c.conjuncts)):
                    return out
        return []

    def _member_bodies(self, tok: Token) -> list[str]:
        """The bodies a plural of persons names as its own ("Senators from the ruling Morena
        party, the Green Party (PVEM) and the Labor Party (PT) voted in favor"): their
        members act, so each body does, in the order named; only when every actor named
        there is a body (no person, no state)."""
        if tok.tag_ != "NNS":
            return []
        out: list[str] = []
        for prep in tok.children:
            if prep.dep_ != "prep" or prep.lower_ not in self.lex.body_member_preps:
                continue
            start, end = prep.idx, prep.right_edge.idx + len(prep.right_edge)
            for _s, _e, actor_id in self._mentions_in(start, end):
                if self._kind.get(actor_id) != "organization":
                    return []
                if actor_id not in out:
                    out.append(actor_id)
        return out

    def _companions(self, tok: Token) -> list[Token]:
        """Who the subject acts with: "X, along with Y, said", "X, together with Y, called
        for", "X alongside Y rejected": the phrase between the subject and its verb,
        wherever the parse hangs it."""
        verb = next((a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        if verb is None or verb.i < tok.i:
            return []
        out: list[Token] = []
        for k in range(tok.i + 1, verb.i):
            w = self.doc[k]
            if w.lower_ in self.lex.companion_adverbs and self.doc[k + 1].lower_ == "with":
                prep = self.doc[k + 1]
            elif w.lower_ in self.lex.companion_preps:
                prep = w
            else:
                continue
            if any(a.pos_ in {"VERB", "AUX"} and a.i != verb.i for a in prep.ancestors):
                continue  # inside a clause of its own
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                out += [obj, *obj.conjuncts]
        for echo in echo_clauses(verb, self.lex):
            out += [s for subj in echo.children if subj.dep_ == "nsubj"
                    for s in (subj, *subj.conjuncts)]
        return out

    def _surface(self, tok: Token) -> tuple[int, int]:
        """The subject phrase without relative clauses, cut to a readable length."""
        doc = self.doc
        left = tok.left_edge.i
        right = tok.i
        for c in tok.rights:
            if c.dep_ in {"relcl", "acl", "punct"} or (c.dep_ == "appos" and c.i > right + 3):
                break
            right = c.right_edge.i
        right = min(right, left + MAX_SURFACE_TOKENS - 1)
        opens = [t.i for t in doc[left:right + 1] if t.text == "("]
        if opens and opens[-1] > left and not any(t.text == ")" for t in doc[opens[-1]:right + 1]):
            right = opens[-1] - 1  # "The National Hurricane Center (NHC", its ")" cut off
        while right > left and (doc[right].is_punct or doc[right].dep_ == "cc"):
            right -= 1
        while left < right and (doc[left].is_punct or doc[left].is_space):
            left += 1
        return doc[left].idx, doc[right].idx + len(doc[right])

    def _resolve_one(self, tok: Token, si: int) -> tuple[list[str], str] | None:
        lex = self.lex
        low = tok.lower_
        part = self._partitive(tok)
        if part is not None:
            return part, "new"
        answerer = self._answerer(tok)
        if answerer is not None:  # "I", "we" in an interview's answer: who answers
            return list(answerer.ids), "name"
        acronym = tok.text.isupper() and len(tok.text) > 1  # "WHO said": the body, no pronoun
        if (tok.pos_ == "PRON" or low in lex.person_pronouns or low in lex.other_pronouns) \
                and not acronym and not tok.ent_type_:  # ("Liu He said": a name, no "he")
            return self._pronoun(tok, si)
        listed = self._listed_members(tok)
        if listed:
            return listed, "name"
        named_so = self._named_by_kind(tok)
        if named_so is not None:  # "The group of 54 countries said" after "the African
            return [named_so], "description"  # Group": the body its kind word names
        if tok.dep_ == "appos" and tok.pos_ == "NOUN" and tok.head.ent_type_ == "PERSON" \
                and (named := self._covering(tok.head)) \
                and all(self._kind.get(a) == "person" for a in named):
            return named, "name"  # "Michael McDowell, an independent senator and former
            # minister who campaigned for a No vote": the one named, not a new senator
        covering = self._covering(tok)
        if tok.lemma_.lower() in lex.party_nouns and all(
                self._kind.get(a) == "group" for a in covering) \
                and (counted := self._counted(tok)):
            return counted, "description"  # "the two sides", "both countries" just named
        owners = next((c for c in tok.children if c.dep_ == "poss"), None)
        if owners is not None and tok.tag_ in {"NNS", "NNPS"} \
                and all(self._kind.get(a) == "group" for a in covering) \
                and (tok.lemma_.lower() in lex.person_nouns
                     or tok.lemma_.lower() in self.countries.state_bodies) \
                and counted_kinds(owners, lex)[1] == {"country"} \
                and (states := self._counted(owners)):
            return states, "description"  # "the two countries' foreign ministries said":
            # each state through its own, as "the foreign ministers of A and B"
        if covering and all(self._kind.get(a) == "group" for a in covering) \
                and tok.lemma_.lower() in lex.person_nouns:
            named = self._named_holders(tok)
            if named:
                return named, "description"
        if tok.tag_ in {"NNS", "NNPS"} and tok.lemma_.lower() in self.countries.state_bodies \
                and any(c.dep_ == "det" and c.lower_ in lex.definite_plural
                        for c in tok.children) \
                and len(states := self._states_in_order(tok)) > 1:
            # "The foreign ministries of Germany, Poland and Sweden issued statements": each
            # state through its own body
            return [self.actors.country_actor(code) for code in states], "description"
        if covering and (tok.pos_ == "NOUN" or all(self._kind.get(a) != "person"
                                                   for a in covering)):
            person = self._apposed(tok, "person")
            if person:  # "a Republican, Mark Amodei, has voiced support": the person; "the
                return person, "name"  # leader of Roman Catholic Christianity, Pope
                # Francis,": the one named, not another "leader" of the article
        if covering and tok.pos_ == "NOUN":
            named = self._apposed(tok, "organization")
            if named:  # "The main opposition Republican People's Party (CHP) said": the
                return named[:1], "name"  # party named, not "the main opposition"
        if covering:
            return covering, "name"
        if tok.pos_ == "PROPN" or (tok.pos_ == "NOUN" and tok.text[:1].isupper()):
            named = self._by_name(tok)
            if named:
                return [named], "name"
        for cand in [tok, *[c for c in tok.children if c.dep_ == "appos"]]:
            if cand.ent_type_ == "PERSON" and cand.pos_ == "PROPN" and _name_like(cand):
                return [self._new_person(cand)], "name"
        for child in tok.children:  # "a spokesperson, Morgan Ortagus"
            if child.dep_ == "appos":
                got = self._covering(child)
                if got:
                    return got, "name"
        phrase = self._phrase(tok)
        metonym = self.countries.metonyms.get(phrase)
        if metonym:
            return [self.actors.country_actor(metonym, *self._span(tok))], "metonym"
        lemma = tok.lemma_.lower()
        outlet = self._state_outlet(tok)
        if outlet is not None:
            return self._new(tok, "organization", outlet), "new"
        if lemma in lex.source_nouns:
            return self._source(tok, si)
        if tok.pos_ == "NOUN" and lemma in actor_words().party_heads:
            named = [a for c in tok.children if c.dep_ == "compound"
                     for a in self._covering(c) if self._kind.get(a) == "organization"]
            if named:  # "Villacorta's Frente Ciudadano party": the party named, not its
                return named[:1], "name"  # leader
        owned = self._owned(tok, si)
        if owned:
            return owned
        state = self._state_of_pronoun(tok, si)
        if state is not None:
            return state, "pronoun"
        inside = self._inside(tok)
        if inside and tok.pos_ == "NOUN" and lemma in self.countries.state_bodies \
                and lemma not in actor_words().state_itself_nouns \
                and all(self._kind.get(a) == "country" for a in inside):
            # "a United States federal jury convicted …", "Kosovo police said": the body,
            # the state's own (its government stands for the state, as elsewhere)
            return self._new(tok, "organization", country=self.actors.get(inside[0]).country), \
                "new"
        described = lemma in lex.person_nouns or tok.lower_ in lex.person_nouns
        if inside and described and any(
                c.dep_ == "amod" and c.i > tok.i and any(g.dep_ == "prep" for g in c.children)
                for c in tok.children):
            return self._description(tok, si)  # "Sources close to the Ukrainian leadership
            # said": the sources, not the leadership they are close to
        bodies = self._member_bodies(tok) if described else []
        if len(bodies) > 1:
            return bodies, "name"
        if inside:
            return inside, "name"
        if described:
            return self._description(tok, si)
        if any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
                and tok.pos_ == "NOUN":
            plain = actor_words().plain_body_modifiers  # "the unanimous court": the court
            modified = [c for c in tok.children if c.dep_ in {"amod", "compound"}
                        and c.lower_ not in plain]
            if not modified:  # "the party": the party just named
                named = self._named_by_head(tok)
                if named:
                    return [named], "description"
            elif lemma in self.countries.state_bodies:
                # "the opposing military political party", "the election commission": a
                # body the article describes but does not name is one of its own
                return self._new(tok, "organization"), "new"
        if tok.tag_ in {"NNS", "NNPS"} and low in self.countries.group_nouns:
            return self._new(tok, "group"), "group"
        return None

    def _named_by_kind(self, tok: Token) -> str | None:
        """The body named last before ``tok`` whose name ends in the word ``tok`` is ("the
        African Group … The group of 54 countries said"; names.yaml coalition_nouns and
        "group"), when ``tok`` is that word after "the"."""
        if tok.pos_ != "NOUN" or tok.tag_ != "NN" \
                or tok.lower_ not in actor_words().coalition_nouns | {"group"} \
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return None
        before = [(ms, aid) for ms, me, aid in self._mentions if me <= tok.idx
                  and self._kind.get(aid) == "organization"
                  and head_word(fold(self.actors.get(aid).name)) == tok.lower_]
        return max(before)[1] if before else None

    def _partitive(self, tok: Token) -> list[str] | None:
        """A part of a group the article describes speaks as such: "One of the victims
        said" (a person), "some of the protesters said" (a group), named by the phrase."""
        if tok.lower_ not in self.lex.partitives:
            return None
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        whole = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        if whole is None or whole.tag_ != "NNS" or self._covering(whole) \
                or any(c.dep_ == "appos" for c in tok.children):
            return None  # "two of the Democrats", "One of these groups, the SDF,": named
        end = whole
        while not end.whitespace_ and end.i + 1 < len(self.doc) \
                and (self.doc[end.i + 1].is_alpha or self.doc[end.i + 1].text == "-"):
            end = self.doc[end.i + 1]  # "one of the co-authors"
        span = tok.idx, end.idx + len(end)
        if tok.lower_ != "one":  # "some of the protesters": protesters, as a group
            if whole.lower_ not in self.countries.group_nouns:
                return None  # ("some of the best arguments")
            return self._new(whole, "group", whole.text, (whole.idx, span[1]))
        return self._new(tok, "person", f"one {self.text[of.idx:span[1]]}", span)

    def _apposed(self, tok: Token, kind: str) -> list[str]:
        """The actors of ``kind`` named in apposition to ``tok`` ("a Republican, Mark
        Amodei,"; "The main opposition Republican People's Party"): a person also when the
        tagger alone saw the name, a body only by a proper name."""
        for c in tok.children:
            if c.dep_ != "appos" or kind != "person" and c.pos_ != "PROPN":
                continue
            found = [a for a in self._covering(c) if self._kind.get(a) == kind]
            if found:
                return found
            if kind == "person" and c.ent_type_ == "PERSON" and c.pos_ == "PROPN" \
                    and _name_like(c):
                return [self._new_person(c)]
        return []

    def _listed_members(self, tok: Token) -> list[str]:
        """A plural subject that lists its members in apposition ("Three American Samoans,
        Pale Tuli, Rosavita Tuli, and John Fitisemanu, sued"): the persons named, when
        there are at least two."""
        if tok.tag_ not in {"NNS", "NNPS"}:
            return []
        ids: list[str] = []
        for appos in (c for c in tok.children if c.dep_ == "appos"):
            for part in [appos, *appos.conjuncts]:
                for aid in self._covering(part):
                    if self._kind.get(aid) == "person" and aid not in ids:
                        ids.append(aid)
        return ids if len(ids) >= 2 else []

    def _owned(self, tok: Token, si: int) -> tuple[list[str], str] | None:
        """"Lithuania's president", "Trump's son", "Clinton aides", "the Biden campaign":
        a person or body described through another actor is not that actor. A country's
        office-holder is the article's person with that role and country if there is one;
        anyone else so described is an actor of its own."""
        lemma = tok.lemma_.lower()
        lex = self.lex
        if tok.pos_ != "NOUN" or not (lemma in lex.person_nouns or lemma in lex.relation_nouns
                                      or tok.lower_ in lex.person_nouns):
            return None
        owners = [c for c in tok.children if c.dep_ in {"poss", "compound"}
                  and (c.pos_ == "PROPN" or self._covering(c))]
        if not owners and lemma in lex.relation_nouns:
            by_pronoun = self._owned_by_pronoun(tok, si)
            if by_pronoun:
                return by_pronoun
        served = []
        if not owners and tok.tag_ == "NN":
            # "the spokesperson for the German government", "an aide to the president", "the
            # president of Lithuania": who speaks is the person, not the body or country
            preps = {"for", "to", "of"} if lemma in lex.relation_nouns else {"of"}
            served = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in preps
                      for g in c.children if g.dep_ == "pobj" and self._covering(g)]
            owners = served
        if not owners:
            return None
        owner_ids = self._covering(owners[0])
        owner = self.actors.get(owner_ids[0]) if owner_ids else None
        country = owner.country if owner is not None \
            else self.countries.country_of_word(owners[0].text)  # "a Thai official"
        if owner is not None and owner.kind == "country" and lemma in lex.person_nouns:
            for a in self.actors:
                if a.kind == "person" and a.role and a.country == country \
                        and lemma in a.role.lower().split():
                    self._register(a.id, *self._span(tok))
                    return [a.id], "description"
        start, end = self._span(tok)
        if served:
            end = served[0].right_edge.idx + len(served[0].right_edge)
        return self._relation_actor(tok, self.text[start:end], country, start, end), "new"

    def _relation_actor(self, tok: Token, name: str, country: str | None, start: int,
                        end: int) -> list[str]:
        """The actor a relation noun describes ("Trump's son", "an Interpol spokesperson":
        its office), of its own kind: a body, a group, or a person with the office as role."""
        lex, lemma = self.lex, tok.lemma_.lower()
        kind = "organization" if tok.lower_ in lex.relation_orgs or lemma in lex.relation_orgs \
            else "group" if tok.tag_ in {"NNS", "NNPS"} else "person"
        role = tok.text.title() if kind == "person" and lemma in lex.person_nouns else None
        actor_id = self.actors.add(name, kind, role=role, country=country,  # type: ignore[arg-type]
                                   key=f"{kind}-{slug(name)}")
        self._register(actor_id, start, end)
        return [actor_id]

    def _state_outlet(self, tok: Token) -> str | None:
        """The name of a state's unnamed news outlet ("State media", "state-run television",
        "the country's state news"), or None."""
        words = actor_words()
        if tok.pos_ != "NOUN" or tok.lower_ not in words.state_media_nouns:
            return None
        left = [t for t in tok.subtree if t.i < tok.i]
        firsts = {m.split("-")[0] for m in words.state_media_marks}
        start = next((t for t in left if t.lower_ in firsts), None)
        if start is None:
            return None
        # "state-run" is three tokens: the mark is what they spell from the first one
        spelled = "".join(t.text for t in left if t.i >= start.i).lower()
        if not any(spelled.startswith(m) for m in words.state_media_marks):
            return None
        return self.text[start.idx:tok.idx + len(tok)]

    def _state_of_pronoun(self, tok: Token, si: int) -> list[str] | None:
        """"His government called for sanctions": the state whose government the person the
        pronoun stands for leads, as "Germany's government" is Germany."""
        if tok.lemma_.lower() not in actor_words().government_nouns:
            return None
        owner = self._pronoun_owner(tok, si)
        if owner is None or not owner.country or owner.country == "EUR":
            return None
        return [self.actors.country_actor(owner.country, *self._span(tok))]

    def _pronoun_owner(self, tok: Token, si: int) -> Actor | None:
        """The one person a possessive pronoun on ``tok`` stands for ("his", "her")."""
        poss = next((c for c in tok.children if c.dep_ == "poss" and c.tag_ == "PRP$"
                     and c.lower_ in self.lex.person_pronouns), None)
        got = self._pronoun(poss, si) if poss is not None else None
        if not got or len(got[0]) != 1:
            return None
        owner = self.actors.get(got[0][0])
        return owner if owner is not None and owner.kind == "person" else None

    def _owned_by_pronoun(self, tok: Token, si: int) -> tuple[list[str], str] | None:
        """"his family said", "a statement released by her family", "his daughter said":
        kin, staff or a campaign owned through a pronoun speak for themselves, named after
        the person the pronoun stands for ("Hosni Mubarak's family")."""
        owner = self._pronoun_owner(tok, si)
        if owner is None:
            return None
        return self._relation_actor(tok, f"{owner.name}'s {tok.text}", owner.country,
                                    *self._span(tok)), "new"

    def _phrase(self, tok: Token) -> str:
        words = [t.lower_ for t in tok.subtree if t.dep_ not in {"det", "punct"}
                 and t.i <= tok.i]
        return " ".join(words)

    def _span(self, tok: Token) -> tuple[int, int]:
        left = tok.left_edge
        while left.i < tok.i and (left.dep_ in {"det", "punct", "predet"} or left.is_space
                                  or left.ent_type_ == "DATE" or left.text == "-"):
            left = self.doc[left.i + 1]  # "47-year-old Matovič's office": his office (and
            # not the paragraph's break before it)
        last = postposed_title_word(tok) or tok  # "attorneys general from sixteen states"
        return left.idx, last.idx + len(last)

    def _inside(self, tok: Token, clauses: bool = True) -> list[str]:
        """Named actors inside the phrase, persons first, skipping relative clauses (and,
        without ``clauses``, the adverbial clauses in it: when or why, not whose)."""
        excluded: set[int] = set()
        for t in tok.subtree:
            if (t.dep_ == "relcl" or not clauses and t.dep_ == "advcl") and t.i != tok.i:
                excluded.update(x.i for x in t.subtree)
            if t.dep_ == "poss" and t.head.i != tok.i and t.head.pos_ == "NOUN" \
                    and t.head.is_lower:
                # "critics from across Britain's political spectrum": the spectrum is
                # Britain's, the critics are not Britain
                excluded.update(x.i for x in t.subtree)
            if t.dep_ in {"amod", "acl"} and t.tag_ == "VBN" and t.i != tok.i \
                    and t.lemma_.lower() in self.lex.backing_participles:
                # "the Iran-backed group", "a U.S.-led coalition", "the mission …, led by
                # Heraldo Muñoz": who backs or leads it, not who it is
                excluded.update(x.i for x in t.subtree)
        tokens = [t for t in tok.subtree if t.i not in excluded]
        if not tokens:
            return []
        start = min(t.idx for t in tokens)
        end = max(t.idx + len(t) for t in tokens)
        gaps = [(self.doc[i].idx, self.doc[i].idx + len(self.doc[i])) for i in excluded]
        found = [m for m in self._mentions_in(start, end)
                 if not any(gs <= m[0] < ge for gs, ge in gaps)]
        if not found:
            return []
        rank = {"person": 0, "organization": 1, "group": 2, "country": 3}
        best = min(found, key=lambda m: (rank.get(self._kind.get(m[2], ""), 4), m[0]))
        return [best[2]]

    def _pronoun(self, tok: Token, si: int) -> tuple[list[str], str] | None:
        low = tok.lower_
        if low in {"who", "which"} and tok.head.dep_ == "relcl":  # ("China's delegation,
            # which said in a statement that …": a body, as "who" a person)
            noun = tok.head.head
            if low == "which":  # a body speaking ("the ministry, which said …"); not a
                # text ("cited the report, which said …": whose is not told) nor a body's
                # other doings, which are what it is, not what it says
                said = self.lex.verbs.get(tok.head.lemma_.lower())
                if said is None or noun.lemma_.lower() in self.lex.source_nouns \
                        or said.frame == "speech" and tok.head.tag_ != "VBD" \
                        or said.frame != "speech" and (
                            tok.head.lemma_.lower() not in self.lex.standing_verbs
                            or tok.i == 0 or tok.nbor(-1).text != ","):
                    return None  # ("cited the report, which said": whose is not told); a
                    # body's stand told beside its name is its position ("The Swiss People's
                    # Party, which opposes the package, reacted angrily"; not "the YPG militia
                    # which support the PKK", what the militia is)
            among = noun.head if noun.dep_ == "pobj" and noun.head.lower_ == "among" else None
            if among is not None and among.head.lemma_ == "be":
                # "He was among the Representatives who voted against the war": he did
                subj = next((c for c in among.head.children if c.dep_ == "nsubj"), None)
                if subj is not None:
                    return self._resolve_one(subj, si)
            top = noun
            while top.dep_ in {"pobj", "prep"} and top.head.i != top.i:
                top = top.head
            if top is not noun and top.dep_ == "appos" and top.head.ent_type_ == "PERSON" \
                    and noun.ent_type_ != "PERSON":
                # "Callamard, a rapporteur for the Office of the UN High Commissioner who had
                # investigated the case": "who" is the person described, not the office the
                # parser hangs it on
                return self._resolve_one(top.head, si)
            got = self._resolve_one(noun, si) if noun.i != tok.i else None
            listed = [c for c in noun.conjuncts if noun.i < c.i < tok.i]
            if got is not None and listed and noun.dep_ != "conj":
                # "Saudi Arabia, Russia, Iran and Kuwait, which argued that …": the clause
                # hangs on the list's head after its last member; the list says it
                ids = list(got[0])
                for c in listed:
                    more = self._resolve_one(c, si)
                    ids += [a for a in (more[0] if more else []) if a not in ids]
                return ids, got[1]
            return got
        if low in self.lex.person_pronouns:
            fits = self._fitting(tok)
            bound = self._clause_subject(tok, fits) if tok.dep_ in {"poss", "nsubj"} else None
            if bound is not None:
                return [bound], "pronoun"
            spoken = self.last_speaker(tok.idx, si, "person", fits)
            if spoken and tok.dep_ == "nsubj" \
                    and tok.head.lemma_.lower() in self.lex.continuing_verbs:
                return spoken, "pronoun"  # '"…", he added': the last speaker goes on
            quoted = self._attributed_quote(tok) or _interrupted(tok)  # ("President Trump
            # is trying to break us … That will never, ever happen," he said: not Trump,
            # whom the quote names; "Mitsotakis, he said, should not travel": not him)
            recent = self._recent(tok.idx, {"person"}, fits=fits, skip=quoted)
            if spoken and (not recent or recent in spoken
                           or self._spoken_after(recent, tok, skip=quoted, kind="person")):
                return spoken, "pronoun"
            if recent:
                return [recent], "pronoun"
            return None
        if low in self.lex.plural_pronouns:
            several = self._coordinated_subject(tok, si)
            if several:
                return several, "pronoun"
        if low in self.lex.other_pronouns:
            # "it" is one body or state, never a group named in the plural ("Human rights
            # groups said … Kenya's opposition said it would boycott the rerun")
            kinds = {"organization", "country"} if low not in self.lex.plural_pronouns \
                else {"organization", "group", "country"}
            if self._bound_to_no_actor(tok, si):
                return None
            same = self._recent(tok.idx, kinds, within=self._sent_start(tok.idx),
                                subjects_only=True)
            if same:
                return [same], "pronoun"
            spoken = self.last_speaker(tok.idx, si)
            if spoken and all(self._kind.get(i) in kinds for i in spoken):
                return spoken, "pronoun"
            recent = self._recent(tok.idx, kinds, within=self._sent_start(tok.idx, 1))
            if recent:
                return [recent], "pronoun"
        return None

    def _bound_to_no_actor(self, tok: Token, si: int) -> bool:
        """A pronoun subject of what a speaker says stands for that speaker when the
        speaker is a noun of its own ("Organised labour warned it would resist any
        freeze"): if that noun is no actor, neither is the pronoun (not the body named
        before it)."""
        if tok.dep_ != "nsubj" or tok.head.dep_ != "ccomp":
            return False
        outer = next((c for c in tok.head.head.children
                      if c.dep_ in {"nsubj", "nsubjpass"} and c.i < tok.i), None)
        return outer is not None and outer.pos_ == "NOUN" and not outer.conjuncts \
            and self._resolve_one(outer, si) is None

    def _clause_subject(self, tok: Token, fits: Callable[[str], bool]) -> str | None:
        """The named person a possessive or a subject pronoun is bound to: the subject of
        its own clause, named before it ("Trump countered that Biden would have lost even
        more … due to his opposition to the travel ban": Biden's, not the speaker's), or the
        antecedent of a relative "who" saying it ("… over Salvador Nasralla, who said he
        would not accept the result": Nasralla)."""
        if tok.dep_ == "nsubj" and tok.head.dep_ == "parataxis":
            return None  # ("Mitsotakis, he said, should not travel to Ankara": the one
            # saying it, set into the clause, is not the clause's subject)
        verb = tok
        while verb.head.i != verb.i:
            verb = verb.head
            if verb.pos_ not in {"VERB", "AUX"}:
                continue
            subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subj is None or subj.i > tok.i:
                return None
            if subj.lower_ == "who" and verb.dep_ == "relcl":
                subj = verb.head  # "Nasralla, who said he would not accept the result"
            elif subj.pos_ == "PRON":
                if pronoun_gender(subj.lower_) == pronoun_gender(tok.lower_) is not None:
                    continue  # "if he were president due to his opposition": up to his
                return None
            people = [a for a in self._covering(subj)
                      if self._kind.get(a) == "person" and fits(a)]
            return people[0] if len(people) == 1 else None
        return None

    def person_meant(self, tok: Token, doers: Sequence[str]) -> str | None:
        """Whom an object pronoun stands for ("the state party endorsed him"): the
        nearest person named before it, in its sentence or the one before, whom the
        pronoun fits, never the act's own doer (further back "him" may be anyone)."""
        return self._recent(tok.idx, {"person"}, within=self._sent_start(tok.idx, 1),
                            fits=self._fitting(tok, doers))

    def _fitting(self, pronoun: Token, doers: Sequence[str] = ()) -> Callable[[str], bool]:
        """Who a personal pronoun can stand for: an actor it fits ("she" is not Alexander
        Lukashenko), other than ``doers``."""
        def fits(actor_id: str) -> bool:
            return actor_id not in doers and self._gender.fits(pronoun.lower_,
                                                               self.actors.get(actor_id))

        return fits

    def _attributed_quote(self, tok: Token) -> tuple[int, int] | None:
        """The quote a pronoun right after it attributes ("…," he said), as a character
        range: the people it names in the third person are not who said it."""
        q = self.quotes.last_ending_by(tok.idx) if self.quotes is not None else None
        if q is None:
            return None
        gap = self.text[q.end:tok.idx]
        return (q.start, q.end) if len(gap) <= 4 and not gap.strip(" ,.\"'“”‘’") else None

    def _spoken_after(self, actor_id: str, tok: Token,
                      skip: tuple[int, int] | None = None, kind: str | None = None) -> bool:
        """True when the last speaker (of ``kind``, if given) spoke after ``actor_id`` was
        last mentioned (not counting mentions in ``skip``): a state or body speaking in
        between ("Paris will oppose the deal …, he said") is not who "he" goes on from."""
        last_mention = max((m[0] for m in self._mentions if m[2] == actor_id and m[0] < tok.idx
                            and not (skip and skip[0] <= m[0] < skip[1])), default=-1)
        last_spoke = max((c for c, _, ids in self._spoken if c < tok.idx and (
            kind is None or all(self._kind.get(i) == kind for i in ids))), default=-1)
        # ("He said Prime Minister Anwar Ibrahim stood ready to host talks. '…,' he said":
        # a name inside what was said is told by the speaker, who goes on)
        said_to = max((e for e in self._said_ends if last_spoke <= e <= tok.idx), default=-1)
        return last_spoke >= last_mention or said_to > last_mention > last_spoke

    def _sent_start(self, char: int, back: int = 0) -> int:
        """Start offset of the sentence ``back`` sentences before the one holding ``char``."""
        i = bisect_right(self._sent_chars, char) - 1
        return self._sent_chars[max(i - back, 0)] if i >= 0 else 0

    def _recent(self, char: int, kinds: set[str], within: int = 0,
                subjects_only: bool = False,
                fits: Callable[[str], bool] | None = None,
                skip: tuple[int, int] | None = None) -> str | None:
        """The actor of the nearest earlier mention of one of ``kinds`` (subjects first),
        not counting mentions inside ``skip``."""
        i = bisect_right(self._starts, char) - 1
        fallback = None
        own_sentence = self._sent_start(char)
        while i >= 0:
            s, e, aid = self._mentions[i]
            if s < within:
                break
            if skip is not None and skip[0] <= s < skip[1]:
                i -= 1
                continue
            if e <= char and self._kind.get(aid) in kinds and (fits is None or fits(aid)):
                span = self.doc.char_span(s, e, alignment_mode="expand")
                if span is not None and _as_subject(span.root):
                    if s < own_sentence and not _main_subject(span.root):
                        return self._main_subject_before(i, kinds, fits) or aid
                    return aid
                fallback = fallback or aid
            i -= 1
        return None if subjects_only else fallback

    def _main_subject_before(self, i: int, kinds: set[str],
                             fits: Callable[[str], bool] | None) -> str | None:
        """The subject of the main clause of the sentence holding mention ``i``, before
        it: a pronoun in a later sentence goes on with the sentence's main subject, not one
        of a clause inside it ("Mugabe agreed to power-sharing in which Tsvangirai became
        prime minister. \"Only God who appointed me will remove me,\" he declared")."""
        start = self._sent_start(self._mentions[i][0])
        for s, e, aid in reversed(self._mentions[:i]):
            if s < start:
                break
            if self._kind.get(aid) not in kinds or (fits is not None and not fits(aid)):
                continue
            span = self.doc.char_span(s, e, alignment_mode="expand")
            if span is not None and _as_subject(span.root) and _main_subject(span.root):
                return aid
        return None

    def _source(self, tok: Token, si: int) -> tuple[list[str], str] | None:
        """"Erdogan's statement", "a statement released by his office", "the Turkish statement"."""
        for child in tok.children:
            if child.dep_ == "poss":
                got = self._resolve_one(child, si)
                if got:
                    return got
        agent = _issuing_agent(tok)
        if agent is not None:
            got = self._resolve_one(agent, si)
            if got:
                return got[0], "name"
        inside = self._inside(tok, clauses=False)  # ("the declaration, adopted after leaders
        if inside:  # attended a dinner hosted by the King": not the King's)
            return inside, "name"
        for child in tok.children:
            if child.dep_ in {"amod", "compound"}:
                iso = self.countries.country_of_word(child.text)
                if iso:
                    return [self.actors.country_actor(iso, child.idx, child.idx + len(child))], \
                        "description"
                words = "".join(t.text for t in child.subtree).lower()
                if child.dep_ == "compound" and (words in self.lex.person_nouns
                                                 or child.lower_ in self.lex.person_nouns):
                    return self._new(child, "person", name=words), "new"
        if any(c.dep_ == "det" and c.lower_ in self.lex.indefinite for c in tok.children):
            return None  # "a report": whose, the sentence does not say
        if tok.tag_ in {"NNS", "NNPS"} and not any(c.dep_ == "det" for c in tok.children):
            return None  # "according to local reports": whose, no one says
        earlier = self._earlier_issuer(tok)
        if earlier:
            return earlier, "carried"
        if _named_unissued(tok):
            return None  # "according to a final communique" … "the communique said": a text
            # named before with no issuer is no one's the article names, not the last speaker's
        carried = self.last_speaker(tok.idx, si)
        if carried:
            return carried, "carried"
        return None

    def _earlier_issuer(self, tok: Token) -> list[str]:
        """ "The declaration called Russia …" after "NATO leaders agreed … in a joint
        declaration": a text named again is the one named before, issued by the subject of
        the clause it was named in (not whoever spoke last)."""
        lemma = tok.lemma_.lower()
        since = self._sent_start(tok.idx, 2 * CARRY_SENTENCES)
        own = self._sent_start(tok.idx)
        first = None
        for t in reversed(tok.doc[:tok.i]):  # the nearest mention before this sentence
            if t.idx < since:
                break
            if t.idx < own and t.lemma_.lower() == lemma and t.tag_ == tok.tag_:
                first = t
                break
        if first is None:
            return []  # (named far back, or as "reports" before "the report": another)
        agent = _issuing_agent(first)  # "a statement issued by X"
        if agent is not None and (got := self._covering(agent)):
            return got
        verb = next((a for a in first.ancestors if a.pos_ in {"VERB", "AUX"}
                     and any(c.dep_ == "nsubj" for c in a.children)), None)
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb else None
        if subj is None or subj.pos_ == "PRON":
            return []
        return self._covering(subj) or []

    def _named_holders(self, tok: Token) -> list[str]:
        """"the ministers" = the ministers just named, when two or more were; else []."""
        if tok.tag_ not in {"NNS", "NNPS"} or not any(
                c.dep_ == "det" and c.lower_ in self.lex.definite_plural
                for c in tok.children):
            return []
        if counted := self._counted(tok):
            return counted  # "Macron congratulated Merz … The two leaders agreed": the two
            # just named, before any other pair of leaders named a sentence earlier
        named = self._holders_nearby(tok, tok.lemma_.lower())
        of_states = self._of_states(tok)
        if of_states is not None:  # "the foreign ministers of France, Germany and the
            # United Kingdom": the holders from those states, when each is named, else the
            # group the description names itself
            portfolio = [c.lower_ for c in tok.children if c.dep_ in {"compound", "amod"}
                         and c.pos_ in {"NOUN", "ADJ"}]  # "agriculture ministers": not the
            # prime minister of one of them
            named = [a for a in named if self.actors.get(a).country in of_states
                     and all(w in (self.actors.get(a).role or "").lower() for w in portfolio)]
            if {self.actors.get(a).country for a in named} == of_states:
                return named
            # none named: each state speaks through its own ("the foreign ministers of
            # Estonia, Latvia and Lithuania said in a joint statement"), one speaker a state
            return [self.actors.country_actor(code) for code in self._states_in_order(tok)] \
                if len(of_states) > 1 and not named else []  # (with some named, the
            # description's own group)
        if len(named) >= 2:
            return named
        # "Both officers indicated they would appeal", paragraphs after "officers Antoine
        # Quirin and Nicolas Redouane": the article's only holders of that role
        named = self._holders_nearby(tok, tok.lemma_.lower(), since=0, companions=False)
        both = any(c.lower_ == "both" for c in tok.children)
        return named if len(named) == 2 or len(named) > 2 and not both else []

    def _states_in_order(self, tok: Token) -> list[str]:
        """The states of :meth:`_of_states` in the order the phrase names them."""
        out: list[str] = []
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
            for obj in (g for g in prep.children if g.dep_ == "pobj"):
                for t in sorted((obj, *obj.conjuncts), key=lambda x: x.i):
                    name = entity_at(t).text if t.ent_type_ == "GPE" else t.text
                    code = self.countries.country_of_word(name)
                    if code and t.ent_type_ in {"GPE", "NORP", ""} and code not in out:
                        out.append(code)
        return out

    def _of_states(self, tok: Token) -> set[str] | None:
        """The states an "of" phrase after a plural office names ("ministers of France,
        Germany and the United Kingdom"), or None when it names none."""
        return set(self._states_in_order(tok)) or None

    def _counted(self, tok: Token) -> list[str]:
        """"the two leaders", "both leaders" after "Lula met Trump", "the two sides" after
        "Tai met Liu He": as many actors of the kinds the description means
        (``counted_kinds``) as it counts, the ones named in this sentence or the one before,
        when they are exactly that many."""
        count, kinds = counted_kinds(tok, self.lex)
        if not count:
            return []
        since = self._sent_start(tok.idx, 1)
        named: list[str] = []
        for start, _, aid in self._mentions:
            if since <= start < tok.idx and self.actors.get(aid).kind in kinds \
                    and aid not in named:
                named.append(aid)
        if len(named) == count:
            self._counted_seen.append((tok.idx, count, kinds, named))
            return named
        if not named:  # "Both leaders said …" after "The two leaders agreed …": the same two
            back = self._sent_start(tok.idx, CARRY_SENTENCES - 1)
            for char, n, k, ids in reversed(self._counted_seen):
                if back <= char < tok.idx and n == count and k == kinds:
                    return ids
        paired = last_pairing(tok, self._mentions, lambda a: self.actors.get(a).kind, kinds,
                              self.lex.pairing_preps)
        if len(paired) == count or len(kinds) > 1:
            return paired if len(paired) == count else []  # ("the two sides" may be any
            # pair named together: only those set against each other)
        return self._last_coordinated(tok, count, kinds)

    def _last_coordinated(self, tok: Token, count: int, kinds: frozenset[str]) -> list[str]:
        """The last ``count`` actors of ``kinds`` named together ("a day after Norway and
        Germany tied fresh pledges to conditions" … "the two European governments urged"),
        when the nearer sentences name no such set."""
        return last_coordinated(tok, count, lambda t: [
            a for a in self._covering(t) if self.actors.get(a).kind in kinds])

    def _holders_nearby(self, tok: Token, lemma: str, since: int | None = None,
                        companions: bool = True) -> list[str]:
        """Persons whose role has ``lemma`` ("minister" for "the ministers"; "leader" for
        "the leaders"), mentioned in this sentence before ``tok`` or the few before it
        (or since the character ``since``)."""
        if since is None:
            since = self._sent_start(tok.idx, CARRY_SENTENCES - 1)
        found: list[str] = []
        sentences: set[int] = set()
        persons: list[tuple[int, str]] = []
        for start, _, aid in self._mentions:
            if start < since or start >= tok.idx:
                continue
            actor = self.actors.get(aid)
            if actor.kind != "person":
                continue
            persons.append((start, aid))
            if actor.role and lemma in actor.role.lower().split() and aid not in found:
                found.append(aid)
                sentences.add(bisect_right(self._sent_chars, start))
        # their unroled companions in the same sentence ("his counterparts, A and B")
        for start, aid in persons if companions else []:
            actor = self.actors.get(aid)
            if aid not in found and not actor.role \
                    and bisect_right(self._sent_chars, start) in sentences:
                found.append(aid)
        return found

    def _coordinated_subject(self, tok: Token, si: int) -> list[str]:
        """"They" after "X and his Greek and French counterparts, A and B": the actors of the
        nearest earlier subject that names two or more of them."""
        since = self._sent_start(tok.idx, 1)
        for cand in reversed(self.doc[:tok.i]):
            if cand.idx < since:
                break
            if cand.dep_ not in SUBJECT_DEPS or cand.lower_ in self.lex.other_pronouns:
                continue
            ids: list[str] = []
            for part in [cand, *cand.conjuncts, *[c for c in cand.children if c.dep_ == "appos"]]:
                for sub in [part, *part.conjuncts]:
                    if sub.pos_ == "PRON":
                        continue
                    got = self._resolve_one(sub, si)
                    for aid in got[0] if got else []:
                        if aid not in ids:
                            ids.append(aid)
            if len(ids) >= 2:
                return ids
            if len(ids) == 1 and (other := self._met(cand, si)) is not None \
                    and other not in ids:
                return [*ids, other]  # "Lula met Trump … They agreed": the two who met
            if ids:
                return []
        return []

    def _met(self, subj: Token, si: int) -> str | None:
        """The one person a subject met or spoke with (the verb's object, or its "with"
        phrase), for a verb of meeting (cues.yaml reciprocal_verbs)."""
        verb = subj.head
        if verb.lemma_.lower() not in self.lex.reciprocal_verbs:
            return None
        objs = [c for c in verb.children if c.dep_ == "dobj"] + [
            g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
            for g in c.children if g.dep_ == "pobj"]
        if len(objs) != 1 or objs[0].conjuncts or objs[0].tag_ in {"NNS", "NNPS"}:
            return None  # ("met officers Antoine Quirin and Nicolas Redouane": they are the
            # officers, not the one who met them)
        got = self._resolve_one(objs[0], si)
        ids = [i for i in (got[0] if got else []) if self._kind.get(i) == "person"]
        return ids[0] if len(ids) == 1 else None

    def _description(self, tok: Token, si: int) -> tuple[list[str], str] | None:
        """"the minister" → the person holding that role; "a Turkish official" → new actor."""
        dets = {c.lower_ for c in tok.children if c.dep_ == "det"}
        lemma = tok.lemma_.lower()
        if tok.tag_ in {"NNS", "NNPS"}:
            named = self._named_holders(tok)
            if named:
                return named, "description"
            return self._new(tok, "group"), "group"
        if "the" in dets or not dets:
            fields = [c.text for c in tok.children if c.dep_ == "compound"
                      and c.pos_ == "NOUN" and c.text.islower()]
            best = self.actors.named_last_before(
                tok.idx, lambda a: a.kind == "person" and bool(a.role)
                and lemma in a.role.lower().split()
                and not other_field(a, fields, self.actors.text))
            if best:
                self._register(best, *self._span(tok))
                return [best], "description"
            if "the" in dets and not any(c.dep_ in {"amod", "compound"} for c in tok.children):
                return None  # "the minister" with no minister named: whom is unknown
            # "the German government spokesman": a description that says whose he is
        return self._new(tok, "person"), "new"

    def _by_name(self, tok: Token) -> str | None:
        """A name the tagger missed ("Pelosi called …"): the actor with that name or surname,
        or the one person with that given name ("Hardeep also stated …")."""
        words = [t for t in tok.subtree if t.i <= tok.i and t.i >= tok.i - 4
                 and (t.pos_ == "PROPN" or t.i == tok.i)]
        while len(words) > 1 and words[0].lower_.rstrip(".") in actor_words().honorifics:
            words = words[1:]  # "Mr Streeting": the name after the honorific
        if not words:
            return None
        text = fold(" ".join(t.text for t in words))
        hits = self.actors.named(text, text) or ([
            a.id for a in self.actors if a.kind == "person" and len(a.name.split()) > 1
            and fold(a.name).split()[0] == text] if len(words) == 1 else [])
        # (a given name alone, "Hardeep also stated …": the one person of that name)
        if len(hits) != 1:
            return None
        start, end = words[0].idx, tok.idx + len(tok)
        self._register(hits[0], start, end)
        return hits[0]

    def _named_by_head(self, tok: Token) -> str | None:
        """"the embassy" → the nearest earlier actor whose name ends in "Embassy"; "the
        Department" → the one whose name is a Department "of" something ("California
        Department of Corrections and Rehabilitation")."""
        lemma = tok.lemma_.lower()
        called = actor_words().body_epithets.get(lemma, frozenset())

        def fits(a: Actor) -> bool:
            name = a.name.lower()
            words = name.split()
            return a.kind != "person" and bool(words) \
                and (bool({words[-1], head_word(name)} & {lemma, tok.lower_})
                     or fold(a.name) in called)  # "the bloc" after "the European Union"

        best = self.actors.named_last_before(tok.idx, fits)
        if best:
            best = self._not_a_possessor(tok, best, fits)
        if best:
            self._register(best, *self._span(tok))
        return best

    def _not_a_possessor(self, tok: Token, best: str, fits: Callable[[Actor], bool]) -> str:
        """Of two bodies of the kind named since the sentence before, the one named as a
        possessor in passing ("founded the Unity Party with supporters of Clark's campaign
        for the Democratic Party's nomination. The party …") yields to the other."""
        sent = tok.sent
        since = self.doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char

        def last(a: Actor) -> tuple[int, int]:
            return max(((m.start, m.end) for m in a.mentions if m.start < tok.idx),
                       default=(-1, -1))

        def possessor(end: int) -> bool:
            return self.text[end:end + 1] in {"'", "’"}  # "the Democratic Party's", "Unions'"

        recent = [a for a in self.actors if fits(a) and last(a)[0] >= since]
        if len(recent) < 2 or not possessor(last(self.actors.get(best))[1]):
            return best
        plain = [a for a in recent if not possessor(last(a)[1])]
        return max(plain, key=lambda a: last(a)[0]).id if plain else best

    def _new_person(self, tok: Token) -> str:
        """A person the actor stage missed, named by the tagger's PERSON span around ``tok``
        (or the person it did find there under a longer name: "Barend Leyts" for "Leyts")."""
        known = [a for a in self._covering(tok) if self._kind.get(a) == "person"]
        if known:
            return known[0]
        left = tok
        while left.i > 0 and self.doc[left.i - 1].ent_type_ == "PERSON" \
                and self.doc[left.i - 1].ent_iob_ != "B" or left.ent_iob_ == "I":
            left = self.doc[left.i - 1]
        right = tok
        while right.i + 1 < len(self.doc) and self.doc[right.i + 1].ent_iob_ == "I":
            right = self.doc[right.i + 1]
        start, end = left.idx, right.idx + len(right)
        name = self.text[start:end]
        same = [a.id for a in self.actors if a.kind == "person" and fold(a.name) == fold(name)]
        actor_id = same[0] if same else self.actors.add(name, "person",
                                                          key=f"person-{slug(name)}")
        self._register(actor_id, start, end)
        return actor_id

    def _new(self, tok: Token, kind: str, name: str | None = None,
             span: tuple[int, int] | None = None, country: str | None = None) -> list[str]:
        start, end = span or self._span(tok)
        text = name or self.text[start:end]
        for t in tok.subtree:
            if t.i < tok.i:
                country = country or self.countries.country_of_word(t.text)
        words = text.split()
        if words and words[0].lower() in self.lex.not_in_name:
            text = " ".join(words[1:]) or text
        key = f"{kind}-{slug(text)}"
        role = None
        if kind == "person" and tok.pos_ == "NOUN":  # "a spokesperson", "a federal judge"
            words = [t.text for t in tok.lefts if t.dep_ in {"amod", "compound"}
                     and t.pos_ in {"ADJ", "NOUN"} and t.text.islower()] + [tok.text]
            role = " ".join(words).title()
        actor_id = self.actors.add(text, kind, role=role, country=country,  # type: ignore[arg-type]
                                   key=key)
        self._register(actor_id, start, end)
        return [actor_id]


def last_coordinated(tok: Token, count: int, named: Callable[[Token], list[str]]
                     ) -> list[str]:
    """The last ``count`` actors named together before ``tok``, one per conjunct
    (``named``: the actors of the wanted kinds a token names): "a day after Norway and
    Germany tied fresh pledges" … "the two European governments"."""
    for head in reversed(tok.doc[:tok.i]):
        if head.dep_ == "conj" or not any(c.dep_ == "conj" for c in head.children):
            continue
        ids: list[str] = []
        for t in (head, *head.conjuncts):
            found = named(t)
            if len(found) != 1:
                break
            ids.append(found[0])
        else:
            if len(set(ids)) == count == len(ids):
                return ids
    return []


def last_pairing(tok: Token, mentions: Sequence[tuple[int, int, str]],
                 kind_of: Callable[[str], str | None], kinds: frozenset[str],
                 preps: frozenset[str]) -> list[str]:
    """The parties (actors of ``kinds``) of the last "between A and B" (``preps``) before
    ``tok`` that names any: the sides a later "both sides" counts when the sentences in
    between name others ("talks on Monday between the BMA's resident doctors committee and
    Health Secretary Wes Streeting …" … "Both sides have agreed to meet again").
    ``mentions``: the article's actor mentions (start, end, actor id) in text order."""
    for prep in reversed(tok.doc[:tok.i]):
        if prep.lower_ not in preps or prep.dep_ != "prep":
            continue
        end = max(t.idx + len(t) for t in prep.subtree)
        found: list[str] = []
        for start, _, aid in mentions:
            if start >= end:
                break
            if start > prep.idx and kind_of(aid) in kinds and aid not in found:
                found.append(aid)
        if found:
            return found
    return []


def echo_clauses(verb: Token, lex: ClaimLexicon) -> list[Token]:
    """The clauses after ``verb`` that repeat its act for others ("opposed the plan, as did
    Germany and Italy", "as has the EU"; cues.yaml companions): a verb that stands for the
    act, with a subject and nothing it governs of its own."""
    return [c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i
            and c.lemma_.lower() in lex.echo_verbs
            and any(m.dep_ == "mark" and m.lower_ in lex.echo_marks for m in c.children)
            and any(m.dep_ == "nsubj" for m in c.children)
            and not any(m.dep_ in {"dobj", "ccomp", "xcomp", "attr", "acomp", "prep"}
                        for m in c.children)]


def _whose_state(tok: Token) -> Token | None:
    """The name a "whose government" clause hangs on ("Austria and Ireland, whose
    governments have said …"): a state's government speaks as the state (names.yaml
    state_itself_nouns), so the name it belongs to is the speaker; else None."""
    if tok.lemma_.lower() not in actor_words().state_itself_nouns \
            or not any(c.dep_ == "poss" and c.lower_ == "whose" for c in tok.children) \
            or tok.head.dep_ != "relcl":
        return None
    owner = tok.head.head
    return owner if owner.pos_ == "PROPN" and owner.ent_type_ in {"GPE", "NORP"} else None


def _interrupted(tok: Token) -> tuple[int, int] | None:
    """The words before a saying set into the clause it tells ("Mitsotakis, he said,
    should not travel to Ankara"), as a character range, when ``tok`` is its subject: who
    they name is not who says it."""
    if tok.dep_ != "nsubj" or tok.head.dep_ != "parataxis" or tok.head.head.i < tok.i:
        return None
    start = tok.head.left_edge.i
    first = tok.doc[tok.head.head.left_edge.i]
    return (first.idx, tok.doc[start].idx) if first.i < start else None


def counted_kinds(tok: Token, lex: ClaimLexicon) -> tuple[int, frozenset[str]]:
    """How many a counted description means and what kinds of actor: "the two leaders"
    (persons), "the two sides" (persons, states or bodies), "both countries" (states), "the
    two unions" (bodies);
    (0, empty) when it is no counted description of actors."""
    count = described_count(tok)
    lemma = tok.lemma_.lower()
    if not count:
        return 0, frozenset()
    if lemma in lex.state_nouns:
        return count, frozenset({"country"})
    if lemma in lex.party_nouns:
        return count, frozenset({"person", "country", "organization"})
    if lemma in lex.person_nouns:
        return count, frozenset({"person"})
    if lemma in lex.body_count_nouns:
        return count, frozenset({"organization"})
    return 0, frozenset()


def _issuing_agent(text: Token) -> Token | None:
    """Who a text is by, as its phrase names them ("a statement released by his office"):
    the agent of a participle on the text itself, not of one deeper in its phrase ("the
    declaration, adopted after leaders attended a dinner hosted by the King")."""
    return next((t for t in text.subtree if t.dep_ == "pobj" and t.head.dep_ == "agent"
                 and (t.head.head.i == text.i or t.head.head.head.i == text.i)), None)


def described_count(tok: Token) -> int:
    """How many a plural description counts ("both leaders", "the two men"), else 0."""
    if tok.tag_ not in {"NNS", "NNPS"}:
        return 0
    if any(c.lower_ == "both" for c in tok.children):
        return 2
    return next((COUNTS[c.lower_] for c in tok.children
                 if c.dep_ == "nummod" and c.lower_ in COUNTS), 0)


def _bare_title(tok: Token) -> bool:
    """A singular common noun with no determiner ("CNN reporter", "Retired FBI agent"): a
    description used as a title, not someone of its own."""
    return tok.tag_ == "NN" and tok.text[:1].islower() \
        and not any(c.dep_ in {"det", "poss", "nummod"} for c in tok.children)


def _as_subject(tok: Token) -> bool:
    """A mention that is a clause's subject (or what "there is" presents), or set in
    apposition to one ("Bloomberg, the former mayor,"); a name in apposition to an object
    is not ("endorsed his former rival, Joe Biden": a "he" after it is still Bloomberg)."""
    tok = _apposed_to(tok)
    if tok.dep_ == "attr" and any(c.dep_ == "expl" for c in tok.head.children):
        return True  # "There is only one Libertarian in Congress, Justin Amash. He …"
    if tok.dep_ == "poss" and tok.head.dep_ in SUBJECT_DEPS and tok.head.pos_ == "NOUN" \
            and tok.head.lemma_.lower() not in get_claim_words().person_nouns:
        return True  # "Trump's repeated suggestions … dominated the campaign. On election
        # day, he wrote …": the one whose doing the subject is (not "Trump's lawyer")
    return tok.dep_ in SUBJECT_DEPS


def _main_subject(tok: Token) -> bool:
    """The subject of the sentence's main verb, or of a verb coordinated with it."""
    verb = _apposed_to(tok).head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT"


def _apposed_to(tok: Token) -> Token:
    """The noun a name is set in apposition to ("Bloomberg, the former mayor"), else itself."""
    while tok.dep_ == "appos" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _named_unissued(tok: Token) -> bool:
    """The text ``tok`` names was named before in a sentence that gives no one as issuing
    it: "according to a final communique" (no "by", no possessor, no subject that is
    someone)."""
    lemma = tok.lemma_.lower()
    own = tok.sent.start
    for t in tok.doc[:own]:
        if t.lemma_.lower() == lemma and t.pos_ == "NOUN" and t.head.lower_ == "to" \
                and t.head.head.lower_ == "according" \
                and not any(c.dep_ in {"poss", "prep"} for c in t.children):
            return True
    return False


def _name_like(tok: Token) -> bool:
    """A word the tagger calls a person's can be a name: none has digits ("COP29")."""
    return not any(ch.isdigit() for ch in tok.text)
