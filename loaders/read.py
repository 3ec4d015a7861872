"""The reading stage: files and folders in, `Source`s and `Skipped`s out.

Every input is accounted for: what cannot be read comes out as a `Skipped` with a
reason, and one bad file never stops the others. Hidden files and folders (names
starting with ".") met while walking a folder are left out.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from .decode import DecodeError
from .jsonl import read_jsonl
from .source import Reader, Skipped, Source, lone_surrogate
from .text import read_markdown, read_txt


# The HTML, PDF and Word readers are imported at their first file: their libraries
# (trafilatura, pypdf, python-docx and lxml) took about half a second of the start of
# every command that imports the loaders, also of those that read no such file (a load
# from facts, an update by a few `.txt` files, a query).
def read_html(path: Path) -> Iterator[Source | Skipped]:
    from .html import read_html as read

    return read(path)


def read_pdf(path: Path) -> Iterator[Source | Skipped]:
    from .pdf import read_pdf as read

    return read(path)


def read_docx(path: Path) -> Iterator[Source | Skipped]:
    from .docx import read_docx as read

    return read(path)


READERS: dict[str, Reader] = {
    ".txt": read_txt,
    ".md": read_markdown,
    ".html": read_html,
    ".htm": read_html,
    ".pdf": read_pdf,
    ".docx": read_docx,
    ".jsonl": read_jsonl,
}
"""Reader for each supported file extension (lower case, with the dot)."""

_REASON_CHARS = 200


def printable_path(name: str) -> str:
    """A file name as it can be printed: undecodable bytes written as `\\xff`."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _unsupported(path: Path) -> Skipped:
    suffix = printable_path(path.suffix) or "(no extension)"
    return Skipped(printable_path(str(path)), f"unsupported format {suffix}")


def _failure(error: Exception, format: str = "") -> str:
    """A short reason for a reader's exception, e.g. `unreadable pdf (EmptyFileError: ...)`."""
    if isinstance(error, DecodeError):
        return error.reason
    if isinstance(error, OSError) and error.strerror:
        return f"cannot read: {error.strerror}"
    message = " ".join(str(error).split())
    detail = f"{type(error).__name__}: {message}" if message else type(error).__name__
    return f"unreadable {format or 'file'} ({detail[:_REASON_CHARS]})"


def read_path(path: str | Path) -> Iterator[Source | Skipped]:
    """Read one file (a `.jsonl` gives one item per line); never raises for a bad file."""
    path = Path(path)
    name = str(path)
    if lone_surrogate(name):
        # An undecodable byte in the file name (Python keeps it as a lone surrogate): the
        # name could be neither stored nor printed, so the file is reported, not read.
        yield Skipped(printable_path(name), "file name is not valid UTF-8 (rename the file)")
        return
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        yield _unsupported(path)
        return
    if not path.is_file():
        yield Skipped(str(path), "not a regular file" if path.exists() else "not found")
        return
    try:
        yield from reader(path)
    except Exception as error:  # any failure of one file becomes a Skipped, never a crash
        yield Skipped(str(path), _failure(error, path.suffix.lower().lstrip(".")))


def walk(folder: Path) -> Iterator[Path | Skipped]:
    """Files under `folder` in sorted order, depth first, without hidden entries.

    Linked folders are not followed (to avoid cycles) and folders that cannot be
    listed come out as `Skipped`.
    """
    try:
        entries = sorted(folder.iterdir(), key=lambda entry: entry.name)
    except OSError as error:
        yield Skipped(printable_path(str(folder)), _failure(error))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            if entry.is_symlink():
                yield Skipped(printable_path(str(entry)), "linked folder not followed")
            else:
                yield from walk(entry)
        else:
            yield entry


def read_paths(paths: Iterable[str | Path]) -> Iterator[Source | Skipped]:
    """Read files and folders (recursively) in the order given, folders in sorted order.

    A file met in a folder whose extension has no reader is yielded as
    `Skipped(path, "unsupported format .ext")`, like an explicitly named one.
    """
    for given in paths:
        path = Path(given)
        if not path.is_dir():
            yield from read_path(path)
            continue
        for found in walk(path):
            if isinstance(found, Skipped):
                yield found
            elif found.suffix.lower() in READERS:
                yield from read_path(found)
            else:
                yield _unsupported(found)
