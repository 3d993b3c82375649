# type alias without a value: invalid syntax
type A
