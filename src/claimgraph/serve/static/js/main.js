// The page's router (hash routes, so the server serves one page) and its global behaviours:
// the header search box and the tooltips that show normalised values.

import { el } from "./dom.js";
import {
  analyzeView, articlesView, articleView, claimsView, entitiesView, entityView, homeView, searchView,
} from "./views.js";

const ROUTES = [
  [/^$/, () => homeView()],
  [/^search$/, (m, params) => searchView(params)],
  [/^articles$/, (m, params) => articlesView(params)],
  [/^article\/([^/]+)$/, (m, params) => articleView(decodeURIComponent(m[1]), params)],
  [/^claims$/, (m, params) => claimsView(params)],
  [/^entities$/, (m, params) => entitiesView(params)],
  [/^entity\/(.+)$/, (m, params) => entityView(decodeURIComponent(m[1]), params)],
  [/^analyze$/, () => analyzeView()],
];

const view = document.getElementById("view");
let rendering = 0;

async function render() {
  const [path, query] = location.hash.replace(/^#\/?/, "").split("?");
  const params = new URLSearchParams(query || "");
  const found = ROUTES.map(([pattern, make]) => [path.match(pattern), make]).find(([m]) => m);
  const ticket = ++rendering;
  view.setAttribute("aria-busy", "true");
  let content;
  try {
    content = found ? await found[1](found[0], params) : el("p", { class: "error" }, "No such page.");
  } catch (error) {
    content = el("p", { class: "error" }, `${error.status ? error.status + ": " : ""}${error.message}`);
  }
  if (ticket !== rendering) return; // a newer navigation finished first
  view.replaceChildren(content);
  view.removeAttribute("aria-busy");
  document.title = (view.querySelector("h1")?.textContent || "") + " · claimgraph";
  if (!params.get("claim")) window.scrollTo(0, 0);
}

function setUpSearch() {
  const form = document.getElementById("search");
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const q = form.elements.q.value.trim();
    if (q) location.hash = "#/search?" + new URLSearchParams({ q });
  });
}

// Hover or focus an annotated time, quantity or place: its normalised value shows beside it.
function setUpTips() {
  const tip = document.getElementById("tip");
  const show = (event) => {
    const target = event.target.closest?.("[data-tip]");
    if (!target) return;
    tip.textContent = target.dataset.tip;
    tip.hidden = false;
    const box = target.getBoundingClientRect();
    tip.style.left = `${Math.max(4, Math.min(box.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 4))}px`;
    tip.style.top = `${box.bottom + window.scrollY + 6}px`;
    target.setAttribute("aria-describedby", "tip");
  };
  const hide = (event) => {
    const target = event.target.closest?.("[data-tip]");
    if (!target) return;
    tip.hidden = true;
    target.removeAttribute("aria-describedby");
  };
  document.addEventListener("mouseover", show);
  document.addEventListener("focusin", show);
  document.addEventListener("mouseout", hide);
  document.addEventListener("focusout", hide);
}

setUpSearch();
setUpTips();
window.addEventListener("hashchange", render);
render();
