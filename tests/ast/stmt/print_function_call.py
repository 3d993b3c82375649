# python.gram: invalid_legacy_expression not triggered: print(...) is a call
print("hello")
print
exec("x")
