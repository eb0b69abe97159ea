"""Who says so: quotes, reporting verbs and their speakers, per token.

For each token of a document we find the speaker whose claim it is part of (or
None when the narrator states it):

* inside a quote, the speaker named by the attribution after the closing quote
  (", kata X", ", ujarnya") or before the opening one ("X berkata, \\"...\\"");
  an unattributed quote right after an attributed one continues it;
* after "X mengatakan (bahwa) ..." or any trigger verb followed by "bahwa": X;
* "Menurut X, ...": X for the rest of the sentence;
* before "..., kata X." at the end of a sentence: X; around a parenthetical "..., kata X, ...": X.
"""

from __future__ import annotations

from dataclasses import dataclass

from peristiwa.actors.recognizer import ActorMention, DocumentActors, salient_before

QUOTE_CHARS = frozenset({'"', "“", "”", "„", "«", "»"})
POST_REPORT = frozenset({"kata", "ujar", "ucap", "tutur", "tulis", "jelas", "tegas", "imbuh", "tambah", "lanjut", "papar",
                         "terang", "sebut", "ungkap", "katanya", "ujarnya", "ucapnya", "tuturnya", "tulisnya",
                         "jelasnya", "tegasnya", "imbuhnya", "tambahnya", "lanjutnya", "paparnya", "terangnya",
                         "sebutnya", "ungkapnya", "kata dia", "ujar dia", "cuit", "cuitnya"})


@dataclass(slots=True)
class Speaker:
    mention: ActorMention
    how: str  # quote | report | menurut | post-report


def _actor_after(actors: DocumentActors, start: int, limit: int) -> ActorMention | None:
    for k in range(start, min(limit, start + 6)):
        for m in actors.at(k):
            if m.code:
                return m
    return None


def _actor_before(actors: DocumentActors, end: int, floor: int) -> ActorMention | None:
    for k in range(end - 1, max(floor, end - 12) - 1, -1):
        for m in actors.at(k):
            if m.code:
                return m
    return None


def _last_singular_before(actors: DocumentActors, i: int, doc=None) -> ActorMention | None:
    return salient_before(actors, doc, i)


def speakers(doc, actors: DocumentActors, report_words: frozenset[str], words: list[str] | None = None
             ) -> list[Speaker | None]:
    """The speaker of each token (None: the narrator). ``words``: the lower-cased token texts."""
    n = len(doc)
    out: list[Speaker | None] = [None] * n
    if words is None:
        words = [t.lower_ for t in doc]
    # 1. quotes
    # pair quote marks within each paragraph: a stray mark must not flip every later quote
    spans: list[tuple[int, int]] = []
    open_i = None
    for i, w in enumerate(words):
        if "\n" in w:
            if open_i is not None:
                spans.append((open_i, i))
                open_i = None
        elif w in QUOTE_CHARS:
            if open_i is None:
                open_i = i
            else:
                spans.append((open_i, i))
                open_i = None
    if open_i is not None:
        spans.append((open_i, n))
    prev: tuple[int, Speaker] | None = None
    for open_i, close_i in spans:
        sp = None
        # attribution after the closing quote: ', kata X' / 'ujarnya'
        j = close_i + 1
        if j < n and doc[j].text == ",":
            j += 1
        if j < n and (doc[j].lower_ in POST_REPORT or doc[j].lower_ in report_words):
            m = _actor_after(actors, j + 1, n)
            if m is None and (doc[j]._.clitic == "nya" or (j + 1 < n and doc[j + 1].lower_ in ("dia", "ia", "beliau"))):
                m = _last_singular_before(actors, open_i, doc)
            if m is not None:
                sp = Speaker(m, "quote")
        # attribution before the opening quote: 'X berkata, "'
        if sp is None and open_i > 0:
            j = open_i - 1
            while j > 0 and doc[j].text in (",", ":"):
                j -= 1
            if doc[j].lower_ in report_words or doc[j].lower_ in POST_REPORT:
                m = _actor_before(actors, j, 0)
                if m is not None:
                    sp = Speaker(m, "quote")
        if sp is None and prev is not None and open_i - prev[0] <= 12 and not any(
                m.code for k in range(prev[0] + 1, open_i) for m in actors.at(k)
                if m is not prev[1].mention and doc[m.start].sent.start == doc[open_i].sent.start):
            # "...,” kata X dalam jumpa pers.“Kami ..." : the next quote goes on in X's voice
            sp = prev[1]
        if sp is not None:
            for t in range(open_i + 1, min(close_i, n)):
                out[t] = sp
            prev = (close_i, sp)
        else:
            prev = None
    # 2. reporting outside quotes, per sentence
    for sent in doc.sents:
        s, e = sent.start, sent.end
        for t in range(s, e):
            if out[t] is not None:
                continue
            low = doc[t].lower_
            if low == "bagi" and (t == s or doc[t - 1].text == ",") and t + 1 < e:
                # "Bagi mereka, sikap Trump tidak dapat diterima": the view of X, as "menurut X"
                m = _actor_after(actors, t + 1, min(e, t + 3))
                if m is not None and m.start <= t + 2:
                    sp = Speaker(m, "menurut")
                    for u in range(t + 1, e):
                        if out[u] is None:
                            out[u] = sp
            elif low == "menurut":
                m = _actor_after(actors, t + 1, e)
                if m is not None:
                    sp = Speaker(m, "menurut")
                    for u in range(t + 1, e):
                        if out[u] is None:
                            out[u] = sp
            elif low in report_words and low not in POST_REPORT:
                m = _subject_mention(doc, actors, t, s)
                if m is not None:
                    sp = Speaker(m, "report")
                    for u in range(t + 1, e):
                        if out[u] is None:
                            out[u] = sp
            elif low in POST_REPORT and t > s + 2 and doc[t - 1].text in (",", '"', "”"):
                m = _actor_after(actors, t + 1, e)
                if m is None and doc[t]._.clitic == "nya":
                    m = _last_singular_before(actors, s, doc)
                if m is not None:
                    sp = Speaker(m, "post-report")
                    rest = range(m.end + 1, e) if m.end + 1 < e and doc[m.end].text == "," else range(0)
                    for u in (*range(s, t), *rest):  # "X, kata Y, ...": a parenthetical covers both sides
                        if out[u] is None:
                            out[u] = sp
    return out


CLAUSE_LINKS = frozenset({"namun", "tetapi", "tapi", "dan", "serta", "lalu", "kemudian", "sekaligus"})


def _subject_mention(doc, actors: DocumentActors, verb: int, floor: int) -> ActorMention | None:
    """Subject of a verb: its nsubj child's actor, else the nearest actor on its left."""
    tok = doc[verb]
    for child in tok.children:
        if child.dep_.startswith("nsubj") and child.i < verb:
            for k in range(child.left_edge.i, child.right_edge.i + 1):
                for m in actors.at(k):
                    if m.code or m.kind == "first_person":
                        return m
    # "X tidak membantah bertemu Y, namun menyebut ...": a reporting verb coordinated with an earlier verb
    # and no subject of its own shares that verb's subject, not the nearest actor on its left
    if verb - 1 >= floor and doc[verb - 1].lower_ in CLAUSE_LINKS and tok.head.i < verb - 1 \
            and tok.head.pos_ == "VERB" and tok.dep_ in ("advcl", "conj", "parataxis"):
        return _subject_mention(doc, actors, tok.head.i, floor)
    return _actor_before(actors, verb, floor)
