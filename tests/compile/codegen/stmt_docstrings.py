'''module doc'''
def f():
    '''  func doc
      indented
    '''
class C:
    '''class doc'''
