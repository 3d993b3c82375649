# python.gram: fstring_replacement_field with a parenthesized lambda
f"{(lambda x: 1)}"
