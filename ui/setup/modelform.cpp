#include "modelform.h"

#include "formfields.h"

#include <QComboBox>
#include <QFormLayout>
#include <QSpinBox>

namespace curvelab {

namespace {

// Upper bounds of the spin boxes: only there to keep the boxes a sensible width. The real limits
// live in validateConfig(), which refuses too large a value with its reason.
constexpr int kMaxHiddenInput = 99999;
constexpr int kMaxLayersInput = 99;
// The window's bounds are validateSpec()'s own: every value the box offers is one it accepts.
constexpr int kMinWindowInput = 1;
constexpr int kMaxWindowInput = 64;

// Whether the window counts for `cell`, as core's rule for new weights has it: it does where
// another window would need other weights.
bool windowCounts(CellType cell)
{
    ModelSpec spec;
    spec.options.cell = cell;
    ModelSpec otherWindow = spec;
    ++otherWindow.options.window;
    return spec != otherWindow;
}

} // namespace

ModelForm::ModelForm(const QString &title, QWidget *parent) : SetupForm(title, parent)
{
    auto *form = new QFormLayout(this);
    m_cell = named(enumCombo({item(CellType::Lstm), item(CellType::Gru), item(CellType::Rnn),
                              item(CellType::Mlp)}),
                   QStringLiteral("cell"),
                   tr("The kind of memory cell that reads the points one by one. lstm and gru "
                      "remember over many points; a plain rnn forgets quickly and is harder to "
                      "train. mlp has no memory at all: it sees only the latest few points "
                      "(Window), for comparison."));
    m_hidden = named(spinBox(1, kMaxHiddenInput, 8), QStringLiteral("hiddenSize"),
                     tr("How many numbers the network keeps in its memory from one point to the "
                        "next. Too few and it cannot hold what it has seen; more makes every step "
                        "slower."));
    m_layers = named(spinBox(1, kMaxLayersInput, 1), QStringLiteral("layers"),
                     tr("How many memory layers are stacked. One is enough for these curves; "
                        "more layers learn more slowly and are harder to train."));
    m_window = named(spinBox(kMinWindowInput, kMaxWindowInput, 1), QStringLiteral("window"),
                     tr("How many of the latest points the mlp sees at once. It has no memory "
                        "beyond them: whatever came earlier is forgotten."));
    m_features = named(enumCombo({item(Preprocessing::UnitFree), item(Preprocessing::FamilyFit),
                                  item(Preprocessing::Raw)}),
                       QStringLiteral("features"),
                       tr("What the network reads for each point. raw: just x and y, as in the "
                          "question, so it must discover the shapes alone. family-fit: x and y "
                          "scaled, plus how well each family fits the points so far and whether "
                          "its k and b lie in their ranges. unit-free: how well each family fits, "
                          "measured so that the units of x and y do not matter, for curves drawn "
                          "at any scale."));
    form->addRow(tr("Cell"), m_cell);
    form->addRow(tr("Hidden size"), m_hidden);
    form->addRow(tr("Layers"), m_layers);
    form->addRow(tr("Window"), m_window);
    form->addRow(tr("Input features"), m_features);
    nameFieldsAfterLabels(form);
    watch(m_cell);
    watch(m_features);
    watch(m_hidden);
    watch(m_layers);
    watch(m_window);
    // Only the mlp reads the window; the box stays greyed for the memory cells.
    connect(m_cell, &QComboBox::currentIndexChanged, this, &ModelForm::cellChanged);
}

void ModelForm::display(const ModelSpec &spec)
{
    select(m_cell, spec.options.cell);
    m_hidden->setValue(spec.options.hiddenSize);
    m_layers->setValue(spec.options.layers);
    m_window->setValue(spec.options.window);
    select(m_features, spec.preprocessing);
}

void ModelForm::readInto(ModelSpec &spec) const
{
    spec.options.cell = choice<CellType>(m_cell);
    spec.options.hiddenSize = m_hidden->value();
    spec.options.layers = m_layers->value();
    spec.options.window = m_window->value();
    spec.preprocessing = choice<Preprocessing>(m_features);
}

bool ModelForm::isUsed(const QWidget *editor) const
{
    return editor != m_window || windowCounts(choice<CellType>(m_cell));
}

QWidget *ModelForm::fieldFor(const QString &problem) const
{
    return fieldByPrefix(
        problem, {{"hidden size", m_hidden}, {"layers", m_layers}, {"the mlp's window", m_window}});
}

} // namespace curvelab
