"""The store's tables (SQLAlchemy Core). Migrations in ``migrations/versions`` create them.

A document and everything extracted from it (its actors as written, claims, events) are
written in one transaction; ``actors`` and ``issues`` are the cross-article identities
that document-level rows point to.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    func,
)

metadata = MetaData()

documents = Table(
    "documents", metadata,
    Column("id", String(64), primary_key=True),  # sha256 of the normalised text
    Column("source", Text, nullable=False),
    Column("title", Text),
    Column("url", Text),  # the article's own address (contract document.url)
    Column("published", Date),
    Column("language", String(16), nullable=False, default="en"),
    Column("text", Text, nullable=False),
    Column("n_actors", Integer, nullable=False),
    Column("n_claims", Integer, nullable=False),
    Column("n_events", Integer, nullable=False),
    Column("ingested_at", DateTime, nullable=False),
    Index("ix_documents_published", "published"),
)

actors = Table(
    "actors", metadata,
    Column("id", Integer, primary_key=True),
    Column("key", String(200), nullable=False, unique=True),  # a slug, e.g. olaf-scholz
    Column("name", Text, nullable=False),
    Column("kind", String(16), nullable=False),
    Column("role", Text),
    Column("country", String(3)),
    Column("n_documents", Integer, nullable=False, default=0),
    Column("first_seen", Date),
    Column("last_seen", Date),
)

# every way the actor was written, kept for display and for finding it by name
actor_aliases = Table(
    "actor_aliases", metadata,
    Column("actor_id", Integer, ForeignKey("actors.id", ondelete="CASCADE"), primary_key=True),
    Column("alias", String(300), primary_key=True),
    Column("norm", String(300), nullable=False),
    Index("ix_actor_aliases_norm", "norm"),
)

# matching keys (full name, transliteration skeleton, surname, country code)
actor_keys = Table(
    "actor_keys", metadata,
    Column("key", String(300), primary_key=True),
    Column("actor_id", Integer, ForeignKey("actors.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_actor_keys_actor", "actor_id"),
)

issues = Table(
    "issues", metadata,
    Column("id", Integer, primary_key=True),
    Column("key", String(300), nullable=False, unique=True),  # normalised wording
    Column("label", Text, nullable=False),
    Column("n_claims", Integer, nullable=False, default=0),
    Column("topic", String(64)),  # policy area (lexicon/topics.yaml)
    Column("vector", LargeBinary),  # sum of its claims' meaning vectors (float32), for nearest
    Index("ix_issues_topic", "topic"),
)

# what users decided about issues (`stancemap issues rename|merge|split`): the claim goes to
# the issue labelled ``label``; `remerge` replays them before grouping the rest by meaning
issue_edits = Table(
    "issue_edits", metadata,
    Column("claim_id", Integer, ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True),
    Column("label", Text, nullable=False),
)

doc_actors = Table(
    "doc_actors", metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", String(64), ForeignKey("documents.id", ondelete="CASCADE"),
           nullable=False),
    Column("position", Integer, nullable=False),
    Column("local_id", String(200), nullable=False),
    Column("actor_id", Integer, ForeignKey("actors.id"), nullable=False),
    Column("name", Text, nullable=False),
    Column("kind", String(16), nullable=False),
    Column("role", Text),
    Column("country", String(3)),
    Column("aliases", JSON, nullable=False),
    Column("mentions", JSON, nullable=False),
    Index("ix_doc_actors_doc", "document_id", "position"),
    Index("ix_doc_actors_actor", "actor_id"),
)

claims = Table(
    "claims", metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", String(64), ForeignKey("documents.id", ondelete="CASCADE"),
           nullable=False),
    Column("position", Integer, nullable=False),
    Column("local_id", String(200), nullable=False),
    Column("published", Date),  # the document's date, copied for fast date filters
    Column("issue_id", Integer, ForeignKey("issues.id"), nullable=False),
    Column("speaker_text", Text, nullable=False),
    Column("predicate", Text, nullable=False),
    Column("stance", String(8), nullable=False),
    Column("target", Text, nullable=False),
    Column("issue", Text),  # the extractor's issue wording, as given
    Column("topic", String(64)),  # the extractor's topic, as given
    Column("conditions", JSON, nullable=False),
    Column("quote", String(8), nullable=False),
    Column("evidence_start", Integer, nullable=False),
    Column("evidence_end", Integer, nullable=False),
    Column("evidence_text", Text, nullable=False),
    Column("confidence", Float, nullable=False),
    Index("ix_claims_doc", "document_id", "position"),
    Index("ix_claims_issue_published", "issue_id", "published"),
    Index("ix_claims_published", "published"),
)

claim_speakers = Table(
    "claim_speakers", metadata,
    Column("claim_id", Integer, ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("actor_id", Integer, ForeignKey("actors.id"), nullable=False),
    Column("local_id", String(200), nullable=False),
    Index("ix_claim_speakers_actor", "actor_id", "claim_id"),
)

events = Table(
    "events", metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", String(64), ForeignKey("documents.id", ondelete="CASCADE"),
           nullable=False),
    Column("position", Integer, nullable=False),
    Column("local_id", String(200), nullable=False),
    Column("published", Date),
    Column("kind", String(40), nullable=False),
    Column("plover", String(40)),
    Column("description", Text, nullable=False),
    Column("location", Text),
    Column("date", Date),  # the event's own date, when resolved
    Column("date_text", Text),
    Column("status", String(16), nullable=False),
    Column("convener_local", String(200)),
    Column("convener_id", Integer, ForeignKey("actors.id")),
    Column("recipients", JSON),  # PLOVER recipients, article actor ids (NULL before 0004)
    Column("mode", String(40)),  # PLOVER mode, e.g. phone
    Column("evidence_start", Integer, nullable=False),
    Column("evidence_end", Integer, nullable=False),
    Column("evidence_text", Text, nullable=False),
    Index("ix_events_doc", "document_id", "position"),
    Index("ix_events_date", "date"),
    Index("ix_events_published", "published"),
    Index("ix_events_status", "status"),
    Index("ix_events_convener", "convener_id"),
)

# the newest first, as the lists of events are ordered, so a LIMIT stops early (0005)
_event_day = func.coalesce(events.c.date, events.c.published)
Index("ix_events_newest", _event_day.is_(None), _event_day.desc(), events.c.id.desc())
Index("ix_events_day", _event_day)  # counting the events of a date range

event_participants = Table(
    "event_participants", metadata,
    Column("event_id", Integer, ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("actor_id", Integer, ForeignKey("actors.id"), nullable=False),
    Column("local_id", String(200), nullable=False),
    Index("ix_event_participants_actor", "actor_id", "event_id"),
)

# small settings: the hash of the pins and issues files the identities were built with
meta = Table(
    "store_meta", metadata,
    Column("key", String(100), primary_key=True),
    Column("value", Text, nullable=False),
)

# ---------------------------------------------------------------- roll-ups
# Claim counts kept current at write time by ``store/rollup.py`` (``add_documents`` in the
# writer's transaction, ``rebuild`` after claims move between issues or actors), so the
# questions that count — matrix, changes, agreement, the overview, the actors and issues
# lists — read a few rows per actor or issue instead of every claim. Derived data only:
# ``rollup.rebuild`` recomputes all of it from claims, claim_speakers and doc_actors.
# ``day`` is the document's published date; an undated document counts under NODAY
# (0001-01-01, earlier than any real date) because a key column cannot be NULL.

# a claim once per speaker: actor × issue × day × stance class; ``last_claim`` is the
# newest (highest) claim id of the group
claim_rollup = Table(
    "claim_rollup", metadata,
    Column("actor_id", Integer, primary_key=True),
    Column("issue_id", Integer, primary_key=True),
    Column("day", Date, primary_key=True),
    Column("stance_class", String(16), primary_key=True),
    Column("n", Integer, nullable=False),
    Column("last_claim", Integer, nullable=False),
    # a date range reads only the index (it holds every column)
    Index("ix_claim_rollup_day", "day", "actor_id", "issue_id", "stance_class", "n",
          "last_claim"),
    Index("ix_claim_rollup_issue", "issue_id", "day"),
)

# the same over all days; ``last_day``/``last_claim``: the group's newest claim (latest
# day, then highest id — the order every question lists claims in)
actor_issue_rollup = Table(
    "actor_issue_rollup", metadata,
    Column("actor_id", Integer, primary_key=True),
    Column("issue_id", Integer, primary_key=True),
    Column("stance_class", String(16), primary_key=True),
    Column("n", Integer, nullable=False),
    Column("last_day", Date, nullable=False),
    Column("last_claim", Integer, nullable=False),
    Index("ix_actor_issue_rollup_issue", "issue_id"),
)

# an actor on an issue over its dated claims, for `changes`: the latest day, and the least
# and greatest stance and conditions (as stored JSON text) — two differ when it varied
pair_rollup = Table(
    "pair_rollup", metadata,
    Column("actor_id", Integer, primary_key=True),
    Column("issue_id", Integer, primary_key=True),
    Column("last_day", Date, nullable=False),
    Column("min_stance", String(8), nullable=False),
    Column("max_stance", String(8), nullable=False),
    Column("min_conditions", Text, nullable=False),
    Column("max_conditions", Text, nullable=False),
)

# a claim once (whatever its speakers): issue × day × stance class
issue_day_rollup = Table(
    "issue_day_rollup", metadata,
    Column("issue_id", Integer, primary_key=True),
    Column("day", Date, primary_key=True),
    Column("stance_class", String(16), primary_key=True),
    Column("n", Integer, nullable=False),
    Index("ix_issue_day_rollup_day", "day", "issue_id", "stance_class", "n"),
)

# the same over all days; ``last_day`` is the latest (NODAY when no claim is dated)
issue_rollup = Table(
    "issue_rollup", metadata,
    Column("issue_id", Integer, primary_key=True),
    Column("stance_class", String(16), primary_key=True),
    Column("n", Integer, nullable=False),
    Column("last_day", Date, nullable=False),
)

# documents that mention an actor, per day (all days: ``actors.n_documents``)
actor_day_rollup = Table(
    "actor_day_rollup", metadata,
    Column("actor_id", Integer, primary_key=True),
    Column("day", Date, primary_key=True),
    Column("n", Integer, nullable=False),
    Index("ix_actor_day_rollup_day", "day", "actor_id", "n"),  # a date range reads only it
)

def _per_period(period: str) -> tuple[Table, Table, Table]:
    """The claim, issue and actor roll-ups above summed per ``period`` ("month", "week"),
    keyed by the period's first day; ``last_day``/``last_claim`` as in actor_issue_rollup.
    Each has an index led by the period that holds every column a date range reads."""
    claim = Table(
        f"claim_{period}_rollup", metadata,
        Column("actor_id", Integer, primary_key=True),
        Column("issue_id", Integer, primary_key=True),
        Column(period, Date, primary_key=True),
        Column("stance_class", String(16), primary_key=True),
        Column("n", Integer, nullable=False),
        Column("last_day", Date, nullable=False),
        Column("last_claim", Integer, nullable=False),
        Index(f"ix_claim_{period}_rollup_{period}", period, "actor_id", "issue_id",
              "stance_class", "n", "last_day", "last_claim"),
    )
    issue = Table(
        f"issue_{period}_rollup", metadata,
        Column("issue_id", Integer, primary_key=True),
        Column(period, Date, primary_key=True),
        Column("stance_class", String(16), primary_key=True),
        Column("n", Integer, nullable=False),
        Column("last_day", Date, nullable=False),
        Index(f"ix_issue_{period}_rollup_{period}", period, "issue_id", "stance_class", "n",
              "last_day"),
    )
    actor = Table(
        f"actor_{period}_rollup", metadata,
        Column("actor_id", Integer, primary_key=True),
        Column(period, Date, primary_key=True),
        Column("n", Integer, nullable=False),
        Index(f"ix_actor_{period}_rollup_{period}", period, "actor_id", "n"),
    )
    return claim, issue, actor


# per month (``month`` = its first day), so a long date range reads whole months here and
# only the weeks and days at its ends
claim_month_rollup, issue_month_rollup, actor_month_rollup = _per_period("month")

# per week of a month (``week`` = its first day: the 1st, 8th, 15th or 22nd; the fourth
# week runs to the month's end), so the days at a range's ends are mostly read a week at a
# time; weeks never cross a month, so months, weeks and days tile any range
claim_week_rollup, issue_week_rollup, actor_week_rollup = _per_period("week")

# events per day (an event's own day, else its article's; NODAY when neither is known), so
# counting the events of a date range reads a row per day
event_day_rollup = Table(
    "event_day_rollup", metadata,
    Column("day", Date, primary_key=True),
    Column("n", Integer, nullable=False),
)

# an actor on an issue in one dated article, for `changes`: the stance class its claims
# there add up to (a side outweighs neutral), that class's conditions (a JSON list) and its
# last claim of that class
article_stances = Table(
    "article_stances", metadata,
    Column("actor_id", Integer, primary_key=True),
    Column("issue_id", Integer, primary_key=True),
    Column("published", Date, primary_key=True),
    Column("document_id", String(64), primary_key=True),
    Column("stance_class", String(16), nullable=False),
    Column("conditions", Text, nullable=False),
    Column("lead_claim", Integer, nullable=False),
    Index("ix_article_stances_published", "published"),
)

ROLLUPS = (claim_rollup, actor_issue_rollup, pair_rollup, issue_day_rollup, issue_rollup,
           actor_day_rollup, claim_month_rollup, issue_month_rollup, actor_month_rollup,
           claim_week_rollup, issue_week_rollup, actor_week_rollup, event_day_rollup,
           article_stances)
