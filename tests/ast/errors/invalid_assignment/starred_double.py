# multiple starred expressions in assignment (compiler: ast.parse accepts)
*a, *b = c
