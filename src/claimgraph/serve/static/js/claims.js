// How a claim is shown wherever it appears: its badges (denial, hedged, negated, kind) and a
// one-line card linking to its place in the article and to its speaker's page.

import { articleRoute, el, entityRoute } from "./dom.js";

// Cue stances that deny or reject what the content says ("denied", "rejected", "dismissed").
const DENYING = /^(den|reject|refut|dismiss|disput|contradict|rebut)/i;

/** Works on a claimgraph/1 claim ({cue: {stance, negated}, hedged}) and on an API claim row.
 * A negated denial ("did not deny") is not one. */
export function isDenial(claim) {
  const stance = claim.cue ? claim.cue.stance : claim.stance;
  return Boolean(stance && DENYING.test(stance)) && !isNegated(claim);
}

/** The content in quote marks, unless it already has its own. */
export function quoted(text) {
  return /^[“"‘'«]/.test(text) ? text : `“${text}”`;
}

export function isNegated(claim) {
  return Boolean(claim.cue ? claim.cue.negated : claim.negated);
}

export function badges(claim) {
  const out = [];
  if (isDenial(claim)) out.push(el("span", { class: "badge denial", title: "The speaker denies or rejects this" }, "denial"));
  if (isNegated(claim)) out.push(el("span", { class: "badge negated", title: "The attribution is negated (e.g. “did not say”)" }, "negated"));
  if (claim.hedged) out.push(el("span", { class: "badge hedged", title: "Hedged: may, might, reportedly…" }, "hedged"));
  if (claim.kind) out.push(el("span", { class: `badge kind kind-${claim.kind}`, title: `${claim.kind} quote` }, claim.kind));
  return out;
}

/** Row-shaped claim (from /api/claims) as a card: speaker — cue — “content”, article, date. */
export function claimCard(row, { showSpeaker = true, showArticle = true } = {}) {
  const speaker = row.speaker_key
    ? el("a", { class: "speaker", href: entityRoute(row.speaker_key) }, row.speaker_name || row.speaker_text || row.speaker_key)
    : el("span", { class: "speaker unknown" }, row.speaker_text || "unknown speaker");
  const classes = ["claim-card", isDenial(row) ? "is-denial" : "", row.hedged ? "is-hedged" : ""].join(" ").trim();
  return el("div", { class: classes },
    el("p", { class: "claim-line" },
      showSpeaker ? [speaker, " "] : null,
      row.cue_text ? [el("span", { class: "cue" }, row.cue_text), " "] : null,
      el("a", { class: "content", href: articleRoute(row.article_id, row.id) }, quoted(row.content_text)),
    ),
    el("p", { class: "claim-meta" },
      badges(row),
      showArticle && row.title ? [" ", el("a", { href: articleRoute(row.article_id) }, row.title)] : null,
      row.outlet ? ` · ${row.outlet}` : null,
      row.date ? [" · ", el("time", { datetime: row.date, title: row.date_is_stated ? "statement date" : "publication date" },
        row.date + (row.date_is_stated ? "" : " (published)"))] : null,
    ),
  );
}
