#pragma once

#include "presets.h"

namespace curvelab::test {

// The seed setup (the question's curves, exact points) shrunk so that a suite trains in seconds on
// a shared 2-core machine. No step budget and a long time budget: a run trains until the test
// stops it, never by itself in the middle of a check; tests that want a budget set one.
inline TrainingConfig smallConfig()
{
    TrainingConfig c = presetByName("seed").config;
    c.generator.noise = 0.0;
    c.generator.noiseSpread = NoiseSpread::Fixed;
    c.model.options.hiddenSize = 12;
    c.batchSize = 16;
    c.generator.length = 6;
    c.testLength = 6;
    c.testSequences = 100;
    c.evalInterval = 20;
    c.maxSteps = 0;
    c.maxSeconds = 600;
    return c;
}

} // namespace curvelab::test
