# tokens: TSTRING_MIDDLE with '{{' and '}}'
t"{{x}} {y}"
