"""The dashboard in a real browser: Debian's headless Chromium driven by Playwright, against a
real uvicorn server (``peristiwa.api.create_app``) over a real store coded from a few short
Indonesian news texts written for these tests.

Playwright never downloads a browser here: it launches ``/usr/bin/chromium`` (``.ci/run``
installs Debian's ``chromium`` package when it is missing).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
import urllib.parse
import urllib.request
from urllib.parse import urlparse

import pytest

CHROMIUM = os.environ.get("PERISTIWA_CHROMIUM", "/usr/bin/chromium")
if not Path(CHROMIUM).exists():
    pytest.skip(
        f"no Chromium at {CHROMIUM}: install Debian's chromium package (apt-get install chromium) to run the browser tests",
        allow_module_level=True,
    )

from playwright.sync_api import expect, sync_playwright  # noqa: E402

from peristiwa.api import create_app  # noqa: E402
from servers import serve  # noqa: E402
from peristiwa.records import Document  # noqa: E402
from peristiwa.store.db import Store
from peristiwa.store.ingest import ingest  # noqa: E402

CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip

# A newspaper reports a meeting of two foreign ministers; the other country's spokesperson denies it.
TALKS = (
    "KUALA LUMPUR - Menteri Luar Negeri Indonesia Retno Marsudi bertemu dengan Menteri Luar Negeri Malaysia "
    "Zambry Abdul Kadir di Kuala Lumpur pada Senin (11/3/2024). Kedua menteri membahas perbatasan laut."
)
DENIAL = (
    "Juru bicara Kementerian Luar Negeri Malaysia membantah bahwa Menlu Malaysia bertemu dengan Menlu Indonesia "
    "pada Senin (11/3/2024)."
)
ARREST = (
    "Polisi menangkap lima demonstran di Bandung, Selasa (2/4/2024). Para demonstran memprotes kenaikan harga "
    "bahan bakar."
)
CONDEMN = "Presiden Joko Widodo mengecam serangan Israel di Gaza, Senin (20/5/2024)."
AID = (
    "Pemerintah Jepang memberikan bantuan kemanusiaan kepada Indonesia untuk korban banjir di Sumatera Barat, "
    "Rabu (5/6/2024)."
)
SCRIPT = "<script>window.__xss = 1</script>"
IMG = '<img src=x onerror="window.__xss = 2">'
MARKUP = f"Polisi menahan dua orang {SCRIPT} di Surabaya {IMG}, Jumat (7/6/2024)."

DOCS = [
    Document(id="talks", text=TALKS, date="2024-03-11", source="harian-satu.example", url="https://harian-satu.example/berita/1", origin="t"),
    Document(id="denial", text=DENIAL, date="2024-03-12", source="kabar-dua.example", url="https://kabar-dua.example/berita/2", origin="t"),
    Document(id="arrest", text=ARREST, date="2024-04-02", source="harian-satu.example", origin="t"),
    Document(id="condemn", text=CONDEMN, date="2024-05-20", source="kabar-dua.example", origin="t"),
    Document(id="aid", text=AID, date="2024-06-05", source="harian-satu.example", origin="t"),
    Document(id="markup", text=MARKUP, date="2024-06-07", source="harian-satu.example", url="javascript:window.__xss=3", origin="t"),
]

PASTED = (
    "TOKYO - Presiden Prabowo Subianto bertemu dengan Perdana Menteri Jepang Shigeru Ishiba di Tokyo pada "
    "Kamis (9/1/2025). Kedua pemimpin membahas kerja sama energi."
)


# -- server -------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def store_path(tmp_path_factory, pipeline) -> Path:
    path = tmp_path_factory.mktemp("dashboard") / "events.duckdb"
    with Store.open(path) as st:
        ingest(DOCS, st, pipeline=pipeline)
    return path


@pytest.fixture(scope="module")
def base(store_path, pipeline):
    url, stop = serve(create_app(store_path, pipeline=pipeline))
    yield url
    stop()


@pytest.fixture(scope="module")
def api(base):
    def get(path: str, **params):
        with urllib.request.urlopen(f"{base}{path}?{urllib.parse.urlencode(params)}", timeout=60) as r:
            return json.load(r)

    return get


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


class Page:
    """A fresh page that records console errors, uncaught exceptions and every requested URL."""

    def __init__(self, browser, base: str, **context_options):
        self.context = browser.new_context(viewport={"width": 1400, "height": 1000}, **context_options)
        self.page = self.context.new_page()
        self.page.set_default_timeout(20_000)
        self.base = base
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.page.on("console", lambda m: self.errors.append(f"console.{m.type}: {m.text}") if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(f"uncaught: {e}"))
        self.page.on("request", lambda r: self.requests.append(r.url))

    def open(self, hash_: str = "#/"):
        self.page.goto(self.base + "/" + hash_)
        self.loaded()
        return self.page

    def loaded(self):
        self.page.wait_for_selector("body[data-loading=false]", state="attached")

    def close(self):
        self.context.close()


@pytest.fixture()
def ui(browser, base):
    pages: list[Page] = []

    def make(**context_options) -> Page:
        p = Page(browser, base, **context_options)
        pages.append(p)
        return p

    yield make
    for p in pages:
        p.close()


def timeline_counts(page) -> dict[str, int]:
    """Events per series of the timeline chart, read from the ECharts instance."""
    return page.evaluate(
        """() => {
            const chart = echarts.getInstanceByDom(document.getElementById('timeline'));
            const out = {};
            for (const s of chart.getOption().series)
                if (s.type === 'bar') out[s.name] = s.data.reduce((a, b) => a + (b || 0), 0);
            return out;
        }"""
    )


def table_ids(page) -> list[str]:
    return page.eval_on_selector_all("#events-body tr[data-event-id]", "rows => rows.map(r => r.dataset.eventId)")


def wait_table(page, ids: list[str]):
    page.wait_for_function(
        "ids => { const r = [...document.querySelectorAll('#events-body tr[data-event-id]')].map(x => x.dataset.eventId);"
        " return document.body.dataset.loading === 'false' && JSON.stringify(r) === JSON.stringify(ids); }",
        arg=ids,
    )


def the_meeting(api) -> dict:
    items = api("/v1/events", dyad="IDN:MYS", root="04", negated="false")["items"]
    meeting = [e for e in items if e["code"] == "040"]
    assert len(meeting) == 1, items
    return meeting[0]


# -- tests --------------------------------------------------------------------------------------


def test_dashboard_loads_offline_without_errors(ui, api):
    p = ui()
    page = p.open()
    everything = api("/v1/events", limit=100)
    assert everything["total"] >= 6
    expect(page.locator("#kpi-events")).to_have_text(str(everything["total"]))
    assert table_ids(page) == [e["event_id"] for e in everything["items"][:25]]
    counts = timeline_counts(page)
    assert set(counts) == {"Verbal cooperation", "Material cooperation", "Verbal conflict", "Material conflict"}
    assert sum(counts.values()) == everything["total"]  # every test event has a date
    nodes = page.evaluate(
        "() => echarts.getInstanceByDom(document.getElementById('network')).getOption().series[0].data.map(n => n.name)"
    )
    assert {"IDNGOV", "MYSGOV"} <= set(nodes)
    roots = page.evaluate("() => echarts.getInstanceByDom(document.getElementById('roots')).getOption().yAxis[0].data")
    assert any(r.startswith("04 Consult") for r in roots)
    assert p.errors == []
    assert any("/static/vendor/echarts/echarts.min.js" in u for u in p.requests)
    outside = [u for u in p.requests if urlparse(u).scheme != "data" and urlparse(u).hostname not in ("127.0.0.1", "localhost")]
    assert outside == []


def test_a_filter_changes_the_table_and_the_timeline(ui, api):
    p = ui()
    page = p.open()
    before = timeline_counts(page)
    assert before["Verbal cooperation"] > 0 and before["Material conflict"] > 0
    page.check("#f-quad-4")  # Material conflict only
    conflict = api("/v1/events", quad_class="4", limit=25)
    assert 0 < conflict["total"] < api("/v1/events")["total"]
    wait_table(page, [e["event_id"] for e in conflict["items"]])
    assert "quad_class=4" in page.url
    expect(page.locator("#table-count")).to_have_text(f"{conflict['total']} canonical event(s)")
    badges = page.eval_on_selector_all("#events-body tr .code", "els => els.map(e => e.className)")
    assert badges and all(b == "code q4" for b in badges)
    after = timeline_counts(page)
    assert after == {"Verbal cooperation": 0, "Material cooperation": 0, "Verbal conflict": 0, "Material conflict": conflict["total"]}
    expect(page.locator("#active-filters .chip")).to_have_count(1)

    # an actor typed in the filter box narrows everything further; removing the chip undoes it
    page.fill("#f-actor", "ISR")
    page.press("#f-actor", "Enter")
    both = api("/v1/events", quad_class="4", actor="ISR")
    assert 0 < both["total"] < conflict["total"]
    wait_table(page, [e["event_id"] for e in both["items"]])
    assert timeline_counts(page)["Material conflict"] == both["total"]
    page.click("#active-filters .chip[data-filter=actor] button")
    wait_table(page, [e["event_id"] for e in conflict["items"]])
    assert p.errors == []


def test_event_page_highlights_the_sentence_and_shows_the_ledger(ui, api):
    meeting = the_meeting(api)
    detail = api(f"/v1/events/{meeting['event_id']}")
    mention = detail["mentions"][0]
    p = ui()
    page = p.open()
    page.click(f"#events-body tr[data-event-id='{meeting['event_id']}']")
    page.wait_for_selector("#event-ledger")
    assert f"#/event/{meeting['event_id']}" in page.url
    expect(page.locator("#event-label")).to_have_text(meeting["label"])
    quote = page.locator("#event-mentions blockquote").first
    expect(quote).to_have_text(mention["sentence"])
    expect(quote.locator("mark.trigger")).to_have_text(mention["trigger"])
    expect(quote.locator("mark.source")).to_have_text(mention["source_text"])
    expect(quote.locator("mark.target")).to_have_text(mention["target_text"])
    assert mention["source_text"].startswith("Menteri Luar Negeri Indonesia")
    facts = page.locator("#event-card .facts").inner_text()
    assert "2024-03-11" in facts and "Kuala Lumpur" in facts
    # the claims ledger: the newspaper asserts, Malaysia denies
    expect(page.locator("#ledger-asserted li")).to_contain_text(["harian-satu.example"])
    expect(page.locator("#ledger-denied li")).to_have_text(["MYSGOV"])
    denial = page.locator("#event-ledger table.claims tr", has=page.locator(".stance.denies"))
    expect(denial).to_have_count(1)
    expect(denial).to_contain_text("membantah")
    expect(denial).to_contain_text("kabar-dua.example")
    # the denial, coded as a negated event of the same action, is listed with its code
    assert detail["related_events"]
    expect(page.locator("#related-events li .tag.neg")).to_have_count(1)
    expect(page.locator("#related-events li").first).to_contain_text("040")
    # back to the overview
    page.click("#event-back")
    page.wait_for_selector("#view-overview:not([hidden])")
    assert p.errors == []


def test_a_pasted_article_is_coded_and_highlighted(ui):
    p = ui()
    page = p.open("#/code")
    page.fill("#code-text", PASTED)
    page.fill("#code-date", "2025-01-09")
    with page.expect_response(lambda r: r.url.endswith("/v1/code")) as response:
        page.click("#code-submit")
    result = response.value.json()
    page.wait_for_selector("#coded-summary")
    events = result["events"]
    assert events and any(e["code"].startswith("04") for e in events)
    expect(page.locator("#coded-summary h2")).to_contain_text(f"{len(events)} event(s) coded")
    expect(page.locator("#coded-events .coded-event")).to_have_count(len(events))
    expect(page.locator("#coded-article")).to_have_text(PASTED)
    marked = page.eval_on_selector_all("#coded-article mark.trigger", "ms => ms.map(m => m.textContent)")
    assert {e["trigger"] for e in events} <= set(marked)
    first = page.locator("#coded-events .coded-event").first
    expect(first.locator("mark.trigger")).to_have_text(events[0]["trigger"])
    expect(first.locator(".code")).to_have_text(events[0]["code"])
    assert p.errors == []


def test_article_markup_cannot_run_script(ui, api):
    """Markup in an article is shown as text, in the table, on the event page and in the coding box.

    The page's Content-Security-Policy is bypassed here, so that it is the escaping itself that is tested."""
    p = ui(bypass_csp=True)
    page = p.open("#/?text=Surabaya")
    assert page.evaluate("() => document.querySelector('meta[http-equiv=Content-Security-Policy]').content").startswith(
        "default-src 'self'"
    )
    stored = api("/v1/events", text="Surabaya")["items"]
    assert stored and SCRIPT in stored[0]["sentence"]
    wait_table(page, [e["event_id"] for e in stored])
    page.wait_for_timeout(300)  # give an injected image time to fail and fire onerror
    assert page.evaluate("() => typeof window.__xss") == "undefined"
    expect(page.locator("#events-body tr td.sentence").first).to_contain_text(SCRIPT)
    page.click("#events-body tr[data-event-id]")
    page.wait_for_selector("#event-mentions blockquote")
    page.wait_for_timeout(300)
    assert page.evaluate("() => typeof window.__xss") == "undefined"
    expect(page.locator("#event-mentions blockquote").first).to_contain_text(SCRIPT + " di Surabaya " + IMG)
    # the document's javascript: URL is not made a link
    assert page.locator("#event-mentions a", has_text="article").count() == 0

    page.goto(p.base + "/#/code")
    page.fill("#code-text", MARKUP)
    page.click("#code-submit")
    page.wait_for_selector("#coded-article")
    page.wait_for_timeout(300)
    assert page.evaluate("() => typeof window.__xss") == "undefined"
    expect(page.locator("#coded-article")).to_have_text(MARKUP)
    assert page.evaluate("() => document.querySelectorAll('img, main script, #coded-article *:not(mark)').length") == 0
    assert p.errors == []


