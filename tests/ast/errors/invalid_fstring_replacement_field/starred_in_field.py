# python.gram: fstring_replacement_field (annotated_rhs allows star_expressions)
f"{*a, *b}"
