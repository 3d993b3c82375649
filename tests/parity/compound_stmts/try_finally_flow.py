# try/finally with return, break and continue: finally always runs and can override.
def ret():
    try:
        return "try"
    finally:
        print("finally after return")


def loop():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out


def nested():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")


print(ret(), loop(), nested())


def exc_then_finally():
    try:
        raise ValueError("pending")
    finally:
        print("finally sees pending exception")


exc_then_finally()
