# python.gram: fstring, fstring_middle, fstring_replacement_field
f"hello {name}!"
f'{a}{b}'
f"{x}"
f""
f"plain"
