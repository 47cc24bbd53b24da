#include "lessonpanel.h"

#include "elidedlabel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace curvelab {

namespace {

// The step's text is read from across a room: larger than the rest of the window.
constexpr double kTextScale = 1.35;

// Plain text to HTML paragraphs: a blank line starts a new one; nothing in it is markup.
QString paragraphs(const QString &text)
{
    QString html;
    for (const QString &paragraph : text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts)) {
        html +=
            QStringLiteral("<p>") + paragraph.trimmed().toHtmlEscaped() + QStringLiteral("</p>");
    }
    return html;
}

QFont scaled(QFont font, double factor, bool bold = false)
{
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

} // namespace

LessonPanel::LessonPanel(QWidget *parent) : QWidget(parent)
{
    // The titles come from lesson files: plain text, at most two lines each however long.
    m_titleLabel = new ElidedLabel(2);
    m_titleLabel->setObjectName("lessonTitle");
    m_titleLabel->setFont(scaled(font(), 1.5, /*bold=*/true));
    m_stepLabel = new ElidedLabel(2);
    m_stepLabel->setObjectName("lessonStep");
    m_stepLabel->setFont(scaled(font(), kTextScale, /*bold=*/true));
    m_text = new QTextBrowser;
    m_text->setObjectName("lessonText");
    m_text->setFont(scaled(font(), kTextScale));
    m_text->setFrameShape(QFrame::NoFrame);
    m_text->setOpenLinks(false);
    // Text on the panel, not in a white box: it reads as the lesson, not as a form to fill in.
    m_text->viewport()->setAutoFillBackground(false);

    m_back = new QPushButton(tr("◀ Back"));
    m_back->setObjectName("lessonBack");
    m_next = new QPushButton(tr("Next ▶"));
    m_next->setObjectName("lessonNext");
    m_next->setDefault(true);
    auto *end = new QPushButton(tr("End lesson"));
    end->setObjectName("lessonEnd");
    connect(m_back, &QPushButton::clicked, this, &LessonPanel::back);
    connect(m_next, &QPushButton::clicked, this, &LessonPanel::next);
    connect(end, &QPushButton::clicked, this, &LessonPanel::closeRequested);
    // A clicked button keeps no focus: Space must stay Start/Pause, not "next step again".
    // Page Down and Page Up turn the steps instead, as a presenter's clicker sends them.
    for (QPushButton *button : {m_back, m_next, end}) {
        button->setFocusPolicy(Qt::NoFocus);
    }
    addStepKey(QKeySequence(Qt::Key_PageDown), &LessonPanel::next);
    addStepKey(QKeySequence(Qt::Key_PageUp), &LessonPanel::back);
    m_next->setToolTip(tr("Next step (Page Down)"));
    m_back->setToolTip(tr("Previous step (Page Up)"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    buttons->addStretch(1);
    buttons->addWidget(end);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_stepLabel);
    layout->addWidget(m_text, 1);
    layout->addLayout(buttons);
    refresh();
}

void LessonPanel::addStepKey(const QKeySequence &key, void (LessonPanel::*turn)())
{
    auto *action = new QAction(this);
    action->setShortcut(key);
    // Anywhere in the window, while the panel is shown: the class watches the charts, not it.
    action->setShortcutContext(Qt::WindowShortcut);
    connect(action, &QAction::triggered, this, turn);
    addAction(action);
}

void LessonPanel::setLesson(const QString &title, const std::vector<LessonStep> &steps)
{
    m_title = title;
    m_steps = steps;
    m_current = -1;
    if (m_steps.empty()) {
        refresh();
        return;
    }
    showStep(0);
}

void LessonPanel::updateLesson(const QString &title, const std::vector<LessonStep> &steps)
{
    m_title = title;
    m_steps = steps;
    m_current = std::min(std::max(m_current, 0), static_cast<int>(m_steps.size()) - 1);
    refresh();
}

QString LessonPanel::shownText() const
{
    return m_text->toPlainText();
}

void LessonPanel::showStep(int index)
{
    if (index < 0 || index >= static_cast<int>(m_steps.size())) {
        return;
    }
    m_current = index;
    refresh();
    Q_EMIT stepOpened(index);
}

void LessonPanel::next()
{
    showStep(m_current + 1);
}

void LessonPanel::back()
{
    showStep(m_current - 1);
}

void LessonPanel::refresh()
{
    m_titleLabel->setText(m_title);
    const int count = static_cast<int>(m_steps.size());
    if (m_current < 0) {
        m_stepLabel->setText(count == 0 ? tr("This lesson has no steps.") : QString());
        m_text->clear();
    } else {
        const LessonStep &step = m_steps[static_cast<std::size_t>(m_current)];
        m_stepLabel->setText(tr("Step %1 of %2: %3").arg(m_current + 1).arg(count).arg(step.title));
        m_text->setHtml(paragraphs(step.text));
    }
    m_back->setEnabled(m_current > 0);
    m_next->setEnabled(m_current + 1 < count);
}

} // namespace curvelab
