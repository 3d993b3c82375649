# form feed then spaces: indentation error
if x:
    pass
  y
