def loop(n):
    total = 0
    for i in range(n):
        for j in range(i):
            total += i * j
    return total

def while_loop(n):
    i = 0
    while i < n:
        i += 1
        if i == 5:
            break
    else:
        return -1
    return i

def nested_break(xs):
    for x in xs:
        while x:
            x -= 1
            if x == 3:
                break
        else:
            continue
        break

def infinite():
    while True:
        try:
            step()
        except StopIteration:
            break

def loop_with_return(xs):
    for x in xs:
        if x:
            return x
    return None

def many_jumps(x):
    if x:
        if x > 1:
            if x > 2:
                return 3
            return 2
        return 1
    return 0