def test_highlighting_keeps_to_the_sentence(ui):
    """Spans are placed by document offsets minus the sentence's; an actor found by coreference in
    another sentence is not highlighted, a trigger not at its offsets is found by its text, and
    overlapping spans keep every character of the sentence once."""
    p = ui()
    page = p.open("#/code")
    result = page.evaluate(
        """async () => {
            const { mentionSpans } = await import('./static/js/views.js');
            const { highlight } = await import('./static/js/dom.js');
            const sentence = 'Menlu Malaysia membantah pertemuan itu.';
            const base = 100;
            const spans = mentionSpans({
                start: 115, end: 123, trigger: 'membantah',           // off by one: found by its text
                source_start: 100, source_end: 114, source_text: 'Menlu Malaysia',
                target_start: 20, target_end: 29, target_text: 'Indonesia',   // coreference: elsewhere
            }, base, sentence);
            const box = document.createElement('div');
            box.appendChild(highlight(sentence, [...spans, { start: 0, end: 20, cls: 'target' }, { start: -5, end: 3, cls: 'x' }]));
            return {
                spans: spans.map(s => [s.cls, sentence.slice(s.start, s.end)]),
                text: box.textContent,
                marks: [...box.querySelectorAll('mark')].map(m => [m.className, m.textContent]),
            };
        }"""
    )
    assert result["spans"] == [["trigger", "membantah"], ["source", "Menlu Malaysia"]]
    assert result["text"] == "Menlu Malaysia membantah pertemuan itu."
    assert result["marks"] == [["source", "Menlu Malaysia"], ["target", " "], ["trigger", "membantah"]]
    assert p.errors == []
