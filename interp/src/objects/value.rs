//! The object header, the value word and owned references (DESIGN 3).
//!
//! CPython: Include/object.h, Include/refcount.h, Include/internal/pycore_stackref.h.
//!
//! # The value word
//! A [`Value`] is one machine word with a 2-bit tag, after CPython 3.14's stack
//! references:
//! - `..00`: a pointer to a heap object's [`ObjectHeader`], owning one reference
//!   (unless the object is immortal, when counting is skipped);
//! - `..11`: a small int, the word shifted right by two (62 bits, signed);
//! - `..01`: reserved for borrowed references on the frame stack.
//!
//! Small ints live inline everywhere: on the stack, in lists, in dicts. Ints
//! outside [`SMALL_INT_MIN`]..=[`SMALL_INT_MAX`], int subclasses and `bool` are
//! heap objects. So `id()` and `is` of ints are value-based (DESIGN 8).
//!
//! # Ownership rules (DESIGN 2)
//! Every heap object belongs to one interpreter and is touched only by a thread
//! holding that interpreter's GIL. References are `!Send` (they hold raw
//! pointers), and reference counts are plain integers. Immortal objects (the
//! builtin types, None, True, False, ...) are process-wide statics whose header
//! is never written: their refcount has [`IMMORTAL`] set, and increments and
//! decrements skip them, so threads of different interpreters may read them at
//! once.
//!
//! # Memory layout of a heap object
//! ```text
//! [InstanceExtras, if the type has them][GcLinks, if the type is a GC container]
//! ObjectHeader  <- the object's address
//! payload T     (the solid base type's data: a list's items, an int's digits, ...)
//! [__slots__ values, one Option<Value> each]
//! ```
//! The type records which prefixes exist and how many slots follow, so
//! [`dealloc`] can find the start of the allocation.

use std::alloc::Layout;
use std::cell::Cell;
use std::fmt;
use std::marker::PhantomData;
use std::ptr::{self, NonNull};

use super::type_::TypeObject;

/// The refcount bit that marks an immortal object (CPython 3.12+: PEP 683).
pub const IMMORTAL: u32 = 1 << 31;

/// The smallest int stored inline in a [`Value`].
pub const SMALL_INT_MIN: i64 = -(1 << 61);
/// The largest int stored inline in a [`Value`].
pub const SMALL_INT_MAX: i64 = (1 << 61) - 1;

const TAG_MASK: usize = 0b11;
const TAG_INT: usize = 0b11;

/// `ObjectHeader.flags` bits.
pub mod flags {
    /// The object is linked into its interpreter's GC list.
    pub const GC_TRACKED: u32 = 1 << 0;
    /// `tp_finalize` (`__del__`) already ran (PEP 442: at most once).
    pub const FINALIZED: u32 = 1 << 1;
    /// The object is statically allocated (never freed).
    pub const STATIC: u32 = 1 << 2;
    /// Set by the cycle collector while the object is in the set being examined.
    pub const GC_COLLECTING: u32 = 1 << 3;
    /// Set by the cycle collector: reachable from outside the examined set.
    pub const GC_REACHABLE: u32 = 1 << 4;
    /// A str that is its interpreter's interned object for its text.
    pub const INTERNED: u32 = 1 << 5;
}

/// The header every heap object starts with: 16 bytes, as CPython's.
#[repr(C)]
pub struct ObjectHeader {
    refcnt: Cell<u32>,
    pub(crate) flags: Cell<u32>,
    ty: Cell<*const TypeObject>,
}

impl ObjectHeader {
    /// The header of an immortal static object of type `ty`.
    pub const fn immortal(ty: *const TypeObject) -> Self {
        ObjectHeader {
            refcnt: Cell::new(IMMORTAL),
            flags: Cell::new(flags::STATIC),
            ty: Cell::new(ty),
        }
    }

    pub(crate) const fn new(ty: *const TypeObject) -> Self {
        ObjectHeader {
            refcnt: Cell::new(1),
            flags: Cell::new(0),
            ty: Cell::new(ty),
        }
    }

    /// The object's type.
    #[inline(always)]
    pub fn ty(&self) -> &TypeObject {
        // SAFETY: every object's type outlives it: builtin types are immortal
        // statics, and an instance of a heap type holds a reference to its type
        // (taken in `alloc`, released last in `dealloc`).
        unsafe { &*self.ty.get() }
    }

