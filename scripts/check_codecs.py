# Parity checker input: run with python3.14 as
#   scripts/check_codecs.py OUT CODEC... [--random N] [--exhaustive]
# then OXPY_CODEC_CASES=OUT cargo test -p syntax --release --test
# front_end -- --ignored codec_parity_from_file
# Writes sources "# coding: CODEC\ns = '<seq>'\n" for byte sequences of the
# codec (--fuzz N ALPHABET: random strings of the bytes in ALPHABET, given
# with Python escapes; exhaustive 1-3 byte sequences for the stateless multibyte codecs,
# encodings of random text and mutations of them otherwise) with what
# CPython's ast.parse makes of each.
import ast, random, sys, warnings
warnings.simplefilter("ignore")

def expect(src):
    try:
        return ast.dump(ast.parse(src))
    except SyntaxError as e:
        return 'ERR %s|%s|%s' % (e.msg, e.lineno, e.offset)

POOLS = {
    'ascii': [chr(c) for c in range(0x20, 0x7f)] + ['\n', '\t'],
}

def sample_chars(codec, rng, n):
    """Characters the codec can encode, found by trying random ones."""
    out = []
    while len(out) < n:
        r = rng.random()
        if r < 0.3:
            c = chr(rng.randrange(0x20, 0x7f))
        elif r < 0.8:
            c = chr(rng.randrange(0x80, 0x10000))
        else:
            c = chr(rng.randrange(0x10000, 0x110000))
        try:
            c.encode(codec)
        except (UnicodeError, ValueError):
            continue
        out.append(c)
    return out

def main():
    out_path = sys.argv[1]
    args = sys.argv[2:]
    nrand = 0
    nfuzz = 0
    alphabet = b''
    exhaustive = False
    codecs_ = []
    i = 0
    while i < len(args):
        if args[i] == '--random':
            nrand = int(args[i + 1]); i += 2; continue
        if args[i] == '--fuzz':
            nfuzz = int(args[i + 1]); alphabet = args[i + 2].encode('latin-1').decode('unicode_escape').encode('latin-1'); i += 3; continue
        if args[i] == '--exhaustive':
            exhaustive = True; i += 1; continue
        codecs_.append(args[i]); i += 1
    rng = random.Random(1)
    lines = []
    for codec in codecs_:
        head = b'# coding: ' + codec.encode() + b'\n'
        def add(body):
            src = head + body
            if b'\0' in src:
                return
            lines.append(src.hex() + '\t' + expect(src))
        if exhaustive:
            for a in range(0x80, 0x100):
                add(b"s = '" + bytes([a]) + b"'\n")
                add(b"s = 1 #" + bytes([a]))
                for b in range(0x100):
                    add(b"s = '" + bytes([a, b]) + b"'\n")
            for a in (0x8e, 0x8f):
                for b in range(0x80, 0x100):
                    for c in range(0x100):
                        add(b"s = '" + bytes([a, b, c]) + b"'\n")
        for _ in range(nfuzz):
            # Random bytes from ALPHABET inside a string literal and in a
            # comment (codec-specific escapes, shifts and specials).
            junk = bytes(rng.choice(alphabet) for _ in range(rng.randrange(1, 14)))
            if rng.random() < 0.5:
                add(b"s = '" + junk + b"'\n")
            else:
                add(b"s = 1 # " + junk)
        for _ in range(nrand):
            text = ''.join(sample_chars(codec, rng, rng.randrange(1, 12)))
            text = text.replace('\\', '').replace("'", '').replace('\n', ' ').replace('\r', ' ')
            try:
                body = ("s = '%s'\n" % text).encode(codec)
            except (UnicodeError, ValueError):
                continue
            if codec in ('utf_7', 'idna', 'punycode', 'unicode_escape'):
                # Those decode the whole body: re-encode with the cookie.
                try:
                    full = ('# coding: %s\n' % codec + "s = '%s'\n" % text).encode(codec)
                except (UnicodeError, ValueError):
                    continue
                lines.append(full.hex() + '\t' + expect(full))
                if len(full) > 1:
                    m = bytearray(full)
                    for _ in range(rng.randrange(1, 3)):
                        m[rng.randrange(len(m))] = rng.randrange(256)
                    m = bytes(m)
                    if b'\0' not in m:
                        lines.append(m.hex() + '\t' + expect(m))
                continue
            add(body)
            # A mutation: a byte replaced, or the tail cut.
            m = bytearray(body)
            k = rng.randrange(3)
            if k == 0 and len(m) > 1:
                m[rng.randrange(len(m))] = rng.randrange(256)
            elif k == 1:
                m = m[:rng.randrange(1, len(m) + 1)]
            else:
                m.insert(rng.randrange(len(m) + 1), rng.choice([0x1b, 0x0e, 0x0f, 0x7e, 0x2b, 0x2d, 0x5c, 0x80, 0xff]))
            add(bytes(m))
    with open(out_path, 'w') as f:
        f.write('\n'.join(lines) + '\n')
    print(len(lines), 'cases')

main()
