//! Interpreter frames and the per-thread data stack (DESIGN 4).
//!
//! CPython: Include/internal/pycore_interpframe_structs.h (`_PyInterpreterFrame`),
//! Python/frame.c, Python/pystate.c (`_PyThreadState_PushFrame`, the data stack).
//!
//! # Layout
//! A frame is a header ([`Frame`]) followed by `localsplus`: the code's
//! locals, cells and free variables, then its value stack. For calls, header
//! and slots sit together in a per-thread stack of large chunks (a pointer
//! bump; a Python-to-Python call allocates nothing in the steady state). A
//! generator or coroutine owns its frame and slots instead, and links the
//! frame into the thread's chain while it runs.
//!
//! # Invariants (the unsafe code relies on them)
//! 1. Slots `0..stacktop` of a live frame are initialised (`Option<Value>`);
//!    slots at and above `stacktop` hold no value that needs dropping.
//! 2. Thread-owned frames are pushed and popped in LIFO order by the code
//!    that pushed them, and never outlive their slots.
//! 3. `previous` links only frames that are live on this thread, newest first.
//! 4. The eval loop never pushes above `localsplus + nslots` (the compiler's
//!    `co_stacksize` bounds the stack; code objects come only from the compiler).

use std::cell::{Cell, RefCell};
use std::ptr;

use crate::objects::code::Code;
use crate::objects::dict::Dict;
use crate::objects::frame::FrameObject;
use crate::objects::value::{PyRef, Value};

/// One slot of `localsplus`: a value, or unbound.
pub type Slot = Option<Value>;

/// Who owns a frame's storage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FrameOwner {
    /// Pushed on this thread's data stack by a call.
    Thread,
    /// Lives inside a generator, coroutine or async generator.
    Generator,
}

/// An interpreter frame header (CPython `_PyInterpreterFrame`).
pub struct Frame {
    pub code: PyRef<Code>,
    /// The function being run (for closures, defaults and `__class__`).
    pub func: Option<Value>,
    pub globals: PyRef<Dict>,
    pub builtins: PyRef<Dict>,
    /// The locals mapping of module and class bodies (`LOAD_NAME`), else None.
    pub locals: Option<Value>,
    pub previous: *mut Frame,
    /// Index (in code units) of the instruction running, or the next one to
    /// run in a suspended generator.
    pub lasti: usize,
    /// First free slot of the value stack (an index into `localsplus`).
    pub stacktop: usize,
    pub localsplus: *mut Slot,
    pub nslots: usize,
    /// The frame object, once one was asked for (tracebacks, `sys._getframe`).
    pub frame_obj: Option<PyRef<FrameObject>>,
    pub owner: FrameOwner,
    /// When this frame returns, the eval loop returns to its native caller.
    pub is_entry: bool,
    /// Where the data stack stood before this frame's slots were taken.
    pub(crate) mark: StackMark,
    /// The generator owning this frame, while it runs (for `yield`).
    pub generator: Option<Value>,
    /// Where this frame continues when the frame it called returns
    /// (CPython `return_offset`, as an instruction index).
    pub return_ip: usize,
    /// Set by a resume that placed the frame at an exact instruction.
    pub lasti_is_next: bool,
}

impl Frame {
    /// Slot `i` of localsplus.
    ///
    /// # Safety
    /// `i < stacktop` (or `i < nlocalsplus`), on a live frame.
    #[inline(always)]
    pub unsafe fn slot(&self, i: usize) -> &Slot {
        // SAFETY: forwarded from the caller; slots below stacktop are initialised.
        unsafe { &*self.localsplus.add(i) }
    }

    /// Mutable slot `i`.
    ///
    /// # Safety
    /// As for [`Self::slot`], and no other reference to the slot exists.
    #[inline(always)]
    #[allow(clippy::mut_from_ref)]
    pub unsafe fn slot_mut(&self, i: usize) -> &mut Slot {
        // SAFETY: forwarded from the caller.
        unsafe { &mut *self.localsplus.add(i) }
    }

    /// The live stack slots, bottom first.
    pub fn stack(&self) -> &[Slot] {
        let base = self.code.nlocalsplus();
        if self.stacktop <= base || self.localsplus.is_null() {
            return &[];
        }
        // SAFETY: slots base..stacktop are initialised (invariant 1).
        unsafe { std::slice::from_raw_parts(self.localsplus.add(base), self.stacktop - base) }
    }

    /// The locals, cells and free variables.
    pub fn localsplus(&self) -> &[Slot] {
        let n = self.code.nlocalsplus().min(self.stacktop.max(self.code.nlocalsplus()));
        if self.localsplus.is_null() {
            return &[];
        }
        // SAFETY: slots 0..nlocalsplus are always initialised (invariant 1).
        unsafe { std::slice::from_raw_parts(self.localsplus, n) }
    }

