# python.gram: class_def_raw ('(' [arguments] ')'): bases, keywords, starred and double-starred
class A(B, C, metaclass=M, **kw): pass
class D(*bases): pass
class E(): pass
class G(metaclass=M): pass
