#!/usr/bin/env bash
# One command from a fresh Debian 12 machine to a passing test suite, headless: installs what is
# missing, builds with warnings as errors, runs every Qt Test suite and the install checks
# (packaging/: the staged install's files, its desktop file and metainfo) through CTest, then runs
# each fuzz target for 10 s (scripts/fuzz.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
curvelab_install_missing
curvelab_build build-test -DCURVELAB_WERROR=ON -DCURVELAB_BUILD_BENCH=OFF
export QT_QPA_PLATFORM=offscreen
ctest --test-dir build-test --output-on-failure -j"$(nproc)"
scripts/fuzz.sh 10
