# python.gram: invalid_import (Did you mean to use 'from ... import ...' instead?)
import a from b
