"""Zero-width characters copied in with a name are removed when it is saved, on every
path (the form, an import), so the name is found by what people type."""

from __future__ import annotations

from pathlib import Path

import pytest

from biosparc_desktop.domain.rules.text import strip_invisible
from biosparc_desktop.services.contacts import ContactDraft, ContactQuery
from biosparc_desktop.services.importing import DuplicateAction
from biosparc_desktop.services.organisations import OrganisationDraft, OrganisationQuery
from biosparc_desktop.services.registry import Services


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("Jo\u200be", "Joe"),  # zero-width space
        ("Jo\u200ce", "Joe"),  # zero-width non-joiner
        ("\ufeffJoe", "Joe"),  # a byte-order mark pasted from a file
        ("Jo\u200de", "Joe"),  # a joiner between letters
        ("Joe \U0001f469\u200d\U0001f4bb", "Joe \U0001f469\u200d\U0001f4bb"),  # 👩‍💻 stays whole
        ("Joe \u2764\ufe0f\u200d\U0001f525", "Joe \u2764\ufe0f\u200d\U0001f525"),  # ❤️‍🔥
    ],
)
def test_strip_invisible(typed: str, kept: str) -> None:
    assert strip_invisible(typed) == kept


def test_the_contact_form_saves_names_without_them(services: Services) -> None:
    row = services.contacts.create(
        ContactDraft(given_name="Jo\u200be", family_name="\ufeffBloggs", name_zh="张\u200b伟")
    )
    assert (row.given_name, row.family_name, row.name_zh) == ("Joe", "Bloggs", "张伟")
    found = services.contacts.rows(ContactQuery(search="Joe"))
    assert [r.id for r in found] == [row.id]
    assert [h.title for h in services.search.search("Joe") if h.kind == "contact"]


def test_organisation_names_are_saved_without_them(services: Services) -> None:
    org = services.organisations.create(
        OrganisationDraft(name="Gen\u200bopole", short_name="G\u200cP", name_zh="基因\u200b谷")
    )
    assert (org.name, org.short_name, org.name_zh) == ("Genopole", "GP", "基因谷")
    assert [o.name for o in services.organisations.rows(OrganisationQuery(search="Genopole"))] == [
        "Genopole"
    ]


def test_an_import_saves_names_without_them(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "zw.csv"
    path.write_text("Name,Company\nJo\u200be Bloggs,Gen\u200bopole\n", encoding="utf-8")
    parsed = services.importing.read(path)
    services.importing.run(parsed, source=path.name, on_duplicate=DuplicateAction.SKIP)
    (row,) = services.contacts.rows(ContactQuery(search="Joe"))
    assert (row.given_name, row.family_name, row.organisation) == ("Joe", "Bloggs", "Genopole")
