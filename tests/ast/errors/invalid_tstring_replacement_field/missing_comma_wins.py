# python.gram: invalid_expression wins over invalid_tstring_replacement_field for two names (Perhaps you forgot a comma?)
t"{a b}"
