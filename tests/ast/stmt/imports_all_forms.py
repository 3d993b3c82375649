# python.gram: import_name, import_from, dotted_as_names, import_from_as_names, import_from_targets
import a.b.c as d, e
import a, b.c
from . import (a as b, c,)
from .a.b import *
from ... import x
from .... import y
from ....z import w as v
from a import (b)
from a import b as c, d
