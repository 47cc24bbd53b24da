#pragma once

#include <string>
#include <string_view>
#include <system_error>

namespace curvelab {

// Fields of text in files and on the command line. Numbers are read and written independently of
// the process's C locale: a German desktop must not decide what "1.5" means.

// `s` without leading and trailing spaces and tabs.
std::string_view trimmed(std::string_view s);

// Reads a whole field as one finite double; a leading '+' is accepted. Returns std::errc() on
// success, invalid_argument for text that is not a number, result_out_of_range for one that
// does not fit a finite double.
std::errc parseNumber(std::string_view field, double &value);
// The shortest text that reads back as exactly `value`.
std::string formatNumber(double value);
// `value` to `digits` significant digits, for sentences ("k = 9.7", "x = 1.5e+04").
std::string roundedNumber(double value, int digits);

} // namespace curvelab
