"""Czech grammar from the morphology library: lemmas and parts of speech as a Czech teacher gives them."""

from __future__ import annotations

import pytest

from planlint.judging import morphology


@pytest.mark.parametrize(
    "form, lemma",
    [
        ("podá", "podat"), ("Podala", "podat"), ("naučím", "naučit"), ("bude", "být"), ("práci", "práce"),
        ("žádosti", "žádost"), ("smlouvu", "smlouva"), ("zaplatí", "zaplatit"), ("dluhy", "dluh"),
        ("schůzky", "schůzka"), ("vztahů", "vztah"), ("chce", "chtít"), ("potřebuji", "potřebovat"),
        ("přeje", "přát"), ("dětí", "dítě"), ("bytu", "byt"), ("kilometry", "kilometr"), ("slovíček", "slovíčko"),
    ],
)
def test_a_form_has_its_dictionary_lemma(form, lemma):
    assert morphology.lemma(form) == lemma


@pytest.mark.parametrize(
    "form, pos",
    [
        ("podá", "verb"), ("docházet", "verb"), ("zlepšit", "verb"), ("potřebuji", "verb"), ("odejít", "verb"),
        ("byt", "other"), ("účet", "other"), ("kredit", "other"), ("limit", "other"), ("žádost", "other"),
        ("podepsanou", "adjective"), ("poloviční", "adjective"), ("samostatnější", "adjective"),
    ],
)
def test_a_word_has_its_part_of_speech(form, pos):
    assert morphology.word(form).pos == pos


def test_words_that_differ_only_in_diacritics_are_different_words():
    assert morphology.word("přání").lemma == "přání"
    assert morphology.word("praní").lemma != "přání"
    assert morphology.word("byt").lemma != morphology.word("být").lemma


def test_an_unknown_word_is_unknown_not_guessed():
    assert morphology.word("xqzvplk").pos == "unknown"


def test_the_dictionary_can_be_forgotten_and_loaded_again():
    morphology.load()
    morphology.unload()
    assert morphology.word("podá").lemma == "podat"
