# A single '}' in an f-string.
print(f"closing } brace")
