"""The whole chain in one object: ingest -> clean -> NLP (-> events, see peristiwa.events).

    import peristiwa
    nlp = peristiwa.load()
    analysed = nlp.analyse_text("Presiden Joko Widodo bertemu ...")
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from peristiwa.clean.langid import prepare
from peristiwa.nlp.pipeline import Analyzer, load_spacy, sentence_records
from peristiwa.records import AnalysedDocument, Document, Skipped


# Longest document analysed, in characters (spaCy's own default limit); longer
# documents are skipped with the reason, not split silently.
MAX_DOCUMENT_CHARS = 1_000_000


class Peristiwa:
    """The loaded pipeline. Stateless apart from the loaded models; safe to reuse."""

    def __init__(self, model: str | Path | None = None, max_chars: int = MAX_DOCUMENT_CHARS):
        self.max_chars = max_chars
        self.spacy = load_spacy(model)
        # cleaning may insert a few characters (spaces between glued sentences)
        self.spacy.max_length = max(self.spacy.max_length, 2 * max_chars)
        self.analyzer = Analyzer(self.spacy)
        self._coder = None

    @property
    def coder(self):
        if self._coder is None:
            from peristiwa.events.coder import Coder

            self._coder = Coder()
        return self._coder

    def code(
        self, docs: Iterable[Document | Skipped], batch_size: int = 64
    ) -> Iterator[tuple[AnalysedDocument, list] | Skipped]:
        """Analyse and code documents: (analysed document, its event records) or Skipped, in order."""
        for item in self.analyse(docs, batch_size=batch_size):
            if isinstance(item, Skipped):
                yield item
                continue
            try:
                events = self.coder.code(item)
            except Exception as exc:  # a coder bug must not lose the document: report it
                yield Skipped(item.doc.id, item.doc.origin, f"coder error: {type(exc).__name__}: {exc}", stage="code")
                continue
            yield item, events

    def code_text(self, text: str, doc_id: str = "text", date: str | None = None, **meta) -> list:
        """Event records of one text (empty when the text is skipped)."""
        doc = Document(id=doc_id, text=text, date=date, origin="<text>", **meta)
        for item in self.code([doc]):
            return [] if isinstance(item, Skipped) else item[1]
        return []

    def analyse(
        self, docs: Iterable[Document | Skipped], batch_size: int = 64
    ) -> Iterator[AnalysedDocument | Skipped]:
        """Clean, language-check and analyse documents, in order.

        Skipped inputs (and documents skipped at cleaning or language check) are
        yielded in their place, never dropped.
        """
        pending: list = []

        def flush():
            cleans = [p for p in pending if not isinstance(p, Skipped)]
            analysed = iter(self.analyzer.pipe(cleans, batch_size=batch_size))
            for p in pending:
                yield p if isinstance(p, Skipped) else next(analysed)
            pending.clear()

        for d in docs:
            if not isinstance(d, Skipped) and len(d.text) > self.max_chars:
                d = Skipped(
                    d.id, d.origin, f"document too large: {len(d.text):,} characters (limit {self.max_chars:,})", stage="nlp"
                )
            pending.append(d if isinstance(d, Skipped) else prepare(d))
            if len(pending) >= batch_size:
                yield from flush()
        yield from flush()

    def analyse_text(self, text: str, doc_id: str = "text", date: str | None = None) -> AnalysedDocument | Skipped:
        return next(self.analyse([Document(id=doc_id, text=text, date=date, origin="<text>")]))

    def sentences(self, analysed: AnalysedDocument):
        """Sentence records with tokens (for display and CoNLL-U)."""
        return sentence_records(analysed.clean, analysed.spacy_doc, with_tokens=True)


def load(model: str | Path | None = None) -> Peristiwa:
    """Load peristiwa with the packaged Indonesian model (or ``model``)."""
    return Peristiwa(model)
