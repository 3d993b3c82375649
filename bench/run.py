"""Benchmark oxpy against CPython 3.14, both measured in the same run.

Usage:  python3.14 bench/run.py [--oxpy PATH] [--python PATH] [--bench NAME...] [--runs N]
                                [--quick] [--json FILE] [--markdown FILE] [--oxpy-mi CMD]

For each benchmark (pyperformance 1.14.0's, fetched from PyPI on first use and kept in a
cache under target/), the loop count is calibrated once under CPython, then the benchmark
runs in --runs processes under each interpreter, alternating between them (ABBA order) to
cancel machine drift. Each process makes warm-up values and timed values with our pyperf
stand-in (bench/pyperf), which writes them to a file, so that the benchmark's stdout (and
the repr of what bench_func returned) can be compared: a benchmark whose output differs
between the interpreters fails and gets no ratio. The table gives, per benchmark, the
median time per loop of each interpreter with its spread, oxpy/CPython, and the geometric
mean of the ratios; then interpreter create+close time and RSS per idle interpreter.

Validate the runner by giving CPython on both sides: the ratios come out near 1.0.
    python3.14 bench/run.py --oxpy "$(command -v python3.14)" \
        --oxpy-mi "python3.14 bench/mi_probe.py"
"""
import argparse
import datetime
import difflib
import hashlib
import json
import math
import os
import platform
import shlex
import shutil
import statistics
import subprocess
import sys
import tarfile
import time
import urllib.request
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
REPO = BENCH_DIR.parent

PYPERFORMANCE_VERSION = "1.14.0"
# The sdist's sha256 as PyPI published it; a download must match both this and PyPI's
# answer (PyPI never lets a release file change, so a mismatch is an error, not an update).
SDIST_SHA256 = "91f74393997b604375ad5b79bf569a24076d70181c076a53abad5383a238a8aa"
SDIST_NAME = f"pyperformance-{PYPERFORMANCE_VERSION}.tar.gz"
BENCHMARKS_IN_SDIST = f"pyperformance-{PYPERFORMANCE_VERSION}/pyperformance/data-files/benchmarks"

# What the brief asks for now (see ../shared/notes/vm-performance.md 1.1 for what each
# stresses). Any other bm_NAME of the sdist can be named with --bench.
DEFAULT_BENCHMARKS = [
    "nbody", "richards", "richards_super", "float", "spectral_norm", "fannkuch",
    "nqueens", "deltablue", "unpack_sequence", "coroutines", "pidigits",
]

FULL = {"runs": 6, "values": 3, "warmups": 1, "min_time": 0.1, "mi_runs": 3, "max_load": 25.0}
QUICK = {"runs": 2, "values": 2, "warmups": 1, "min_time": 0.05, "mi_runs": 1, "max_load": 25.0}

MI_KEYS = (("create_close_us", "interpreter create+close", "us"),
           ("idle_rss_kib", "RSS per idle interpreter", "KiB"))

# What the children inherit: enough to run, nothing that changes Python's behaviour
# (no PYTHONPATH, PYTHONSTARTUP, ...). Both interpreters get the same environment.
INHERITED_ENV = ("PATH", "HOME", "LANG", "LC_ALL", "LC_CTYPE", "TMPDIR", "TZ")


class BenchError(Exception):
    pass


# ------------------------------------------------------------- fetching the sdist ---


def default_cache():
    xdg = os.environ.get("XDG_CACHE_HOME")
    return Path(xdg) / "oxpy-bench" if xdg else REPO / "target" / "bench-cache"


def pypi_sdist_info():
    """(url, sha256) of the sdist, from PyPI's JSON API."""
    last_error = None
    for url in (f"https://pypi.org/pypi/pyperformance/{PYPERFORMANCE_VERSION}/json",
                "https://pypi.org/pypi/pyperformance/json"):
        try:
            with urllib.request.urlopen(url, timeout=60) as resp:
                data = json.load(resp)
        except OSError as e:  # HTTPError and URLError are OSErrors
            last_error = e
            continue
        # the per-version answer lists its files in "urls"; the project's, in "releases"
        files = data.get("urls", []) + (data.get("releases") or {}).get(PYPERFORMANCE_VERSION, [])
        for f in files:
            if f.get("packagetype") == "sdist" and f.get("filename") == SDIST_NAME:
                return f["url"], f["digests"]["sha256"]
        last_error = BenchError(f"{url} lists no {SDIST_NAME}")
    raise BenchError(f"cannot find {SDIST_NAME} on PyPI: {last_error}")


