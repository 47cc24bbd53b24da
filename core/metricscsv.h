#pragma once

#include "trainingstats.h"

#include <ostream>
#include <string>
#include <vector>

namespace curvelab {

// The metrics of a run as CSV, one row per test measurement, the same from the CLI's --metrics
// and the app's File > Export metrics:
// step,sequences,elapsed_s,loss,test_accuracy,acc_1..acc_N (accuracy after 1..N points).
std::string metricsCsvHeader(std::size_t lengths);
std::string metricsCsvRow(const TrainingStats &stats);
// Writes the header (sized by the first row) and a row per measured entry of `history`.
void writeMetricsCsv(std::ostream &out, const std::vector<TrainingStats> &history);

} // namespace curvelab
