"""The ``biosparc`` command: the same services as the app, from a terminal."""