    #[inline(always)]
    pub(crate) fn ty_ptr(&self) -> *const TypeObject {
        self.ty.get()
    }

    /// Replaces the type pointer (`__class__` assignment); the caller moves the
    /// references (new type increfed before, old one decrefed after).
    pub(crate) fn set_ty(&self, ty: *const TypeObject) {
        self.ty.set(ty);
    }

    #[inline(always)]
    pub fn is_immortal(&self) -> bool {
        self.refcnt.get() & IMMORTAL != 0
    }

    /// The reference count (`sys.getrefcount` adds the argument's own).
    pub fn refcount(&self) -> u32 {
        self.refcnt.get()
    }

    #[inline(always)]
    pub(crate) fn incref(&self) {
        let r = self.refcnt.get();
        if r & IMMORTAL == 0 {
            self.refcnt.set(r + 1);
        }
    }

    /// Drops one reference; true when that was the last one.
    #[inline(always)]
    fn decref_is_zero(&self) -> bool {
        let r = self.refcnt.get();
        if r & IMMORTAL != 0 {
            return false;
        }
        self.refcnt.set(r - 1);
        r == 1
    }

    /// Makes a mortal object immortal (objects shared for the life of the
    /// process, such as interned static strings).
    ///
    /// An immortal object may be shared by interpreters, so it leaves the
    /// collector list of the interpreter that made it.
    pub(crate) fn make_immortal(&self) {
        if self.has_flag(flags::GC_TRACKED) {
            crate::gc::untrack(self);
        }
        self.refcnt.set(IMMORTAL);
    }

    pub(crate) fn has_flag(&self, f: u32) -> bool {
        self.flags.get() & f != 0
    }

    pub(crate) fn set_flag(&self, f: u32, on: bool) {
        let v = self.flags.get();
        self.flags.set(if on { v | f } else { v & !f });
    }

    /// Resurrection support for finalizers: takes a reference without a handle.
    pub(crate) fn raw_incref(&self) {
        self.incref();
    }

    /// Drops a reference taken with [`Self::raw_incref`] without deallocating;
    /// true when none is left.
    pub(crate) fn raw_decref_no_dealloc(&self) -> bool {
        self.decref_is_zero()
    }

    /// Sets the count directly (the cycle collector's bookkeeping and the
    /// finalizer's resurrection check).
    pub(crate) fn set_refcount(&self, n: u32) {
        if !self.is_immortal() {
            self.refcnt.set(n);
        }
    }
}

/// A heap object with payload `T`: the header, then the payload.
#[repr(C)]
pub struct PyObject<T> {
    pub(crate) header: ObjectHeader,
    pub payload: T,
}

impl<T> PyObject<T> {
    /// An immortal static object (for the singletons and builtin types).
    pub const fn new_static(ty: *const TypeObject, payload: T) -> Self {
        PyObject {
            header: ObjectHeader::immortal(ty),
            payload,
        }
    }

    #[inline(always)]
    pub fn header(&self) -> &ObjectHeader {
        &self.header
    }

    #[inline(always)]
    pub fn ty(&self) -> &TypeObject {
        self.header.ty()
    }

    /// A new owned reference to this object.
    #[inline]
    pub fn to_value(&self) -> Value {
        self.header.incref();
        Value(NonNull::from(&self.header))
    }

    /// A new owned typed reference to this object.
    #[inline]
    pub fn to_ref(&self) -> PyRef<T>
    where
        T: Payload,
    {
        self.header.incref();
        PyRef {
            ptr: NonNull::from(self),
            _not_send: PhantomData,
        }
    }

    /// The object's address (what `id()` returns).
    pub fn addr(&self) -> usize {
        (&self.header as *const ObjectHeader).addr()
    }
}

impl<T> std::ops::Deref for PyObject<T> {
    type Target = T;
    #[inline(always)]
    fn deref(&self) -> &T {
        &self.payload
    }
}

/// An immortal static object. Statics are shared by every thread of every
/// interpreter, so this wrapper asserts `Sync`.
#[repr(transparent)]
pub struct Static<T>(pub PyObject<T>);

