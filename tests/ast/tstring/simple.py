# python.gram: tstring, tstring_middle, tstring_replacement_field
t"hello {name}!"
t""
t"plain"
t'{a}{b}'
