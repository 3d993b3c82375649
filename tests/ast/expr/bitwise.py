# python.gram: bitwise_or, bitwise_xor, bitwise_and, shift_expr
a | b
a ^ b
a & b
a << b
a >> b
a | b ^ c & d << e >> f
a | b | c
