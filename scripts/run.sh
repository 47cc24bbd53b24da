#!/usr/bin/env bash
# One command from a fresh Debian 12 machine to a running CurveLab: installs what is missing,
# builds Release, starts the app.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
curvelab_install_missing
curvelab_build build -DCURVELAB_BUILD_BENCH=OFF
if [ -x build/app/curvelab ]; then
    exec build/app/curvelab "$@"
fi
# Without the desktop app (a build with CURVELAB_BUILD_GUI=OFF): the CLI's default training.
exec build/app/curvelab-cli train "$@"
