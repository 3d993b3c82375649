def f():
    while True:
        try:
            with a:
                for x in y:
                    if x:
                        continue
                    break
        except E:
            return
        finally:
            pass
