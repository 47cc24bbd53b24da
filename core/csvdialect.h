#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace curvelab {

// How the CSV files CurveLab writes separate fields and mark decimals. Spreadsheets read a CSV in
// the user's locale: where the decimal mark is a comma (German, French), they expect ';' between
// fields and "1,5" for one and a half, and open a comma-separated file as one column of text.
enum class CsvDialect
{
    CommaAndPoint,    // 1.5,2.25 (the default, and what every tool reads)
    SemicolonAndComma // 1,5;2,25
};

char csvSeparator(CsvDialect dialect);
char csvDecimalMark(CsvDialect dialect);
// The dialect a spreadsheet expects in a locale whose decimal mark is `decimalMark`.
CsvDialect csvDialectForDecimalMark(char decimalMark);

// The names on the command line ("comma", "semicolon"); no answer for any other text.
std::optional<CsvDialect> csvDialectFromName(std::string_view name);

// `number`, written with a decimal point ("1.5e-3"), with the dialect's decimal mark instead.
std::string withDecimalMark(std::string number, CsvDialect dialect);
// `value` to `digits` significant digits (roundedNumber), in the dialect.
std::string csvNumber(double value, int digits, CsvDialect dialect);

} // namespace curvelab
