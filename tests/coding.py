"""Shared helpers of the coder tests: code a text we wrote, and reduce events to comparable tuples."""

from functools import partial


def code_text(pipeline, text, date="2023-05-01"):
    return pipeline.code_text(text, doc_id="t", date=date)


def coder(date: str):
    """``code(pipeline, text, date=...)`` with this file's default document date."""
    return partial(code_text, date=date)


def triples(events):
    """(root, source, target) of each event."""
    return {(e.code[:2], e.source.code, e.target.code if e.target else None) for e in events}


def codes(events):
    """(full code, source, target) of each event."""
    return {(e.code, e.source.code, e.target.code if e.target else None) for e in events}


def pairs(events, root):
    """Unordered country pairs of the events whose code starts with ``root`` (mutual acts)."""
    return {frozenset((e.source.code[:3], e.target.code[:3] if e.target else None))
            for e in events if e.code.startswith(root)}
