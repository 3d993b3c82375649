# More statically nested blocks than the compiler allows (too many statically nested blocks).
def deep():
    for v0 in 'x':
     for v1 in 'x':
      for v2 in 'x':
       for v3 in 'x':
        for v4 in 'x':
         for v5 in 'x':
          for v6 in 'x':
           for v7 in 'x':
            for v8 in 'x':
             for v9 in 'x':
              for v10 in 'x':
               for v11 in 'x':
                for v12 in 'x':
                 for v13 in 'x':
                  for v14 in 'x':
                   for v15 in 'x':
                    for v16 in 'x':
                     for v17 in 'x':
                      for v18 in 'x':
                       for v19 in 'x':
                        for v20 in 'x':
                         for v21 in 'x':
                          for v22 in 'x':
                           pass
