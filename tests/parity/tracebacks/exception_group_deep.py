# Exception groups nested deeper than max_group_depth (10) are cut with a marker.
eg = ExceptionGroup("level 0", [ValueError("leaf")])
for i in range(1, 13):
    eg = ExceptionGroup(f"level {i}", [eg])
raise eg
