# The 4300-digit limit on int/str conversion and sys.set_int_max_str_digits.
import sys
print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits)
big = 10 ** 5000
try:
    str(big)
except ValueError as e:
    print(e)
print(len(hex(big)), hex(big)[:10])
sys.set_int_max_str_digits(6000)
print(len(str(big)))
sys.set_int_max_str_digits(0)
print(len(str(10 ** 10000)))
sys.set_int_max_str_digits(4300)
try:
    int("1" * 4301)
except ValueError as e:
    print(e)
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(e)
