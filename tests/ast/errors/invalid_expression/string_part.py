# python.gram: invalid_expression (invalid syntax. Is this intended to be part of the string?)
"abc" x "def"
