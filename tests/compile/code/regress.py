# Cases the Lib comparison found; each was once compiled differently.

def with_local(lock, data):
    # LOAD_SPECIAL keeps the context manager on the stack: LOAD_FAST, not BORROW.
    with lock:
        return data


def bool_op_in_with(self, data=None):
    # COPY/TO_BOOL of `or` are covered by the with block's handler.
    infile = g.h
    with open(infile, "w") as fp:
        self.x(infile)
        fp.write(data or self.data)
    return infile


def iterate_big_constant_tuple():
    # More than 30 items: built as a list, still folded to one constant.
    for a, b in ((1, 2), (3, 4), (5, 6), (7, 8), (9, 10), (11, 12), (13, 14), (15, 16),
                 (17, 18), (19, 20), (21, 22), (23, 24), (25, 26), (27, 28), (29, 30),
                 (31, 32), (33, 34), (35, 36), (37, 38), (39, 40), (41, 42), (43, 44)):
        print(a, b)
    for x in [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
              21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, y]:
        print(x)


def raise_only():
    raise


def loop_only():
    while True:
        pass


def yield_from(xs):
    yield from xs
