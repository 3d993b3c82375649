# SystemExit with two arguments: code is the args tuple, printed as such, exit code 1.
e = SystemExit(2, "extra")
print(e.code, e.args)
raise e
