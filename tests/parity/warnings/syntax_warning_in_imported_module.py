# A SyntaxWarning from compiling an imported module names that module's file.
import fx_warns
print(fx_warns.PATTERN)
