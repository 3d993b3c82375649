# f-strings: conversions, = debugging, nested fields, format specs, and expression forms.
import math
name, n, items = "Ann", 7, [1, 2, 3]
print(f"{name} {n} {items} {items[1]} {len(items)} {n * 2} {name.upper()} {n!r} {name!a}")
print(f"{n=} {n+1=} {items[0] = } {name=!s} {math.pi=:.3f} {n = :>5}")
print(f"{'nested ' + f'{n:03}'} {f'{f'{n}'}'} {'\\' + 'n'} {'\t'!r}")
print(f"{n:{'>'}{10}} {math.pi:.{n}f} {n:#{'x'}} {3.5:{'.'}{'1'}f}")
print(f"{{ {n} }}", f"{'{'}", f"{n:}", f"{'a' 'b'}", f"{ n }", f"""{'''tri'''}""")
print(f"{(lambda x: x * 2)(n)} {[x for x in range(3)]} {dict(a=1)} {n if n > 5 else 0}")
print(f"{n:,}", f"{1234567:_}", f"{-n:+}", f"{n:b}", f"{name:*^9}", f"{12.5:%}")
print(F"upper prefix", rf"{n}\n", fR"\t{n}", f"multi" f"{n}" "plain")