def fetch_benchmarks(cache):
    """Download, verify and unpack pyperformance's benchmarks once; return their folder."""
    root = cache / f"pyperformance-{PYPERFORMANCE_VERSION}"
    stamp = root / ".unpacked"
    if stamp.is_file() and stamp.read_text().strip() == SDIST_SHA256:
        return cache / BENCHMARKS_IN_SDIST
    cache.mkdir(parents=True, exist_ok=True)
    url, pypi_sha = pypi_sdist_info()
    if pypi_sha != SDIST_SHA256:
        raise BenchError(f"PyPI gives sha256 {pypi_sha} for {SDIST_NAME}, expected {SDIST_SHA256}")
    print(f"# fetching {url}", file=sys.stderr, flush=True)
    with urllib.request.urlopen(url, timeout=300) as resp:
        blob = resp.read()
    got = hashlib.sha256(blob).hexdigest()
    if got != SDIST_SHA256:
        raise BenchError(f"downloaded {SDIST_NAME} has sha256 {got}, PyPI says {SDIST_SHA256}")
    tarball = cache / SDIST_NAME
    tarball.write_bytes(blob)
    if root.exists():
        shutil.rmtree(root)
    with tarfile.open(tarball) as tf:
        members = [m for m in tf.getmembers() if m.name.startswith(BENCHMARKS_IN_SDIST + "/")]
        tf.extractall(cache, members=members, filter="data")  # into cache/pyperformance-V/
    stamp.write_text(SDIST_SHA256 + "\n")
    return cache / BENCHMARKS_IN_SDIST


def available(benchmarks_dir):
    return sorted(p.name[3:] for p in benchmarks_dir.glob("bm_*") if (p / "run_benchmark.py").is_file())


def prepare(benchmarks_dir, work_root, name):
    """A work folder holding the benchmark's files and our pyperf, first on its sys.path
    (sys.path[0] is the script's folder), so no PYTHONPATH is needed."""
    src = benchmarks_dir / f"bm_{name}"
    if not (src / "run_benchmark.py").is_file():
        raise BenchError(f"no benchmark {name!r} in pyperformance {PYPERFORMANCE_VERSION} "
                         f"(--list shows them)")
    work = work_root / f"bm_{name}"
    if work.exists():
        shutil.rmtree(work)
    shutil.copytree(src, work)
    shutil.copytree(BENCH_DIR / "pyperf", work / "pyperf",
                    ignore=shutil.ignore_patterns("__pycache__"))
    return work


# ------------------------------------------------------------------ one process ---


class Measurement:
    def __init__(self, side, stdout, lines, wall):
        self.side = side
        self.stdout = stdout
        self.wall = wall
        self.values, self.warmups, self.metadata = [], [], {}
        self.name = self.result = None
        self.loops = self.inner_loops = None
        names = 0
        standin = False
        for line in lines:
            key, _, text = line.partition(" ")
            if key == "standin":
                standin = True
            elif key == "name":
                names += 1
                self.name = text
            elif key == "loops":
                self.loops = int(text)
            elif key == "inner_loops":
                self.inner_loops = int(text)
            elif key == "value":
                self.values.append(float(text))
            elif key == "warmup":
                self.warmups.append(float(text))
            elif key == "result":
                self.result = text
            elif key == "metadata":
                k, _, v = text.partition(" ")
                self.metadata[k] = v
        if not standin:
            raise BenchError(f"{side}: the measurements were not written by bench/pyperf")
        if names != 1:
            raise BenchError(f"{side}: expected one benchmark per script, got {names}")


