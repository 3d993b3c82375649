# ast.dump: ImportFrom level is always printed, module omitted for 'from . import'
from . import a
from a import b
from ..c import d
