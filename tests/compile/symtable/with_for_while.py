with open(f) as (a, b), g() as c:
    for i, j in x:
        while k:
            del i
