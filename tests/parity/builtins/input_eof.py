# input() with stdin at end of file raises EOFError; the prompt is still written.
try:
    value = input("prompt> ")
except EOFError as e:
    print()
    print("EOFError:", repr(e), e.args)
input()
