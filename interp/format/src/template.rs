//! `str.format` / `str.format_map` templates, and the parsers behind `string.Formatter`
//! (`_string.formatter_parser`, `_string.formatter_field_name_split`).
//!
//! CPython: Objects/stringlib/unicode_format.h. Two levels:
//! - [`MarkupIterator`] and [`field_name_split`] / [`FieldNameIterator`] split a template
//!   into literal text and fields exactly as CPython's iterators do (same positions after an
//!   error, same tuples for `string.Formatter`);
//! - [`format()`] drives them for `str.format`, asking a [`FormatArgs`] implementation for each
//!   lookup, conversion and `__format__` call in CPython's order, so the side effects and the
//!   first error are CPython's.

use crate::FormatError;
use crate::text::decode_at;
use crate::unicode_decimal::to_decimal;

/// One piece of a template: literal text, then possibly a replacement field.
/// CPython: the outputs of MarkupIterator_next.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Markup<'a> {
    /// Literal text (an escaped `{{` or `}}` contributes its first brace and ends the piece).
    pub literal: &'a [u8],
    pub field: Option<Field<'a>>,
}

/// A replacement field `{name!conversion:spec}`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Field<'a> {
    /// Everything before `!` or `:` (may be empty: automatic numbering).
    pub name: &'a [u8],
    /// The code point after `!`, if any (any code point; only r, s, a are valid).
    pub conversion: Option<u32>,
    /// The text after `:` (empty if none), unexpanded.
    pub spec: &'a [u8],
    /// Whether `spec` holds `{` and must be expanded as a template first.
    pub spec_needs_expanding: bool,
}

/// Splits a template into [`Markup`] pieces. CPython: MarkupIterator.
///
/// After an error the iterator stays where CPython's does, so iterating on (as
/// `string.Formatter.parse` may) continues from the same place.
#[derive(Clone, Debug)]
pub struct MarkupIterator<'a> {
    s: &'a [u8],
    pos: usize,
}

impl<'a> MarkupIterator<'a> {
    pub fn new(template: &'a [u8]) -> MarkupIterator<'a> {
        MarkupIterator {
            s: template,
            pos: 0,
        }
    }

    /// Whether all of the template has been read.
    pub fn at_end(&self) -> bool {
        self.pos >= self.s.len()
    }

    fn read(&mut self) -> Option<u32> {
        let (c, n) = decode_at(self.s, self.pos)?;
        self.pos += n;
        Some(c)
    }

    fn peek(&self) -> Option<u32> {
        decode_at(self.s, self.pos).map(|(c, _)| c)
    }

    fn slice(&self, start: usize, end: usize) -> &'a [u8] {
        self.s.get(start..end).unwrap_or_default()
    }

    /// CPython: unicode_format.h parse_field, from just after the opening brace.
    fn parse_field(&mut self) -> Result<Field<'a>, FormatError> {
        let name_start = self.pos;
        let mut c = 0;
        let mut name_end = self.pos;
        while let Some(ch) = self.read() {
            c = ch;
            match ch {
                0x7B => return Err(FormatError::value("unexpected '{' in field name")),
                0x5B => {
                    // '[': skip to the matching ']' (which is read next time round).
                    while let Some(x) = self.peek() {
                        if x == 0x5D {
                            break;
                        }
                        self.read();
                    }
                    name_end = self.pos;
                    continue;
                }
                0x7D | 0x3A | 0x21 => {
                    name_end = self.pos - 1;
                    break;
                }
                _ => name_end = self.pos,
            }
        }
        let name = self.slice(name_start, name_end);
        let mut field = Field {
            name,
            conversion: None,
            spec: b"",
            spec_needs_expanding: false,
        };
        if c == 0x21 || c == 0x3A {
            if c == 0x21 {
                let Some(conv) = self.read() else {
                    return Err(FormatError::value(
                        "end of string while looking for conversion specifier",
                    ));
                };
                // CPython keeps the conversion in a Py_UCS4 where 0 means "none", so
                // `{0!\x00}` has no conversion.
                field.conversion = (conv != 0).then_some(conv);
                if let Some(next) = self.read() {
                    if next == 0x7D {
                        return Ok(field);
                    }
                    if next != 0x3A {
                        return Err(FormatError::value(
                            "expected ':' after conversion specifier",
                        ));
                    }
                }
            }
            let spec_start = self.pos;
            let mut count = 1;
            while let Some(ch) = self.read() {
                match ch {
                    0x7B => {
                        field.spec_needs_expanding = true;
                        count += 1;
                    }
                    0x7D => {
                        count -= 1;
                        if count == 0 {
                            field.spec = self.slice(spec_start, self.pos - 1);
                            return Ok(field);
                        }
                    }
                    _ => {}
                }
            }
            return Err(FormatError::value("unmatched '{' in format spec"));
        }
        if c != 0x7D {
            return Err(FormatError::value("expected '}' before end of string"));
        }
        Ok(field)
    }
}

