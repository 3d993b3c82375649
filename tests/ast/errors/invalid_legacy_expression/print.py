# python.gram: invalid_legacy_expression (print)
print "hello"
