// The article reader: the cleaned text with every claim's speaker, cue and content highlighted,
// times, quantities and places showing their normalised values on hover or focus, the claims in a
// side list (click one: the text scrolls to it and highlights it), and what cleaning removed.

import { badges, isDenial, quoted } from "./claims.js";
import { el, entityRoute, externalLink, formatNumber, keyOf } from "./dom.js";

/** The annotations of a record as character ranges, each with its classes, claim and tip. */
function annotations(record) {
  const out = [];
  for (const claim of record.claims || []) {
    const marks = [isDenial(claim) ? "denial" : "", claim.hedged ? "hedged" : ""].filter(Boolean);
    out.push({ span: claim.content.span, cls: ["content", ...marks], claim: claim.id });
    if (claim.speaker && claim.speaker.span) out.push({ span: claim.speaker.span, cls: ["speaker"], claim: claim.id });
    if (claim.cue && claim.cue.span) out.push({ span: claim.cue.span, cls: ["cue"], claim: claim.id });
  }
  for (const time of record.times || []) out.push({ span: time.span, cls: ["time"], tip: timeTip(time) });
  for (const quantity of record.quantities || []) out.push({ span: quantity.span, cls: ["quantity"], tip: quantityTip(quantity) });
  for (const place of record.places || []) out.push({ span: place.span, cls: ["place"], tip: placeTip(place) });
  return out.filter((a) => Array.isArray(a.span) && a.span[1] > a.span[0]);
}

function timeTip(time) {
  const range = time.start && time.end && time.start !== time.end ? ` (${time.start} – ${time.end})` : "";
  return `${time.type || "time"}: ${time.value ?? "unknown"}${range}`;
}

function quantityTip(q) {
  const value = q.value_max != null ? `${formatNumber(q.value)}–${formatNumber(q.value_max)}` : formatNumber(q.value ?? "?");
  const parts = [`${q.approximate ? "≈ " : ""}${q.lower_bound ? "≥ " : ""}${value}`, q.currency || q.unit || ""];
  return `quantity: ${parts.join(" ").trim()}${q.modality && q.modality !== "reported" ? ` (${q.modality})` : ""}`;
}

function placeTip(p) {
  const where = p.lat != null && p.lon != null ? ` · ${p.lat.toFixed(3)}, ${p.lon.toFixed(3)}` : "";
  return `place: ${p.name}${p.country ? ` (${p.country})` : ""}${where}${p.geonameid ? ` · GeoNames ${p.geonameid}` : ""}`;
}

/** The text cut at every annotation boundary; each piece knows which annotations cover it. */
function segments(text, marks) {
  const cuts = new Set([0, text.length]);
  for (const m of marks) {
    cuts.add(Math.max(0, Math.min(text.length, m.span[0])));
    cuts.add(Math.max(0, Math.min(text.length, m.span[1])));
  }
  const bounds = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const [start, end] = [bounds[i], bounds[i + 1]];
    out.push({ start, end, covering: marks.filter((m) => m.span[0] <= start && m.span[1] >= end) });
  }
  return out;
}

function renderSegment(text, { start, end, covering }) {
  const piece = text.slice(start, end);
  if (!covering.length) return document.createTextNode(piece);
  const classes = new Set(["mark"]);
  const claims = new Set();
  const tips = [];
  for (const m of covering) {
    m.cls.forEach((c) => classes.add(c));
    if (m.claim) claims.add(m.claim);
    if (m.tip) tips.push(m.tip);
  }
  return el("span", {
    class: [...classes].join(" "),
    dataset: { ...(claims.size ? { claims: [...claims].join(" ") } : {}), ...(tips.length ? { tip: tips.join("\n") } : {}) },
    tabindex: tips.length ? "0" : null,
  }, piece);
}

function articleText(record) {
  const text = record.article.text;
  const body = el("div", { class: "article-text", lang: record.article.language || "en" });
  for (const segment of segments(text, annotations(record))) body.append(renderSegment(text, segment));
  markInText(body, record);
  return body;
}

// A denial or a hedge is also said in words before its content, not by colour alone.
function markInText(body, record) {
  for (const claim of record.claims || []) {
    const words = [isDenial(claim) ? "denial" : null, claim.hedged ? "hedged" : null].filter(Boolean);
    const first = body.querySelector(`.content[data-claims~="${CSS.escape(claim.id)}"]`);
    if (!words.length || !first) continue;
    first.before(...words.map((w) => el("span", { class: `badge inline ${w}` }, w)));
  }
}

