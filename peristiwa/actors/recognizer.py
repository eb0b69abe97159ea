"""Find and code actor mentions in an analysed document.

Rules (the data they use is in ``peristiwa/data/actors``):

* Longest match of countries, organisations, roles and known people. A plural by reduplication is its role
  ("kapal-kapal kargo" is "kapal kargo").
* A role followed by a country or organisation takes that country; the role's own
  sector wins, else it inherits the organisation's sector ("Juru Bicara Kremlin"
  -> RUSGOV, "Ketua KPK" -> IDNJUD, "Menteri Pertahanan Rusia" -> RUSGOV).
  "Duta Besar Rusia untuk Amerika Serikat": the "untuk X" part belongs to the role.
* A role without a country takes its default country, else the document's home
  country (from the dateline place; Indonesian news defaults to IDN). A role with no default country
  placed "di / dari" a country takes it, also past up to two common nouns ("korban konflik di Jalur Gaza").
  Civilians who are where they are (warga, jemaah, korban, orang, saksi ...) placed at a place abroad that is no
  country ("jemaah (yang sedang beribadah) di Masjid Al-Aqsa", ``data/places/world_places.tsv``), or with such a
  place the nearest named before them in this sentence or the previous one, are that place's people (PSECVL).
* A name right after a role (or in apposition: "X, Perdana Menteri Qatar,") is
  remembered with the role's code; later mentions of the full name or the surname
  keep that code, also over the lexicon's tenure of a known person (the text's own introduction
  wins). Known office holders are coded by the tenure covering the date; a known surname ending
  a name written another way ("Menlu Mohamad Javad Zarif") identifies the person.
  "Role, Name" across a comma is an apposition unless the comma closes a fronted clause the role is
  in, or the role is plural, and the name runs on into the main clause ("Setelah bertemu para
  utusan, Jokowi menggelar ..."); a person-tagged institution or role ("Densus 88") is no name.
* A bare country or capital acting on its own is its government (sector GOV); right after an Indonesian mission
  ("KBRI Kuala Lumpur") or a named NGO ("Palang Merah Mesir"), or after "di <city>," ("di Damaskus, Suriah"), it is a
  place or part of a name, not an actor. "Petugas dari Indonesia": a sectorless role from a country is its official.
* A media role with no country of its own takes the outlet named in apposition ("Media ..., Global Times, ...").
* "kantor / gedung + institution" ("kantor DPRD Papua Barat", "gedung Konsulat Inggris") is the institution
  housed there (a riot's or protest's target), and names its country as plainly as the bare country would.
* "ia", "dia", "beliau" refer to the nearest person before them, and when that one is in an earlier sentence, to the
  first person of that sentence (its subject, "A menerima B. Ia ..." is A); "pihaknya" to the most recent singular actor;
  an object "mereka" ("warga menolak mereka", "meminta UNHCR memindahkan mereka") never means its clause's subject
  (the sentence's first actor, or the actor right before the verb): the latest other person or role within two
  sentences, none when there is none ("mengatakan mereka ..." is no object: the reported clause's subject);
  "kedua negara", "kedua pihak", "kedua pemimpin", "keduanya" to the two most mentioned
  state or armed parties so far (not crowds, outlets, firms); "kami", "kita", "saya" are
  left for the event stage (the speaker of the quote).
* Refugees come from elsewhere: when a text names one refugees' country ("pengungsi Rohingya"),
  its refugees without a country are from there, also before that mention.
  In such a story an object "mereka" with no antecedent before it (the text opens with "warga menolak mereka
  untuk mendarat") means the refugees.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from peristiwa.actors.lexicon import ActorLexicon, Entry
from peristiwa.paths import DATA_DIR
from peristiwa.tsv import read_tsv


def _world_places() -> dict[str, str]:
    """Places abroad named in the news that are not countries (holy sites, contested territories, camps):
    name -> country, from ``data/places/world_places.tsv``."""
    table: dict[str, str] = {}
    for _, r in read_tsv(DATA_DIR / "places" / "world_places.tsv", required=False):
        if r.get("name") and r.get("country"):
            table[r["name"]] = r["country"]
    return table

# an embassy or consulate right before a city or country names where it sits ("KBRI Kuala Lumpur", "KJRI Jeddah")
MISSIONS = frozenset({"kbri", "kjri", "kdei", "kedubes", "kedutaan", "konsulat", "konjen"})
LOCATIVE = frozenset({"di", "dari", "sekitar", "wilayah", "kawasan", "provinsi", "kota", "kabupaten", "daerah"})
# "warga di Gaza", "petugas dari Malaysia", "aktivis asal Swedia": a role placed in or coming from a country is its
ORIGIN_WORDS = ("di", "dari", "asal")
# A role noun right after one of these is not an actor ("pemilihan presiden", "calon gubernur").
ROLE_BLOCKERS = frozenset(
    {"pemilihan", "pilpres", "pilkada", "calon", "capres", "cawapres", "kandidat",
     "rumah", "jabatan", "kursi", "kabinet", "bakal", "sebagai", "menjadi", "jadi",
     "darurat"}  # "darurat militer" is martial law, not the army
)
# "kantor DPRD Papua Barat", "gedung Konsulat Inggris": the institution housed there (a protest's or riot's target)
BUILDINGS = frozenset({"kantor", "gedung"})
# modifiers that may stand between a role and its country
ROLE_MODIFIERS = frozenset({"senior", "tinggi", "baru", "utama", "khusus", "lama", "sementara", "tertinggi", "resmi", "pertama",
                            "militer", "keamanan", "pertahanan", "diplomatik", "top", "federal", "nasional"})
PRONOUNS_SINGULAR = frozenset({"ia", "dia", "beliau", "pihaknya", "mereka"})
# "X mengatakan mereka ...": the pronoun after a verb of saying starts the reported clause (it may mean X)
REPORT_VERBS = frozenset({"mengatakan", "menyatakan", "menegaskan", "menjelaskan", "mengungkapkan", "menambahkan",
                          "mengaku", "mengklaim", "mengumumkan", "memastikan", "meyakini", "menyampaikan",
                          "mengungkap", "menerangkan", "menuturkan", "mengakui", "menyebutkan", "mengira"})
FIRST_PERSON = frozenset({"kami", "kita", "saya", "aku"})
# "kedua X": the two parties of the story (longest first); "kedua terduga" and the like are not actors
PAIR_NOUNS = tuple(sorted((tuple(x.split()) for x in (
    "negara", "negara itu", "negara tersebut", "pihak", "belah pihak", "pemimpin", "pemimpin negara", "kepala negara",
    "menteri", "menlu", "presiden", "delegasi", "pemerintah", "pemerintahan", "kubu", "tentara", "militer",
    "perdana menteri", "pejabat", "diplomat", "angkatan bersenjata")), key=len, reverse=True))
# "kedua negara/pihak" are states or armed parties, never the crowds, outlets or firms around them
PAIR_EXCLUDED_SECTORS = frozenset({"CVL", "MED", "BUS", "EDU", "LAB", "REF", "CRM"})
# "penangkapan keduanya", "menahan keduanya": the two are suspects, not the story's two states
PAIR_BLOCKERS = frozenset({
    "penangkapan", "penahanan", "pemeriksaan", "penetapan", "identitas", "menangkap", "menahan", "memeriksa",
    "mengamankan", "membekuk", "meringkus", "menciduk", "menetapkan", "menjerat", "mendakwa", "menuntut",
    "memvonis", "menghukum", "terhadap"})
# before a role: more than one person, so no single name in apposition ("para utusan khusus, Jokowi ...")
PLURAL_MARKERS = frozenset({"para", "sejumlah", "beberapa", "banyak", "ratusan", "puluhan", "ribuan", "kedua", "ketiga",
                            "semua", "seluruh", "berbagai"})
# words opening a fronted clause or phrase ("Setelah ..., X verb"): its closing comma is no apposition
FRONTED = frozenset({"setelah", "sesudah", "sebelum", "usai", "seusai", "saat", "ketika", "sewaktu", "selama", "sambil",
                     "kepada", "bagi", "dalam", "dari", "untuk", "tak", "tidak", "selain", "bersama", "meski",
                     "meskipun", "walaupun", "walau", "karena", "sejak", "jika", "bila", "apabila", "begitu",
                     "menanggapi", "menjawab", "mendengar", "atas", "terhadap", "dengan", "pada", "sebagai"})
PAIR_LINKS = frozenset({"dan", "dengan", "serta", "-", "–"})
NON_STATES = frozenset({"---", "UNO", "EUR", "ASN", "NAT", "IGO", "NGO", "MNC", "WST"})
# common nouns that may stand between "di" and a place's name ("di kompleks Masjid Al-Aqsa")
PLACE_NOUNS = frozenset({"kompleks", "kawasan", "area", "wilayah", "halaman", "pelataran", "sekitar", "kota", "kamp"})
# civilians who are where they are (worshippers, residents, victims, witnesses): the people of that place when no
# country is named with them; not communities at large ("umat Muslim dunia"), captives or settlers
PRESENT_CIVILIANS = frozenset({"warga", "penduduk", "jemaah", "jamaah", "jemaat", "korban", "orang", "pria", "wanita",
                               "perempuan", "remaja", "laki", "saksi", "penyintas", "keluarga"})
NAME_PARTICLES = frozenset({"bin", "binti", "al", "el", "van", "de", "der", "von", "da", "ibn", "abu", "jr.", "jr"})


@dataclass(slots=True)
class ActorMention:
    start: int  # token indices in the spaCy doc, end exclusive
    end: int
    code: str | None  # "USAGOV", "UNO", "IDNCVL", ...; None for unresolved first person
    kind: str  # country | org | role | person | pronoun | first_person | pair
    text: str
    rule: str = ""
    head: int = -1  # syntactic head token of the span
    person: str | None = None


@dataclass
class DocumentActors:
    """Actors of one document; per-document memory, never shared."""

    mentions: list[ActorMention] = field(default_factory=list)
    by_token: dict[int, list[ActorMention]] = field(default_factory=dict)
    unresolved_objects: int = 0  # object "mereka" with no antecedent before it

    def at(self, i: int) -> list[ActorMention]:
        return self.by_token.get(i, [])


# words that make a sentence one about a match or a tournament, where a bare country or city is a team
SPORT_WORDS = frozenset({"laga", "pertandingan", "timnas", "piala", "liga", "olimpiade", "skuad", "klub", "turnamen",
                         "kejuaraan", "pelatih", "gol", "stadion", "kualifikasi", "skor", "sepakbola", "atlet",
                         "semifinal", "imbang", "bertanding"})


def sport_sentence(sent) -> bool:
    """A sentence about sport: it names a match or tournament word, or a score ("0-1")."""
    for t in sent:
        low = t.lower_
        if low in SPORT_WORDS or (low == "bola" and t.i > 0 and t.doc[t.i - 1].lower_ == "sepak"):
            return True
        if "-" in low and all(p.isdigit() for p in low.split("-")) and low.count("-") == 1 and len(low) <= 5:
            return True
    return False


def compose(country: str | None, sector: str | None) -> str | None:
    if not country:
        return None
    if len(country) == 3 and country in {"UNO", "EUR", "ASN", "NAT", "IGO", "NGO", "MNC", "WST"}:
        return country
    return country + (sector or "GOV")


class ActorRecognizer:
    def __init__(self, lexicon: ActorLexicon, words=None):
        self.lex = lexicon
        # ordinary Indonesian words: a Title-Case headline word ("Temui", "Hingga") is not a name
        if words is None:
            from peristiwa.nlp.lexicon import load_lexicon

            words = load_lexicon()
        self.words = words
        roles: dict[str, list[Entry]] = {}
        for e in lexicon.entries:
            if e.kind == "role":
                roles.setdefault(e.pattern[0].lower(), []).append(e)
        for lst in roles.values():
            lst.sort(key=lambda e: -len(e.pattern))
        self._roles = roles
        self._world = _world_places()

    # -- matching ---------------------------------------------------------------------------
    def _initials(self, doc, i: int) -> bool:
        """Token i, a short all-capital word ("AS", "IS"), is a person's initials, not a country or group:
        written after "inisial" / "berinisial", followed by an age in brackets ("AS (23)"), or listed with other
        initials that are no actor ("tersangka AS, IS, dan RA")."""
        tok = doc[i]
        self_lex = self.lex
        if not (tok.is_upper and tok.is_alpha and 2 <= len(tok.text) <= 3):
            return False
        if i > 0 and doc[i - 1].is_alpha and (doc[i - 1].is_upper or not (doc[i - 1].is_lower or doc[i - 1].is_sent_start)):
            return False  # part of a name or title ("RUU KPK", "Presiden AS")
        if i > 0 and doc[i - 1].lower_ in ("inisial", "berinisial"):
            return True
        if i + 2 < len(doc) and doc[i + 1].text == "(" and doc[i + 2].like_num:
            return True

        def initial_like(j):
            t = doc[j]
            return t.is_upper and t.is_alpha and 2 <= len(t.text) <= 3

        listed = []  # the other short capital words listed with token i ("AS, IS, dan RA")
        for step in (-1, 1):
            j = i + step
            while True:
                seen_sep = False
                while 0 <= j < len(doc) and doc[j].lower_ in (",", "dan", "serta"):
                    j += step
                    seen_sep = True
                if not (seen_sep and 0 <= j < len(doc) and initial_like(j)):
                    break
                listed.append(j)
                j += step
        # initials when some listed word is no country or organisation of the lexicon ("RA")
        return any(not any(e.kind in ("country", "org") and len(e.pattern) == 1
                           for e in self_lex.candidates(doc[j].text)) for j in listed)

    def _match(self, doc, i: int, kinds: frozenset[str] | None = None) -> Entry | None:
        n = len(doc)
        best: Entry | None = None
        initials = self._initials(doc, i)
        for e in self.lex.candidates(doc[i].text):
            if kinds and e.kind not in kinds:
                continue
            if initials and len(e.pattern) == 1 and e.kind in ("country", "org", "role"):
                continue
            L = len(e.pattern)
            if i + L <= n and all(doc[i + k].text == e.pattern[k] for k in range(1, L)):
                best = e
                break
        if best is None and (kinds is None or "country" in kinds) and doc[i].is_lower and len(doc[i].text) >= 5 \
                and not self.words.known(doc[i].lower_):
            for e in self.lex.candidates(doc[i].text.capitalize()):
                L = len(e.pattern)
                if e.kind == "country" and L == 1:
                    best = e
                    break
        if kinds is None or "role" in kinds:
            low = doc[i].lower_
            cands = self._roles.get(low, ())
            if "-" in low and (half := low.split("-", 1))[0] == half[1] and half[0] in self._roles:
                # a plural by reduplication: "kapal-kapal kargo" is "kapal kargo" (the longest row of either form)
                cands = sorted([*cands, *self._roles[half[0]]], key=lambda e: -len(e.pattern))
            if not cands:
                stem, clitic = self.words.split_clitic(low)
                cands = [e for e in self._roles.get(stem, ()) if len(e.pattern) == 1] if clitic else ()
            if initials:
                cands = [e for e in cands if len(e.pattern) > 1]
            for e in cands:
                L = len(e.pattern)
                if best is not None and L <= len(best.pattern):
                    break
                if i + L <= n and all(doc[i + k].lower_ == e.pattern[k].lower() for k in range(1, L)):
                    best = e
                    break
        return best

    def _world_place_at(self, doc, j: int) -> str | None:
        """The country of a place abroad named after the preposition at ``j`` ("di (kompleks) Masjid Al-Aqsa")."""
        n = len(doc)
        if j >= n or doc[j].lower_ not in ("di", "ke", "dari"):
            return None
        a = j + 1
        while a < n and a - j <= 2 and doc[a].lower_ in PLACE_NOUNS:
            a += 1
        k = a
        while k < n and k - a < 5 and (doc[k].text[:1].isupper() or (doc[k].text in ("-", "al") and k > a)):
            k += 1
        for end in range(k, a, -1):
            hit = self._world.get(doc[a:end].text)
            if hit:
                return hit
        return None

    def _civilians_placed(self, doc, j: int) -> str | None:
        """Civilians placed abroad right after their role ("jemaah di Masjid Al-Aqsa", "jemaah yang sedang beribadah
        di kompleks Masjid Al-Aqsa"): the place's country."""
        n = len(doc)
        k = j
        if k < n and doc[k].lower_ == "yang":
            k += 1
            while k < min(n, j + 5) and doc[k].is_lower and doc[k].is_alpha and doc[k].lower_ not in ("di", "ke", "dari"):
                k += 1
        else:
            while k < min(n, j + 2) and doc[k].is_lower and doc[k].pos_ in ("NOUN", "ADJ") \
                    and doc[k].lower_ not in ("di", "ke", "dari"):
                k += 1
        return self._world_place_at(doc, k) if k < n and doc[k].lower_ == "di" else None

    def _name_at(self, doc, j: int) -> int:
        """End of a person name starting at token j (0-length when none). Two known people written
        side by side ("Retno Marsudi Blinken", a comma lost) are two names."""
        end = self._name_end(doc, j)
        if end - j >= 2:
            pe = self._match(doc, j, frozenset({"person"}))
            if pe is not None and j + len(pe.pattern) < end \
                    and self._match(doc, j + len(pe.pattern), frozenset({"person"})) is not None:
                return j + len(pe.pattern)
        return end

    def _inflected(self, tok) -> bool:
        """An affixed form of an ordinary word ("Bersua", "Dijadwalkan", "Temui"): a headline verb, no part of a name."""
        low = tok.lower_
        lemma = self.words.lemma(low)
        return lemma != low and len(lemma) >= 3 and self.words.known(low) and self.words.known(lemma)

    def _name_end(self, doc, j: int) -> int:
        n = len(doc)
        if j >= n:
            return j
        t = doc[j]
        if t.ent_type_ == "PER" and t.ent_iob_ == "B":
            if self._match(doc, j, frozenset({"country", "org", "role"})) is not None:
                return j  # "Densus 88", "Danramil" tagged as a person: an institution or a role, not a name
            k = j + 1
            while k < n and doc[k].ent_iob_ == "I" \
                    and self._match(doc, k, frozenset({"country", "org", "role"})) is None and not self._inflected(doc[k]):
                k += 1  # "Prabowo Subianto Bersua Presiden" tagged as one person: the name ends before the role
            return k
        k = j
        known = self.words.known
        while k < n and k - j < 5:
            tk = doc[k]
            nxt_tok = doc[k + 1] if k + 1 < n else None
            name_like = tk.is_alpha and tk.text[0].isupper() and not tk.is_upper and not (k > j and self._inflected(tk))
            if name_like and known(tk.lower_):
                # an ordinary word starts a name only before an unknown capitalised word ("Sri Mulyani")
                name_like = (nxt_tok is not None and nxt_tok.is_alpha and nxt_tok.text[:1].isupper()
                             and not known(nxt_tok.lower_)
                             and self._match(doc, k + 1, frozenset({"country", "org", "role"})) is None
                             # "PM Australia Bergilran Temui Jokowi": not before another person's name
                             and nxt_tok.ent_iob_ != "B"
                             and not (k > j and self._match(doc, k + 1, frozenset({"person"})) is not None))
            if name_like or (
                k > j and tk.lower_ in NAME_PARTICLES
            ) or (k > j and tk.text == "-" and k + 1 < n and doc[k + 1].text[:1].isupper()):
                if self._match(doc, k, frozenset({"country", "org", "role"})) is not None:
                    break
                k += 1
            else:
                break
        while k > j and doc[k - 1].lower_ in NAME_PARTICLES:
            k -= 1
        return k

    @staticmethod
    def _apposition_ok(doc, i: int, name_end: int) -> bool:
        """ "Role, Name" is an apposition unless the comma closes a fronted clause or phrase the role is in
        ("Setelah bertemu para utusan khusus, Jokowi ...", "Kepada prajuritnya, Andika ...") or the role is
        plural ("para utusan, X"): then the name starts the main clause. A name closed by a comma or a
        bracket ("Presiden Israel, Isaac Herzog, ...") is an apposition."""
        n = len(doc)
        if name_end >= n or not doc[name_end].is_lower or doc[name_end].is_sent_start:
            return True  # closed by punctuation, or followed by another name
        if i > 0 and doc[i - 1].lower_ in PLURAL_MARKERS:
            return False
        sent_start = doc[i].sent.start
        k = sent_start
        while k < i and (doc[k].is_punct or doc[k].lower_ in ("namun", "sementara", "itu", "lalu", "kemudian")):
            k += 1
        if k < i and doc[k].lower_ in FRONTED and not any(doc[x].text == "," for x in range(k + 1, i)):
            return False
        return True

    # -- the pass over a document -------------------------------------------------------------
    def find(
        self, doc, on: date | None = None, home: str = "IDN", _story: bool = False, infer_story: bool = True,
        _refugees: str | None = None,
    ) -> DocumentActors:
        out = DocumentActors()
        places: dict[str, int] = {}  # country -> places of it named after "di", "dari" (not actors)
        defaulted: set[int] = set()  # starts of role mentions whose country is the home default
        memory: dict[tuple[str, ...], tuple[str, str]] = {}  # name tokens -> (code, person)
        mem_first: dict[str, list[tuple[str, ...]]] = {}
        n = len(doc)

        def remember(start: int, end: int, code: str):
            toks = tuple(doc[k].text for k in range(start, end))
            if not toks:
                return
            person = " ".join(toks)
            keys = {toks, toks[-1:]}
            if len(toks) >= 2 and toks[0].lower() not in NAME_PARTICLES:
                keys.add(toks[:1])  # surname-first names: "Menlu Wang Yi" ... "Wang"
            for key in keys:
                if len(key) == 1 and self._match(doc, start if key == toks[:1] else end - 1,
                                                 frozenset({"country", "org", "role"})) is not None:
                    continue  # never remember a role or a country word ("Presiden") as a name
                if key[0][:1].isupper() and len(key[0]) > 2:
                    memory[key] = (code, person)
                    mem_first.setdefault(key[0], []).append(key)

        def add(m: ActorMention):
            span = doc[m.start:m.end]
            m.head = span.root.i if len(span) else m.start
            out.mentions.append(m)
            for k in range(m.start, m.end):
                out.by_token.setdefault(k, []).append(m)

        place_ends: set[int] = set()  # token indices right after a place ("di Damaskus")
        # places abroad that are no country ("di Masjid Al-Aqsa"): preposition index -> country
        world_marks = {k: c for k in range(n) if doc[k].lower_ == "di" and (c := self._world_place_at(doc, k))}
        role_country: dict[str, str] = {}  # role head word -> country it was last introduced with
        i = 0
        chain_start: int | None = None
        while i < n:
            tok = doc[i]
            low = tok.lower_
            # document memory of introduced names (longest first)
            mem_hit = None
            for key in sorted(mem_first.get(tok.text, ()), key=len, reverse=True):
                if i + len(key) <= n and all(doc[i + k].text == key[k] for k in range(len(key))):
                    mem_hit = key
                    break
            if low == "warga" and i + 1 < n and doc[i + 1].lower_ == "negaranya":
                # "AS mengimbau warga negaranya": the citizens of the state that speaks before them in the sentence
                own = next((m for m in reversed(out.mentions) if m.start >= tok.sent.start and m.code
                            and len(m.code) > 3 and m.code[:3] != "---"), None)
                country = own.code[:3] if own is not None else (home or "IDN")
                add(ActorMention(i, i + 2, country + "CVL", "role", doc[i:i + 2].text, rule="role:warga-negaranya"))
                i += 2
                continue
            e = None if low in PRONOUNS_SINGULAR else self._match(doc, i)
            if e is None or e.kind != "role":
                chain_start = None
            # a name as this text introduced it ("Menlu RI Retno Marsudi" ... "Retno") keeps that code, also
            # over the lexicon's tenure of the person
            if mem_hit and (e is None or len(mem_hit) >= len(e.pattern)):
                code, person = memory[mem_hit]
                add(ActorMention(i, i + len(mem_hit), code, "person", doc[i:i + len(mem_hit)].text,
                                 rule="coref:name", person=person))
                i += len(mem_hit)
                continue
            if e is None:
                if low in PRONOUNS_SINGULAR:
                    prev = salient_before(out, doc, i) if low in ("mereka", "pihaknya") else nearest_person(out, i, doc)
                    if low == "mereka" and prev is not None and self._is_object(doc, i):
                        prev = self._object_antecedent(doc, out, i)
                    if prev is None and low == "mereka" and self._is_object(doc, i):
                        out.unresolved_objects += 1
                    if prev is None and low == "mereka" and _refugees and self._is_object(doc, i):
                        # "warga menolak mereka untuk mendarat" with no one named before: in a story about one
                        # group of refugees, the people acted on are the refugees
                        prev = ActorMention(i, i + 1, compose(_refugees, "REF"), "role", tok.text,
                                            rule="story-refugees")
                    if prev is not None:
                        add(ActorMention(i, i + 1, prev.code, "pronoun", tok.text, rule=f"coref:{low}",
                                         person=prev.person))
                elif low in FIRST_PERSON:
                    add(ActorMention(i, i + 1, None, "first_person", tok.text, rule="first-person"))
                elif low in ("kedua", "keduanya") and (L2 := self._pair_length(doc, i)) \
                        and not (i > 0 and doc[i - 1].lower_ in PAIR_BLOCKERS) \
                        and not (low == "kedua" and i + L2 < len(doc) and doc[i + L2].is_alpha
                                 and doc[i + L2].text[:1].isupper()):
                    # not "kedua diplomat Kuba itu": a name right after the noun says whose two they are
                    pair = self._coordinated_pair(doc, out, i) or self._last_two_countries(out)
                    for code in pair:
                        add(ActorMention(i, i + L2, code, "pair", doc[i:i + L2].text, rule=f"coref:{low}"))
                    if pair:
                        i += L2
                        continue
                i += 1
                continue
            L = len(e.pattern)
            if e.kind == "role":
                if i > 0 and doc[i - 1].lower_ in ROLE_BLOCKERS:
                    i += L
                    continue
                j = i + L
                country, sector, rule = e.default_country, e.sector, f"role:{e.source}"
                building = i > 0 and doc[i - 1].lower_ in BUILDINGS
                nxt = self._match(doc, j, frozenset({"country", "org"})) if j < n else None
                if nxt is None and j < n and doc[j].text == "(":
                    # "Menteri Luar Negeri (Menlu) Amerika Serikat": the abbreviation in brackets is the same role
                    close = next((k for k in range(j + 1, min(n, j + 5)) if doc[k].text == ")"), None)
                    if close is not None and close + 1 < n:
                        after = self._match(doc, close + 1, frozenset({"country", "org"}))
                        if after is not None:
                            nxt, j = after, close + 1
                # "agen intelijen senior Rusia", "pejabat tinggi AS": up to two modifiers before the country
                k = j
                while nxt is None and k < min(n, j + 2) and doc[k].lower_ in ROLE_MODIFIERS and (
                        (doc[k].is_lower and doc[k].pos_ in ("ADJ", "NOUN"))
                        or (doc[k].is_title and doc[i].is_title)):  # "Wakil Perdana Menteri Pertama Rusia"
                    k += 1
                    nxt = self._match(doc, k, frozenset({"country", "org"})) if k < n else None
                    if nxt is not None:
                        j = k
                if nxt is not None:
                    country = nxt.country
                    sector = e.sector or nxt.sector
                    rule += f"+{nxt.kind}:{nxt.source}" + ("+building" if building else "")
                    j += len(nxt.pattern)
                    if j + 1 < n and doc[j].lower_ in ("untuk", "di") and self._match(doc, j + 1, frozenset({"country"})):
                        seat = self._match(doc, j + 1, frozenset({"country"}))
                        j += 1 + len(seat.pattern)
                        if doc[j - 1 - len(seat.pattern)].lower_ == "di" and seat.sector is not None:
                            place_ends.add(j)
                if nxt is None and j < n and self._match(doc, j, frozenset({"role"})) is not None:
                    # a chain of roles ("Juru Bicara Kementerian Luar Negeri Rusia"): one mention,
                    # coded by the last role and what follows it
                    if chain_start is None:
                        chain_start = i
                    i = j
                    continue
                if nxt is None and e.sector is None and not (
                        # "Petugas dari Indonesia", "pihak dari Malaysia": the officials sent by that state
                        not e.default_country and j + 1 < n and doc[j].lower_ == "dari"
                        and (there := self._match(doc, j + 1, frozenset({"country"}))) is not None
                        and there.sector is None and there.country not in NON_STATES):
                    chain_start = None
                    i += L  # "pihak", "Juru Bicara" with nothing to inherit from: not an actor by itself
                    continue
                at = j
                # "korban perang di Palestina", "warga sipil di Gaza": up to two common nouns before the place
                while nxt is None and not e.default_country and at < min(n, j + 2) and doc[at].is_lower \
                        and doc[at].pos_ in ("NOUN", "ADJ") and doc[at].lower_ not in ORIGIN_WORDS:
                    at += 1
                if at > j and at + 1 < n and doc[at].lower_ in ORIGIN_WORDS \
                        and (place := self._match(doc, at + 1, frozenset({"country"}))) is not None and place.sector is None:
                    j = at
                if nxt is None and not e.default_country and j + 1 < n and doc[j].lower_ in ORIGIN_WORDS:
                    there = self._match(doc, j + 1, frozenset({"country"}))
                    if there is not None and there.sector is None:
                        nxt = there
                        country, sector = there.country, e.sector or "GOV"
                        rule += f"+{doc[j].lower_}:{there.source}"
                        j += 1 + len(there.pattern)
                head_word = e.pattern[0].lower()
                if nxt is not None:
                    role_country[head_word] = nxt.country
                elif not e.default_country and head_word in role_country:
                    country = role_country[head_word]  # "Kedutaan" after "Kedutaan Besar Rusia"
                    rule += "+coref:role-country"
                elif not e.default_country and sector == "REF" and _refugees:
                    country = _refugees  # "para pengungsi" in a story about Rohingya refugees
                    rule += "+story-refugees"
                elif not e.default_country and sector == "CVL" and head_word in PRESENT_CIVILIANS and \
                        (abroad := self._civilians_placed(doc, j) or self._world_context(doc, out, i, world_marks)):
                    country = abroad  # "jemaah di Masjid Al-Aqsa", "... kekerasan di Masjid Al-Aqsa. ... jemaah terluka"
                    rule += "+world-place"
                elif not e.default_country:
                    ctx = self._context_country(doc, out, i)
                    if ctx is not None:  # "junta militer" in a story about Myanmar
                        country = ctx
                        rule += "+context-country"
                code = compose(country or home, sector)
                name_start = j + 1 if j < n and doc[j].text == "," and j + 1 < n and doc[j + 1].ent_type_ == "PER" else j
                name_end = self._name_at(doc, name_start)
                if name_start > j and name_end > name_start and not self._apposition_ok(
                        doc, chain_start if chain_start is not None else i, name_end):
                    name_start = name_end = j  # "Setelah bertemu para utusan, Jokowi menggelar ...": a new clause
                if name_end > name_start:
                    person_entry = self._match(doc, name_start, frozenset({"person"}))
                    if person_entry is None or name_start + len(person_entry.pattern) < name_end:
                        # "Menlu Mohamad Javad Zarif": a known surname ends the name
                        person_entry = next((pe for k in range(name_start + 1, name_end)
                                             if (pe := self._match(doc, k, frozenset({"person"}))) is not None
                                             and k + len(pe.pattern) == name_end), None)
                    if person_entry is not None:
                        known = self.lex.person_code(person_entry.person, on, sector)
                        # the role as introduced wins when it names a country; otherwise a known person
                        # keeps theirs ("Menlu Wang Yi" is China's, whatever "Menlu" alone defaults to)
                        if nxt is None and known:
                            # a role of the person's own country names the office held now, whatever the
                            # lexicon's dates say ("Menlu Sugiono" is government even where his tenure rows
                            # still have him in parliament)
                            if not (e.sector and e.default_country and code and code[:3] == known[:3]):
                                code = known
                            rule += f"+person:{person_entry.source}"
                    remember(name_start, name_end, code)
                    j = name_end
                first = chain_start if chain_start is not None else i
                chain_start = None
                if not country and "+person:" not in rule and code and code[:3] == (home or "")[:3]:
                    defaulted.add(first)
                add(ActorMention(first, j, code, "role", doc[first:j].text, rule=rule))
                i = j
                continue
            if e.kind == "person" and L == 1 and i > 0 and doc[i - 1].is_alpha and doc[i - 1].ent_type_ == "PER" \
                    and not doc[i - 1].is_sent_start and doc[i - 1].text not in (e.person or "").split() \
                    and self._match(doc, i - 1, frozenset({"role", "country", "org", "person"})) is None \
                    and not (out.mentions and out.mentions[-1].end == i):  # "Retno Marsudi Blinken": two names
                i += L  # "Sirojudin Abbas": another given name before a known surname is another person
                continue
            if e.kind == "person":
                code = self.lex.person_code(e.person, on)
                add(ActorMention(i, i + L, code, "person", doc[i:i + L].text, rule=f"person:{e.source}", person=e.person))
                memory[e.pattern] = (code, e.person)
                i += L
                continue
            # country or organisation
            prev = out.mentions[-1] if out.mentions else None
            if e.kind == "country" and ((i > 0 and doc[i - 1].lower_ in LOCATIVE) or (
                    prev is not None and prev.end == i and prev.kind == "org"
                    # "Palang Merah Mesir", "Bulan Sabit Merah Palestina": a national society, not the state
                    and (doc[prev.start].lower_ in MISSIONS or prev.code == "NGO"))
                    # "di Damaskus, Suriah": a city placed by its country
                    or (i > 1 and doc[i - 1].text == "," and (i - 1) in place_ends and e.sector is None)):
                if i > 0 and doc[i - 1].lower_ == "di" and e.sector is not None:
                    place_ends.add(i + L)
                if e.country:
                    places[e.country] = places.get(e.country, 0) + 1
                i += L  # a place, not an actor
                continue
            if e.kind == "country" and sport_sentence(doc[i].sent):
                i += L  # "Thailand ditahan Vietnam dalam laga pertamanya": a national team, not the state
                continue
            if e.kind == "org" and L == 1 and i >= 2 and doc[i - 1].text == "(" and i + 1 < n and doc[i + 1].text == ")" \
                    and (e.sector == "BUS" or compose(e.country, e.sector) == "MNC") \
                    and self._own_initials(doc, i) and not (prev is not None and prev.end == i - 1):
                # "diskotek Lee Garden (LG)": the initials of the local name before it, not the firm LG (firms only:
                # "Front Pembela Islam (FPI)" with an unknown long name is still FPI)
                i += L
                continue
            code = compose(e.country, e.sector)
            if e.sector == "MED" and i <= 2 and i + L < n and doc[i + L].text in (",", "-", "–", "—", "--", ":"):
                i += L  # an outlet opening the text is a dateline left in, not an actor
                place = self._match(doc, i + 1, frozenset({"country"})) if i + 1 < n else None
                if place is not None and place.sector and (i + 1 + len(place.pattern) >= n
                                                           or not doc[i + 1 + len(place.pattern)].is_lower):
                    i += 1 + len(place.pattern)  # and so is its city ("Liputan6.com, Jakarta Menteri ...")
                continue
            add(ActorMention(i, i + L, code, e.kind, doc[i:i + L].text, rule=f"{e.kind}:{e.source}"))
            i += L
        self._appositions(doc, out, remember, on)
        if infer_story and not _story and (home or "IDN") == "IDN":
            story = self._story_country(out, places, defaulted)
            if story is not None:  # a clearly foreign story: its roles and crowds are of that country
                return self.find(doc, on, story, _story=True)
        if _refugees is None:
            refugees = self._story_refugees(out, home)
            if refugees is not None:
                return self.find(doc, on, home, _story=True, _refugees=refugees)
        return out

    @staticmethod
    def _story_refugees(out: DocumentActors, home: str) -> str | None:
        """Refugees come from elsewhere: when the text names the refugees' country ("pengungsi Rohingya",
        "pengungsi Suriah") and only that one, its other refugees without a country are from there too
        (None when no refugee mention defaulted to the home country and no object "mereka" was left without an
        antecedent)."""
        named = {m.code[:3] for m in out.mentions if m.kind == "role" and m.code and m.code[3:] == "REF"
                 and m.code[:3] not in ((home or "IDN")[:3], "---") and "coref" not in m.rule}
        defaulted = [m for m in out.mentions if m.kind == "role" and m.code and m.code[3:] == "REF"
                     and m.code[:3] == (home or "IDN")[:3]]
        return named.pop() if len(named) == 1 and (defaulted or out.unresolved_objects) else None

    @staticmethod
    def _story_country(out: DocumentActors, places: dict[str, int], defaulted: set[int]) -> str | None:
        """The country of a clearly foreign story: nothing Indonesian named (actor or place), and one
        foreign country named (an actor named with it, not a role defaulted to home, or a place) at least twice and more
        often than any other."""
        count = dict(places)
        for m in out.mentions:
            if not m.code or len(m.code) < 3 or m.code[:3] in NON_STATES:
                continue
            if m.kind in ("country", "org", "person") or (m.kind == "role" and m.start not in defaulted
                                                          and "+" in m.rule):
                count[m.code[:3]] = count.get(m.code[:3], 0) + 1
        if count.get("IDN", 0) or not count:
            return None
        ranked = sorted(count.items(), key=lambda kv: -kv[1])
        top, n_top = ranked[0]
        if n_top < 2 or (len(ranked) > 1 and ranked[1][1] >= n_top):
            return None
        return top

    @staticmethod
    def _context_country(doc, out: DocumentActors, i: int) -> str | None:
        """The country of the nearest explicit country mention in this sentence or the previous one."""
        sent_start = doc[i].sent.start
        floor = doc[sent_start - 1].sent.start if sent_start > 0 else 0
        for m in reversed(out.mentions):
            if m.start < floor:
                break
            # a building named with its country ("gedung Konsulat Inggris") names that country as plainly
            explicit = m.kind == "country" or (m.kind == "role" and "+building" in m.rule and "+country:" in m.rule)
            if explicit and m.code and len(m.code) > 3 and m.code[:3] not in ("---",):
                return m.code[:3]
        return None

    @staticmethod
    def _world_context(doc, out: DocumentActors, i: int, world_marks: dict[int, str]) -> str | None:
        """Civilians with no country of their own, when the nearest place or country named before them (this sentence
        or the previous one) is a place abroad that is no country ("kekerasan di Masjid Al-Aqsa ... jemaah terluka"):
        that place's country."""
        sent_start = doc[i].sent.start
        floor = doc[sent_start - 1].sent.start if sent_start > 0 else 0
        marks = [k for k in world_marks if floor <= k < i]
        if not marks:
            return None
        k = max(marks)
        if any(m.kind == "country" and k < m.start < i and m.code and m.code[:3] != world_marks[k] for m in out.mentions):
            return None  # a country named after the place is nearer
        return world_marks[k]

    def _appositions(self, doc, out: DocumentActors, remember, on) -> None:
        """ "Sheikh X, Perdana Menteri Qatar, ..." : the name takes the role's code."""
        for ent in doc.ents:
            if ent.label_ != "PER" or ent.start in out.by_token:
                continue
            j = ent.end
            if j + 1 < len(doc) and doc[j].text == ",":
                for m in out.at(j + 1):
                    if m.kind == "role" and m.start == j + 1 and m.code:
                        mention = ActorMention(ent.start, ent.end, m.code, "person", ent.text, rule="apposition")
                        mention.head = ent.root.i
                        out.mentions.append(mention)
                        for k in range(ent.start, ent.end):
                            out.by_token.setdefault(k, []).append(mention)
                        break
        # "Media yang dikelola Partai Komunis China, Global Times, ...", "surat kabar itu, Haaretz, ...": a media
        # role named by no country of its own is the outlet named in apposition (its country, not the story's)
        for m in list(out.mentions):
            if m.kind != "role" or not m.code or m.code[3:] != "MED" or "+country:" in m.rule or "+org:" in m.rule \
                    or "+dari:" in m.rule or "+di:" in m.rule:
                continue
            sent_end = doc[m.start].sent.end
            k = m.end
            while k < min(sent_end, m.end + 8) and doc[k].text != ",":
                k += 1
            if k + 1 >= sent_end or doc[k].text != ",":
                continue
            outlet = next((o for o in out.at(k + 1) if o.start == k + 1 and o.kind == "org" and o.code
                           and o.code[3:] == "MED"), None)
            if outlet is not None and (outlet.end >= sent_end or doc[outlet.end].is_punct):
                m.code = outlet.code
                m.rule += f"+apposition:{outlet.rule}"
        out.mentions.sort(key=lambda m: m.start)

    @staticmethod
    def _own_initials(doc, i: int) -> bool:
        """The acronym at ``i`` (inside brackets) spells the initials of the words right before the bracket."""
        acro = doc[i].text.upper()
        k = len(acro)
        if not 2 <= k <= 6 or not acro.isalpha() or i - 1 - k < 0:
            return False
        words = [doc[j] for j in range(i - 1 - k, i - 1)]
        return all(w.is_alpha for w in words) and "".join(w.text[0] for w in words).upper() == acro

    @staticmethod
    def _pair_length(doc, i: int) -> int:
        """Length of "kedua negara", "kedua belah pihak", "kedua pemimpin (negara)", "keduanya" at ``i`` (0: none)."""
        if doc[i].lower_ == "keduanya":
            return 1
        for form in PAIR_NOUNS:
            L = len(form)
            if i + 1 + L <= len(doc) and all(doc[i + 1 + k].lower_ == form[k] for k in range(L)):
                return 1 + L
        return 0

    @staticmethod
    def _coordinated_pair(doc, out: DocumentActors, i: int) -> list[str]:
        """The latest two state or armed parties named together before ``i`` ("Israel dan Hamas", "antara
        AS dengan China"): the two parties a later "kedua pihak" most likely means."""
        ms = [m for m in out.mentions if m.end <= i and m.code and m.code[:3] not in NON_STATES
              and m.kind in ("country", "role", "person", "org") and m.code[3:] not in PAIR_EXCLUDED_SECTORS]
        for a, b in zip(reversed(ms[:-1]), reversed(ms[1:])):
            if b.start - a.end == 1 and doc[a.end].lower_ in PAIR_LINKS and a.code[:3] != b.code[:3] \
                    and doc[a.start].sent.start == doc[b.start].sent.start:
                return [m.code if m.kind != "country" else m.code[:3] + "GOV" for m in (a, b)]
        return []

    @staticmethod
    def _is_object(doc, i: int) -> bool:
        """ "menolak mereka", "memindahkan mereka": the pronoun is the object of the verb before it."""
        return i > 0 and doc[i - 1].pos_ == "VERB" and doc[i - 1].is_lower and doc[i - 1].lower_.startswith("me") \
            and doc[i - 1].lower_ not in REPORT_VERBS

    @staticmethod
    def _object_antecedent(doc, out: DocumentActors, i: int) -> ActorMention | None:
        """An object pronoun never means its clause's subject ("warga menolak mereka", "meminta UNHCR memindahkan
        mereka"): the latest other actor before it (this sentence or the two before), never the sentence's subject or
        the actor right before the verb, nor an outlet."""
        sent = doc[i].sent
        floor = sent.start
        for _ in range(2):
            if floor > 0:
                floor = doc[floor - 1].sent.start
        own = [m for m in out.mentions if sent.start <= m.start < i and m.code]
        excluded = set()
        if own:
            excluded.add(own[0].code)
            if own[-1].end == i - 1:
                excluded.add(own[-1].code)
        for m in reversed(out.mentions):
            if m.start >= i or not m.code:
                continue
            if m.start < floor:
                break
            if m.kind in ("person", "role", "pronoun") and m.code not in excluded and m.code[3:] != "MED":
                return m
        return None

    @staticmethod
    def _last_two_countries(out: DocumentActors) -> list[str]:
        # the two most salient parties so far: most mentioned, the latest first among equals
        count: dict[str, int] = {}
        last: dict[str, int] = {}
        for n, m in enumerate(out.mentions):
            if m.code and m.kind in ("country", "role", "person", "org") \
                    and m.code[3:] not in PAIR_EXCLUDED_SECTORS and m.code[:3] != "---":
                count[m.code[:3]] = count.get(m.code[:3], 0) + 1
                last[m.code[:3]] = n
        seen = sorted(count, key=lambda c: (-count[c], -last[c]))[:2]
        codes = []
        for c3 in reversed(seen):
            for m in reversed(out.mentions):
                if m.code and m.code[:3] == c3 and m.code[3:] not in PAIR_EXCLUDED_SECTORS:
                    codes.append(m.code if m.kind != "country" else c3 + "GOV")
                    break
        return codes if len(codes) == 2 else []


def salient_before(out: DocumentActors, doc, i: int | None) -> ActorMention | None:
    """The antecedent of "ia", "-nya", "beliau": the latest singular actor (person or role) before
    ``i``, preferring the first such actor of its sentence: Indonesian puts the subject first."""
    last = None
    for m in reversed(out.mentions):
        if (i is None or m.start < i) and m.kind in ("person", "role", "pronoun") and m.code:
            last = m
            break
    if last is None or doc is None:
        return last
    sent = doc[last.start].sent
    for m in out.mentions:
        if m.start >= sent.start and m.kind in ("person", "role", "pronoun") and m.code:
            return m if m.start <= last.start else last
    return last


def nearest_person(out: DocumentActors, i: int, doc=None) -> ActorMention | None:
    """The antecedent of "ia", "dia", "beliau": the nearest person (or a role naming one) before ``i``; with ``doc``,
    the first such of that sentence when the pronoun is in a later sentence (the subject: Indonesian puts it first)."""
    def ok(m):
        return m.code and (m.kind == "person" or (m.kind == "role" and m.person is None and m.end - m.start >= 2))
    last = next((m for m in reversed(out.mentions) if m.start < i and ok(m)), None)
    if last is None or doc is None or doc[last.start].sent.start == doc[i].sent.start:
        return last
    sent = doc[last.start].sent
    return next((m for m in out.mentions if sent.start <= m.start <= last.start and ok(m)), last)
