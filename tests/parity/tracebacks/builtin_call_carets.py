# Errors raised inside builtin calls: the C frame is not shown, the call is underlined.
values = ["1", "2", "x"]
numbers = []
for v in values:
    numbers.append(int(v))
