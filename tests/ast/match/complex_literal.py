# python.gram: complex_number, signed_real_number, real_number, imaginary_number
match x:
    case 1 + 2j: pass
    case 1 - 2j: pass
    case -1 + 2j: pass
    case -1.5 - 0.5j: pass
    case 2j: pass
    case -2j: pass
