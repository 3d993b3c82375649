# NameError at module level, after del, and for a name defined later in the file.
a = 1
del a
try:
    print(a)
except NameError as e:
    print(e)
try:
    later()
except NameError as e:
    print(e)


def later():
    return "now defined"


print(later())
try:
    del undefined_thing
except NameError as e:
    print(e)
print(defined_at_the_end)
defined_at_the_end = 1
