#!/usr/bin/env python3
"""Runs the parity corpus under oxpy and sorts the failures, for finding what to fix next.

Usage:
    scripts/parity_triage.py [--bin target/release/oxpy] [--timeout 10] [--jobs N]
                             [--filter SUBSTR] [--show pass,diff,timeout,crash] [--causes]

Runs each tests/parity/**/NAME.py as tests/parity_corpus.rs does (same folder, environment,
stdin and placeholder rule) and prints one line per program: its status (pass, diff,
timeout, crash) and, for a diff, the last line oxpy wrote to stderr when it differs from
CPython's (usually the exception that stopped it). With --causes it counts those lines,
most common first. The test itself (cargo test --test parity_corpus) stays the judge; this
is a faster, more talkative view of the same comparison.
"""

import argparse
import collections
import concurrent.futures
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "tests", "parity")
ENV = {
    "PATH": "/usr/bin:/bin",
    "PYTHONHASHSEED": "0",
    "PYTHONIOENCODING": "utf-8",
    "LC_ALL": "C.UTF-8",
    "PYTHONDONTWRITEBYTECODE": "1",
}


def programs(filt):
    for dirpath, dirnames, filenames in os.walk(CORPUS):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("fx_"))
        for f in sorted(filenames):
            if f.endswith(".py") and not f.startswith("fx_"):
                rel = os.path.relpath(os.path.join(dirpath, f), CORPUS)
                if filt is None or filt in rel:
                    yield rel


def render(stdout, stderr, status):
    def section(name, data):
        out = b"--- " + name + b"\n" + data
        if data and not data.endswith(b"\n"):
            out += b"\n--- no newline at end of " + name + b"\n"
        return out

    out = section(b"stdout", stdout) + section(b"stderr", stderr)
    if status < 0:
        out += b"--- signal %d\n" % -status
    else:
        out += b"--- exit %d\n" % status
    return out


def split_stderr(data):
    try:
        rest = data.split(b"--- stderr\n", 1)[1]
    except IndexError:
        return b""
    return rest.rsplit(b"\n--- ", 1)[0]


def run(binary, rel, timeout):
    path = os.path.join(CORPUS, rel)
    folder = os.path.realpath(os.path.dirname(path))
    stdin_path = path[:-3] + ".stdin"
    expected = open(path[:-3] + ".out", "rb").read().replace(b"<PARITY_DIR>", folder.encode())
    stdin = open(stdin_path, "rb") if os.path.exists(stdin_path) else subprocess.DEVNULL
    try:
        p = subprocess.run(
            [binary, os.path.basename(path)],
            cwd=folder,
            env=ENV,
            stdin=stdin,
            capture_output=True,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        return rel, "timeout", ""
    got = render(p.stdout, p.stderr, p.returncode)
    if got == expected:
        return rel, "pass", ""
    if p.returncode < 0 and p.returncode != -2:
        return rel, "crash", "signal %d" % -p.returncode
    err = p.stderr.decode("utf-8", "replace").rstrip("\n").split("\n")
    exp_err = split_stderr(expected).decode("utf-8", "replace").rstrip("\n").split("\n")
    cause = ""
    if err != exp_err and err and err[-1]:
        cause = err[-1]
    elif p.stdout != expected.split(b"--- stdout\n", 1)[1].split(b"--- stderr\n", 1)[0]:
        cause = "(stdout differs)"
    else:
        cause = "(stderr differs)"
    return rel, "diff", cause[:160]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "oxpy"))
    ap.add_argument("--timeout", type=float, default=10)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--filter")
    ap.add_argument("--show", default="diff,timeout,crash")
    ap.add_argument("--causes", action="store_true")
    a = ap.parse_args()
    show = set(a.show.split(","))
    counts = collections.Counter()
    causes = collections.Counter()
    with concurrent.futures.ThreadPoolExecutor(a.jobs) as ex:
        results = list(ex.map(lambda r: run(a.bin, r, a.timeout), programs(a.filter)))
    for rel, status, cause in results:
        counts[status] += 1
        if status != "pass":
            causes[cause] += 1
        if status in show and not a.causes:
            print(f"{status:8} {rel}  {cause}")
    if a.causes:
        for cause, n in causes.most_common():
            print(f"{n:5}  {cause}")
    total = sum(counts.values())
    print(f"\n{counts['pass']}/{total} pass; " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items()) if k != "pass"),
          file=sys.stderr)


if __name__ == "__main__":
    main()
