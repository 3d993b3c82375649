# tokens: '{' and '}' inside replacement fields
f"{ {'a': 1}['a'] }"
f"{ {1, 2} }"
