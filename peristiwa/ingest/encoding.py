"""Turning bytes of unknown encoding into text, or deciding that they are binary."""

from __future__ import annotations

import codecs
import re

__all__ = ["decode_bytes", "looks_binary", "SNIFF_BYTES"]

SNIFF_BYTES = 65536  # how much of a file is looked at to decide binary / encoding

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# C0 controls other than tab, newline, vertical tab, form feed, carriage return; plus DEL
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_REPLACEMENT_RUN = re.compile("\ufffd+")
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1f\x7f]")


def looks_binary(sample: bytes) -> str | None:
    """A reason if ``sample`` (the start of a file) is binary, else None."""
    for bom, _ in _BOMS:
        if sample.startswith(bom):
            return None  # UTF-16/32 text has NUL bytes
    if b"\x00" in sample:
        return "binary file (NUL bytes)"
    if sample and len(_CONTROL_BYTES.findall(sample)) > max(8, len(sample) // 100):
        return "binary file (control bytes)"
    return None


def _bom_encoding(data: bytes) -> str | None:
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return enc
    return None


def decode_bytes(data: bytes) -> tuple[str | None, str]:
    """Decode ``data``; return ``(text, encoding)`` or ``(None, reason)`` for binary data.

    UTF-8 (with or without BOM) and UTF-16/32 with a BOM are decoded directly.
    UTF-8 data with some invalid bytes (at least as many valid multi-byte
    characters as runs of invalid bytes) is decoded with replacement
    characters (encoding ``"utf-8 (replaced)"``).  Other data where at most
    30 % of the bytes are high bytes is taken as Windows-1252 (a superset of Latin-1 for the printable
    range, and what Indonesian legacy files are in practice); data with many
    high bytes goes to charset-normalizer, whose failure means binary.
    """
    if not data:
        return "", "utf-8"
    enc = _bom_encoding(data)
    if enc is not None:
        return data.decode(enc, errors="replace"), enc
    reason = looks_binary(data[:SNIFF_BYTES])
    if reason:
        return None, reason
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    replaced = data.decode("utf-8", errors="replace")
    bad_runs = len(_REPLACEMENT_RUN.findall(replaced))
    good_multibyte = sum(1 for ch in replaced if ord(ch) > 0x7F and ch != "\ufffd")
    if good_multibyte >= bad_runs:
        # valid multi-byte sequences are (almost) never produced by legacy encodings
        # by accident: this is UTF-8 with some corrupt bytes
        return replaced, "utf-8 (replaced)"
    high = sum(1 for b in data[:SNIFF_BYTES] if b >= 0x80)
    sample_len = min(len(data), SNIFF_BYTES)
    if high <= max(4, sample_len * 3 // 10):
        # Latin-script text with some accented letters or typographic quotes
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            return data.decode("latin-1"), "latin-1"
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[: SNIFF_BYTES * 4]).best()
    except Exception:  # charset-normalizer is robust, but never let it crash ingest
        best = None
    if best is None or best.encoding is None:
        return None, "binary file (no text encoding detected)"
    text = data.decode(best.encoding, errors="replace")
    if len(_CONTROL.findall(text[:SNIFF_BYTES])) > max(8, min(len(text), SNIFF_BYTES) // 100):
        return None, "binary file (control characters)"
    return text, best.encoding
