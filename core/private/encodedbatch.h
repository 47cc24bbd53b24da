#pragma once

#include "curvegenerator.h"
#include "featureencoder.h"

#include <torch/torch.h>
#include <vector>

namespace curvelab {

// Sequences as the network reads them: features [T, B, F] time-major, labels [B].
struct EncodedBatch
{
    torch::Tensor features;
    torch::Tensor labels;
};

// All sequences must have the same length.
EncodedBatch encodeBatch(const std::vector<LabelledSequence> &sequences, FeatureEncoder &encoder);

} // namespace curvelab
