#include "familytable.h"

#include "corewording.h"
#include "familydialog.h"
#include "formfields.h"
#include "modelspec.h"
#include "statuscolours.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>
#include <initializer_list>
#include <optional>
#include <stdexcept>
#include <utility>

namespace curvelab {

namespace {

// The widest range a family row is sized for, and the frame and margins a line edit adds to it.
const QString kWidestRange = QStringLiteral("-10.5..15.5");
constexpr int kLineEditPadding = 14;
// Where a family's range editors start, past its tick box, and the gap below them.
constexpr int kRangeIndent = 6;
constexpr int kRowGap = 4;
// The widest formula a family row shows whole, the question's sqrt; longer ones are elided (the
// tooltip has them), so that one long formula cannot widen the panel at the charts' expense.
const QString kWidestFormula = QStringLiteral("y = k*sqrt(x) + b");

bool isOriginal(const std::string &name)
{
    const std::vector<FunctionFamily> originals = originalFamilies();
    return std::any_of(originals.begin(), originals.end(),
                       [&](const FunctionFamily &f) { return f.name == name; });
}

} // namespace

FamilyTable::FamilyTable(const QString &title, QWidget *parent) : SetupForm(title, parent)
{
    auto *layout = new QVBoxLayout(this);
    m_rowsWidget = new QWidget;
    layout->addWidget(m_rowsWidget);
    m_addFamily =
        named(new QPushButton(tr("Add family…")), QStringLiteral("addFamily"), addFamilyTip());
    connect(m_addFamily, &QPushButton::clicked, this, &FamilyTable::openAddDialog);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addFamily);
    buttons->addStretch(1);
    layout->addLayout(buttons);
}

void FamilyTable::setFamilies(const std::vector<FunctionFamily> &ticked,
                              const std::vector<FunctionFamily> &unticked)
{
    std::vector<RowState> rows;
    const auto listed = [&rows](const FunctionFamily &family) {
        return std::any_of(rows.begin(), rows.end(),
                           [&](const RowState &r) { return r.family.name == family.name; });
    };
    for (const FunctionFamily &family : ticked) {
        rows.push_back(rowState(family, /*enabled=*/true));
    }
    for (const FunctionFamily &family : unticked) {
        if (!listed(family)) {
            rows.push_back(rowState(family, /*enabled=*/false));
        }
    }
    rebuild(std::move(rows));
}

FamilyTable::RowState FamilyTable::rowState(const FunctionFamily &family, bool enabled)
{
    return {family, enabled, rangeText(family.x), rangeText(family.k), rangeText(family.b)};
}

std::vector<FamilyTable::RowState> FamilyTable::rowStates() const
{
    std::vector<RowState> states;
    for (const Row &row : m_rows) {
        states.push_back(
            {row.family, row.enabled->isChecked(), row.x->text(), row.k->text(), row.b->text()});
    }
    return states;
}

QString FamilyTable::addFamilyTip() const
{
    return tr("Adds a family of your own, written as a formula in x, k and b such as "
              "k*exp(x/10)+b. Up to %1 families can be ticked at once.")
        .arg(kMaxFamilies);
}

void FamilyTable::rebuild(std::vector<RowState> rows)
{
    // The question's families stay at hand, unticked, when a config leaves them out.
    for (const FunctionFamily &family : originalFamilies()) {
        const bool listed = std::any_of(rows.begin(), rows.end(), [&](const RowState &r) {
            return r.family.name == family.name;
        });
        if (!listed) {
            rows.push_back(rowState(family, /*enabled=*/false));
        }
    }
    // A fresh table replaces the old one, which may be the sender of the signal that led here:
    // it is deleted later, out of the way.
    auto *table = new QWidget;
    m_grid = new QGridLayout(table);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setColumnStretch(1, 1);
    delete layout()->replaceWidget(m_rowsWidget, table);
    m_rowsWidget->hide();
    m_rowsWidget->setParent(nullptr);
    m_rowsWidget->deleteLater();
    m_rowsWidget = table;

    m_rows.clear();
    for (const RowState &row : rows) {
        addRow(row);
    }
    // Made after the Add button, the rows would come last in the Tab order, after the rest of
    // the window: they go before it, in the order they are shown. Chained after the button and
    // the button then moved after them, as its predecessor may be a container of the rows.
    QWidget *previous = m_addFamily;
    for (const Row &row : m_rows) {
        for (QWidget *field : std::initializer_list<QWidget *>{row.enabled, row.edit, row.remove,
                                                               row.x, row.k, row.b}) {
            if (field) {
                QWidget::setTabOrder(previous, field);
                previous = field;
            }
        }
    }
    QWidget::setTabOrder(previous, m_addFamily);
    showColors();
    const bool room = m_rows.size() < static_cast<std::size_t>(kMaxListedFamilies);
    m_addFamily->setEnabled(room);
    setWrappedToolTip(m_addFamily, room ? addFamilyTip()
                                        : tr("The setup lists at most %1 families, ticked or "
                                             "not: remove one to add another.")
                                              .arg(kMaxListedFamilies));
}

