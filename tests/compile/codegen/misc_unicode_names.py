café = 1
print(café)
def ñ(α):
    return α
