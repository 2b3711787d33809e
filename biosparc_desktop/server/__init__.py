"""The team server: an ASGI application over PostgreSQL that orders, checks and
shares the laptops' changes (no Qt). Install with the ``[server]`` extra."""
