# pegen_errors.c E_DEDENT: dedent to a level between two outer levels
class A:
    def f(self):
        if x:
            pass
      return 1
