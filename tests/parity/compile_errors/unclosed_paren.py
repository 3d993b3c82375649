# A parenthesis never closed: the error points at the opening one.
def area(w, h):
    return w * h


values = [1, 2, 3]
total = sum(area(v, v) for v in values
print(total)
x = 1
y = 2
