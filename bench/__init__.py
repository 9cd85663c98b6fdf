"""Benchmarks: measured with `make bench…` and written to docs/performance.md, never asserted."""
