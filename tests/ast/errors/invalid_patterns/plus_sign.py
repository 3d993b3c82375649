# python.gram (3.15 adds unary plus in signed_number): 3.14 rejects case +1
match x:
    case +1:
        pass
