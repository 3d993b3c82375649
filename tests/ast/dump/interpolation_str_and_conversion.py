# ast.dump: Interpolation(value, str, conversion, format_spec) in t-strings
t"{a}{b!r}{c:>10}{d = }{ e + f !s:{g}}"
