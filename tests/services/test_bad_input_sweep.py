"""Bad input through every service: arbitrary Unicode, huge strings, control characters,
extreme dates and amounts, query syntax in searches. Only domain errors with a readable
sentence may come out, and the database passes ``integrity_check`` afterwards.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any, TypeVar

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from biosparc_desktop.errors import BiosparcError
from biosparc_desktop.services.agreements import AgreementDraft, AgreementQuery, PartyDraft
from biosparc_desktop.services.contacts import ContactDraft, ContactQuery
from biosparc_desktop.services.events import AgendaDraft, EventDraft
from biosparc_desktop.services.interactions import InteractionDraft
from biosparc_desktop.services.organisations import OrganisationDraft, OrganisationQuery
from biosparc_desktop.services.registry import Services
from biosparc_desktop.services.tasks import TaskDraft, TaskQuery
from biosparc_desktop.store.integrity import check_integrity

T = TypeVar("T")
SWEEP = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
MAX_MESSAGE = 400

# Every Unicode character but lone surrogates, which have their own tests at the end
# (they can arrive from a clipboard; the text rules refuse them in words).
any_char = st.characters(codec="utf-8")
nasty = st.sampled_from(
    [
        "",
        " ",
        "\u3000",
        "\x00",
        "a\x00b",
        "\r\n",
        "\u202e evil",
        "\ufeff",
        "🧬" * 300,
        "Robert'); DROP TABLE organisation;--",
        "%",
        "_",
        "\\",
        "张伟",
        "Ｚｈａｎｇ",
        "e\u0301",
    ]
)
texts = st.one_of(
    st.text(any_char, max_size=60),
    nasty,
    st.builds(
        lambda c, n: c * n, st.text(any_char, min_size=1, max_size=3), st.integers(0, 25_000)
    ),
)
optional_texts = st.one_of(st.none(), texts)
query_syntax = st.sampled_from(
    [
        *('"', '""', "*", "a*", "AND (", "OR", "NOT", "NEAR", "NEAR(a b, 5)", "a NEAR/3 b"),
        *("(", ")", "^", "-", "+", ":", "title:x", "{a b}", "'", "%_", "\\", "\x00", "🧬"),
    ]
)
searches = st.one_of(texts, st.lists(st.one_of(query_syntax, texts), max_size=6).map(" ".join))
dates = st.one_of(
    st.none(),
    st.dates(),
    texts,
    st.sampled_from(["0001-01-01", "9999-12-31", "2026-02-30", "2026-13-01", "27/11/2026"]),
)
amounts = st.one_of(
    st.none(),
    st.decimals(allow_nan=True, allow_infinity=True),
    texts,
    st.sampled_from(["1e999999", "-0", "NaN", "1,,0", "9" * 400, "0.0000001", "-5"]),
)
moments = st.one_of(
    st.none(),
    st.datetimes(timezones=st.one_of(st.none(), st.timezones())),
    st.sampled_from([datetime(1, 1, 1, tzinfo=UTC), datetime(9999, 12, 31, 23, 59, tzinfo=UTC)]),
)
tuples = st.lists(texts, max_size=4).map(tuple)


_ECHO = re.compile(r"“[^”]*”")


def _readable(message: str) -> None:
    """A sentence for a person. What the user typed may be quoted back in “…”; that
    part is checked by test_messages_quote_input_safely at the end."""
    own = _ECHO.sub("“…”", message)
    assert own.strip(), "an empty error message"
    assert len(own) <= MAX_MESSAGE, f"an error message of {len(own)} characters"
    assert not _CONTROL.search(own), f"control characters in {message!r}"
    assert "Traceback" not in own and "sqlite3." not in own, message


def attempt(action: Callable[[], T]) -> T | None:
    """Run a service call; a domain error is fine if its message reads well."""
    try:
        return action()
    except BiosparcError as exc:
        _readable(exc.message)
        return None


@pytest.fixture
def sweep(services: Services) -> Iterator[Services]:
    yield services
    engine = services.context.session_factory.kw["bind"]
    report = check_integrity(engine, full=True)
    assert report.ok, report.describe()


@pytest.fixture
def two_partners(sweep: Services) -> tuple[str, str]:
    a = sweep.organisations.create(OrganisationDraft(name="Mirxes"))
    b = sweep.organisations.create(OrganisationDraft(name="NCCS"))
    return a.id, b.id


@SWEEP
@given(
    name=texts,
    name_zh=optional_texts,
    short=optional_texts,
    country=optional_texts,
    city=optional_texts,
    website=optional_texts,
    description=optional_texts,
    owner=optional_texts,
    tags=tuples,
)
def test_organisations(sweep: Services, **fields: Any) -> None:
    draft = OrganisationDraft(
        name=fields["name"],
        name_zh=fields["name_zh"],
        short_name=fields["short"],
        country=fields["country"],
        city=fields["city"],
        website=fields["website"],
        description=fields["description"],
        owner=fields["owner"],
        tags=fields["tags"],
    )
    attempt(lambda: sweep.organisations.validate(draft))
    row = attempt(lambda: sweep.organisations.create(draft))
    if row is not None:
        attempt(lambda: sweep.organisations.update(row.id, draft))
        assert sweep.organisations.get(row.id).name == row.name


@SWEEP
@given(
    given_name=optional_texts,
    family=optional_texts,
    name_zh=optional_texts,
    title=optional_texts,
    emails=tuples,
    phones=tuples,
    notes=optional_texts,
    tags=tuples,
)
def test_contacts(sweep: Services, **fields: Any) -> None:
    draft = ContactDraft(
        given_name=fields["given_name"],
        family_name=fields["family"],
        name_zh=fields["name_zh"],
        title=fields["title"],
        emails=fields["emails"],
        phones=fields["phones"],
        notes=fields["notes"],
        tags=fields["tags"],
    )
    attempt(lambda: sweep.contacts.validate(draft))
    attempt(lambda: sweep.contacts.create(draft))


@SWEEP
@given(
    title=texts,
    signed=dates,
    effective=dates,
    expires=dates,
    notice=st.one_of(st.none(), st.integers(min_value=-(2**70), max_value=2**70)),
    value=amounts,
    currency=optional_texts,
    terms=optional_texts,
)
def test_agreements(sweep: Services, two_partners: tuple[str, str], **fields: Any) -> None:
    draft = AgreementDraft(
        title=fields["title"],
        parties=(PartyDraft(two_partners[0]), PartyDraft(two_partners[1])),
        signed_on=fields["signed"],
        effective_on=fields["effective"],
        expires_on=fields["expires"],
        renewal_notice_days=fields["notice"],
        value=fields["value"],
        currency=fields["currency"],
        key_terms=fields["terms"],
    )
    attempt(lambda: sweep.agreements.validate(draft))
    row = attempt(lambda: sweep.agreements.create(draft))
    if row is not None:
        attempt(lambda: sweep.agreements.add_obligation(row.id, fields["title"], fields["expires"]))


@SWEEP
@given(
    summary=texts,
    outcome=optional_texts,
    moment=moments,
    # Names longer than a file name can be: see test_time_zone_name_too_long_… at the end.
    zone=st.one_of(
        st.timezone_keys(),
        st.text(any_char, max_size=40),
        st.sampled_from(["", "/", "../etc/passwd", "UTC\x00", "Asia/Shanghai ", "亚洲/上海"]),
    ),
)
def test_interactions(
    sweep: Services, summary: str, outcome: str | None, moment: Any, zone: str
) -> None:
    draft = InteractionDraft(summary=summary, outcome=outcome, occurred_at=moment, timezone=zone)
    attempt(lambda: sweep.interactions.validate(draft))
    attempt(lambda: sweep.interactions.log(draft))


@SWEEP
@given(
    name=texts,
    held_on=dates,
    venue=optional_texts,
    agenda=st.lists(st.tuples(texts, optional_texts, optional_texts), max_size=3),
)
def test_events(
    sweep: Services,
    name: str,
    held_on: Any,
    venue: str | None,
    agenda: list[tuple[str, str | None, str | None]],
) -> None:
    draft = EventDraft(
        name=name,
        held_on=held_on,
        venue=venue,
        agenda=tuple(AgendaDraft(title=t, starts_at=s, speaker=p) for t, s, p in agenda),
    )
    attempt(lambda: sweep.events.validate(draft))
    attempt(lambda: sweep.events.create(draft))


@SWEEP
@given(title=texts, due=dates, notes=optional_texts, assignee=optional_texts)
def test_tasks(
    sweep: Services, title: str, due: Any, notes: str | None, assignee: str | None
) -> None:
    draft = TaskDraft(title=title, due_on=due, notes=notes, assignee=assignee)
    attempt(lambda: sweep.tasks.validate(draft))
    row = attempt(lambda: sweep.tasks.create(draft))
    if row is not None:
        attempt(lambda: sweep.tasks.complete(row.id))


@SWEEP
@given(text=searches)
def test_searches_with_query_syntax(demo: Services, sweep: Services, text: str) -> None:
    attempt(lambda: demo.search.search(text))
    attempt(lambda: demo.organisations.rows(OrganisationQuery(search=text)))
    attempt(lambda: demo.contacts.rows(ContactQuery(search=text)))
    attempt(lambda: demo.agreements.rows(AgreementQuery(search=text)))
    attempt(lambda: demo.tasks.rows(TaskQuery(search=text)))
    attempt(lambda: demo.organisations.find(text))
    attempt(lambda: demo.events.find(text))


@SWEEP
@given(text=texts)
def test_ids_and_names_that_do_not_exist(demo: Services, sweep: Services, text: str) -> None:
    for action in (
        lambda: demo.organisations.get(text),
        lambda: demo.contacts.get(text),
        lambda: demo.agreements.detail(text),
        lambda: demo.events.detail(text),
        lambda: demo.tasks.complete(text),
        lambda: demo.trash.restore(text),
        lambda: demo.journal.history(text),
    ):
        attempt(action)
    attempt(lambda: demo.staff.use(text))  # a blank name is refused in words


def test_extreme_dates_at_the_edges(sweep: Services) -> None:
    far = [date.min, date.max, date(1900, 1, 1), date(2200, 1, 1)]
    for day in far:
        attempt(lambda d=day: sweep.tasks.create(TaskDraft(title="Edge", due_on=d)))
        attempt(lambda d=day: sweep.events.create(EventDraft(name="Edge", held_on=d)))
    for moment in (datetime.min + timedelta(days=1), datetime.max - timedelta(days=1)):
        attempt(
            lambda m=moment: sweep.interactions.log(InteractionDraft(summary="Edge", occurred_at=m))
        )
    for amount in (Decimal("1e28"), Decimal("-1e-28"), Decimal("0.5")):
        attempt(
            lambda a=amount: sweep.agreements.validate(
                AgreementDraft(title="Edge", value=a, currency="JPY")
            )
        )


# -- defects the sweep found in other modules, fixed since: kept so they stay fixed ------


def test_lone_surrogate_in_notes_is_refused_in_words(sweep: Services) -> None:
    with pytest.raises(BiosparcError, match="broken character"):
        sweep.tasks.create(TaskDraft(title="Follow up", notes="\ud800"))


def test_lone_surrogate_in_search_is_harmless(demo: Services) -> None:
    attempt(lambda: demo.search.search("a\ud800"))


def test_time_zone_name_too_long_is_refused_in_words(sweep: Services) -> None:
    draft = InteractionDraft(summary="Call", timezone="Asia/" + "x" * 300)
    assert sweep.interactions.validate(draft)["timezone"].message.endswith(
        "is not a time zone, such as Asia/Shanghai."
    )


def test_blank_staff_name_is_refused_in_words(sweep: Services) -> None:
    with pytest.raises(BiosparcError, match="Type the staff member's name"):
        sweep.staff.use("   ")


@pytest.mark.parametrize(
    "action",
    [
        lambda s: s.tasks.create(TaskDraft(title="x", due_on="\x1b[31m")),
        lambda s: s.tasks.create(TaskDraft(title="x", due_on="2026-" + "1" * 2000)),
        lambda s: s.interactions.log(InteractionDraft(summary="x", timezone="\x00")),
    ],
)
def test_messages_quote_input_safely(sweep: Services, action: Callable[[Services], object]) -> None:
    with pytest.raises(BiosparcError) as caught:
        action(sweep)
    message = caught.value.message
    assert len(message) <= MAX_MESSAGE and not _CONTROL.search(message), message
