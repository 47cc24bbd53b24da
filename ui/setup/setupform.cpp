#include "setupform.h"

#include "formfields.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QSpinBox>

namespace curvelab {

void SetupForm::nameField(QWidget *widget, const QString &objectName, const QString &tip)
{
    widget->setObjectName(objectName);
    setWrappedToolTip(widget, tip);
}

QSpinBox *SetupForm::spinBox(int lo, int hi, int step)
{
    auto *box = new QSpinBox;
    box->setRange(lo, hi);
    box->setSingleStep(step);
    box->setGroupSeparatorShown(true);
    return box;
}

QDoubleSpinBox *SetupForm::doubleSpinBox(double lo, double hi, int decimals, double step)
{
    auto *box = new QDoubleSpinBox;
    box->setRange(lo, hi);
    box->setDecimals(decimals);
    box->setSingleStep(step);
    return box;
}

QWidget *SetupForm::fieldByPrefix(const QString &problem,
                                  std::initializer_list<std::pair<const char *, QWidget *>> fields)
{
    for (const auto &[prefix, field] : fields) {
        if (problem.startsWith(QLatin1String(prefix))) {
            return field;
        }
    }
    return nullptr;
}

void SetupForm::watch(QSpinBox *box)
{
    // Commit when typing is done, not at every keystroke (typing 64 would pass through 6).
    box->setKeyboardTracking(false);
    connect(box, &QSpinBox::valueChanged, this, &SetupForm::edited);
}

void SetupForm::watch(QDoubleSpinBox *box)
{
    box->setKeyboardTracking(false);
    connect(box, &QDoubleSpinBox::valueChanged, this, &SetupForm::edited);
}

void SetupForm::watch(QComboBox *box)
{
    connect(box, &QComboBox::currentIndexChanged, this, &SetupForm::edited);
}

void SetupForm::watch(QLineEdit *edit)
{
    // Show the verdict while typing, commit on Enter or on leaving the field: typing "3e-3" into
    // the learning rate of a running training must not apply 3 on the way.
    // Leaving a field unchanged is no edit.
    connect(edit, &QLineEdit::textEdited, this, &SetupForm::typing);
    connect(edit, &QLineEdit::editingFinished, this, [this, edit] {
        if (edit->isModified()) {
            edit->setModified(false);
            Q_EMIT edited();
        }
    });
}

void SetupForm::watch(QCheckBox *box)
{
    connect(box, &QCheckBox::toggled, this, &SetupForm::edited);
}

} // namespace curvelab
