# Concatenating bytes and str literals.
message = "text" b"bytes"
