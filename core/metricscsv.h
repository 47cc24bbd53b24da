#pragma once

#include "csvdialect.h"
#include "trainingstats.h"

#include <ostream>
#include <string>
#include <vector>

namespace curvelab {

// The metrics of a run as CSV, one row per test measurement, the same from the CLI's --metrics
// and the app's File > Export metrics:
// step,sequences,elapsed_s,loss,test_accuracy,acc_1..acc_N (accuracy after 1..N points),
// in `dialect` (';' and decimal commas for a spreadsheet in a locale that writes "1,5").
std::string metricsCsvHeader(std::size_t lengths, CsvDialect dialect = CsvDialect::CommaAndPoint);
std::string metricsCsvRow(const TrainingStats &stats,
                          CsvDialect dialect = CsvDialect::CommaAndPoint);
// Writes the header (sized by the first row) and a row per measured entry of `history`.
void writeMetricsCsv(std::ostream &out, const std::vector<TrainingStats> &history,
                     CsvDialect dialect = CsvDialect::CommaAndPoint);

} // namespace curvelab
