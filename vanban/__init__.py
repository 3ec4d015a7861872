"""vanban: find references between Vietnamese Party and State documents, and graph them."""

__version__ = "0.1.0"
