// Event table, event page and coded-article view. Article text only ever reaches the page
// through h()/highlight(), i.e. as text nodes.
import { QUADS, goldClass, goldsteinColor, rootLabel } from "./cameo.js";
import { append, clear, fmtDate, fmtInt, fmtNum, h, highlight, locate, safeLink } from "./dom.js";

export const codeBadge = (code, quad) => h("span", { class: `code q${quad}`, title: QUADS[quad]?.name }, code);
const gold = (g) => h("span", { class: `gold ${goldClass(g)}` }, g == null ? "–" : (g > 0 ? "+" : "") + fmtNum(g, 1));
const actor = (code, name) =>
  code ? [h("span", { class: "actor-code" }, code), name ? h("span", { class: "actor-name" }, name) : null] : h("span", { class: "quadname" }, "—");

/**
 * Trigger and actor spans of a mention, relative to its sentence (offsets are document offsets).
 * A span whose text is not at its offsets is looked up by its text instead; an actor whose
 * offsets fall outside the sentence (found by coreference) is not highlighted.
 */
export function mentionSpans(m, base, sentence) {
  const span = (start, end, text, cls, title, searchOutside) => {
    if (start == null || end == null || base == null) return null;
    const rel = { start: start - base, end: end - base, cls, title };
    const inside = rel.start >= 0 && rel.end <= sentence.length;
    if (inside && (!text || sentence.slice(rel.start, rel.end) === text)) return rel;
    if (!text || (!inside && !searchOutside)) return null;
    const i = sentence.indexOf(text);
    return i < 0 ? null : { start: i, end: i + text.length, cls, title };
  };
  return [
    span(m.start, m.end, m.trigger, "trigger", "event trigger", true),
    span(m.source_start, m.source_end, m.source_text, "source", `source ${m.source_code || ""}`, false),
    span(m.target_start, m.target_end, m.target_text, "target", `target ${m.target_code || ""}`, false),
  ].filter(Boolean);
}

/** The sentence of a table row with its trigger in bold (first occurrence). */
function sentenceWithTrigger(sentence, trigger) {
  const i = sentence && trigger ? sentence.indexOf(trigger) : -1;
  return i < 0 ? highlight(sentence || "", []) : highlight(sentence, [{ start: i, end: i + trigger.length, cls: "trigger" }]);
}

export function renderTable(tbody, items, open) {
  clear(tbody);
  if (!items.length) {
    tbody.appendChild(h("tr", {}, h("td", { colspan: 8, class: "empty" }, "No events match these filters.")));
    return;
  }
  for (const e of items) {
    tbody.appendChild(
      h(
        "tr",
        {
          tabindex: 0,
          dataset: { eventId: e.event_id },
          onclick: () => open(e.event_id),
          onkeydown: (ev) => ev.key === "Enter" && open(e.event_id),
        },
        h("td", { class: "date" }, fmtDate(e.date)),
        h(
          "td",
          { class: "event" },
          codeBadge(e.code, e.quad_class),
          e.label || rootLabel(e.root_code),
          e.negated ? [" ", h("span", { class: "tag neg" }, "negated")] : null,
          e.reported ? [" ", h("span", { class: "tag rep", title: "reported second-hand" }, "reported")] : null,
        ),
        h("td", {}, actor(e.source_code, e.source_name)),
        h("td", {}, actor(e.target_code, e.target_name)),
        h("td", { class: "num" }, gold(e.goldstein)),
        h("td", {}, e.location_name || "—", e.location_country ? h("span", { class: "actor-name" }, e.location_country) : null),
        h("td", { class: "num" }, fmtInt(e.num_mentions)),
        h("td", { class: "sentence" }, h("span", { class: "clamp" }, sentenceWithTrigger(e.sentence, e.trigger))),
      ),
    );
  }
}

const markLegend = () =>
  h(
    "div",
    { class: "legend-marks" },
    h("span", {}, h("mark", { class: "trigger" }, "trigger")),
    h("span", {}, h("mark", { class: "source" }, "source actor")),
    h("span", {}, h("mark", { class: "target" }, "target actor")),
  );

function fact(label, ...value) {
  return h("div", {}, h("dt", {}, label), h("dd", {}, ...value));
}

function goldBar(g) {
  if (g == null) return null;
  const left = ((Math.max(-10, Math.min(10, g)) + 10) / 20) * 100;
  return h("div", { class: "goldbar", title: `Goldstein ${g}` }, h("i", { style: `left:calc(${left.toFixed(1)}% - 1px)` }));
}

function place(name, country, lat, lon) {
  if (!name && !country) return "—";
  const parts = [name || country];
  if (name && country) parts.push(` (${country})`);
  if (lat != null && lon != null) parts.push(h("span", { class: "actor-name" }, `${fmtNum(lat, 3)}, ${fmtNum(lon, 3)}`));
  return parts;
}

function ledgerList(names, empty) {
  return names && names.length ? h("ul", {}, names.map((n) => h("li", {}, n))) : h("p", { class: "none" }, empty);
}

