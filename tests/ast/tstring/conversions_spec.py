# python.gram: tstring_full_format_spec, tstring_format_spec, tstring_format_spec_replacement_field
t"{x!r}"
t"{x:>10}"
t"{x!s:{w}.{p}}"
t"{x:{y:{z}}}"
