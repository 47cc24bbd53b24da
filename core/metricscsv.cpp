#include "metricscsv.h"

#include <sstream>

namespace curvelab {

std::string metricsCsvHeader(std::size_t lengths)
{
    std::string header = "step,sequences,elapsed_s,loss,test_accuracy";
    for (std::size_t i = 0; i < lengths; ++i) {
        header += ",acc_" + std::to_string(i + 1);
    }
    return header + "\n";
}

std::string metricsCsvRow(const TrainingStats &s)
{
    std::ostringstream row;
    row << s.step << ',' << s.sequencesSeen << ',' << s.elapsedSeconds << ',' << s.loss << ','
        << s.testAccuracy;
    for (double a : s.accuracyByLength) {
        row << ',' << a;
    }
    row << '\n';
    return row.str();
}

void writeMetricsCsv(std::ostream &out, const std::vector<TrainingStats> &history)
{
    bool headerWritten = false;
    for (const TrainingStats &s : history) {
        if (!s.evaluated) {
            continue;
        }
        if (!headerWritten) {
            out << metricsCsvHeader(s.accuracyByLength.size());
            headerWritten = true;
        }
        out << metricsCsvRow(s);
    }
}

} // namespace curvelab