impl<'a> Iterator for MarkupIterator<'a> {
    type Item = Result<Markup<'a>, FormatError>;

    /// CPython: unicode_format.h MarkupIterator_next.
    fn next(&mut self) -> Option<Self::Item> {
        if self.at_end() {
            return None;
        }
        let start = self.pos;
        let mut c = 0;
        let mut markup_follows = false;
        while let Some(ch) = self.read() {
            c = ch;
            if ch == 0x7B || ch == 0x7D {
                markup_follows = true;
                break;
            }
        }
        let at_end = self.at_end();
        let mut end = self.pos;
        if c == 0x7D && (at_end || self.peek() != Some(c)) {
            return Some(Err(FormatError::value(
                "Single '}' encountered in format string",
            )));
        }
        if at_end && c == 0x7B {
            return Some(Err(FormatError::value(
                "Single '{' encountered in format string",
            )));
        }
        if !at_end {
            if self.peek() == Some(c) {
                // An escaped brace: the literal keeps the first one, the second is skipped.
                self.pos += 1;
                markup_follows = false;
            } else {
                end -= 1;
            }
        }
        let literal = self.slice(start, end);
        if !markup_follows {
            return Some(Ok(Markup {
                literal,
                field: None,
            }));
        }
        Some(self.parse_field().map(|field| Markup {
            literal,
            field: Some(field),
        }))
    }
}

/// The first part of a field name, or an item key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldKey<'a> {
    /// All decimal digits (any script): an index.
    Index(usize),
    /// Anything else: a keyword name, attribute name or string key.
    Name(&'a [u8]),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum AutoNumberState {
    Init,
    Auto,
    Manual,
}

/// Automatic field numbering state, shared by a template and its nested specs.
/// CPython: AutoNumber.
#[derive(Clone, Debug)]
pub struct AutoNumber {
    state: AutoNumberState,
    next: usize,
}

impl Default for AutoNumber {
    fn default() -> Self {
        AutoNumber::new()
    }
}

impl AutoNumber {
    pub fn new() -> AutoNumber {
        AutoNumber {
            state: AutoNumberState::Init,
            next: 0,
        }
    }
}

/// CPython: unicode_format.h get_integer. `Ok(None)` when `s` is empty or not all digits.
fn get_integer(s: &[u8]) -> Result<Option<usize>, FormatError> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut acc: i64 = 0;
    let mut pos = 0;
    while let Some((c, n)) = decode_at(s, pos) {
        pos += n;
        let Some(d) = to_decimal(c) else {
            return Ok(None);
        };
        let d = i64::from(d);
        if acc > (i64::MAX - d) / 10 {
            return Err(FormatError::value(
                "Too many decimal digits in format string",
            ));
        }
        acc = acc * 10 + d;
    }
    Ok(Some(acc as usize))
}

/// One `.attr` or `[key]` part of a field name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldPart<'a> {
    /// `.name`
    Attr(&'a [u8]),
    /// `[key]`: an index if all decimal digits, else a string key.
    Item(FieldKey<'a>),
}

/// The `.attr` and `[key]` parts after the first part of a field name.
/// CPython: FieldNameIterator.
#[derive(Clone, Debug)]
pub struct FieldNameIterator<'a> {
    s: &'a [u8],
    pos: usize,
}

