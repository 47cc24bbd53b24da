#include "pointscsv.h"

#include "textfields.h"

#include <algorithm>
#include <array>
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

struct Dialect
{
    char separator;
    char decimalMark;
};
// Every dialect the reader knows; a set of them is a bit mask of indices into this table.
constexpr std::array<Dialect, 6> kDialects{
    {{',', '.'}, {',', ','}, {';', ','}, {';', '.'}, {'\t', '.'}, {'\t', ','}}};
// The dialects of kDialects with a comma between the fields.
constexpr unsigned kCommaSeparated = 0b11;
constexpr std::array<char, 3> kSeparators{',', ';', '\t'};

bool contains(unsigned dialects, std::size_t index)
{
    return (dialects >> index & 1u) != 0;
}

// A field trimmed and, when it is in double quotes, without them.
std::string_view unquoted(std::string_view field)
{
    field = trimmed(field);
    if (field.size() >= 2 && field.front() == '"' && field.back() == '"') {
        field = trimmed(field.substr(1, field.size() - 2));
    }
    return field;
}

// The two fields of `line` between `separator`s outside double quotes, or false when there are
// not exactly two or a quote is left open.
bool splitPair(std::string_view line, char separator, std::string_view &first,
               std::string_view &second)
{
    bool quoted = false;
    std::size_t split = std::string_view::npos;
    for (std::size_t i = 0; i < line.size(); ++i) {
        if (line[i] == '"') {
            quoted = !quoted;
        } else if (line[i] == separator && !quoted) {
            if (split != std::string_view::npos) {
                return false;
            }
            split = i;
        }
    }
    if (quoted || split == std::string_view::npos) {
        return false;
    }
    first = unquoted(line.substr(0, split));
    second = unquoted(line.substr(split + 1));
    return true;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// One number with `decimalMark`. A decimal comma stands between digits, so that "1,\t5" and
// "1\t,5" read as the same pair with a tab between or a comma.
std::errc parseField(std::string_view field, char decimalMark, double &value)
{
    if (decimalMark == '.') {
        return parseNumber(field, value);
    }
    const std::size_t comma = field.find(',');
    if (field.find('.') != std::string_view::npos ||
        (comma != std::string_view::npos &&
         (comma == 0 || comma + 1 == field.size() || !isDigit(field[comma - 1]) ||
          !isDigit(field[comma + 1])))) {
        return std::errc::invalid_argument;
    }
    std::string pointed(field);
    if (comma != std::string_view::npos) {
        pointed[comma] = '.';
    }
    return parseNumber(pointed, value);
}

// "1,500", "-12,345,678": digits in groups of three after a comma, as an English spreadsheet
// writes thousands. Read with a decimal comma it is 1.5; its writer may have meant 1500.
bool looksGrouped(std::string_view field)
{
    if (!field.empty() && (field[0] == '+' || field[0] == '-')) {
        field.remove_prefix(1);
    }
    const std::size_t comma = field.find(',');
    if (comma == std::string_view::npos || comma == 0 || comma > 3 || field[0] == '0') {
        return false;
    }
    for (std::size_t i = 0; i < field.size(); ++i) {
        const bool groupStart = i >= comma && (i - comma) % 4 == 0;
        if (groupStart ? field[i] != ',' : !isDigit(field[i])) {
            return false;
        }
    }
    return (field.size() - comma) % 4 == 0;
}

// A header's field: words, not something that starts like a number.
bool isWords(std::string_view field)
{
    return !field.empty() && !isDigit(field[0]) &&
           std::string_view("+-.,").find(field[0]) == std::string_view::npos;
}

bool isLetter(std::string_view field, char lower)
{
    return field.size() == 1 && (field[0] == lower || field[0] == lower - 'a' + 'A');
}

// What one line is in each dialect.
struct LineReading
{
    unsigned points = 0;  // dialects that read two numbers
    unsigned headers = 0; // dialects that read two fields of words
    unsigned pairs = 0;   // dialects that find two fields at all
    // Dialects that read the line only through a decimal comma that may group thousands (tab or
    // comma between the fields: a ';' file comes from a decimal-comma locale).
    unsigned grouped = 0;
    bool named = false; // the header is "x,y" in some dialect
    bool outOfRange = false;
    Point point;
};

LineReading interpret(std::string_view line)
{
    LineReading reading;
    for (char separator : kSeparators) {
        std::string_view first;
        std::string_view second;
        if (!splitPair(line, separator, first, second)) {
            continue;
        }
        for (std::size_t i = 0; i < kDialects.size(); ++i) {
            if (kDialects[i].separator != separator) {
                continue;
            }
            reading.pairs |= 1u << i;
            Point p;
            const std::errc xError = parseField(first, kDialects[i].decimalMark, p.x);
            const std::errc yError = parseField(second, kDialects[i].decimalMark, p.y);
            if (xError == std::errc() && yError == std::errc()) {
                // Two dialects that both read a line read the same numbers (see the class
                // comment), so the first one's are the point.
                if (reading.points == 0) {
                    reading.point = p;
                }
                reading.points |= 1u << i;
                if (kDialects[i].decimalMark == ',' && separator != ';' &&
                    (looksGrouped(first) || looksGrouped(second))) {
                    reading.grouped |= 1u << i;
                }
            } else if (isWords(first) && isWords(second)) {
                reading.headers |= 1u << i;
                reading.named = reading.named || (isLetter(first, 'x') && isLetter(second, 'y'));
            }
            reading.outOfRange = reading.outOfRange || xError == std::errc::result_out_of_range ||
                                 yError == std::errc::result_out_of_range;
        }
    }
    return reading;
}

// The separator or decimal mark (`mark`) that all of `dialects` share, or 0.
char shared(unsigned dialects, char Dialect::*mark)
{
    char common = 0;
    for (std::size_t i = 0; i < kDialects.size(); ++i) {
        if (contains(dialects, i)) {
            if (common != 0 && common != kDialects[i].*mark) {
                return 0;
            }
            common = kDialects[i].*mark;
        }
    }
    return common;
}

// "two numbers x,y", "two numbers x;y with a decimal comma", ...: what a line of `dialects` holds.
Message expectedLine(unsigned dialects)
{
    const char decimalMark = shared(dialects, &Dialect::decimalMark);
    switch (shared(dialects, &Dialect::separator)) {
    case ';':
        return decimalMark == ','
                   ? Message(CURVELAB_WORDING("curvelab::pointscsv",
                                              "two numbers x;y with a decimal comma"))
               : decimalMark == '.'
                   ? Message(CURVELAB_WORDING("curvelab::pointscsv",
                                              "two numbers x;y with a decimal point"))
                   : Message(CURVELAB_WORDING("curvelab::pointscsv", "two numbers x;y"));
    case '\t':
        return decimalMark == ','   ? Message(CURVELAB_WORDING(
                                          "curvelab::pointscsv",
                                          "two numbers separated by a tab with a decimal comma"))
               : decimalMark == '.' ? Message(CURVELAB_WORDING(
                                          "curvelab::pointscsv",
                                          "two numbers separated by a tab with a decimal point"))
                                    : Message(CURVELAB_WORDING("curvelab::pointscsv",
                                                               "two numbers separated by a tab"));
    default:
        return Message(CURVELAB_WORDING("curvelab::pointscsv", "two numbers x,y"));
    }
}

// `wording` says what was expected (%1) and what was found (%2), and after them `more`.
CsvError badLine(int lineNumber, std::string_view line, unsigned dialects, Wording wording,
                 std::vector<MessageArgument> more = {})
{
    std::string excerpt(line.substr(0, kMaxQuoted));
    if (line.size() > kMaxQuoted) {
        excerpt += "...";
    }
    std::vector<MessageArgument> arguments{expectedLine(dialects), std::move(excerpt)};
    arguments.insert(arguments.end(), more.begin(), more.end());
    return CsvError(lineNumber, Message(wording, std::move(arguments)));
}

// The plain refusal: what was expected, what was found.
Wording notAPoint()
{
    return CURVELAB_WORDING("curvelab::pointscsv", "expected %1, found \"%2\"");
}

// Why `line` is not a point in `dialects`, which the lines before `dialectLine` settled on.
CsvError refusal(int lineNumber, std::string_view line, const LineReading &reading,
                 unsigned dialects, int dialectLine)
{
    // The shape the line nearly has: a pair of fields in the dialects still open, split at ';' or
    // a tab rather than at a comma that may be a decimal comma.
    unsigned shape = reading.pairs & dialects & ~kCommaSeparated;
    if (shape == 0) {
        shape = (reading.pairs & dialects) != 0 ? reading.pairs & dialects : dialects;
    }
    if (reading.outOfRange) {
        return badLine(lineNumber, line, shape,
                       CURVELAB_WORDING("curvelab::pointscsv",
                                        "expected %1, found \"%2\" (numbers must be finite "
                                        "and in range)"));
    }
    if (reading.points != 0) {
        return badLine(lineNumber, line, dialects,
                       CURVELAB_WORDING("curvelab::pointscsv",
                                        "expected %1, found \"%2\" (line %3 set the file's "
                                        "format)"),
                       {dialectLine});
    }
    const char separator = shared(dialects, &Dialect::separator);
    if (std::count(line.begin(), line.end(), ',') >= 2 && separator != ';' && separator != '\t') {
        return badLine(lineNumber, line, shape,
                       CURVELAB_WORDING("curvelab::pointscsv",
                                        "expected %1, found \"%2\" (with decimal commas, put "
                                        "';' or a tab between the numbers, or each number in "
                                        "quotes)"));
    }
    return badLine(lineNumber, line, shape, notAPoint());
}

} // namespace

