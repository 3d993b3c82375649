# invalid UTF-8 after a BOM
x = 'ÿ'
