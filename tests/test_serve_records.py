"""Hand-written claimgraph/1 records for the serve tests (API and browser), and checks of them.

The articles are short texts written for these tests. Spans are found by searching the text for each
phrase, so the records stay consistent when a text is edited. One article carries script-injection
payloads in its title, URL, text, speaker and claim content: the page must show them as text.
"""

from __future__ import annotations

from pathlib import Path

from claimgraph.records import (
    Article, Claim, Cue, Entity, Place, Quantity, Record, Removed, Speaker, Stated, TextSpan, Time,
)
from claimgraph.schema import validate
from claimgraph.store import Store

XSS_TITLE = 'Mayor <img src=x onerror="window.__pwned=1"> speaks <script>window.__pwned=2</script>'
XSS_URL = 'javascript:window.__pwned=3//"><img src=x onerror="window.__pwned=4">'
XSS_SPEAKER = 'Zed <img src=x onerror="window.__pwned=5">Okafor'
XSS_CONTENT = 'the <script>window.__pwned=6</script> budget is <b onmouseover="window.__pwned=7">fine</b>'


def find(text: str, phrase: str, after: int = 0) -> tuple[int, int]:
    start = text.index(phrase, after)
    return start, start + len(phrase)


class Builder:
    """Builds one record from a text, naming spans by the phrases they cover."""

    def __init__(self, text: str, **article: object) -> None:
        self.text = text
        self.record = Record(article=Article(text=text, **article))

    def entity(self, name: str, kind: str, label: str, *surface: str, country: str | None = None) -> str:
        eid = f"e{len(self.record.entities) + 1}"
        mentions = []
        for phrase in surface or (name,):
            at = 0
            while (found := self.text.find(phrase, at)) >= 0:
                mentions.append((found, found + len(phrase)))
                at = found + len(phrase)
        self.record.entities.append(Entity(eid, name, kind, label, country, sorted(mentions)))
        return eid

    def claim(
        self, speaker: str | None, cue: str | None, content: str, *, entity: str | None = None,
        kind: str = "indirect", stance: str = "assert", negated: bool = False, hedged: bool = False,
        stated: tuple[str, str | None] | None = None, how: str = "explicit", after: int = 0,
    ) -> str:
        cid = f"c{len(self.record.claims) + 1}"
        sp_span = find(self.text, speaker, after) if speaker else None
        cue_span = self._cue_span(cue, sp_span, after) if cue else None
        content_span = find(self.text, content, after)
        name = None
        if entity:
            name = next(e.name for e in self.record.entities if e.id == entity)
        self.record.claims.append(Claim(
            cid, kind, Speaker(speaker, sp_span, name, entity, how if speaker else "none"),
            Cue(cue, cue_span, cue.split()[-1].lower(), stance, negated) if cue else None,
            TextSpan(content, content_span),
            Stated(stated[0], find(self.text, stated[0], after), stated[1]) if stated else None,
            hedged,
        ))
        return cid

    def _cue_span(self, cue: str, speaker: tuple[int, int] | None, after: int) -> tuple[int, int]:
        # The cue after the speaker ("X said"), else the nearest one before it ("..., said X").
        if speaker is None or cue in self.text[speaker[1]:speaker[1] + 40]:
            return find(self.text, cue, speaker[1] if speaker else after)
        start = self.text.rindex(cue, after, speaker[0])
        return start, start + len(cue)

    def time(self, phrase: str, value: str, type_: str = "DATE") -> None:
        self.record.times.append(Time(phrase, find(self.text, phrase), type_, value, value, value, "published"))

    def quantity(self, phrase: str, value: float, unit: str | None, **more: object) -> None:
        self.record.quantities.append(Quantity(phrase, find(self.text, phrase), value, unit, **more))

    def place(self, phrase: str, name: str, geonameid: int, lat: float, lon: float, country: str) -> None:
        self.record.places.append(Place(phrase, find(self.text, phrase), name, geonameid, lat, lon, country, "P.PPLA"))


