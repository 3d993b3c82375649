# match with no cases: invalid syntax / indented block
match x:
    pass