impl<'a> FieldNameIterator<'a> {
    fn read(&mut self) -> Option<u32> {
        let (c, n) = decode_at(self.s, self.pos)?;
        self.pos += n;
        Some(c)
    }
}

impl<'a> Iterator for FieldNameIterator<'a> {
    type Item = Result<FieldPart<'a>, FormatError>;

    /// CPython: FieldNameIterator_next.
    fn next(&mut self) -> Option<Self::Item> {
        let is_attribute = match self.read()? {
            0x2E => true,
            0x5B => false,
            _ => {
                return Some(Err(FormatError::value(
                    "Only '.' or '[' may follow ']' in format field specifier",
                )));
            }
        };
        let start = self.pos;
        let end = if is_attribute {
            // Everything up to the next '.' or '[' (left for the next call).
            loop {
                match decode_at(self.s, self.pos) {
                    Some((0x2E | 0x5B, _)) | None => break,
                    Some((_, n)) => self.pos += n,
                }
            }
            self.pos
        } else {
            loop {
                match self.read() {
                    Some(0x5D) => break,
                    Some(_) => {}
                    None => {
                        return Some(Err(FormatError::value("Missing ']' in format string")));
                    }
                }
            }
            self.pos - 1
        };
        let name = self.s.get(start..end).unwrap_or_default();
        let part = if is_attribute {
            FieldPart::Attr(name)
        } else {
            match get_integer(name) {
                Err(e) => return Some(Err(e)),
                Ok(Some(i)) => FieldPart::Item(FieldKey::Index(i)),
                Ok(None) => FieldPart::Item(FieldKey::Name(name)),
            }
        };
        if name.is_empty() {
            return Some(Err(FormatError::value("Empty attribute in format string")));
        }
        Some(Ok(part))
    }
}

/// Splits a field name into its first part and the rest. CPython: field_name_split.
///
/// With `auto` (str.format), an empty first part takes the next automatic number, and mixing
/// automatic and manual numbering is an error. Without it (`formatter_field_name_split`) an
/// empty first part is `Name(b"")`.
pub fn field_name_split<'a>(
    name: &'a [u8],
    auto: Option<&mut AutoNumber>,
) -> Result<(FieldKey<'a>, FieldNameIterator<'a>), FormatError> {
    let mut i = 0;
    while let Some((c, n)) = decode_at(name, i) {
        if c == 0x2E || c == 0x5B {
            break;
        }
        i += n;
    }
    let (first, rest) = name.split_at(i);
    let rest = FieldNameIterator { s: rest, pos: 0 };
    let index = get_integer(first)?;
    let empty = first.is_empty();
    let numeric = empty || index.is_some();
    let mut key = match index {
        Some(i) => FieldKey::Index(i),
        None => FieldKey::Name(first),
    };
    if let Some(auto) = auto {
        if auto.state == AutoNumberState::Init && numeric {
            auto.state = if empty {
                AutoNumberState::Auto
            } else {
                AutoNumberState::Manual
            };
        }
        if numeric {
            if auto.state == AutoNumberState::Manual {
                if empty {
                    return Err(FormatError::value(
                        "cannot switch from manual field specification to automatic field numbering",
                    ));
                }
            } else if !empty {
                return Err(FormatError::value(
                    "cannot switch from automatic field numbering to manual field specification",
                ));
            }
        }
        if empty {
            key = FieldKey::Index(auto.next);
            auto.next += 1;
        }
    }
    Ok((key, rest))
}

/// What [`format()`] needs from the interpreter: Python objects and calls on them.
///
/// Each method is one CPython call; errors propagate unchanged.
pub trait FormatArgs {
    type Value;
    type Error: From<FormatError>;

