"""A stand-in for pyperf: the part of its API that the benchmarks in bench/run.py use.

It has to run on a young interpreter, so it uses only builtins, ``sys`` and ``time``
(and reads the environment through ``posix``/``nt``, the C module under ``os``, when
there is one). One process makes one set of measurements:

    calibration (unless the loop count is given), warm-up values, timed values

and writes them to the file named by $OXPY_BENCH_OUT, never to stdout, so the
benchmark's own stdout can be compared between interpreters. Without that variable it
writes the same lines to stderr. Settings come from the environment or from argv
(argv wins), as pyperf's options do:

    OXPY_BENCH_LOOPS     --loops N       loops per value (0 or unset: calibrate)
    OXPY_BENCH_VALUES    --values N      timed values (default 3)
    OXPY_BENCH_WARMUPS   --warmups N     warm-up values, not reported (default 1)
    OXPY_BENCH_MIN_TIME  --min-time S    calibration target per value (default 0.1 s)

The file has one line per item, a keyword then its text:

    standin 1
    name nbody                 the benchmark's name, starts a block
    loops 8                    loops per value
    inner_loops 1
    warmup 0.0612              seconds per inner loop, as pyperf's values
    value 0.0608               one line per timed value
    result [3, 1, 4, ...]      repr() of the last return value (bench_func only)
    metadata description n-body benchmark
"""

import sys
import time

perf_counter = time.perf_counter

VERSION = (2, 10, 0)  # the pyperf release whose API this follows
__version__ = "2.10.0+oxpy-standin"

_ENV_PREFIX = "OXPY_BENCH_"


def _getenv(name):
    """os.environ.get(name) without importing os (Lib/os.py pulls in half the stdlib)."""
    for modname in ("posix", "nt"):
        try:
            mod = __import__(modname)
        except ImportError:
            continue
        env = mod.environ
        key = name.encode() if modname == "posix" else name
        value = env.get(key)
        if isinstance(value, bytes):
            value = value.decode("utf-8", "surrogateescape")
        return value
    return None


def python_implementation():
    return sys.implementation.name.lower()


def python_has_jit():
    return False


# ------------------------------------------------------------- argparse subset ---


class Namespace:
    def __init__(self, **kwargs):
        for key, value in kwargs.items():
            setattr(self, key, value)

    def __repr__(self):
        items = ", ".join("%s=%r" % kv for kv in sorted(vars(self).items()))
        return "Namespace(%s)" % items


class _Argument:
    def __init__(self, names, action="store", type=None, default=None, nargs=None,
                 choices=None, help=None, metavar=None, required=False, dest=None):
        if action not in ("store", "store_true", "store_false"):
            raise ValueError("the pyperf stand-in does not support action=%r" % (action,))
        if nargs not in (None, "?"):
            raise ValueError("the pyperf stand-in does not support nargs=%r" % (nargs,))
        self.names = names
        self.optional = names[0].startswith("-")
        if dest is None:
            longs = [n for n in names if n.startswith("--")]
            dest = (longs[0] if longs else names[0]).lstrip("-").replace("-", "_")
        self.dest = dest
        self.action = action
        self.type = type
        if action == "store_true" and default is None:
            default = False
        elif action == "store_false" and default is None:
            default = True
        self.default = default
        self.nargs = nargs
        self.choices = choices
        self.help = help
        self.metavar = metavar
        self.required = required or (not self.optional and nargs is None)

    def display(self):
        return "/".join(self.names) if self.optional else (self.metavar or self.dest)

    def convert(self, parser, text):
        value = text
        if self.type is not None:
            try:
                value = self.type(text)
            except (TypeError, ValueError):
                name = getattr(self.type, "__name__", repr(self.type))
                parser.error("argument %s: invalid %s value: %r" % (self.display(), name, text))
        if self.choices is not None and value not in self.choices:
            choices = ", ".join(repr(c) for c in self.choices)
            parser.error("argument %s: invalid choice: %r (choose from %s)"
                         % (self.display(), value, choices))
        return value


