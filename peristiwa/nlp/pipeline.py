"""The Indonesian NLP stage: the trained spaCy pipeline plus our rule components.

The trained model (``peristiwa/data/model``) has tok2vec, tagger/morphologizer,
parser and NER. At load time we add, as ordinary spaCy components:

* ``peristiwa_sentences`` (first): sentence boundaries from the rule-based
  news segmenter (:mod:`peristiwa.clean.segment`); the parser keeps them.
* ``peristiwa_lemmatizer`` (last): root-word lemmas from the packaged
  lemma table, with clitics (-nya, -lah, -kah, -pun, -ku, -mu) split off.

``Token._.clitic`` gives a token's enclitic ("nya" for "pihaknya").
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Token as SpacyToken

from peristiwa.nlp.lexicon import Lexicon, load_lexicon
from peristiwa.paths import MODEL_DIR
from peristiwa.records import AnalysedDocument, CleanDocument, Sentence, Token


def _clitic_getter(token: SpacyToken) -> str:
    return load_lexicon().split_clitic(token.lower_)[1]


if not SpacyToken.has_extension("clitic"):
    SpacyToken.set_extension("clitic", getter=_clitic_getter)


class SentenceSetter:
    """Sets every token's ``is_sent_start`` from the rule-based segmenter."""

    def __init__(self, segment):
        self.segment = segment

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        starts = sorted(s for s, _ in self.segment(doc.text))
        k = 0
        for tok in doc:
            is_start = tok.i == 0
            # advance past sentence starts at or before this token's start
            while k < len(starts) and starts[k] <= tok.idx:
                if tok.i > 0 and starts[k] > doc[tok.i - 1].idx:
                    is_start = True
                k += 1
            tok.is_sent_start = is_start
        return doc


@Language.factory("peristiwa_sentences")
def make_sentence_setter(nlp: Language, name: str):
    from peristiwa.clean.segment import segment

    return SentenceSetter(segment)


CONTENT_POS = frozenset({"NOUN", "VERB", "ADJ", "X", ""})


class Lemmatizer:
    """Lookup lemmatizer over the packaged root-word table; proper nouns keep their form."""

    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon
        self._cache: dict[str, str] = {}

    def __call__(self, doc: Doc) -> Doc:
        cache = self._cache
        lemma = self.lexicon.lemma
        for tok in doc:
            pos = tok.pos_
            if pos == "PROPN" or not (tok.is_alpha or "-" in tok.text):
                tok.lemma_ = tok.text
                continue
            low = tok.lower_
            if pos not in CONTENT_POS:
                # function words (sebagai, setelah, terhadap, tersebut ...) are their own lemma;
                # only a clitic comes off ("lainnya" keeps "lainnya" in UD, "dirinya" -> "diri")
                tok.lemma_ = low
                continue
            head, dash, tail = low.partition("-")
            if dash and head == tail:  # full reduplication: "anak-anak" -> "anak"
                low = head
            lem = cache.get(low)
            if lem is None:
                lem = lemma(low)
                if len(cache) < 200_000:
                    cache[low] = lem
            tok.lemma_ = lem
        return doc


@Language.factory("peristiwa_lemmatizer")
def make_lemmatizer(nlp: Language, name: str):
    return Lemmatizer(load_lexicon())


def add_abbreviations(nlp: Language, abbreviations: Iterable[str]) -> None:
    """Keep abbreviations such as "Jl." or "S.H." as single tokens."""
    from spacy.symbols import ORTH

    for abbr in abbreviations:
        nlp.tokenizer.add_special_case(abbr, [{ORTH: abbr}])


def load_spacy(model: str | Path | None = None, *, exclude: Iterable[str] = ()) -> Language:
    """Load the trained Indonesian pipeline with the peristiwa rule components.

    ``model`` defaults to $PERISTIWA_MODEL, else the packaged model; a missing model is an error with
    the command that trains one. ``exclude`` drops trained components
    (e.g. ``("parser",)``) for speed.
    """
    path = Path(model or os.environ.get("PERISTIWA_MODEL") or MODEL_DIR)
    if not (path / "config.cfg").exists():
        raise FileNotFoundError(
            f"no trained Indonesian model at {path}; train one with `bash training/train.sh` "
            "(see training/README.md)"
        )
    nlp = spacy.load(path, exclude=list(exclude))
    add_abbreviations(nlp, load_lexicon().abbreviations)
    nlp.add_pipe("peristiwa_sentences", first=True)
    nlp.add_pipe("peristiwa_lemmatizer", last=True)
    return nlp


class Analyzer:
    """Runs the NLP stage over cleaned documents and maps results to original offsets."""

    def __init__(self, nlp: Language):
        self.nlp = nlp

    def analyse(self, clean: CleanDocument) -> AnalysedDocument:
        return next(self.pipe([clean]))

    def pipe(self, cleans: Iterable[CleanDocument], batch_size: int = 64) -> Iterator[AnalysedDocument]:
        pairs = ((c.text, c) for c in cleans)
        for sdoc, clean in self.nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
            yield AnalysedDocument(clean=clean, spacy_doc=sdoc)


def iter_sentences(sdoc: Doc) -> Iterator:
    """The document's sentences as spans without leading/trailing whitespace tokens,
    whitespace-only sentences left out. Every stage numbers sentences this way."""
    for sent in sdoc.sents:
        a, b = sent.start, sent.end
        while a < b and sdoc[a].is_space:
            a += 1
        while b > a and sdoc[b - 1].is_space:
            b -= 1
        if a < b:
            yield sdoc[a:b]


def sentence_span(clean: CleanDocument, sent, first: bool) -> tuple[int, int]:
    """Original offsets of a sentence span; the first sentence starts at the dateline."""
    start, end = clean.offsets.span_to_original(sent.start_char, sent.end_char)
    if first and clean.dateline is not None:
        start = min(start, clean.dateline.start)
    return start, end


def sentence_records(clean: CleanDocument, sdoc: Doc, with_tokens: bool = False) -> list[Sentence]:
    """Sentences of ``sdoc`` with offsets and text from the original document."""
    original = clean.doc.text
    out: list[Sentence] = []
    for k, sent in enumerate(iter_sentences(sdoc)):
        start, end = sentence_span(clean, sent, k == 0)
        s = Sentence(index=k, start=start, end=end, text=original[start:end])
        if with_tokens:
            s.tokens = token_records(clean, sent)
        out.append(s)
    return out


def token_records(clean: CleanDocument, sent) -> list[Token]:
    offsets = clean.offsets
    base = sent.start
    out = []
    for tok in sent:
        start, end = offsets.span_to_original(tok.idx, tok.idx + len(tok.text))
        head = -1 if tok.head.i == tok.i else tok.head.i - base
        out.append(
            Token(
                i=tok.i - base,
                text=tok.text,
                start=start,
                end=end,
                lemma=tok.lemma_ or tok.text,
                upos=tok.pos_ or "X",
                xpos=tok.tag_ or "_",
                head=head,
                deprel=(tok.dep_ or "_") if head >= 0 else "root",
                ent_iob=tok.ent_iob_ or "O",
                ent_type=tok.ent_type_,
                clitic=tok._.clitic,
            )
        )
    return out
