// The dashboard: filters in the URL (#/?actor=IDN&quad_class=4), an overview of charts and
// table, an event page (#/event/ID) and a box that codes a pasted article (#/code).
import * as api from "./api.js";
import { QUADS, ROOTS } from "./cameo.js";
import { autoInterval, makeChart, renderNetwork, renderRoots, renderTimeline } from "./charts.js";
import { clear, fmtDate, fmtInt, fmtNum, h } from "./dom.js";
import { describeRelated, renderCoded, renderEvent, renderTable } from "./views.js";

const PAGE = 25;
const FILTER_KEYS = ["actor", "country", "source", "target", "dyad", "root", "code", "quad_class", "date_from", "date_to", "outlet", "text", "negated"];
const FILTER_NAMES = {
  actor: "actor", country: "country", source: "source", target: "target", dyad: "dyad", root: "root", code: "code",
  quad_class: "QuadClass", date_from: "from", date_to: "to", outlet: "outlet", text: "text", negated: "negated",
};
const $ = (id) => document.getElementById(id);

const state = {
  params: new URLSearchParams(), // filters + offset, order, interval, level
  loadedKey: null,
  seq: 0,
  names: new Map(), // actor code -> most frequent name
  charts: {},
};

// ---- URL <-> state -------------------------------------------------------------------------

function parseHash() {
  const raw = location.hash.replace(/^#/, "") || "/";
  const [path, query = ""] = raw.split("?");
  const params = new URLSearchParams(query);
  const m = path.match(/^\/event\/(.+)$/);
  if (m) return { route: "event", id: decodeURIComponent(m[1]), params };
  if (path === "/code") return { route: "code", params };
  return { route: "overview", params };
}

function filterParams(params = state.params) {
  const out = {};
  for (const k of FILTER_KEYS) if (params.get(k)) out[k] = params.get(k);
  return out;
}

function go(params) {
  const q = params.toString();
  location.hash = "#/" + (q ? "?" + q : "");
}

function setParam(key, value, { keepOffset = false } = {}) {
  const p = new URLSearchParams(state.params);
  if (value === null || value === undefined || value === "") p.delete(key);
  else p.set(key, value);
  if (!keepOffset) p.delete("offset");
  go(p);
}

// ---- filters form ------------------------------------------------------------------------

function buildForm() {
  const rootSel = $("f-root");
  for (const [code, label] of Object.entries(ROOTS)) rootSel.appendChild(h("option", { value: code }, `${code} ${label}`));
  const quads = $("f-quads");
  for (const [q, { name, color }] of Object.entries(QUADS)) {
    quads.appendChild(
      h("label", {}, h("input", { type: "checkbox", name: "quad_class", value: q, id: `f-quad-${q}` }), h("span", { class: "swatch", style: `background:${color}` }), `${q} ${name}`),
    );
  }
  const form = $("filters");
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    applyForm();
  });
  form.addEventListener("change", () => applyForm());
  $("f-reset").addEventListener("click", () => {
    const p = new URLSearchParams(state.params);
    for (const k of [...FILTER_KEYS, "offset"]) p.delete(k);
    go(p);
  });
}

function applyForm() {
  const form = $("filters");
  const data = new FormData(form);
  const p = new URLSearchParams(state.params);
  for (const k of FILTER_KEYS) p.delete(k);
  p.delete("offset");
  const quads = data.getAll("quad_class");
  for (const k of FILTER_KEYS) {
    if (k === "quad_class") continue;
    const v = String(data.get(k) ?? "").trim();
    if (v) p.set(k, v);
  }
  if (quads.length && quads.length < 4) p.set("quad_class", quads.join(","));
  if (p.toString() !== state.params.toString()) go(p);
}

function writeForm() {
  const form = $("filters");
  for (const k of FILTER_KEYS) {
    if (k === "quad_class") continue;
    const el = form.elements.namedItem(k);
    if (el && el !== document.activeElement) el.value = state.params.get(k) || "";
  }
  const quads = (state.params.get("quad_class") || "").split(",").filter(Boolean);
  for (const q of [1, 2, 3, 4]) $(`f-quad-${q}`).checked = quads.includes(String(q));
  $("order").value = state.params.get("order") || "date";
  $("interval").value = state.params.get("interval") || "auto";
  $("net-level").value = state.params.get("level") || "actor";
}

