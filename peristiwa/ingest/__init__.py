"""Ingest: reading inputs into Documents (or Skipped), and metadata found in text and URLs."""

from peristiwa.ingest.metadata import date_from_url, extract_dateline, normalise_date
from peristiwa.ingest.readers import read_inputs, record_to_document

__all__ = ["read_inputs", "record_to_document", "extract_dateline", "date_from_url", "normalise_date"]
