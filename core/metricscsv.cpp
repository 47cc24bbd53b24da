#include "metricscsv.h"

#include <algorithm>

namespace curvelab {

namespace {

// Significant digits of the measured values, as an ostream writes them by default.
constexpr int kMetricDigits = 6;

} // namespace

std::string metricsCsvHeader(std::size_t lengths, CsvDialect dialect)
{
    const char separator = csvSeparator(dialect);
    std::string header = "step,sequences,elapsed_s,loss,test_accuracy";
    std::replace(header.begin(), header.end(), ',', separator);
    for (std::size_t i = 0; i < lengths; ++i) {
        header += separator + ("acc_" + std::to_string(i + 1));
    }
    return header + "\n";
}

std::string metricsCsvRow(const TrainingStats &s, CsvDialect dialect)
{
    const char separator = csvSeparator(dialect);
    std::string row = std::to_string(s.step) + separator + std::to_string(s.sequencesSeen);
    for (double value : {s.elapsedSeconds, s.loss, s.testAccuracy}) {
        row += separator + csvNumber(value, kMetricDigits, dialect);
    }
    for (double a : s.accuracyByLength) {
        row += separator + csvNumber(a, kMetricDigits, dialect);
    }
    return row + '\n';
}

void writeMetricsCsv(std::ostream &out, const std::vector<TrainingStats> &history,
                     CsvDialect dialect)
{
    bool headerWritten = false;
    for (const TrainingStats &s : history) {
        if (!s.evaluated) {
            continue;
        }
        if (!headerWritten) {
            out << metricsCsvHeader(s.accuracyByLength.size(), dialect);
            headerWritten = true;
        }
        out << metricsCsvRow(s, dialect);
    }
}

} // namespace curvelab
