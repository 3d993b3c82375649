"""Records interp/syntax/tests/data/parser/cases.txt with CPython 3.14 (never run by CI).

Each case is run as the AST corpus reference script does: the source written
to case.py in a temporary directory, then
    ast.dump(ast.parse(src, 'case.py'), include_attributes=True)
or the SyntaxError line. Run: python3.14 gen/record_parser.py (gen/regen.sh runs it).
"""
import ast, os, subprocess, sys, tempfile

from genlib import header, require_314, write

require_314()

SNIPPETS = [
    # statements and expressions
    "x = 1 + 2 * 3 ** -4 // 5 % 6 @ 7",
    "a, *b, (c, d) = [e for e in f if e] = g",
    "x: int = 1\n(y): str\nz.a: int\nw[0]: int = 2",
    "x += 1; y <<= 2; z //= 3",
    "del a, b.c, d[e], (f, g), [h]",
    "global a, b\nnonlocal c",
    "assert x, 'msg'\nraise E from F\nraise\nreturn\npass\nbreak\ncontinue",
    "import a.b.c as d, e\nfrom .. import (f as g, h,)\nfrom ... import *\nfrom .m import n",
    "if a:\n    pass\nelif b:\n    pass\nelse:\n    pass",
    "while x:\n    break\nelse:\n    pass",
    "for i, j in k:\n    continue\nelse:\n    pass",
    "async def f():\n    async for x in y:\n        await z\n    async with a as b, c:\n        pass\n    [x async for x in y]",
    "with (a as b, c as d,):\n    pass\nwith (a, b):\n    pass\nwith (yield):\n    pass",
    "try:\n    pass\nexcept E as e:\n    pass\nexcept (A, B):\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass",
    "try:\n    pass\nexcept* E:\n    pass",
    "try:\n    pass\nexcept A, B:\n    pass",
    "@d1\n@d2.x(1)\n@(lambda f: f)\ndef f[T: int, *Ts, **P = [int]](a, /, b=1, *c: *Ts, d, e=2, **f) -> R:\n    pass",
    "@dec\nclass C[T = int](B, metaclass=M, *a, **k):\n    x: int",
    "type X[T] = list[T]\ntype Y = int",
    "lambda: 0\nlambda a, /, b=1, *c, d, e=2, **f: 0\nlambda *, a: 0",
    "f(a, *b, c=1, **d)\nf(x for x in y)\nf(a)(b)[c].d",
    "x[1:2, ::3, a:b:c, *d]\nx[()]\nx[a, b]",
    "(x := 1)\n[y := 2, 3]\nf(z := 4)\nx[a := 1]",
    "a if b else c\nnot a and b or c\na < b <= c == d != e > f >= g is h is not i in j not in k",
    "{1: 2, **a}\n{1, *a}\n{k: v for k, v in x}\n{x for x in y}\n(x for x in y)\n()\n(1,)\n[]\n{}",
    "...\nNone\nTrue\nFalse\n1\n1.5\n1j\n0x1f\n0o7\n0b1\n1_000\n'a' 'b'\nb'x' b'y'\nu'z' 'w'",
    "f'a{b!r:>{w}}c{d=}'\nf'{x = }'\nf'{x!s}'\nf'{{}}'\nf'''{\n  x\n}'''",
    "t'a{b}c'\nt'{x=}'\nt'{x!r:>10}'\nt'a' t'b'",
    "print(*a, sep='')\nx = *a, *b\nreturn *a, *b",
    "match x:\n    case 1 | 2.5 | -3 | 1+2j | 'a' 'b' | None | True:\n        pass\n    case [a, *rest] | (b, c) | {'k': v, **kw} | Point(x=0, y=_) as p if p:\n        pass\n    case A.B.C | A(1, b=2) | [] | () | {}:\n        pass\n    case _:\n        pass",
    "match a, b:\n    case x, *_:\n        pass",
    "match = case = type = _ = 1\nmatch(x)\ntype(x)",
    "if x:\n    def f():\n        return (yield from g)",
    "x = 'é' + \"ü\"\n# é\ny = f'{ä}'",
    "ℌ = 1\nﬁ = 2",
    # errors: generic
    "x = = 1", "a b", "x = (1, 2", "x = [1, 2\ny = 3", "f(", "if x\n    pass", "def f(:\n    pass",
    "\n    x = 1", "if x:\npass", "if x:\n    pass\n  y", "x = 1 +\n", "1 <> 2", "x = )", "print 1",
    # errors: specialised messages
    "f(a for a in b, c)", "f(a, b for b in c)", "f(**k, *a)", "f(a=1, b)", "f(**k, b)", "f(True=1)", "f(a.b=1)", "f(a=)",
    "f(x for x in y=1)", "f(*a=1)", "f(**a=1)", "f(*)",
    "a if b", "x = pass if a else b", "x = a if b else pass", "[a b]", "f(a b)", "'a' b 'c'",
    "1 = 2", "f() = 1", "(a, f()) = 1", "del f()", "del *a", "for 1 in x: pass", "with a as 1: pass", "x = yield = 1",
    "a, b: int", "[a]: int", "a + 1: int", "f() += 1", "(a := 1) = 2", "x = (y = 1)",
    "def f(/): pass", "def f(a, /, b, /): pass", "def f(a=1, b): pass", "def f((a)): pass", "def f(*, a, /): pass",
    "def f(a=1, /*): pass", "def f(a=): pass", "def f(*a=1): pass", "def f(*a, *b): pass", "def f(**a, b): pass",
    "def f(**a=1): pass", "def f(*): pass", "def f(*, **a): pass",
    "lambda a, /, b, /: 1", "lambda a=1, b: 1", "lambda (a): 1", "lambda *a=1: 1", "lambda **a, b: 1", "lambda *: 1",
    "import a.b as c.d", "from . import a as 1", "import", "from a import", "from a import b,", "import a from b",
    "try:\n    pass\nexcept A, B as c:\n    pass", "try:\n    pass\nexcept *:\n    pass", "try:\n    pass",
    "try:\n    pass\nexcept A:\n    pass\nexcept* B:\n    pass", "try:\n    pass\nexcept f() as g[0]:\n    pass",
    "match x:\n    case 1 as _: pass", "match x:\n    case 1 as a.b: pass", "match x:\n    case A(a=1, b): pass",
    "match x:\n    case 1j + 2j: pass", "match x:\n    case 1 + 2: pass", "case 1:\n    pass", "match x\n    case 1: pass",
    "class A[*T: int]: pass", "class A[**P: (int, str)]: pass", "def f[](): pass", "class C[]: pass",
    "if x:\n    pass\nelse:\n    pass\nelif y:\n    pass",
    "{1:2, 3}", "{1:}", "{a: *b}", "[*a for a in b]", "{**a for a in b}", "(*a for a in b)", "[a, b for a in c]",
    "(*a)", "x = (**a)", "x = 1 + not 2", "x = - not 2", "x = 'a' b'b'", "x = 't' t'b'", "x = t'a' 'b'",
    "for x in y\n    pass", "while x\n    pass", "with a\n    pass", "class A\n    pass", "def f()\n    pass",
    "if x:\n", "for x in y:\n", "def f():\n", "class C:\n", "with a:\n", "while x:\n", "try:\n", "match x:\n",
    "f'{}'", "f'{a!x}'", "f'{a!}'", "f'{a b}'", "f'{!r}'", "f'{a=!}'", "f'{a:{}}'", "f'{lambda x:1}'", "f'{a! r}'",
    "t'{}'", "t'{a!x}'", "t'{lambda x:1}'",
    "async = 1", "await = 1", "x = await", "nonlocal", "x = *a", "print(*)", "a.1", "x = 1 2", "x = f(a)(",
    "from __future__ import braces", "from __future__ import nonexistent", "'doc'\nfrom __future__ import annotations, nope",
    "from __future__ import barry_as_FLUFL\nx = 1 <> 2", "from __future__ import barry_as_FLUFL\nx = 1 != 2",
    "exec 'x'", "x = [1, 2 3]", "x = {1 2}", "x = (1 2)", "f(1 2)",
]

def main():
    out = []
    with tempfile.TemporaryDirectory() as d:
        for i, src in enumerate(SNIPPETS):
            path = os.path.join(d, 'case.py')
            with open(path, 'w', encoding='utf-8') as f:
                f.write(src)
            script = (
                "import ast, sys\n"
                "src = open(sys.argv[1], 'rb').read()\n"
                "try:\n"
                "    print(ast.dump(ast.parse(src, sys.argv[1]), include_attributes=True))\n"
                "except SyntaxError as e:\n"
                "    print(f'{type(e).__name__}: {e.msg} ({e.lineno}, {e.offset}, {e.end_lineno}, {e.end_offset})')\n"
                "    sys.exit(1)\n"
            )
            r = subprocess.run([sys.executable, '-c', script, 'case.py'], cwd=d, capture_output=True, text=True,
                               env=dict(os.environ, PYTHONHASHSEED='0'))
            exp = r.stdout
            if r.returncode:
                exp += f"[exit {r.returncode}]\n"
            out.append(f"@@@ case {i}\n{src}\n@@@ expect\n{exp}")
    write('interp/syntax/tests/data/parser/cases.txt', header('record_parser.py', '#') + ''.join(out))

main()
