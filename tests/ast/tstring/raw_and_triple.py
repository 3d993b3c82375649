# tokens: tr / rt / T prefixes and triple quotes
rt"\n{x}"
tr"{x}\d"
T"{x}"
Rt"{x}"
t"""
{x}
"""