def child_env(extra):
    env = {k: os.environ[k] for k in INHERITED_ENV if k in os.environ}
    env["PYTHONHASHSEED"] = "0"
    env.update(extra)
    return env


def tail(data, n=15):
    lines = data.decode("utf-8", "replace").rstrip().splitlines()
    return "\n".join("    " + line for line in lines[-n:]) if lines else "    (nothing)"


def diff(ref, got, n=20):
    lines = list(difflib.unified_diff(ref.decode("utf-8", "replace").splitlines(),
                                      got.decode("utf-8", "replace").splitlines(),
                                      "cpython", "oxpy", lineterm="", n=1))
    more = f"\n    ... {len(lines) - n} more lines" if len(lines) > n else ""
    return "\n".join("    " + line for line in lines[:n]) + more


def run_process(side, exe, work, settings, timeout, seq):
    out = work / f"measurements-{side}-{seq}.txt"
    out.unlink(missing_ok=True)
    env = child_env({"OXPY_BENCH_OUT": str(out),
                     **{f"OXPY_BENCH_{k.upper()}": str(v) for k, v in settings.items()}})
    t0 = time.perf_counter()
    try:
        p = subprocess.run([exe, "run_benchmark.py"], cwd=work, env=env,
                           capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        raise BenchError(f"{side}: no result after {timeout} s (killed)") from None
    wall = time.perf_counter() - t0
    if p.returncode != 0:
        raise BenchError(f"{side}: exit status {p.returncode}; stderr ends with:\n{tail(p.stderr)}")
    if not out.is_file():
        raise BenchError(f"{side}: wrote no measurements to $OXPY_BENCH_OUT (the stand-in reads "
                         f"it from posix.environ); stderr ends with:\n"
                         f"{tail(p.stderr)}")
    try:
        m = Measurement(side, p.stdout, out.read_text().splitlines(), wall)
    except ValueError as e:
        raise BenchError(f"{side}: malformed measurements file: {e}") from None
    out.unlink()
    if len(m.values) != settings["values"]:
        raise BenchError(f"{side}: {len(m.values)} values, expected {settings['values']}")
    return m


# ----------------------------------------------------------------- statistics ---


def median(xs):
    return statistics.median(xs)


def iqr_pct(xs):
    """Interquartile range as a percentage of the median (0 for fewer than 2 values)."""
    if len(xs) < 2:
        return 0.0
    q1, _, q3 = statistics.quantiles(xs, n=4, method="inclusive")
    return (q3 - q1) / median(xs) * 100


def geomean(xs):
    return math.exp(sum(math.log(x) for x in xs) / len(xs)) if xs else float("nan")


def fmt_time(seconds):
    for unit, scale in (("s", 1.0), ("ms", 1e-3), ("us", 1e-6), ("ns", 1e-9)):
        if seconds >= scale or unit == "ns":
            v = seconds / scale
            return f"{v:.0f} {unit}" if v >= 100 else f"{v:.1f} {unit}" if v >= 10 else f"{v:.2f} {unit}"
    return str(seconds)


def cpu_ticks():
    """(busy, total) jiffies of all CPUs, from /proc/stat (as ../shared/tools/cpython_mi.py);
    busy includes steal time, which the host took for other machines."""
    try:
        with open("/proc/stat") as f:
            v = [int(x) for x in f.readline().split()[1:9]]
    except OSError:
        return None
    return sum(v) - v[3] - v[4], sum(v)


class ForeignCpu:
    """Share of all CPUs that other processes used between start and stop(): the CPU
    busy time minus this process's and its children's user+sys time."""

    def __init__(self):
        self.ticks, self.own = cpu_ticks(), os.times()

    def stop(self):
        ticks, own = cpu_ticks(), os.times()
        if not (self.ticks and ticks and ticks[1] > self.ticks[1]):
            return None
        hz = os.sysconf("SC_CLK_TCK")
        mine = sum(own[i] - self.own[i] for i in range(4))
        busy = (ticks[0] - self.ticks[0]) / hz
        return max(0.0, (busy - mine) / ((ticks[1] - self.ticks[1]) / hz)) * 100


# ------------------------------------------------------------------ benchmarks ---


def measure(name, sides, work, opts):
    """Calibrate under CPython, then alternate the interpreters; return a result dict."""
    seq = iter(range(10**6))
    cal = run_process("cpython", sides["cpython"], work,
                      {"loops": 0, "values": 1, "warmups": 0, "min_time": opts["min_time"]},
                      opts["timeout"], next(seq))
    loops = cal.loops
    settings = {"loops": loops, "values": opts["values"], "warmups": opts["warmups"],
                "min_time": opts["min_time"]}
    runs = {"cpython": [], "oxpy": []}
    ref = None
    redone = 0
    loads = []
    print(f"  {name:<16} loops={loops:<6}", end="", flush=True)
    while len(runs["cpython"]) < opts["runs"]:
        r = len(runs["cpython"])
        order = ("cpython", "oxpy") if r % 2 == 0 else ("oxpy", "cpython")
        meter = ForeignCpu()
        pair = {}
        for side in order:
            n = next(seq)
            m = pair[side] = run_process(side, sides[side], work, settings, opts["timeout"], n)
            print(side[0], end="", flush=True)
            ref = ref or m
            check_same(ref, m, f"{side} (process {n} of this benchmark)")
        load = meter.stop()
        # A round during which other processes took much CPU is redone, both sides alike,
        # so that redoing cannot favour either interpreter.
        if load is not None and load > opts["max_load"] and redone < opts["runs"]:
            redone += 1
            print("!", end="", flush=True)
            wait_for_quiet(opts["max_load"])
            continue
        for side in order:
            runs[side].append(pair[side])
        loads.append(load)
    res = {"name": ref.name, "loops": loops, "inner_loops": ref.inner_loops, "status": "ok",
           "rounds_redone": redone, "round_loads_pct": loads,
           "foreign_cpu_pct": median(loads) if None not in loads else None}
    for side in ("cpython", "oxpy"):
        values = [v for m in runs[side] for v in m.values]
        res[side] = {"median": median(values), "iqr_pct": iqr_pct(values), "values": values,
                     "per_run": [m.values for m in runs[side]],
                     "warmups": [m.warmups for m in runs[side]],
                     "wall_s": [round(m.wall, 3) for m in runs[side]]}
    res["ratio"] = res["oxpy"]["median"] / res["cpython"]["median"]
    res["round_ratios"] = [median(o.values) / median(c.values)
                           for c, o in zip(runs["cpython"], runs["oxpy"])]
    print(f"  {fmt_time(res['cpython']['median']):>9} {fmt_time(res['oxpy']['median']):>9}"
          f"  x{res['ratio']:.2f}", flush=True)
    return res


def wait_for_quiet(max_load, longest=30.0):
    """Wait (in 1 s windows, up to `longest` s) until other processes use at most max_load %."""
    deadline = time.monotonic() + longest
    while time.monotonic() < deadline:
        meter = ForeignCpu()
        time.sleep(1.0)
        load = meter.stop()
        if load is None or load <= max_load:
            return


def check_same(ref, m, label):
    """m (any process) must print and return what the first CPython process did."""
    if m.stdout != ref.stdout:
        raise BenchError(f"{label} printed other stdout than the first cpython process:\n"
                         f"{diff(ref.stdout, m.stdout)}")
    if m.result != ref.result:
        raise BenchError(f"{label} returned {shorten(m.result)}, the first cpython process "
                         f"returned {shorten(ref.result)}")


def shorten(text, n=80):
    if text is None:
        return "nothing"
    return text if len(text) <= n else text[:n] + "..."


# ------------------------------------------------------ interpreter create/close ---


def run_mi(cmd, runs, timeout):
    """Median of each MI_KEYS figure over `runs` fresh processes of cmd."""
    got = {key: [] for key, _, _ in MI_KEYS}
    for _ in range(runs):
        p = subprocess.run(cmd, env=child_env({}), capture_output=True, timeout=timeout)
        if p.returncode != 0:
            raise BenchError(f"{shlex.join(cmd)}: exit status {p.returncode}:\n{tail(p.stderr)}")
        for line in p.stdout.decode().splitlines():
            key, _, value = line.partition(" ")
            if key in got:
                got[key].append(float(value))
    return {key: {"median": median(vs), "values": vs} for key, vs in got.items() if vs}


def measure_mi(python, hook, runs, timeout):
    out = {}
    try:
        out["cpython"] = run_mi([python, str(BENCH_DIR / "mi_probe.py")], runs, timeout)
    except (BenchError, subprocess.TimeoutExpired) as e:
        out["cpython_error"] = str(e)
    if hook:
        try:
            out["oxpy"] = run_mi(shlex.split(hook), runs, timeout)
        except (BenchError, OSError, subprocess.TimeoutExpired) as e:
            out["oxpy_error"] = str(e)
    return out


# ---------------------------------------------------------------------- tables ---


def result_rows(results):
    rows = []
    for r in results:
        if r["status"] != "ok":
            rows.append((r["bench"], "", "", "FAILED: " + shorten(r["error"].splitlines()[0], 60), ""))
            continue
        c, o = r["cpython"], r["oxpy"]
        lo, hi = min(r["round_ratios"]), max(r["round_ratios"])
        rows.append((r["bench"], f"{fmt_time(c['median'])} ±{c['iqr_pct']:.1f}%",
                     f"{fmt_time(o['median'])} ±{o['iqr_pct']:.1f}%",
                     f"{r['ratio']:.3f} ({lo:.2f}-{hi:.2f})",
                     fmt_pct(r["foreign_cpu_pct"]) + (f", {r['rounds_redone']} redone"
                                                      if r["rounds_redone"] else "")))
    return rows


def fmt_pct(p):
    return "?" if p is None else f"{p:.0f}%"


def mi_rows(mi, hook):
    rows = []
    for key, label, unit in MI_KEYS:
        c = mi.get("cpython", {}).get(key)
        o = mi.get("oxpy", {}).get(key)
        cs = f"{c['median']:,.1f} {unit}" if c else "error: " + mi.get("cpython_error", "no figure")
        if o:
            os_ = f"{o['median']:,.1f} {unit}"
        elif not hook:
            os_ = "not available yet (no --oxpy-mi hook)"
        else:
            os_ = "error: " + mi.get("oxpy_error", "the hook printed no " + key).splitlines()[0]
        ratio = f"{o['median'] / c['median']:.3f}" if c and o else ""
        rows.append((label, cs, os_, ratio))
    return rows


def text_table(header, rows):
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows)]
    line = lambda cells: "  ".join(str(c).ljust(w) for c, w in zip(cells, widths)).rstrip()
    return "\n".join([line(header), line(["-" * w for w in widths])] + [line(r) for r in rows])


