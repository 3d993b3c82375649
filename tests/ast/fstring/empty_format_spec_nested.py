# python.gram: fstring_full_format_spec with an empty nested field spec
f"{x:{y:}}"
