# python.gram: invalid_import_from_as_name (inside parentheses)
from a import (b as c[0], d)
