# A SyntaxError in an imported module is shown with its file, line and caret.
print("before the import")
import fx_bad_syntax
