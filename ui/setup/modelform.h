#pragma once

#include "modelspec.h"
#include "setupform.h"

class QComboBox;
class QSpinBox;

namespace curvelab {

// The setup's "Model" section: the cell, its hidden size and layers, the mlp's window and the
// input features. The families it tells apart are the family table's.
class ModelForm : public SetupForm
{
    Q_OBJECT

public:
    explicit ModelForm(const QString &title, QWidget *parent = nullptr);

    // Shows the options and the preprocessing of `spec`, not its families.
    void display(const ModelSpec &spec);
    // Writes the options and the preprocessing into `spec`; every value the boxes offer reads.
    void readInto(ModelSpec &spec) const;
    // Whether `editor` counts for the cell chosen: the window counts for the mlp only.
    bool isUsed(const QWidget *editor) const;
    // The field that validateConfig's reason `problem` names, or nullptr.
    QWidget *fieldFor(const QString &problem) const;

Q_SIGNALS:
    // The cell changed, and with it whether the window counts.
    void cellChanged();

private:
    QComboBox *m_cell = nullptr;
    QSpinBox *m_hidden = nullptr;
    QSpinBox *m_layers = nullptr;
    QSpinBox *m_window = nullptr; // the mlp's; enabled only while the cell is mlp
    QComboBox *m_features = nullptr;
};

} // namespace curvelab
