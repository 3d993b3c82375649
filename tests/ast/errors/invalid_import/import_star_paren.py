# '(' '*' ')' is not a valid import target list
from a import (*)
