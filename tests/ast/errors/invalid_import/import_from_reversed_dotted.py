# python.gram: invalid_import (dotted names on both sides)
import a.b, c from d.e
