# tokens: '{{' inside a format spec
f"{x:{{}}>10}"
