#pragma once

#include <QString>

class QWidget;

namespace curvelab {

// The first problem found in reading the setup's fields, and the field to mark for it.
struct FieldProblem
{
    QString text;
    QWidget *field = nullptr;

    // Keeps the first problem noted: people fix one thing at a time. `where` may be nullptr when
    // no single field is wrong.
    void note(const QString &why, QWidget *where);
    bool isEmpty() const { return text.isEmpty(); }
};

} // namespace curvelab
