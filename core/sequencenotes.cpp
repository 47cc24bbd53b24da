#include "sequencenotes.h"

#include "shapefunction.h"
#include "textfields.h"
#include "trainingdomain.h"

#include <cmath>

namespace curvelab {

namespace {

// A point further than this many domain widths from the training domain is "far away".
constexpr double kFarSlack = 1.0;

// Values in the notes, to 4 significant digits.
MessageArgument number(double v)
{
    return {v, 4};
}

// "3", "3 and 5", "2, 4 and 7".
MessageArgument pointNumbers(const std::vector<int> &points)
{
    if (points.size() == 1) {
        return points.front();
    }
    std::string first;
    for (std::size_t i = 0; i + 1 < points.size(); ++i) {
        first += (i > 0 ? ", " : "") + std::to_string(points[i]);
    }
    return Message(CURVELAB_WORDING("curvelab::sequencenotes", "%1 and %2"),
                   {first, points.back()});
}

// One wording for a single point and one for several, each a whole sentence, so that a
// translation can inflect the rest of it; %1 is the point numbers.
SequenceNote pointsNote(const std::vector<int> &points, Wording onePoint, Wording severalPoints,
                        std::vector<MessageArgument> more = {})
{
    std::vector<MessageArgument> arguments{pointNumbers(points)};
    arguments.insert(arguments.end(), more.begin(), more.end());
    return {SequenceNote::Kind::Warning,
            Message(points.size() == 1 ? onePoint : severalPoints, std::move(arguments)), points};
}

void noteTooFew(const PointSequence &points, std::vector<SequenceNote> &notes)
{
    if (points.size() == 1) {
        notes.push_back({SequenceNote::Kind::Info,
                         Message(CURVELAB_WORDING("curvelab::sequencenotes",
                                                  "One point fits every family: the guess can "
                                                  "only go by where it lies.")),
                         {1}});
    } else if (points.size() == 2) {
        notes.push_back(
            {SequenceNote::Kind::Info,
             Message(CURVELAB_WORDING("curvelab::sequencenotes",
                                      "Two points fit every family exactly (k and b can "
                                      "always be chosen): from the third point on the "
                                      "shapes can be told apart.")),
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
            const int first = static_cast<int>(i + 1);
            const int second = static_cast<int>(j + 1);
            Message text =
                points[i].y == points[j].y
                    ? Message(CURVELAB_WORDING(
                                  "curvelab::sequencenotes",
                                  "Points %1 and %2 are the same point: the second adds nothing."),
                              {first, second})
                    : Message(CURVELAB_WORDING("curvelab::sequencenotes",
                                               "Points %1 and %2 share x = %3: no curve "
                                               "y = f(x) passes through both, so every family "
                                               "fits badly."),
                              {first, second, number(points[i].x)});
            notes.push_back({SequenceNote::Kind::Warning, std::move(text), {first, second}});
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
            notes.push_back(pointsNote(
                undefined,
                CURVELAB_WORDING("curvelab::sequencenotes",
                                 "%2 (%3) is undefined at point %1: this point rules it out."),
                CURVELAB_WORDING("curvelab::sequencenotes",
                                 "%2 (%3) is undefined at points %1: these points rule it out."),
                {family.name, family.formula()}));
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
        notes.push_back(pointsNote(
            left,
            CURVELAB_WORDING("curvelab::sequencenotes",
                             "Point %1 lies left of x = 0: this network learned its shapes "
                             "right of x = 0 (at any scale), so its guess there is an "
                             "extrapolation."),
            CURVELAB_WORDING("curvelab::sequencenotes",
                             "Points %1 lie left of x = 0: this network learned its shapes "
                             "right of x = 0 (at any scale), so its guess there is an "
                             "extrapolation.")));
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
        notes.push_back(pointsNote(
            outsideX,
            CURVELAB_WORDING("curvelab::sequencenotes",
                             "Point %1 lies outside the x range trained on (%2 to %3): the "
                             "guess there is an extrapolation."),
            CURVELAB_WORDING("curvelab::sequencenotes",
                             "Points %1 lie outside the x range trained on (%2 to %3): the "
                             "guess there is an extrapolation."),
            {number(domain.x.lo), number(domain.x.hi)}));
    }
    if (!far.empty()) {
        notes.push_back(pointsNote(
            far,
            CURVELAB_WORDING("curvelab::sequencenotes",
                             "Point %1 lies far from every curve trained on (x %2 to %3, y "
                             "%4 to %5): the network has never seen such values."),
            CURVELAB_WORDING("curvelab::sequencenotes",
                             "Points %1 lie far from every curve trained on (x %2 to %3, y "
                             "%4 to %5): the network has never seen such values."),
            {number(domain.x.lo), number(domain.x.hi), number(domain.y.lo), number(domain.y.hi)}));
    }
}

// Families whose shape depends on where x lies were seen only on their own x range.
void noteOutsideFamilyRange(const PointSequence &points, const FunctionFamily &family,
                            std::vector<SequenceNote> &notes)
{
    std::vector<int> outside;
    for (std::size_t i = 0; i < points.size(); ++i) {
        if (!family.x.contains(points[i].x)) {
            outside.push_back(static_cast<int>(i + 1));
        }
    }
    if (!outside.empty()) {
        notes.push_back(pointsNote(
            outside,
            CURVELAB_WORDING("curvelab::sequencenotes",
                             "Point %1 lies outside %2's x range (%3 to %4), the only place "
                             "the network saw it."),
            CURVELAB_WORDING("curvelab::sequencenotes",
                             "Points %1 lie outside %2's x range (%3 to %4), the only place "
                             "the network saw it."),
            {family.name, number(family.x.lo), number(family.x.hi)}));
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
    for (const FunctionFamily &family : families) {
        if (!isUnitFree(family)) { // its shape depends on where x lies
            noteOutsideFamilyRange(points, family, notes);
        }
    }
    return notes;
}

} // namespace curvelab