class ArgumentParser:
    """The part of argparse.ArgumentParser that benchmark scripts call on runner.argparser:
    add_argument() with type/default/help/choices/metavar, nargs None or '?', actions
    store/store_true/store_false, unique prefixes of long options, and parse_args()."""

    def __init__(self, prog=None, description=None):
        self.prog = prog
        self.description = description
        self._arguments = []

    def add_argument(self, *names, **kwargs):
        if not names:
            raise ValueError("add_argument() needs a name")
        arg = _Argument(list(names), **kwargs)
        self._arguments.append(arg)
        return arg

    def _prog(self):
        if self.prog is not None:
            return self.prog
        return sys.argv[0].replace("\\", "/").split("/")[-1] if sys.argv else "benchmark"

    def format_usage(self):
        parts = []
        for arg in self._arguments:
            if arg.optional:
                meta = "" if arg.action != "store" else " " + (arg.metavar or arg.dest.upper())
                parts.append("[%s%s]" % (arg.names[0], meta))
            else:
                name = arg.metavar or arg.dest
                parts.append("[%s]" % name if arg.nargs == "?" else name)
        return "usage: %s [-h] %s\n" % (self._prog(), " ".join(parts))

    def print_help(self, file=None):
        out = file if file is not None else sys.stdout
        out.write(self.format_usage())
        if self.description:
            out.write("\n%s\n" % self.description)
        out.write("\noptions:\n  -h, --help  show this help message and exit\n")
        for arg in self._arguments:
            out.write("  %s  %s\n" % (arg.display(), arg.help or ""))

    def error(self, message):
        sys.stderr.write(self.format_usage())
        sys.stderr.write("%s: error: %s\n" % (self._prog(), message))
        sys.exit(2)

    def _find_option(self, name):
        exact = [a for a in self._arguments if a.optional and name in a.names]
        if exact:
            return exact[0]
        if name.startswith("--"):
            matches = [a for a in self._arguments if a.optional
                       and any(n.startswith(name) for n in a.names if n.startswith("--"))]
            if len(matches) == 1:
                return matches[0]
            if matches:
                names = ", ".join(m.names[0] for m in matches)
                self.error("ambiguous option: %s could match %s" % (name, names))
        return None

    def parse_args(self, args=None, namespace=None):
        if args is None:
            args = sys.argv[1:]
        ns = namespace if namespace is not None else Namespace()
        for arg in self._arguments:
            setattr(ns, arg.dest, arg.default)
        seen = set()
        positionals = []
        tokens = list(args)
        i = 0
        while i < len(tokens):
            tok = tokens[i]
            i += 1
            if tok == "--":
                positionals.extend(tokens[i:])
                break
            if not tok.startswith("-") or tok == "-":
                positionals.append(tok)
                continue
            if tok in ("-h", "--help"):
                self.print_help()
                sys.exit(0)
            name, eq, attached = tok.partition("=")
            arg = self._find_option(name if tok.startswith("--") else tok)
            if arg is None:
                self.error("unrecognized arguments: %s" % tok)
            if arg.action != "store":
                setattr(ns, arg.dest, arg.action == "store_true")
            else:
                if eq:
                    text = attached
                elif i < len(tokens):
                    text = tokens[i]
                    i += 1
                else:
                    self.error("argument %s: expected one argument" % arg.display())
                setattr(ns, arg.dest, arg.convert(self, text))
            seen.add(arg.dest)
        pending = [a for a in self._arguments if not a.optional]
        for arg in pending:
            if positionals:
                setattr(ns, arg.dest, arg.convert(self, positionals.pop(0)))
                seen.add(arg.dest)
        if positionals:
            self.error("unrecognized arguments: %s" % " ".join(positionals))
        missing = [a.display() for a in self._arguments if a.required and a.dest not in seen]
        if missing:
            self.error("the following arguments are required: %s" % ", ".join(missing))
        return ns


# ------------------------------------------------------------------------ Runner ---


def _positive_int(text):
    value = int(text)
    if value < 0:
        raise ValueError(text)
    return value


def _positive_float(text):
    value = float(text)
    if not value > 0:
        raise ValueError(text)
    return value


def _one_line(text):
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r")


