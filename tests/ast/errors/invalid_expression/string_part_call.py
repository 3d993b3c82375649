# python.gram: invalid_expression (STRING expression STRING)
print("it's" not "ok")
