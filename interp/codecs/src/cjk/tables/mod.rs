//! Tables of the CJK codecs, each recorded from CPython 3.14 by its
//! generator (named in the file's first line).

pub mod dbcs;
pub mod euc_jp;
pub mod extra;
