"""Benchmarks (scripts, not tests); docs/benchmarks.md holds their figures."""
