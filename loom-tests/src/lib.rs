//! Loom models of the GIL protocol live in tests/; this library is empty on purpose.
