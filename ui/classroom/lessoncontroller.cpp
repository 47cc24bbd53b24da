#include "lessoncontroller.h"

#include "builtinlessons.h"
#include "canvasdocument.h"
#include "canvasview.h"
#include "classroomcontrols.h"
#include "classroommode.h"
#include "corewording.h"
#include "formfields.h"
#include "lessoneditor.h"
#include "lessonfile.h"
#include "lessonpanel.h"
#include "messagebanner.h"
#include "modelfile.h"
#include "pointcanvas.h"
#include "setuppanel.h"
#include "trainingcontroller.h"

#include <QAction>
#include <QDockWidget>
#include <QFileDialog>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>
#include <QTabWidget>

namespace curvelab {

LessonController::LessonController(WindowParts parts, QObject *parent)
    : QObject(parent), m_parts(std::move(parts))
{
    m_classroom = new ClassroomMode(this);
    m_panel = new LessonPanel;
    m_dock = new QDockWidget(tr("Lesson"));
    m_dock->setObjectName("lessonDock");
    m_dock->setWidget(m_panel);
    m_dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                        QDockWidget::DockWidgetClosable);
    connect(m_panel, &LessonPanel::stepOpened, this, &LessonController::openStep);
    connect(m_panel, &LessonPanel::closeRequested, m_dock, &QWidget::hide);
}

void LessonController::fillMenu(QMenu &menu)
{
    for (const Lesson &lesson : builtInLessons()) {
        menu.addAction(lesson.title, this, [this, lesson] { openLesson(lesson); });
    }
    menu.addSeparator();
    menu.addAction(tr("&Open lesson…"), QKeySequence("Ctrl+Shift+O"), this,
                   &LessonController::openDialog);
    menu.addAction(tr("&Save lesson…"), QKeySequence("Ctrl+Shift+S"), this,
                   &LessonController::saveDialog);
    menu.addAction(tr("&Edit lesson…"), this, &LessonController::editDialog);
    m_includeModelAction = menu.addAction(tr("Save the trained network with the lesson"));
    m_includeModelAction->setCheckable(true);
    m_includeModelAction->setChecked(true);
    menu.addSeparator();
    m_classroomAction = menu.addAction(tr("&Classroom mode"));
    m_classroomAction->setCheckable(true);
    m_classroomAction->setShortcut(QKeySequence("Ctrl+Shift+C"));
    m_classroomAction->setToolTip(
        tr("Hide the controls chosen under \"Hidden in classroom mode\""));
    connect(m_classroomAction, &QAction::toggled, m_classroom, &ClassroomMode::setActive);
    QMenu *hidden = menu.addMenu(tr("&Hidden in classroom mode"));
    for (const ClassroomControl &control : classroomControls()) {
        QAction *action = hidden->addAction(control.title);
        action->setCheckable(true);
        action->setData(control.id);
        connect(action, &QAction::toggled, this,
                [this, id = control.id](bool on) { m_classroom->setControlHidden(id, on); });
    }
    // Said in the status bar while on, so that a teacher does not look for a hidden control.
    QLabel *indicator = plainLabel();
    indicator->setObjectName("classroomIndicator");
    m_parts.window->statusBar()->addPermanentWidget(indicator);
    indicator->hide();
    connect(m_classroom, &ClassroomMode::changed, this,
            [this, hidden, indicator] { showClassroomState(*hidden, *indicator); });
}

void LessonController::showClassroomState(QMenu &hidden, QLabel &indicator)
{
    const QSignalBlocker blocker(m_classroomAction);
    m_classroomAction->setChecked(m_classroom->isActive());
    for (QAction *action : hidden.actions()) {
        const QSignalBlocker actionBlocker(action);
        action->setChecked(m_classroom->hiddenControls().contains(action->data().toString()));
    }
    const int count = static_cast<int>(m_classroom->hiddenControls().size());
    indicator.setText(
        tr("Classroom mode: %1 hidden (Ctrl+Shift+C shows all)")
            .arg(count == 1 ? QString("1 control") : QString("%1 controls").arg(count)));
    indicator.setVisible(m_classroom->isActive());
}

