# TabError: a tab line after an 8-space line at the same level
if x:
        a = 1
	b = 2
