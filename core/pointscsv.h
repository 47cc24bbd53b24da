#pragma once

#include "point.h"

#include <istream>
#include <ostream>
#include <stdexcept>
#include <string>
#include <vector>

namespace curvelab {

// A malformed line of a points CSV; `line` counts from 1.
class CsvError : public std::runtime_error
{
public:
    CsvError(int line, const std::string &reason);
    int line() const { return m_line; }

private:
    int m_line;
};

// Reads points "x,y", one a line. A blank line ends a sequence; lines starting with '#' and a
// header line "x,y" are skipped. Throws CsvError naming the line for anything that is not two
// finite numbers.
std::vector<PointSequence> readPointSequences(std::istream &in);
std::vector<PointSequence> readPointSequences(const std::string &text);

// Writes the same format (a header, sequences separated by blank lines), full precision.
void writePointSequences(std::ostream &out, const std::vector<PointSequence> &sequences);

} // namespace curvelab
