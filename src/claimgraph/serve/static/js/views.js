// The page's views, one function per route. Each gets the route's parameters and returns a node.

import { api } from "./api.js";
import { claimCard, isDenial } from "./claims.js";
import { download, toCsv } from "./csv.js";
import { articleRoute, el, entityRoute, formatNumber, route } from "./dom.js";
import { renderReader } from "./reader.js";

const PAGE = 50;
const CSV_MAX_ROWS = 10_000;
const CLAIM_COLUMNS = [
  "date", "date_is_stated", "speaker_name", "speaker_key", "cue_text", "stance", "negated", "hedged", "kind",
  "content_text", "stated_text", "stated_value", "title", "outlet", "published", "url", "article_id", "id",
];

let statsCache = null;
export async function stats(refresh = false) {
  if (!statsCache || refresh) statsCache = await api("stats");
  return statsCache;
}

// --- small building blocks ----------------------------------------------------------------------

function field(label, input) {
  return el("label", { class: "field" }, el("span", {}, label), input);
}

function textInput(name, value, extra = {}) {
  return el("input", { type: "text", name, value: value ?? "", ...extra });
}

function select(name, value, options, { any = "any" } = {}) {
  return el("select", { name },
    el("option", { value: "" }, any),
    options.map(([v, label]) => el("option", { value: v, selected: v === value }, label)));
}

function outletSelect(value, s) {
  return select("outlet", value, s.outlets.map((o) => [o.outlet, `${o.outlet} (${o.n})`]));
}

/** A form whose submit goes to `path` with its filled fields as parameters. */
function filterForm(path, fields, label = "Filter") {
  const form = el("form", { class: "filters", role: "search" }, fields, el("button", { type: "submit" }, label));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const params = Object.fromEntries([...new FormData(form)].filter(([, v]) => v !== ""));
    location.hash = route(path, params);
  });
  return form;
}

function pager(path, params, page) {
  const offset = page.offset;
  const prev = offset > 0 ? el("a", { href: route(path, { ...params, offset: Math.max(0, offset - page.limit) || null }) }, "← previous") : null;
  const next = offset + page.items.length < page.total ? el("a", { href: route(path, { ...params, offset: offset + page.limit }) }, "next →") : null;
  const shown = page.total ? `${formatNumber(offset + 1)}–${formatNumber(offset + page.items.length)} of ${formatNumber(page.total)}` : "nothing found";
  return el("nav", { class: "pager", "aria-label": "Pages" }, prev, el("span", {}, shown), next);
}

function articleItem(a) {
  return el("li", { class: "article-item" },
    el("a", { class: "title", href: articleRoute(a.id) }, a.title || "(untitled)"),
    el("p", { class: "meta" }, [a.outlet, a.published].filter(Boolean).join(" · "),
      ` · ${formatNumber(a.n_claims)} claim${a.n_claims === 1 ? "" : "s"}`),
    el("p", { class: "snippet" }, a.snippet));
}

// --- views --------------------------------------------------------------------------------------

export async function homeView() {
  const [s, recent] = await Promise.all([stats(true), api("articles", { params: { limit: 10 } })]);
  const c = s.counts;
  return el("section", {},
    el("h1", {}, "claimgraph"),
    el("p", { class: "lead" }, `${formatNumber(c.articles)} articles, ${formatNumber(c.claims)} claims, `
      + `${formatNumber(c.entity_keys)} entities${s.read_only ? " · read-only" : ""}`),
    el("h2", {}, "Latest articles"),
    el("ul", { class: "articles" }, recent.items.map(articleItem)),
    el("p", {}, el("a", { href: route("articles") }, "All articles →")));
}

export async function searchView(params) {
  const q = params.get("q") || "";
  const [articles, claims] = await Promise.all([
    api("articles", { params: { q, limit: 10 } }),
    api("claims", { params: { q, limit: 20 } }),
  ]);
  return el("section", {},
    el("h1", {}, `Search: ${q}`),
    el("h2", {}, `Articles (${formatNumber(articles.total)})`),
    el("ul", { class: "articles" }, articles.items.map(articleItem)),
    articles.total > 10 ? el("a", { href: route("articles", { q }) }, "All matching articles →") : null,
    el("h2", {}, `Claims (${formatNumber(claims.total)})`),
    el("div", { class: "claim-cards" }, claims.items.map((row) => claimCard(row))),
    claims.total > 20 ? el("a", { href: route("claims", { q }) }, "All matching claims →") : null);
}

