# In-place operator returning NotImplemented falls back to __add__ then __radd__.
class Left:
    def __iadd__(self, o):
        print("Left.__iadd__")
        return NotImplemented

    def __add__(self, o):
        print("Left.__add__")
        return NotImplemented


class Right:
    def __radd__(self, o):
        print("Right.__radd__")
        return "right result"


x = Left()
x += Right()
print(x)
y = Left()
try:
    y += 1
except TypeError as e:
    print(e)
