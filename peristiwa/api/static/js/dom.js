// DOM helpers. Every piece of text from the data (articles, names, URLs) is inserted as a
// text node (createTextNode / textContent): nothing here ever assigns HTML.

/** Create an element: h("td", {class: "num", onclick: fn}, "text", childNode, [more]). */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith("on") && typeof value === "function") el.addEventListener(key.slice(2), value);
    else if (key === "class") el.className = value;
    else if (key === "dataset") Object.assign(el.dataset, value);
    else if (key === "href") el.href = value;
    else if (key === "text") el.textContent = String(value);
    else el.setAttribute(key, value === true ? "" : String(value));
  }
  append(el, children);
  return el;
}

/** Append children (strings become text nodes; arrays are flattened; null is skipped). */
export function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

/** A link only for http(s) URLs; anything else (javascript:, data:) is shown as plain text. */
export function safeLink(url, label) {
  if (!url) return null;
  let parsed;
  try {
    parsed = new URL(String(url));
  } catch {
    return h("span", {}, label ?? String(url));
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return h("span", {}, label ?? String(url));
  return h("a", { href: parsed.href, target: "_blank", rel: "noopener noreferrer nofollow" }, label ?? parsed.hostname);
}

/**
 * Text with highlighted spans, as a DocumentFragment of text nodes and <mark> elements.
 * spans: [{start, end, cls, title}] with offsets into `text`; spans outside the text are
 * ignored; where spans overlap, the earlier one in the list wins (pass the trigger first).
 */
export function highlight(text, spans) {
  const frag = document.createDocumentFragment();
  text = text == null ? "" : String(text);
  const owner = new Array(text.length).fill(-1);
  spans.forEach((s, i) => {
    if (!Number.isInteger(s.start) || !Number.isInteger(s.end)) return;
    if (s.start < 0 || s.end > text.length || s.start >= s.end) return;
    for (let k = s.start; k < s.end; k++) if (owner[k] === -1) owner[k] = i;
  });
  let k = 0;
  while (k < text.length) {
    const who = owner[k];
    let j = k;
    while (j < text.length && owner[j] === who) j++;
    const piece = text.slice(k, j);
    if (who === -1) frag.appendChild(document.createTextNode(piece));
    else {
      const s = spans[who];
      frag.appendChild(h("mark", { class: s.cls, title: s.title || null }, piece));
    }
    k = j;
  }
  return frag;
}

/** Offset of `sentence` in `doc` that covers document offset `at` (or the first one), else -1. */
export function locate(doc, sentence, at) {
  if (!doc || !sentence) return -1;
  let first = -1;
  for (let i = doc.indexOf(sentence); i !== -1; i = doc.indexOf(sentence, i + 1)) {
    if (first === -1) first = i;
    if (at >= i && at < i + sentence.length) return i;
  }
  return first;
}

export const fmtInt = (n) => (n == null ? "–" : Number(n).toLocaleString("en-US"));
export const fmtNum = (n, d = 2) => (n == null || Number.isNaN(Number(n)) ? "–" : Number(n).toFixed(d));
export const fmtDate = (d) => (d ? String(d).slice(0, 10) : "–");
