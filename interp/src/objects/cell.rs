//! Cells: the boxes closures share for free variables.
//!
//! CPython: Objects/cellobject.c.

use std::cell::RefCell;

use super::str::new_string;
use super::type_::{CompareOp, GetSetDef, Slots, TypeDef, TypeObject, tpflags};
use super::value::{LayoutId, ObjectLayout, Payload, PyRef, Value, alloc};
use crate::builtin_type;
use crate::objects::baseobject::{OBJECT_SLOTS, OBJECT_TYPE};
use crate::objects::none;
use crate::vm::{FuncArgs, PyResult, Vm};

/// The payload of a cell: the variable's value, `None` while unbound.
pub struct Cell {
    contents: RefCell<Option<Value>>,
}

// SAFETY: Cell is the only payload with LayoutId::Cell.
unsafe impl Payload for Cell {
    const LAYOUT: LayoutId = LayoutId::Cell;
}

impl Cell {
    #[inline]
    pub fn get(&self) -> Option<Value> {
        self.contents.borrow().clone()
    }

    /// Sets the contents; the old value is dropped after the borrow ends.
    #[inline]
    pub fn set(&self, v: Option<Value>) {
        let old = self.contents.replace(v);
        drop(old);
    }

    pub fn take(&self) -> Option<Value> {
        self.contents.take()
    }
}

pub fn new_cell(vm: &Vm, v: Option<Value>) -> PyRef<Cell> {
    let r = alloc(CELL_TYPE.get(), Cell { contents: RefCell::new(v) })
        .unwrap_or_else(|| std::alloc::handle_alloc_error(std::alloc::Layout::new::<Cell>()));
    crate::gc::track(vm, r.as_value());
    r
}

fn cell_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a Cell> {
    v.downcast_ref::<Cell>().map(|c| &c.payload).ok_or_else(|| vm.type_error("descriptor requires a 'cell' object"))
}

fn cell_repr(vm: &Vm, v: &Value) -> PyResult {
    let c = cell_of(vm, v)?;
    let s = match c.get() {
        None => format!("<cell at {:#x}: empty>", v.id_word()),
        Some(x) => format!("<cell at {:#x}: {} object at {:#x}>", v.id_word(), x.ty().tp_name(), x.id_word()),
    };
    Ok(new_string(s).into_value())
}

fn cell_get_contents(vm: &Vm, v: &Value) -> PyResult {
    cell_of(vm, v)?.get().ok_or_else(|| vm.value_error("Cell is empty"))
}

fn cell_set_contents(vm: &Vm, v: &Value, value: Option<Value>) -> PyResult<()> {
    cell_of(vm, v)?.set(value);
    Ok(())
}

fn cell_new(vm: &Vm, _ty: &TypeObject, args: FuncArgs<'_>) -> PyResult {
    if args.has_kwargs() {
        return Err(vm.type_error("cell() takes no keyword arguments"));
    }
    match args.args {
        [] => Ok(new_cell(vm, None).into_value()),
        [x] => Ok(new_cell(vm, Some(x.clone())).into_value()),
        a => Err(vm.type_error(format!("cell expected at most 1 argument, got {}", a.len()))),
    }
}

fn cell_richcompare(vm: &Vm, v: &Value, w: &Value, op: CompareOp) -> PyResult {
    let (Some(a), Some(b)) = (v.downcast_ref::<Cell>(), w.downcast_ref::<Cell>()) else {
        return Ok(none::not_implemented());
    };
    match (a.get(), b.get()) {
        (Some(x), Some(y)) => vm.rich_compare(&x, &y, op),
        (x, y) => Ok(crate::objects::bool_::new_bool(op.test((x.is_some() as u8).cmp(&(y.is_some() as u8))))),
    }
}

static CELL_GETSETS: &[GetSetDef] = &[GetSetDef {
    name: "cell_contents",
    get: Some(cell_get_contents),
    set: Some(cell_set_contents),
    doc: None,
}];

static CELL_DEF: TypeDef = TypeDef {
    doc: Some("Create a new cell object.\n\n  contents\n    the contents of the cell. If not specified, the cell will be empty,\n    and \n further attempts to access its cell_contents attribute will\n    raise a ValueError."),
    getsets: CELL_GETSETS,
    ..TypeDef::new("cell")
};

const CELL_SLOTS: Slots = Slots {
    repr: std::cell::Cell::new(Some(cell_repr)),
    new: std::cell::Cell::new(Some(cell_new)),
    hash: std::cell::Cell::new(None),
    richcompare: std::cell::Cell::new(Some(cell_richcompare)),
    ..OBJECT_SLOTS
};

builtin_type!(pub CELL_TYPE: Cell, def &CELL_DEF, base &OBJECT_TYPE.0, mro [&OBJECT_TYPE.0],
    slots CELL_SLOTS, flags tpflags::HAVE_GC, layout ObjectLayout::gc());
