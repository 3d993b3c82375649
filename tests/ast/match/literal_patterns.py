# python.gram: literal_pattern, signed_number, strings
match x:
    case 1: pass
    case -1: pass
    case 1.5: pass
    case -2.5e3: pass
    case "s": pass
    case b"b": pass
    case "a" "b": pass
    case f"x": pass
    case None: pass
    case True: pass
    case False: pass
    case 0x1F: pass
