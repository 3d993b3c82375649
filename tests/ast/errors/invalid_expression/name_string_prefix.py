# python.gram: invalid_expression (!(NAME STRING): bad string prefix is plain invalid syntax)
kf"abc"