def md_table(header, rows, right=()):
    out = ["| " + " | ".join(header) + " |",
           "|" + "|".join("---:" if i in right else "---" for i in range(len(header))) + "|"]
    for r in rows:
        out.append("| " + " | ".join(str(c).replace("|", "\\|") for c in r) + " |")
    return "\n".join(out)


BENCH_HEADER = ("benchmark", "CPython", "oxpy", "oxpy/CPython (per-round range)", "other load")
MI_HEADER = ("per interpreter", "CPython", "oxpy", "oxpy/CPython")


def legend(report):
    o = report["settings"]
    return (f"Each time is the median over {o['runs']} processes x {o['values']} values "
            f"(after {o['warmups']} warm-up value each) of the time per loop; ± is the "
            f"interquartile range over the median. The ratio is the median of oxpy over the "
            f"median of CPython; in parentheses, the lowest and highest ratio of one oxpy "
            f"process to the CPython process next to it. Other load: the share of all CPUs that "
            f"other processes (and the host's steal) used meanwhile, median over the rounds "
            f"kept; a round (one process of each) during which it passed {o['max_load']:.0f}% "
            f"was redone, at most {o['runs']} times per benchmark.")


def markdown(report):
    ok = [r["ratio"] for r in report["results"] if r["status"] == "ok"]
    rows = result_rows(report["results"])
    rows.append(("**geometric mean**", "", "", f"**{geomean(ok):.3f}**" if ok else "n/a", ""))
    what = ("CPython vs CPython (runner validation)" if report["oxpy_version"].endswith(" cpython")
            else "oxpy vs CPython")
    parts = [
        f"### {report['date']}: {what}, {len(ok)} benchmarks",
        "",
        "```",
        report["command"],
        "```",
        "",
        f"- oxpy: `{report['oxpy']}` ({report['oxpy_version']})",
        f"- CPython: `{report['python']}` ({report['python_version']})",
        f"- pyperformance {PYPERFORMANCE_VERSION}, benchmarks run with bench/pyperf; "
        f"machine: {report['machine']}",
        f"- other processes used {report['foreign_cpu_pct']:.0f}% of all CPUs during the run",
        "",
        legend(report),
        "",
        md_table(BENCH_HEADER, rows, right=(1, 2, 3, 4)),
    ]
    if "mi" in report:
        parts += ["", md_table(MI_HEADER, mi_rows(report["mi"], report["oxpy_mi"]), right=(1, 2, 3))]
    return "\n".join(parts) + "\n"


