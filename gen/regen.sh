#!/usr/bin/env bash
# Runs every generator of gen/ (the files they write are listed in
# gen/GENERATED), then fails if that changed any of those files: what is
# committed is what the generators make. Needs CPython 3.14, taken from
# $PYTHON (default /opt/cpython-3.14/bin/python3.14), and rustfmt.
#
#   gen/regen.sh
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-/opt/cpython-3.14/bin/python3.14}"
"$PYTHON" -c 'import sys; assert sys.version_info[:2] == (3, 14), sys.version'

run() {
  echo "== gen/$1 ${*:2}"
  "$PYTHON" "gen/$1" "${@:2}" > /dev/null
}

run gen_ast.py
run gen_opcode.py
run gen_exceptions.py
run gen_unicode_tables.py
run gen_unicode_names.py
run gen_charmap_tables.py
run gen_charmap_full_tables.py
run gen_cjk_dbcs.py
run gen_cjk_euc_jp.py
run gen_cjk_extra.py
run gen_idna_tables.py
run gen_codec_names.py
run record_tokens.py
run record_literals.py
run record_parser.py
run record_repr.py
run record_depths.py
run gen_format_tables.py
run record_format.py
# The corpus: its byte-level inputs, then every .out, then the coverage
# page (which reads the .out files).
run gen_ast_corpus.py
run record_ast.py --python "$PYTHON"
run corpus_coverage.py

# Every output, as git pathspecs ("**" entries are globs).
mapfile -t outputs < <(awk '!/^#/ && NF { print ($1 ~ /\*/ ? ":(glob)" $1 : $1) }' gen/GENERATED)
untracked=$(git ls-files --others --exclude-standard -- "${outputs[@]}")
if [ -n "$untracked" ]; then
  echo "regen.sh: new files the generators wrote:" >&2
  echo "$untracked" >&2
  exit 1
fi
git diff --exit-code --stat -- "${outputs[@]}"
echo "regen.sh: the generators reproduce every generated file"
