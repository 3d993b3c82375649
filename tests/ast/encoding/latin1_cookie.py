# -*- coding: latin-1 -*-
# PEP 263: latin-1 source; offsets count the UTF-8 bytes of the re-encoded text
s = 'été'
t = s
