# compile(): exec, eval and single modes, flags, dont_inherit, and the resulting code objects.
c1 = compile("x = 1\nprint(x)", "<exec>", "exec")
c2 = compile("1 + 2", "<eval>", "eval")
c3 = compile("40 + 2", "<single>", "single")
print(type(c1).__name__, c1.co_filename, c2.co_filename, eval(c2))
exec(c1)
exec(c3)
exec(compile("'text'", "<single>", "single"))
exec(compile("None", "<single>", "single"))
print(compile(b"1", "<bytes>", "eval").co_filename, eval(compile(bytearray(b"2"), "b", "eval")))
print(compile("x", "<f>", "eval", dont_inherit=True).co_names, compile("x", "<f>", "eval", 0, True, 2).co_consts)
for args in (("1", "f", "bad"), ("x =", "<f>", "exec"), ("a\x00", "f", "exec"), (1, "f", "exec")):
    try:
        compile(*args)
    except (ValueError, SyntaxError, TypeError) as e:
        print(type(e).__name__, e)
compile("def f(:", "generated.py", "exec")
