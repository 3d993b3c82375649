# A literal as a for-loop target.
for 1 in range(3):
    pass
