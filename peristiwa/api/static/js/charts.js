// The three charts (ECharts, vendored in static/vendor/echarts). Tooltips are built as DOM
// nodes with text content, never as HTML strings.
import { QUADS, goldsteinColor, rootLabel } from "./cameo.js";
import { fmtInt, fmtNum, h } from "./dom.js";

const echarts = () => window.echarts;
const FONT = { fontFamily: "Inter, Segoe UI, Helvetica Neue, Arial, sans-serif" };

export function makeChart(el) {
  const chart = echarts().init(el, null, { renderer: "canvas" });
  window.addEventListener("resize", () => chart.resize());
  return chart;
}

function showEmpty(chart, text) {
  chart.clear();
  chart.setOption({
    title: { text, left: "center", top: "middle", textStyle: { color: "#5f6b7a", fontSize: 13, fontWeight: 400 } },
  });
}

function tip(title, rows) {
  return [
    h("div", { style: "font-weight:600;margin-bottom:3px" }, title),
    ...rows.map(([swatch, label, value]) =>
      h(
        "div",
        { style: "display:flex;gap:8px;align-items:center;justify-content:space-between" },
        h("span", {}, swatch ? h("span", { class: "swatch", style: `background:${swatch}` }) : null, " ", label),
        h("b", {}, value),
      ),
    ),
  ];
}

// ---- periods --------------------------------------------------------------------------

function addPeriod(date, interval) {
  const d = new Date(date.getTime());
  if (interval === "year") d.setUTCFullYear(d.getUTCFullYear() + 1);
  else if (interval === "month") d.setUTCMonth(d.getUTCMonth() + 1);
  else if (interval === "week") d.setUTCDate(d.getUTCDate() + 7);
  else d.setUTCDate(d.getUTCDate() + 1);
  return d;
}
const iso = (d) => d.toISOString().slice(0, 10);

/** Every period from the first to the last one present (so gaps show as gaps). */
export function periodRange(periods, interval) {
  if (!periods.length) return [];
  const sorted = [...periods].sort();
  const out = [];
  let d = new Date(sorted[0] + "T00:00:00Z");
  const last = new Date(sorted[sorted.length - 1] + "T00:00:00Z");
  while (d <= last && out.length < 20000) {
    out.push(iso(d));
    d = addPeriod(d, interval);
  }
  return out;
}

/** The last day of the period starting at `start`. */
export function periodEnd(start, interval) {
  const d = addPeriod(new Date(start + "T00:00:00Z"), interval);
  d.setUTCDate(d.getUTCDate() - 1);
  return iso(d);
}

export function periodLabel(p, interval) {
  if (interval === "year") return p.slice(0, 4);
  if (interval === "month") return p.slice(0, 7);
  return p;
}

/** An interval that gives a readable number of bars for a span of dates. */
export function autoInterval(first, last) {
  if (!first || !last) return "month";
  const days = (new Date(last) - new Date(first)) / 86400000;
  if (days > 365 * 8) return "year";
  if (days > 120) return "month";
  if (days > 31) return "week";
  return "day";
}

// ---- timeline ---------------------------------------------------------------------------

export function renderTimeline(chart, stats, interval, onPick) {
  const rows = stats.timeline_quad_class || [];
  const periods = periodRange([...new Set(rows.map((r) => r.period))], interval);
  const index = new Map(periods.map((p, i) => [p, i]));
  const counts = { 1: [], 2: [], 3: [], 4: [] };
  for (const q of [1, 2, 3, 4]) counts[q] = periods.map(() => 0);
  const gsum = periods.map(() => 0);
  const gn = periods.map(() => 0);
  for (const r of rows) {
    const i = index.get(r.period);
    if (i === undefined || !counts[r.quad_class]) continue;
    counts[r.quad_class][i] += r.events;
    if (r.mean_goldstein != null) {
      gsum[i] += r.mean_goldstein * r.events;
      gn[i] += r.events;
    }
  }
  const mean = periods.map((_, i) => (gn[i] ? +(gsum[i] / gn[i]).toFixed(2) : null));
  const labels = periods.map((p) => periodLabel(p, interval));
  chart.off("click");
  if (!periods.length) {
    showEmpty(chart, "No dated events for these filters");
    return { periods, counts, mean };
  }
  chart.on("click", (params) => {
    const p = periods[params.dataIndex];
    if (p && onPick) onPick(p, periodEnd(p, interval));
  });
  chart.setOption(
    {
      textStyle: FONT,
      animationDuration: 300,
      grid: { left: 44, right: 50, top: 48, bottom: periods.length > 36 ? 58 : 28 },
      legend: { top: 0, left: "center", itemWidth: 12, itemHeight: 10, textStyle: { fontSize: 12 } },
      tooltip: {
        trigger: "axis",
        axisPointer: { type: "shadow" },
        formatter: (items) => {
          const i = items[0]?.dataIndex ?? 0;
          const total = [1, 2, 3, 4].reduce((s, q) => s + counts[q][i], 0);
          return tip(labels[i], [
            ...[1, 2, 3, 4].map((q) => [QUADS[q].color, QUADS[q].name, fmtInt(counts[q][i])]),
            [null, "All events", fmtInt(total)],
            ["#1d2633", "Mean Goldstein", fmtNum(mean[i])],
          ]);
        },
      },
      xAxis: { type: "category", data: labels, axisTick: { alignWithLabel: true } },
      yAxis: [
        { type: "value", name: "events", minInterval: 1, nameTextStyle: { align: "right" } },
        { type: "value", name: "Goldstein", min: -10, max: 10, interval: 5, splitLine: { show: false } },
      ],
      dataZoom:
        periods.length > 36
          ? [{ type: "inside", start: 0, end: 100 }, { type: "slider", height: 16, bottom: 8 }]
          : [],
      series: [
        ...[1, 2, 3, 4].map((q) => ({
          name: QUADS[q].name,
          type: "bar",
          stack: "events",
          data: counts[q],
          itemStyle: { color: QUADS[q].color },
          barMaxWidth: 42,
          emphasis: { focus: "series" },
        })),
        {
          name: "Mean Goldstein",
          type: "line",
          yAxisIndex: 1,
          data: mean,
          connectNulls: false,
          symbolSize: 5,
          lineStyle: { width: 2, color: "#1d2633" },
          itemStyle: { color: "#1d2633" },
          z: 5,
        },
      ],
    },
    { notMerge: true },
  );
  return { periods, counts, mean };
}

