# python.gram: primary ('(' [arguments] ')'), arguments, args
f()
f(a)
f(a, b)
f(a, b,)
f(a)(b)(c)
