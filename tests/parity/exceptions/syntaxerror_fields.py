# SyntaxError fields: msg, filename, lineno, offset, text, end_lineno, end_offset, and str().
for src in ("x = (1,", "def f(:\n  pass", "a = 1 +", "1 = 2", "  x = 1", "f'{'", "x = 'abc"):
    try:
        compile(src, "<demo>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
        print("  str:", str(e))
e = SyntaxError("custom", ("file.py", 3, 5, "bad line\n", 3, 8))
print(e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset, str(e), e.args)
print(str(SyntaxError("m")), SyntaxError("m").lineno, str(SyntaxError("m", ("f", None, None, None))))
print(issubclass(IndentationError, SyntaxError), issubclass(TabError, IndentationError))
print(e.print_file_and_line)
raise SyntaxError("raised by hand", ("hand.py", 2, 4, "a b c\n", 2, 6))
