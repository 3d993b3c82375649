# A string literal that is not closed before the end of the line.
def message():
    return "this string never ends
print(message())