CsvError::CsvError(int line, Message reason)
    : CsvError(Message(CURVELAB_WORDING("curvelab::pointscsv", "line %1: %2"),
                       {line, std::move(reason)}),
               line)
{
}

CsvError::CsvError(Message message, int line)
    : std::runtime_error(message.english()), WordedError(std::move(message)), m_line(line)
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
            throw CsvError(m_lineNumber,
                           Message(CURVELAB_WORDING("curvelab::pointscsv",
                                                    "the line is longer than %1 characters: not a "
                                                    "line of points x,y"),
                                   {kMaxLineBytes}));
        }
        line.push_back(static_cast<char>(c));
    }
}

PointsCsvReader::Item PointsCsvReader::next(Point &point)
{
    std::string text;
    for (;;) {
        if (!readLine(text)) {
            if (m_pendingHeaderLine != 0) {
                refusePendingHeader();
            }
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
            if (m_pendingHeaderLine != 0) {
                refusePendingHeader();
            }
            if (m_inSequence) {
                m_inSequence = false;
                return Item::EndOfSequence;
            }
            continue;
        }
        if (line.front() == '#') {
            continue;
        }
        const LineReading reading = interpret(line);
        const unsigned readers = reading.points & m_dialects;
        if (readers != 0 && (readers & ~reading.grouped) == 0 &&
            shared(m_dialects, &Dialect::decimalMark) == 0) {
            throw CsvError(
                m_lineNumber,
                Message(CURVELAB_WORDING("curvelab::pointscsv",
                                         "cannot tell a decimal comma from a thousands "
                                         "separator in \"%1\" (1,500: one and a half, or "
                                         "fifteen hundred?); write the number without grouping "
                                         "(1500) or put ';' between the columns"),
                        {std::string(line.substr(0, kMaxQuoted))}));
        }
        if (readers != 0) {
            narrowDialects(reading.points);
            m_pendingHeaderLine = 0;
            point = reading.point;
            m_inSequence = true;
            return Item::Point;
        }
        if (!m_inSequence && (reading.headers & m_dialects) != 0) {
            // A header of words is one only when a point follows it: a file of words is no
            // file of points.
            if (m_pendingHeaderLine != 0) {
                refusePendingHeader();
            }
            narrowDialects(reading.headers);
            if (!reading.named) {
                m_pendingHeader = line;
                m_pendingHeaderLine = m_lineNumber;
            }
            continue;
        }
        throw refusal(m_lineNumber, line, reading, m_dialects, m_dialectLine);
    }
}

void PointsCsvReader::narrowDialects(unsigned dialects)
{
    if ((m_dialects & dialects) != m_dialects) {
        m_dialects &= dialects;
        m_dialectLine = m_lineNumber;
    }
}

void PointsCsvReader::refusePendingHeader() const
{
    throw badLine(m_pendingHeaderLine, m_pendingHeader, m_dialects, notAPoint());
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

void writePointSequences(std::ostream &out, const std::vector<PointSequence> &sequences,
                         CsvDialect dialect)
{
    const char separator = csvSeparator(dialect);
    out << 'x' << separator << "y\n";
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
            out << withDecimalMark(formatNumber(p.x), dialect) << separator
                << withDecimalMark(formatNumber(p.y), dialect) << '\n';
        }
    }
}

} // namespace curvelab
