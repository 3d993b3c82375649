# ast: positions inside nested f-strings and format specs
x = f"{a:{b}} {f'{c!r:>{d}}'}"
