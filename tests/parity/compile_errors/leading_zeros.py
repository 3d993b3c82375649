# A decimal integer with leading zeros.
a = 0
b = 00
c = 0777
