# complex() string parsing variants, arithmetic with int/float, pow edge cases, and rejections.
for s in ("1", "-2j", "+1.5-2.5j", "(1+1j)", " 3e2+4E-1j ", "infj", "-nan+1j", "1_0+2_0j", "J"):
    print(repr(s), complex(s))
print(complex(1, 2) * 2, 2 / complex(0, 1), complex(1, 1) ** 0, 0j ** 0, complex(2, 0) ** 0.5)
print((1 + 2j).real.is_integer(), (3 + 4j).__abs__(), complex(1, 2).__getnewargs__())
for s in ("1 + 2j", "1+2j+3", "()", "j1", ""):
    try:
        complex(s)
    except ValueError as e:
        print(repr(s), e)
0j ** -1
