"""The interface language: Qt translators, the default locale, and the label helpers.

Every user-visible string goes through ``translate(context, text)`` (an alias of
``QCoreApplication.translate`` that pyside6-lupdate recognises). What the domain
and the services say arrives in English and is translated here: enum labels
(:func:`label`, listed in ``enum_labels.py``), domain errors and other sentences of
the services (:func:`error_text`, :func:`sentence_text`, listed in
``error_messages.py``) and the names of user actions shown for Undo
(:func:`action_text`). ``tools/update_translations.py`` refreshes the catalogue.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from enum import Enum
from functools import cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from biosparc_desktop.domain.sentences import Sentence
from biosparc_desktop.errors import BiosparcError

translate = QCoreApplication.translate


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context``; it is translated where it is shown.

    Qt's own returns ``object`` to type checkers; pyside6-lupdate only looks at the name.
    """
    return text


TRANSLATIONS_DIR = Path(__file__).resolve().parents[1] / "resources" / "translations"
LANGUAGE_KEY = "ui/language"
SYSTEM = "system"
# Each language is offered in its own words, whatever the interface language.
LANGUAGES = (
    (SYSTEM, QT_TRANSLATE_NOOP("SettingsDialog", "System default")),
    ("en", "English"),  # i18n: keep
    ("zh_CN", "简体中文"),
)

_installed: list[QTranslator] = []


def chosen_language(settings: QSettings) -> str:
    value = settings.value(LANGUAGE_KEY, SYSTEM)
    return value if isinstance(value, str) and value in {code for code, _ in LANGUAGES} else SYSTEM


def effective_locale(language: str) -> QLocale:
    if language == SYSTEM:
        return QLocale.system()
    return QLocale(language)


def install_language(app: QCoreApplication, language: str) -> QLocale:
    """Load the translations for ``language`` (or the system's) and make its locale the default.

    Dates, numbers and amounts then follow the chosen language.
    """
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    locale = effective_locale(language)
    QLocale.setDefault(locale)
    if locale.language() == QLocale.Language.Chinese:
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, folder in (("qtbase", qt_dir), ("biosparc", str(TRANSLATIONS_DIR))):
            translator = QTranslator(app)
            if translator.load(locale, name, "_", folder):
                app.installTranslator(translator)
                _installed.append(translator)
    return locale


def apply_saved_language(app: QCoreApplication, settings: QSettings) -> QLocale:
    """At start-up, before any window is built: the language chosen in Settings (or the system's)."""
    return install_language(app, chosen_language(settings))


def label(member: Enum) -> str:
    """An enum's label in the interface language."""
    return translate("enum", str(getattr(member, "label", member.value)))


def error_text(error: BiosparcError) -> str:
    """A domain error's sentence in the interface language.

    The sentence, or its template and each text value ("The name" in "{label} is
    required."), is looked up in the context "errors"; anything not translated
    (a value the user typed, say) is shown as it is.
    """
    if error.template is None:
        return translate("errors", error.message)
    return _worded(error.template, error.params, error.message)


def sentence_text(sentence: Sentence) -> str:
    """A sentence of the services (not an error) in the interface language, as :func:`error_text`."""
    return _worded(sentence.template, sentence.params, sentence.text)


def _worded(template: str, params: Mapping[str, object], english: str) -> str:
    translated = translate("errors", template)
    if translated == template and re.search(r"[A-Za-z]", re.sub(r"\{[^}]*\}", "", template)):
        return english  # no translation: the English sentence whole, not half and half
    return translated.format(**{key: _value_text(key, value) for key, value in params.items()})


def _value_text(key: str, value: object) -> object:
    """A value inside a sentence: a sentence or an error is worded in turn; a text is
    translated when it is one of ours (a label; an enum's label where the key says
    ``kind``, ``…status`` or ``…stage``); what the user typed, and numbers, stay as they are."""
    if isinstance(value, BiosparcError):
        return error_text(value)
    if isinstance(value, Sentence):
        return sentence_text(value)
    if isinstance(value, date) and not isinstance(value, datetime):
        from biosparc_desktop.ui.formatting import fmt_date  # it imports this module

        return fmt_date(value)
    if isinstance(value, str):
        if key == "kind" or key.endswith(("status", "stage")):
            return translate("enum", value)
        return translate("errors", value)
    return value


@cache
def _template_pattern(template: str) -> re.Pattern[str]:
    """``template`` ("Laying out page {page}") as a regular expression naming its values."""
    regex = re.sub(r"\\\{(\w+)\\\}", lambda m: f"(?P<{m.group(1)}>.+)", re.escape(template))
    return re.compile(f"^{regex}$", re.DOTALL)


def filled_text(text: str, templates: Sequence[str]) -> str:
    """A text the services filled in from one of ``templates`` ("Laying out page 3"), in the
    interface language; any other text of theirs is looked up whole in the context "errors"."""
    for template in templates:
        match = _template_pattern(template).match(text)
        if match is not None:
            return translate("errors", template).format(**match.groupdict())
    return translate("errors", text)


