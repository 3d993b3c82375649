# Physical and logical lines: backslash continuation, implicit joining, blank lines with whitespace, form feed.
total = 1 + \
        2 + \
        3
matrix = [
    [1, 2],   # comment
    [3, 4]
]
text = ("implicitly "
        "joined")
print(total, matrix, text)
if True:
    x = 1
    
    y = 2
print(x + y)

print("form feed above works")
