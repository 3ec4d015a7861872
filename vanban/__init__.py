"""vanban: find references between Vietnamese Party and State documents and build a graph of them."""

__version__ = "0.1.0"
