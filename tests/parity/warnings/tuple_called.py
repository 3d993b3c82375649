# Calling a tuple literal: "perhaps you missed a comma?".
def pairs():
    return [
        (1, 2)
        (3, 4)
    ]


try:
    pairs()
except TypeError as e:
    print("TypeError:", e)
