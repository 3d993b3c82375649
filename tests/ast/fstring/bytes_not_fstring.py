# tokens: f-prefix not combinable with b
bf = 1
fb = 2
