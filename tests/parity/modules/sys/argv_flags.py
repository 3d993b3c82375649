# sys.argv for `python NAME.py`, sys.flags basics, and implementation-independent constants.
import sys
print(sys.argv, len(sys.argv), sys.orig_argv[-1])
print(sys.maxsize == 2**63 - 1, sys.byteorder, sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 14))
print(type(sys.version_info).__name__, sys.hexversion >> 24, sys.api_version > 0, sys.float_info.max == 1.7976931348623157e308)
print(sys.float_info.dig, sys.float_info.mant_dig, sys.float_info.epsilon, sys.int_info.bits_per_digit in (15, 30))
print(sys.maxunicode, sys.flags.optimize, sys.flags.dont_write_bytecode, sys.flags.hash_randomization, sys.flags.isolated)
print(sys.float_repr_style, sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.stdout.encoding, sys.stdin.encoding)
print(sys.hash_info.width, sys.hash_info.modulus == 2**61 - 1, sys.hash_info.inf, sys.hash_info.nan)
print(sys.dont_write_bytecode, sys.prefix == sys.base_prefix, type(sys.path).__name__, sys.platform)
