//! The instruction sequence: what codegen emits and the flowgraph optimiser
//! reads, with pseudo instructions and labels still in it.
//!
//! This is the seam between `codegen` and `flowgraph`, shaped as CPython's so
//! each side can be checked against CPython 3.14 on its own:
//! `_testinternalcapi.compiler_codegen` shows CPython's codegen output and
//! `_testinternalcapi.optimize_cfg` / `assemble_code_object` take such a
//! sequence as input.
//!
//! CPython: Include/internal/pycore_instruction_sequence.h,
//! Python/instruction_sequence.c.

/// A source range, as CPython's `_Py_SourceLocation`: 1-based lines, 0-based
/// UTF-8 byte columns; `-1` where unknown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct SourceLocation {
    pub lineno: i32,
    pub end_lineno: i32,
    pub col_offset: i32,
    pub end_col_offset: i32,
}

impl SourceLocation {
    /// CPython's `NO_LOCATION`: an instruction with no source position.
    pub const NONE: SourceLocation = SourceLocation {
        lineno: -1,
        end_lineno: -1,
        col_offset: -1,
        end_col_offset: -1,
    };

    pub const fn new(lineno: i32, end_lineno: i32, col_offset: i32, end_col_offset: i32) -> Self {
        SourceLocation {
            lineno,
            end_lineno,
            col_offset,
            end_col_offset,
        }
    }
}

/// A jump target. Its id is the oparg of the jump (and of `SETUP_*`) until
/// labels are resolved to instruction indices.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Label(pub u32);

/// The handler that covers an instruction (CPython `_PyExceptHandlerInfo`),
/// filled in when the flowgraph computes exception targets.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ExceptHandlerInfo {
    /// The handler's label, or `None` when no handler covers the instruction.
    pub label: Option<Label>,
    pub start_depth: i32,
    pub preserve_lasti: bool,
}

/// One instruction (CPython `_PyInstruction`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Instr {
    /// A real opcode (< 256) or a pseudo opcode ([`crate::opcode::MIN_PSEUDO_OPCODE`] and up).
    pub opcode: u16,
    /// The argument; for jumps and `SETUP_*`, a label id (then an instruction
    /// index once labels are applied).
    pub oparg: i32,
    pub loc: SourceLocation,
    pub except_handler: ExceptHandlerInfo,
}

/// A sequence of instructions with its labels (CPython `_PyInstructionSequence`).
#[derive(Clone, Debug, Default)]
pub struct InstrSequence {
    pub instrs: Vec<Instr>,
    /// Label id -> index of the instruction it marks (`s_labelmap`); `-1` until used.
    pub label_map: Vec<i32>,
    /// Sequences of nested code units, kept for `_testinternalcapi`-style inspection (`s_nested`).
    pub nested: Vec<InstrSequence>,
    /// Code that builds `__annotate__`, spliced into the main sequence later
    /// (`s_annotations_code`).
    pub annotations_code: Option<Box<InstrSequence>>,
}

impl InstrSequence {
    pub fn new() -> Self {
        Self::default()
    }

    /// `_PyInstructionSequence_NewLabel`.
    pub fn new_label(&mut self) -> Label {
        let id = self.label_map.len() as u32;
        self.label_map.push(-1);
        Label(id)
    }

    /// `_PyInstructionSequence_UseLabel`: `label` marks the next instruction.
    pub fn use_label(&mut self, label: Label) {
        self.label_map[label.0 as usize] = self.instrs.len() as i32;
    }

    /// `_PyInstructionSequence_Addop`.
    pub fn addop(&mut self, opcode: u16, oparg: i32, loc: SourceLocation) {
        self.instrs.push(Instr {
            opcode,
            oparg,
            loc,
            except_handler: ExceptHandlerInfo::default(),
        });
    }

    /// `_PyInstructionSequence_InsertInstruction`: inserts at `pos`, moving
    /// the labels that pointed at or after it.
    pub fn insert(&mut self, pos: usize, opcode: u16, oparg: i32, loc: SourceLocation) {
        self.instrs.insert(
            pos,
            Instr {
                opcode,
                oparg,
                loc,
                except_handler: ExceptHandlerInfo::default(),
            },
        );
        for target in self.label_map.iter_mut() {
            if *target >= pos as i32 {
                *target += 1;
            }
        }
    }
}

/// What codegen knows of a code unit besides its instructions, handed with
/// the sequence to the optimiser and assembler (CPython
/// `_PyCompile_CodeUnitMetadata`). Each list is in index order: the oparg of
/// `LOAD_CONST` indexes `consts`, that of `LOAD_NAME` indexes `names`, and so on.
#[derive(Clone, Debug, Default)]
pub struct UnitMetadata {
    pub name: Box<str>,
    pub qualname: Box<str>,
    pub consts: Vec<crate::code::Constant>,
    pub names: Vec<Box<str>>,
    pub varnames: Vec<Box<str>>,
    pub cellvars: Vec<Box<str>>,
    pub freevars: Vec<Box<str>>,
    /// Names that are fast locals only inside an inlined comprehension
    /// (`u_fasthidden`), with whether they are hidden right now.
    pub fasthidden: Vec<(Box<str>, bool)>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub firstlineno: i32,
}

/// Why compiling a unit failed. Codegen raises the SyntaxErrors; the
/// optimiser and assembler fail only on internal limits or a malformed
/// sequence, where CPython raises the exception named by the variant.
#[derive(Clone, Debug, PartialEq)]
pub enum CompileError {
    Syntax(syntax::syntax_error::SyntaxError),
    SystemError(String),
    ValueError(String),
    OverflowError(String),
}

impl From<syntax::syntax_error::SyntaxError> for CompileError {
    fn from(e: syntax::syntax_error::SyntaxError) -> Self {
        CompileError::Syntax(e)
    }
}

impl std::fmt::Display for CompileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CompileError::Syntax(e) => write!(f, "{}: {}", e.kind.name(), e.msg),
            CompileError::SystemError(m) => write!(f, "SystemError: {m}"),
            CompileError::ValueError(m) => write!(f, "ValueError: {m}"),
            CompileError::OverflowError(m) => write!(f, "OverflowError: {m}"),
        }
    }
}

impl std::error::Error for CompileError {}
