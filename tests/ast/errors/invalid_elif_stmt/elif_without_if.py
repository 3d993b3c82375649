# 'elif' without 'if': invalid syntax
elif x:
    pass
