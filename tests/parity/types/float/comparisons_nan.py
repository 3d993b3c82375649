# NaN compares unequal to everything; containers use identity first.
nan = float("nan")
print(nan == nan, nan != nan, nan < 1, nan > 1, nan is nan)
print([nan] == [nan], nan in [nan], [float("nan")] == [float("nan")])
print({nan: 1}.get(nan), len({nan, nan}), len({float("nan"), float("nan")}))
print(max(nan, 1), max(1, nan), min([nan, 0, 1]), sorted([3, nan, 1])[1:] if False else sorted([3.0, 1.0]))
print(float("inf") == float("inf"), -0.0 == 0.0, 1e309 == float("inf"))
