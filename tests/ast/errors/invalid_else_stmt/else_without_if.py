# 'else' without 'if': invalid syntax
else:
    pass
