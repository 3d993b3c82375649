#!/usr/bin/env python3.14
"""CPython's side of interp/format/examples/speed.rs: per-call costs of the same operations,
with the interpreter loop kept small (map over prebuilt lists).
Run: /opt/cpython-3.14/bin/python3.14 interp/format/examples/speed.py
"""
import time

N = 1_000_000
xs = [((i * 0.618034) % 1.0) * 10.0 ** (i % 40 - 20) for i in range(N)]
small = [(i % 1000) / 8.0 for i in range(N)]
big = [x * 1e10 for x in xs]
ints = [i * 7919 for i in range(N)]
rng = list(range(N))


def time_it(name, fn):
    t = time.perf_counter()
    fn()
    print("%-28s %8.1f ns/call" % (name, (time.perf_counter() - t) / N * 1e9))


time_it("repr(x)", lambda: list(map(repr, xs)))
time_it("repr(small decimal)", lambda: list(map(repr, small)))
time_it("format(x, '.2f')", lambda: list(map(format, big, [".2f"] * N)))
time_it("format(x, '.6e')", lambda: list(map(format, xs, [".6e"] * N)))
time_it("format(x, '>12.3g')", lambda: list(map(format, xs, [">12.3g"] * N)))
time_it("format(i, 'd')", lambda: list(map(format, ints, ["d"] * N)))
time_it("format(i, ',')", lambda: list(map(format, ints, [","] * N)))
time_it("format(i, '08x')", lambda: list(map(format, rng, ["08x"] * N)))
time_it("'%.3f' % x", lambda: list(map("%.3f".__mod__, xs)))
time_it("'x=%d!' % x", lambda: list(map("x=%d!".__mod__, [float(i) for i in rng])))
