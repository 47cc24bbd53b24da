#pragma once

#include "functionfamily.h"

#include <optional>
#include <string>
#include <string_view>

namespace curvelab {

// A family on one line, as the command line takes it:
//   "name: formula; x=a..b; k=c..d; b=e..f"
// e.g. "wave: k*sin(x)+b; x=0..6.3; k=0.5..2; b=-1..1". The ranges may come in any order and
// each may be left out; a missing one is the original question's (x=5..15, k=0..1, b=0..5).
// Numbers use a decimal point whatever the locale.
//
// Throws InvalidInput (a std::invalid_argument) saying what is wrong with the text (no name, an
// unknown key, a range that is not "a..b"). It checks the syntax only: validateFamily() and
// narrowToDefined() judge the formula.
FunctionFamily parseFamilySpec(const std::string &text);
// "a..b": two numbers with a decimal point, spaces allowed around each; nothing else. The one
// reader of a range, for the command line and the app's fields alike.
std::optional<Range> parseRange(std::string_view text);
// The line parseFamilySpec() reads back as `family`, every range written out.
std::string familySpec(const FunctionFamily &family);

} // namespace curvelab
