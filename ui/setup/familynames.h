#pragma once

#include "functionfamily.h"

#include <QStringList>
#include <vector>

namespace curvelab {

// The families' names in family order, as the charts and the canvas label them.
QStringList familyNames(const std::vector<FunctionFamily> &families);

} // namespace curvelab
