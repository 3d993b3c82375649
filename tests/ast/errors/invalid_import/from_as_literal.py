# python.gram: invalid_import_from_as_name (cannot use literal as import target)
from a import b as 1
