"""The reading stage: turn files and folders into `Source` texts (or `Skipped` reasons)."""

from .language import detect_language
from .read import READERS, read_path, read_paths
from .source import Skipped, Source, content_id

__all__ = [
    "READERS",
    "Skipped",
    "Source",
    "content_id",
    "detect_language",
    "read_path",
    "read_paths",
]
