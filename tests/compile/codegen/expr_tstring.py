x = t'a{b}c{d!r:>3}'
y = t'{x}{y}'
