# python.gram: invalid_import_from_as_name (cannot use attribute as import target)
from a import b as c.d
