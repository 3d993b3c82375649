# python.gram: 3.14 signed_real_number has no unary plus
match x:
    case +1 + 2j:
        pass
