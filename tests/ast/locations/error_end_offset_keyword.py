# end offsets of keywords and multi-character operators in errors
x = 1 if
