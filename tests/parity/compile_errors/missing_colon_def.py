# A def without its colon: "expected ':'".
def greet(name)
    return "hello " + name


print(greet("world"))
