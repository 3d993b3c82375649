# Comments, explicit and implicit line joining, semicolons, blank lines.
a = 1; b = 2; c = 3  # several statements
total = (a +
         b +   # comment inside parentheses
         c)
other = a + \
    b
items = [
    1,
    2,

    3,
]
print(total, other, items)
if a: print("one-line if"); print("second")
# A comment line

     # indented comment
print("end")
