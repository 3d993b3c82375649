try:
    a()
except ValueError:
    b()
except (TypeError, KeyError) as e:
    c(e)
except:
    d()
else:
    e()
finally:
    f()

try:
    g()
finally:
    h()

def fn():
    try:
        return 1
    finally:
        cleanup()

def fn2():
    for i in x:
        try:
            if i:
                break
            continue
        finally:
            pass

def fn3():
    try:
        x = 1
    except Exception as exc:
        raise RuntimeError("wrap") from exc

def fn4():
    try:
        pass
    except* ValueError as eg:
        handle(eg)
    except* TypeError:
        pass

def fn5():
    raise

def fn6():
    try:
        try:
            a()
        except A:
            b()
    except B:
        c()

def fn7(x):
    while x:
        try:
            x.pop()
        except IndexError:
            return None
    return x
