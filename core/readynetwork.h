#pragma once

#include "modelspec.h"

namespace curvelab {

// The network CurveLab ships, so that a person can draw before training anything and
// `curvelab-cli classify` works without --model: the recommended preset (the drawn world,
// unit-free input), trained by scripts/make-ready-network.sh into resources/ready-network.clm
// and compiled into the program. docs/drawnworld.md gives its measured accuracy.
//
// Throws ModelFileError if the compiled-in bytes do not load (a build from a stale file).
const ModelSnapshot &readyNetwork();

// What the ready network is, in a phrase for people ("trained on curves drawn at any scale").
const char *readyNetworkDescription();

} // namespace curvelab
