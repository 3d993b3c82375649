# a BOM after the start is U+FEFF, an invalid non-printable character
x = 1
﻿y = 2
