# 'import .a' is invalid syntax
import .a
