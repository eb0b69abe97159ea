"""The HTTP API against a real uvicorn server on localhost, over a real store file.

The store is coded from a few short texts written for these tests: two outlets
report the same meeting of two foreign ministers, China denies a violation, and
students protest.  schemathesis then fuzzes every operation of the served
OpenAPI spec (bounded examples) and checks for server errors and conformance.
"""

from __future__ import annotations

import json
import re
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from peristiwa.api import create_app
from servers import serve
from peristiwa.records import Document, EventRecord
from peristiwa.store.db import Store, coded_document
from peristiwa.store.ingest import ingest

MEETING_A = (
    "JAKARTA - Menteri Luar Negeri Indonesia Sugiono bertemu dengan Menteri Luar Negeri Jepang Takeshi Iwaya "
    "di Jakarta pada Senin (10/2/2025). Kedua menteri membahas kerja sama perdagangan dan keamanan maritim."
)
MEETING_B = (
    "Menlu Sugiono bertemu dengan Menteri Luar Negeri Jepang Takeshi Iwaya di Jakarta, Senin (10/2/2025). "
    "Pertemuan itu berlangsung tertutup."
)
DENIAL = (
    "Kementerian Luar Negeri China membantah tuduhan bahwa kapal China melanggar wilayah Filipina. "
    '"Kami tidak pernah melanggar wilayah negara mana pun," kata juru bicara Kementerian Luar Negeri China '
    "di Beijing, Rabu (12/2/2025)."
)
PROTEST = (
    "Ribuan mahasiswa berunjuk rasa di depan gedung DPR di Jakarta pada Jumat (14/2/2025). Para mahasiswa "
    "memprotes kebijakan pemerintah Indonesia tentang pemotongan anggaran pendidikan."
)
# Coded by hand, not by the pipeline (whose rules change): a denial and the negated event it
# denies, reported in one sentence, so the claims ledger has a denier whatever the coder does.
HAND = "Juru bicara Kementerian Luar Negeri China membantah bahwa kapal China melanggar wilayah Filipina."
DOCS = [
    Document(id="a1", text=MEETING_A, date="2025-02-10", source="kabarsatu.id", url="https://kabarsatu.id/berita/1", origin="t"),
    Document(id="b1", text=MEETING_B, date="2025-02-10", source="warta-dua.com", url="https://warta-dua.com/n/2", origin="t"),
    Document(id="c1", text=DENIAL, date="2025-02-12", source="kabarsatu.id", origin="t"),
    Document(id="d1", text=PROTEST, date="2025-02-14", source="warta-dua.com", origin="t"),
]
RECORD_KEYS = set(
    EventRecord("d", "e", 0, "s", 0, 1, "t", "040", "04", 1, 1.0, None, None, None, False, None, None, None, None, "r").to_dict()
)


def _hand_coded():
    from peristiwa.records import ActorRef

    def span(word: str) -> tuple[int, int]:
        i = HAND.index(word)
        return i, i + len(word)

    speaker = ActorRef("CHNGOV", "Juru bicara Kementerian Luar Negeri China", *span("Juru bicara Kementerian Luar Negeri China"))
    ship = ActorRef("CHNMIL", "kapal China", *span("kapal China"))
    phl = ActorRef("PHL", "Filipina", *span("Filipina"))
    deny = EventRecord("e1", "hand-016", 0, HAND, *span("membantah"), "membantah", "016", "01", 1, -2.0, None,
                       speaker, None, False, None, "2025-02-13", None, None, "hand", label="Deny responsibility")
    violate = EventRecord("e1", "hand-128", 0, HAND, *span("melanggar"), "melanggar", "128", "12", 3, -5.0, None,
                          ship, phl, True, ActorRef("CHNGOV", speaker.text), "2025-02-13", None, None, "hand",
                          label="Defy norms, law")
    doc = Document(id="e1", text=HAND, date="2025-02-13", source="kabarsatu.id", origin="t")
    return coded_document(doc, [deny, violate], 1)


