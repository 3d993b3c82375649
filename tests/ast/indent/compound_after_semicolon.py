# python.gram: a compound statement cannot follow ';'
x = 1; if x: pass
