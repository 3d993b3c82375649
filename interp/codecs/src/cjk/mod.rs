//! The CJK codecs of Modules/cjkcodecs/, decoding only (errors='strict',
//! final): one file per codec family, the tables in [`tables`], recorded by
//! decoding every one-, two- (and where needed three-) byte sequence with
//! the reference interpreter.
//!
//! Errors are what multibytecodec.c reports: a sequence cut short by the end
//! of input is "incomplete multibyte sequence" up to the end, any other bad
//! sequence "illegal multibyte sequence" over the bytes the C decoder
//! returns as its error size.

pub mod dbcs;
pub mod euc_jp;
pub mod gb18030;
pub mod hz;
pub mod iso2022;
pub mod jisx0213;
pub mod tables;
