#pragma once

#include "csvdialect.h"
#include "message.h"
#include "point.h"

#include <istream>
#include <ostream>
#include <stdexcept>
#include <string>
#include <vector>

namespace curvelab {

// A malformed line of a points CSV; `line` counts from 1. The message is "line 3: " followed by
// the reason, a phrase of its own.
class CsvError : public std::runtime_error, public WordedError
{
public:
    CsvError(int line, Message reason);
    int line() const { return m_line; }

private:
    CsvError(Message message, int line);

    int m_line;
};

// Reads points "x,y", one a line, one line at a time, so that an input of any length (an endless
// sensor stream) costs the memory of one line. A blank line ends a sequence; lines starting with
// '#' are skipped, and so is a header before a sequence: "x,y", or two fields of words when a
// point follows them.
//
// Points come as spreadsheets write and copy them, and the reader tells the dialect from the
// lines themselves: ',' ';' or a tab between the numbers, a decimal point or a decimal comma
// ("1,5;2,25", "1,5<tab>2,25"), each number bare or in double quotes ("1,5","2,25"). A decimal
// comma stands between digits. The first line that decides the separator or the decimal mark
// (a header decides the separator) fixes it for the rest of the input; a line in another dialect
// is refused and the message names the line that fixed it. No line reads as two different pairs
// of numbers, so only the undecidable is refused: "1,5,2" (is the pair 1.5 and 2, or 1 and 5.2?).
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
    // Throws CsvError naming the line for anything that is not two finite numbers in the input's
    // dialect, a header of words that no point follows, a line longer than kMaxLineBytes, or an
    // input that cannot be read.
    Item next(Point &point);

private:
    bool readLine(std::string &line);
    void narrowDialects(unsigned dialects);
    [[noreturn]] void refusePendingHeader() const;

    std::istream &m_in;
    int m_lineNumber = 0;
    bool m_inSequence = false;
    bool m_atEnd = false;
    // The dialects (a bit each) that every line so far reads in, and the line that last narrowed
    // them.
    unsigned m_dialects = ~0u;
    int m_dialectLine = 0;
    // A header of words waiting for its first point (line 0: none).
    std::string m_pendingHeader;
    int m_pendingHeaderLine = 0;
};

// All sequences of an input, through PointsCsvReader.
std::vector<PointSequence> readPointSequences(std::istream &in);
std::vector<PointSequence> readPointSequences(const std::string &text);

// Writes the same format (a header, sequences separated by blank lines), full precision, in
// `dialect`; the reader reads it back to the same numbers bit for bit.
void writePointSequences(std::ostream &out, const std::vector<PointSequence> &sequences,
                         CsvDialect dialect = CsvDialect::CommaAndPoint);

} // namespace curvelab
