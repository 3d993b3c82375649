# raise ... from None hides the context; __suppress_context__ is set.
def get(d, k):
    try:
        return d[k]
    except KeyError:
        raise AttributeError(k) from None


try:
    get({}, "x")
except AttributeError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
get({}, "name")
