"""The event coder: analysed sentences -> CAMEO event records.

For every sentence:

1. **Triggers** from the lexicon (``peristiwa/data/events``): verb forms, object-
   constrained verb forms ("menjatuhkan sanksi"), light verb + nominal trigger
   ("melakukan pertemuan", "dilancarkan serangan"), standalone nominal triggers.
2. **Modality**: a negation cue before the trigger in its clause sets ``negated``;
   an intent cue ("akan", "berencana") turns cooperation into the intent codes
   (04x -> 036 ...) and force into threats (18x-20x -> 138); conditionals and
   questions are not coded except threats.
3. **Arguments** by voice: the dependency subject, else the nearest actor on the
   left, is the source of an active verb; the object / "dengan" / "kepada" /
   "terhadap" / "ke" phrase, else the nearest actor on the right, the target; a
   passive verb swaps them ("oleh X" or the agent right after the verb is the
   source). Coordinated actors ("AS dan Jepang") give one event each. An event
   needs a source actor.
4. **Claims**: the speaker of the clause (quotes, "X mengatakan bahwa", "menurut X",
   ", kata X") is ``reported_by``; "membantah"/"menyangkal" give a ``016`` event
   and negate what is denied, reported by the denier; "menolak berkomentar" and
   the like give ``011``.
5. Identical events (code, source, target) in one sentence count once.

Each record's ``rule`` names the lexicon rows and rules that produced it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date

from peristiwa.actors.lexicon import ActorLexicon, load_actor_lexicon
from peristiwa.actors.recognizer import ActorMention, ActorRecognizer, DocumentActors
from peristiwa.events.lexicon import EventLexicon, Trigger, load_event_lexicon
from peristiwa.events.speech import Speaker, speakers
from peristiwa.nlp.pipeline import iter_sentences, sentence_span
from peristiwa.ontology import Ontology, load_ontology
from peristiwa.records import ActorRef, AnalysedDocument, EventRecord
from peristiwa.timeplace.dates import DateResolver, parse_iso
from peristiwa.timeplace.places import PlaceResolver

CLAUSE_BREAK = frozenset({",", ";", ":", "bahwa", "namun", "tetapi", "tapi", "sedangkan", "sementara", "karena",
                          "sehingga", "yang", "(", ")", '"', "“", "”", "dan", "serta"})
HARD_BREAK = frozenset({";", "bahwa", "namun", "tetapi", "tapi", "sedangkan", '"', "“", "”"})
TARGET_PREPS = frozenset({"dengan", "kepada", "terhadap", "ke", "atas", "untuk", "pada", "bagi", "melawan", "antara"})
NOT_SUBJECT_PREPS = frozenset({"dengan", "kepada", "terhadap", "ke", "untuk", "oleh", "dari", "atas", "pada", "bagi",
                               "melawan", "antara", "tentang", "mengenai", "di", "sama"})
COORD = frozenset({"dan", "serta", ",", "maupun"})
MUTUAL_ROOTS = frozenset({"04", "06"})
MUTUAL_CODES = frozenset({"057", "0311", "0312", "0313", "0314"})
# intent cue before a cooperative or forceful action -> intent / threat codes
INTENT_BY_ROOT = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035", "14": "133", "15": "138",
                  "16": "131", "17": "137", "18": "138", "19": "138", "20": "138"}


@dataclass(slots=True)
class Found:
    """A trigger found in a sentence, before its arguments are known."""

    start: int  # token span of the whole trigger
    end: int
    head: int  # the token that carries the syntax (the verb, or the light verb)
    trig: Trigger
    voice: str
    rule: str


def _event_id(doc_id: str, sent: int, start: int, code: str, src: str | None, tgt: str | None) -> str:
    h = hashlib.blake2b(f"{doc_id}|{sent}|{start}|{code}|{src}|{tgt}".encode(), digest_size=8)
    return h.hexdigest()


class Coder:
    """Codes analysed documents. Holds only immutable lexicons; safe to share."""

    def __init__(
        self,
        actors: ActorLexicon | None = None,
        events: EventLexicon | None = None,
        ontology: Ontology | None = None,
        places: PlaceResolver | None = None,
    ):
        self.recognizer = ActorRecognizer(actors or load_actor_lexicon())
        self.lex = events or load_event_lexicon()
        self.onto = ontology or load_ontology()
        self.dates = DateResolver()
        self.places = places or PlaceResolver()
        self.report_words = frozenset(
            c.form[0] for c in self.lex.cues if c.kind == "report" and len(c.form) == 1
        )

    # ------------------------------------------------------------------------------------------
    def code(self, analysed: AnalysedDocument, trace: list | None = None) -> list[EventRecord]:
        """Event records of a document. ``trace``, if given, receives one dict per trigger
        considered (fired or not, and why) and the actor mentions, for ``peristiwa explain``."""
        sdoc = analysed.spacy_doc
        clean = analysed.clean
        doc = clean.doc
        doc_date = parse_iso(doc.date) or (parse_iso(clean.dateline.date) if clean.dateline else None)
        home = self.places.home_country(clean.dateline.place if clean.dateline else None)
        actors = self.recognizer.find(sdoc, doc_date, home)
        if trace is not None:
            trace.extend({"kind": "actor", "text": m.text, "code": m.code, "rule": m.rule, "token": m.start}
                         for m in actors.mentions)
        words = [t.lower_ for t in sdoc]
        speaker = speakers(sdoc, actors, self.report_words)
        records: list[EventRecord] = []
        for k, sent in enumerate(iter_sentences(sdoc)):
            try:
                records.extend(self._sentence(analysed, k, sent, words, actors, speaker, doc_date, trace))
            except RecursionError:  # pathological parses: skip the sentence, keep the document
                continue
        return records

    # ------------------------------------------------------------------------------------------
    def _sentence(self, analysed, k, sent, words, actors: DocumentActors, speaker, doc_date, trace=None) -> list[EventRecord]:
        sdoc = analysed.spacy_doc
        s, e = sent.start, sent.end
        if e - s > 400:  # run-on "sentences" (tables, lists): too unreliable to code
            return []
        raw: list[tuple] = []  # (found, code, source mentions, target mentions, negated, speaker, extra rule)
        consumed: set[int] = set()
        # -- declines to comment (011): whole cue span is consumed
        for i in range(s, e):
            cue = self.lex.cue_at(words, i, "decline_comment")
            if cue is not None and i not in consumed:
                L = len(cue.form)
                consumed.update(range(i, i + L))
                found = Found(i, i + L, i, Trigger(cue.form, "011", "intrans", frozenset(), frozenset(), True, "cues.tsv"),
                              "intrans", "decline-comment")
                src = self._source(sdoc, found, actors, s)
                raw.append((found, "011", src, [], False, None, ""))
        # -- denials (016) and their scope
        deny_scope: list[tuple[int, int, list[ActorMention], bool]] = []
        for i in range(s, e):
            if i in consumed:
                continue
            cue = self.lex.cue_at(words, i, "deny")
            if cue is None:
                continue
            L = len(cue.form)
            consumed.update(range(i, i + L))
            found = Found(i, i + L, i, Trigger(cue.form, "016", "active", frozenset(), frozenset(), True, "cues.tsv"),
                          "active", "deny")
            negated = self._negated(words, i, s)
            src = self._source(sdoc, found, actors, s)
            end = self._scope_end(words, i + L, e)
            deny_scope.append((i + L, end, src, negated))
            if not negated:
                raw.append((found, "016", src, [], False, None, ""))
        # -- triggers
        for f in self._triggers(words, s, e, actors, consumed):
            code = f.trig.code
            root = code[:2]
            negated = self._negated(words, f.start, s)
            def note(reason: str) -> None:
                if trace is not None:
                    trace.append({"kind": "trigger", "sentence": k, "text": sdoc[f.start:f.end].text, "code": code,
                                  "rule": f.rule, "fired": False, "reason": reason})

            hypo = self._hypothetical(words, f.start, s)
            if hypo and root != "13":
                note("conditional or hypothetical (jika, apabila, kemungkinan, ...)")
                continue
            if self._after_reject(words, f.start, s) and root != "12":
                note("object of a rejection ('menolak untuk ...'): the rejection is the event")
                continue
            intent = self._intent(words, f.start, s)
            extra = ""
            if intent and root not in ("03", "13"):
                new = INTENT_BY_ROOT.get(root)
                if new is None:
                    note(f"planned ({intent}) {root}-action has no intent code: not an event yet")
                    continue
                code, extra = new, f"+intent:{intent}"
            src = self._source(sdoc, f, actors, s)
            tgt = self._target(sdoc, f, actors, s, e)
            if f.voice == "mutual" and not tgt and len(src) >= 2:
                src, tgt = src[:1], src[1:]
            sp = speaker[f.start]
            for a, b, scope_src, scope_neg in deny_scope:
                if a <= f.start < b and scope_src:
                    sp = Speaker(scope_src[0], "deny")
                    if not scope_neg:  # "X membantah bahwa ..." : what X denies did not happen, says X
                        negated = True
                        extra += "+denied"
            raw.append((f, code, src, tgt, negated, sp, extra))
        records = self._records(analysed, k, sent, raw, speaker)
        if trace is not None:
            fired = {(r.start, r.code) for r in records}
            offsets = analysed.clean.offsets
            for f, code, src, tgt, negated, sp, extra in raw:
                start = offsets.to_original(sdoc[f.start].idx)
                ok = (start, code) in fired
                trace.append({"kind": "trigger", "sentence": k, "text": sdoc[f.start:f.end].text, "code": code,
                              "rule": f.rule + extra, "fired": ok, "negated": negated,
                              "source": [m.code for m in src], "target": [m.code for m in tgt],
                              "reported_by": sp.mention.code if sp else None,
                              "reason": "coded" if ok else ("no source actor found" if not [m for m in src if m.code] else "duplicate of an event already coded")})
        return records

    # -- triggers -------------------------------------------------------------------------------
    def _triggers(self, words, s, e, actors: DocumentActors, consumed: set[int]) -> list[Found]:
        out: list[Found] = []
        i = s
        while i < e:
            if i in consumed or actors.at(i):
                i += 1
                continue
            w = words[i]
            if w in self.lex.light_verbs:
                hit = self._light(words, i, e, actors)
                if hit is not None:
                    out.append(hit)
                    consumed.update(range(hit.start, hit.end))
                    i = hit.end
                    continue
            best = None
            for t in self.lex.triggers_at(words, i):
                L = len(t.form)
                if any(actors.at(j) for j in range(i, i + L)):
                    continue
                if t.objects and not (t.objects & set(words[i + L:min(e, i + L + 6)])):
                    continue
                if t.voice == "noun" and not t.standalone:
                    continue
                best = t
                break
            if best is not None:
                L = len(best.form)
                out.append(Found(i, i + L, i, best, best.voice, f"{best.source}"))
                consumed.update(range(i, i + L))
                i += L
                continue
            i += 1
        return out

    def _light(self, words, i, e, actors) -> Found | None:
        for j in range(i + 1, min(e, i + 5)):
            if words[j] in CLAUSE_BREAK or actors.at(j):
                return None
            for t in self.lex.triggers_at(words, j):
                if t.voice != "noun":
                    continue
                L = len(t.form)
                if t.objects and not (t.objects & set(words[j + L:min(e, j + L + 6)])):
                    continue
                voice = "passive" if words[i].startswith("di") else ("mutual" if t.code[:2] in MUTUAL_ROOTS or t.code in MUTUAL_CODES else "active")
                return Found(i, j + L, i, t, voice, f"light:{words[i]}+{t.source}")
        return None

    # -- modality -------------------------------------------------------------------------------
    def _window(self, words, i, s, size=5):
        """Tokens before i in the same clause, nearest first."""
        for j in range(i - 1, max(s, i - size) - 1, -1):
            if words[j] in CLAUSE_BREAK and words[j] not in ("yang",):
                return
            yield j

    def _negated(self, words, i, s) -> bool:
        for j in self._window(words, i, s):
            if self.lex.cue_at(words, j, "negation"):
                return True
        return False

    def _intent(self, words, i, s) -> str | None:
        for j in self._window(words, i, s, 4):
            c = self.lex.cue_at(words, j, "intent")
            if c:
                return " ".join(c.form)
        return None

    def _hypothetical(self, words, i, s) -> bool:
        for j in range(i - 1, max(s, i - 12) - 1, -1):
            if words[j] in HARD_BREAK:
                return False
            if self.lex.cue_at(words, j, "hypothetical"):
                return True
        return False

    @staticmethod
    def _after_reject(words, i, s) -> bool:
        return i - 2 >= s and words[i - 1] == "untuk" and words[i - 2] in ("menolak", "enggan", "tolak")

    @staticmethod
    def _scope_end(words, i, e) -> int:
        for j in range(i, e):
            if words[j] in (";",) or (words[j] == "," and j + 1 < e and words[j + 1].startswith(("membenarkan", "mengakui", "mengonfirmasi", "mengkonfirmasi", "namun", "tetapi"))):
                return j
        return e

    # -- arguments ------------------------------------------------------------------------------
    def _source(self, sdoc, f: Found, actors: DocumentActors, s: int) -> list[ActorMention]:
        if f.voice == "passive":
            return self._agent(sdoc, f, actors)
        if f.voice == "noun":
            after = self._mention_right(f.end, min(len(sdoc), f.end + 2), actors, sdoc)
            if after:
                return self._coordinated(after, actors, sdoc)
        m = self._dep_subject(sdoc, f.head, actors) or self._left(sdoc, f.start, s, actors)
        return self._coordinated(m, actors, sdoc) if m else []

    def _target(self, sdoc, f: Found, actors: DocumentActors, s: int, e: int) -> list[ActorMention]:
        if f.voice == "passive":
            m = self._dep_subject(sdoc, f.head, actors) or self._left(sdoc, f.start, s, actors)
            return self._coordinated(m, actors, sdoc) if m else []
        preps = f.trig.preps or TARGET_PREPS
        m = self._dep_object(sdoc, f.head, actors, preps) or self._right(sdoc, f.end, e, actors, preps, f.voice)
        return self._coordinated(m, actors, sdoc) if m else []

    def _agent(self, sdoc, f: Found, actors) -> list[ActorMention]:
        n = len(sdoc)
        end = min(n, f.end + 8)
        for j in range(f.end, end):
            if sdoc[j].lower_ == "oleh":
                m = self._mention_right(j + 1, min(n, j + 4), actors, sdoc)
                if m:
                    return self._coordinated(m, actors, sdoc)
            if sdoc[j].lower_ in CLAUSE_BREAK:
                break
        m = self._mention_right(f.end, min(n, f.end + 2), actors, sdoc)
        return self._coordinated(m, actors, sdoc) if m else []

    @staticmethod
    def _mention_right(a, b, actors, sdoc) -> ActorMention | None:
        for j in range(a, b):
            for m in actors.at(j):
                if m.start == j or j == a:
                    return m
        return None

    def _dep_subject(self, sdoc, head: int, actors) -> ActorMention | None:
        tok = sdoc[head]
        for _ in range(3):
            for child in tok.children:
                if child.dep_.startswith("nsubj") and child.i < tok.i:
                    m = self._mention_in(child, actors)
                    if m:
                        return m
            if tok.dep_ in ("xcomp", "conj", "advcl") and tok.head.i != tok.i:
                tok = tok.head
            else:
                break
        return None

    def _dep_object(self, sdoc, head: int, actors, preps) -> ActorMention | None:
        tok = sdoc[head]
        for child in tok.children:
            if child.i < tok.i:
                continue
            if child.dep_ in ("obj", "iobj", "dobj"):
                m = self._mention_in(child, actors)
                if m:
                    return m
            if child.dep_ in ("obl", "nmod"):
                case = [c.lower_ for c in child.children if c.dep_ == "case"]
                if case and case[0] in preps:
                    m = self._mention_in(child, actors)
                    if m:
                        return m
        return None

    @staticmethod
    def _mention_in(tok, actors) -> ActorMention | None:
        ms = actors.at(tok.i)
        if ms:
            return ms[0]
        for k in range(tok.left_edge.i, tok.right_edge.i + 1):
            ms = actors.at(k)
            if ms and ms[0].head in range(tok.left_edge.i, tok.right_edge.i + 1):
                return ms[0]
        return None

    def _left(self, sdoc, i, s, actors) -> ActorMention | None:
        j = i - 1
        while j >= s:
            low = sdoc[j].lower_
            if low in HARD_BREAK:
                return None
            ms = actors.at(j)
            if ms:
                m = ms[0]
                before = sdoc[m.start - 1].lower_ if m.start > s else ""
                if before not in NOT_SUBJECT_PREPS:
                    return m
                j = m.start - 1
                continue
            j -= 1
        return None

    def _right(self, sdoc, i, e, actors, preps, voice) -> ActorMention | None:
        limit = min(e, i + 10)
        j = i
        while j < limit:
            low = sdoc[j].lower_
            if low in HARD_BREAK or low == "," or low == "yang":
                return None
            ms = actors.at(j)
            if ms:
                return ms[0]
            j += 1
        return None

    @staticmethod
    def _coordinated(m: ActorMention | None, actors: DocumentActors, sdoc) -> list[ActorMention]:
        if m is None:
            return []
        group = [m]
        if m.kind == "pair":
            group = [x for x in actors.at(m.start) if x.kind == "pair"]
        # to the right: "A dan B", "A, B dan C"
        j = group[-1].end
        while j + 1 < len(sdoc) and sdoc[j].lower_ in COORD:
            nxt = [x for x in actors.at(j + 1) if x.start == j + 1]
            if not nxt:
                break
            group.append(nxt[0])
            j = nxt[0].end
        # to the left
        j = m.start - 1
        while j - 1 >= 0 and sdoc[j].lower_ in COORD:
            prev = [x for x in actors.at(j - 1) if x.end == j]
            if not prev:
                break
            group.insert(0, prev[0])
            j = prev[0].start - 1
        return group

    # -- records --------------------------------------------------------------------------------
    def _records(self, analysed, k, sent, raw, speaker) -> list[EventRecord]:
        clean = analysed.clean
        doc = clean.doc
        sdoc = analysed.spacy_doc
        offsets = clean.offsets
        s_start, s_end = sentence_span(clean, sent, k == 0)
        sentence_text = doc.text[s_start:s_end]
        when = self.dates.resolve(sent.text, parse_iso(doc.date) or (parse_iso(clean.dateline.date) if clean.dateline else None))
        where = self.places.in_sentence(sdoc, sent) or None
        out: list[EventRecord] = []
        seen: set[tuple] = set()
        for f, code, src, tgt, negated, sp, extra in raw:
            info = self.onto.get(code)
            if info is None:
                continue
            sources = [m for m in src if m.code] or []
            if not sources and src and sp is not None and src[0].kind == "first_person":
                sources = [sp.mention]
            if not sources:
                continue
            targets = [m for m in tgt if m.code or m.kind == "first_person"]
            targets = [sp.mention if (m.kind == "first_person" and sp is not None) else m for m in targets]
            targets = [m for m in targets if m.code] or [None]
            sources = [sp.mention if (m.kind == "first_person" and sp is not None) else m for m in sources]
            t_start, t_end = offsets.span_to_original(sdoc[f.start].idx, sdoc[f.end - 1].idx + len(sdoc[f.end - 1].text))
            for a in sources:
                for b in targets:
                    if b is not None and (b is a or (b.start == a.start and b.end == a.end)):
                        b = None
                    key = (code, a.code, b.code if b else None)
                    mutual_key = (code, b.code if b else None, a.code)
                    if key in seen or ((code[:2] in MUTUAL_ROOTS or code in MUTUAL_CODES) and mutual_key in seen):
                        continue
                    seen.add(key)
                    reported = sp.mention if sp is not None and code not in ("016", "011") else None
                    out.append(
                        EventRecord(
                            doc_id=doc.id,
                            event_id=_event_id(doc.id, k, t_start, code, a.code, b.code if b else None),
                            sentence_index=k,
                            sentence=sentence_text,
                            start=t_start,
                            end=t_end,
                            trigger=doc.text[t_start:t_end],
                            code=code,
                            root_code=info.root,
                            quad_class=info.quad_class,
                            goldstein=info.goldstein,
                            plover=info.plover,
                            source=self._ref(a, sdoc, offsets),
                            target=self._ref(b, sdoc, offsets) if b else None,
                            negated=bool(negated),
                            reported_by=ActorRef(reported.code, reported.text) if reported is not None else None,
                            date=when[0] if when else (doc.date if doc.date and len(doc.date) == 10 else None),
                            date_text=when[1] if when else None,
                            location=where,
                            rule=f"{f.rule}{extra}|src:{a.rule}" + (f"|tgt:{b.rule}" if b else ""),
                            label=info.label,
                            url=doc.url,
                            outlet=doc.source or (clean.dateline.outlet if clean.dateline else None),
                        )
                    )
        return out

    @staticmethod
    def _ref(m: ActorMention, sdoc, offsets) -> ActorRef:
        a = sdoc[m.start].idx
        last = sdoc[m.end - 1]
        start, end = offsets.span_to_original(a, last.idx + len(last.text))
        return ActorRef(m.code, m.text, start, end)


def code_date(record: EventRecord) -> date | None:
    return parse_iso(record.date)
