# python.gram: invalid_expression wins over invalid_fstring_replacement_field for two names (Perhaps you forgot a comma?)
f"{a b}"
