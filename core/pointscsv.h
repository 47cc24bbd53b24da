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

// Reads points "x,y", one a line, one line at a time, so that an input of any length (an endless
// sensor stream) costs the memory of one line. A blank line ends a sequence; lines starting with
// '#' and a header line "x,y" are skipped.
class PointsCsvReader
{
public:
    // The longest line read; a longer one is no "x,y" line (a binary file, a line with no end).
    static constexpr std::size_t kMaxLineBytes = 4096;

    explicit PointsCsvReader(std::istream &in) : m_in(in) {}

    enum class Item
    {
        Point,         // `point` holds the next point
        EndOfSequence, // a blank line after a point, or the end of the input after one
        EndOfInput
    };
    // Throws CsvError naming the line for anything that is not two finite numbers, a line longer
    // than kMaxLineBytes, or an input that cannot be read.
    Item next(Point &point);

private:
    bool readLine(std::string &line);

    std::istream &m_in;
    int m_lineNumber = 0;
    bool m_inSequence = false;
    bool m_atEnd = false;
};

// All sequences of an input, through PointsCsvReader.
std::vector<PointSequence> readPointSequences(std::istream &in);
std::vector<PointSequence> readPointSequences(const std::string &text);

// Writes the same format (a header, sequences separated by blank lines), full precision.
void writePointSequences(std::ostream &out, const std::vector<PointSequence> &sequences);

} // namespace curvelab
