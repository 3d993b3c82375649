# python.gram: invalid_import_from_targets (Expected one or more names after 'import')
from a import
