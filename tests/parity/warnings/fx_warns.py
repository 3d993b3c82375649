# Fixture: a module whose source triggers a SyntaxWarning.
PATTERN = "\w+"
