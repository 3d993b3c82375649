# python.gram: await_primary (ast.parse accepts 'await' anywhere; the compiler rejects it)
await x
