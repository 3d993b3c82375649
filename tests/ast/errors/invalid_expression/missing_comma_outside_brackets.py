# missing comma only reported inside brackets: plain invalid syntax
a b
