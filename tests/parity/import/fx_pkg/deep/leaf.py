# Fixture: a module two levels down, importing upwards.
from .. import sub
from ..sibling import shared
leaf_info = (sub.__name__, shared)
