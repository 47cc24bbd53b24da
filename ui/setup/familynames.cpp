#include "familynames.h"

namespace curvelab {

QStringList familyNames(const std::vector<FunctionFamily> &families)
{
    QStringList names;
    for (const FunctionFamily &f : families) {
        names << QString::fromStdString(f.name);
    }
    return names;
}

} // namespace curvelab
