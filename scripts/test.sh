#!/usr/bin/env bash
# The whole test suite: unit, stress and corpus tests (release mode), then the loom models of
# the GIL protocol, then the checks that the models fail when the protocol is broken.
# Needs only the Rust toolchain; CPython is never needed to check.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== unit, stress and corpus tests (release)"
cargo test --workspace --release

echo "== loom models of the GIL protocol"
export LOOM_MAX_PREEMPTIONS="${LOOM_MAX_PREEMPTIONS:-3}"
# A separate target dir: --cfg loom rebuilds everything, and must not evict the normal build.
RUSTFLAGS="--cfg loom" CARGO_TARGET_DIR=target/loom cargo test -p loom-tests --release

echo "== the models fail on a deliberately broken protocol"
for broken in broken-drop-no-notify broken-no-switch-wait broken-no-recompute; do
  RUSTFLAGS="--cfg loom" CARGO_TARGET_DIR=target/loom \
    cargo test -p loom-tests --release --features "$broken" --test broken
done
