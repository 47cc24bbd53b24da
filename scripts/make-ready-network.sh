#!/usr/bin/env bash
# Trains the network CurveLab ships (resources/ready-network.clm): the recommended preset, seed 1,
# one thread. The same command gives the same network bit for bit on one machine, and one of the
# same accuracy on another (docs/drawnworld.md has the figures). Rebuild afterwards: the file is
# compiled into curvelab and curvelab-cli.
# Usage: scripts/make-ready-network.sh [BUILD_DIR]   (default: build)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
"$build/app/curvelab-cli" train --preset recommended --seed 1 --threads 1 \
    --save resources/ready-network.clm
