# Any uncaught exception other than SystemExit gives exit code 1.
print("stdout before the error")
raise ArithmeticError("base class raised directly")
