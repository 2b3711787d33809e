"""Asking before a delete that others depend on, with counts, in the interface language.

Records that point at a deleted one stay; they show it as "(in Trash)". A
delete with nothing linked is not asked about (Ctrl+Z undoes it anyway).
Ending an agreement early asks too, with a reason (see :func:`ask_reason`).
"""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from biosparc_desktop.services.delete_impact import DeleteImpact
from biosparc_desktop.ui.i18n import translate


def counted(n: int, one: str, many: str) -> str:
    """``one`` for 1, else ``many`` with ``{n}`` filled in (both already translated)."""
    return one if n == 1 else many.format(n=n)


def join_words(parts: list[str], and_template: str | None = None) -> str:
    """ "a, b and c" (in Chinese "a、b和c"); ``and_template`` joins the last one instead
    of "{head} and {last}" (translated)."""
    if len(parts) <= 1:
        return "".join(parts)
    head = translate("DeleteConfirm", ", ").join(parts[:-1])
    if and_template is None:
        and_template = translate("DeleteConfirm", "{head} and {last}")
    return and_template.format(head=head, last=parts[-1])


def impact_words(impact: DeleteImpact) -> str:
    """ "3 contacts, 1 agreement and 2 open follow-ups"."""
    parts = [
        counted(n, one, many)
        for n, one, many in (
            (
                impact.contacts,
                translate("DeleteConfirm", "1 contact"),
                translate("DeleteConfirm", "{n} contacts"),
            ),
            (
                impact.agreements,
                translate("DeleteConfirm", "1 agreement"),
                translate("DeleteConfirm", "{n} agreements"),
            ),
            (
                impact.followups,
                translate("DeleteConfirm", "1 open follow-up"),
                translate("DeleteConfirm", "{n} open follow-ups"),
            ),
            (
                impact.interactions,
                translate("DeleteConfirm", "1 interaction"),
                translate("DeleteConfirm", "{n} interactions"),
            ),
            (
                impact.events,
                translate("DeleteConfirm", "1 event"),
                translate("DeleteConfirm", "{n} events"),
            ),
        )
        if n
    ]
    # Counts start with a number, which Chinese sets apart with a space: "和 2 场活动".
    return join_words(parts, translate("DeleteConfirm", "{head} and {last}", "counts"))


def delete_question(impact: DeleteImpact) -> str:
    return translate(
        "DeleteConfirm",
        "Move “{name}” to the Trash? It is linked to {links}. They stay, and show it as"
        " “{name} (in Trash)”. Ctrl+Z undoes the delete.",
    ).format(name=impact.name, links=impact_words(impact))


def ask(parent: QWidget | None, title: str, text: str, confirm: str) -> bool:
    """A question with a named confirming button (Cancel is the default). Tests replace this."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    yes = box.addButton(confirm, QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is yes


def confirm_delete(parent: QWidget | None, impact: DeleteImpact) -> bool:
    """True when the delete may go ahead: nothing depends on it, or the user says so."""
    if impact.is_empty():
        return True
    return ask(
        parent,
        translate("DeleteConfirm", "Move to the Trash?"),
        delete_question(impact),
        translate("DeleteConfirm", "Move to &Trash"),
    )


def ask_reason(parent: QWidget | None, title: str, text: str) -> str | None:
    """A short reason typed by the user ("" when left empty); None when cancelled.
    Tests replace this."""
    reason, ok = QInputDialog.getText(parent, title, text, QLineEdit.EchoMode.Normal)
    return reason.strip() if ok else None
