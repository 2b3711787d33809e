"""Full-text search: the SQLite FTS5 index, keeping it in step, and safe queries.

``schema`` names the index and maps records to its rows, ``text`` turns record
text and user queries into index words (CJK split per character), ``fts`` builds
safe MATCH expressions, ``documents`` reads what each kind of record contributes,
``index`` writes, rebuilds and checks the index, ``sync`` keeps it in step with
every ORM flush, ``queries`` gives the services their search clauses and ranked
look-ups, and ``like`` is the portable fallback for databases without FTS5.
"""
