# cannot assign to await expression
await x = 1
