# A BaseExceptionGroup holding KeyboardInterrupt and SystemExit is printed as a group.
raise BaseExceptionGroup("fatal", [KeyboardInterrupt(), SystemExit(3), ValueError("v")])
