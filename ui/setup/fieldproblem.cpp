#include "fieldproblem.h"

namespace curvelab {

void FieldProblem::note(const QString &why, QWidget *where)
{
    if (text.isEmpty()) {
        text = why;
        field = where;
    }
}

} // namespace curvelab