    /// The current source line (for tracebacks and `f_lineno`).
    pub fn lineno(&self) -> Option<i32> {
        crate::objects::locations::line_of(&self.code.core, self.lasti)
    }
}

/// A position in the data stack: the bump pointer and its chunk.
#[derive(Clone, Copy, Debug)]
pub(crate) struct StackMark {
    top: *mut u8,
    chunk: usize,
}

impl Default for StackMark {
    fn default() -> Self {
        StackMark { top: ptr::null_mut(), chunk: 0 }
    }
}

/// Bytes per data-stack chunk (CPython's first chunk is 16 KiB; frames of
/// deep recursion fill several).
const CHUNK_BYTES: usize = 256 * 1024;

/// The per-thread data stack: frames (header, then localsplus and the value
/// stack) bump-allocated in large chunks, popped in LIFO order.
///
/// Chunks are plain words (`u64`, no drop glue): a frame's header and slots
/// are initialised by `push`, and `pop` drops exactly what is live (the
/// header, and slots below `stacktop`); bits left above that own nothing.
pub struct FrameStack {
    /// Where the next frame goes, and the end of the chunk it is in.
    top: Cell<*mut u8>,
    limit: Cell<*mut u8>,
    chunk: Cell<usize>,
    chunks: RefCell<Vec<Box<[u64]>>>,
    /// The innermost running frame (CPython `tstate->current_frame`).
    pub(crate) current: Cell<*mut Frame>,
    /// Number of frames on this thread (the Python recursion depth).
    pub(crate) depth: Cell<usize>,
}

const HEADER_BYTES: usize = std::mem::size_of::<Frame>().next_multiple_of(8);

impl FrameStack {
    pub fn new() -> FrameStack {
        FrameStack {
            top: Cell::new(ptr::null_mut()),
            limit: Cell::new(ptr::null_mut()),
            chunk: Cell::new(usize::MAX),
            chunks: RefCell::new(Vec::new()),
            current: Cell::new(ptr::null_mut()),
            depth: Cell::new(0),
        }
    }

    /// Moves to a chunk after the current one with room for `bytes`
    /// (reusing the next chunk when it is big enough).
    #[cold]
    fn grow(&self, bytes: usize) -> *mut u8 {
        let mut chunks = self.chunks.borrow_mut();
        let next = self.chunk.get().wrapping_add(1);
        let words = bytes.div_ceil(8).max(CHUNK_BYTES / 8);
        if next >= chunks.len() {
            chunks.push(vec![0u64; words].into_boxed_slice());
        } else if chunks[next].len() * 8 < bytes {
            // Nothing lives in chunks above the current one.
            chunks[next] = vec![0u64; words].into_boxed_slice();
        }
        let c = &mut chunks[next];
        let base = c.as_mut_ptr() as *mut u8;
        self.chunk.set(next);
        // SAFETY: `base + len*8` is the end of the chunk's allocation.
        self.limit.set(unsafe { base.add(c.len() * 8) });
        base
    }

    /// Pushes a frame for `code` and returns it; its locals are unbound.
    /// The caller links it (`previous`) and fills the arguments.
    #[inline]
    pub fn push(
        &self,
        code: PyRef<Code>,
        func: Option<Value>,
        globals: PyRef<Dict>,
        builtins: PyRef<Dict>,
        locals: Option<Value>,
    ) -> *mut Frame {
        let nslots = code.framesize();
        let nlp = code.nlocalsplus();
        let bytes = HEADER_BYTES + nslots * std::mem::size_of::<Slot>();
        let mark = StackMark { top: self.top.get(), chunk: self.chunk.get() };
        let mut p = mark.top;
        if p.is_null() || (self.limit.get() as usize - p as usize) < bytes {
            p = self.grow(bytes);
        }
        // SAFETY: `p..p+bytes` lies in the current chunk (checked above or
        // made so by `grow`), is 8-aligned (chunks are u64s and sizes are
        // multiples of 8) and holds no live frame (LIFO discipline).
        unsafe {
            self.top.set(p.add(bytes));
            let frame = p as *mut Frame;
            let slots = p.add(HEADER_BYTES) as *mut Slot;
            for i in 0..nlp {
                ptr::write(slots.add(i), None);
            }
            ptr::write(
                frame,
                Frame {
                    code,
                    func,
                    globals,
                    builtins,
                    locals,
                    previous: self.current.get(),
                    lasti: 0,
                    stacktop: nlp,
                    localsplus: slots,
                    nslots,
                    frame_obj: None,
                    owner: FrameOwner::Thread,
                    is_entry: false,
                    mark,
                    generator: None,
                    return_ip: 0,
                    lasti_is_next: false,
                },
            );
            self.depth.set(self.depth.get() + 1);
            frame
        }
    }

