# PEP 765: break and continue in a finally block warn too.
def f():
    for i in range(3):
        try:
            pass
        finally:
            if i == 0:
                continue
            break
    return i


print(f())
