"""Extraction: ParsedMail → Facts (names, dates, flags, category), one job per module."""
from .facts import extract

__all__ = ["extract"]
