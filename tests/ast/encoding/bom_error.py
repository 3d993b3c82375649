# a syntax error in a file with a BOM: columns do not count the BOM
x = = 1
