"""Interpreter create+close time and RSS per idle interpreter, for CPython 3.14.

Usage:  python3.14 bench/mi_probe.py

Prints two lines, `KEY VALUE`, the contract bench/run.py reads (an oxpy hook prints the
same two lines; see bench/README.md):

    create_close_us  median microseconds of one create()+close() of an isolated
                     interpreter (own GIL), over 30 cycles after 3 warm-up cycles
    idle_rss_kib     VmRSS growth with 20 idle interpreters alive, divided by 20,
                     measured after one warm-up cycle (one-time runtime costs)

The method is the one of ../shared/tools/cpython_mi.py (sections a and b), through
concurrent.interpreters. Run it in a fresh process: the RSS figure needs one.
"""
import gc
import statistics
import sys
import time

ALIVE = 20
CYCLES = 30
WARMUP_CYCLES = 3


def rss_kib():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise RuntimeError("no VmRSS in /proc/self/status")


def main():
    if sys.version_info[:2] < (3, 14):
        sys.exit("mi_probe.py needs CPython 3.14+ (concurrent.interpreters)")
    from concurrent import interpreters

    interpreters.create().close()  # one-time costs (runtime state, module init) first
    gc.collect()
    base = rss_kib()
    alive = [interpreters.create() for _ in range(ALIVE)]
    gc.collect()
    full = rss_kib()
    for interp in alive:
        interp.close()
    del alive

    for _ in range(WARMUP_CYCLES):
        interpreters.create().close()
    times = []
    for _ in range(CYCLES):
        t0 = time.perf_counter()
        interp = interpreters.create()
        interp.close()
        times.append(time.perf_counter() - t0)

    print(f"create_close_us {statistics.median(times) * 1e6:.1f}")
    print(f"idle_rss_kib {(full - base) / ALIVE:.1f}")


if __name__ == "__main__":
    main()
