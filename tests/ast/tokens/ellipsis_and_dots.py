# lexer.c: '...' is ELLIPSIS, '. .' and '..' are DOTs
from ... import a
from .... import b
from . . . import c
x = ...
