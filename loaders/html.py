"""HTML files: the main text as trafilatura finds it, without menus and navigation.

When trafilatura finds nothing (very short or unusual pages), a plain lxml pass keeps
the visible text, leaving out scripts, styles and navigation blocks where it can.
"""

from __future__ import annotations

import codecs
import copy
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import lxml.html
import trafilatura

from .decode import DecodeError, decode_bytes
from .source import Skipped, Source, make_source

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_INVISIBLE = ("script", "style", "noscript", "template", "head", "iframe", "svg", "object")
_BOILERPLATE = ("nav", "header", "footer", "aside", "menu")
_BLOCKS = frozenset(
    {"address", "article", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure"}
    | {"h1", "h2", "h3", "h4", "h5", "h6", "hr", "li", "main", "ol", "p", "pre", "section"}
    | {"table", "td", "th", "tr", "ul"}
)
_SPACES = re.compile(r"[ \t\f\v\xa0]+")
_BLANK_LINES = re.compile(r"\n{3,}")


def decode_html(data: bytes) -> str:
    """Decode as UTF-8/UTF-16, or else with the charset the page declares in a <meta> tag."""
    try:
        return decode_bytes(data)
    except DecodeError:
        declared = _CHARSET.search(data[:4096])
        if declared is None:
            raise
        try:
            name = codecs.lookup(declared.group(1).decode("ascii")).name
            return data.decode(name)
        except (LookupError, UnicodeDecodeError):
            raise DecodeError(
                f"not valid UTF-8 or UTF-16, nor the declared charset "
                f"{declared.group(1).decode('ascii', 'replace')}"
            ) from None


def _parse(text: str) -> lxml.html.HtmlElement:
    parser = lxml.html.HTMLParser(encoding="utf-8")
    return lxml.html.document_fromstring(text.encode("utf-8"), parser=parser)


def _visible_text(root: lxml.html.HtmlElement, drop: tuple[str, ...]) -> str:
    """Text of the page with `drop` elements removed and one line per block element."""
    for element in list(root.iter(*drop)):
        element.drop_tree()
    if "nav" in drop:
        for element in list(root.xpath('//*[@role="navigation" or @role="menu"]')):
            element.drop_tree()
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag in _BLOCKS:
            element.tail = "\n" + (element.tail or "")
    lines = (_SPACES.sub(" ", line).strip() for line in root.text_content().split("\n"))
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def plain_text(root: lxml.html.HtmlElement) -> str:
    """Fallback: the visible text without navigation blocks, or all of it if that is empty."""
    text = _visible_text(copy.deepcopy(root), _INVISIBLE + _BOILERPLATE)
    return text or _visible_text(root, _INVISIBLE)


def read_html(path: Path) -> Iterator[Source | Skipped]:
    """Read an `.html`/`.htm` file; metadata carries the <title> and which extractor won."""
    data = path.read_bytes()
    text = decode_html(data)
    if not text.strip():
        yield Skipped(str(path), "empty text")
        return
    root = _parse(text)
    metadata: dict[str, Any] = {"size_bytes": len(data)}
    title = " ".join((root.findtext(".//title") or "").split())
    if title:
        metadata["title"] = title
    main = trafilatura.extract(text, include_comments=False, include_tables=True) or ""
    metadata["extractor"] = "trafilatura" if main.strip() else "lxml"
    if not main.strip():
        main = plain_text(root)
    yield make_source(str(path), "html", main, metadata)