class Runner:
    """pyperf.Runner, measuring in this one process (pyperf spawns worker processes;
    here bench/run.py spawns the processes, and alternates interpreters between them)."""

    def __init__(self, values=None, processes=None, loops=0, min_time=0.1, metadata=None,
                 show_name=True, program_args=None, add_cmdline_args=None, _argparser=None,
                 warmups=1):
        self.metadata = dict(metadata) if metadata else {}
        self.show_name = show_name
        self.program_args = program_args
        self._add_cmdline_args = add_cmdline_args  # pyperf uses it to spawn workers
        self.args = None
        self._names = set()
        self._lines = ["standin 1"]
        self._shown = 0
        self._defaults = {
            "loops": loops,
            "values": 3 if values is None else values,
            "warmups": warmups,
            "min_time": min_time,
        }
        parser = _argparser if _argparser is not None else ArgumentParser()
        parser.add_argument("--loops", type=_positive_int, default=None,
                            help="loops per value (0: calibrate)")
        parser.add_argument("--values", type=_positive_int, default=None,
                            help="timed values in this process")
        parser.add_argument("--warmups", type=_positive_int, default=None,
                            help="warm-up values (not reported)")
        parser.add_argument("--min-time", type=_positive_float, default=None,
                            help="calibration: minimum seconds per value")
        self.argparser = parser

    def parse_args(self, args=None):
        if self.args is not None and args is None:
            return self.args
        ns = self.argparser.parse_args(args)
        for key, conv in (("loops", _positive_int), ("values", _positive_int),
                          ("warmups", _positive_int), ("min_time", _positive_float)):
            if getattr(ns, key) is not None:
                continue
            text = _getenv(_ENV_PREFIX + key.upper())
            if text:
                try:
                    setattr(ns, key, conv(text))
                except ValueError:
                    self.argparser.error("$%s%s: invalid value %r" % (_ENV_PREFIX, key.upper(), text))
            else:
                setattr(ns, key, self._defaults[key])
        self.args = ns
        return ns

    def bench_func(self, name, func, *args, inner_loops=None, metadata=None):
        """Time func(*args) called `loops` times per value."""
        holder = [None]

        def time_loops(loops):
            result = None
            range_it = range(loops)
            t0 = perf_counter()
            for _ in range_it:
                result = func(*args)
            dt = perf_counter() - t0
            holder[0] = result
            return dt

        self._run(name, time_loops, inner_loops, metadata)
        self._lines.append("result " + _one_line(repr(holder[0])))
        self._flush()

    def bench_time_func(self, name, time_func, *args, inner_loops=None, metadata=None):
        """time_func(loops, *args) runs the loops and returns the seconds they took."""
        self._run(name, lambda loops: time_func(loops, *args), inner_loops, metadata)
        self._flush()

    def bench_async_func(self, name, coro_func, *args, inner_loops=None, metadata=None):
        raise NotImplementedError(
            "bench_async_func needs an asyncio event loop; the pyperf stand-in has none")

    def timeit(self, *args, **kwargs):
        raise NotImplementedError("Runner.timeit is not part of the pyperf stand-in")

    def bench_command(self, *args, **kwargs):
        raise NotImplementedError("Runner.bench_command is not part of the pyperf stand-in")

    def _run(self, name, time_loops, inner_loops, metadata):
        if not isinstance(name, str) or not name.strip():
            raise ValueError("benchmark name must be a non-empty string")
        if name in self._names:
            raise ValueError("duplicated benchmark name: %r" % (name,))
        self._names.add(name)
        if inner_loops is None:
            inner_loops = 1
        if not (isinstance(inner_loops, int) and inner_loops >= 1):
            raise ValueError("inner_loops must be a positive integer")
        args = self.parse_args()
        loops = args.loops
        if not loops:
            loops = self._calibrate(time_loops, args.min_time)
        self._lines.append("name " + _one_line(name))
        self._lines.append("loops %d" % loops)
        self._lines.append("inner_loops %d" % inner_loops)
        per = loops * inner_loops
        for _ in range(args.warmups):
            self._lines.append("warmup %r" % (self._check(time_loops(loops)) / per))
        for _ in range(args.values):
            self._lines.append("value %r" % (self._check(time_loops(loops)) / per))
        merged = dict(self.metadata)
        if metadata:
            merged.update(metadata)
        for key in sorted(merged):
            self._lines.append("metadata %s %s" % (key, _one_line(str(merged[key]))))

    @staticmethod
    def _check(dt):
        if not isinstance(dt, float) or not dt >= 0:
            raise ValueError("the timed function must return seconds as a float, got %r" % (dt,))
        return dt

    def _calibrate(self, time_loops, min_time):
        # pyperf's calibration: double the loops until one value lasts min_time.
        loops = 1
        while True:
            dt = self._check(time_loops(loops))
            if dt >= min_time or loops >= 2 ** 32:
                return loops
            loops *= 2

    def _flush(self):
        text = "\n".join(self._lines) + "\n"
        path = _getenv(_ENV_PREFIX + "OUT")
        if path:
            with open(path, "w") as f:
                f.write(text)
        else:  # a manual run: show what has not been shown yet
            sys.stderr.write("\n".join(self._lines[self._shown:]) + "\n")
            self._shown = len(self._lines)
