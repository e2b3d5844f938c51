"""Typed Tencent Cloud API clients generated from the API documents."""

__version__ = "0.1.0"