    /// `args[index]`. For `str.format` an index past the end raises
    /// `IndexError("Replacement index %d out of range for positional args tuple")`; for
    /// `format_map` (no positional arguments) every index raises [`positional_fields_error`].
    fn positional(&mut self, index: usize) -> Result<Self::Value, Self::Error>;
    /// `kwargs[name]` (`PyObject_GetItem`: `KeyError(name)`, or the mapping's own error for
    /// `format_map`); `str.format` with no keyword arguments raises `KeyError(name)`.
    fn keyword(&mut self, name: &[u8]) -> Result<Self::Value, Self::Error>;
    /// `getattr(obj, name)`.
    fn getattr(&mut self, obj: Self::Value, name: &[u8]) -> Result<Self::Value, Self::Error>;
    /// `obj[index]`: `PySequence_GetItem` if `PySequence_Check(obj)`, else
    /// `PyObject_GetItem(obj, int(index))`.
    fn getitem_index(&mut self, obj: Self::Value, index: usize)
    -> Result<Self::Value, Self::Error>;
    /// `obj[key]` with `key` a str.
    fn getitem_str(&mut self, obj: Self::Value, key: &[u8]) -> Result<Self::Value, Self::Error>;
    /// `repr(obj)` (`b'r'`), `str(obj)` (`b's'`) or `ascii(obj)` (`b'a'`), as a str object.
    fn convert(&mut self, obj: Self::Value, conversion: u8) -> Result<Self::Value, Self::Error>;
    /// Appends `format(obj, spec)` (which must return a str) to `out`.
    fn format(
        &mut self,
        obj: Self::Value,
        spec: &[u8],
        out: &mut Vec<u8>,
    ) -> Result<(), Self::Error>;
}

/// The error `format_map` raises for a positional field.
pub fn positional_fields_error() -> FormatError {
    FormatError::value("Format string contains positional fields")
}

/// The message of the IndexError `str.format` raises for a missing positional argument.
pub fn replacement_index_message(index: usize) -> String {
    format!("Replacement index {index} out of range for positional args tuple")
}

/// `template.format(*args, **kwargs)`: the result in generalised UTF-8.
/// CPython: unicode_format.h do_string_format (PEP 3101: at most two levels of nesting).
pub fn format<A: FormatArgs>(template: &[u8], args: &mut A) -> Result<Vec<u8>, A::Error> {
    let mut out = Vec::with_capacity(template.len() + 16);
    let mut auto = AutoNumber::new();
    build_string(template, args, 2, &mut auto, &mut out)?;
    Ok(out)
}

/// CPython: build_string + do_markup.
fn build_string<A: FormatArgs>(
    template: &[u8],
    args: &mut A,
    depth: u32,
    auto: &mut AutoNumber,
    out: &mut Vec<u8>,
) -> Result<(), A::Error> {
    if depth == 0 {
        return Err(FormatError::value("Max string recursion exceeded").into());
    }
    for piece in MarkupIterator::new(template) {
        let piece = piece?;
        out.extend_from_slice(piece.literal);
        if let Some(field) = piece.field {
            output_markup(&field, args, depth, auto, out)?;
        }
    }
    Ok(())
}

/// CPython: output_markup (get_field_object, do_conversion, render_field).
fn output_markup<A: FormatArgs>(
    field: &Field<'_>,
    args: &mut A,
    depth: u32,
    auto: &mut AutoNumber,
    out: &mut Vec<u8>,
) -> Result<(), A::Error> {
    let (first, rest) = field_name_split(field.name, Some(auto))?;
    let mut obj = match first {
        FieldKey::Index(i) => args.positional(i)?,
        FieldKey::Name(name) => args.keyword(name)?,
    };
    for part in rest {
        obj = match part? {
            FieldPart::Attr(name) => args.getattr(obj, name)?,
            FieldPart::Item(FieldKey::Index(i)) => args.getitem_index(obj, i)?,
            FieldPart::Item(FieldKey::Name(key)) => args.getitem_str(obj, key)?,
        };
    }
    if let Some(conv) = field.conversion {
        let conv = match conv {
            0x72 | 0x73 | 0x61 => conv as u8,
            c if c > 32 && c < 127 => {
                return Err(FormatError::value(format!(
                    "Unknown conversion specifier {}",
                    c as u8 as char
                ))
                .into());
            }
            c => {
                return Err(
                    FormatError::value(format!("Unknown conversion specifier \\x{c:x}")).into(),
                );
            }
        };
        obj = args.convert(obj, conv)?;
    }
    if field.spec_needs_expanding {
        let mut spec = Vec::new();
        build_string(field.spec, args, depth - 1, auto, &mut spec)?;
        args.format(obj, &spec, out)
    } else {
        args.format(obj, field.spec, out)
    }
}
