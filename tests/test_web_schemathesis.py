"""Property-based requests from the app's own OpenAPI description (schemathesis): whatever
the parameters, the API answers without a server error.

schemathesis's pytest plugin does not run under pytest 9 yet, so each operation's
hypothesis strategy is driven directly, one test per operation.
"""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error

from stancemap.web import create_app
from webdata import shared_db


@pytest.fixture(scope="module")
def api_schema():
    app = create_app(shared_db())  # read-only: POST /api/documents answers 404
    return schemathesis.openapi.from_asgi("/openapi.json", app)


def operations(schema) -> dict[str, object]:
    ops = {}
    for result in schema.get_all_operations():
        op = result.ok()
        ops[f"{op.method.upper()} {op.path}"] = op
    return ops


def test_every_operation_is_covered(api_schema):
    ops = operations(api_schema)
    assert len(ops) >= 18
    assert "GET /api/documents/{doc_id}" in ops and "POST /api/documents" in ops


def exercise(name: str, op, mode: GenerationMode, failures: list[str]) -> None:
    """Send generated requests to one operation; note any 5xx in ``failures``."""

    @given(case=op.as_strategy(generation_mode=mode))
    @settings(max_examples=30, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    def run(case):
        response = case.call()
        if response.status_code >= 500:
            failures.append(f"{name}: {case.as_curl_command()} -> {response.status_code}")
        else:
            case.validate_response(response, checks=[not_a_server_error])

    try:
        run()
    except Unsatisfiable:  # an operation without parameters has no invalid form
        assert mode == GenerationMode.NEGATIVE, name


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE],
                         ids=["valid", "invalid"])
def test_api_never_fails(api_schema, mode):
    """Valid and invalid parameters and bodies for every operation: never a 5xx."""
    failures: list[str] = []
    for name, op in operations(api_schema).items():
        exercise(name, op, mode, failures)
    assert not failures, "\n".join(failures[:10])
