"""newsdesk's benchmarks: they print figures (medians, spreads, ratios) and never
assert on time.  Run one with `python -m bench.NAME`; see README.md."""
