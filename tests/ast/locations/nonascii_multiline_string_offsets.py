# ast: end_col_offset of a multi-line string ending after non-ASCII text
x = """é
ü😀""" + y
