# LookupError catches KeyError and IndexError; messages differ by container.
containers = [{}, [], (), "", b"", range(0), {"a": 1}.keys()]
for c in containers:
    try:
        c[0]
    except LookupError as e:
        print(type(c).__name__, type(e).__name__, e)
    except TypeError as e:
        print(type(c).__name__, "TypeError", e)
