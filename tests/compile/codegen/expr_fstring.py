x = f'a{b}c{d!r}e{f:>10}g{h!s:{i}}'
y = f'{x=}'
z = f''
