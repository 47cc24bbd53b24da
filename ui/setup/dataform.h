#pragma once

#include "curvegenerator.h"
#include "setupform.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

namespace curvelab {

// The setup's "Data" section: how the curves are drawn (the world, k and b per curve or per run,
// the noise, the points per curve, their x order). The families are the family table's.
class DataForm : public SetupForm
{
    Q_OBJECT

public:
    explicit DataForm(const QString &title, QWidget *parent = nullptr);

    // Shows the fields of `config` this form holds; the families and the seed are not among them.
    void display(const GeneratorConfig &config);
    // Writes the fields this form holds into `config`; every value the boxes offer reads.
    void readInto(GeneratorConfig &config) const;
    CurveWorld world() const;
    // The field that validateConfig's reason `problem` names, or nullptr.
    QWidget *fieldFor(const QString &problem) const;

Q_SIGNALS:
    // The world changed, and with it which of the families' ranges count.
    void worldChanged();

private:
    // The noise box's tooltip, which says what its level means in the world chosen.
    void explainNoise();

    QComboBox *m_world = nullptr;
    QComboBox *m_kbMode = nullptr;
    QDoubleSpinBox *m_noise = nullptr;
    QCheckBox *m_noisePerSequence = nullptr;
    QSpinBox *m_length = nullptr;
    QComboBox *m_xOrder = nullptr;
};

} // namespace curvelab