/** Fill the related-events list with each event's code, label and stance (fetched by `load`). */
export async function describeRelated(container, load) {
  for (const li of container.querySelectorAll("#related-events li")) {
    try {
      const r = await load(li.dataset.eventId);
      const link = li.querySelector("a");
      clear(link);
      link.append(codeBadge(r.code, r.quad_class), r.label || rootLabel(r.root_code));
      append(li, [
        " ",
        h("span", { class: "quadname" }, `${r.source_code || "—"} → ${r.target_code || "—"} · ${fmtDate(r.date)}`),
        r.negated ? [" ", h("span", { class: "tag neg" }, "negated")] : null,
      ]);
    } catch {
      // the id stays as the link text
    }
  }
}

export function renderEvent(container, e, openEvent) {
  clear(container);
  const quad = QUADS[e.quad_class] || { name: "" };
  const head = h(
    "div",
    { class: "card wide", id: "event-card" },
    h(
      "div",
      { class: "event-head" },
      codeBadge(e.code, e.quad_class),
      h("h2", { id: "event-label" }, e.label || rootLabel(e.root_code)),
      h("span", { class: "quadname" }, `QuadClass ${e.quad_class} · ${quad.name}`),
      e.plover_event ? h("span", { class: "tag mutual", title: "PLOVER" }, `PLOVER ${e.plover_event}${e.plover_mode ? " / " + e.plover_mode : ""}`) : null,
      e.negated ? h("span", { class: "tag neg" }, "negated") : null,
      e.mutual ? h("span", { class: "tag mutual" }, "mutual") : null,
      e.reported ? h("span", { class: "tag rep" }, "reported second-hand") : null,
    ),
    h(
      "div",
      { class: "dyad" },
      h("div", { class: "side" }, h("div", { class: "quadname" }, "Source"), actor(e.source_code, e.source_name)),
      h("span", { class: "arrow", "aria-hidden": "true" }, e.mutual ? "⇄" : "→"),
      h("div", { class: "side" }, h("div", { class: "quadname" }, "Target"), actor(e.target_code, e.target_name)),
    ),
    h(
      "dl",
      { class: "facts" },
      fact("Date", fmtDate(e.date), e.last_date && e.last_date !== e.date ? ` – ${fmtDate(e.last_date)}` : ""),
      fact("Place", place(e.location_name, e.location_country, e.lat, e.lon)),
      fact("Goldstein", gold(e.goldstein), goldBar(e.goldstein)),
      fact("Mentions", `${fmtInt(e.num_mentions)} in ${fmtInt(e.num_articles)} article(s), ${fmtInt(e.num_sources)} outlet(s)`),
      fact("Event id", h("code", {}, e.event_id)),
    ),
  );

  const mentions = h(
    "div",
    { class: "card wide", id: "event-mentions" },
    h("div", { class: "card-head" }, h("h2", {}, "Source sentences ", h("small", {}, `${(e.mentions || []).length} mention(s)`))),
    markLegend(),
    (e.mentions || []).map((m) =>
      h(
        "div",
        { class: "mention" },
        h("blockquote", { class: "quote" }, highlight(m.sentence, mentionSpans(m, m.sentence_start, m.sentence || ""))),
        h(
          "div",
          { class: "meta" },
          h("span", {}, fmtDate(m.date)),
          m.date_text ? h("span", {}, `“${m.date_text}”`) : null,
          m.location_name ? h("span", {}, `at ${m.location_name}`) : null,
          m.source_code ? h("span", {}, `source: ${m.source_code} (${m.source_text || ""})`) : null,
          m.target_code ? h("span", {}, `target: ${m.target_code} (${m.target_text || ""})`) : null,
          m.reported_by_code || m.reported_by_text
            ? h("span", { class: "tag rep" }, `according to ${m.reported_by_text || m.reported_by_code}`)
            : null,
          m.negated ? h("span", { class: "tag neg" }, "negated") : null,
          h("span", {}, m.outlet || m.doc_id),
          safeLink(m.url, "article ↗"),
        ),
      ),
    ),
  );

  const L = e.ledger || { asserted_by: [], denied_by: [], reported_second_hand_by: [], claims: [] };
  const ledger = h(
    "div",
    { class: "card wide", id: "event-ledger" },
    h("div", { class: "card-head" }, h("h2", {}, "Claims ledger ", h("small", {}, "who says it happened, who denies it"))),
    h(
      "div",
      { class: "ledger" },
      h("div", { class: "asserts", id: "ledger-asserted" }, h("h3", {}, "Asserted by"), ledgerList(L.asserted_by, "nobody")),
      h("div", { class: "denies", id: "ledger-denied" }, h("h3", {}, "Denied by"), ledgerList(L.denied_by, "nobody")),
      h(
        "div",
        { class: "second", id: "ledger-second-hand" },
        h("h3", {}, "Reported second-hand by"),
        ledgerList(L.reported_second_hand_by, "no outlet"),
      ),
    ),
    L.claims && L.claims.length
      ? h(
          "table",
          { class: "claims" },
          h("thead", {}, h("tr", {}, ["Stance", "Claimant", "Reported in", "Date", "Sentence"].map((t) => h("th", {}, t)))),
          h(
            "tbody",
            {},
            L.claims.map((c) =>
              h(
                "tr",
                {},
                h("td", {}, h("span", { class: `stance ${c.stance}` }, c.stance)),
                h(
                  "td",
                  {},
                  c.claimant || c.claimant_code || "—",
                  h("span", { class: "actor-name" }, [c.claimant_code && c.claimant_code !== c.claimant ? c.claimant_code : null, c.claimant_kind, c.second_hand ? "second-hand" : "first-hand"].filter(Boolean).join(" · ")),
                ),
                h("td", {}, c.reported_in || "—", " ", safeLink(c.url, "↗")),
                h("td", { class: "date" }, fmtDate(c.date)),
                h(
                  "td",
                  {},
                  c.sentence || "",
                  c.event_id && c.event_id !== e.event_id
                    ? [" ", h("a", { href: `#/event/${encodeURIComponent(c.event_id)}`, onclick: (ev) => { ev.preventDefault(); openEvent(c.event_id); } }, "(as coded there)")]
                    : null,
                ),
              ),
            ),
          ),
        )
      : null,
  );
  const related = (e.related_events || []).length
    ? h(
        "div",
        { class: "card wide" },
        h("h2", {}, "Related events ", h("small", {}, "the same action, coded differently elsewhere")),
        h("ul", { id: "related-events" }, e.related_events.map((id) => h("li", { dataset: { eventId: id } }, h("a", { href: `#/event/${encodeURIComponent(id)}` }, id)))),
      )
    : null;
  container.append(head, mentions, ledger);
  if (related) container.append(related);
}

