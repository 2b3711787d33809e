"""Sentences kept as a template and values: English for the command line, and equal by value."""

from __future__ import annotations

from biosparc_desktop.domain.sentences import AT, Sentence, at, joined, translatable
from biosparc_desktop.errors import ValidationError


def test_a_sentence_reads_as_english_with_its_values_worded_in_turn() -> None:
    where = Sentence.of("Row {line}", line=14)
    problem = ValidationError.of("{label} is required.", label="The name")
    said = at(where, problem)
    assert str(said) == said.text == "Row 14: The name is required."
    assert said.template == AT and said.params["problem"] is problem


def test_joined_sentences_keep_each_part() -> None:
    parts = [Sentence.of("Row {line}", line=1), "plain text"]
    both = joined(parts, "; ")
    assert both.text == "Row 1; plain text"
    assert list(both.params.values()) == parts
    assert joined([]).text == ""


def test_sentences_compare_and_hash_by_value() -> None:
    first = Sentence.of("same email {value}", value="a@b.org")
    assert first == Sentence.of("same email {value}", value="a@b.org")
    assert first != Sentence.of("same email {value}", value="c@d.org")
    assert len({first, Sentence.of("same email {value}", value="a@b.org")}) == 1


def test_translatable_returns_the_text() -> None:
    assert translatable("Saving contacts") == "Saving contacts"
