# python.gram: import_from, import_from_targets, import_from_as_names, import_from_as_name
from a import b
from a.b import c as d, e
from a import (b, c as d)
from a import (b,)
from a import *
