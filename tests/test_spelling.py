"""The editor underlines misspelt Indonesian words and offers corrections on right click."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from humasdesk import paths
from humasdesk.core import spelling
from humasdesk.ui.spelling import SpellCheck


@pytest.fixture(scope="module")
def dictionary():
    """The Indonesian dictionary, loaded once for the module (it takes half a second)."""
    return spelling.SpellChecker().dictionary


@pytest.fixture
def checker(dictionary, tmp_path: Path) -> spelling.SpellChecker:
    checked = spelling.SpellChecker(dictionary, spelling.PersonalWords(tmp_path / "words.txt"))
    checked.suggest_seconds = None  # the same suggestions however busy the test machine is
    return checked


def test_a_misspelt_word_is_found_and_its_correction_suggested(checker):
    text = "Pemerntah Kabupaten meluruskan hoaks yang beredar, anak-anak tetap aman."
    assert [w.text for w in checker.misspelt(text)] == ["Pemerntah"]
    assert "pemerintah" in [s.lower() for s in checker.suggest("Pemerntah")]


def test_suggestions_come_back_within_the_time_budget(dictionary, tmp_path: Path):
    checker = spelling.SpellChecker(dictionary, spelling.PersonalWords(tmp_path / "w.txt"))
    checker.suggest_seconds = 0.05
    quick = checker.suggest("xqzvbnmk")  # no good edits: hunspell would search for seconds
    assert isinstance(quick, list) and len(quick) <= 6


def test_acronyms_numbers_links_and_addresses_are_not_flagged(checker):
    text = "DISKOMINFO merilis 12 foto di https://kominfo.contoh.go.id/xyzq dan humas@contoh.go.id"
    assert checker.misspelt(text) == []


def test_the_personal_word_list_is_kept_in_the_user_config_folder(dictionary, user_dirs):
    checker = spelling.SpellChecker(dictionary)
    assert not checker.is_correct("Sukamaju")
    checker.add_personal("Sukamaju")
    assert checker.is_correct("Sukamaju")
    stored = paths.config_dir() / "dictionary.txt"
    assert stored.read_text(encoding="utf-8").split() == ["Sukamaju"]
    assert spelling.SpellChecker(dictionary).is_correct("Sukamaju")


def checked_editor(qtbot, checker, text: str, editor_class=QTextEdit):
    """An editor with spell checking, holding `text`, and a cursor inside its first typo."""
    editor = editor_class()
    qtbot.addWidget(editor)
    check = SpellCheck(editor, checker)
    editor.setPlainText(text)
    cursor = editor.textCursor()
    typos = check.misspelt_words()
    cursor.setPosition(text.index(typos[0]) + 2 if typos else 0)
    return editor, check, cursor


@pytest.mark.parametrize("editor_class", [QTextEdit, QPlainTextEdit])
def test_the_editor_underlines_and_corrects_a_word_from_its_menu(qtbot, checker, editor_class):
    text = "Pemerintah daerah membantah kabar itu.\nSiaran pers ini dikirm pagi."
    editor, check, cursor = checked_editor(qtbot, checker, text, editor_class)
    assert check.misspelt_words() == ["dikirm"]
    menu = check.menu_at(cursor)
    labels = [a.text() for a in menu.actions()]
    assert labels[0] == "dikirim"
    menu.actions()[0].trigger()
    assert "Siaran pers ini dikirim pagi." in editor.toPlainText()
    assert check.misspelt_words() == []
    editor.undo()
    assert "dikirm" in editor.toPlainText()


def test_add_to_dictionary_from_the_menu_removes_the_underline(qtbot, checker):
    editor, check, cursor = checked_editor(qtbot, checker, "Kecamatan Sukamaju aman.")
    assert check.misspelt_words() == ["Sukamaju"]
    menu = check.menu_at(cursor, editor.createStandardContextMenu())
    menu.findChild(type(menu.actions()[0]), "addToDictionary").trigger()
    assert check.misspelt_words() == []
    assert "Sukamaju" in checker.personal


def test_a_correct_word_gets_only_the_usual_menu(qtbot, checker):
    editor, check, cursor = checked_editor(qtbot, checker, "Pemerintah daerah")
    standard = editor.createStandardContextMenu()
    count = len(standard.actions())
    assert len(check.menu_at(cursor, standard).actions()) == count


def test_spell_checking_can_be_switched_off_for_english_statements(qtbot, checker):
    _editor, check, _cursor = checked_editor(qtbot, checker, "The goverment denies the claim.")
    assert "goverment" in check.misspelt_words()
    check.set_enabled(False)
    assert check.misspelt_words() == []
