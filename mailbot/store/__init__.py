"""Persistence: cases, messages, events, outbox, deadlines. The only package that imports peewee."""
from .records import CaseRecord, OutboxRecord
from .repo import Store, open_store

__all__ = ["CaseRecord", "OutboxRecord", "Store", "open_store"]
