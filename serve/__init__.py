"""`vanban serve`: a local, read-only web app on the embedded store (see `app.py`)."""

from __future__ import annotations

from .app import create_app, serve_until_interrupted, start_server

__all__ = ["create_app", "serve_until_interrupted", "start_server"]
