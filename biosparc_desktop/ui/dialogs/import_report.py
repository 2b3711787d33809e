"""What an import did, in the interface language: the summary line and the row report.

The import service counts what happened and says why for each row (as sentences the
interface can translate); ``ImportSummary.describe()`` is the command line's English.
"""

from __future__ import annotations

from biosparc_desktop.services.importing import ImportSummary
from biosparc_desktop.ui.i18n import sentence_text, translate

SHOWN_IN_REPORT = 500


def counts_text(summary: ImportSummary) -> str:
    """ "12 created, 3 merged, 1 skipped, 2 rejected"."""
    return translate(
        "ImportWizard", "{created} created, {merged} merged, {skipped} skipped, {rejected} rejected"
    ).format(
        created=f"{summary.created:,}",
        merged=f"{summary.merged:,}",
        skipped=f"{summary.skipped:,}",
        rejected=f"{summary.rejected:,}",
    )


def summary_text(summary: ImportSummary) -> str:
    """The sentence above the report: what was imported, and how to take it back."""
    text = translate("ImportWizard", "Imported {file}: {summary}.").format(
        file=summary.source, summary=counts_text(summary)
    )
    if (organisations := summary.organisations_sentence()) is not None:
        text += " " + sentence_text(organisations)
    if summary.batch_id:
        text += translate("ImportWizard", " Edit → Undo takes the whole import back.")
    return text


def report_text(summary: ImportSummary, shown: int = SHOWN_IN_REPORT) -> str:
    """One line per row worth a word (not a plain new one), and each row's warnings."""
    lines = [sentence_text(n) for n in summary.notices]  # columns with data not imported
    for outcome in summary.outcomes:
        if outcome.outcome != "created" or outcome.detail is not None:
            lines.append(sentence_text(outcome.sentence))
        lines += [sentence_text(w) for w in outcome.warnings]
    more = len(lines) - shown
    return "\n".join(lines[:shown]) + (
        translate("ImportWizard", "\n… and {count} more.").format(count=f"{more:,}")
        if more > 0
        else ""
    )
