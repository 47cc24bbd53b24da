#include "lessoneditor.h"

#include "formfields.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>
namespace curvelab {
#include "formfields.h"
namespace {
#include "formfields.h"
QPushButton *button(const QString &text, const QString &name, QWidget *parent)
#include "formfields.h"
{
#include "formfields.h"
    auto *b = new QPushButton(text, parent);
#include "formfields.h"
    b->setObjectName(name);
#include "formfields.h"
    return b;
#include "formfields.h"
}
#include "formfields.h"
} // namespace
#include "formfields.h"
LessonEditor::LessonEditor(const QString &title, const std::vector<LessonStep> &steps,
#include "formfields.h"
                           const PointSequence &canvasPoints, QWidget *parent)
#include "formfields.h"
    : QDialog(parent), m_steps(steps), m_canvasPoints(canvasPoints)
#include "formfields.h"
{
#include "formfields.h"
    setWindowTitle(tr("Edit lesson"));
#include "formfields.h"
    m_title = new QLineEdit(title, this);
#include "formfields.h"
    m_title->setObjectName("lessonTitle");
#include "formfields.h"
    m_stepEditors = new QWidget(this);
#include "formfields.h"
    m_stepTitle = new QLineEdit(m_stepEditors);
#include "formfields.h"
    m_stepTitle->setObjectName("stepTitle");
#include "formfields.h"
    m_view = new QComboBox(m_stepEditors);
#include "formfields.h"
    m_view->setObjectName("stepView");
#include "formfields.h"
    m_view->addItem(tr("stay where the class is"), QString());
#include "formfields.h"
    for (const QString &view : lessonViews()) {
#include "formfields.h"
        m_view->addItem(tr("the %1 tab").arg(view), view);
#include "formfields.h"
    }
#include "formfields.h"
    m_text = new QPlainTextEdit(m_stepEditors);
#include "formfields.h"
    m_text->setObjectName("stepText");
#include "formfields.h"
    m_text->setPlaceholderText(tr("What to watch for. A blank line starts a new paragraph."));
#include "formfields.h"
    m_points = new QLabel(m_stepEditors);
    m_points->setTextFormat(Qt::PlainText);
#include "formfields.h"
    auto *usePoints = button(tr("Use the canvas's points"), "usePoints", m_stepEditors);
#include "formfields.h"
    auto *noPoints = button(tr("No points"), "noPoints", m_stepEditors);
#include "formfields.h"
    usePoints->setToolTip(tr("When this step opens, the canvas shows the points it has now."));
#include "formfields.h"
    usePoints->setEnabled(!m_canvasPoints.empty());
#include "formfields.h"
    auto *pointsRow = new QHBoxLayout;
#include "formfields.h"
    pointsRow->addWidget(m_points, 1);
#include "formfields.h"
    pointsRow->addWidget(usePoints);
#include "formfields.h"
    pointsRow->addWidget(noPoints);
#include "formfields.h"
    auto *form = new QFormLayout(m_stepEditors);
#include "formfields.h"
    form->setContentsMargins(0, 0, 0, 0);
#include "formfields.h"
    form->addRow(tr("Step title"), m_stepTitle);
#include "formfields.h"
    form->addRow(tr("Opens"), m_view);
#include "formfields.h"
    form->addRow(tr("Text"), m_text);
#include "formfields.h"
    form->addRow(tr("Canvas"), pointsRow);
#include "formfields.h"
    auto *stepList = new QWidget(this);
#include "formfields.h"
    buildList(stepList);
#include "formfields.h"
    auto *split = new QHBoxLayout;
#include "formfields.h"
    split->addWidget(stepList);
#include "formfields.h"
    split->addWidget(m_stepEditors, 1);
#include "formfields.h"
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
#include "formfields.h"
    connect(box, &QDialogButtonBox::accepted, this, &QDialog::accept);
#include "formfields.h"
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
#include "formfields.h"
    auto *layout = new QVBoxLayout(this);
#include "formfields.h"
    auto *titleRow = new QFormLayout;
#include "formfields.h"
    titleRow->addRow(tr("Lesson title"), m_title);
#include "formfields.h"
    layout->addLayout(titleRow);
#include "formfields.h"
    layout->addLayout(split, 1);
#include "formfields.h"
    layout->addWidget(box);
#include "formfields.h"
    connect(m_stepTitle, &QLineEdit::textEdited, this, &LessonEditor::storeSelected);
#include "formfields.h"
    connect(m_view, &QComboBox::currentIndexChanged, this, &LessonEditor::storeSelected);
#include "formfields.h"
    connect(m_text, &QPlainTextEdit::textChanged, this, &LessonEditor::storeSelected);
#include "formfields.h"
    connect(usePoints, &QPushButton::clicked, this, &LessonEditor::useCanvasPoints);
#include "formfields.h"
    connect(noPoints, &QPushButton::clicked, this, &LessonEditor::clearPoints);
#include "formfields.h"
    resize(760, 480);
#include "formfields.h"
    refreshList();
#include "formfields.h"
    selectStep(m_steps.empty() ? -1 : 0);
#include "formfields.h"
}
#include "formfields.h"
void LessonEditor::buildList(QWidget *parent)
#include "formfields.h"
{
#include "formfields.h"
    m_list = new QListWidget(parent);
#include "formfields.h"
    m_list->setObjectName("stepList");
#include "formfields.h"
    auto *add = button(tr("Add step"), "addStep", parent);
#include "formfields.h"
    m_remove = button(tr("Remove"), "removeStep", parent);
#include "formfields.h"
    auto *up = button(tr("Up"), "stepUp", parent);
#include "formfields.h"
    auto *down = button(tr("Down"), "stepDown", parent);
#include "formfields.h"
    auto *buttons = new QHBoxLayout;
#include "formfields.h"
    for (QPushButton *b : {add, m_remove, up, down}) {
#include "formfields.h"
        buttons->addWidget(b);
#include "formfields.h"
    }
#include "formfields.h"
    auto *layout = new QVBoxLayout(parent);
#include "formfields.h"
    layout->setContentsMargins(0, 0, 0, 0);
#include "formfields.h"
    layout->addWidget(m_list, 1);
#include "formfields.h"
    layout->addLayout(buttons);
#include "formfields.h"
    connect(m_list, &QListWidget::currentRowChanged, this, &LessonEditor::selectStep);
#include "formfields.h"
    connect(add, &QPushButton::clicked, this, &LessonEditor::addStep);
#include "formfields.h"
    connect(m_remove, &QPushButton::clicked, this, &LessonEditor::removeStep);
#include "formfields.h"
    connect(up, &QPushButton::clicked, this, [this] { moveStep(-1); });
#include "formfields.h"
    connect(down, &QPushButton::clicked, this, [this] { moveStep(+1); });
#include "formfields.h"
}
#include "formfields.h"
QString LessonEditor::title() const
#include "formfields.h"
{
#include "formfields.h"
    return m_title->text().trimmed();
#include "formfields.h"
}
#include "formfields.h"
void LessonEditor::addStep()
#include "formfields.h"
{
#include "formfields.h"
    const int at = m_selected + 1;
#include "formfields.h"
    m_steps.insert(m_steps.begin() + at,
#include "formfields.h"
                   LessonStep{tr("Step %1").arg(m_steps.size() + 1), QString(), QString(), {}});
#include "formfields.h"
    refreshList();
#include "formfields.h"
    selectStep(at);
#include "formfields.h"
    m_stepTitle->setFocus();
#include "formfields.h"
    m_stepTitle->selectAll();
#include "formfields.h"
}
#include "formfields.h"
void LessonEditor::removeStep()
#include "formfields.h"
{
#include "formfields.h"
    if (!selected()) {
#include "formfields.h"
        return;
#include "formfields.h"
    }
#include "formfields.h"
    m_steps.erase(m_steps.begin() + m_selected);
#include "formfields.h"
    const int next = std::min(m_selected, static_cast<int>(m_steps.size()) - 1);
#include "formfields.h"
    refreshList();
#include "formfields.h"
    selectStep(next);
#include "formfields.h"
}
#include "formfields.h"
void LessonEditor::moveStep(int by)
#include "formfields.h"
{
#include "formfields.h"
    const int to = m_selected + by;
#include "formfields.h"
    if (!selected() || to < 0 || to >= static_cast<int>(m_steps.size())) {
#include "formfields.h"
        return;
#include "formfields.h"
    }
#include "formfields.h"
    std::swap(m_steps[static_cast<std::size_t>(m_selected)], m_steps[static_cast<std::size_t>(to)]);
#include "formfields.h"
    refreshList();
#include "formfields.h"
    selectStep(to);
#include "formfields.h"
}
#include "formfields.h"
void LessonEditor::selectStep(int index)
#include "formfields.h"
{
#include "formfields.h"
    m_selected = index >= 0 && index < static_cast<int>(m_steps.size()) ? index : -1;
#include "formfields.h"
    if (m_list->currentRow() != m_selected) {
#include "formfields.h"
        const QSignalBlocker blocker(m_list);
#include "formfields.h"
        m_list->setCurrentRow(m_selected);
#include "formfields.h"
    }
#include "formfields.h"
    showSelected();
#include "formfields.h"
}
#include "formfields.h"
void LessonEditor::useCanvasPoints()
#include "formfields.h"
{
#include "formfields.h"
    if (LessonStep *step = selected()) {
#include "formfields.h"
        step->points = m_canvasPoints;
#include "formfields.h"
        showSelected();
#include "formfields.h"
    }
#include "formfields.h"
}
#include "formfields.h"
void LessonEditor::clearPoints()
#include "formfields.h"
{
#include "formfields.h"
    if (LessonStep *step = selected()) {
#include "formfields.h"
        step->points.clear();
#include "formfields.h"
        showSelected();
#include "formfields.h"
    }
#include "formfields.h"
}
#include "formfields.h"
void LessonEditor::refreshList()
#include "formfields.h"
{
#include "formfields.h"
    const QSignalBlocker blocker(m_list);
#include "formfields.h"
    m_list->clear();
#include "formfields.h"
    for (std::size_t i = 0; i < m_steps.size(); ++i) {
#include "formfields.h"
        m_list->addItem(QString("%1. %2").arg(i + 1).arg(m_steps[i].title));
#include "formfields.h"
    }
#include "formfields.h"
}
#include "formfields.h"
void LessonEditor::showSelected()
#include "formfields.h"
{
#include "formfields.h"
    const LessonStep *step = selected();
#include "formfields.h"
    m_stepEditors->setEnabled(step != nullptr);
#include "formfields.h"
    m_remove->setEnabled(step != nullptr);
#include "formfields.h"
    m_showing = true;
#include "formfields.h"
    m_stepTitle->setText(step ? step->title : QString());
#include "formfields.h"
    m_view->setCurrentIndex(step ? std::max(0, m_view->findData(step->view)) : 0);
#include "formfields.h"
    m_text->setPlainText(step ? step->text : QString());
#include "formfields.h"
    m_showing = false;
#include "formfields.h"
    const int count = step ? static_cast<int>(step->points.size()) : 0;
#include "formfields.h"
    m_points->setText(count == 0 ? tr("leaves the canvas as it is")
#include "formfields.h"
                                 : tr("puts %n point(s) on the canvas", nullptr, count));
#include "formfields.h"
}
#include "formfields.h"
void LessonEditor::storeSelected()
#include "formfields.h"
{
#include "formfields.h"
    LessonStep *step = selected();
#include "formfields.h"
    if (m_showing || !step) {
#include "formfields.h"
        return;
#include "formfields.h"
    }
#include "formfields.h"
    step->title = m_stepTitle->text();
#include "formfields.h"
    step->view = m_view->currentData().toString();
#include "formfields.h"
    step->text = m_text->toPlainText();
#include "formfields.h"
    if (QListWidgetItem *item = m_list->item(m_selected)) {
#include "formfields.h"
        item->setText(QString("%1. %2").arg(m_selected + 1).arg(step->title));
#include "formfields.h"
    }
#include "formfields.h"
}
#include "formfields.h"
LessonStep *LessonEditor::selected()
#include "formfields.h"
{
#include "formfields.h"
    return m_selected >= 0 ? &m_steps[static_cast<std::size_t>(m_selected)] : nullptr;
#include "formfields.h"
}
#include "formfields.h"
} // namespace curvelab
