# python.gram: invalid_star_etc ('*' ',' TYPE_COMMENT: only with type_comments=True; plain parse)
def f(*, # type: int
      a): pass
