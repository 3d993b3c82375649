# python.gram: literal_expr (every key form)
match x:
    case {1: _, -2: _, 1.5: _, -1 - 1j: _, "s": _, f"f": _, None: _, True: _, False: _, a.b: _}: pass
