"""Record, for every codec name CPython 3.14 knows (encodings.aliases keys and
values, and the modules of the encodings package), how `ast.parse` treats a
cookie naming it: "unknown" (unknown encoding), "nottext" (not a text
encoding) or "text" (the codec was found: the body decoded, or the codec's
own error). Writes interp/syntax/tests/data/tokenizer/codec_names.txt
("NAME KIND" lines) and interp/codecs/src/aliases.rs (the alias table the
codec registry resolves names with).

Run: python3.14 gen/gen_codec_names.py (gen/regen.sh runs it).
"""
import ast, os, encodings, encodings.aliases as A

from genlib import header, require_314, write

require_314()
names = set(A.aliases) | set(A.aliases.values())
d = os.path.dirname(encodings.__file__)
names |= {f[:-3] for f in os.listdir(d) if f.endswith('.py') and f not in ('__init__.py', 'aliases.py')}
def kind(n):
    try:
        ast.parse(b'# coding: %s\npass\n' % n.encode())
        return 'text'
    except SyntaxError as e:
        if e.msg.startswith('unknown encoding:'):
            return 'unknown'
        if 'is not a text encoding' in e.msg:
            return 'nottext'
        return 'text'
out = header('gen_codec_names.py', '#') + ''.join('%s %s\n' % (n, kind(n)) for n in sorted(names))
write('interp/syntax/tests/data/tokenizer/codec_names.txt', out)
print(len(names))

# The alias table the registry resolves names with: encodings.aliases, sorted.
rows = ''.join('    ("%s", "%s"),\n' % kv for kv in sorted(A.aliases.items()))
write('interp/codecs/src/aliases.rs',
    header('gen_codec_names.py') +
    '//! `encodings.aliases.aliases` of CPython 3.14 (alias, codec module),\n'
    '//! sorted.\n\n'
    'pub static CODEC_ALIASES: &[(&str, &str)] = &[\n' + rows + '];\n')
