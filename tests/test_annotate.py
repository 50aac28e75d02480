"""The annotation stage: pipeline assembly, paragraph sentence breaks, batching with context."""

from claimgraph.annotate import STAGES, annotate, load_pipeline
from claimgraph.records import Article


def test_pipeline_has_the_stages_in_order_after_the_model(nlp):
    names = nlp.pipe_names
    assert [n for n in names if n in STAGES] == list(STAGES)
    assert names.index("claimgraph_paragraphs") < names.index("parser")


def test_no_sentence_runs_across_a_line_break(nlp):
    doc = nlp("Storm hits coast, officials warn\nThe storm hit the port on Monday, police said.")
    first, second = list(doc.sents)[:2]
    assert first.text.strip() == "Storm hits coast, officials warn"
    assert second.text.startswith("The storm hit")


def test_a_rank_abbreviation_ends_no_sentence_and_the_quote_keeps_its_speaker(nlp):
    doc = nlp("Crews worked all night.\n\n“The pier is unsafe,” harbour spokesman Cmdr. Ola Brandt said.")
    brandt = next(t for t in doc if t.text == "Ola")
    assert not brandt.is_sent_start
    assert [c.speaker.name for c in doc._.claims] == ["Ola Brandt"]


def test_a_figures_scale_letter_with_a_full_stop_ends_the_sentence(nlp):
    doc = nlp('The club turned down an offer worth €60m. "It was never about the money," its chairwoman said.')
    assert [s.text for s in doc.sents][0] == "The club turned down an offer worth €60m."
    (quote,) = [c for c in doc._.claims if c.kind == "direct"]
    assert quote.content.text.startswith('"It was never')


def test_annotate_keeps_each_article_with_its_doc_and_date(nlp):
    articles = [Article(text=f"Story number {i} was filed on Monday.", published=f"2024-10-2{i}") for i in range(1, 4)]
    pairs = list(annotate(nlp, iter(articles), batch_size=2))
    assert [a.published for a, _ in pairs] == ["2024-10-21", "2024-10-22", "2024-10-23"]
    for article, doc in pairs:
        assert doc.text == article.text and doc._.published == article.published


def test_subset_of_stages_and_no_line_splitting():
    nlp = load_pipeline(stages=["claimgraph_entities"], split_lines=False)
    assert "claimgraph_paragraphs" not in nlp.pipe_names
    assert [n for n in nlp.pipe_names if n.startswith("claimgraph")] == ["claimgraph_entities"]
