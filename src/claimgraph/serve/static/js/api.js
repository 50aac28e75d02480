// Talking to /api/: JSON in and out, the bearer token asked for once (kept for this tab).

const TOKEN_KEY = "claimgraph.token";

export class ApiError extends Error {
  constructor(status, detail) {
    super(typeof detail === "string" ? detail : describeDetail(detail));
    this.status = status;
  }
}

// FastAPI's 422 detail is a list of {loc, msg}: say which parameter and what is wrong.
function describeDetail(detail) {
  if (Array.isArray(detail)) return detail.map((d) => `${(d.loc || []).slice(1).join(".")}: ${d.msg}`).join("; ");
  return JSON.stringify(detail);
}

function headers(extra = {}) {
  const token = sessionStorage.getItem(TOKEN_KEY);
  return token ? { ...extra, Authorization: `Bearer ${token}` } : extra;
}

function askForToken() {
  const dialog = document.getElementById("token-dialog");
  const input = dialog.querySelector("input[name=token]");
  input.value = "";
  return new Promise((resolve) => {
    dialog.addEventListener("close", () => {
      const token = dialog.returnValue === "ok" ? input.value.trim() : "";
      if (token) sessionStorage.setItem(TOKEN_KEY, token);
      resolve(Boolean(token));
    }, { once: true });
    dialog.showModal();
  });
}

/** GET path with params (empty ones left out); POST when `body` (an object or FormData) is given. */
export async function api(path, { params = {}, body = null } = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== "") query.set(key, String(value));
  }
  const url = "/api/" + path + (query.toString() ? "?" + query : "");
  for (let attempt = 0; ; attempt++) {
    const init = body === null
      ? { headers: headers() }
      : body instanceof FormData
        ? { method: "POST", body, headers: headers() }
        : { method: "POST", body: JSON.stringify(body), headers: headers({ "Content-Type": "application/json" }) };
    const response = await fetch(url, init);
    if (response.status === 401 && attempt < 3 && (await askForToken())) continue;
    const data = await response.json().catch(() => ({ detail: response.statusText }));
    if (!response.ok) throw new ApiError(response.status, data.detail ?? response.statusText);
    return data;
  }
}
