# Records, for every codec name CPython 3.14 knows (encodings.aliases keys and
# values, and the modules of the encodings package), how `ast.parse` treats a
# cookie naming it: "unknown" (unknown encoding), "nottext" (not a text
# encoding) or "text" (the codec was found: the body decoded, or the codec's
# own error). Run with python3.14; writes
# interp/syntax/tests/tokenizer_data/codecs/names.txt ("NAME KIND" lines), and
# src/tokenizer/codec_names.rs (the alias table).
import ast, os, encodings, encodings.aliases as A
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
out = ''.join('%s %s\n' % (n, kind(n)) for n in sorted(names))
open(os.path.join(os.path.dirname(__file__), '../../../tests/tokenizer_data/codecs/names.txt'), 'w').write(out)
print(len(names))

# The alias table decode.rs resolves names with: encodings.aliases, sorted.
rows = ''.join('    ("%s", "%s"),\n' % kv for kv in sorted(A.aliases.items()))
open(os.path.join(os.path.dirname(__file__), '../codec_names.rs'), 'w').write(
    '//! `encodings.aliases.aliases` of CPython 3.14 (alias, codec module),\n'
    '//! sorted; recorded by src/tokenizer/gen/gennames.py.\n\n'
    'pub static CODEC_ALIASES: &[(&str, &str)] = &[\n' + rows + '];\n')
