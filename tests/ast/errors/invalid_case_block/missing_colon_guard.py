# python.gram: invalid_case_block ("case" patterns guard NEWLINE)
match x:
    case 1 if y
        pass
