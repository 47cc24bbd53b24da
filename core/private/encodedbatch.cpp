#include "encodedbatch.h"

#include <algorithm>

namespace curvelab {

EncodedBatch encodeBatch(const std::vector<LabelledSequence> &sequences, FeatureEncoder &encoder)
{
    const long count = static_cast<long>(sequences.size());
    const long steps = count > 0 ? static_cast<long>(sequences.front().points.size()) : 0;
    const long width = encoder.featureCount();
    torch::Tensor features = torch::empty({steps, count, width}, torch::kFloat);
    torch::Tensor labels = torch::empty({count}, torch::kLong);
    float *dst = features.data_ptr<float>();
    long *label = labels.data_ptr<long>();
    std::vector<float> row;
    for (long s = 0; s < count; ++s) {
        const LabelledSequence &sequence = sequences[static_cast<std::size_t>(s)];
        encoder.reset();
        label[s] = sequence.label;
        for (long t = 0; t < steps; ++t) {
            row.clear();
            encoder.push(sequence.points[static_cast<std::size_t>(t)], row);
            std::copy(row.begin(), row.end(), dst + (t * count + s) * width);
        }
    }
    return {features, labels};
}

} // namespace curvelab
