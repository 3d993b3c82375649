# python.gram: invalid_import_from_targets (trailing comma not allowed without surrounding parentheses)
from a import b, c,
