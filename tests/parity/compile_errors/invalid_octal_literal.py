# An octal literal with the digit 8.
permissions = 0o755
bad = 0o788
