# TabError raised while dedenting
if x:
	if y:
		pass
        z = 1
