"""Extraction: find document references in a text, and read the text's own identity."""

from .find import find_references
from .model import DateMention, DocumentIdentity, Reference

__all__ = ["DateMention", "DocumentIdentity", "Reference", "find_references"]
