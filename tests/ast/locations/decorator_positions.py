# ast: lineno of decorated defs is the def line; decorators have their own positions
@dec1
@dec2(
    arg,
)
def f():
    pass
