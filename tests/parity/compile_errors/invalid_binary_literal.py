# A binary literal with the digit 2.
mask = 0b1012
