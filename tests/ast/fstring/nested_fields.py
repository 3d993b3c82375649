# python.gram: fstring_replacement_field nested in format spec
f"{x:{y:{z}}}"
f"{f'{a}'}"
