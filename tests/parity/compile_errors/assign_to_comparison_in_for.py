# A comparison as a for target.
for x < 1 in []:
    pass
