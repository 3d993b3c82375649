# import_from without module or dots: invalid syntax
from import a
