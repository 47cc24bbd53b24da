#pragma once

#include "trainingconfig.h"

#include <QJsonArray>
#include <QJsonObject>
#include <vector>

namespace curvelab {

// A whole training setup as readable JSON: for the settings that persist between runs (and later
// for lesson files). Every field is named; nothing is positional.
QJsonObject configToJson(const TrainingConfig &config);
// Fields missing from `json` keep their value from `base`, so that an older file still loads.
// Throws std::invalid_argument naming the field for a value of the wrong kind or an unknown name,
// and whatever validateConfig() throws for the result.
TrainingConfig configFromJson(const QJsonObject &json, const TrainingConfig &base);

// Families as a list of {"name", "shape", "x": [lo, hi], "k": [...], "b": [...]}. The reader
// checks the kinds only (throws std::invalid_argument naming the field); validateFamily() judges
// the formulas and ranges.
QJsonArray familiesToJson(const std::vector<FunctionFamily> &families);
std::vector<FunctionFamily> familiesFromJson(const QJsonValue &json);

} // namespace curvelab
