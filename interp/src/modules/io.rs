//! The `_io` module, first part: the standard streams and `open()` for text
//! and binary files.
//!
//! CPython: Modules/_io/ (textio.c, bufferedio.c, fileio.c). CPython stacks
//! a TextIOWrapper on a BufferedWriter on a FileIO; this file folds the
//! stack into one object per stream with the same buffering rules: stdout is
//! line-buffered on a terminal and block-buffered otherwise, stderr is
//! line-buffered (`errors='backslashreplace'`), and everything is flushed at
//! exit. The full class hierarchy (`io.StringIO`, `BufferedReader`, ...) is
//! the standard-library work (issue 8).

use std::cell::{Cell, RefCell};
use std::fs::File;
use std::io::{Read, Write};
use std::mem::ManuallyDrop;
use std::os::fd::{AsRawFd, FromRawFd};

use crate::builtin_type;
use crate::objects::baseobject::{OBJECT_SLOTS, OBJECT_TYPE};
use crate::objects::bool_::new_bool;
use crate::objects::bytes::{Bytes, bytes_like, new_bytes};
use crate::objects::int::new_int;
use crate::objects::list::new_list;
use crate::objects::none;
use crate::objects::str::{Str, new_str, new_string};
use crate::objects::type_::{GetSetDef, MethodDef, MethodFn, Slots, TypeDef, tpflags};
use crate::objects::value::{LayoutId, ObjectLayout, Payload, PyRef, Value, alloc};
use crate::vm::call::parse_args;
use crate::vm::{FuncArgs, PyResult, Vm};

use super::ModuleDef;

/// Flush the write buffer once it holds this much (CPython's
/// `DEFAULT_BUFFER_SIZE` is 8 KiB; 64 KiB halves the syscalls of print loops).
const FLUSH_THRESHOLD: usize = 64 * 1024;

/// What a stream reads from or writes to.
enum Target {
    /// A standard stream's descriptor, never closed by us.
    Fd(ManuallyDrop<File>),
    /// A file opened by `open()`.
    File(File),
}

impl Target {
    fn file(&mut self) -> &mut File {
        match self {
            Target::Fd(f) => f,
            Target::File(f) => f,
        }
    }
}

/// One open stream (text or binary).
pub struct Stream {
    target: RefCell<Option<Target>>,
    name: Value,
    mode: &'static str,
    text: bool,
    readable: bool,
    writable: bool,
    line_buffering: bool,
    backslashreplace: bool,
    wbuf: RefCell<Vec<u8>>,
    rbuf: RefCell<Vec<u8>>,
    rpos: Cell<usize>,
    eof: Cell<bool>,
}

// SAFETY: a native layout id is the TypeId of Stream, which no other type has.
unsafe impl Payload for Stream {
    const LAYOUT: LayoutId = LayoutId::native::<Self>();
}

impl Stream {
    fn flush_buffer(&self) -> std::io::Result<()> {
        let mut buf = self.wbuf.borrow_mut();
        if buf.is_empty() {
            return Ok(());
        }
        let mut t = self.target.borrow_mut();
        if let Some(t) = t.as_mut() {
            let r = t.file().write_all(&buf);
            buf.clear();
            r?;
        }
        Ok(())
    }

    fn is_closed(&self) -> bool {
        self.target.borrow().is_none()
    }
}

impl Drop for Stream {
    fn drop(&mut self) {
        let _ = self.flush_buffer();
    }
}

fn stream_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a Stream> {
    v.downcast_ref::<Stream>()
        .map(|s| &s.payload)
        .ok_or_else(|| vm.type_error(format!("descriptor requires a '_io.TextIOWrapper' object but received '{}'", v.ty().tp_name())))
}

fn os_error(vm: &Vm, e: std::io::Error, filename: Option<&Value>) -> crate::errors::PyErr {
    crate::objects::exceptions::os_error_from_io(vm, &e, filename)
}

fn check_open(vm: &Vm, s: &Stream) -> PyResult<()> {
    if s.is_closed() {
        return Err(vm.value_error("I/O operation on closed file."));
    }
    Ok(())
}

