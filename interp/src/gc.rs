//! The cycle collector's object tracking (CPython Python/gc.c).
//!
//! Containers (types whose layout has GC links) are linked into their
//! interpreter's list when created. The collector itself (finding and
//! clearing unreachable cycles) walks these lists; untracking happens on
//! deallocation, which needs no interpreter.

use std::cell::Cell;

use crate::objects::value::{GcLinks, ObjectHeader, Value, flags, gc_links};
use crate::vm::Vm;

/// A generation: a circular doubly linked list of GC links with a sentinel.
pub struct GcList {
    head: Box<GcLinks>,
}

impl GcList {
    fn new() -> GcList {
        let head = Box::new(GcLinks {
            next: Cell::new(std::ptr::null_mut()),
            prev: Cell::new(std::ptr::null_mut()),
            gc_refs: Cell::new(0),
        });
        let p = &*head as *const GcLinks as *mut GcLinks;
        head.next.set(p);
        head.prev.set(p);
        GcList { head }
    }

    fn head_ptr(&self) -> *mut GcLinks {
        &*self.head as *const GcLinks as *mut GcLinks
    }
}

/// Per-interpreter collector state (CPython `struct _gc_runtime_state`).
pub struct GcState {
    pub young: GcList,
    pub enabled: Cell<bool>,
    /// Allocations of tracked objects since the last collection.
    pub count: Cell<usize>,
    pub threshold: Cell<usize>,
}

impl GcState {
    pub fn new() -> GcState {
        GcState { young: GcList::new(), enabled: Cell::new(true), count: Cell::new(0), threshold: Cell::new(2000) }
    }
}

impl Default for GcState {
    fn default() -> Self {
        Self::new()
    }
}

/// Links a new container into `vm`'s interpreter's list.
#[inline]
pub fn track(vm: &Vm, v: &Value) {
    let Some(h) = v.as_object() else { return };
    track_header(vm, h);
}

fn track_header(vm: &Vm, h: &ObjectHeader) {
    if h.has_flag(flags::GC_TRACKED) || h.has_flag(flags::STATIC) || h.is_immortal() || !h.ty().object_layout().gc {
        return;
    }
    let state = &vm.state().gc;
    // SAFETY: the layout has GC links (checked above), and the list head is a
    // live sentinel owned by this interpreter; only this interpreter's thread
    // holding its GIL links or unlinks.
    unsafe {
        let links = gc_links(h);
        let head = state.young.head_ptr();
        let next = (*head).next.get();
        (*links).next.set(next);
        (*links).prev.set(head);
        (*next).prev.set(links);
        (*head).next.set(links);
    }
    h.set_flag(flags::GC_TRACKED, true);
    state.count.set(state.count.get() + 1);
}

/// Tracks a new container in the current thread's interpreter, if any
/// (constructors that are not handed a Vm).
pub fn track_new(v: &Value) {
    crate::vm::with_current_vm(|vm| {
        if let Some(vm) = vm {
            track(vm, v);
        }
    });
}

/// Unlinks a dying (or immortalised) object from its list.
pub(crate) fn untrack(h: &ObjectHeader) {
    if !h.has_flag(flags::GC_TRACKED) {
        return;
    }
    // SAFETY: tracked objects have GC links that are part of a well-formed list.
    unsafe {
        let links = gc_links(h);
        let prev = (*links).prev.get();
        let next = (*links).next.get();
        (*prev).next.set(next);
        (*next).prev.set(prev);
        (*links).next.set(std::ptr::null_mut());
        (*links).prev.set(std::ptr::null_mut());
    }
    h.set_flag(flags::GC_TRACKED, false);
}
