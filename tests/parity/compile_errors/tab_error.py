# Mixing tabs and spaces inconsistently: TabError.
def f(x):
    if x:
	return 1
    return 2
