# python.gram: invalid_import (Expected one or more names after 'import')
import
