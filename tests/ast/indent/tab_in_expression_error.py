# an error after tabs inside a line: offset counts bytes
x =		1	2
