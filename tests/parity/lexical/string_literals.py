# String literal forms: quotes, prefixes, escapes, implicit concatenation.
print('single', "double", '''triple
single''', """triple
double""")
print(r'raw\n', R"raw\t", rb'\x00'.hex(), Rb"\\")
print('tab\there', 'nl\\n', 'q\'q', "q\"q")
print('\x41\101\u0042\U00000043\N{LATIN SMALL LETTER A}')
print('\a\b\f\v\0'.encode())
print('implicit' ' ' "concat" '''enation''')
print(len('\
'), 'line\
continued')
print(b'bytes' b' concat', br'\d')
print(u'unicode prefix', U'upper')
print(repr('\x7f\x80\xff\u200b\U0001F600'))
print(len('\777'), ord('\777'))
