// CAMEO vocabulary used by the dashboard: root labels, QuadClass names and colours,
// and the Goldstein colour scale (-10 conflict ... +10 cooperation).

export const ROOTS = {
  "01": "Make public statement",
  "02": "Appeal",
  "03": "Express intent to cooperate",
  "04": "Consult",
  "05": "Engage in diplomatic cooperation",
  "06": "Engage in material cooperation",
  "07": "Provide aid",
  "08": "Yield",
  "09": "Investigate",
  "10": "Demand",
  "11": "Disapprove",
  "12": "Reject",
  "13": "Threaten",
  "14": "Protest",
  "15": "Exhibit force posture",
  "16": "Reduce relations",
  "17": "Coerce",
  "18": "Assault",
  "19": "Fight",
  "20": "Use unconventional mass violence",
};

export const QUADS = {
  1: { name: "Verbal cooperation", color: "#74add1" },
  2: { name: "Material cooperation", color: "#2c7bb6" },
  3: { name: "Verbal conflict", color: "#f39c4a" },
  4: { name: "Material conflict", color: "#d7191c" },
};

export const rootLabel = (root) => ROOTS[String(root).padStart(2, "0")] || "Unknown root";

const STOPS = [
  [-10, [215, 25, 28]],
  [-5, [243, 156, 74]],
  [0, [200, 200, 200]],
  [5, [116, 173, 209]],
  [10, [44, 123, 182]],
];

/** Colour of a Goldstein score on the diverging scale (grey when unknown). */
export function goldsteinColor(g) {
  if (g == null || Number.isNaN(Number(g))) return "#9aa5b1";
  const x = Math.max(-10, Math.min(10, Number(g)));
  for (let i = 1; i < STOPS.length; i++) {
    const [x1, c1] = STOPS[i];
    const [x0, c0] = STOPS[i - 1];
    if (x <= x1) {
      const t = (x - x0) / (x1 - x0);
      const c = c0.map((v, k) => Math.round(v + t * (c1[k] - v)));
      return `rgb(${c[0]}, ${c[1]}, ${c[2]})`;
    }
  }
  return "rgb(44, 123, 182)";
}

export const goldClass = (g) => (g == null ? "zero" : g > 0 ? "pos" : g < 0 ? "neg" : "zero");
