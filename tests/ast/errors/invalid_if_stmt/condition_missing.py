# 'if' without condition: invalid syntax
if:
    pass
