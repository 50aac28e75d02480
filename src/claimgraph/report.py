"""A readable report of one claimgraph/1 record (``claimgraph analyze --format text``)."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table


def render_report(record: dict[str, Any], console: Console) -> None:
    article = record["article"]
    console.rule(f"[bold]{escape(article.get('title') or '(untitled)')}")
    facts = [
        f"id {article['id']}",
        f"published {article.get('published') or 'unknown'}",
        *(f"{k} {escape(str(article[k]))}" for k in ("author", "outlet", "url") if article.get(k)),
        f"{len(article['text']):,} characters",
    ]
    console.print(" · ".join(facts))
    if article.get("removed"):
        removed = "; ".join(f"{escape(r['text'][:60])!s} ({r['reason']})" for r in article["removed"])
        console.print(f"[dim]cleaning removed {len(article['removed'])}: {removed}[/]")
    _claims(record, console)
    _entities(record, console)
    _times(record, console)
    _quantities(record, console)
    _places(record, console)


def _table(title: str, *columns: str) -> Table:
    table = Table(title=title, title_justify="left", show_lines=False, expand=False)
    for column in columns:
        table.add_column(column, overflow="fold")
    return table


def _claims(record: dict[str, Any], console: Console) -> None:
    if not record["claims"]:
        console.print("[dim]no claims found[/]")
        return
    table = Table(title=f"Claims ({len(record['claims'])})", title_justify="left", expand=True)
    table.add_column("id", no_wrap=True)
    table.add_column("speaker", ratio=1)
    table.add_column("cue · stance", ratio=1)
    table.add_column("content", ratio=3)
    table.add_column("said", no_wrap=True)
    for c in record["claims"]:
        table.add_row(c["id"], _speaker(c["speaker"]), _cue(c), escape(_shorten(c["content"]["text"], 220)),
                      escape(_stated(c.get("stated"))))
    console.print(table)


def _speaker(speaker: dict[str, Any]) -> str:
    how = speaker.get("how")
    if speaker.get("name"):
        name = escape(speaker["name"])
    else:  # a pronoun or a noun the resolver could not tie to anybody still has words in the text
        name = "[dim](unresolved)[/]" if speaker.get("text") else "[dim](no source)[/]"
    if how in ("pronoun", "nominal", "continuation") and speaker.get("text") and speaker["text"] != speaker.get("name"):
        return f"{name} [dim]({escape(_shorten(speaker['text'], 30))})[/]"
    return name


def _cue(claim: dict[str, Any]) -> str:
    cue = claim.get("cue")
    if not cue:
        return "[dim]continues[/]" if claim["speaker"].get("how") == "continuation" else ""
    stance = ("not " if cue.get("negated") else "") + cue.get("stance", "")
    style = "bold red" if cue.get("stance") in ("deny", "reject") and not cue.get("negated") else "bold"
    hedged = " [yellow]hedged[/]" if claim.get("hedged") else ""
    return f"{escape(cue['text'])} · [{style}]{stance}[/]{hedged} [dim]{claim['kind']}[/]"


def _stated(stated: dict[str, Any] | None) -> str:
    if not stated:
        return ""
    return stated.get("value") or stated.get("text") or ""


def _entities(record: dict[str, Any], console: Console) -> None:
    if not record["entities"]:
        return
    table = _table(f"Entities ({len(record['entities'])})", "id", "name", "kind", "country", "mentions")
    for e in record["entities"]:
        table.add_row(e["id"], escape(e["name"]), e["kind"], e.get("country") or "", str(len(e["mentions"])))
    console.print(table)


def _times(record: dict[str, Any], console: Console) -> None:
    if not record["times"]:
        return
    table = _table(f"Times ({len(record['times'])})", "text", "type", "value", "days")
    for t in record["times"]:
        days = f"{t['start']}..{t['end']}" if t.get("start") and t.get("end") and t["start"] != t["end"] else (t.get("start") or "")
        table.add_row(escape(t["text"]), t["type"], t.get("value") or "", days)
    console.print(table)


def _quantities(record: dict[str, Any], console: Console) -> None:
    if not record["quantities"]:
        return
    table = _table(f"Quantities ({len(record['quantities'])})", "text", "value", "unit", "modality", "notes")
    for q in record["quantities"]:
        value = _number(q.get("value"))
        if q.get("value_max") is not None:
            value += f"–{_number(q['value_max'])}"
        notes = ", ".join(n for n, on in (("approximate", q.get("approximate")), ("at least", q.get("lower_bound"))) if on)
        unit = " ".join(x for x in (q.get("currency"), q.get("unit")) if x)
        table.add_row(escape(q["text"]), value, escape(unit), q.get("modality") or "", notes)
    console.print(table)


def _places(record: dict[str, Any], console: Console) -> None:
    if not record["places"]:
        return
    table = _table(f"Places ({len(record['places'])})", "text", "name", "country", "lat, lon", "geonameid")
    seen = set()
    for p in record["places"]:
        key = (p["text"], p.get("geonameid"))
        if key in seen:
            continue
        seen.add(key)
        coords = f"{p['lat']:.3f}, {p['lon']:.3f}" if p.get("lat") is not None else ""
        table.add_row(escape(p["text"]), escape(p["name"]), p.get("country") or "", coords, str(p.get("geonameid") or ""))
    console.print(table)


def _number(value: float | None) -> str:
    if value is None:
        return "?"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,}"


def _shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
