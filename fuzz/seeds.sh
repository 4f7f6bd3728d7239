#!/usr/bin/env bash
# Regenerates the seed-* inputs of every target from the golden vectors and codec-written
# protocol streams (see SeedGenerator). Regression inputs from findings are left alone.
set -euo pipefail
source "$(dirname "$0")/common.sh"
fuzz_build
(cd "$FUZZ_DIR" && java -cp "$FUZZ_CP" io.github.qdatastream.fuzz.SeedGenerator "$ROOT_DIR")
