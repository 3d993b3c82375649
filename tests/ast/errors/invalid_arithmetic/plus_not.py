# python.gram: invalid_arithmetic ('not' after an operator must be parenthesized)
x = a + not b
