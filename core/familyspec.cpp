#include "familyspec.h"

#include "message.h"
#include "textfields.h"

#include <stdexcept>
#include <string_view>
#include <vector>

namespace curvelab {

namespace {

std::vector<std::string_view> split(std::string_view s, char separator)
{
    std::vector<std::string_view> parts;
    for (std::size_t at = s.find(separator); at != std::string_view::npos; at = s.find(separator)) {
        parts.push_back(trimmed(s.substr(0, at)));
        s.remove_prefix(at + 1);
    }
    parts.push_back(trimmed(s));
    return parts;
}

[[noreturn]] void refuse(const std::string &text, Message why)
{
    throw InvalidInput(Message(CURVELAB_WORDING("curvelab::familyspec",
                                                "cannot read the family \"%1\": %2 (expected "
                                                "\"name: formula; x=a..b; k=c..d; b=e..f\")"),
                               {text, std::move(why)}));
}

Range rangeOrRefuse(const std::string &text, std::string_view key, std::string_view value)
{
    const std::optional<Range> r = parseRange(value);
    if (!r) {
        refuse(text, Message(CURVELAB_WORDING("curvelab::familyspec",
                                              "%1=%2 is not a range of two numbers such as 0..1"),
                             {std::string(key), std::string(value)}));
    }
    return *r;
}

} // namespace

FunctionFamily parseFamilySpec(const std::string &text)
{
    const std::size_t colon = text.find(':');
    if (colon == std::string::npos) {
        refuse(text,
               Message(CURVELAB_WORDING("curvelab::familyspec", "there is no ':' after the name")));
    }
    FunctionFamily family;
    family.name = std::string(trimmed(std::string_view(text).substr(0, colon)));
    if (family.name.empty()) {
        refuse(text,
               Message(CURVELAB_WORDING("curvelab::familyspec", "the name before ':' is empty")));
    }
    const FunctionFamily question = originalFamilies().front();
    family.x = question.x;
    family.k = question.k;
    family.b = question.b;
    const std::vector<std::string_view> parts =
        split(std::string_view(text).substr(colon + 1), ';');
    family.shape = std::string(parts.front());
    if (family.shape.empty()) {
        refuse(text,
               Message(CURVELAB_WORDING("curvelab::familyspec", "the formula after ':' is empty")));
    }
    bool seen[3] = {false, false, false};
    for (std::size_t i = 1; i < parts.size(); ++i) {
        if (parts[i].empty()) {
            continue; // a trailing ';'
        }
        const std::size_t equals = parts[i].find('=');
        const std::string_view key = trimmed(parts[i].substr(0, equals));
        const std::string_view value = equals == std::string_view::npos
                                           ? std::string_view()
                                           : trimmed(parts[i].substr(equals + 1));
        const int slot = key == "x" ? 0 : key == "k" ? 1 : key == "b" ? 2 : -1;
        if (slot < 0 || equals == std::string_view::npos) {
            refuse(text, Message(CURVELAB_WORDING("curvelab::familyspec",
                                                  "\"%1\" is not x=a..b, k=a..b or b=a..b"),
                                 {std::string(parts[i])}));
        }
        if (seen[slot]) {
            refuse(text, Message(CURVELAB_WORDING("curvelab::familyspec", "%1 is given twice"),
                                 {std::string(key)}));
        }
        seen[slot] = true;
        Range &range = slot == 0 ? family.x : slot == 1 ? family.k : family.b;
        range = rangeOrRefuse(text, key, value);
    }
    return family;
}

std::optional<Range> parseRange(std::string_view text)
{
    const std::size_t dots = text.find("..");
    Range r;
    if (dots == std::string_view::npos ||
        parseNumber(trimmed(text.substr(0, dots)), r.lo) != std::errc() ||
        parseNumber(trimmed(text.substr(dots + 2)), r.hi) != std::errc()) {
        return std::nullopt;
    }
    return r;
}

std::string familySpec(const FunctionFamily &family)
{
    const auto range = [](const Range &r) {
        return formatNumber(r.lo) + ".." + formatNumber(r.hi);
    };
    return family.name + ": " + family.shape + "; x=" + range(family.x) + "; k=" + range(family.k) +
           "; b=" + range(family.b);
}

} // namespace curvelab