@pytest.fixture(scope="module")
def store_path(tmp_path_factory, pipeline) -> Path:
    path = tmp_path_factory.mktemp("api") / "events.duckdb"
    with Store.open(path) as st:
        st.write_batch([_hand_coded()])
        ingest(DOCS, st, pipeline=pipeline)
    return path


@pytest.fixture(scope="module")
def base(store_path, pipeline):
    url, stop = serve(create_app(store_path, pipeline=pipeline))
    yield url
    stop()


@pytest.fixture(scope="module")
def client(base):
    with httpx.Client(base_url=base, timeout=60) as c:
        yield c


@pytest.fixture(scope="module")
def all_events(client):
    r = client.get("/v1/events", params={"limit": 1000})
    assert r.status_code == 200
    return r.json()["items"]


def _meeting(events):
    found = [e for e in events if e["code"] == "040" and {e["source_code"], e["target_code"]} == {"IDNGOV", "JPNGOV"}]
    assert len(found) == 1, events
    return found[0]


def _error(r, status: int) -> str:
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/json")
    body = r.json()
    assert body["error"]["status"] == status
    assert body["error"]["message"]
    return body["error"]["message"]


# -- store endpoints --------------------------------------------------------------------


def test_health_counts_the_store(client, all_events):
    h = client.get("/v1/health").json()
    assert h["status"] == "ok"
    assert h["documents"] == len(DOCS) + 1
    assert h["events"] == len(all_events) > 0
    assert h["store"]["available"] is True


def test_events_page_shape_and_pagination(client, all_events):
    r = client.get("/v1/events", params={"limit": 2, "offset": 1})
    body = r.json()
    assert r.status_code == 200 and body["limit"] == 2 and body["offset"] == 1
    assert body["total"] == len(all_events)
    assert [e["event_id"] for e in body["items"]] == [e["event_id"] for e in all_events[1:3]]
    pages = [client.get("/v1/events", params={"limit": 3, "offset": o}).json()["items"] for o in range(0, len(all_events), 3)]
    ids = [e["event_id"] for p in pages for e in p]
    assert len(ids) == len(set(ids)) == len(all_events)
    past_end = client.get("/v1/events", params={"offset": 10_000}).json()
    assert past_end["items"] == [] and past_end["total"] == len(all_events)


def test_events_orders(client, all_events):
    dates = [e["date"] for e in client.get("/v1/events", params={"order": "date_asc"}).json()["items"]]
    assert dates == sorted(dates)
    dates = [e["date"] for e in client.get("/v1/events", params={"order": "date"}).json()["items"]]
    assert dates == sorted(dates, reverse=True)
    g = [e["goldstein"] for e in client.get("/v1/events", params={"order": "goldstein"}).json()["items"]]
    assert g == sorted(g)
    m = client.get("/v1/events", params={"order": "mentions"}).json()["items"]
    assert m[0]["num_mentions"] == max(e["num_mentions"] for e in all_events)
    _error(client.get("/v1/events", params={"order": "random"}), 422)


def test_two_outlets_reporting_one_meeting_make_one_event(all_events):
    meeting = _meeting(all_events)
    assert meeting["num_mentions"] == 2 and meeting["num_sources"] == 2
    assert meeting["date"] == "2025-02-10"


