#!/usr/bin/env bash
# Builds the whole test suite under a sanitizer and runs it headless:
#   scripts/sanitize.sh address    AddressSanitizer + UndefinedBehaviorSanitizer (build-asan)
#   scripts/sanitize.sh thread     ThreadSanitizer (build-tsan)
# Extra arguments go to ctest, e.g. -R 'canvas|controller'. Suppressions, each explained, are in
# scripts/sanitizers/; they cover third-party code only (docs/reliability.md).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh

mode="${1:-}"
shift || true
supp="$PWD/scripts/sanitizers"
case "$mode" in
address)
    dir=build-asan
    sanitize="address,undefined"
    export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=1"
    export LSAN_OPTIONS="suppressions=$supp/lsan.supp:print_suppressions=0"
    export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
    ;;
thread)
    dir=build-tsan
    sanitize="thread"
    export TSAN_OPTIONS="suppressions=$supp/tsan.supp:halt_on_error=1:second_deadlock_stack=1"
    ;;
*)
    echo "usage: scripts/sanitize.sh address|thread [ctest arguments...]" >&2
    exit 2
    ;;
esac

curvelab_install_missing
# Optimised but with line numbers, so that reports point at the code and the run stays quick.
curvelab_build "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCURVELAB_WERROR=ON \
    -DCURVELAB_BUILD_BENCH=OFF -DCURVELAB_NATIVE=OFF -DCURVELAB_SANITIZE="$sanitize"
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$dir" --output-on-failure -j"$(nproc)" --timeout 1800 "$@"
