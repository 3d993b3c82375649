//! Interpreter frames and the per-thread data stack (DESIGN 4).
//!
//! CPython: Include/internal/pycore_interpframe_structs.h (`_PyInterpreterFrame`),
//! Python/frame.c, Python/pystate.c (`_PyThreadState_PushFrame`, the data stack).
//!
//! # Layout
//! A frame is a small header ([`Frame`]) plus `localsplus`: the code's
//! locals, cells and free variables, then its value stack. For calls the
//! slots come from a per-thread stack of large chunks (a pointer bump; a
//! Python-to-Python call allocates nothing in the steady state), and the
//! headers from a per-thread pool. A generator or coroutine owns its frame
//! and slots instead, and links the frame into the thread's chain while it
//! runs.
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

/// A position in the data stack.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct StackMark {
    chunk: usize,
    offset: usize,
}

const CHUNK_SLOTS: usize = 16 * 1024;

/// The per-thread data stack and frame-header pool.
pub struct FrameStack {
    chunks: RefCell<Vec<Box<[Slot]>>>,
    top: Cell<StackMark>,
    /// The innermost running frame (CPython `tstate->current_frame`).
    pub(crate) current: Cell<*mut Frame>,
    pool: RefCell<Vec<Box<std::mem::MaybeUninit<Frame>>>>,
    /// Number of frames on this thread (the Python recursion depth).
    pub(crate) depth: Cell<usize>,
}

impl FrameStack {
    pub fn new() -> FrameStack {
        FrameStack {
            chunks: RefCell::new(Vec::new()),
            top: Cell::new(StackMark::default()),
            current: Cell::new(ptr::null_mut()),
            pool: RefCell::new(Vec::new()),
            depth: Cell::new(0),
        }
    }

    /// Takes `n` slots, all set to None.
    fn alloc_slots(&self, n: usize) -> (*mut Slot, StackMark) {
        let mark = self.top.get();
        let mut chunks = self.chunks.borrow_mut();
        let mut m = mark;
        loop {
            if m.chunk >= chunks.len() {
                let size = CHUNK_SLOTS.max(n);
                chunks.push((0..size).map(|_| None).collect());
            }
            let chunk = &mut chunks[m.chunk];
            if m.offset + n <= chunk.len() {
                let p = chunk[m.offset..].as_mut_ptr();
                for i in 0..n {
                    // SAFETY: within the chunk; slots above the top hold no
                    // live values (they were dropped or moved out on pop).
                    unsafe { ptr::write(p.add(i), None) };
                }
                self.top.set(StackMark { chunk: m.chunk, offset: m.offset + n });
                return (p, mark);
            }
            if chunk.len() < n && m.offset == 0 {
                forget_slots(&mut chunks[m.chunk]);
                chunks[m.chunk] = (0..n).map(|_| None).collect();
                continue;
            }
            m = StackMark { chunk: m.chunk + 1, offset: 0 };
        }
    }

    /// Pushes a frame for `code` and returns it; its slots are unbound.
    /// The caller links it (`previous`) and fills the arguments.
    pub fn push(
        &self,
        code: PyRef<Code>,
        func: Option<Value>,
        globals: PyRef<Dict>,
        builtins: PyRef<Dict>,
        locals: Option<Value>,
    ) -> *mut Frame {
        let nslots = code.framesize();
        let (slots, mark) = self.alloc_slots(nslots);
        let nlp = code.nlocalsplus();
        let frame = Frame {
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
        };
        let mut b = self.pool.borrow_mut().pop().unwrap_or_else(|| Box::new(std::mem::MaybeUninit::uninit()));
        b.write(frame);
        self.depth.set(self.depth.get() + 1);
        // The Box's contents are initialised; the pool gets it back in `pop`.
        Box::into_raw(b) as *mut Frame
    }

    /// Pops a thread-owned frame pushed by [`Self::push`]: drops its slots and
    /// header, and gives the storage back.
    ///
    /// # Safety
    /// `f` is the most recently pushed live thread-owned frame.
    pub unsafe fn pop(&self, f: *mut Frame) {
        // SAFETY: per the caller, `f` is live, initialised and ours.
        unsafe {
            let frame = &mut *f;
            debug_assert_eq!(frame.owner, FrameOwner::Thread);
            // Drop the values while the frame still holds its slots: a
            // finalizer that runs Python code pushes its frames above them.
            // Each slot is unbound before its value drops.
            for i in 0..frame.stacktop {
                drop(ptr::replace(frame.localsplus.add(i), None));
            }
            frame.stacktop = 0;
            let mark = frame.mark;
            let boxed = Box::from_raw(f as *mut std::mem::MaybeUninit<Frame>);
            let header = boxed.assume_init_read();
            self.pool.borrow_mut().push(boxed);
            self.top.set(mark);
            self.depth.set(self.depth.get().saturating_sub(1));
            drop(header);
        }
    }
}

impl Drop for FrameStack {
    fn drop(&mut self) {
        // Slots above the top may still hold the bits of values that were
        // moved out; they own nothing, so they must not be dropped.
        for chunk in self.chunks.get_mut().iter_mut() {
            forget_slots(chunk);
        }
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
