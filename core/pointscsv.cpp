#include "pointscsv.h"

#include "textfields.h"

#include <cmath>
#include <sstream>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>

namespace curvelab {

namespace {

// Longest excerpt of a bad line quoted in an error, so that a binary file gives a readable message.
constexpr std::size_t kMaxQuoted = 60;
// What spreadsheets put before the first line of a UTF-8 file.
constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

// The two fields of "a,b" trimmed, or false when the line does not have exactly one comma.
bool splitPair(std::string_view line, std::string_view &first, std::string_view &second)
{
    const std::size_t comma = line.find(',');
    if (comma == std::string_view::npos || line.find(',', comma + 1) != std::string_view::npos) {
        return false;
    }
    first = trimmed(line.substr(0, comma));
    second = trimmed(line.substr(comma + 1));
    return true;
}

bool isLetter(std::string_view field, char lower)
{
    return field.size() == 1 && (field[0] == lower || field[0] == lower - 'a' + 'A');
}

bool isHeader(std::string_view line)
{
    std::string_view x;
    std::string_view y;
    return splitPair(line, x, y) && isLetter(x, 'x') && isLetter(y, 'y');
}

CsvError badLine(int lineNumber, std::string_view line, const char *hint)
{
    std::string excerpt(line.substr(0, kMaxQuoted));
    if (line.size() > kMaxQuoted) {
        excerpt += "...";
    }
    return CsvError(lineNumber, "expected two numbers x,y, found \"" + excerpt + "\"" + hint);
}

Point parsePoint(int lineNumber, std::string_view line)
{
    std::string_view xField;
    std::string_view yField;
    if (!splitPair(line, xField, yField)) {
        throw badLine(lineNumber, line, "");
    }
    const auto number = [&](std::string_view field) {
        double value = 0.0;
        const std::errc ec = parseNumber(field, value);
        if (ec == std::errc::result_out_of_range) {
            throw badLine(lineNumber, line, " (numbers must be finite and in range)");
        }
        if (ec != std::errc()) {
            throw badLine(lineNumber, line, "");
        }
        return value;
    };
    return Point{number(xField), number(yField)};
}

// Shortest text that reads back as the same double, whatever the stream's locale.
void writeNumber(std::ostream &out, double value)
{
    out << formatNumber(value);
}

} // namespace

CsvError::CsvError(int line, const std::string &reason)
    : std::runtime_error("line " + std::to_string(line) + ": " + reason), m_line(line)
{
}

bool PointsCsvReader::readLine(std::string &line)
{
    line.clear();
    std::streambuf *buffer = m_in.rdbuf();
    if (!buffer || m_atEnd) {
        return false;
    }
    ++m_lineNumber;
    for (;;) {
        const int c = buffer->sbumpc();
        if (c == std::char_traits<char>::eof()) {
            m_atEnd = true;
            return !line.empty();
        }
        if (c == '\n') {
            return true;
        }
        if (line.size() >= kMaxLineBytes) {
            throw CsvError(m_lineNumber, "the line is longer than " +
                                             std::to_string(kMaxLineBytes) +
                                             " characters: not a line of points x,y");
        }
        line.push_back(static_cast<char>(c));
    }
}

PointsCsvReader::Item PointsCsvReader::next(Point &point)
{
    std::string text;
    for (;;) {
        if (!readLine(text)) {
            const bool ended = m_inSequence;
            m_inSequence = false;
            return ended ? Item::EndOfSequence : Item::EndOfInput;
        }
        std::string_view line = text;
        if (m_lineNumber == 1 && line.substr(0, kUtf8Bom.size()) == kUtf8Bom) {
            line.remove_prefix(kUtf8Bom.size());
        }
        if (!line.empty() && line.back() == '\r') {
            line.remove_suffix(1);
        }
        line = trimmed(line);
        if (line.empty()) {
            if (m_inSequence) {
                m_inSequence = false;
                return Item::EndOfSequence;
            }
            continue;
        }
        if (line.front() == '#' || (!m_inSequence && isHeader(line))) {
            continue;
        }
        point = parsePoint(m_lineNumber, line);
        m_inSequence = true;
        return Item::Point;
    }
}

std::vector<PointSequence> readPointSequences(std::istream &in)
{
    std::vector<PointSequence> sequences;
    PointsCsvReader reader(in);
    PointSequence current;
    Point point;
    for (;;) {
        switch (reader.next(point)) {
        case PointsCsvReader::Item::Point:
            current.push_back(point);
            break;
        case PointsCsvReader::Item::EndOfSequence:
            sequences.push_back(std::move(current));
            current.clear();
            break;
        case PointsCsvReader::Item::EndOfInput:
            return sequences;
        }
    }
}

std::vector<PointSequence> readPointSequences(const std::string &text)
{
    std::istringstream in(text);
    return readPointSequences(in);
}

void writePointSequences(std::ostream &out, const std::vector<PointSequence> &sequences)
{
    out << "x,y\n";
    bool first = true;
    for (const PointSequence &sequence : sequences) {
        if (sequence.empty()) {
            continue; // a blank line cannot hold an empty sequence; it would read back as none
        }
        if (!first) {
            out << '\n';
        }
        first = false;
        for (const Point &p : sequence) {
            writeNumber(out, p.x);
            out << ',';
            writeNumber(out, p.y);
            out << '\n';
        }
    }
}

} // namespace curvelab