export async function articlesView(params) {
  const p = Object.fromEntries(params);
  const [s, page] = await Promise.all([stats(), api("articles", { params: { ...p, limit: PAGE } })]);
  return el("section", {},
    el("h1", {}, "Articles"),
    filterForm("articles", [
      field("Words", textInput("q", p.q, { type: "search" })),
      field("Outlet", outletSelect(p.outlet, s)),
      field("Since", el("input", { type: "date", name: "since", value: p.since || "" })),
      field("Until", el("input", { type: "date", name: "until", value: p.until || "" })),
    ]),
    pager("articles", p, page),
    el("ul", { class: "articles" }, page.items.map(articleItem)));
}

export async function claimsView(params) {
  const p = Object.fromEntries(params);
  const [s, page] = await Promise.all([stats(), api("claims", { params: { ...p, limit: PAGE } })]);
  const exportButton = el("button", { type: "button", class: "export" }, "Export CSV");
  exportButton.addEventListener("click", () => exportClaims(p, exportButton));
  return el("section", {},
    el("h1", {}, "Claims"),
    filterForm("claims", [
      field("Words", textInput("q", p.q, { type: "search" })),
      field("Speaker", textInput("speaker", p.speaker, { placeholder: "name or person:key" })),
      field("About", textInput("entity", p.entity, { placeholder: "kind:name" })),
      field("Stance", select("stance", p.stance, s.stances.map((x) => [x.stance, `${x.stance} (${formatNumber(x.n)})`]))),
      field("Kind", select("kind", p.kind, [["direct", "direct"], ["mixed", "mixed"], ["indirect", "indirect"]])),
      field("Outlet", outletSelect(p.outlet, s)),
      field("Since", el("input", { type: "date", name: "since", value: p.since || "" })),
      field("Until", el("input", { type: "date", name: "until", value: p.until || "" })),
    ]),
    el("div", { class: "toolbar" }, pager("claims", p, page), exportButton),
    claimsTable(page.items));
}

function claimsTable(rows) {
  const head = ["Date", "Speaker", "Cue", "Content", "Marks", "Article"];
  return el("table", { class: "claims-table" },
    el("thead", {}, el("tr", {}, head.map((h) => el("th", { scope: "col" }, h)))),
    el("tbody", {}, rows.map((r) => el("tr", { class: isDenial(r) ? "is-denial" : "" },
      el("td", {}, el("time", { datetime: r.date || "" }, r.date || ""), r.date && !r.date_is_stated ? el("span", { class: "muted" }, " (pub.)") : null),
      el("td", {}, r.speaker_key ? el("a", { href: entityRoute(r.speaker_key) }, r.speaker_name || r.speaker_text) : (r.speaker_text || "")),
      el("td", {}, r.cue_text || ""),
      el("td", {}, el("a", { href: articleRoute(r.article_id, r.id) }, r.content_text)),
      el("td", {}, [isDenial(r) ? "denial" : null, r.negated ? "negated" : null, r.hedged ? "hedged" : null, r.kind].filter(Boolean).join(", ")),
      el("td", {}, el("a", { href: articleRoute(r.article_id) }, r.title || r.article_id), r.outlet ? el("span", { class: "muted" }, ` · ${r.outlet}`) : null)))));
}

async function exportClaims(p, button) {
  button.disabled = true;
  const rows = [];
  try {
    for (let offset = 0; offset < CSV_MAX_ROWS; offset += 200) {
      button.textContent = `Exporting… ${formatNumber(rows.length)}`;
      const page = await api("claims", { params: { ...p, offset, limit: 200 } });
      rows.push(...page.items);
      if (offset + page.items.length >= page.total || !page.items.length) break;
    }
    download("claims.csv", toCsv(rows, CLAIM_COLUMNS));
  } finally {
    button.disabled = false;
    button.textContent = "Export CSV";
  }
}

export async function entitiesView(params) {
  const p = Object.fromEntries(params);
  const page = await api("entities", { params: { ...p, limit: PAGE } });
  const kinds = ["person", "organization", "country", "place", "group", "other"].map((k) => [k, k]);
  return el("section", {},
    el("h1", {}, "Entities"),
    filterForm("entities", [field("Name", textInput("q", p.q, { type: "search" })), field("Kind", select("kind", p.kind, kinds))]),
    pager("entities", p, page),
    el("table", { class: "entities-table" },
      el("thead", {}, el("tr", {}, ["Name", "Kind", "Articles", "Said", "Said about"].map((h) => el("th", { scope: "col" }, h)))),
      el("tbody", {}, page.items.map((e) => el("tr", {},
        el("td", {}, el("a", { href: entityRoute(e.key) }, e.name)), el("td", {}, e.kind),
        el("td", {}, formatNumber(e.n_articles)), el("td", {}, formatNumber(e.n_said)), el("td", {}, formatNumber(e.n_about)))))));
}