/// Writes `data` (already encoded) with the stream's buffering rules.
fn write_bytes(vm: &Vm, s: &Stream, data: &[u8]) -> PyResult<()> {
    check_open(vm, s)?;
    let flush = {
        let mut buf = s.wbuf.borrow_mut();
        buf.extend_from_slice(data);
        buf.len() >= FLUSH_THRESHOLD || (s.line_buffering && data.contains(&b'\n'))
    };
    if flush {
        s.flush_buffer().map_err(|e| os_error(vm, e, None))?;
    }
    Ok(())
}

/// Encodes `text` as UTF-8 with the stream's error handler.
fn encode(vm: &Vm, s: &Stream, text: &Str) -> PyResult<Vec<u8>> {
    if let Some(t) = text.as_str() {
        return Ok(t.as_bytes().to_vec());
    }
    if s.backslashreplace {
        let mut out = Vec::with_capacity(text.as_bytes().len());
        for cp in text.code_points() {
            if (0xD800..0xE000).contains(&cp) {
                out.extend_from_slice(format!("\\u{cp:04x}").as_bytes());
            } else {
                crate::objects::str::push_code_point(&mut out, cp);
            }
        }
        return Ok(out);
    }
    crate::objects::codecs_bridge::encode(vm, text, "utf-8", "strict")
}

fn stream_write(vm: &Vm, v: &Value, x: &Value) -> PyResult {
    let s = stream_of(vm, v)?;
    if !s.writable {
        return Err(unsupported(vm, "not writable"));
    }
    if s.text {
        let Some(t) = x.downcast_ref::<Str>() else {
            return Err(vm.type_error(format!("write() argument must be str, not {}", x.ty().tp_name())));
        };
        let data = encode(vm, s, t)?;
        write_bytes(vm, s, &data)?;
        Ok(new_int(t.char_len() as i64))
    } else {
        let Some(b) = bytes_like(x) else {
            return Err(vm.type_error(format!("a bytes-like object is required, not '{}'", x.ty().tp_name())));
        };
        write_bytes(vm, s, &b)?;
        Ok(new_int(b.len() as i64))
    }
}

/// Writes `text` to a stream object: directly when it is one of ours,
/// through its `write` method otherwise (a user's replacement `sys.stdout`).
pub fn write_text(vm: &Vm, file: &Value, text: &str) -> PyResult<()> {
    if let Some(s) = file.downcast_ref::<Stream>() {
        if s.payload.text && s.payload.writable {
            return write_bytes(vm, &s.payload, text.as_bytes());
        }
    }
    let w = vm.get_attr_str(file, "write")?;
    vm.call(&w, &[new_str(text).into_value()])?;
    Ok(())
}

/// Writes a str object to a stream (the `print` fast path).
pub fn write_str(vm: &Vm, file: &Value, text: &Value) -> PyResult<()> {
    if let (Some(s), Some(t)) = (file.downcast_ref::<Stream>(), text.downcast_ref::<Str>()) {
        if s.payload.text && s.payload.writable {
            let data = match t.as_str() {
                Some(u) => return write_bytes(vm, &s.payload, u.as_bytes()),
                None => encode(vm, &s.payload, t)?,
            };
            return write_bytes(vm, &s.payload, &data);
        }
    }
    let w = vm.get_attr_str(file, "write")?;
    vm.call(&w, std::slice::from_ref(text))?;
    Ok(())
}

/// True when `file` is one of this module's streams (print may then write
/// to it without looking up `write`).
pub fn is_native_stream(file: &Value) -> bool {
    file.downcast_ref::<Stream>().is_some_and(|s| s.payload.text && s.payload.writable)
}

/// `io.UnsupportedOperation(what)`; the class is made when `_io` is first
/// imported (it derives from both OSError and ValueError).
fn unsupported(vm: &Vm, what: &str) -> crate::errors::PyErr {
    let cls = vm
        .state()
        .modules
        .get_str_item_rs("_io")
        .and_then(|m| vm.get_attr_str_opt(&m, "UnsupportedOperation").ok().flatten());
    let msg = new_str(what).into_value();
    match cls {
        Some(c) => match vm.call(&c, &[msg]) {
            Ok(e) => crate::errors::PyErr::from_value(vm, e),
            Err(e) => e,
        },
        None => vm.new_exception(crate::objects::exceptions::OS_ERROR.get(), vec![msg]),
    }
}

