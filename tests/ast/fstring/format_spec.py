# python.gram: fstring_full_format_spec, fstring_format_spec
f"{x:>10}"
f"{x:{width}.{precision}f}"
f"{x:}"
f"{x:{y}}"
f"{x:%Y-%m-%d %H:%M}"
f"{x:{'a'}}"