function legend() {
  const item = (cls, label) => el("li", {}, el("span", { class: `mark ${cls}` }, label));
  return el("ul", { class: "legend", "aria-label": "Legend" },
    item("speaker", "speaker"), item("cue", "cue"), item("content", "content"),
    item("content denial", "denial"), item("content hedged", "hedged"),
    item("time", "time"), item("quantity", "quantity"), item("place", "place"));
}

function sideList(record, linkSpeakers, body) {
  const byId = new Map((record.entities || []).map((e) => [e.id, e]));
  const items = (record.claims || []).map((claim) => {
    const entity = claim.speaker && claim.speaker.entity ? byId.get(claim.speaker.entity) : null;
    const speakerName = (claim.speaker && (claim.speaker.name || claim.speaker.text)) || "unknown speaker";
    const speaker = entity && linkSpeakers
      ? el("a", { class: "speaker", href: entityRoute(keyOf(entity)) }, speakerName)
      : el("span", { class: "speaker" }, speakerName);
    const button = el("button", {
      type: "button", class: "claim-button", dataset: { claim: claim.id },
      "aria-label": `Show claim ${claim.id} in the text`,
      on: { click: () => highlightClaim(body, claim.id, { scroll: true }) },
    }, quoted(claim.content.text));
    return el("li", { class: isDenial(claim) ? "is-denial" : "", dataset: { claim: claim.id } },
      el("p", { class: "claim-line" }, speaker, claim.cue ? [" ", el("span", { class: "cue" }, claim.cue.text)] : null),
      button,
      el("p", { class: "claim-meta" }, badges(claim),
        claim.stated && claim.stated.value ? [" ", el("time", { datetime: claim.stated.value }, claim.stated.value)] : null));
  });
  return el("aside", { class: "claims-side", "aria-label": "Claims" },
    el("h2", {}, `Claims (${items.length})`),
    items.length ? el("ol", { class: "claims-list" }, items) : el("p", { class: "muted" }, "No claims found in this article."));
}

function removedSection(record) {
  const removed = record.article.removed || [];
  return el("details", { class: "removed" },
    el("summary", {}, `Removed by cleaning (${removed.length})`),
    removed.length
      ? el("ul", {}, removed.map((r) => el("li", {}, el("span", { class: "badge" }, r.reason), " ", el("q", {}, r.text))))
      : el("p", { class: "muted" }, "Nothing was removed."));
}

/** Highlight one claim's speaker, cue and content in the text (and its side-list entry). */
export function highlightClaim(root, claimId, { scroll = false } = {}) {
  const view = root.closest(".reader") || root;
  view.querySelectorAll(".active").forEach((node) => node.classList.remove("active"));
  const selector = `[data-claims~="${CSS.escape(claimId)}"]`;
  const marks = view.querySelectorAll(`.article-text ${selector}`);
  marks.forEach((node) => node.classList.add("active"));
  view.querySelectorAll(`.claims-list li[data-claim="${CSS.escape(claimId)}"]`).forEach((n) => n.classList.add("active"));
  const content = view.querySelector(`.article-text .content${selector}`) || marks[0];
  if (content && scroll) {
    content.scrollIntoView({ block: "center", behavior: "smooth" });
    const params = new URLSearchParams(location.hash.split("?")[1] || "");
    params.set("claim", claimId);
    history.replaceState(null, "", location.hash.split("?")[0] + "?" + params);
  }
  return marks.length;
}

/** The reader for a record. `stored`: the record is in the store, so its entities have pages. */
export function renderReader(record, { stored = true, claim = null } = {}) {
  const a = record.article;
  const meta = [a.outlet, a.published, a.author ? `by ${a.author}` : null].filter(Boolean).join(" · ");
  const body = articleText(record);
  const view = el("article", { class: "reader" },
    el("header", {},
      el("h1", {}, a.title || "(untitled)"),
      el("p", { class: "meta" }, meta, a.url ? [" · ", externalLink(a.url, "original")] : null,
        el("span", { class: "muted" }, ` · id ${a.id}`)),
      legend()),
    el("div", { class: "reader-body" }, el("section", { class: "text-column", "aria-label": "Article text" }, body),
      sideList(record, stored, body)),
    removedSection(record));
  if (claim) requestAnimationFrame(() => highlightClaim(body, claim, { scroll: true }));
  return view;
}
