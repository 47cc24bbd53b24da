#include "textfields.h"

#include <array>
#include <charconv>
#include <cmath>
#include <locale>
#include <sstream>

namespace curvelab {

std::string_view trimmed(std::string_view s)
{
    const auto isSpace = [](char c) { return c == ' ' || c == '\t'; };
    while (!s.empty() && isSpace(s.front())) {
        s.remove_prefix(1);
    }
    while (!s.empty() && isSpace(s.back())) {
        s.remove_suffix(1);
    }
    return s;
}

std::errc parseNumber(std::string_view field, double &value)
{
    // from_chars refuses the explicit plus sign that some tools write ("+1.5").
    if (field.size() > 1 && field[0] == '+' && field[1] != '-') {
        field.remove_prefix(1);
    }
    const char *end = field.data() + field.size();
    const std::from_chars_result r = std::from_chars(field.data(), end, value);
    if (r.ec != std::errc()) {
        return r.ec;
    }
    if (r.ptr != end) {
        return std::errc::invalid_argument;
    }
    return std::isfinite(value) ? std::errc() : std::errc::result_out_of_range;
}

std::string formatNumber(double value)
{
    std::array<char, 32> buffer{};
    const std::to_chars_result r =
        std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    return std::string(buffer.data(), r.ptr);
}

std::string roundedNumber(double value, int digits)
{
    std::ostringstream out;
    out.imbue(std::locale::classic());
    out.precision(digits);
    out << value;
    return out.str();
}

} // namespace curvelab