// SAFETY: an immortal object's header is never written (increments and
// decrements skip IMMORTAL counts; flags and type of statics are never changed),
// and the payload types used in statics are read-only after construction: their
// only interior mutability is in fields that exist for heap objects alone
// (documented on each type) or is itself thread-safe (atomics, OnceLock).
unsafe impl<T> Sync for Static<T> {}

impl<T> Static<T> {
    #[inline(always)]
    pub fn get(&'static self) -> &'static PyObject<T> {
        &self.0
    }

    #[inline(always)]
    pub fn value(&'static self) -> Value {
        Value::from_static(&self.0.header)
    }
}

impl<T> std::ops::Deref for Static<T> {
    type Target = PyObject<T>;
    #[inline(always)]
    fn deref(&self) -> &PyObject<T> {
        &self.0
    }
}

/// A payload type: the Rust data of a builtin type's instances. Subclasses of
/// that type (heap types) have the same payload, so a downcast checks the
/// type's layout, not its identity.
///
/// # Safety
/// `LAYOUT` must identify `Self` alone: two payload types never share an id,
/// since [`Value::downcast_ref`] reinterprets the object as `PyObject<Self>`
/// when the ids match.
pub unsafe trait Payload: Sized + 'static {
    const LAYOUT: LayoutId;
}

/// Identifies the payload type of a type's instances (CPython's "solid base").
///
/// The core payloads have their own variants, which downcasts compare as a
/// constant discriminant; every other payload (native modules, other crates)
/// is `Native` with its Rust `TypeId`, unique by construction.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LayoutId {
    Object,
    Type,
    Int,
    Float,
    Complex,
    Str,
    Bytes,
    ByteArray,
    Tuple,
    List,
    Dict,
    Set,
    FrozenSet,
    Function,
    Code,
    Cell,
    Module,
    BuiltinFunction,
    Method,
    MethodDescriptor,
    WrapperDescriptor,
    MethodWrapper,
    GetSetDescriptor,
    MemberDescriptor,
    ClassMethodDescriptor,
    Property,
    ClassMethod,
    StaticMethod,
    Super,
    Slice,
    Range,
    BaseException,
    Frame,
    Traceback,
    Generator,
    Iterator,
    MappingProxy,
    DictView,
    WeakRef,
    MemoryView,
    Native(std::any::TypeId),
}

impl LayoutId {
    /// The layout id of a payload without a variant of its own.
    pub const fn native<T: 'static>() -> LayoutId {
        LayoutId::Native(std::any::TypeId::of::<T>())
    }
}

/// A Python value: a small int inline, or an owned reference to a heap object.
#[repr(transparent)]
pub struct Value(NonNull<ObjectHeader>);

impl Value {
    /// A reference to an immortal static; no count is taken.
    #[inline(always)]
    pub fn from_static(h: &'static ObjectHeader) -> Value {
        Value(NonNull::from(h))
    }

    /// The small int `v`; `None` when it does not fit inline.
    #[inline(always)]
    pub fn small_int(v: i64) -> Option<Value> {
        if (SMALL_INT_MIN..=SMALL_INT_MAX).contains(&v) {
            Some(Self::small_int_unchecked(v))
        } else {
            None
        }
    }

    /// The small int `v`, which the caller knows is in range.
    #[inline(always)]
    pub fn small_int_unchecked(v: i64) -> Value {
        debug_assert!((SMALL_INT_MIN..=SMALL_INT_MAX).contains(&v));
        let word = ((v as usize) << 2) | TAG_INT;
        // A tagged int has its low bits set, so the word is never zero.
        Value(NonNull::without_provenance(
            std::num::NonZeroUsize::new(word).unwrap_or(std::num::NonZeroUsize::MIN),
        ))
    }

    /// Takes ownership of a reference already counted for the caller.
    ///
    /// # Safety
    /// `h` points to a live heap object and the caller owns one of its references.
    #[inline(always)]
    pub(crate) unsafe fn from_owned_ptr(h: NonNull<ObjectHeader>) -> Value {
        Value(h)
    }

    /// Gives up ownership, returning the raw pointer (none for small ints).
    pub(crate) fn into_raw(self) -> NonNull<ObjectHeader> {
        let p = self.0;
        std::mem::forget(self);
        p
    }

    #[inline(always)]
    fn word(&self) -> usize {
        self.0.as_ptr().addr()
    }

