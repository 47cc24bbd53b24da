#include "metatypes.h"

namespace curvelab {

void registerMetaTypes()
{
    qRegisterMetaType<TrainingStats>();
    qRegisterMetaType<TrainingResult>();
    qRegisterMetaType<ModelSnapshot>();
    qRegisterMetaType<TrainingConfig>();
}

} // namespace curvelab
