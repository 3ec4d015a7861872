"""HTML files: the main text as trafilatura finds it, without menus and navigation.

When trafilatura finds nothing (very short or unusual pages), a plain lxml pass keeps
the visible text, leaving out scripts, styles and navigation blocks where it can.

The page is parsed once, by lxml with libxml2's huge-tree option, and that tree is what
trafilatura reads: with libxml2's default limit of 256 levels, a page of unclosed
`<div><font>` blocks lost every block after the 128th without a word. Even the huge-tree
limit (2048 levels) can be exceeded; such a page is skipped, saying so, rather than
loaded with part of its text.
"""

from __future__ import annotations

import codecs
import copy
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import lxml.etree
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
_DEPTH = re.compile(r"depth in document: (\d+)")


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


class TooDeepError(ValueError):
    """The page nests elements deeper than libxml2 parses, so part of its text is lost."""


def _parse(text: str) -> lxml.html.HtmlElement:
    parser = lxml.html.HTMLParser(encoding="utf-8", huge_tree=True)
    try:
        root = lxml.html.document_fromstring(text.encode("utf-8"), parser=parser)
    except lxml.etree.ParserError:  # nothing parsed: say why if it was the depth
        _refuse_if_too_deep(parser)
        raise
    _refuse_if_too_deep(parser)
    return root


def _refuse_if_too_deep(parser: lxml.html.HTMLParser) -> None:
    for entry in parser.error_log:
        if entry.type == lxml.etree.ErrorTypes.ERR_RESOURCE_LIMIT:
            depth = _DEPTH.search(entry.message)
            levels = f"deeper than {depth.group(1)} levels" if depth else "too deeply"
            raise TooDeepError(
                f"HTML nested {levels} (line {entry.line}): libxml2 stops reading there, "
                "so the text would be incomplete"
            )


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


def markup_text(markup: str) -> str:
    """The visible text of an HTML fragment a record carries as its text (a crawler's
    `"text": "<p>Theo đ&oacute;, …</p>"`): tags gone, entities decoded, one line per block.
    Raises `TooDeepError` as a page does."""
    return plain_text(_parse(markup))


def read_html(path: Path) -> Iterator[Source | Skipped]:
    """Read an `.html`/`.htm` file; metadata carries the <title> and which extractor won."""
    data = path.read_bytes()
    text = decode_html(data)
    if not text.strip():
        yield Skipped(str(path), "empty text")
        return
    try:
        root = _parse(text)
    except TooDeepError as error:
        yield Skipped(str(path), str(error))
        return
    metadata: dict[str, Any] = {"size_bytes": len(data)}
    title = " ".join((root.findtext(".//title") or "").split())
    if title:
        metadata["title"] = title
    # trafilatura changes the tree it is given: it gets a copy.
    main = trafilatura.extract(copy.deepcopy(root), include_comments=False, include_tables=True)
    main = main or ""
    metadata["extractor"] = "trafilatura" if main.strip() else "lxml"
    if not main.strip():
        main = plain_text(root)
    yield make_source(str(path), "html", main, metadata)
