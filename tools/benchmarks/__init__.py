"""Benchmarks that print figures (run with ./dev bench); targets are checked by reading, not by timed tests."""
