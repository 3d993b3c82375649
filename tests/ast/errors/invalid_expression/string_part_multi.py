# python.gram: invalid_expression (STRING (!STRING expression)+ STRING, range over several expressions)
x = "abc" x y "def"