# ------------------------------------------------------------------------ main ---


def version_of(exe):
    try:
        p = subprocess.run([exe, "-c", "import sys; print(sys.version.split()[0], "
                                       "sys.implementation.name)"],
                           env=child_env({}), capture_output=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as e:
        return f"unknown ({e})"
    text = p.stdout.decode("utf-8", "replace").strip()
    return text if p.returncode == 0 and text else "unknown"


def parse_args(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--oxpy", default=str(REPO / "target" / "release" / "oxpy"),
                    help="oxpy binary (default: target/release/oxpy)")
    ap.add_argument("--python", default=sys.executable,
                    help="CPython 3.14 to compare with (default: the one running this)")
    ap.add_argument("--bench", nargs="+", metavar="NAME", help="benchmarks (default: the 11 of "
                    "the brief; --list shows all of pyperformance's)")
    ap.add_argument("--runs", type=int, help=f"processes per interpreter per benchmark "
                    f"(default {FULL['runs']}, --quick {QUICK['runs']})")
    ap.add_argument("--values", type=int, help="timed values per process")
    ap.add_argument("--warmups", type=int, help="warm-up values per process")
    ap.add_argument("--min-time", type=float, help="calibration: seconds per value")
    ap.add_argument("--max-load", type=float, help="redo a round (one process of each) when "
                    "other processes used more than this %% of all CPUs meanwhile, at most "
                    "--runs times per benchmark (default 25; 100: never)")
    ap.add_argument("--quick", action="store_true", help="fewer processes and values (a smoke test)")
    ap.add_argument("--timeout", type=float, default=900, help="seconds one process may take")
    ap.add_argument("--json", metavar="FILE", help="save all results and values as JSON")
    ap.add_argument("--markdown", metavar="FILE",
                    help="append the tables as a Markdown section to FILE, e.g. "
                    "docs/performance.md ('-': stdout)")
    ap.add_argument("--oxpy-mi", metavar="CMD", help="command printing oxpy's create_close_us and "
                    "idle_rss_kib lines (see bench/README.md); without it: not available")
    ap.add_argument("--no-mi", action="store_true", help="skip the create+close/RSS figures")
    ap.add_argument("--cache", type=Path, default=default_cache(),
                    help="where pyperformance is kept (default: target/bench-cache, or "
                    "$XDG_CACHE_HOME/oxpy-bench)")
    ap.add_argument("--list", action="store_true", help="list pyperformance's benchmarks and exit")
    args = ap.parse_args(argv)
    opts = dict(QUICK if args.quick else FULL)
    for key in ("runs", "values", "warmups", "min_time", "max_load"):
        if getattr(args, key) is not None:
            opts[key] = getattr(args, key)
    if opts["runs"] < 1 or opts["values"] < 1 or opts["warmups"] < 0 or opts["min_time"] <= 0:
        ap.error("--runs and --values must be >= 1, --warmups >= 0, --min-time > 0")
    opts["timeout"] = args.timeout
    return args, opts


def main(argv=None):
    args, opts = parse_args(argv)
    try:
        benchmarks_dir = fetch_benchmarks(args.cache)
    except (BenchError, OSError) as e:
        sys.exit(f"run.py: cannot get pyperformance {PYPERFORMANCE_VERSION}: {e}")
    if args.list:
        print(" ".join(available(benchmarks_dir)))
        return 0
    for label, exe in (("--oxpy", args.oxpy), ("--python", args.python)):
        if not (shutil.which(exe) or os.access(exe, os.X_OK)):
            hint = (" (build it: cargo build --release; or give CPython to validate the runner)"
                    if label == "--oxpy" else "")
            sys.exit(f"run.py: {label} {exe}: not an executable{hint}")
    sides = {"cpython": args.python, "oxpy": args.oxpy}
    python_version = version_of(args.python)
    if not python_version.startswith("3.14"):
        print(f"# warning: --python is {python_version}, not CPython 3.14", flush=True)
    report = {
        "date": datetime.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z"),
        "command": shlex.join([Path(sys.executable).name, "bench/run.py"] + (argv if argv is not None else sys.argv[1:])),
        "oxpy": args.oxpy, "oxpy_version": version_of(args.oxpy),
        "python": args.python, "python_version": python_version,
        "machine": f"{platform.machine()}, {os.cpu_count()} CPUs, loadavg at start "
                   f"{os.getloadavg()[0]:.2f}",
        "pyperformance": PYPERFORMANCE_VERSION, "settings": opts, "oxpy_mi": args.oxpy_mi,
        "results": [],
    }
    print(f"# oxpy {report['oxpy']} ({report['oxpy_version']}) vs CPython {args.python} "
          f"({python_version}); {opts['runs']} processes each, {opts['values']} values + "
          f"{opts['warmups']} warm-up per process", flush=True)
    print("  benchmark        loops   processes (c=CPython, o=oxpy)   CPython   oxpy   ratio",
          flush=True)
    work_root = args.cache / "work"
    whole, t_start = ForeignCpu(), time.perf_counter()
    for name in args.bench or DEFAULT_BENCHMARKS:
        try:
            work = prepare(benchmarks_dir, work_root, name)
            res = measure(name, sides, work, opts)
        except BenchError as e:
            print(f"\n  {name}: FAILED: {e}", flush=True)
            res = {"status": "failed", "error": str(e)}
        res["bench"] = name
        report["results"].append(res)
    if not args.no_mi:
        report["mi"] = measure_mi(args.python, args.oxpy_mi, opts["mi_runs"], opts["timeout"])
    report["foreign_cpu_pct"] = whole.stop() or 0.0
    report["duration_s"] = round(time.perf_counter() - t_start, 1)

    ok = [r["ratio"] for r in report["results"] if r["status"] == "ok"]
    rows = result_rows(report["results"])
    rows.append(("geometric mean", "", "", f"{geomean(ok):.3f}" if ok else "n/a", ""))
    print()
    print(text_table(BENCH_HEADER, rows))
    print(legend(report))
    if "mi" in report:
        print()
        print(text_table(MI_HEADER, mi_rows(report["mi"], args.oxpy_mi)))
    print(f"# done in {report['duration_s']:.0f} s; other processes used "
          f"{report['foreign_cpu_pct']:.0f}% of all CPUs during the run")
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=1) + "\n")
    if args.markdown:
        text = markdown(report)
        if args.markdown == "-":
            sys.stdout.write("\n" + text)
        else:  # append: `--markdown docs/performance.md` adds this run to the page
            path = Path(args.markdown)
            before = path.read_text() if path.exists() else ""
            path.write_text(before + ("\n" if before else "") + text)
    failed = [r["bench"] for r in report["results"] if r["status"] != "ok"]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