// ---- actor network ----------------------------------------------------------------------

export function renderNetwork(chart, dyads, names, onNode, onEdge) {
  const nodes = new Map();
  const node = (code) => {
    if (!nodes.has(code)) nodes.set(code, { code, events: 0, self: 0 });
    return nodes.get(code);
  };
  const links = [];
  for (const d of dyads) {
    node(d.source).events += d.events;
    if (d.source === d.target) {
      node(d.source).self += d.events;
      continue; // a loop has no line to draw: counted in the node instead
    }
    node(d.target).events += d.events;
    links.push(d);
  }
  const maxNode = Math.max(1, ...[...nodes.values()].map((n) => n.events));
  const maxEdge = Math.max(1, ...links.map((d) => d.events));
  chart.off("click");
  chart.on("click", (p) => {
    if (p.dataType === "node" && onNode) onNode(p.data.name);
    if (p.dataType === "edge" && onEdge) onEdge(p.data.source, p.data.target);
  });
  if (!nodes.size) {
    showEmpty(chart, "No dyads for these filters");
    return;
  }
  chart.setOption(
    {
      textStyle: FONT,
      tooltip: {
        formatter: (p) => {
          if (p.dataType === "edge") {
            const d = p.data.dyad;
            return tip(`${d.source} → ${d.target}`, [
              [null, "Events", fmtInt(d.events)],
              [goldsteinColor(d.mean_goldstein), "Mean Goldstein", fmtNum(d.mean_goldstein)],
              [QUADS[2].color, "Cooperation", fmtInt(d.cooperation)],
              [QUADS[4].color, "Conflict", fmtInt(d.conflict)],
            ]);
          }
          const n = nodes.get(p.data.name);
          const rows = [[null, "Events in dyads", fmtInt(n.events)]];
          if (n.self) rows.push([null, "Within itself", fmtInt(n.self)]);
          const title = names.get(n.code) ? `${n.code} · ${names.get(n.code)}` : n.code;
          return tip(title, rows);
        },
      },
      series: [
        {
          type: "graph",
          layout: "force",
          roam: true,
          draggable: true,
          force: { repulsion: 320, edgeLength: [60, 150], gravity: 0.2, friction: 0.3 },
          edgeSymbol: ["none", "arrow"],
          edgeSymbolSize: [0, 7],
          label: { show: true, position: "right", fontSize: 11, color: "#1d2633" },
          labelLayout: { hideOverlap: true },
          emphasis: { focus: "adjacency", lineStyle: { width: 4 } },
          data: [...nodes.values()].map((n) => ({
            name: n.code,
            value: n.events,
            symbolSize: 9 + 30 * Math.sqrt(n.events / maxNode),
            itemStyle: { color: "#3b5b7e", borderColor: "#fff", borderWidth: 1 },
          })),
          links: links.map((d) => ({
            source: d.source,
            target: d.target,
            dyad: d,
            value: d.events,
            lineStyle: {
              width: 0.8 + 5 * Math.sqrt(d.events / maxEdge),
              color: goldsteinColor(d.mean_goldstein),
              opacity: 0.9,
              curveness: 0.15,
            },
          })),
        },
      ],
    },
    { notMerge: true },
  );
}

// ---- CAMEO roots ------------------------------------------------------------------------

export function renderRoots(chart, byRoot, onRoot) {
  const rows = [...(byRoot || [])].filter((r) => r.root_code).sort((a, b) => a.root_code.localeCompare(b.root_code));
  chart.off("click");
  chart.on("click", (p) => onRoot && onRoot(rows[p.dataIndex].root_code));
  if (!rows.length) {
    showEmpty(chart, "No events for these filters");
    return;
  }
  chart.setOption(
    {
      textStyle: FONT,
      grid: { left: 210, right: 36, top: 6, bottom: 20 },
      tooltip: {
        trigger: "item",
        formatter: (p) => {
          const r = rows[p.dataIndex];
          return tip(`${r.root_code} ${rootLabel(r.root_code)}`, [
            [QUADS[r.quad_class]?.color, QUADS[r.quad_class]?.name || "", fmtInt(r.events)],
          ]);
        },
      },
      xAxis: { type: "value", minInterval: 1 },
      yAxis: {
        type: "category",
        inverse: true,
        data: rows.map((r) => `${r.root_code} ${rootLabel(r.root_code)}`),
        axisLabel: { fontSize: 11, width: 200, overflow: "truncate" },
      },
      series: [
        {
          type: "bar",
          data: rows.map((r) => ({ value: r.events, itemStyle: { color: QUADS[r.quad_class]?.color || "#9aa5b1" } })),
          barMaxWidth: 16,
          label: { show: true, position: "right", fontSize: 10, color: "#5f6b7a" },
        },
      ],
    },
    { notMerge: true },
  );
}
