# string: constants, Template substitution, and Formatter.
import string
print(string.ascii_letters, string.digits, string.punctuation, string.hexdigits, repr(string.whitespace))
t = string.Template("$who likes ${what}!")
print(t.substitute(who="Tim", what="kung pao"), t.safe_substitute(who="Ann"), t.get_identifiers())
print(string.capwords("hello   world  again"), string.Formatter().format("{0}-{x}", 1, x=2))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError", e)
try:
    string.Template("$").substitute()
except Exception as e:
    print(type(e).__name__, e)