function renderChips() {
  const box = clear($("active-filters"));
  for (const [k, v] of Object.entries(filterParams())) {
    let shown = v;
    if (k === "quad_class") shown = v.split(",").map((q) => QUADS[q]?.name || q).join(", ");
    if (k === "root") shown = `${v} ${ROOTS[v.padStart(2, "0")] || ""}`;
    box.appendChild(
      h("span", { class: "chip", dataset: { filter: k } }, `${FILTER_NAMES[k]}: ${shown}`, h("button", { type: "button", title: "remove filter", "aria-label": `remove ${k} filter`, onclick: () => setParam(k, null) }, "×")),
    );
  }
}

// ---- loading -----------------------------------------------------------------------------

function showError(err) {
  const box = $("error");
  if (!err) {
    box.hidden = true;
    box.textContent = "";
    return;
  }
  box.hidden = false;
  box.textContent = `Could not load data: ${err.message || err}`;
}

function busy(on) {
  document.body.dataset.loading = on ? "true" : "false";
  for (const id of ["timeline", "network", "roots", "events-table"]) $(id).classList.toggle("busy", on);
}

function showTotals(t) {
  $("kpi-events").textContent = fmtInt(t.events);
  $("kpi-mentions").textContent = fmtInt(t.mentions);
  $("kpi-goldstein").textContent = fmtNum(t.mean_goldstein);
  $("kpi-dates").textContent = t.first_date ? `${fmtDate(t.first_date)} – ${fmtDate(t.last_date)}` : "–";
  state.totalsShown = true;
}

async function loadOverview() {
  const key = state.params.toString();
  if (key === state.loadedKey) return;
  const seq = ++state.seq;
  const f = filterParams();
  const level = state.params.get("level") || "actor";
  let interval = state.params.get("interval") || "auto";
  busy(true);
  try {
    const [stats0, dyads] = await Promise.all([
      api.get("v1/stats", { ...f, interval: interval === "auto" ? "month" : interval, top: 10 }),
      api.get("v1/dyads", { ...f, level, limit: 50 }),
      loadTable(seq),
    ]);
    let stats = stats0;
    if (interval === "auto") {
      interval = autoInterval(stats.totals.first_date, stats.totals.last_date);
      if (interval !== "month") stats = await api.get("v1/stats", { ...f, interval, top: 10 });
    }
    if (seq !== state.seq) return;
    showTotals(stats.totals);
    renderTimeline(state.charts.timeline, stats, interval, (from, to) => {
      const p = new URLSearchParams(state.params);
      p.set("date_from", from);
      p.set("date_to", to);
      p.delete("offset");
      go(p);
    });
    renderRoots(state.charts.roots, stats.by_root, (root) => setParam("root", root));
    renderNetwork(
      state.charts.network,
      dyads.items || [],
      level === "actor" ? state.names : new Map(),
      (code) => setParam(level === "actor" ? "actor" : "country", code),
      (src, tgt) => setParam("dyad", `${src}:${tgt}`),
    );
    state.loadedKey = key;
    showError(null);
  } catch (err) {
    if (seq === state.seq) showError(err);
  } finally {
    if (seq === state.seq) busy(false);
  }
}

async function loadTable(seq) {
  const offset = Math.max(0, parseInt(state.params.get("offset") || "0", 10) || 0);
  const order = state.params.get("order") || "date";
  const res = await api.get("v1/events", { ...filterParams(), limit: PAGE, offset, order });
  if (seq !== state.seq) return;
  renderTable($("events-body"), res.items || [], (id) => {
    location.hash = `#/event/${encodeURIComponent(id)}` + (state.params.toString() ? "?" + state.params.toString() : "");
  });
  const first = res.total ? offset + 1 : 0;
  const last = Math.min(offset + PAGE, res.total);
  $("table-count").textContent = `${fmtInt(res.total)} canonical event(s)`;
  $("page-info").textContent = `${fmtInt(first)}–${fmtInt(last)} of ${fmtInt(res.total)}`;
  $("prev").disabled = offset <= 0;
  $("next").disabled = offset + PAGE >= res.total;
  $("prev").onclick = () => setParam("offset", String(Math.max(0, offset - PAGE)) === "0" ? null : String(Math.max(0, offset - PAGE)), { keepOffset: true });
  $("next").onclick = () => setParam("offset", String(offset + PAGE), { keepOffset: true });
}

