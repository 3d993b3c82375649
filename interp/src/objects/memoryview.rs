//! `memoryview` (the buffer protocol's Python face).
//!
//! CPython: Objects/memoryobject.c.

use crate::objects::value::Value;

/// The bytes a memoryview (or other buffer exporter) exposes, if `v` is one.
pub fn buffer_bytes(_v: &Value) -> Option<Vec<u8>> {
    None
}
