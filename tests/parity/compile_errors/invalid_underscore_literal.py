# Underscores in the wrong places in a number.
ok = 1_000
bad = 1__000