def test_filters_narrow_the_events(client, all_events):
    def ids(**params):
        r = client.get("/v1/events", params={"limit": 1000, **params})
        assert r.status_code == 200, r.text
        return {e["event_id"] for e in r.json()["items"]}

    everything = {e["event_id"] for e in all_events}
    jpn = ids(actor="JPN")
    assert jpn and jpn < everything
    assert all("JPN" in (e["source_code"] or "") + (e["target_code"] or "") for e in all_events if e["event_id"] in jpn)
    assert ids(country="JPN") == jpn
    # repeated and comma-separated values mean the same
    either = ids(country=["JPN", "CHN"])
    assert either == ids(country="JPN,CHN") == jpn | ids(country="CHN") and either > jpn
    # several actors: events that involve all of them
    assert ids(actor=["IDN", "JPN"]) == ids(actor="IDN,JPN") == jpn
    assert ids(actor="JPN,CHN") == set()
    assert ids(dyad="IDNGOV:JPNGOV") == ids(dyad="JPN:IDN")  # a meeting is mutual: either order
    assert ids(code="040") >= {_meeting(all_events)["event_id"]}
    assert ids(root="04") == {e["event_id"] for e in all_events if e["root_code"] == "04"}
    assert ids(quad_class="3,4") == {e["event_id"] for e in all_events if e["quad_class"] in (3, 4)}
    negated = ids(negated="true")
    assert negated and negated == {e["event_id"] for e in all_events if e["negated"]}
    assert ids(negated="false") == everything - negated
    assert ids(date_from="2025-02-12", date_to="2025-02-12") == {e["event_id"] for e in all_events if e["date"] == "2025-02-12"}
    assert ids(date_from="2025-02") == everything
    assert ids(date_to="2024") == set()
    student = ids(text="MAHASISWA")
    assert student and all("mahasiswa" in e["sentence"].lower() for e in all_events if e["event_id"] in student)
    # the meeting was reported by both outlets; the protest only by warta-dua.com
    assert _meeting(all_events)["event_id"] in ids(outlet="kabarsatu.id") & ids(outlet="warta-dua.com")
    assert student <= ids(outlet="warta-dua.com") and not student & ids(outlet="kabarsatu.id")
    assert ids(outlet="KABARSATU.ID,warta-dua.com") == everything


def test_event_detail_mentions_offsets_and_ledger(client, all_events):
    meeting = _meeting(all_events)
    r = client.get(f"/v1/events/{meeting['event_id']}")
    assert r.status_code == 200
    event = r.json()
    assert event["event_id"] == meeting["event_id"]
    assert {m["doc_id"] for m in event["mentions"]} == {"a1", "b1"}
    texts = {d.id: d.text for d in DOCS} | {"e1": HAND}
    for m in event["mentions"]:
        text = texts[m["doc_id"]]
        assert text[m["start"] : m["end"]] == m["trigger"] == "bertemu"
        assert text[m["sentence_start"] : m["sentence_start"] + len(m["sentence"])] == m["sentence"]
        assert text[m["source_start"] : m["source_end"]] == m["source_text"]
        assert text[m["target_start"] : m["target_end"]] == m["target_text"]
    ledger = event["ledger"]
    assert set(ledger["asserted_by"]) == {"kabarsatu.id", "warta-dua.com"} and ledger["denied_by"] == []
    assert len(ledger["claims"]) == 2 and all(c["stance"] == "asserts" for c in ledger["claims"])
    assert event["related_events"] == []


def test_denied_event_has_the_denier_in_its_ledger(client, all_events):
    denied = [e for e in all_events if e["negated"] and e["first_doc_id"] == "e1"]
    assert len(denied) == 1
    event = client.get(f"/v1/events/{denied[0]['event_id']}").json()
    assert event["ledger"]["denied_by"] == ["CHNGOV"]
    claim = event["ledger"]["claims"][0]
    assert claim["stance"] == "denies" and claim["second_hand"] and claim["reported_in"] == "kabarsatu.id"
    m = event["mentions"][0]
    assert HAND[m["start"] : m["end"]] == "melanggar" and HAND[m["target_start"] : m["target_end"]] == "Filipina"


def test_unknown_event_is_404(client):
    assert "no event" in _error(client.get("/v1/events/0000000000000000"), 404)


