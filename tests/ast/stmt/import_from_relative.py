# python.gram: import_from (('.' | '...')* / ('.' | '...')+)
from . import a
from .. import b
from ... import c
from .... import d
from .a import b
from ...a.b import c
from . . . import e
from .... a import f
