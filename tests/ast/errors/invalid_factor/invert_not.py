# python.gram: invalid_factor ('~' then not)
x = ~not b
