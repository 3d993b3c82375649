# python.gram: invalid_legacy_expression (not print/exec: falls back to missing comma)
foo "hello"