    /// The word of this value with its pointer's provenance exposed, for
    /// [`Self::from_word_unchecked`].
    #[inline(always)]
    pub(crate) fn expose_word(&self) -> usize {
        self.0.as_ptr().expose_provenance()
    }

    /// The value whose word ([`Self::expose_word`]) is `word`, as an owned
    /// reference *without* taking one: the caller must not let it drop
    /// unless it owns a reference (wrap it in `ManuallyDrop` to borrow).
    ///
    /// # Safety
    /// `word` is the word of a value that is alive.
    #[inline(always)]
    pub(crate) unsafe fn from_word_unchecked(word: usize) -> Value {
        // SAFETY: a live value's word is non-null (per the caller).
        Value(unsafe { NonNull::new_unchecked(std::ptr::with_exposed_provenance_mut::<ObjectHeader>(word)) })
    }

    /// True for an inline small int.
    #[inline(always)]
    pub fn is_small_int(&self) -> bool {
        self.word() & TAG_MASK == TAG_INT
    }

    /// The inline small int's value.
    #[inline(always)]
    pub fn as_small_int(&self) -> Option<i64> {
        if self.is_small_int() {
            Some((self.word() as i64) >> 2)
        } else {
            None
        }
    }

    /// The heap object, or `None` for a small int.
    #[inline(always)]
    pub fn as_object(&self) -> Option<&ObjectHeader> {
        if self.is_small_int() {
            None
        } else {
            // SAFETY: an untagged Value points to a live object it owns a
            // reference to (or to an immortal static).
            Some(unsafe { self.0.as_ref() })
        }
    }

    /// The value's type.
    #[inline(always)]
    pub fn ty(&self) -> &TypeObject {
        match self.as_object() {
            Some(h) => h.ty(),
            None => super::int::INT_TYPE.get(),
        }
    }

    /// `a is b`.
    #[inline(always)]
    pub fn is(&self, other: &Value) -> bool {
        self.0 == other.0
    }

    /// Whether this is the given static object.
    #[inline(always)]
    pub fn is_static<T>(&self, s: &'static Static<T>) -> bool {
        ptr::eq(self.0.as_ptr(), &s.0.header)
    }

    /// The identity word: what `id()` is built from and `is` compares.
    #[inline(always)]
    pub fn id_word(&self) -> usize {
        self.word()
    }

    /// Reinterprets this object as `PyObject<T>` when its type's layout is `T`'s.
    #[inline(always)]
    pub fn downcast_ref<T: Payload>(&self) -> Option<&PyObject<T>> {
        let h = self.as_object()?;
        if h.ty().layout_id() == T::LAYOUT {
            // SAFETY: objects whose type has layout `T::LAYOUT` are allocated
            // as PyObject<T> (prefixes come before the header, slots after the
            // payload), and `Payload`'s contract makes the id unique to T.
            Some(unsafe { &*(h as *const ObjectHeader as *const PyObject<T>) })
        } else {
            None
        }
    }

    /// Like [`Self::downcast_ref`], consuming the value into a typed reference.
    pub fn downcast<T: Payload>(self) -> Result<PyRef<T>, Value> {
        if self.downcast_ref::<T>().is_some() {
            let p = self.into_raw().cast::<PyObject<T>>();
            Ok(PyRef {
                ptr: p,
                _not_send: PhantomData,
            })
        } else {
            Err(self)
        }
    }

    /// The object reinterpreted as `PyObject<T>`, when the caller knows its layout.
    ///
    /// # Safety
    /// The value is a heap object whose type has layout `T::LAYOUT`.
    #[inline(always)]
    pub unsafe fn downcast_unchecked<T: Payload>(&self) -> &PyObject<T> {
        debug_assert!(self.downcast_ref::<T>().is_some());
        // SAFETY: the caller guarantees the layout.
        unsafe { &*(self.0.as_ptr() as *const PyObject<T>) }
    }

    /// Whether the type is exactly `ty` (`Py_IS_TYPE`).
    #[inline(always)]
    pub fn is_type(&self, ty: &TypeObject) -> bool {
        ptr::eq(self.ty(), ty)
    }
}

impl Clone for Value {
    #[inline(always)]
    fn clone(&self) -> Value {
        if let Some(h) = self.as_object() {
            h.incref();
        }
        Value(self.0)
    }
}

