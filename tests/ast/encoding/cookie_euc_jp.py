# -*- coding: euc-jp -*-
# a multi-byte legacy encoding
x = 'こん'
