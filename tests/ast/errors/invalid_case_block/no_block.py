# python.gram: invalid_case_block (expected an indented block after 'case' statement on line 3)
match x:
    case 1:
    pass
