# Fixture: a module inside a namespace package (the folder has no __init__.py).
name = "namespace part"
