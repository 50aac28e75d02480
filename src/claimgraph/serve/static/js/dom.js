// Building the page from untrusted data: every string goes in as text (textContent or a text
// node), never as HTML, and links only ever point at http(s) or at this page's own routes.

const SAFE_ATTRS = new Set([
  "id", "class", "href", "title", "type", "name", "value", "placeholder", "role", "tabindex", "for",
  "min", "max", "step", "rows", "cols", "accept", "download", "lang", "colspan", "scope", "datetime",
  "list", "autocomplete", "rel", "target", "hidden", "disabled", "checked", "selected", "required",
]);

/** el("a", {href: "#/x", class: "c", dataset: {claim: "c1"}}, "text", childNode, ...) */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "dataset") Object.assign(node.dataset, value);
    else if (key === "text") node.textContent = String(value);
    else if (key === "on") for (const [event, handler] of Object.entries(value)) node.addEventListener(event, handler);
    else if (key.startsWith("aria-")) node.setAttribute(key, String(value));
    else if (SAFE_ATTRS.has(key)) node.setAttribute(key, value === true ? "" : String(value));
    else throw new Error(`el: attribute ${key} is not allowed`);
  }
  append(node, children);
  return node;
}

export function append(node, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function clear(node) {
  node.replaceChildren();
  return node;
}

/** The URL when it is an absolute http(s) URL, else null (no javascript:, data:, ...). */
export function safeHref(url) {
  if (typeof url !== "string") return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}

/** A link to an external page when its URL is safe, else the URL as plain text. */
export function externalLink(url, label) {
  const href = safeHref(url);
  if (!href) return el("span", { class: "unsafe-url", title: "not an http(s) link" }, label || url || "");
  return el("a", { href, rel: "noopener noreferrer nofollow", target: "_blank" }, label || url);
}

/** A route of this page, with query parameters (empty ones left out). */
export function route(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== "") query.set(key, String(value));
  }
  const qs = query.toString();
  return "#/" + path + (qs ? "?" + qs : "");
}

export const articleRoute = (id, claim) => route("article/" + encodeURIComponent(id), { claim });
export const entityRoute = (key) => route("entity/" + encodeURIComponent(key));

/** A key for an entity's page from a record's entity ("person" + "Ian Bremmer"); the server folds it. */
export const keyOf = (entity) => `${entity.kind}:${entity.name}`;

export function formatNumber(value) {
  return typeof value === "number" ? value.toLocaleString("en") : String(value ?? "");
}
