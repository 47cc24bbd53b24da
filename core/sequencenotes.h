#pragma once

#include "featureencoder.h"
#include "functionfamily.h"
#include "message.h"
#include "point.h"

#include <string>
#include <vector>

namespace curvelab {

// Something a person should know about a drawn sequence before trusting a guess: what the
// points can and cannot tell, said in words a class understands.
struct SequenceNote
{
    enum class Kind
    {
        Info,   // a limit of the task itself (one point fits every family)
        Warning // the input is outside what the network learned (wrong domain, far away)
    };
    Kind kind = Kind::Info;
    Message message;         // the app words it in the user's language
    std::vector<int> points; // the points concerned, numbered from 1

    std::string text() const { return message.english(); }
};

// Notes on `points` as a sequence of the given (valid) families, for a network that reads
// `preprocessing`: too few points to tell the families apart, points sharing an x, points where a
// family is undefined (x < 0 for sqrt), points outside the x range or far from any y the network
// trained on. A unit-free network learned every scale, so only x <= 0 (left of where it learned
// unit-free shapes) and the x ranges of families that are not unit-free count there.
std::vector<SequenceNote> describeSequence(const PointSequence &points,
                                           const std::vector<FunctionFamily> &families,
                                           Preprocessing preprocessing = Preprocessing::FamilyFit);

} // namespace curvelab
