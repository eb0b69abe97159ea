"""Typed records passed between the pipeline stages.

ingest  -> Document | Skipped
clean   -> CleanDocument (text + OffsetMap back into Document.text) | Skipped
nlp     -> AnalysedDocument (spaCy Doc over the clean text + sentences)
actors/events/timeplace -> EventRecord

Every character offset that leaves the pipeline points into the *original*
``Document.text``; stages that change the text keep an :class:`OffsetMap`.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True)
class Document:
    """One input document as the user has it (text already decoded)."""

    id: str
    text: str
    date: str | None = None  # ISO yyyy-mm-dd (or yyyy-mm) publication date
    url: str | None = None
    source: str | None = None  # outlet, e.g. "kompas.com"
    title: str | None = None
    origin: str = ""  # where it came from: "path", "path:line 12", "<stdin>"
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Skipped:
    """A document that could not be coded, and why. Nothing is dropped silently."""

    id: str
    origin: str
    reason: str
    stage: str = "ingest"  # ingest | clean | language | nlp | code


class OffsetMap:
    """Maps offsets in a derived (cleaned) text back to the original text.

    The derived text is described as a list of pieces, each either copied from
    the original (``orig_start`` is not None) or inserted (a space added
    between glued sentences, a normalised quote that replaced a longer
    sequence, ...).  ``to_original(i)`` returns the original offset of derived
    offset ``i``; an inserted character maps to the original position where it
    was inserted.  Offsets equal to ``len(derived)`` map to the end of the last
    piece.
    """

    __slots__ = ("_starts", "_orig", "_copied", "_length")

    def __init__(self) -> None:
        self._starts: list[int] = []  # derived start of each piece
        self._orig: list[int] = []  # original start of each piece
        self._copied: list[bool] = []  # copied (True) or inserted (False)
        self._length = 0

    @classmethod
    def identity(cls, length: int) -> "OffsetMap":
        m = cls()
        m.add_copy(0, length)
        return m

    def add_copy(self, orig_start: int, length: int) -> None:
        """The next ``length`` derived characters are original[orig_start:orig_start+length]."""
        if length <= 0:
            return
        if (
            self._copied
            and self._copied[-1]
            and self._orig[-1] + (self._length - self._starts[-1]) == orig_start
        ):
            self._length += length  # extend the previous run
            return
        self._starts.append(self._length)
        self._orig.append(orig_start)
        self._copied.append(True)
        self._length += length

    def add_insert(self, orig_pos: int, length: int) -> None:
        """The next ``length`` derived characters do not exist in the original; they stand at ``orig_pos``."""
        if length <= 0:
            return
        self._starts.append(self._length)
        self._orig.append(orig_pos)
        self._copied.append(False)
        self._length += length

    def __len__(self) -> int:
        return self._length

    def to_original(self, i: int) -> int:
        if not self._starts:
            return 0
        if i >= self._length:
            k = len(self._starts) - 1
            if self._copied[k]:
                return self._orig[k] + (self._length - self._starts[k])
            return self._orig[k]
        k = bisect_right(self._starts, max(i, 0)) - 1
        if self._copied[k]:
            return self._orig[k] + (i - self._starts[k])
        return self._orig[k]

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) of the derived span [start, end)."""
        if end <= start:
            o = self.to_original(start)
            return o, o
        return self.to_original(start), self.to_original(end - 1) + 1

    def compose(self, inner: "OffsetMap") -> "OffsetMap":
        """Return a map for text derived *from this map's derived text* by ``inner``.

        self: A -> original, inner: B -> A; result: B -> original.
        """
        out = OffsetMap()
        for k, start in enumerate(inner._starts):
            end = inner._starts[k + 1] if k + 1 < len(inner._starts) else inner._length
            length = end - start
            if not inner._copied[k]:
                out.add_insert(self.to_original(inner._orig[k]), length)
                continue
            # a copied run of A may cross several pieces of self
            pos_a = inner._orig[k]
            remaining = length
            while remaining > 0:
                j = bisect_right(self._starts, pos_a) - 1
                piece_end = self._starts[j + 1] if j + 1 < len(self._starts) else self._length
                take = min(remaining, piece_end - pos_a)
                if take <= 0:
                    break
                if self._copied[j]:
                    out.add_copy(self._orig[j] + (pos_a - self._starts[j]), take)
                else:
                    out.add_insert(self._orig[j], take)
                pos_a += take
                remaining -= take
        return out


