# tab indentation; col_offset counts a tab as one byte
if x:
	y = 1
	if y:
		z = (1,	2)
