#include "sequencenotes.h"

#include "shapefunction.h"
#include "textfields.h"
#include "trainingdomain.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <iterator>
#include <sstream>

namespace curvelab {

namespace {

// A point further than this many domain widths from the training domain is "far away".
constexpr double kFarSlack = 1.0;

std::string number(double v)
{
    return roundedNumber(v, 4);
}

// "point 3", "points 3 and 5", "points 2, 4 and 7".
std::string pointList(const std::vector<int> &points)
{
    std::ostringstream out;
    out << (points.size() == 1 ? "point " : "points ");
    for (std::size_t i = 0; i < points.size(); ++i) {
        if (i > 0) {
            out << (i + 1 == points.size() ? " and " : ", ");
        }
        out << points[i];
    }
    return out.str();
}

std::string capitalised(std::string text)
{
    if (!text.empty()) {
        text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
    }
    return text;
}

// "Point 3 lies", "Points 3 and 5 lie".
std::string pointsThatLie(const std::vector<int> &points)
{
    return capitalised(pointList(points)) + (points.size() == 1 ? " lies" : " lie");
}

void noteTooFew(const PointSequence &points, std::vector<SequenceNote> &notes)
{
    if (points.size() == 1) {
        notes.push_back({SequenceNote::Kind::Info,
                         "One point fits every family: the guess can only go by where it lies.",
                         {1}});
    } else if (points.size() == 2) {
        notes.push_back({SequenceNote::Kind::Info,
                         "Two points fit every family exactly (k and b can always be chosen): from "
                         "the third point on the shapes can be told apart.",
                         {}});
    }
}

void noteSharedX(const PointSequence &points, std::vector<SequenceNote> &notes)
{
    for (std::size_t i = 0; i < points.size(); ++i) {
        for (std::size_t j = i + 1; j < points.size(); ++j) {
            if (points[i].x != points[j].x) {
                continue;
            }
            const std::vector<int> pair{static_cast<int>(i + 1), static_cast<int>(j + 1)};
            const std::string text =
                points[i].y == points[j].y
                    ? capitalised(pointList(pair)) + " are the same point: the second adds nothing."
                    : capitalised(pointList(pair)) + " share x = " + number(points[i].x) +
                          ": no curve y = f(x) passes through both, so every family fits badly.";
            notes.push_back({SequenceNote::Kind::Warning, text, pair});
        }
    }
}

void noteUndefined(const PointSequence &points, const std::vector<FunctionFamily> &families,
                   std::vector<SequenceNote> &notes)
{
    for (const FunctionFamily &family : families) {
        const ShapeFunction shape(family.shape);
        std::vector<int> undefined;
        for (std::size_t i = 0; i < points.size(); ++i) {
            if (!std::isfinite(shape(points[i].x))) {
                undefined.push_back(static_cast<int>(i + 1));
            }
        }
        if (!undefined.empty()) {
            notes.push_back({SequenceNote::Kind::Warning,
                             family.name + " (" + family.formula() + ") is undefined at " +
                                 pointList(undefined) + ": these points rule it out.",
                             undefined});
        }
    }
}

// A unit-free network learned its unit-free shapes right of x = 0, at any scale.
void noteLeftOfZero(const PointSequence &points, std::vector<SequenceNote> &notes)
{
    std::vector<int> left;
    for (std::size_t i = 0; i < points.size(); ++i) {
        if (points[i].x < 0.0) {
            left.push_back(static_cast<int>(i + 1));
        }
    }
    if (!left.empty()) {
        notes.push_back({SequenceNote::Kind::Warning,
                         pointsThatLie(left) +
                             " left of x = 0: this network learned its shapes right of x = 0 "
                             "(at any scale), so its guess there is an extrapolation.",
                         left});
    }
}

void noteOutside(const PointSequence &points, const std::vector<FunctionFamily> &families,
                 std::vector<SequenceNote> &notes)
{
    const TrainingDomain domain = trainingDomain(families);
    std::vector<int> outsideX;
    std::vector<int> far;
    for (std::size_t i = 0; i < points.size(); ++i) {
        const Point &p = points[i];
        if (!domain.near(p.x, p.y, kFarSlack)) {
            far.push_back(static_cast<int>(i + 1));
        } else if (!domain.near(p.x, domain.y.mid(), 0.0)) {
            outsideX.push_back(static_cast<int>(i + 1));
        }
    }
    if (!outsideX.empty()) {
        notes.push_back({SequenceNote::Kind::Warning,
                         pointsThatLie(outsideX) + " outside the x range trained on (" +
                             number(domain.x.lo) + " to " + number(domain.x.hi) +
                             "): the guess there is an extrapolation.",
                         outsideX});
    }
    if (!far.empty()) {
        notes.push_back({SequenceNote::Kind::Warning,
                         pointsThatLie(far) + " far from every curve trained on (x " +
                             number(domain.x.lo) + " to " + number(domain.x.hi) + ", y " +
                             number(domain.y.lo) + " to " + number(domain.y.hi) +
                             "): the network has never seen such values.",
                         far});
    }
}

} // namespace

std::vector<SequenceNote> describeSequence(const PointSequence &points,
                                           const std::vector<FunctionFamily> &families,
                                           Preprocessing preprocessing)
{
    std::vector<SequenceNote> notes;
    noteTooFew(points, notes);
    noteSharedX(points, notes);
    noteUndefined(points, families, notes);
    if (preprocessing != Preprocessing::UnitFree) {
        noteOutside(points, families, notes);
        return notes;
    }
    noteLeftOfZero(points, notes);
    std::vector<FunctionFamily> placed; // the families whose shape depends on where x lies
    std::copy_if(families.begin(), families.end(), std::back_inserter(placed),
                 [](const FunctionFamily &f) { return !isUnitFree(f); });
    for (const FunctionFamily &family : placed) {
        std::vector<int> outside;
        for (std::size_t i = 0; i < points.size(); ++i) {
            if (!family.x.contains(points[i].x)) {
                outside.push_back(static_cast<int>(i + 1));
            }
        }
        if (!outside.empty()) {
            notes.push_back({SequenceNote::Kind::Warning,
                             pointsThatLie(outside) + " outside " + family.name + "'s x range (" +
                                 number(family.x.lo) + " to " + number(family.x.hi) +
                                 "), the only place the network saw it.",
                             outside});
        }
    }
    return notes;
}

} // namespace curvelab
