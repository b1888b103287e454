"""What the store raises: callers tell "the database is away" from "the store was closed"."""

from __future__ import annotations


class StoreError(Exception):
    """Base class."""


class StoreUnavailable(StoreError):
    """The database could not be reached or failed mid-statement; the work was not recorded."""


class StoreClosed(StoreError):
    """The store was closed (shutting down); it refuses any more work."""
