"""The files a page inlines, and the two ways text from sources enters a page safely.

Every script and style is inside the page: vis-network (shipped in `static/`, see its
README there), the page's own script and CSS. A Content-Security-Policy allows exactly
those scripts (by hash), inline styles and `data:` images, and nothing else: no request
can leave the page, and an inline event handler that slipped in would not run.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from functools import cache
from importlib import resources
from typing import Any

_SOURCE_MAP = re.compile(r"^//# sourceMappingURL=.*$", re.MULTILINE)
_JSON_ESCAPES = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}


@cache
def static_text(name: str) -> str:
    text = (resources.files(__package__) / "static" / name).read_text("utf-8")
    return _SOURCE_MAP.sub("", text)  # a source map would be a request to a file not shipped


def escape(value: Any) -> str:
    """Text for HTML content or a quoted attribute: & < > " ' become entities."""
    return html.escape("" if value is None else str(value), quote=True)


def script_json(data: Any) -> str:
    """JSON to put inside <script type="application/json">: no `<` can close the element."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return re.sub("[<>&\u2028\u2029]", lambda m: _JSON_ESCAPES[m.group()], text)


def script_hash(code: str) -> str:
    digest = hashlib.sha256(code.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def content_security_policy(scripts: list[str]) -> str:
    hashes = " ".join(script_hash(s) for s in scripts) or "'none'"
    return (
        f"default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; "
        "img-src data:; font-src 'none'; connect-src 'none'; base-uri 'none'; "
        "form-action 'none'"
    )


def page(title: str, body: str, styles: list[str], scripts: list[str], data: Any) -> str:
    """A whole HTML document: `body` is already escaped markup; `data` goes in as JSON."""
    for code in scripts:
        if "</script" in code.lower():
            raise ValueError("an inlined script holds </script and would end early")
    csp = content_security_policy(scripts)
    head = "\n".join(f"<style>{css}</style>" for css in styles)
    tail = "\n".join(f"<script>{code}</script>" for code in scripts)
    data_block = (
        f'<script type="application/json" id="vanban-data">{script_json(data)}</script>'
        if data is not None
        else ""
    )
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{escape(csp)}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f"<title>{escape(title)}</title>\n{head}\n</head>\n<body>\n{body}\n"
        f"{data_block}\n{tail}\n</body>\n</html>\n"
    )