void FamilyTable::addRow(const RowState &state)
{
    const FunctionFamily &family = state.family;
    const QString name = QString::fromStdString(family.name);
    const QString prefix = QLatin1String("family.") + name + QLatin1Char('.');
    Row row;
    row.family = family;
    row.enabled = named(new QCheckBox(name), prefix + QLatin1String("enabled"),
                        tr("Ticked families are in the lesson: the network learns to tell them "
                           "apart, so at least two must be ticked, and at most %1.")
                            .arg(kMaxFamilies));
    row.enabled->setChecked(state.enabled);
    row.x = named(new QLineEdit(state.x), prefix + QLatin1String("x"),
                  tr("Where the x values of this family's points are drawn from, written "
                     "low..high. If the families' x ranges differ, x alone gives the family "
                     "away."));
    row.k = named(new QLineEdit(state.k), prefix + QLatin1String("k"),
                  tr("The factor k is drawn from this range, written low..high. A wide range "
                     "lets the families look more alike, so telling them apart gets harder."));
    row.b = named(new QLineEdit(state.b), prefix + QLatin1String("b"),
                  tr("The offset b is drawn from this range, written low..high. It shifts the "
                     "whole curve up or down without changing its shape."));
    const QString formula = QString::fromStdString(family.formula());
    row.formula = plainLabel();
    row.formula->setObjectName(prefix + QLatin1String("formula"));
    row.formula->setText(row.formula->fontMetrics().elidedText(
        formula, Qt::ElideRight, row.formula->fontMetrics().horizontalAdvance(kWidestFormula)));
    row.formula->setToolTip(formula.toHtmlEscaped());
    row.edit = rowButton(prefix + QLatin1String("edit"), tr("Edit…"),
                         tr("Edits the family \"%1\": its name, its formula and its ranges, "
                            "with a preview of its curves.")
                             .arg(name));
    // Three "Edit…" buttons and three "x" fields read alike: the name says whose they are.
    row.edit->setAccessibleName(tr("Edit %1").arg(name));
    row.x->setAccessibleName(tr("%1: x range").arg(name));
    row.k->setAccessibleName(tr("%1: k range").arg(name));
    row.b->setAccessibleName(tr("%1: b range").arg(name));
    connect(row.edit, &QToolButton::clicked, this, [this, name] { openEditDialog(name); });
    if (!isOriginal(family.name)) {
        row.remove = rowButton(prefix + QLatin1String("remove"), QString(),
                               tr("Removes the family \"%1\" from the list. To leave it out of "
                                  "the lesson but keep it, untick it instead.")
                                   .arg(name));
        row.remove->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
        row.remove->setAccessibleName(tr("Remove %1").arg(name));
        connect(row.remove, &QToolButton::clicked, this, [this, name] { removeFamily(name); });
    }
    // Two lines a family: the name, formula and buttons, then the ranges below them. In one
    // line the panel would need ~590 pixels and crowd out the charts at 1280.
    const int r = 2 * static_cast<int>(m_rows.size());
    m_grid->addWidget(row.enabled, r, 0);
    m_grid->addWidget(row.formula, r, 1);
    m_grid->addWidget(row.edit, r, 2);
    if (row.remove) {
        m_grid->addWidget(row.remove, r, 3);
    }
    auto *ranges = new QHBoxLayout;
    // Under the name, not under the tick box: the ranges belong to the family.
    ranges->setContentsMargins(row.enabled->iconSize().width() + kRangeIndent, 0, 0, kRowGap);
    for (auto [label, edit] : {std::pair{"x", row.x}, {"k", row.k}, {"b", row.b}}) {
        // Wide enough for "-10.5..15.5" and no wider: a line edit's own size hint is ~17
        // characters, and three of them would make the panel crowd out the charts.
        edit->setFixedWidth(edit->fontMetrics().horizontalAdvance(kWidestRange) + kLineEditPadding);
        auto *name = plainLabel(QString::fromLatin1(label));
        name->setBuddy(edit);
        ranges->addWidget(name);
        ranges->addWidget(edit);
        watch(edit);
    }
    ranges->addStretch(1);
    m_grid->addLayout(ranges, r + 1, 0, 1, 4);
    watch(row.enabled);
    connect(row.enabled, &QCheckBox::toggled, this, &FamilyTable::showColors);
    m_rows.push_back(row);
}