def troops_article() -> Record:
    text = (
        "Troops gather near Kursk as Seoul raises alarm\n\n"
        "Ian Bremmer said on Monday that about 3,000 soldiers had reached Kursk. "
        "“They are not there for training,” Bremmer told reporters in Seoul.\n\n"
        "North Korea's foreign ministry denied the reports, calling them baseless rumors. "
        "Officials in Seoul said the deployment may grow to 10,000 troops by December."
    )
    b = Builder(
        text, title="Troops gather near Kursk as Seoul raises alarm", published="2024-10-25",
        url="https://news.example/world/kursk-troops", outlet="Wire Daily", author="Ana Lima",
        removed=[Removed("Share this article", "ui", 0), Removed("Photo: Agency / Jane Roe", "credit", 40)],
    )
    bremmer = b.entity("Ian Bremmer", "person", "PERSON", "Ian Bremmer", "Bremmer")
    kp = b.entity("North Korea", "country", "GPE", "North Korea", country="KP")
    b.entity("Kursk", "place", "GPE", "Kursk", country="RU")
    b.entity("Seoul", "place", "GPE", "Seoul", country="KR")
    b.claim("Ian Bremmer", "said", "about 3,000 soldiers had reached Kursk", entity=bremmer,
            stated=("on Monday", "2024-10-21"))
    b.claim("Bremmer", "told", "They are not there for training", entity=bremmer, kind="direct",
            after=text.index("“They"))
    b.claim("North Korea's foreign ministry", "denied", "the reports", entity=kp, stance="deny")
    b.claim("Officials in Seoul", "said", "the deployment may grow to 10,000 troops by December",
            stance="assert", hedged=True, how="nominal")
    b.time("on Monday", "2024-10-21")
    b.time("December", "2024-12")
    b.quantity("about 3,000 soldiers", 3000, "soldiers", approximate=True, entity=bremmer)
    b.quantity("10,000 troops", 10000, "troops")
    b.place("Kursk", "Kursk", 538560, 51.73, 36.19, "RU")
    b.place("Seoul", "Seoul", 1835848, 37.566, 126.978, "KR")
    return b.record


def summit_article() -> Record:
    text = (
        "Analysts weigh a summit\n\n"
        "Kim Jong Un will not attend the summit, Ian Bremmer wrote on Friday. "
        "Ian Bremmer added that Kim Jong Un fears the talks. "
        "A spokesman for Kim Jong Un rejected the claim."
    )
    b = Builder(text, title="Analysts weigh a summit", published="2024-11-02",
                url="https://harbor.example/summit", outlet="Harbor Post")
    bremmer = b.entity("Ian Bremmer", "person", "PERSON")
    kim = b.entity("Kim Jong Un", "person", "PERSON")
    b.claim("Ian Bremmer", "wrote", "Kim Jong Un will not attend the summit", entity=bremmer,
            stated=("on Friday", "2024-11-01"))
    b.claim("Ian Bremmer", "added", "Kim Jong Un fears the talks", entity=bremmer, after=text.index("added") - 12)
    b.claim("A spokesman for Kim Jong Un", "rejected", "the claim", entity=kim, stance="deny", how="nominal")
    b.time("on Friday", "2024-11-01")
    return b.record


def budget_article() -> Record:
    """The hostile one: script-injection payloads in the title, URL, text, speaker and content."""
    text = (
        f"City budget row\n\n"
        f"{XSS_SPEAKER} said that {XSS_CONTENT}. "
        f"The council approved 4 million dollars on Tuesday, said Lena Park."
    )
    b = Builder(text, title=XSS_TITLE, published="2023-05-09", url=XSS_URL, outlet='Gazette <i onclick="x()">')
    zed = b.entity(XSS_SPEAKER, "person", "PERSON")
    park = b.entity("Lena Park", "person", "PERSON")
    b.claim(XSS_SPEAKER, "said", XSS_CONTENT, entity=zed)
    b.claim("Lena Park", "said", "The council approved 4 million dollars on Tuesday", entity=park,
            stated=("on Tuesday", "2023-05-09"))
    b.quantity("4 million dollars", 4_000_000, "USD", currency="USD")
    b.time("on Tuesday", "2023-05-09")
    return b.record


def quiet_article() -> Record:
    """No claims at all, another outlet and year."""
    return Builder(
        "Harbour festival returns\n\nThe harbour festival returns this weekend with boats and music.",
        title="Harbour festival returns", published="2022-07-01", outlet="Harbor Post",
    ).record


def fixture_records() -> list[Record]:
    return [troops_article(), summit_article(), budget_article(), quiet_article()]


def build_db(path: Path) -> Path:
    with Store(path) as store:
        store.add_many(fixture_records())
    return path


# --- the fixture itself is sound -------------------------------------------------------------------


def test_fixture_records_are_valid_claimgraph_records():
    for record in fixture_records():
        data = record.to_dict()
        validate(data)
        text = data["article"]["text"]
        for claim in data["claims"]:
            start, end = claim["content"]["span"]
            assert text[start:end] == claim["content"]["text"]
            if claim["speaker"]["span"]:
                start, end = claim["speaker"]["span"]
                assert text[start:end] == claim["speaker"]["text"]


def test_fixture_has_the_hostile_payloads_where_the_page_shows_data():
    record = budget_article()
    assert "<script>" in record.article.title and "onerror=" in record.article.title
    assert record.article.url.startswith("javascript:")
    assert "<script>" in record.article.text and "onerror=" in record.article.text
