# invalid UTF-8 inside an identifier
abécd = 1
