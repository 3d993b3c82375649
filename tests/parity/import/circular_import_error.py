# A from-import of a name not yet defined in a circular import (the suggestion code re-imports the module, so it runs twice).
import fx_circ_a
