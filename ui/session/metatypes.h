#pragma once

#include "modelspec.h"
#include "trainingconfig.h"
#include "trainingstats.h"

#include <QMetaType>

// Core's plain structs travel between the training thread and the GUI in queued signals.
Q_DECLARE_METATYPE(curvelab::TrainingStats)
Q_DECLARE_METATYPE(curvelab::TrainingResult)
Q_DECLARE_METATYPE(curvelab::ModelSnapshot)
Q_DECLARE_METATYPE(curvelab::TrainingConfig)

namespace curvelab {

// Call once before the first queued connection (main() and test initTestCase()).
void registerMetaTypes();

} // namespace curvelab
