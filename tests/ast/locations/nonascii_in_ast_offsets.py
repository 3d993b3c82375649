# ast: col_offset/end_col_offset of nodes are UTF-8 byte offsets
x = ("é", "日本", "😀", é, 日本)
