# tokens: '# type: ignore' is a plain comment for ast.parse without type_comments
import foo  # type: ignore
x = 1  # type: ignore[attr]
