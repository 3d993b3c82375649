# A dict display entry missing its colon.
d = {"a" 1}