def test_actors_dyads_outlets_stats(client, all_events):
    actors = client.get("/v1/actors", params={"limit": 100}).json()["items"]
    codes = {a["code"] for a in actors}
    assert {"IDNGOV", "JPNGOV", "CHNGOV"} <= codes
    jp = next(a for a in actors if a["code"] == "JPNGOV")
    assert jp["country"] == "JPN" and jp["events"] >= 1
    assert len(client.get("/v1/actors", params={"limit": 1}).json()["items"]) == 1
    only_chn = client.get("/v1/actors", params={"actor": "CHN"}).json()["items"]
    assert only_chn and "JPNGOV" not in {a["code"] for a in only_chn}

    dyads = client.get("/v1/dyads", params={"level": "country"}).json()["items"]
    assert any({d["source"], d["target"]} == {"IDN", "JPN"} for d in dyads)
    assert all(len(d["source"]) == 3 for d in dyads)
    actor_dyads = client.get("/v1/dyads").json()["items"]
    assert any({d["source"], d["target"]} == {"IDNGOV", "JPNGOV"} for d in actor_dyads)
    _error(client.get("/v1/dyads", params={"level": "planet"}), 422)

    outlets = {o["outlet"]: o for o in client.get("/v1/outlets").json()["items"]}
    assert set(outlets) == {"kabarsatu.id", "warta-dua.com"}
    assert outlets["kabarsatu.id"]["documents"] == 3 and outlets["kabarsatu.id"]["mentions"] > 0

    s = client.get("/v1/stats", params={"interval": "day", "top": 3}).json()
    assert s["interval"] == "day" and s["totals"]["events"] == len(all_events)
    assert {t["period"] for t in s["timeline_quad_class"]} == {e["date"] for e in all_events}
    assert sum(t["events"] for t in s["timeline_root"]) == len(all_events)
    assert len(s["top_dyads"]) <= 3
    filtered = client.get("/v1/stats", params={"root": "04", "interval": "year"}).json()
    assert [r["root_code"] for r in filtered["by_root"]] == ["04"]
    _error(client.get("/v1/stats", params={"interval": "hour"}), 422)


def test_bad_filters_are_422_json(client):
    for params in (
        {"actor": "@@"},
        {"actor": "USA' OR 1=1 --"},
        {"limit": 0},
        {"limit": 1001},
        {"offset": -1},
        {"date_from": "tomorrow"},
        {"date_from": "2025-13-40"},
        {"date_from": "2025-03-01", "date_to": "2025-01-01"},
        {"quad_class": "5"},
        {"negated": "perhaps"},
        {"dyad": "USA"},
    ):
        _error(client.get("/v1/events", params=params), 422)
    assert "date_from" in _error(client.get("/v1/events", params={"date_from": "2025-13-40"}), 422)


def test_sql_injection_looking_values_are_only_data(client, all_events):
    for params in (
        {"text": "' OR 1=1; DROP TABLE events; --"},
        {"text": "%"},
        {"text": "_"},
        {"outlet": "x' OR '1'='1"},
        {"outlet": "kabarsatu.id'); DELETE FROM mentions; --"},
    ):
        r = client.get("/v1/events", params=params)
        assert r.status_code == 200, (params, r.text)
        assert r.json()["total"] == 0, params
    assert client.get("/v1/events/' OR '1'='1").status_code == 404
    assert client.get("/v1/health").json()["events"] == len(all_events)


def test_unknown_paths_and_methods_are_json(client):
    _error(client.get("/v1/nothing"), 404)
    r = client.delete("/v1/events")
    _error(r, 405)
    assert r.headers["allow"] == "GET"
    _error(client.get("/v1/code"), 405)


def test_concurrent_reads(client, all_events, base):
    def get(i):
        with httpx.Client(base_url=base, timeout=30) as c:
            return c.get("/v1/events", params={"limit": 1000, "order": ["date", "mentions"][i % 2]}).json()["total"]

    with ThreadPoolExecutor(8) as pool:
        assert list(pool.map(get, range(24))) == [len(all_events)] * 24


