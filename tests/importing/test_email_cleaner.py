"""The import's quick email check must agree with the contact form's, address for address."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from biosparc_desktop.domain.rules.contact_details import clean_email
from biosparc_desktop.errors import ValidationError
from biosparc_desktop.services.import_rows import EmailCleaner

_LOCAL_CHARS = "abcXYZ019._-+!#$%&'*/=?^`{|}~\"@ (),:;<>[]\\é中"
_DOMAINS = [
    "example.com",
    "Mirxes.COM",
    "bio.ac.cn",
    "中国.cn",
    "xn--fiqs8s.cn",
    "localhost",
    "x.local",
    "-bad.com",
    "bad-.com",
    "a..b.com",
    "[127.0.0.1]",
    "",
    "x" * 250 + ".com",
    "123.456",
]


def _outcome(check: object, address: str) -> str:
    try:
        return "ok " + check(address)  # type: ignore[operator]
    except ValidationError as exc:
        return "error " + exc.message


@pytest.mark.parametrize(
    "address",
    [
        "Rachel.Ng@Mirxes.COM",
        "Info@Example.com",
        "POSTMASTER@example.com",
        "a..b@example.com",
        ".a@example.com",
        "a.@example.com",
        "a@localhost",
        "  padded@example.com  ",
        "x" * 65 + "@example.com",
        "x" * 64 + "@" + "d" * 60 + "." + "e" * 60 + "." + "f" * 60 + "." + "g" * 61 + ".com",
        '"quoted local"@example.com',
        "José@example.com",
        "no-at-sign",
        "two@@example.com",
    ],
)
def test_known_addresses(address: str) -> None:
    assert _outcome(EmailCleaner(), address) == _outcome(clean_email, address)


@settings(max_examples=300, deadline=None)
@given(
    local=st.text(alphabet=_LOCAL_CHARS, min_size=0, max_size=70),
    domain=st.sampled_from(_DOMAINS),
)
def test_same_result_as_clean_email(local: str, domain: str) -> None:
    cleaner = EmailCleaner()
    address = f"{local}@{domain}"
    assert _outcome(cleaner, address) == _outcome(clean_email, address)
    # A second address on the same domain takes the cached way and still agrees.
    assert _outcome(cleaner, "z" + address) == _outcome(clean_email, "z" + address)