fn stream_flush(vm: &Vm, v: &Value) -> PyResult {
    let s = stream_of(vm, v)?;
    check_open(vm, s)?;
    s.flush_buffer().map_err(|e| os_error(vm, e, None))?;
    Ok(none::none())
}

/// Fills the read buffer to the end of the file (text files are small in
/// practice; a streaming decoder comes with the full `_io`).
fn fill_all(vm: &Vm, s: &Stream) -> PyResult<()> {
    if s.eof.get() {
        return Ok(());
    }
    let mut t = s.target.borrow_mut();
    let Some(t) = t.as_mut() else {
        return Err(vm.value_error("I/O operation on closed file."));
    };
    let mut buf = s.rbuf.borrow_mut();
    let r = t.file().read_to_end(&mut buf);
    s.eof.set(true);
    r.map_err(|e| os_error(vm, e, None))?;
    Ok(())
}

/// Reads one line (up to and including b'\n') from a stream, reading more
/// input as needed without consuming past the line.
fn read_line_bytes(vm: &Vm, s: &Stream) -> PyResult<Vec<u8>> {
    loop {
        {
            let buf = s.rbuf.borrow();
            let pos = s.rpos.get();
            if let Some(i) = buf[pos..].iter().position(|&b| b == b'\n') {
                let line = buf[pos..pos + i + 1].to_vec();
                s.rpos.set(pos + i + 1);
                return Ok(line);
            }
            if s.eof.get() {
                let line = buf[pos..].to_vec();
                s.rpos.set(buf.len());
                return Ok(line);
            }
        }
        let mut chunk = [0u8; 8192];
        let n = {
            let mut t = s.target.borrow_mut();
            let Some(t) = t.as_mut() else {
                return Err(vm.value_error("I/O operation on closed file."));
            };
            t.file().read(&mut chunk).map_err(|e| os_error(vm, e, None))?
        };
        if n == 0 {
            s.eof.set(true);
        } else {
            s.rbuf.borrow_mut().extend_from_slice(&chunk[..n]);
        }
    }
}

fn decode(vm: &Vm, data: Vec<u8>) -> PyResult {
    match String::from_utf8(data) {
        Ok(t) => Ok(new_string(t).into_value()),
        Err(e) => {
            let bytes = e.into_bytes();
            crate::objects::codecs_bridge::decode(vm, &bytes, "utf-8", "strict", &none::none())
        }
    }
}

fn finish_read(vm: &Vm, s: &Stream, data: Vec<u8>) -> PyResult {
    if s.text {
        let text = decode(vm, data)?;
        // Universal newlines: "\r\n" and "\r" read as "\n" (CPython's default newline=None).
        let t = text.downcast_ref::<Str>().map(|t| t.as_bytes().to_vec()).unwrap_or_default();
        if t.contains(&b'\r') {
            let mut out = Vec::with_capacity(t.len());
            let mut i = 0;
            while i < t.len() {
                if t[i] == b'\r' {
                    out.push(b'\n');
                    if t.get(i + 1) == Some(&b'\n') {
                        i += 1;
                    }
                } else {
                    out.push(t[i]);
                }
                i += 1;
            }
            return Ok(crate::objects::str::new_str_from_gen_utf8(out).into_value());
        }
        Ok(text)
    } else {
        Ok(new_bytes(data).into_value())
    }
}

