"""Options shared by several commands (the output options are in `output.py`)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

DEFAULT_DB = "vanban.db"


def db_option(command: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--db",
        type=click.Path(dir_okay=False, path_type=Path),
        envvar="VANBAN_DB",
        default=DEFAULT_DB,
        show_default=True,
        show_envvar=True,
        help="The embedded store (a LadybugDB file).",
    )(command)
