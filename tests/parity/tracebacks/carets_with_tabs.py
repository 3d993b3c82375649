# Carets under a source line indented with a tab.
def f(x):
	return x["key"] + 1


f({"key": 1})
f({})