fn stream_read(vm: &Vm, v: &Value, args: &[Value]) -> PyResult {
    let s = stream_of(vm, v)?;
    crate::vm::call::check_arity(vm, "read", args.len(), 0, 1)?;
    check_open(vm, s)?;
    if !s.readable {
        return Err(unsupported(vm, "not readable"));
    }
    let size = match args.first().filter(|a| !none::is_none(a)) {
        Some(n) => vm.index_isize(n)?,
        None => -1,
    };
    fill_all(vm, s)?;
    let buf = s.rbuf.borrow();
    let pos = s.rpos.get();
    let data = if size < 0 {
        buf[pos..].to_vec()
    } else if s.text {
        // `size` counts characters.
        let rest = &buf[pos..];
        let mut end = 0;
        let mut chars = 0;
        while end < rest.len() && chars < size as usize {
            end += utf8_len(rest[end]);
            chars += 1;
        }
        rest[..end.min(rest.len())].to_vec()
    } else {
        buf[pos..(pos + size as usize).min(buf.len())].to_vec()
    };
    s.rpos.set(pos + data.len());
    drop(buf);
    finish_read(vm, s, data)
}

fn utf8_len(b: u8) -> usize {
    match b {
        0xF0..=0xFF => 4,
        0xE0..=0xEF => 3,
        0xC0..=0xDF => 2,
        _ => 1,
    }
}

fn stream_readline(vm: &Vm, v: &Value, args: &[Value]) -> PyResult {
    let s = stream_of(vm, v)?;
    crate::vm::call::check_arity(vm, "readline", args.len(), 0, 1)?;
    check_open(vm, s)?;
    if !s.readable {
        return Err(unsupported(vm, "not readable"));
    }
    let line = read_line_bytes(vm, s)?;
    finish_read(vm, s, line)
}

fn stream_readlines(vm: &Vm, v: &Value) -> PyResult {
    let mut out = Vec::new();
    while let Some(l) = stream_iternext(vm, v)? {
        out.push(l);
    }
    Ok(new_list(out).into_value())
}

fn stream_iternext(vm: &Vm, v: &Value) -> PyResult<Option<Value>> {
    let s = stream_of(vm, v)?;
    check_open(vm, s)?;
    let line = read_line_bytes(vm, s)?;
    if line.is_empty() {
        return Ok(None);
    }
    finish_read(vm, s, line).map(Some)
}

fn stream_iter(vm: &Vm, v: &Value) -> PyResult {
    check_open(vm, stream_of(vm, v)?)?;
    Ok(v.clone())
}

fn stream_close(vm: &Vm, v: &Value) -> PyResult {
    let s = stream_of(vm, v)?;
    if s.is_closed() {
        return Ok(none::none());
    }
    let r = s.flush_buffer();
    s.target.borrow_mut().take();
    r.map_err(|e| os_error(vm, e, None))?;
    Ok(none::none())
}

fn stream_enter(vm: &Vm, v: &Value) -> PyResult {
    check_open(vm, stream_of(vm, v)?)?;
    Ok(v.clone())
}

fn stream_exit(vm: &Vm, v: &Value, _args: &[Value]) -> PyResult {
    stream_close(vm, v)
}

fn stream_fileno(vm: &Vm, v: &Value) -> PyResult {
    let s = stream_of(vm, v)?;
    check_open(vm, s)?;
    let mut t = s.target.borrow_mut();
    let fd = t.as_mut().map(|t| t.file().as_raw_fd()).unwrap_or(-1);
    Ok(new_int(fd as i64))
}

fn stream_isatty(vm: &Vm, v: &Value) -> PyResult {
    use std::io::IsTerminal;
    let s = stream_of(vm, v)?;
    check_open(vm, s)?;
    let mut t = s.target.borrow_mut();
    Ok(new_bool(t.as_mut().is_some_and(|t| t.file().is_terminal())))
}

fn stream_true(vm: &Vm, v: &Value) -> PyResult {
    stream_of(vm, v)?;
    Ok(new_bool(true))
}

fn stream_readable(vm: &Vm, v: &Value) -> PyResult {
    let s = stream_of(vm, v)?;
    check_open(vm, s)?;
    Ok(new_bool(s.readable))
}

fn stream_writable(vm: &Vm, v: &Value) -> PyResult {
    let s = stream_of(vm, v)?;
    check_open(vm, s)?;
    Ok(new_bool(s.writable))
}

