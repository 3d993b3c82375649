# python.gram: a block holding only a comment is no block
if x:
    # comment
y = 1
