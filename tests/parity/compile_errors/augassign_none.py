# Augmented assignment to a keyword constant.
None += 1
