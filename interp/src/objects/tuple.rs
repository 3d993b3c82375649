//! `tuple`: storage and constructors. The type's slots and methods are in
//! `tuple_type.rs`.
//!
//! CPython: Objects/tupleobject.c.
//!
//! Items are an owned boxed slice, immutable once the tuple is built. (CPython
//! stores them inline; that change is local to this file.)

use std::cell::Cell;

use super::value::{LayoutId, Payload, PyObject, PyRef, Static, Value, alloc};

/// The payload of a `tuple`.
pub struct Tuple {
    // A Vec (not a boxed slice) so that the static empty tuple can be const.
    items: Vec<Value>,
    /// The cached hash (CPython 3.14 caches it too); -1 until computed.
    pub(crate) hash_cache: Cell<i64>,
}

// SAFETY: Tuple is the only payload with LayoutId::Tuple.
unsafe impl Payload for Tuple {
    const LAYOUT: LayoutId = LayoutId::Tuple;
}

impl Tuple {
    pub const fn empty() -> Tuple {
        Tuple {
            items: Vec::new(),
            hash_cache: Cell::new(-1),
        }
    }

    #[inline(always)]
    pub fn as_slice(&self) -> &[Value] {
        &self.items
    }

    #[inline(always)]
    pub fn len(&self) -> usize {
        self.items.len()
    }

    #[inline(always)]
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    #[inline(always)]
    pub fn get(&self, i: usize) -> Option<&Value> {
        self.items.get(i)
    }
}

/// The empty tuple, shared by every interpreter (DESIGN 2).
pub static EMPTY_TUPLE: Static<Tuple> =
    Static(PyObject::new_static(&super::tuple_type::TUPLE_TYPE.0, Tuple::empty()));

/// A new tuple of `items` (the empty one is the static).
pub fn new_tuple(items: Vec<Value>) -> PyRef<Tuple> {
    if items.is_empty() {
        return EMPTY_TUPLE.get().to_ref();
    }
    new_tuple_of_type(super::tuple_type::TUPLE_TYPE.get(), items)
}

/// A tuple of a subtype (`class T(tuple)`), or of `tuple` itself.
pub fn new_tuple_of_type(ty: &super::type_::TypeObject, items: Vec<Value>) -> PyRef<Tuple> {
    let t = Tuple {
        items,
        hash_cache: Cell::new(-1),
    };
    match alloc(ty, t) {
        Some(r) => {
            crate::gc::track_new(r.as_value());
            r
        }
        None => std::alloc::handle_alloc_error(std::alloc::Layout::new::<Tuple>()),
    }
}

/// A tuple from a slice of values (cloned).
pub fn tuple_from_slice(items: &[Value]) -> PyRef<Tuple> {
    new_tuple(items.to_vec())
}

/// `(a, b)`.
pub fn pair(a: Value, b: Value) -> PyRef<Tuple> {
    new_tuple(vec![a, b])
}
