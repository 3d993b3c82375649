# warnings: the warning source line contains non-ASCII text
x = "ü\d"