    /// Pops a thread-owned frame pushed by [`Self::push`]: drops its live
    /// slots and its header, and gives the space back.
    ///
    /// # Safety
    /// `f` is the most recently pushed live thread-owned frame.
    #[inline]
    pub unsafe fn pop(&self, f: *mut Frame) {
        // SAFETY: per the caller, `f` is live, initialised and ours.
        unsafe {
            let frame = &mut *f;
            debug_assert_eq!(frame.owner, FrameOwner::Thread);
            // Drop the values while the frame still holds its space: a
            // finalizer that runs Python code pushes its frames above it.
            // Each slot is unbound before its value drops.
            for i in 0..frame.stacktop {
                drop(ptr::replace(frame.localsplus.add(i), None));
            }
            frame.stacktop = 0;
            let header = ptr::read(f);
            let mark = header.mark;
            self.top.set(mark.top);
            if mark.chunk != self.chunk.get() {
                self.chunk.set(mark.chunk);
                let chunks = self.chunks.borrow();
                let limit = match chunks.get(mark.chunk) {
                    Some(c) => (c.as_ptr() as *mut u8).add(c.len() * 8),
                    None => ptr::null_mut(),
                };
                self.limit.set(limit);
            }
            self.depth.set(self.depth.get().saturating_sub(1));
            drop(header);
        }
    }
}

impl Default for FrameStack {
    fn default() -> Self {
        Self::new()
    }
}

/// A frame header and slots owned by a generator.
pub struct OwnedFrame {
    pub frame: Box<Frame>,
    pub slots: Box<[Slot]>,
}

impl OwnedFrame {
    /// Moves a thread frame into owned storage (CPython `RETURN_GENERATOR`
    /// copies the frame into the generator). The thread frame is left empty
    /// and must still be popped by its owner.
    ///
    /// # Safety
    /// `f` is a live thread-owned frame.
    pub unsafe fn take_from(f: *mut Frame, vm_frames: &FrameStack) -> OwnedFrame {
        // SAFETY: per the caller.
        unsafe {
            let src = &mut *f;
            let n = src.nslots;
            let mut slots: Box<[Slot]> = (0..n).map(|_| None).collect();
            for (i, slot) in slots.iter_mut().enumerate().take(src.stacktop) {
                *slot = ptr::replace(src.localsplus.add(i), None);
            }
            let frame = Box::new(Frame {
                code: src.code.clone(),
                func: src.func.clone(),
                globals: src.globals.clone(),
                builtins: src.builtins.clone(),
                locals: src.locals.clone(),
                previous: ptr::null_mut(),
                lasti: src.lasti,
                stacktop: src.stacktop,
                localsplus: ptr::null_mut(),
                nslots: n,
                frame_obj: src.frame_obj.take(),
                owner: FrameOwner::Generator,
                is_entry: false,
                mark: StackMark::default(),
                generator: None,
                return_ip: 0,
                lasti_is_next: false,
            });
            src.stacktop = 0;
            let _ = vm_frames;
            let mut owned = OwnedFrame { frame, slots };
            owned.frame.localsplus = owned.slots.as_mut_ptr();
            let p = &mut *owned.frame as *mut Frame;
            if let Some(fo) = &owned.frame.frame_obj {
                fo.set_live(p);
            }
            owned
        }
    }

    pub fn as_ptr(&mut self) -> *mut Frame {
        &mut *self.frame as *mut Frame
    }
}

/// Overwrites slots with None without dropping what they held (their values
/// were moved out; see the invariants).
fn forget_slots(chunk: &mut [Slot]) {
    for s in chunk.iter_mut() {
        // SAFETY: `s` is a valid slot; the old bits are not a live value.
        unsafe { ptr::write(s, None) };
    }
}

impl Drop for OwnedFrame {
    fn drop(&mut self) {
        // The frame object outlives us: give it the locals (CPython `take_ownership`).
        if let Some(fo) = self.frame.frame_obj.take() {
            fo.take_ownership(&mut self.frame);
        }
        // Drop the live values (slots below `stacktop`); the slots above hold
        // bits of values that were moved out and own nothing (invariant 1).
        let top = self.frame.stacktop.min(self.slots.len());
        for s in &mut self.slots[..top] {
            drop(s.take());
        }
        forget_slots(&mut self.slots[top..]);
        self.frame.stacktop = 0;
        self.frame.localsplus = ptr::null_mut();
    }
}
