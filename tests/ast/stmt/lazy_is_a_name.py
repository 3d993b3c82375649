# python.gram: 3.14 has no 'lazy' imports (3.15 grammar does): 'lazy' is a plain name
lazy = 1
lazy.import_ = 2