impl Drop for Value {
    #[inline(always)]
    fn drop(&mut self) {
        if !self.is_small_int() {
            // SAFETY: an untagged Value owns a reference to a live object.
            let h = unsafe { self.0.as_ref() };
            if h.decref_is_zero() {
                // SAFETY: that was the last reference.
                unsafe { dealloc(self.0) }
            }
        }
    }
}

impl PartialEq for Value {
    /// Identity, as `is`: value equality needs the VM (`__eq__`).
    fn eq(&self, other: &Value) -> bool {
        self.is(other)
    }
}
impl Eq for Value {}

impl fmt::Debug for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.as_small_int() {
            Some(i) => write!(f, "{i}"),
            None => write!(f, "<{} object at {:#x}>", self.ty().name(), self.word()),
        }
    }
}

/// An owned reference to a heap object whose payload is `T`.
pub struct PyRef<T: Payload> {
    ptr: NonNull<PyObject<T>>,
    _not_send: PhantomData<*const T>,
}

impl<T: Payload> PyRef<T> {
    /// Takes ownership of a freshly allocated object.
    ///
    /// # Safety
    /// `ptr` points to a live `PyObject<T>` and the caller owns one reference.
    pub(crate) unsafe fn from_raw(ptr: NonNull<PyObject<T>>) -> PyRef<T> {
        PyRef {
            ptr,
            _not_send: PhantomData,
        }
    }

    #[inline(always)]
    pub fn into_value(self) -> Value {
        let p = self.ptr.cast::<ObjectHeader>();
        std::mem::forget(self);
        Value(p)
    }

    #[inline(always)]
    pub fn as_value(&self) -> &Value {
        // SAFETY: PyRef<T> and Value are both one non-null pointer to the
        // object's header (PyObject is repr(C) with the header first), and a
        // PyRef never holds a tagged int.
        unsafe { &*(self as *const PyRef<T> as *const Value) }
    }

    #[inline(always)]
    pub fn ptr_eq(&self, other: &PyRef<T>) -> bool {
        self.ptr == other.ptr
    }

    pub fn as_ptr(&self) -> *const PyObject<T> {
        self.ptr.as_ptr()
    }
}

impl<T: Payload> std::ops::Deref for PyRef<T> {
    type Target = PyObject<T>;
    #[inline(always)]
    fn deref(&self) -> &PyObject<T> {
        // SAFETY: a PyRef owns a reference, so the object is alive.
        unsafe { self.ptr.as_ref() }
    }
}

impl<T: Payload> Clone for PyRef<T> {
    #[inline(always)]
    fn clone(&self) -> PyRef<T> {
        self.header.incref();
        PyRef {
            ptr: self.ptr,
            _not_send: PhantomData,
        }
    }
}

impl<T: Payload> Drop for PyRef<T> {
    #[inline(always)]
    fn drop(&mut self) {
        if self.header.decref_is_zero() {
            // SAFETY: that was the last reference.
            unsafe { dealloc(self.ptr.cast()) }
        }
    }
}

impl<T: Payload> From<PyRef<T>> for Value {
    fn from(r: PyRef<T>) -> Value {
        r.into_value()
    }
}

impl<T: Payload> fmt::Debug for PyRef<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.as_value().fmt(f)
    }
}

// ---------------------------------------------------------------------------
// Allocation.

/// The links of a GC-tracked container, before its header (CPython `PyGC_Head`).
#[repr(C)]
pub(crate) struct GcLinks {
    pub(crate) next: Cell<*mut GcLinks>,
    pub(crate) prev: Cell<*mut GcLinks>,
    /// The collector's working count (CPython keeps it in `_gc_prev`).
    pub(crate) gc_refs: Cell<isize>,
}

/// The instance dict and weakref list of instances of heap types, before the
/// GC links (CPython 3.12+ `Py_TPFLAGS_MANAGED_DICT` / `MANAGED_WEAKREF`).
/// Only GC containers have extras, so the links are always right before the header.
#[repr(C)]
pub(crate) struct InstanceExtras {
    pub(crate) dict: Cell<Option<Value>>,
    pub(crate) weaklist: Cell<Option<Value>>,
}

