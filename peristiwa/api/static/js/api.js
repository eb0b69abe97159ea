// The HTTP API of `peristiwa serve` (/v1/...), relative to the page so a path prefix works.

export class ApiError extends Error {}

function url(path, params) {
  const u = new URL(path, document.baseURI);
  for (const [key, value] of Object.entries(params || {})) {
    if (value === null || value === undefined || value === "") continue;
    u.searchParams.set(key, String(value));
  }
  return u;
}

async function handle(resp) {
  let body = null;
  try {
    body = await resp.json();
  } catch {
    body = null;
  }
  if (!resp.ok) {
    let detail = body && (body.detail ?? body.error ?? body.message);
    if (Array.isArray(detail)) detail = detail.map((d) => d.msg || JSON.stringify(d)).join("; ");
    else if (detail && typeof detail === "object") detail = detail.message || JSON.stringify(detail);
    throw new ApiError(`${resp.status} ${resp.statusText}${detail ? ": " + detail : ""}`);
  }
  return body;
}

export async function get(path, params, signal) {
  return handle(await fetch(url(path, params), { headers: { Accept: "application/json" }, signal }));
}

export async function post(path, payload) {
  return handle(
    await fetch(url(path), {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify(payload),
    }),
  );
}