QToolButton *FamilyTable::rowButton(const QString &objectName, const QString &text,
                                    const QString &tip)
{
    auto *button = named(new QToolButton, objectName, tip);
    button->setText(text);
    return button;
}

int FamilyTable::rowOf(const QString &name) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (QString::fromStdString(m_rows[i].family.name) == name) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

QStringList FamilyTable::namesExcept(const QString &name) const
{
    QStringList names;
    for (const Row &row : m_rows) {
        const QString n = QString::fromStdString(row.family.name);
        if (n != name) {
            names << n;
        }
    }
    return names;
}

bool FamilyTable::addFamily(const FunctionFamily &family)
{
    if (rowOf(QString::fromStdString(family.name)) >= 0 ||
        m_rows.size() >= static_cast<std::size_t>(kMaxListedFamilies)) {
        return false;
    }
    std::vector<RowState> rows = rowStates();
    const auto ticked =
        std::count_if(rows.begin(), rows.end(), [](const RowState &r) { return r.enabled; });
    rows.push_back(rowState(family, /*enabled=*/ticked < kMaxFamilies));
    commit(std::move(rows));
    return true;
}

bool FamilyTable::replaceFamily(const QString &name, const FunctionFamily &family)
{
    const int row = rowOf(name);
    if (row < 0 || namesExcept(name).contains(QString::fromStdString(family.name))) {
        return false;
    }
    std::vector<RowState> rows = rowStates();
    rows[static_cast<std::size_t>(row)] =
        rowState(family, rows[static_cast<std::size_t>(row)].enabled);
    commit(std::move(rows));
    return true;
}

bool FamilyTable::removeFamily(const QString &name)
{
    const int row = rowOf(name);
    if (row < 0 || isOriginal(name.toStdString())) {
        return false;
    }
    std::vector<RowState> rows = rowStates();
    rows.erase(rows.begin() + row);
    commit(std::move(rows));
    return true;
}

void FamilyTable::commit(std::vector<RowState> rows)
{
    rebuild(std::move(rows));
    Q_EMIT listChanged();
}

void FamilyTable::openAddDialog()
{
    const QStringList taken = namesExcept(QString());
    auto *dialog = new FamilyDialog(FamilyDialog::newFamily(taken), taken, this);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { addFamily(dialog->family()); });
    openDialog(dialog, tr("Add family"));
}

void FamilyTable::openEditDialog(const QString &name)
{
    const int row = rowOf(name);
    if (row < 0) {
        return;
    }
    auto *dialog = new FamilyDialog(shownFamily(m_rows[static_cast<std::size_t>(row)]),
                                    namesExcept(name), this);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, name] { replaceFamily(name, dialog->family()); });
    openDialog(dialog, tr("Edit family \"%1\"").arg(name));
}

void FamilyTable::openDialog(FamilyDialog *dialog, const QString &title)
{
    dialog->setWindowTitle(title);
    dialog->setViewStyle(m_style);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    // open(), not exec(): no nested event loop, and the rest of the window waits all the same.
    dialog->open();
}

