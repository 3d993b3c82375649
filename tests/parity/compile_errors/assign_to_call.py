# Assigning to a function call.
def get():
    return [1]


get() = [2]
