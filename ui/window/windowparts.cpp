#include "windowparts.h"

#include "messagebanner.h"
#include "trainingcontroller.h"

namespace curvelab {

bool WindowParts::trainingIdle(const QString &refusal) const
{
    if (training->state() == TrainingController::State::Idle) {
        return true;
    }
    banner->showMessage(MessageBanner::Kind::Warning, refusal);
    return false;
}

} // namespace curvelab
