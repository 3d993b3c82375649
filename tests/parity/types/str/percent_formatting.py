# printf-style % formatting: conversions, flags, width, precision, mappings, and errors.
print("%s %r %a %d %i %u" % ("s", "r", "é", 42, -3.7, 5))
print("%5d|%-5d|%05d|%+d|% d|%x|%X|%#x|%o|%#o|%e|%E|%f|%g|%G|%c|%c|%%" % (
    42, 42, 42, 42, 42, 255, 255, 255, 8, 8, 1234.5, 1234.5, 1.5, 1e-5, 1e20, "z", 65))
print("%.2s|%10.3f|%-10s|%*d|%-*d|%.*f" % ("abc", 3.14159, "left", 6, 7, 6, 7, 2, 2.71828))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30}, "%s" % ((1, 2),), "%s" % [1, 2])
print("%s" % "only", "%d%%" % 50, "%c" % 0x1F600, "%r" % b"x", "%5.1s|" % "xyz")
for fmt, args in (("%d", "x"), ("%s %s", ("a",)), ("%z", 1), ("%(a)s", (1,)), ("%c", "ab"),
                  ("%c", 0x110000), ("%s", ("a", "b")), ("%", ()), ("%(a", {"a": 1})):
    try:
        fmt % args
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(fmt), type(e).__name__, e)
"%(missing)s" % {}
