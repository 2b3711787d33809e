"""Replaces the contrib hook for phonenumbers: its region metadata without the 45 MB of
place names, carriers and time zones. The app parses, validates and formats numbers,
which needs ``phonenumbers.data`` (and ``shortdata``) alone."""

from PyInstaller.utils.hooks import collect_submodules

UNUSED = (
    "phonenumbers.geocoder", "phonenumbers.geodata", "phonenumbers.carrier",
    "phonenumbers.carrierdata", "phonenumbers.timezone", "phonenumbers.tzdata",
)  # fmt: skip

hiddenimports = collect_submodules("phonenumbers", filter=lambda name: not name.startswith(UNUSED))
excludedimports = list(UNUSED)
