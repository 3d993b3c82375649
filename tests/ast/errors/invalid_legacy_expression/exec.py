# python.gram: invalid_legacy_expression (exec)
exec "code"