fn stream_get_closed(vm: &Vm, v: &Value) -> PyResult {
    Ok(new_bool(stream_of(vm, v)?.is_closed()))
}

fn stream_get_name(vm: &Vm, v: &Value) -> PyResult {
    Ok(stream_of(vm, v)?.name.clone())
}

fn stream_get_mode(vm: &Vm, v: &Value) -> PyResult {
    Ok(new_str(stream_of(vm, v)?.mode).into_value())
}

fn stream_get_encoding(vm: &Vm, v: &Value) -> PyResult {
    let s = stream_of(vm, v)?;
    if !s.text {
        return Err(vm.no_attribute(v, new_str("encoding").as_value()));
    }
    Ok(new_str("utf-8").into_value())
}

fn stream_get_errors(vm: &Vm, v: &Value) -> PyResult {
    let s = stream_of(vm, v)?;
    Ok(new_str(if s.backslashreplace { "backslashreplace" } else { "strict" }).into_value())
}

fn stream_get_line_buffering(vm: &Vm, v: &Value) -> PyResult {
    Ok(new_bool(stream_of(vm, v)?.line_buffering))
}

fn stream_repr(vm: &Vm, v: &Value) -> PyResult {
    let s = stream_of(vm, v)?;
    let name = vm.repr(&s.name)?;
    let r = if s.text {
        format!("<_io.TextIOWrapper name={} mode='{}' encoding='utf-8'>", name.as_str_lossy(), s.mode)
    } else if s.writable {
        format!("<_io.BufferedWriter name={}>", name.as_str_lossy())
    } else {
        format!("<_io.BufferedReader name={}>", name.as_str_lossy())
    };
    Ok(new_string(r).into_value())
}

static STREAM_METHODS: &[MethodDef] = &[
    MethodDef { name: "write", func: MethodFn::O(stream_write), doc: None },
    MethodDef { name: "flush", func: MethodFn::NoArgs(stream_flush), doc: None },
    MethodDef { name: "read", func: MethodFn::Fast(stream_read), doc: None },
    MethodDef { name: "readline", func: MethodFn::Fast(stream_readline), doc: None },
    MethodDef { name: "readlines", func: MethodFn::NoArgs(stream_readlines), doc: None },
    MethodDef { name: "close", func: MethodFn::NoArgs(stream_close), doc: None },
    MethodDef { name: "fileno", func: MethodFn::NoArgs(stream_fileno), doc: None },
    MethodDef { name: "isatty", func: MethodFn::NoArgs(stream_isatty), doc: None },
    MethodDef { name: "readable", func: MethodFn::NoArgs(stream_readable), doc: None },
    MethodDef { name: "writable", func: MethodFn::NoArgs(stream_writable), doc: None },
    MethodDef { name: "seekable", func: MethodFn::NoArgs(stream_true), doc: None },
    MethodDef { name: "__enter__", func: MethodFn::NoArgs(stream_enter), doc: None },
    MethodDef { name: "__exit__", func: MethodFn::Fast(stream_exit), doc: None },
];

static STREAM_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "closed", get: Some(stream_get_closed), set: None, doc: None },
    GetSetDef { name: "name", get: Some(stream_get_name), set: None, doc: None },
    GetSetDef { name: "mode", get: Some(stream_get_mode), set: None, doc: None },
    GetSetDef { name: "encoding", get: Some(stream_get_encoding), set: None, doc: None },
    GetSetDef { name: "errors", get: Some(stream_get_errors), set: None, doc: None },
    GetSetDef { name: "line_buffering", get: Some(stream_get_line_buffering), set: None, doc: None },
];

static STREAM_DEF: TypeDef = TypeDef {
    methods: STREAM_METHODS,
    getsets: STREAM_GETSETS,
    ..TypeDef::new("_io.TextIOWrapper")
};

const STREAM_SLOTS: Slots = Slots {
    repr: std::cell::Cell::new(Some(stream_repr)),
    iter: std::cell::Cell::new(Some(stream_iter)),
    iternext: std::cell::Cell::new(Some(stream_iternext)),
    new: std::cell::Cell::new(None),
    ..OBJECT_SLOTS
};

