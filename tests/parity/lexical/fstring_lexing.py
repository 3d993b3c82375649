# f-string lexing: nested quotes (PEP 701), braces, conversions, format specs, =.
x, y = 42, "hi"
print(f'{x}', f"{y!r}", f'{y!s}', f'{y!a}', f'{"é"!a}')
print(f'{{}} {x:>6} {x:<6}| {x:^7}|')
print(f"{f"{f"{x}"}"}")
print(f'{x=}', f'{x = }', f'{y=!r:>6}', f'{x=:#x}')
print(f'{"\n".join(["a", "b"])}')
width = 10
print(f'{3.14159:{width}.{2}f}|')
print(f'''{
    x
    +
    1
}''')
print(f'{x # a comment
}')
print(f'{x:{"<"}{5}}|')
print(rf'\n{x}', fr'{x}\t')
print(f'{ {1: 2}[1] }', f'{(lambda: 5)()}')
print(f"{'a' if x else 'b'}", f'{x!r:^8}|')
