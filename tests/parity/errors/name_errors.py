# NameError and UnboundLocalError texts, with suggestions.
def use_before():
    print(value)
    value = 1


def typo():
    counter = 0
    return countr


for f in (use_before, typo, lambda: undefined_name, lambda: lenn("x"), lambda: Tru):
    try:
        f()
    except NameError as e:
        print(type(e).__name__, e)
print(missing_name)
