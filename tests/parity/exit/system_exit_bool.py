# SystemExit(True) is exit code 1 (bool is an int).
raise SystemExit(True)
