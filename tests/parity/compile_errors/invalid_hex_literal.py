# A hex literal with a non-hex digit.
mask = 0xFF
other = 0x1G