export async function articleView(id, params) {
  const record = await api("articles/" + encodeURIComponent(id));
  return renderReader(record, { stored: true, claim: params.get("claim") });
}

/** Claims grouped by date (statement date, else publication date), oldest first. */
function timeline(rows, options) {
  const groups = new Map();
  for (const row of rows) {
    const key = row.date || "undated";
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(row);
  }
  return el("ol", { class: "timeline" }, [...groups].map(([date, items]) => el("li", {},
    el("time", { class: "when", datetime: date === "undated" ? null : date }, date),
    items.map((row) => claimCard(row, options)))));
}

export async function entityView(key, params) {
  const data = await api("entities/" + encodeURIComponent(key), {
    params: { said_offset: params.get("said_offset"), about_offset: params.get("about_offset"), limit: 200 },
  });
  const e = data.entity;
  const section = (title, page, options, offsetName) => el("section", { class: "entity-claims" },
    el("h2", {}, `${title} (${formatNumber(page.total)})`),
    page.items.length ? timeline(page.items, options) : el("p", { class: "muted" }, "None."),
    page.offset + page.items.length < page.total
      ? el("a", { href: route("entity/" + encodeURIComponent(e.key), { [offsetName]: page.offset + page.limit }) }, "More →") : null);
  return el("section", { class: "entity" },
    el("h1", {}, e.name),
    el("p", { class: "meta" }, `${e.kind} · in ${formatNumber(e.n_articles)} article${e.n_articles === 1 ? "" : "s"} · `,
      el("a", { href: route("claims", { speaker: e.key }) }, "claims table"), el("span", { class: "muted" }, ` · ${e.key}`)),
    section("What they said", data.said, { showSpeaker: false }, "said_offset"),
    section("What was said about them", data.about, {}, "about_offset"));
}

export async function analyzeView() {
  const s = await stats(true);
  if (s.read_only) {
    return el("section", {}, el("h1", {}, "Analyse an article"),
      el("p", { class: "notice" }, "This server is read-only: it does not analyse or store new articles."));
  }
  const result = el("div", { class: "analysis", "aria-live": "polite" });
  const form = el("form", { class: "analyze-form" },
    field("Paste the article (plain text or HTML)", el("textarea", { name: "body", rows: "12" })),
    field("…or upload a file (.txt, .md, .html, .json)", el("input", { type: "file", name: "file", accept: ".txt,.md,.html,.htm,.json" })),
    el("div", { class: "filters" },
      field("Title", textInput("title", "")), field("Published", el("input", { type: "date", name: "published" })),
      field("Outlet", textInput("outlet", "")), field("URL", el("input", { type: "url", name: "url" }))),
    el("p", { class: "actions" },
      el("button", { type: "submit", value: "analyze" }, "Analyse"), " ",
      el("button", { type: "submit", value: "store" }, "Analyse and store")),
    el("p", { class: "muted" }, `At most ${formatNumber(s.max_body_bytes)} bytes.`));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    submitAnalysis(form, event.submitter && event.submitter.value === "store", result);
  });
  return el("section", {}, el("h1", {}, "Analyse an article"), form, result);
}

async function submitAnalysis(form, store, result) {
  const data = new FormData(form);
  const body = new FormData();
  const file = data.get("file");
  const pasted = String(data.get("body") || "");
  if (file && file.size) body.set("file", file);
  else if (/^\s*</.test(pasted)) body.set("html", pasted);
  else body.set("text", pasted);
  for (const name of ["title", "published", "outlet", "url"]) if (data.get(name)) body.set(name, data.get(name));
  result.replaceChildren(el("p", { class: "muted" }, "Analysing… (the first analysis loads the language model)"));
  try {
    const answer = await api(store ? "articles" : "analyze", { body });
    const record = store ? answer.record : answer;
    result.replaceChildren(
      store ? el("p", { class: "notice" }, answer.added ? "Stored. " : "Already stored. ",
        el("a", { href: articleRoute(answer.id) }, "Open it in the reader")) : null,
      renderReader(record, { stored: store }));
  } catch (error) {
    result.replaceChildren(el("p", { class: "error" }, error.message));
  }
}
