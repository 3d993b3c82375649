# A traceback through a function of another module: its file name and source line are shown.
import fx_helpers

print(fx_helpers.double(4))
print(fx_helpers.parse_pair("a=1"))
fx_helpers.parse_pair("no equals sign")
