# Exception group members with notes, a cause and their own tracebacks.
def task(n):
    if n % 2:
        raise ValueError(f"task {n} failed")
    try:
        {}[n]
    except KeyError as e:
        raise RuntimeError(f"task {n} broke") from e


errors = []
for n in range(3):
    try:
        task(n)
    except Exception as e:
        e.add_note(f"while running task {n}")
        errors.append(e)
g = ExceptionGroup("tasks failed", errors)
g.add_note("group note")
raise g
