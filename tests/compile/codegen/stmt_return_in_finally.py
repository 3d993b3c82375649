def f():
    try:
        return 1
    finally:
        print(2)
def g():
    for x in y:
        try:
            break
        finally:
            continue
