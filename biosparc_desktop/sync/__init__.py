"""A laptop's side of team sync: the outbox, pulling, the review queue (no Qt)."""
