#pragma once

#include "trainingconfig.h"

#include <QJsonObject>

namespace curvelab {

// A whole training setup as readable JSON: for the settings that persist between runs (and later
// for lesson files). Every field is named; nothing is positional.
QJsonObject configToJson(const TrainingConfig &config);
// Fields missing from `json` keep their value from `base`, so that an older file still loads.
// Throws std::invalid_argument naming the field for a value of the wrong kind or an unknown name,
// and whatever validateConfig() throws for the result.
TrainingConfig configFromJson(const QJsonObject &json, const TrainingConfig &base);

} // namespace curvelab
