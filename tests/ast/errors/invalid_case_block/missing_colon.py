# python.gram: invalid_case_block (expected ':')
match x:
    case 1
        pass
