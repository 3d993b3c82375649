//! Token kinds and tokens, as CPython 3.14's `Grammar/Tokens` defines them.

/// One variant per token type of CPython 3.14's `Grammar/Tokens`; the
/// discriminants are CPython's `token.*` numbers.
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TokenKind {
    EndMarker = 0,
    Name = 1,
    Number = 2,
    String = 3,
    Newline = 4,
    Indent = 5,
    Dedent = 6,
    Lpar = 7,
    Rpar = 8,
    Lsqb = 9,
    Rsqb = 10,
    Colon = 11,
    Comma = 12,
    Semi = 13,
    Plus = 14,
    Minus = 15,
    Star = 16,
    Slash = 17,
    Vbar = 18,
    Amper = 19,
    Less = 20,
    Greater = 21,
    Equal = 22,
    Dot = 23,
    Percent = 24,
    Lbrace = 25,
    Rbrace = 26,
    EqEqual = 27,
    NotEqual = 28,
    LessEqual = 29,
    GreaterEqual = 30,
    Tilde = 31,
    Circumflex = 32,
    LeftShift = 33,
    RightShift = 34,
    DoubleStar = 35,
    PlusEqual = 36,
    MinEqual = 37,
    StarEqual = 38,
    SlashEqual = 39,
    PercentEqual = 40,
    AmperEqual = 41,
    VbarEqual = 42,
    CircumflexEqual = 43,
    LeftShiftEqual = 44,
    RightShiftEqual = 45,
    DoubleStarEqual = 46,
    DoubleSlash = 47,
    DoubleSlashEqual = 48,
    At = 49,
    AtEqual = 50,
    Rarrow = 51,
    Ellipsis = 52,
    ColonEqual = 53,
    Exclamation = 54,
    Op = 55,
    TypeIgnore = 56,
    TypeComment = 57,
    SoftKeyword = 58,
    FstringStart = 59,
    FstringMiddle = 60,
    FstringEnd = 61,
    TstringStart = 62,
    TstringMiddle = 63,
    TstringEnd = 64,
    Comment = 65,
    Nl = 66,
    ErrorToken = 67,
}

impl TokenKind {
    /// CPython's `token.tok_name` spelling.
    pub fn name(self) -> &'static str {
        use TokenKind::*;
        match self {
            EndMarker => "ENDMARKER",
            Name => "NAME",
            Number => "NUMBER",
            String => "STRING",
            Newline => "NEWLINE",
            Indent => "INDENT",
            Dedent => "DEDENT",
            Lpar => "LPAR",
            Rpar => "RPAR",
            Lsqb => "LSQB",
            Rsqb => "RSQB",
            Colon => "COLON",
            Comma => "COMMA",
            Semi => "SEMI",
            Plus => "PLUS",
            Minus => "MINUS",
            Star => "STAR",
            Slash => "SLASH",
            Vbar => "VBAR",
            Amper => "AMPER",
            Less => "LESS",
            Greater => "GREATER",
            Equal => "EQUAL",
            Dot => "DOT",
            Percent => "PERCENT",
            Lbrace => "LBRACE",
            Rbrace => "RBRACE",
            EqEqual => "EQEQUAL",
            NotEqual => "NOTEQUAL",
            LessEqual => "LESSEQUAL",
            GreaterEqual => "GREATEREQUAL",
            Tilde => "TILDE",
            Circumflex => "CIRCUMFLEX",
            LeftShift => "LEFTSHIFT",
            RightShift => "RIGHTSHIFT",
            DoubleStar => "DOUBLESTAR",
            PlusEqual => "PLUSEQUAL",
            MinEqual => "MINEQUAL",
            StarEqual => "STAREQUAL",
            SlashEqual => "SLASHEQUAL",
            PercentEqual => "PERCENTEQUAL",
            AmperEqual => "AMPEREQUAL",
            VbarEqual => "VBAREQUAL",
            CircumflexEqual => "CIRCUMFLEXEQUAL",
            LeftShiftEqual => "LEFTSHIFTEQUAL",
            RightShiftEqual => "RIGHTSHIFTEQUAL",
            DoubleStarEqual => "DOUBLESTAREQUAL",
            DoubleSlash => "DOUBLESLASH",
            DoubleSlashEqual => "DOUBLESLASHEQUAL",
            At => "AT",
            AtEqual => "ATEQUAL",
            Rarrow => "RARROW",
            Ellipsis => "ELLIPSIS",
            ColonEqual => "COLONEQUAL",
            Exclamation => "EXCLAMATION",
            Op => "OP",
            TypeIgnore => "TYPE_IGNORE",
            TypeComment => "TYPE_COMMENT",
            SoftKeyword => "SOFT_KEYWORD",
            FstringStart => "FSTRING_START",
            FstringMiddle => "FSTRING_MIDDLE",
            FstringEnd => "FSTRING_END",
            TstringStart => "TSTRING_START",
            TstringMiddle => "TSTRING_MIDDLE",
            TstringEnd => "TSTRING_END",
            Comment => "COMMENT",
            Nl => "NL",
            ErrorToken => "ERRORTOKEN",
        }
    }

    /// True for the operator kinds (`Lpar` ..= `Exclamation`), which Python's
    /// `tokenize` module reports as `OP`.
    pub fn is_operator(self) -> bool {
        (self as u8) >= (TokenKind::Lpar as u8) && (self as u8) <= (TokenKind::Exclamation as u8)
    }
}