pub(crate) const GC_LINKS_SIZE: usize = std::mem::size_of::<GcLinks>();
pub(crate) const EXTRAS_SIZE: usize = std::mem::size_of::<InstanceExtras>();

/// How a type's instances are laid out; fixed when the type is made and shared
/// by subclasses that keep the layout.
#[derive(Clone, Copy, Debug)]
pub struct ObjectLayout {
    /// Bytes before the header.
    pub(crate) prefix: u16,
    pub(crate) gc: bool,
    pub(crate) extras: bool,
    /// `__slots__` values after the payload.
    pub(crate) nslots: u32,
}

impl ObjectLayout {
    pub const fn plain() -> Self {
        ObjectLayout {
            prefix: 0,
            gc: false,
            extras: false,
            nslots: 0,
        }
    }

    pub const fn gc() -> Self {
        ObjectLayout {
            prefix: GC_LINKS_SIZE as u16,
            gc: true,
            extras: false,
            nslots: 0,
        }
    }

    pub(crate) const fn with(gc: bool, extras: bool, nslots: u32) -> Self {
        // Extras imply GC links, so the links are always right before the header.
        let gc = gc || extras;
        let prefix = (if gc { GC_LINKS_SIZE } else { 0 }) + (if extras { EXTRAS_SIZE } else { 0 });
        ObjectLayout {
            prefix: prefix as u16,
            gc,
            extras,
            nslots,
        }
    }
}

/// How to drop and size a payload type, for [`dealloc`].
pub struct PayloadVTable {
    /// The payload's size and alignment (for variable-size payloads, the fixed part).
    pub(crate) layout: Layout,
    /// Drops the payload in place.
    pub(crate) drop: unsafe fn(*mut ObjectHeader),
    /// Extra bytes after the fixed part (variable-size payloads such as tuples).
    pub(crate) var_size: Option<unsafe fn(*const ObjectHeader) -> usize>,
}

impl PayloadVTable {
    pub const fn of<T: Payload>() -> PayloadVTable {
        PayloadVTable {
            layout: Layout::new::<T>(),
            drop: drop_payload::<T>,
            var_size: None,
        }
    }
}

unsafe fn drop_payload<T>(h: *mut ObjectHeader) {
    // SAFETY: called by dealloc with a dead object of layout T.
    unsafe { ptr::drop_in_place(&mut (*(h as *mut PyObject<T>)).payload) }
}

/// The memory layout of a whole allocation: prefix, header, payload, slots.
/// Returns the layout and the offset of the slots.
fn allocation_layout(
    obj_layout: &ObjectLayout,
    payload: Layout,
    var: usize,
) -> Option<(Layout, usize)> {
    let header = Layout::new::<ObjectHeader>();
    // The prefix is a whole number of words, so the header stays aligned.
    let (with_payload, _) = header.extend(payload).ok()?;
    let body = with_payload.size().checked_add(var)?;
    let slots_off = body.next_multiple_of(std::mem::align_of::<Value>());
    let total = (obj_layout.prefix as usize)
        .checked_add(slots_off)?
        .checked_add(obj_layout.nslots as usize * std::mem::size_of::<Cell<Option<Value>>>())?;
    let align = with_payload.align().max(std::mem::align_of::<GcLinks>());
    Some((Layout::from_size_align(total.max(1), align).ok()?, slots_off))
}

