"""Options several commands share, defined once."""

from __future__ import annotations

from typing import Annotated

import typer

ExtractorName = Annotated[str, typer.Option(
    "--extractor", help="Which extractor turns articles into documents: a registered name "
    "(`rules`, the default; installed packages may add more) or module:function.",
    envvar="STANCEMAP_EXTRACTOR")]