@dataclass(slots=True)
class Dateline:
    """Metadata found at the start of the text itself ("JAKARTA, KOMPAS.com -")."""

    place: str | None
    outlet: str | None
    date: str | None  # from a "date 2022-11 IslamTimes -" style prefix
    start: int  # original offsets of the whole dateline prefix
    end: int


@dataclass(slots=True)
class CleanDocument:
    """Cleaned text ready for the NLP stage, with its way back to the original."""

    doc: Document
    text: str
    offsets: OffsetMap
    language: str = "id"
    dateline: Dateline | None = None
    removed: list[tuple[int, int, str]] = field(default_factory=list)  # (orig start, orig end, why)


@dataclass(slots=True)
class Token:
    i: int  # index within the sentence, 0-based
    text: str
    start: int  # original offsets
    end: int
    lemma: str
    upos: str
    xpos: str
    head: int  # index within the sentence of the head, -1 for the root
    deprel: str
    ent_iob: str  # B, I or O
    ent_type: str  # PER, ORG, LOC or ""
    clitic: str = ""  # nya, lah, kah, pun, ku, mu ("" when none)


@dataclass(slots=True)
class Sentence:
    index: int
    start: int  # original offsets
    end: int
    text: str  # original text of the sentence
    tokens: list[Token] = field(default_factory=list)


@dataclass(slots=True)
class AnalysedDocument:
    clean: CleanDocument
    spacy_doc: Any  # spacy.tokens.Doc over clean.text (sentence records: peristiwa.nlp.pipeline.sentence_records)

    @property
    def doc(self) -> Document:
        return self.clean.doc


@dataclass(slots=True)
class ActorRef:
    code: str
    text: str
    start: int | None = None  # original offsets
    end: int | None = None

    def to_dict(self, offsets: bool = True) -> dict[str, Any]:
        d: dict[str, Any] = {"code": self.code, "text": self.text}
        if offsets:
            d["start"], d["end"] = self.start, self.end
        return d


@dataclass(slots=True)
class Location:
    name: str
    country: str | None  # ISO3
    lat: float | None
    lon: float | None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "country": self.country, "lat": self.lat, "lon": self.lon}


@dataclass(slots=True)
class EventRecord:
    """One coded event, as CODING-CONVENTIONS.md section 4 defines the record."""

    doc_id: str
    event_id: str
    sentence_index: int
    sentence: str
    start: int  # trigger offsets in the original document text
    end: int
    trigger: str
    code: str
    root_code: str
    quad_class: int
    goldstein: float
    plover: dict[str, str] | None
    source: ActorRef | None
    target: ActorRef | None
    negated: bool
    reported_by: ActorRef | None
    date: str | None
    date_text: str | None
    location: Location | None
    rule: str
    label: str = ""
    url: str | None = None
    outlet: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "event_id": self.event_id,
            "sentence_index": self.sentence_index,
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
            "trigger": self.trigger,
            "code": self.code,
            "root_code": self.root_code,
            "label": self.label,
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "plover": self.plover,
            "source": self.source.to_dict() if self.source else None,
            "target": self.target.to_dict() if self.target else None,
            "negated": self.negated,
            "reported_by": self.reported_by.to_dict(offsets=False) if self.reported_by else None,
            "date": self.date,
            "date_text": self.date_text,
            "location": self.location.to_dict() if self.location else None,
            "rule": self.rule,
            "url": self.url,
            "outlet": self.outlet,
        }
