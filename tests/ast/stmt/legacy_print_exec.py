# python.gram: invalid_legacy_expression (Missing parentheses in call to 'print')
print "hello"