# -- POST /v1/code --------------------------------------------------------------------


def test_code_an_article(client):
    r = client.post("/v1/code", json={"text": MEETING_A, "date": "2025-02-10", "source": "kabarsatu.id", "id": "mine"})
    assert r.status_code == 200
    body = r.json()
    assert body["doc_id"] == "mine" and body["skipped"] is None
    assert body["events"] and all(set(e) == RECORD_KEYS for e in body["events"])
    meeting = next(e for e in body["events"] if e["code"] == "040")
    assert meeting["source"]["code"] == "IDNGOV" and meeting["target"]["code"] == "JPNGOV"
    assert MEETING_A[meeting["start"] : meeting["end"]] == meeting["trigger"]
    assert meeting["doc_id"] == "mine" and meeting["date"] == "2025-02-10"
    # without an id the document gets a stable one
    a = client.post("/v1/code", json={"text": PROTEST}).json()
    b = client.post("/v1/code", json={"text": PROTEST}).json()
    assert a["doc_id"] == b["doc_id"] and a == b


def test_code_returns_markup_as_data(client):
    text = "<script>alert('x')</script> " + MEETING_B + ' <img src=x onerror="alert(1)">'
    r = client.post("/v1/code", json={"text": text})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/json")
    assert r.headers["x-content-type-options"] == "nosniff"
    body = json.loads(r.text)
    assert any("<script>" in e["sentence"] or "<img" in e["sentence"] for e in body["events"])


def test_code_reports_skipped_input(client):
    r = client.post("/v1/code", json={"text": "The minister met his counterpart in London on Monday to discuss trade and security."})
    body = r.json()
    assert r.status_code == 200 and body["events"] == []
    assert body["skipped"]["stage"] and body["skipped"]["reason"]


def test_code_validation(client):
    _error(client.post("/v1/code", json={}), 422)
    _error(client.post("/v1/code", json={"text": ""}), 422)
    _error(client.post("/v1/code", json={"text": "x", "date": "2025-02-30"}), 422)
    _error(client.post("/v1/code", json={"text": "x", "colour": "red"}), 422)
    _error(client.post("/v1/code", content=b"{not json", headers={"content-type": "application/json"}), 422)


def test_code_body_limit(client, base):
    big = {"text": "Presiden bertemu menteri. " * 45_000}  # ~1.2 MB
    # the server closes the connection after a 413: each refused request on a connection of its own
    with httpx.Client(base_url=base, timeout=60) as c:
        r = c.post("/v1/code", json=big)
    assert "too large" in _error(r, 413) and r.headers["connection"] == "close"

    def chunks():  # no Content-Length: chunked transfer encoding
        yield b'{"text": "'
        for _ in range(120):
            yield b"a" * 10_000
        yield b'"}'

    with httpx.Client(base_url=base, timeout=60) as c:
        _error(c.post("/v1/code", content=chunks(), headers={"content-type": "application/json"}), 413)
    assert client.post("/v1/code", json={"text": MEETING_B}).status_code == 200  # the server is still fine


def test_concurrent_coding_is_serialised_and_correct(client, base):
    texts = [MEETING_A, MEETING_B, DENIAL, PROTEST]
    expected = [client.post("/v1/code", json={"text": t}).json() for t in texts]

    def code(i):
        with httpx.Client(base_url=base, timeout=60) as c:
            return c.post("/v1/code", json={"text": texts[i % 4]}).json()

    with ThreadPoolExecutor(8) as pool:
        got = list(pool.map(code, range(8)))
    assert got == [expected[i % 4] for i in range(8)]


# -- docs, dashboard, no store -------------------------------------------------------------


