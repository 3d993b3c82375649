# python.gram: import_from_targets ('(' import_from_as_names [','] ')')
from a import (b,)
from a import (b as c, d as e,)
from a import (
    b,
    c,
)
