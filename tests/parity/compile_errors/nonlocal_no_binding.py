# nonlocal for a name no enclosing function binds.
def outer():
    def inner():
        nonlocal missing
        missing = 1
    inner()
