# Fixture: a subpackage.
from ..sibling import shared as deep_shared