def test_docs_work_offline(client):
    r = client.get("/docs")
    assert r.status_code == 200 and "text/html" in r.headers["content-type"]
    urls = re.findall(r'(?:src|href)="([^"]+)"', r.text)
    assert urls and all(u.startswith("/") for u in urls), urls
    assert "cdn" not in r.text.lower()
    for u in urls:
        asset = client.get(u)
        assert asset.status_code == 200 and len(asset.content) > 500, u
    spec = client.get("/openapi.json").json()
    assert {"/v1/code", "/v1/events", "/v1/events/{event_id}", "/v1/actors", "/v1/dyads", "/v1/stats", "/v1/outlets", "/v1/health"} <= set(spec["paths"])


def test_dashboard_root_and_static(client):
    r = client.get("/")
    assert r.status_code == 200 and "text/html" in r.headers["content-type"]
    _error(client.get("/static/no-such-file.js"), 404)


@pytest.fixture(scope="module")
def bare(tmp_path_factory, pipeline):
    """A server without a store and without a dashboard folder."""
    d = tmp_path_factory.mktemp("bare")
    url, stop = serve(create_app(d / "missing.duckdb", pipeline=pipeline, static_dir=d / "no-static"))
    with httpx.Client(base_url=url, timeout=60) as c:
        yield c
    stop()


def test_without_a_store(bare):
    h = bare.get("/v1/health").json()
    assert h["status"] == "ok" and h["events"] == 0 and h["store"]["available"] is False
    for path in ("/v1/events", "/v1/events/abc", "/v1/actors", "/v1/dyads", "/v1/stats", "/v1/outlets"):
        assert "no event store" in _error(bare.get(path), 503), path
    r = bare.post("/v1/code", json={"text": MEETING_B})
    assert r.status_code == 200 and r.json()["events"]
    # no dashboard folder: the root page still answers, static files are 404
    assert bare.get("/").status_code == 200
    _error(bare.get("/static/app.js"), 404)


def test_a_store_created_later_is_picked_up(tmp_path, pipeline, store_path):
    path = tmp_path / "later.duckdb"
    url, stop = serve(create_app(path, pipeline=pipeline))
    try:
        with httpx.Client(base_url=url, timeout=30) as c:
            _error(c.get("/v1/events"), 503)
            path.write_bytes(store_path.read_bytes())
            assert c.get("/v1/events").json()["total"] > 0
    finally:
        stop()


# -- schemathesis -------------------------------------------------------------------------


def test_openapi_fuzz_no_server_errors_and_conformance(base):
    """Every operation of the served spec, with generated (valid and invalid) inputs."""
    import schemathesis
    from schemathesis import GenerationMode
    from hypothesis import HealthCheck, given, settings
    from hypothesis.errors import Unsatisfiable
    from schemathesis.specs.openapi.checks import (
        content_type_conformance,
        response_schema_conformance,
        status_code_conformance,
    )
    from schemathesis.checks import not_a_server_error

    schema = schemathesis.openapi.from_url(f"{base}/openapi.json")
    checks = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
    seen, statuses = [], set()
    for result in schema.get_all_operations():
        op = result.ok()
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            # coding runs the model: fewer examples there
            n = (6 if op.method.upper() == "POST" else 15) if mode is GenerationMode.POSITIVE else 6

            @settings(max_examples=n, deadline=None, database=None, derandomize=True, suppress_health_check=list(HealthCheck))
            @given(case=op.as_strategy(generation_mode=mode))
            def run(case):
                response = case.call(base_url=base, timeout=60)
                statuses.add(response.status_code)
                case.validate_response(response, checks=checks)

            try:
                run()
            except Unsatisfiable:  # no parameters and no body: nothing invalid to send
                assert mode is GenerationMode.NEGATIVE and op.path in ("/v1/outlets", "/v1/health"), op.path
        seen.append(f"{op.method.upper()} {op.path}")
    assert len(seen) == 8, seen
    assert {200, 404, 422} <= statuses and not any(s >= 500 for s in statuses)