builtin_type!(pub STREAM_TYPE: Stream, def &STREAM_DEF, base &OBJECT_TYPE.0, mro [&OBJECT_TYPE.0],
    slots STREAM_SLOTS, flags tpflags::DEFAULT, layout ObjectLayout::plain());

fn new_stream(
    vm: &Vm,
    target: Target,
    name: Value,
    mode: &'static str,
    text: bool,
    line_buffering: bool,
    backslashreplace: bool,
) -> PyResult<Value> {
    let readable = mode.contains('r') || mode.contains('+');
    let writable = mode.contains('w') || mode.contains('a') || mode.contains('x') || mode.contains('+');
    let s = Stream {
        target: RefCell::new(Some(target)),
        name,
        mode,
        text,
        readable,
        writable,
        line_buffering,
        backslashreplace,
        wbuf: RefCell::new(Vec::new()),
        rbuf: RefCell::new(Vec::new()),
        rpos: Cell::new(0),
        eof: Cell::new(false),
    };
    Ok(alloc(STREAM_TYPE.get(), s).ok_or_else(|| vm.memory_error())?.into_value())
}

/// `sys.stdin`, `sys.stdout` and `sys.stderr` for a new interpreter.
pub fn std_streams(vm: &Vm) -> PyResult<[Value; 3]> {
    use std::io::IsTerminal;
    let mut out = Vec::with_capacity(3);
    for (fd, name, mode) in [(0, "<stdin>", "r"), (1, "<stdout>", "w"), (2, "<stderr>", "w")] {
        // SAFETY: descriptors 0-2 belong to the process for its lifetime;
        // ManuallyDrop keeps us from ever closing them, and a descriptor the
        // user closed only makes our reads and writes fail with EBADF.
        let f = ManuallyDrop::new(unsafe { File::from_raw_fd(fd) });
        let tty = f.is_terminal();
        let unbuffered = vm.state().config.unbuffered;
        let line = fd == 2 || (fd == 1 && (tty || unbuffered));
        let v = new_stream(vm, Target::Fd(f), new_str(name).into_value(), mode, true, line, fd == 2)?;
        out.push(v);
    }
    let [a, b, c]: [Value; 3] = out.try_into().map_err(|_| vm.internal_error("std_streams"))?;
    Ok([a, b, c])
}

