//! Benchmarks (next increment).
