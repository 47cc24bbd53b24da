#include "lessoneditor.h"

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

namespace {

QPushButton *button(const QString &text, const QString &name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}

} // namespace

LessonEditor::LessonEditor(const QString &title, const std::vector<LessonStep> &steps,
                           const PointSequence &canvasPoints, QWidget *parent)
    : QDialog(parent), m_steps(steps), m_canvasPoints(canvasPoints)
{
    setWindowTitle(tr("Edit lesson"));
    m_title = new QLineEdit(title, this);
    m_title->setObjectName("lessonTitle");

    m_stepEditors = new QWidget(this);
    m_stepTitle = new QLineEdit(m_stepEditors);
    m_stepTitle->setObjectName("stepTitle");
    m_view = new QComboBox(m_stepEditors);
    m_view->setObjectName("stepView");
    m_view->addItem(tr("stay where the class is"), QString());
    for (const QString &view : lessonViews()) {
        m_view->addItem(tr("the %1 tab").arg(view), view);
    }
    m_text = new QPlainTextEdit(m_stepEditors);
    m_text->setObjectName("stepText");
    m_text->setPlaceholderText(tr("What to watch for. A blank line starts a new paragraph."));
    m_points = new QLabel(m_stepEditors);
    m_points->setTextFormat(Qt::PlainText);
    auto *usePoints = button(tr("Use the canvas's points"), "usePoints", m_stepEditors);
    auto *noPoints = button(tr("No points"), "noPoints", m_stepEditors);
    usePoints->setToolTip(tr("When this step opens, the canvas shows the points it has now."));
    usePoints->setEnabled(!m_canvasPoints.empty());
    auto *pointsRow = new QHBoxLayout;
    pointsRow->addWidget(m_points, 1);
    pointsRow->addWidget(usePoints);
    pointsRow->addWidget(noPoints);
    auto *form = new QFormLayout(m_stepEditors);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Step title"), m_stepTitle);
    form->addRow(tr("Opens"), m_view);
    form->addRow(tr("Text"), m_text);
    form->addRow(tr("Canvas"), pointsRow);

    auto *stepList = new QWidget(this);
    buildList(stepList);
    auto *split = new QHBoxLayout;
    split->addWidget(stepList);
    split->addWidget(m_stepEditors, 1);

    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(box, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    auto *titleRow = new QFormLayout;
    titleRow->addRow(tr("Lesson title"), m_title);
    layout->addLayout(titleRow);
    layout->addLayout(split, 1);
    layout->addWidget(box);

    connect(m_stepTitle, &QLineEdit::textEdited, this, &LessonEditor::storeSelected);
    connect(m_view, &QComboBox::currentIndexChanged, this, &LessonEditor::storeSelected);
    connect(m_text, &QPlainTextEdit::textChanged, this, &LessonEditor::storeSelected);
    connect(usePoints, &QPushButton::clicked, this, &LessonEditor::useCanvasPoints);
    connect(noPoints, &QPushButton::clicked, this, &LessonEditor::clearPoints);
    resize(760, 480);
    refreshList();
    selectStep(m_steps.empty() ? -1 : 0);
}

void LessonEditor::buildList(QWidget *parent)
{
    m_list = new QListWidget(parent);
    m_list->setObjectName("stepList");
    auto *add = button(tr("Add step"), "addStep", parent);
    m_remove = button(tr("Remove"), "removeStep", parent);
    auto *up = button(tr("Up"), "stepUp", parent);
    auto *down = button(tr("Down"), "stepDown", parent);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {add, m_remove, up, down}) {
        buttons->addWidget(b);
    }
    auto *layout = new QVBoxLayout(parent);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    connect(m_list, &QListWidget::currentRowChanged, this, &LessonEditor::selectStep);
    connect(add, &QPushButton::clicked, this, &LessonEditor::addStep);
    connect(m_remove, &QPushButton::clicked, this, &LessonEditor::removeStep);
    connect(up, &QPushButton::clicked, this, [this] { moveStep(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveStep(+1); });
}

QString LessonEditor::title() const
{
    return m_title->text().trimmed();
}

void LessonEditor::addStep()
{
    const int at = m_selected + 1;
    m_steps.insert(m_steps.begin() + at,
                   LessonStep{tr("Step %1").arg(m_steps.size() + 1), QString(), QString(), {}});
    refreshList();
    selectStep(at);
    m_stepTitle->setFocus();
    m_stepTitle->selectAll();
}

void LessonEditor::removeStep()
{
    if (!selected()) {
        return;
    }
    m_steps.erase(m_steps.begin() + m_selected);
    const int next = std::min(m_selected, static_cast<int>(m_steps.size()) - 1);
    refreshList();
    selectStep(next);
}

void LessonEditor::moveStep(int by)
{
    const int to = m_selected + by;
    if (!selected() || to < 0 || to >= static_cast<int>(m_steps.size())) {
        return;
    }
    std::swap(m_steps[static_cast<std::size_t>(m_selected)], m_steps[static_cast<std::size_t>(to)]);
    refreshList();
    selectStep(to);
}

void LessonEditor::selectStep(int index)
{
    m_selected = index >= 0 && index < static_cast<int>(m_steps.size()) ? index : -1;
    if (m_list->currentRow() != m_selected) {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentRow(m_selected);
    }
    showSelected();
}

void LessonEditor::useCanvasPoints()
{
    if (LessonStep *step = selected()) {
        step->points = m_canvasPoints;
        showSelected();
    }
}

void LessonEditor::clearPoints()
{
    if (LessonStep *step = selected()) {
        step->points.clear();
        showSelected();
    }
}

void LessonEditor::refreshList()
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (std::size_t i = 0; i < m_steps.size(); ++i) {
        m_list->addItem(QString("%1. %2").arg(i + 1).arg(m_steps[i].title));
    }
}

void LessonEditor::showSelected()
{
    const LessonStep *step = selected();
    m_stepEditors->setEnabled(step != nullptr);
    m_remove->setEnabled(step != nullptr);
    m_showing = true;
    m_stepTitle->setText(step ? step->title : QString());
    m_view->setCurrentIndex(step ? std::max(0, m_view->findData(step->view)) : 0);
    m_text->setPlainText(step ? step->text : QString());
    m_showing = false;
    const int count = step ? static_cast<int>(step->points.size()) : 0;
    m_points->setText(count == 0 ? tr("leaves the canvas as it is")
                                 : tr("puts %n point(s) on the canvas", nullptr, count));
}

void LessonEditor::storeSelected()
{
    LessonStep *step = selected();
    if (m_showing || !step) {
        return;
    }
    step->title = m_stepTitle->text();
    step->view = m_view->currentData().toString();
    step->text = m_text->toPlainText();
    if (QListWidgetItem *item = m_list->item(m_selected)) {
        item->setText(QString("%1. %2").arg(m_selected + 1).arg(step->title));
    }
}

LessonStep *LessonEditor::selected()
{
    return m_selected >= 0 ? &m_steps[static_cast<std::size_t>(m_selected)] : nullptr;
}

} // namespace curvelab
