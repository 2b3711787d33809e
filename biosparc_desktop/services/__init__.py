"""Use cases over a session factory: plain Python, no Qt, domain errors for the user."""
