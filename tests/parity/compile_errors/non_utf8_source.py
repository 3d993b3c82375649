# Latin-1 bytes in a file with no coding declaration.
name = "café"
print(name)
