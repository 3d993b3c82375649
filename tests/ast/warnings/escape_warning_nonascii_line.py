# warnings module: a warning on a line with non-ASCII text
x = "é\d"
