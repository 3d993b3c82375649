# textwrap, shlex and difflib: wrapping, dedent, shell splitting, and a unified diff.
import textwrap
import shlex
import difflib
text = "The quick brown fox jumps over the lazy dog " * 2
print(textwrap.wrap(text, 20))
print(textwrap.fill("a b c d e f", width=5))
print(repr(textwrap.dedent("    x\n      y\n")), textwrap.shorten(text, 25), repr(textwrap.indent("a\nb", "> ")))
print(shlex.split("cmd -o 'quoted arg' \"dq\" esc\\ aped"), shlex.quote("it's"), shlex.join(["a b", "c"]))
print("".join(difflib.unified_diff(["a\n", "b\n"], ["a\n", "c\n"], "old", "new")))
print(difflib.get_close_matches("appel", ["ape", "apple", "peach"]))
try:
    shlex.split("unterminated 'quote")
except Exception as e:
    print(type(e).__name__, e)
