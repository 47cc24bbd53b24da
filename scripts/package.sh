#!/usr/bin/env bash
# Builds the Debian package build-deb/curvelab_<version>_<arch>.deb: installs what is missing,
# builds the programs and their manual pages for any x86-64 processor (CURVELAB_NATIVE=OFF; the
# default build is tuned for this one) and runs cpack. docs/packaging.md says what is in it.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
curvelab_install_missing
dir=build-deb
# Only what is installed is built: cpack would otherwise build every test suite first.
cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=Release -DCURVELAB_NATIVE=OFF -DCURVELAB_BUILD_BENCH=OFF \
    -DCMAKE_SKIP_INSTALL_ALL_DEPENDENCY=ON
cmake --build "$dir" -j"$(nproc)" --target curvelab curvelab-cli curvelab_man_pages
(cd "$dir" && cpack -G DEB)
ls -l "$dir"/*.deb
