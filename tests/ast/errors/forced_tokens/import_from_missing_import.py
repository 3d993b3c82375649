# python.gram: import_from without 'import'
from a b