# What the services call each user action (the undo and redo labels), as templates,
# most specific first. The services write them in English into the change journal;
# the interface shows them in its language. A label that matches none is shown as it is.
_ACTION_TEMPLATES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("actions", "Add partner {name}"),
    QT_TRANSLATE_NOOP("actions", "Edit partner {name}"),
    QT_TRANSLATE_NOOP("actions", "Move partner to {stage}"),
    QT_TRANSLATE_NOOP("actions", "Delete partner {name}"),
    QT_TRANSLATE_NOOP("actions", "Delete partner"),
    QT_TRANSLATE_NOOP("actions", "Add contact {name}"),
    QT_TRANSLATE_NOOP("actions", "Add contact"),
    QT_TRANSLATE_NOOP("actions", "Edit contact {name}"),
    QT_TRANSLATE_NOOP("actions", "Edit contact"),
    QT_TRANSLATE_NOOP("actions", "Delete contact {name}"),
    QT_TRANSLATE_NOOP("actions", "Delete contact"),
    QT_TRANSLATE_NOOP("actions", "Add agreement {name}"),
    QT_TRANSLATE_NOOP("actions", "Edit agreement {name}"),
    QT_TRANSLATE_NOOP("actions", "Move agreement to {status}"),
    QT_TRANSLATE_NOOP("actions", "Delete agreement {name}"),
    QT_TRANSLATE_NOOP("actions", "Delete agreement"),
    QT_TRANSLATE_NOOP("actions", "Add obligation"),
    QT_TRANSLATE_NOOP("actions", "Tick obligation done"),
    QT_TRANSLATE_NOOP("actions", "Untick obligation"),
    QT_TRANSLATE_NOOP("actions", "Add cooperation item"),
    QT_TRANSLATE_NOOP("actions", "Attach {name}"),
    QT_TRANSLATE_NOOP("actions", "Remove document"),
    QT_TRANSLATE_NOOP("actions", "Add event {name}"),
    QT_TRANSLATE_NOOP("actions", "Add attendee"),
    QT_TRANSLATE_NOOP("actions", "Edit event {name}"),
    QT_TRANSLATE_NOOP("actions", "Delete event"),
    QT_TRANSLATE_NOOP("actions", "Log {kind}"),
    QT_TRANSLATE_NOOP("actions", "Edit interaction"),
    QT_TRANSLATE_NOOP("actions", "Delete interaction"),
    QT_TRANSLATE_NOOP("actions", "Add follow-up {name}"),
    QT_TRANSLATE_NOOP("actions", "Edit follow-up {name}"),
    QT_TRANSLATE_NOOP("actions", "Complete follow-up"),
    QT_TRANSLATE_NOOP("actions", "Complete {name}"),
    QT_TRANSLATE_NOOP("actions", "Reopen follow-up"),
    QT_TRANSLATE_NOOP("actions", "Cancel follow-up"),
    QT_TRANSLATE_NOOP("actions", "Delete follow-up"),
    QT_TRANSLATE_NOOP("actions", "Quick capture"),
    QT_TRANSLATE_NOOP("actions", "Restore from the Trash"),
    # A restore names the kind in words (the Trash's own, lower-cased) before the title.
    QT_TRANSLATE_NOOP("actions", "Restore partner {name}"),
    QT_TRANSLATE_NOOP("actions", "Restore contact {name}"),
    QT_TRANSLATE_NOOP("actions", "Restore agreement {name}"),
    QT_TRANSLATE_NOOP("actions", "Restore interaction {name}"),
    QT_TRANSLATE_NOOP("actions", "Restore event {name}"),
    QT_TRANSLATE_NOOP("actions", "Restore follow-up {name}"),
    QT_TRANSLATE_NOOP("actions", "Restore {name}"),
    QT_TRANSLATE_NOOP("actions", "Delete for good"),
    QT_TRANSLATE_NOOP("actions", "Empty Trash"),
    QT_TRANSLATE_NOOP("actions", "Load demo data"),
    QT_TRANSLATE_NOOP("actions", "Add staff member {name}"),
    QT_TRANSLATE_NOOP("actions", "Resolve a sync conflict"),
    QT_TRANSLATE_NOOP("actions", "Import contacts from {name}"),
    QT_TRANSLATE_NOOP("actions", "Merge {name} into {other}"),
    QT_TRANSLATE_NOOP("actions", "Undo {name}"),
)
# Values that are enum labels written in lower case by the services ("Log meeting").
_ENUM_VALUES = {"stage", "status", "kind"}


def action_text(action: str) -> str:
    """A user action's label (as the services name it, e.g. for Undo) in the interface language."""
    field = _restored_field(action)
    template = translate("actions", "Restore the value of {field}")
    if field is not None and template != "Restore the value of {field}":
        return template.format(field=field)  # in English the label reads well as it is
    for template in _ACTION_TEMPLATES:
        match = _template_pattern(template).match(action)
        if match is None:
            continue
        values = dict(match.groupdict())
        for key, value in values.items():
            if key == "name" and template == "Undo {name}":
                values[key] = action_text(value)
            elif key == "name" and template == "Restore interaction {name}":
                values[key] = _interaction_title(value)
            elif key in _ENUM_VALUES:
                values[key] = _enum_text(value)
        return translate("actions", template).format(**values)
    return action


def _interaction_title(title: str) -> str:
    """An interaction as the Trash names it ("Meeting: Met Mirxes…"), in the interface language."""
    kind, colon, summary = title.partition(": ")
    if not colon:
        return title
    return translate("errors", "{kind}: {summary}").format(kind=_enum_text(kind), summary=summary)


def _restored_field(action: str) -> str | None:
    """The field's name in the interface language when ``action`` sets one field back
    from its history ("Restore key terms"), else None."""
    if not action.startswith("Restore "):
        return None
    from biosparc_desktop.ui.widgets.history_words import field_labels  # imports this module

    return field_labels().get(action.removeprefix("Restore ").replace(" ", "_"))


def _enum_text(text: str) -> str:
    """An enum label the services wrote (perhaps lower-cased) in the interface language."""
    capitalised = text[:1].upper() + text[1:]
    translated = translate("enum", capitalised)
    return text if translated == capitalised else translated
