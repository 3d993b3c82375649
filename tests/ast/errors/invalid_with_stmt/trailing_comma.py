# python.gram (3.15 grammar; 3.14 gives plain invalid syntax): invalid_with_stmt (the last 'with' item has a trailing comma)
with a, b,:
    pass
