#!/usr/bin/env bash
# Installs what CurveLab needs from Debian's packages (only what is missing) and builds it.
# Sourced by run.sh and test.sh; usable alone: scripts/setup.sh [build-dir] [extra cmake args...]
set -euo pipefail

# Why each package: the toolchain; Qt Widgets, Charts, Svg (chart export) and Test; LibTorch;
# OpenBLAS (with Debian's reference BLAS LibTorch's LSTM trains ~7x slower); muparser for
# family formulas; Xvfb, xauth and ImageMagick for headless UI runs and screenshots; clang and its
# runtime libraries (libFuzzer, the sanitizers; only recommended by clang, so named) for the
# fuzz targets in fuzz/; help2man for the manual pages, the validators of the installed desktop
# file, metainfo and file types, and what cpack's Debian package needs (dpkg-shlibdeps, file).
# The translations: Qt's LinguistTools for CMake (qt6-tools-dev), lupdate and lrelease
# (qt6-l10n-tools), and Qt's own German catalogues for the standard dialogs.
CURVELAB_PACKAGES=(
    cmake g++ make pkg-config clang libclang-rt-14-dev
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev libgl-dev
    libtorch-dev libopenblas0-pthread libmuparser-dev
    xvfb xauth imagemagick
    help2man desktop-file-utils appstream shared-mime-info dpkg-dev file
    qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
)

curvelab_install_missing() {
    local missing=()
    for p in "${CURVELAB_PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$p")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    echo "Installing: ${missing[*]}"
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        sudo="sudo"
    fi
    $sudo apt-get update -q
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# curvelab_build BUILD_DIR [cmake args...]
curvelab_build() {
    local dir="$1"
    shift
    local root
    root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
    cmake -S "$root" -B "$dir" -DCMAKE_BUILD_TYPE=Release "$@"
    cmake --build "$dir" -j"$(nproc)"
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
    curvelab_install_missing
    curvelab_build "${1:-build}" "${@:2}"
fi
