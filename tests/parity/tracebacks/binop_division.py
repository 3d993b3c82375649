# Uncaught ZeroDivisionError from a binary operator inside nested calls: carets under the operator.
def ratio(total, count):
    share = total / count
    return share


def report(values):
    total = sum(values)
    return ratio(total, len(values) - len(values))


print("start")
print(report([1, 2, 3]))
