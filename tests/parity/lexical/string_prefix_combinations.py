# All string prefix combinations and their case variants.
print(r"\n", R"\n", b"b", B"b", br"\x", Br"\x", bR"\x", BR"\x", rb"\x", rB"\x", Rb"\x", RB"\x")
x = 1
print(f"{x}", F"{x}", fr"{x}\n", Fr"{x}", fR"{x}", FR"{x}", rf"{x}", rF"{x}", Rf"{x}", RF"{x}")
print(u"u", U"U", type(t"{x}").__name__, type(T"{x}").__name__, type(tr"{x}").__name__, type(Rt"{x}").__name__)
print(len(r"\\"), len("\\"), r"\"", len(r"\""), b"\x00"[0], rb"\x00"[0])
