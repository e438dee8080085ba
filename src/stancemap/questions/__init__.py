"""One read API: one function per question the store answers.

The CLI, the JSON API, the dashboard pages and the report only parse input and render:
they all ask through these functions, which take a SQLAlchemy ``Session``, typed
:class:`Filters` (and a :class:`Page` for long lists) and return frozen dataclasses that
carry ids as well as names. :func:`to_json` is the one JSON encoding of any answer.
"""

from stancemap.model import Evidence
from stancemap.questions.browse import (
    ActorDetail,
    ActorPage,
    ActorRow,
    Counts,
    DocActor,
    DocumentDetail,
    DocumentPage,
    DocumentRow,
    IssuePage,
    IssueRow,
    Overview,
    TimelinePoint,
    actor,
    actors_page,
    claim,
    counts,
    document,
    documents_page,
    issues_page,
    overview,
    sources,
    timeline,
)
from stancemap.questions.events import EventPage, events_page
from stancemap.questions.filters import MAX_LIMIT, NO_FILTERS, Filters, Page
from stancemap.questions.items import (
    ActorRef,
    ClaimItem,
    EventItem,
    IssueRef,
    Source,
    to_json,
)
from stancemap.questions.lookup import actor_ids, issue_ids
from stancemap.questions.search import SearchResult, search
from stancemap.questions.stances import (
    LEGEND,
    STANCE_LABELS,
    STANCE_ORDER,
    STANCE_SIGNS,
    STANCES,
    direction,
    stance_class,
)
from stancemap.questions.stands import (
    Cell,
    Change,
    Edge,
    Matrix,
    Network,
    Node,
    Positions,
    Who,
    WhoRow,
    agreement,
    changes,
    matrix,
    positions,
    who,
)

__all__ = [
    "LEGEND", "MAX_LIMIT", "NO_FILTERS", "STANCES", "STANCE_LABELS", "STANCE_ORDER",
    "STANCE_SIGNS", "ActorDetail", "ActorPage", "ActorRef", "ActorRow", "Cell", "Change",
    "ClaimItem", "Counts", "DocActor", "DocumentDetail", "DocumentPage", "DocumentRow", "Edge",
    "EventItem", "EventPage", "Evidence", "Filters", "IssuePage", "IssueRef", "IssueRow",
    "Matrix", "Network", "Node", "Overview", "Page", "Positions", "SearchResult", "Source",
    "TimelinePoint", "Who", "WhoRow", "actor", "actor_ids", "actors_page", "agreement",
    "changes", "claim", "counts", "direction", "document", "documents_page", "events_page",
    "issue_ids", "issues_page", "matrix", "overview", "positions", "search", "sources",
    "stance_class", "timeline", "to_json", "who",
]