/// Keywords of Python 3.14 (hard ones first, then the soft keywords
/// `match`, `case`, `type`, `_`). A `Name` token carries one of these when
/// its text is that keyword, so the parser never compares strings.
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Keyword {
    False,
    None,
    True,
    And,
    As,
    Assert,
    Async,
    Await,
    Break,
    Class,
    Continue,
    Def,
    Del,
    Elif,
    Else,
    Except,
    Finally,
    For,
    From,
    Global,
    If,
    Import,
    In,
    Is,
    Lambda,
    Nonlocal,
    Not,
    Or,
    Pass,
    Raise,
    Return,
    Try,
    While,
    With,
    Yield,
    // Soft keywords: only keywords in some grammar positions.
    Match,
    Case,
    Type,
    Underscore,
}

impl Keyword {
    /// The keyword's source spelling.
    pub fn as_str(self) -> &'static str {
        use Keyword::*;
        match self {
            False => "False",
            None => "None",
            True => "True",
            And => "and",
            As => "as",
            Assert => "assert",
            Async => "async",
            Await => "await",
            Break => "break",
            Class => "class",
            Continue => "continue",
            Def => "def",
            Del => "del",
            Elif => "elif",
            Else => "else",
            Except => "except",
            Finally => "finally",
            For => "for",
            From => "from",
            Global => "global",
            If => "if",
            Import => "import",
            In => "in",
            Is => "is",
            Lambda => "lambda",
            Nonlocal => "nonlocal",
            Not => "not",
            Or => "or",
            Pass => "pass",
            Raise => "raise",
            Return => "return",
            Try => "try",
            While => "while",
            With => "with",
            Yield => "yield",
            Match => "match",
            Case => "case",
            Type => "type",
            Underscore => "_",
        }
    }

    /// `match`, `case`, `type` and `_`.
    pub fn is_soft(self) -> bool {
        (self as u8) >= (Keyword::Match as u8)
    }

    /// The keyword spelled by `s`, if any. No hashing: a match on the
    /// length then the bytes, which the compiler turns into a few compares.
    #[inline]
    pub fn lookup(s: &[u8]) -> Option<Keyword> {
        use Keyword::*;
        let kw = match s.len() {
            1 => match s {
                b"_" => Underscore,
                _ => return Option::None,
            },
            2 => match s {
                b"as" => As,
                b"if" => If,
                b"in" => In,
                b"is" => Is,
                b"or" => Or,
                _ => return Option::None,
            },
            3 => match s {
                b"and" => And,
                b"def" => Def,
                b"del" => Del,
                b"for" => For,
                b"not" => Not,
                b"try" => Try,
                _ => return Option::None,
            },
            4 => match s {
                b"None" => None,
                b"True" => True,
                b"elif" => Elif,
                b"else" => Else,
                b"from" => From,
                b"pass" => Pass,
                b"with" => With,
                b"case" => Case,
                b"type" => Type,
                _ => return Option::None,
            },
            5 => match s {
                b"False" => False,
                b"async" => Async,
                b"await" => Await,
                b"break" => Break,
                b"class" => Class,
                b"raise" => Raise,
                b"while" => While,
                b"yield" => Yield,
                b"match" => Match,
                _ => return Option::None,
            },
            6 => match s {
                b"assert" => Assert,
                b"except" => Except,
                b"global" => Global,
                b"import" => Import,
                b"lambda" => Lambda,
                b"return" => Return,
                _ => return Option::None,
            },
            7 => match s {
                b"finally" => Finally,
                _ => return Option::None,
            },
            8 => match s {
                b"continue" => Continue,
                b"nonlocal" => Nonlocal,
                _ => return Option::None,
            },
            _ => return Option::None,
        };
        Some(kw)
    }
}

/// One token. `Copy` and small; the text is `source[start..end]` of the
/// tokenizer's decoded source (see `Tokenizer::text`).
///
/// Lines are 1-based; columns are 0-based byte offsets into the UTF-8 line,
/// exactly as CPython's tokenizer reports them (`end_col_offset` is relative
/// to the start of line `end_lineno`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub kind: TokenKind,
    /// For `Name` tokens spelling a keyword (hard or soft).
    pub keyword: Option<Keyword>,
    /// Byte range in the decoded source.
    pub start: u32,
    pub end: u32,
    pub lineno: u32,
    /// -1 where CPython has no column (INDENT, DEDENT, ENDMARKER).
    pub col_offset: i32,
    pub end_lineno: u32,
    /// -1 where CPython has no column (INDENT, DEDENT, ENDMARKER).
    pub end_col_offset: i32,
}

impl Token {
    /// True when this is a `Name` spelling the hard or soft keyword `kw`.
    #[inline]
    pub fn is_keyword(&self, kw: Keyword) -> bool {
        self.keyword == Some(kw)
    }

    /// True for a `Name` that is not a hard keyword (soft keywords are names).
    #[inline]
    pub fn is_plain_name(&self) -> bool {
        self.kind == TokenKind::Name && self.keyword.is_none_or(|k| k.is_soft())
    }
}
