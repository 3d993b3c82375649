# for statement without 'in': invalid syntax
for x y:
    pass
