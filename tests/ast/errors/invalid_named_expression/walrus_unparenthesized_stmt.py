# walrus at statement level without parentheses: invalid syntax
x := 1
