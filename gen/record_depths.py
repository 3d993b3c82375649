"""Record the parser rule depth CPython 3.14 reaches at `@` in each context of
gen/data/depth_contexts.txt: 6000 (MAXSTACK) minus the longest chain of unary
minuses that still parses there (one rule frame per minus, see
scripts/depth_probe.py). Writes interp/syntax/tests/data/parser/depth_contexts.txt,
read by interp/syntax/tests/front_end/parser/depth.rs.

Run: python3.14 gen/record_depths.py (gen/regen.sh runs it; about a minute).
"""
import os
import sys

from genlib import ROOT, header, path, require_314, write

require_314()
sys.path.insert(0, os.path.join(ROOT, "scripts"))
from depth_probe import cpython_ok, depth  # noqa: E402

out = [
    header("record_depths.py", "#"),
    "# Rule depth CPython 3.14's parser reaches when it parses `@` (a chain of\n",
    "# unary minuses) in each context: 6000 minus the longest chain that still\n",
    "# parses. Format: DEPTH<TAB>CONTEXT[<TAB>TERM[<TAB>HOLE]], with \\n for a newline in\n",
    "# CONTEXT; TERM ends the chain instead of `1`, HOLE stands for it instead of `@`. A context ending in an error (`1 1`)\n",
    "# measures the second (error) pass.\n",
]
with open(path("gen/data/depth_contexts.txt"), encoding="utf-8") as f:
    for line in f:
        line = line.rstrip("\n")
        if line.startswith("#") or not line:
            continue
        cols = line.split("\t")
        ctx = cols[0].replace("\\n", "\n")
        term = cols[1] if len(cols) > 1 else "1"
        hole = cols[2] if len(cols) > 2 else "@"
        d = depth(cpython_ok, ctx, term, hole)
        assert d is not None, line
        out.append("%d\t%s\n" % (d, line))
write("interp/syntax/tests/data/parser/depth_contexts.txt", "".join(out))
