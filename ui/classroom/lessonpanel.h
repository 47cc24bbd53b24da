#pragma once

#include "lesson.h"

#include <QWidget>

class QKeySequence;
class QPushButton;
class QTextBrowser;

namespace curvelab {

class ElidedLabel;

// The lesson beside the app: its title, the current step's text in large type, and Back / Next.
// It only tells; the main window carries out what a step asks for (a tab, canvas points), so
// that the panel can be tested, and reused, on its own.
class LessonPanel : public QWidget
{
    Q_OBJECT

public:
    explicit LessonPanel(QWidget *parent = nullptr);

    // Shows `lesson`'s first step and emits stepOpened() for it.
    void setLesson(const QString &title, const std::vector<LessonStep> &steps);
    // The same lesson edited: stays on the current step (or the last one left) and opens nothing.
    void updateLesson(const QString &title, const std::vector<LessonStep> &steps);
    QString title() const { return m_title; }
    const std::vector<LessonStep> &steps() const { return m_steps; }
    int currentStep() const { return m_current; }
    // The text as shown, without markup: for tests and screen readers.
    QString shownText() const;

public Q_SLOTS:
    void showStep(int index);
    void next();
    void back();

Q_SIGNALS:
    void stepOpened(int index); // into steps()
    void closeRequested();

private:
    void refresh();
    void addStepKey(const QKeySequence &key, void (LessonPanel::*turn)());

    QString m_title;
    std::vector<LessonStep> m_steps;
    int m_current = -1;

    ElidedLabel *m_titleLabel = nullptr;
    ElidedLabel *m_stepLabel = nullptr;
    QTextBrowser *m_text = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_next = nullptr;
};

} // namespace curvelab