/// Allocates an object of type `ty` with `payload`, plus `var` trailing bytes
/// the caller fills before anyone reads them. The prefixes and slots are
/// zeroed (no dict, no weakrefs, slots unset). The object is not yet tracked by
/// the GC; the caller does that once the payload is complete.
///
/// Returns `None` when the size overflows (the caller raises MemoryError).
pub(crate) fn alloc_raw<T: Payload>(
    ty: &TypeObject,
    payload: T,
    var: usize,
) -> Option<NonNull<PyObject<T>>> {
    let obj_layout = ty.object_layout();
    let (layout, slots_off) = allocation_layout(&obj_layout, Layout::new::<T>(), var)?;
    // SAFETY: the layout has non-zero size.
    let base = unsafe { std::alloc::alloc(layout) };
    let base = NonNull::new(base)?;
    // The prefix (GC links, extras) and the `__slots__` values start zeroed:
    // unlinked, no dict, no weakrefs, slots unset (None is the zero word).
    // SAFETY: both ranges lie inside the allocation (allocation_layout).
    unsafe {
        ptr::write_bytes(base.as_ptr(), 0, obj_layout.prefix as usize);
        if obj_layout.nslots != 0 {
            let slots = base.as_ptr().add(obj_layout.prefix as usize + slots_off);
            ptr::write_bytes(slots, 0, obj_layout.nslots as usize * std::mem::size_of::<Cell<Option<Value>>>());
        }
    }
    // SAFETY: the allocation holds prefix + PyObject<T>; the header sits after
    // the prefix, aligned because the prefix is made of word-sized fields.
    unsafe {
        let obj = base.as_ptr().add(obj_layout.prefix as usize) as *mut PyObject<T>;
        ptr::write(
            obj,
            PyObject {
                header: ObjectHeader::new(ty),
                payload,
            },
        );
        if ty.is_heap_type() {
            // Instances of heap types keep their type alive.
            ty.header.incref();
        }
        NonNull::new(obj)
    }
}

/// Allocates a fixed-size object (see [`alloc_raw`]).
pub fn alloc<T: Payload>(ty: &TypeObject, payload: T) -> Option<PyRef<T>> {
    let p = alloc_raw(ty, payload, 0)?;
    // SAFETY: freshly allocated; we own its one reference.
    Some(unsafe { PyRef::from_raw(p) })
}

/// The GC links before a tracked container.
///
/// # Safety
/// `h` is a live object whose type's layout has `gc`.
pub(crate) unsafe fn gc_links(h: *const ObjectHeader) -> *mut GcLinks {
    // SAFETY: the links sit right before the header.
    unsafe { (h as *mut u8).sub(GC_LINKS_SIZE) as *mut GcLinks }
}

/// The header after a GC links block.
///
/// # Safety
/// `g` is the links block of a live tracked object.
pub(crate) unsafe fn header_of_links(g: *mut GcLinks) -> *mut ObjectHeader {
    // SAFETY: the links sit right before the header (extras, when present,
    // come before the links).
    unsafe { (g as *mut u8).add(GC_LINKS_SIZE) as *mut ObjectHeader }
}

/// The instance extras (dict, weakrefs) of an instance of a heap type.
///
/// # Safety
/// `h` is a live object whose type's layout has `extras` (and so `gc`).
pub(crate) unsafe fn instance_extras(h: &ObjectHeader) -> &InstanceExtras {
    // SAFETY: InstanceExtras sits before the GC links, which sit before the header.
    unsafe {
        &*((h as *const ObjectHeader as *const u8).sub(GC_LINKS_SIZE + EXTRAS_SIZE)
            as *const InstanceExtras)
    }
}

/// The `__slots__` values of an instance.
///
/// # Safety
/// `h` is a live object.
pub(crate) unsafe fn instance_slots<'a>(h: &'a ObjectHeader) -> &'a [Cell<Option<Value>>] {
    let ty = h.ty();
    let layout = ty.object_layout();
    if layout.nslots == 0 {
        return &[];
    }
    let vt = ty.payload_vtable();
    // SAFETY: the slots follow the payload (and its variable part) at the
    // offset allocation_layout computed when the object was made.
    unsafe {
        let var = vt.var_size.map_or(0, |f| f(h));
        let (_, off) = allocation_layout(&layout, vt.layout, var).unwrap_or((Layout::new::<u8>(), 0));
        let p = (h as *const ObjectHeader as *const u8).add(off) as *const Cell<Option<Value>>;
        std::slice::from_raw_parts(p, layout.nslots as usize)
    }
}

thread_local! {
    /// Trashcan state (CPython `Py_TRASHCAN_BEGIN`): deallocation nested deeper
    /// than this defers objects to a list, so freeing a long chain of
    /// containers never recurses deeply on the native stack.
    static DEALLOC: DeallocState = const {
        DeallocState { depth: Cell::new(0), deferred: std::cell::RefCell::new(Vec::new()) }
    };
}

struct DeallocState {
    depth: Cell<u32>,
    deferred: std::cell::RefCell<Vec<NonNull<ObjectHeader>>>,
}

const TRASHCAN_DEPTH: u32 = 50;