/// Flushes a stream object if it has a `flush` method (exit-time flushing).
pub fn flush_stream(vm: &Vm, file: &Value) -> PyResult<()> {
    if let Some(s) = file.downcast_ref::<Stream>() {
        if s.payload.is_closed() {
            return Ok(());
        }
        return s.payload.flush_buffer().map_err(|e| os_error(vm, e, None));
    }
    if let Some(f) = vm.get_attr_str_opt(file, "flush")? {
        vm.call(&f, &[])?;
    }
    Ok(())
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None,
/// newline=None, closefd=True, opener=None)`.
pub fn open(vm: &Vm, args: FuncArgs<'_>) -> PyResult {
    let p = parse_args(
        vm,
        "open",
        args,
        &["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"],
        1,
        8,
    )?;
    let file = p[0].clone().unwrap_or_else(none::none);
    let mode_v = p[1].clone().unwrap_or_else(|| new_str("r").into_value());
    let Some(mode_s) = mode_v.downcast_ref::<Str>() else {
        return Err(vm.type_error(format!("open() argument 'mode' must be str, not {}", mode_v.ty().tp_name())));
    };
    let mode = mode_s.to_string_lossy();
    let path = if let Some(s) = file.downcast_ref::<Str>() {
        s.to_string_lossy()
    } else if let Some(b) = file.downcast_ref::<Bytes>() {
        String::from_utf8_lossy(b.payload.as_bytes()).into_owned()
    } else if file.is_small_int() {
        return Err(vm.new_exception_msg(
            crate::objects::exceptions::NOT_IMPLEMENTED_ERROR.get(),
            "open() of a file descriptor is not supported yet".into(),
        ));
    } else {
        return Err(vm.type_error(format!("expected str, bytes or os.PathLike object, not {}", file.ty().tp_name())));
    };
    let mut opts = std::fs::OpenOptions::new();
    let mut seen = std::collections::HashSet::new();
    for c in mode.chars() {
        if !"rwxabt+".contains(c) || !seen.insert(c) {
            return Err(vm.value_error(format!("invalid mode: '{mode}'")));
        }
    }
    let binary = mode.contains('b');
    if binary && mode.contains('t') {
        return Err(vm.value_error("can't have text and binary mode at once"));
    }
    let kinds = ['r', 'w', 'x', 'a'].iter().filter(|c| mode.contains(**c)).count();
    if kinds > 1 {
        return Err(vm.value_error("must have exactly one of create/read/write/append mode"));
    }
    if kinds == 0 {
        return Err(vm.value_error(
            "Must have exactly one of create/read/write/append mode and at most one plus",
        ));
    }
    let plus = mode.contains('+');
    let smode: &'static str = match (mode.contains('r'), mode.contains('w'), mode.contains('a'), mode.contains('x'), plus, binary) {
        (true, _, _, _, false, false) => "r",
        (true, _, _, _, true, false) => "r+",
        (true, _, _, _, false, true) => "rb",
        (true, _, _, _, true, true) => "rb+",
        (_, true, _, _, false, false) => "w",
        (_, true, _, _, true, false) => "w+",
        (_, true, _, _, false, true) => "wb",
        (_, true, _, _, true, true) => "wb+",
        (_, _, true, _, false, false) => "a",
        (_, _, true, _, true, false) => "a+",
        (_, _, true, _, false, true) => "ab",
        (_, _, true, _, true, true) => "ab+",
        (_, _, _, _, false, false) => "x",
        (_, _, _, _, true, false) => "x+",
        (_, _, _, _, false, true) => "xb",
        (_, _, _, _, true, true) => "xb+",
    };
    if mode.contains('r') {
        opts.read(true).write(plus);
    } else if mode.contains('w') {
        opts.write(true).create(true).truncate(true).read(plus);
    } else if mode.contains('a') {
        opts.append(true).create(true).read(plus);
    } else {
        opts.write(true).create_new(true).read(plus);
    }
    let f = opts.open(&path).map_err(|e| os_error(vm, e, Some(&file)))?;
    if f.metadata().is_ok_and(|m| m.is_dir()) {
        let e = std::io::Error::from_raw_os_error(21);
        return Err(os_error(vm, e, Some(&file)));
    }
    new_stream(vm, Target::File(f), file, smode, !binary, false, false)
}

fn io_open(vm: &Vm, _m: &Value, args: FuncArgs<'_>) -> PyResult {
    open(vm, args)
}

static IO_METHODS: &[MethodDef] = &[MethodDef { name: "open", func: MethodFn::FastKw(io_open), doc: None }];

fn io_exec(vm: &Vm, m: &PyRef<crate::objects::module::Module>) -> PyResult<()> {
    let d = &m.payload.dict;
    d.set_str_item(vm.intern("TextIOWrapper"), STREAM_TYPE.value());
    let bases = crate::objects::tuple::new_tuple(vec![
        crate::objects::exceptions::OS_ERROR.value(),
        crate::objects::exceptions::VALUE_ERROR.value(),
    ]);
    let ns = crate::objects::dict::new_dict(vm);
    ns.set_str_item(vm.intern("__module__"), new_str("io").into_value());
    let cls = vm.call(
        &crate::objects::type_::TYPE_TYPE.value(),
        &[new_str("UnsupportedOperation").into_value(), bases.into_value(), ns.into_value()],
    )?;
    d.set_str_item(vm.intern("UnsupportedOperation"), cls);
    d.set_str_item(vm.intern("DEFAULT_BUFFER_SIZE"), new_int(128 * 1024));
    Ok(())
}

pub static MODULE_DEF: ModuleDef = ModuleDef {
    name: "_io",
    doc: None,
    methods: IO_METHODS,
    exec: Some(io_exec),
};
