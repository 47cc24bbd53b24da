#pragma once

#include "lesson.h"
#include "windowparts.h"

#include <QObject>

QT_BEGIN_NAMESPACE
class QAction;
class QDockWidget;
class QLabel;
class QMenu;
QT_END_NAMESPACE

namespace curvelab {

class ClassroomMode;
class LessonPanel;

// Lessons in the window: opening a built-in or saved one (the setup, the canvas, the hidden
// controls, the weights), carrying out its steps as the lesson panel turns them, saving and
// editing it, and the Lessons menu with classroom mode. Owns the lesson panel's dock, which the
// window places, and classroom mode, whose controls the window registers.
class LessonController : public QObject
{
    Q_OBJECT

public:
    explicit LessonController(WindowParts parts, QObject *parent = nullptr);

    QDockWidget *dock() const { return m_dock; }
    LessonPanel &panel() { return *m_panel; }
    ClassroomMode &classroom() { return *m_classroom; }
    // Fills the Lessons menu, and puts classroom mode's indicator in the status bar. Once, before
    // a lesson is saved: the menu holds the choice to save the trained network with it.
    void fillMenu(QMenu &menu);

    // Refused while training runs; see MainWindow::openLesson().
    bool openLesson(const Lesson &lesson);
    bool openLessonFile(const QString &path);
    bool saveLessonFile(const QString &path);
    Lesson currentLesson() const;
    void showDock();

private:
    // The lesson's title, or what an untitled one is called.
    QString title() const;
    void openStep(int index);
    void openDialog();
    void saveDialog();
    void editDialog();
    void showClassroomState(QMenu &hidden, QLabel &indicator);

    WindowParts m_parts;
    ClassroomMode *m_classroom = nullptr;
    LessonPanel *m_panel = nullptr;
    QDockWidget *m_dock = nullptr;
    QAction *m_includeModelAction = nullptr;
    QAction *m_classroomAction = nullptr;
};

} // namespace curvelab