void FamilyTable::setViewStyle(const ViewStyle &style)
{
    m_style = style;
    showColors();
    if (m_dialog) {
        m_dialog->setViewStyle(m_style);
    }
}

void FamilyTable::closeDialog()
{
    if (m_dialog) {
        m_dialog->reject();
    }
}

FunctionFamily FamilyTable::shownFamily(const Row &row) const
{
    FunctionFamily family = row.family;
    const std::pair<Range *, QLineEdit *> ranges[] = {
        {&family.x, row.x}, {&family.k, row.k}, {&family.b, row.b}};
    for (const auto &[range, edit] : ranges) {
        if (const std::optional<Range> parsed = rangeFromText(edit->text())) {
            *range = *parsed;
        }
    }
    return family;
}

QLineEdit *FamilyTable::unreadRange(const Row &row)
{
    for (QLineEdit *edit : {row.x, row.k, row.b}) {
        if (!rangeFromText(edit->text())) {
            return edit;
        }
    }
    return nullptr;
}

std::vector<FunctionFamily> FamilyTable::untickedFamilies() const
{
    std::vector<FunctionFamily> families;
    for (const Row &row : m_rows) {
        if (!row.enabled->isChecked()) {
            families.push_back(shownFamily(row));
        }
    }
    return families;
}

std::vector<FunctionFamily> FamilyTable::addedFamilies() const
{
    std::vector<FunctionFamily> families;
    for (const Row &row : m_rows) {
        if (!isOriginal(row.family.name)) {
            families.push_back(shownFamily(row));
        }
    }
    return families;
}

std::vector<FunctionFamily> FamilyTable::readTicked(FieldProblem &problem) const
{
    std::vector<FunctionFamily> families;
    int ticked = 0;
    for (const Row &row : m_rows) {
        if (!row.enabled->isChecked()) {
            continue;
        }
        if (++ticked > kMaxFamilies) {
            problem.note(
                tr("at most %1 families can be told apart: untick one before ticking \"%2\"")
                    .arg(kMaxFamilies)
                    .arg(QString::fromStdString(row.family.name)),
                row.enabled);
        }
        const FunctionFamily family = shownFamily(row);
        if (QLineEdit *unread = unreadRange(row)) {
            problem.note(tr("family \"%1\": write each range as low..high, e.g. 5..15")
                             .arg(QString::fromStdString(family.name)),
                         unread);
        }
        try {
            validateFamily(family);
        } catch (const std::invalid_argument &e) {
            // The field is found by core's English sentence, in whatever language the note is.
            const QString why = QString::fromUtf8(e.what());
            QWidget *field = why.contains(QLatin1String("the k range"))   ? row.k
                             : why.contains(QLatin1String("the b range")) ? row.b
                                                                          : row.x;
            problem.note(localReason(e), field);
        }
        families.push_back(family);
    }
    try {
        validateFamilies(families);
    } catch (const std::invalid_argument &e) {
        // Too few families, or two of one name: no single field is wrong, the message says it.
        problem.note(localReason(e), nullptr);
    }
    return families;
}

void FamilyTable::showColors()
{
    // The charts colour a family by its place among the ticked ones; the formulas here match, so
    // that "the orange ones" means the same family on every view.
    const StatusColours colours = StatusColours::of(m_style, *this);
    int index = 0;
    for (const Row &row : m_rows) {
        const QColor color =
            row.enabled->isChecked() ? m_style.familyColor(index++) : QColor(Qt::gray);
        row.formula->setStyleSheet(
            QStringLiteral("color: %1; font-weight: bold;").arg(colours.coloredText(color).name()));
    }
}

bool FamilyTable::isUsed(const QWidget *editor, CurveWorld world) const
{
    if (world != CurveWorld::Drawn) {
        return true;
    }
    return std::none_of(m_rows.begin(), m_rows.end(), [editor](const Row &row) {
        return editor == row.k || editor == row.b || (editor == row.x && isUnitFree(row.family));
    });
}

} // namespace curvelab
