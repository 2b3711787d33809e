"""Benchmarks: a generator of a realistic, large database and ``python -m bench``.

Timings are measured here and reported, never asserted in tests.
"""
