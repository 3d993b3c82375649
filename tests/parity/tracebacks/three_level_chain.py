# Three chained exceptions mixing cause and context, printed oldest first.
def step1():
    raise KeyError("first")


def step2():
    try:
        step1()
    except KeyError as e:
        raise TypeError("second") from e


def step3():
    try:
        step2()
    except TypeError:
        raise RuntimeError("third")


step3()
