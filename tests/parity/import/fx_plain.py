# Fixture: a plain module (not a package).
attribute = 1
timeout = 30
