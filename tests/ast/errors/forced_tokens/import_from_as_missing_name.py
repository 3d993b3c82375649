# python.gram: import_from_as_name 'as' without a name
from a import b as