/** Events coded from a pasted article: the article with every event highlighted, then one card per event. */
export function renderCoded(container, text, result) {
  clear(container);
  const events = result.events || [];
  const summary = h(
    "div",
    { class: "card wide", id: "coded-summary" },
    h("h2", {}, `${events.length} event(s) coded`, h("small", {}, `document ${result.doc_id || ""}`)),
    result.skipped ? h("p", { class: "error" }, `Skipped at ${result.skipped.stage}: ${result.skipped.reason}`) : null,
  );
  const spans = [];
  for (const e of events) spans.push({ start: e.start, end: e.end, cls: "trigger", title: `${e.code} ${e.label}` });
  for (const e of events) {
    if (e.source && e.source.start != null) spans.push({ start: e.source.start, end: e.source.end, cls: "source", title: `source ${e.source.code}` });
    if (e.target && e.target.start != null) spans.push({ start: e.target.start, end: e.target.end, cls: "target", title: `target ${e.target.code}` });
  }
  const article = h("div", { class: "card wide" }, h("h2", {}, "Article"), markLegend(), h("div", { class: "article", id: "coded-article" }, highlight(text, spans)));
  const cards = h(
    "div",
    { class: "coded", id: "coded-events" },
    events.map((e) => {
      // the record has no sentence offset: find the sentence in the article (when cleaning changed
      // it, every offset is "outside" and only the trigger is looked up by its text)
      const base = locate(text, e.sentence, e.start);
      const sentSpans = mentionSpans(
        {
          start: e.start, end: e.end, trigger: e.trigger,
          source_start: e.source?.start, source_end: e.source?.end, source_text: e.source?.text, source_code: e.source?.code,
          target_start: e.target?.start, target_end: e.target?.end, target_text: e.target?.text, target_code: e.target?.code,
        },
        base >= 0 ? base : -Infinity,
        e.sentence || "",
      );
      return h(
        "div",
        { class: "card coded-event", style: `border-left: 4px solid ${QUADS[e.quad_class]?.color || "#ccc"}` },
        h("h3", {}, codeBadge(e.code, e.quad_class), e.label || rootLabel(e.root_code), e.negated ? h("span", { class: "tag neg" }, "negated") : null),
        h(
          "div",
          { class: "dyad" },
          h("div", { class: "side" }, h("div", { class: "quadname" }, "Source"), actor(e.source?.code, e.source?.text)),
          h("span", { class: "arrow" }, "→"),
          h("div", { class: "side" }, h("div", { class: "quadname" }, "Target"), actor(e.target?.code, e.target?.text)),
        ),
        h("blockquote", { class: "quote" }, highlight(e.sentence, sentSpans)),
        h(
          "div",
          { class: "meta" },
          h("span", {}, "Goldstein ", gold(e.goldstein)),
          h("span", {}, `QuadClass ${e.quad_class}`),
          e.date ? h("span", {}, `date ${e.date}${e.date_text ? ` (“${e.date_text}”)` : ""}`) : null,
          e.location ? h("span", {}, `at ${e.location.name}${e.location.country ? " (" + e.location.country + ")" : ""}`) : null,
          e.reported_by ? h("span", { class: "tag rep" }, `according to ${e.reported_by.text || e.reported_by.code}`) : null,
          e.plover ? h("span", {}, `PLOVER ${e.plover.event || ""}`) : null,
        ),
      );
    }),
  );
  container.append(summary, article);
  if (events.length) container.append(cards);
}

export { goldsteinColor };
