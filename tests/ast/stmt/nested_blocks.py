# python.gram: block (NEWLINE INDENT statements DEDENT) nested
def f():
    if a:
        for b in c:
            while d:
                with e:
                    try:
                        pass
                    except:
                        pass