/// Frees an object whose last reference was just dropped: runs its finalizer
/// (which may resurrect it), clears weakrefs, untracks it, drops its slots,
/// dict and payload, frees the memory, and releases its type.
///
/// # Safety
/// `h` is a live heap object with no references left.
pub(crate) unsafe fn dealloc(h: NonNull<ObjectHeader>) {
    // SAFETY: `h` is a dead object (no references), still fully initialised.
    unsafe {
        let hdr = h.as_ref();
        let ty = hdr.ty();
        let layout = ty.object_layout();
        if !layout.gc && layout.nslots == 0 && !ty.has_finalizer() && !ty.is_heap_type() {
            // A leaf builtin object (float, int, str, bytes, ...): no
            // finalizer, no GC links, dict, weakrefs or slots, and no type
            // reference to release; dropping its payload cannot recurse
            // deeply, so the trashcan is not needed either.
            let vt = ty.payload_vtable();
            let var = vt.var_size.map_or(0, |f| f(hdr));
            let (alloc_layout, _) = allocation_layout(&layout, vt.layout, var).unwrap_or((Layout::new::<u8>(), 0));
            (vt.drop)(h.as_ptr());
            std::alloc::dealloc((h.as_ptr() as *mut u8).sub(layout.prefix as usize), alloc_layout);
            return;
        }
    }
    let deferred = DEALLOC.with(|d| {
        if d.depth.get() >= TRASHCAN_DEPTH {
            d.deferred.borrow_mut().push(h);
            true
        } else {
            d.depth.set(d.depth.get() + 1);
            false
        }
    });
    if deferred {
        return;
    }
    // SAFETY: forwarded from our caller.
    unsafe { dealloc_now(h) };
    DEALLOC.with(|d| {
        let depth = d.depth.get() - 1;
        d.depth.set(depth);
        if depth == 0 {
            // Drain the objects deferred by deeper levels, at depth 1 again.
            loop {
                let next = d.deferred.borrow_mut().pop();
                let Some(obj) = next else { break };
                d.depth.set(1);
                // SAFETY: deferred objects had no references left when queued,
                // and nothing could reach them since.
                unsafe { dealloc_now(obj) };
                d.depth.set(0);
            }
        }
    });
}

unsafe fn dealloc_now(h: NonNull<ObjectHeader>) {
    // SAFETY: `h` is a dead object (no references), still fully initialised.
    unsafe {
        let hdr = h.as_ref();
        let ty_ptr = hdr.ty_ptr();
        let ty = &*ty_ptr;
        // Finalizer first (PEP 442): it may resurrect the object.
        if ty.has_finalizer() && !hdr.has_flag(flags::FINALIZED) {
            hdr.set_flag(flags::FINALIZED, true);
            hdr.set_refcount(1);
            crate::objects::type_::call_finalizer(hdr);
            if !hdr.raw_decref_no_dealloc() {
                // Resurrected: someone took a reference; it lives on.
                return;
            }
        }
        let layout = ty.object_layout();
        if layout.extras {
            let extras = instance_extras(hdr);
            if let Some(wl) = extras.weaklist.take() {
                crate::objects::weakref::clear_weakrefs(hdr, wl);
            }
        }
        if hdr.has_flag(flags::GC_TRACKED) {
            crate::gc::untrack(hdr);
        }
        // Slots and dict, then the payload.
        let mut to_drop: Vec<Value> = Vec::new();
        for s in instance_slots(hdr) {
            if let Some(v) = s.take() {
                to_drop.push(v);
            }
        }
        if layout.extras {
            if let Some(d) = instance_extras(hdr).dict.take() {
                to_drop.push(d);
            }
        }
        let vt = ty.payload_vtable();
        let var = vt.var_size.map_or(0, |f| f(hdr));
        let (alloc_layout, _) =
            allocation_layout(&layout, vt.layout, var).unwrap_or((Layout::new::<u8>(), 0));
        (vt.drop)(h.as_ptr());
        let base = (h.as_ptr() as *mut u8).sub(layout.prefix as usize);
        std::alloc::dealloc(base, alloc_layout);
        drop(to_drop);
        if ty.is_heap_type() {
            // The instance's reference to its type, released last.
            let tyh = NonNull::from(&ty.header);
            drop(Value::from_owned_ptr(tyh));
        }
    }
}