bool LessonController::openLesson(const Lesson &lesson)
{
    if (!m_parts.trainingIdle(tr("Stop training before opening a lesson."))) {
        return false;
    }
    m_parts.setup->setConfig(lesson.config, lesson.untickedFamilies);
    m_classroom->setHiddenControls(lesson.hiddenControls);
    m_parts.canvas->document().replace(lesson.canvasPoints, tr("Open lesson"));
    m_parts.canvas->canvas().fitToPoints();
    MessageBanner &banner = *m_parts.banner;
    try {
        if (lesson.model.empty()) {
            m_parts.forgetWeights();
        } else if (!m_parts.applyModel(deserializeModel(lesson.model),
                                       tr("the lesson \"%1\"").arg(shortened(lesson.title)))) {
            return false;
        }
    } catch (const ModelFileError &e) {
        banner.showMessage(MessageBanner::Kind::Error, localReason(e).toHtmlEscaped());
        return false;
    }
    m_panel->setLesson(lesson.title, lesson.steps);
    // A lesson without steps is a prepared setup: an empty panel would only take room.
    if (lesson.steps.empty()) {
        m_dock->hide();
    } else {
        showDock();
    }
    banner.showMessage(MessageBanner::Kind::Success,
                       (lesson.model.empty()
                            ? tr("Opened the lesson \"%1\".")
                            : tr("Opened the lesson \"%1\" with its trained network."))
                           .arg(shortened(lesson.title).toHtmlEscaped()));
    return true;
}

void LessonController::showDock()
{
    m_dock->show();
    m_dock->raise();
}

QString LessonController::title() const
{
    return m_panel->title().isEmpty() ? tr("Untitled lesson") : m_panel->title();
}

void LessonController::openStep(int index)
{
    const LessonStep &step = m_panel->steps().at(static_cast<std::size_t>(index));
    QTabWidget &tabs = *m_parts.tabs;
    const auto page = m_parts.pages.find(step.view);
    if (page != m_parts.pages.end() && tabs.isTabVisible(tabs.indexOf(page->second))) {
        tabs.setCurrentWidget(page->second);
    }
    if (!step.points.empty()) {
        m_parts.canvas->document().replace(step.points, tr("Lesson step"));
        // Framed, so that a root among parabolas is a curve and not a flat row of dots.
        m_parts.canvas->canvas().fitToPoints();
    }
}

Lesson LessonController::currentLesson() const
{
    Lesson lesson;
    lesson.title = title();
    lesson.config = m_parts.setup->config();
    lesson.untickedFamilies = m_parts.setup->untickedFamilies();
    lesson.canvasPoints = m_parts.canvas->document().points();
    lesson.hiddenControls = m_classroom->hiddenControls();
    lesson.steps = m_panel->steps();
    const std::optional<ModelSnapshot> &weights = m_parts.training->latestSnapshot();
    if (m_includeModelAction->isChecked() && weights && weights->spec == lesson.config.model) {
        lesson.model = serializeModel(*weights);
    }
    return lesson;
}

bool LessonController::openLessonFile(const QString &path)
{
    try {
        return openLesson(loadLesson(path));
    } catch (const LessonFileError &e) {
        m_parts.banner->showMessage(MessageBanner::Kind::Error, localReason(e).toHtmlEscaped());
        return false;
    }
}

bool LessonController::saveLessonFile(const QString &path)
{
    const SetupPanel &setup = *m_parts.setup;
    if (!setup.isValid()) {
        m_parts.banner->showMessage(MessageBanner::Kind::Warning,
                                    tr("The setup has a problem, so there is no lesson to save "
                                       "yet: %1")
                                        .arg(setup.errorText().toHtmlEscaped()));
        return false;
    }
    try {
        const Lesson lesson = currentLesson();
        saveLesson(lesson, path);
        m_parts.window->statusBar()->showMessage(
            (lesson.model.empty() ? tr("Saved the lesson to %1")
                                  : tr("Saved the lesson to %1 with the trained network"))
                .arg(path),
            5000);
        return true;
    } catch (const LessonFileError &e) {
        m_parts.banner->showMessage(MessageBanner::Kind::Error, localReason(e).toHtmlEscaped());
        return false;
    }
}

void LessonController::openDialog()
{
    const QString path =
        QFileDialog::getOpenFileName(m_parts.window, tr("Open lesson"), QString(),
                                     tr("CurveLab lessons (*.curvelab-lesson);;All files (*)"));
    if (!path.isEmpty()) {
        openLessonFile(path);
    }
}

void LessonController::saveDialog()
{
    const QString path =
        QFileDialog::getSaveFileName(m_parts.window, tr("Save lesson"), "lesson.curvelab-lesson",
                                     tr("CurveLab lessons (*.curvelab-lesson)"));
    if (!path.isEmpty()) {
        saveLessonFile(path);
    }
}

void LessonController::editDialog()
{
    LessonEditor editor(title(), m_panel->steps(), m_parts.canvas->document().points(),
                        m_parts.window);
    if (editor.exec() != QDialog::Accepted) {
        return;
    }
    m_panel->updateLesson(editor.title(), editor.steps());
    showDock();
}

} // namespace curvelab
