# nonlocal inside a class body with no enclosing function binding.
class C:
    nonlocal attr
