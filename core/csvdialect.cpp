#include "csvdialect.h"

#include "textfields.h"

#include <algorithm>

namespace curvelab {

char csvSeparator(CsvDialect dialect)
{
    return dialect == CsvDialect::SemicolonAndComma ? ';' : ',';
}

char csvDecimalMark(CsvDialect dialect)
{
    return dialect == CsvDialect::SemicolonAndComma ? ',' : '.';
}

CsvDialect csvDialectForDecimalMark(char decimalMark)
{
    return decimalMark == ',' ? CsvDialect::SemicolonAndComma : CsvDialect::CommaAndPoint;
}

std::optional<CsvDialect> csvDialectFromName(std::string_view name)
{
    if (name == "comma") {
        return CsvDialect::CommaAndPoint;
    }
    if (name == "semicolon") {
        return CsvDialect::SemicolonAndComma;
    }
    return std::nullopt;
}

std::string withDecimalMark(std::string number, CsvDialect dialect)
{
    std::replace(number.begin(), number.end(), '.', csvDecimalMark(dialect));
    return number;
}

std::string csvNumber(double value, int digits, CsvDialect dialect)
{
    return withDecimalMark(roundedNumber(value, digits), dialect);
}

} // namespace curvelab
