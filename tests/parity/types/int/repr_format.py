# int formatting: bin/oct/hex, format specs with grouping, signs, fill, and alternate form.
n = 1234567
print(bin(n), oct(n), hex(n), hex(-n), bin(0), oct(-8))
print(format(n, ","), format(n, "_"), format(n, "_x"), format(n, "#_b"), format(-n, "+,"))
print(f"{n:>12}|{n:<12}|{n:^12}|{n:012}|{-n:012}|{n:=+12}|")
print(f"{255:#x} {255:#X} {255:#o} {255:#b} {255:x} {255:c} {65:c}")
print(f"{n:e} {n:.2e} {n:f} {n:g} {n:%} {n:n} {10**20:g}")
print(f"{42:*^10} {42: } {-42: } {42:+} {0:+}")
print(f"{n:,d}", f"{n:10,}", "{:,}".format(10**12))
print(repr(-0), str(10**25), repr(123))
