# coding: foobar
# unknown encoding: foobar (location 0, -1)
x = 1
