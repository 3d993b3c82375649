# python.gram: invalid_arithmetic ('@' then not)
x = a @ not b
