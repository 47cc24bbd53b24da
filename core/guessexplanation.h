#pragma once

#include "modelspec.h"
#include "point.h"
#include "sequencenotes.h"

#include <vector>

namespace curvelab {

// Notes that explain a surprising guess in plain words, for the canvas: the family that fits the
// points best would need k or b far outside what a family-fit network learned ("The best-fitting
// line has k = 9.7, but this network only saw line curves with k from 0 to 1"), the network and
// least squares disagree, or the network cannot tell yet. `probabilities` is the network's
// belief after the last point; nothing to explain gives no note.
std::vector<SequenceNote> explainGuess(const PointSequence &points, const ModelSpec &spec,
                                       const std::vector<float> &probabilities);

} // namespace curvelab