async function loadEvent(id) {
  const box = clear($("event-detail"));
  box.appendChild(h("p", { class: "empty" }, "Loading event…"));
  document.body.dataset.loading = "true";
  try {
    const e = await api.get(`v1/events/${encodeURIComponent(id)}`);
    renderEvent(box, e, (other) => (location.hash = `#/event/${encodeURIComponent(other)}`));
    describeRelated(box, (other) => api.get(`v1/events/${encodeURIComponent(other)}`));
    showError(null);
  } catch (err) {
    clear(box);
    showError(err);
  } finally {
    document.body.dataset.loading = "false";
  }
}

async function loadChoices() {
  try {
    const [actors, outlets] = await Promise.all([api.get("v1/actors", { limit: 1000 }), api.get("v1/outlets", { limit: 1000 })]);
    const dlA = $("dl-actors");
    const dlC = $("dl-countries");
    const countries = new Map();
    for (const a of actors.items || []) {
      state.names.set(a.code, a.name);
      dlA.appendChild(h("option", { value: a.code }, `${a.name || ""} · ${a.events} events`));
      if (a.country) countries.set(a.country, (countries.get(a.country) || 0) + a.events);
    }
    for (const [c, n] of [...countries.entries()].sort((a, b) => b[1] - a[1])) dlC.appendChild(h("option", { value: c }, `${n} events`));
    const dlO = $("dl-outlets");
    for (const o of outlets.items || []) dlO.appendChild(h("option", { value: o.outlet }, `${o.documents} documents`));
  } catch (err) {
    showError(err);
  }
}

// ---- code an article ------------------------------------------------------------------------

function buildCodeForm() {
  const form = $("code-form");
  const text = $("code-text");
  text.addEventListener("keydown", (ev) => {
    if (ev.key === "Enter" && (ev.ctrlKey || ev.metaKey)) form.requestSubmit();
  });
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const article = text.value;
    if (!article.trim()) return;
    const payload = { text: article };
    for (const [k, id] of [["date", "code-date"], ["url", "code-url"], ["source", "code-source"]]) {
      const v = $(id).value.trim();
      if (v) payload[k] = v;
    }
    const out = clear($("code-result"));
    out.appendChild(h("p", { class: "empty" }, "Coding…"));
    const btn = $("code-submit");
    btn.disabled = true;
    document.body.dataset.coding = "true";
    try {
      const result = await api.post("v1/code", payload);
      renderCoded(out, article, result);
      showError(null);
    } catch (err) {
      clear(out);
      showError(err);
    } finally {
      btn.disabled = false;
      document.body.dataset.coding = "false";
    }
  });
}

// ---- routing -----------------------------------------------------------------------------

function route() {
  const { route: r, id, params } = parseHash();
  state.params = params;
  writeForm();
  renderChips();
  for (const v of ["overview", "event", "code"]) $(`view-${v}`).hidden = v !== r;
  $("tab-overview").classList.toggle("active", r === "overview");
  $("tab-code").classList.toggle("active", r === "code");
  $("event-back").href = "#/" + (params.toString() ? "?" + params.toString() : "");
  $("active-filters").hidden = r === "code";
  if (r !== "overview" && !state.totalsShown) {
    // opened straight on an event or the coding box: the header still shows the store's totals
    api.get("v1/stats", { ...filterParams(), top: 1, interval: "year" }).then((s) => state.totalsShown || showTotals(s.totals), () => {});
  }
  if (r === "overview") {
    $("tab-overview").href = location.hash || "#/";
    for (const c of Object.values(state.charts)) c.resize();
    loadOverview();
  } else if (r === "event") {
    window.scrollTo(0, 0);
    loadEvent(id);
  } else {
    document.body.dataset.loading = "false";
    $("code-text").focus();
  }
}

function init() {
  if (!window.echarts) {
    showError(new Error("the chart library (static/vendor/echarts) did not load"));
    return;
  }
  state.charts.timeline = makeChart($("timeline"));
  state.charts.network = makeChart($("network"));
  state.charts.roots = makeChart($("roots"));
  buildForm();
  buildCodeForm();
  $("order").addEventListener("change", (ev) => setParam("order", ev.target.value === "date" ? null : ev.target.value));
  $("interval").addEventListener("change", (ev) => setParam("interval", ev.target.value === "auto" ? null : ev.target.value, { keepOffset: true }));
  $("net-level").addEventListener("change", (ev) => setParam("level", ev.target.value === "actor" ? null : ev.target.value, { keepOffset: true }));
  window.addEventListener("hashchange", route);
  loadChoices();
  route();
}

init();
