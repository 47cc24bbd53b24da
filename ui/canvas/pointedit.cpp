#include "pointedit.h"

#include <algorithm>
#include <cstddef>

namespace curvelab {

namespace {

bool same(const Point &a, const Point &b)
{
    return a.x == b.x && a.y == b.y;
}

// Whether `longer` is `shorter` with one point inserted at `index`.
bool insertedAt(const PointSequence &shorter, const PointSequence &longer, std::size_t index)
{
    return std::equal(shorter.begin(), shorter.begin() + static_cast<std::ptrdiff_t>(index),
                      longer.begin(), same) &&
           std::equal(shorter.begin() + static_cast<std::ptrdiff_t>(index), shorter.end(),
                      longer.begin() + static_cast<std::ptrdiff_t>(index) + 1, same);
}

} // namespace

PointEdit findPointEdit(const PointSequence &before, const PointSequence &after)
{
    const auto firstDifference = [](const PointSequence &a, const PointSequence &b) {
        const std::size_t n = std::min(a.size(), b.size());
        std::size_t i = 0;
        while (i < n && same(a[i], b[i])) {
            ++i;
        }
        return i;
    };
    const std::size_t i = firstDifference(before, after);
    const int index = static_cast<int>(i);
    if (after.size() == before.size() + 1 && insertedAt(before, after, i)) {
        return {PointEdit::Kind::Placed, index};
    }
    if (before.size() == after.size() + 1 && insertedAt(after, before, i)) {
        return {PointEdit::Kind::Removed, index};
    }
    if (before.size() == after.size()) {
        if (i == before.size()) {
            return {};
        }
        if (std::equal(before.begin() + index + 1, before.end(), after.begin() + index + 1, same)) {
            return {PointEdit::Kind::Moved, index};
        }
    }
    return {PointEdit::Kind::Replaced, -1};
}

} // namespace curvelab
