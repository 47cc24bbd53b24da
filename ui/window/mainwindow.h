#pragma once

#include "fileactions.h"
#include "lesson.h"
#include "lessoncontroller.h"
#include "messagebanner.h"
#include "referencecalculator.h"
#include "trainingcontroller.h"
#include "trainingdashboard.h"
#include "trainingstats.h"
#include "windowparts.h"
#include "windowrestorepoint.h"

#include <QMainWindow>
#include <optional>
#include <vector>

QT_BEGIN_NAMESPACE
class QAction;
class QDockWidget;
class QTabWidget;
QT_END_NAMESPACE

namespace curvelab {

class CanvasView;
class ClassroomMode;
class CurvesView;
class LessonPanel;
class RaceView;
class SetupPanel;
class TrainingSpeed;

// CurveLab's window: the setup on the left, the live charts and the curves in the middle,
// training controls on the toolbar. Training runs on the controller's thread; this class only
// reacts to its value-type signals, so the window never waits for a batch. It assembles the
// parts and wires them to training: the Training tab (TrainingDashboard, with the MessageBanner),
// the canvas, the race and the curves; the lessons and classroom mode (LessonController), the
// File menu's work (FileActions) and the speed slider (TrainingSpeed).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    using BannerKind = MessageBanner::Kind;

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // File operations; failures show in the banner and change nothing.
    bool openModel(const QString &path) { return m_files->openModel(path); }
    bool saveModel(const QString &path) { return m_files->saveModel(path); }
    bool exportMetrics(const QString &path) { return m_files->exportMetrics(path); }
    bool exportChart(int chart, const QString &path) { return m_files->exportChart(chart, path); }
    // Lessons: opening one replaces the setup, the canvas, the hidden controls and the weights
    // (when it carries a model), and shows its steps beside the app. Refused while training runs.
    bool openLesson(const Lesson &lesson) { return m_lessons->openLesson(lesson); }
    bool openLessonFile(const QString &path) { return m_lessons->openLessonFile(path); }
    bool saveLessonFile(const QString &path) { return m_lessons->saveLessonFile(path); }
    // The lesson as the window holds it now: what saveLessonFile() writes.
    Lesson currentLesson() const { return m_lessons->currentLesson(); }
    ClassroomMode &classroomMode() { return m_lessons->classroom(); }
    LessonPanel &lessonPanel() { return m_lessons->panel(); }

    TrainingController &controller() { return m_controller; }
    SetupPanel &setupPanel() { return *m_setup; }
    CanvasView &canvasView() { return *m_canvas; }
    RaceView &raceView() { return *m_race; }
    QString bannerText() const { return m_banner->shownText(); }
    BannerKind bannerKind() const { return m_banner->kind(); }
    QString statusText() const;
    const std::vector<TrainingStats> &history() const { return m_dashboard->history(); }
    // The charts, in the order exportChart() numbers them.
    QList<QWidget *> charts() const { return m_dashboard->charts(); }
    static constexpr int kChartCount = TrainingDashboard::kChartCount;
    bool presentationMode() const { return m_beforePresentation.has_value(); }

public Q_SLOTS:
    void startOrPause();
    void stepOnce();
    void stopTraining();
    void resetWeights();
    void setLargeText(bool large);
    // Full screen, without the setup, in larger text, thicker lines and high-contrast colours for
    // a projector (F5; Esc leaves too). Leaving puts back the window as it was.
    void setPresentationMode(bool on);
    void showCanvas();
    void showRace();

protected:
    void closeEvent(QCloseEvent *event) override;
    // A new desktop palette (a dark or high-contrast theme chosen while the app runs): the
    // status colours follow it in high contrast.
    void changeEvent(QEvent *event) override;

private:
    // The opening Start and Step share: the setup must be usable (else `refusal` and the reason
    // in the banner, and false), and a run that will not continue from the kept weights clears
    // the charts and the canvas's network.
    bool prepareRun(const QString &refusal);
    QWidget *buildCurvesTab();
    void buildActions();
    void buildMenus();
    // The parts the window's helpers act on.
    WindowParts parts();
    void buildLessons();
    void registerClassroomControls();
    // Shows `model`'s families in the setup and hands its weights to training and the canvas.
    // `origin` names the file or lesson the weights came from, for the canvas.
    bool applyModel(const ModelSnapshot &model, const QString &origin);
    // Back to no weights: training starts afresh and the canvas has nothing to classify with.
    void forgetWeights();
    void buildToolBar();
    void buildStatusBar();
    void connectController();
    void connectSetup();

    void onStateChanged(TrainingController::State state);
    void onFinished(const TrainingResult &result, const ModelSnapshot &weights);
    void onModelSettingsChanged();
    void onGeneratorChanged();
    void refreshReferences();

    // Hands the views, the banner and the setup the style that presentation mode, the large-text
    // choice and high contrast make.
    void applyViewStyle();

    void restoreSettings();
    void saveSettings() const;

    TrainingController m_controller;
    SetupPanel *m_setup = nullptr;
    QTabWidget *m_tabs = nullptr;
    TrainingDashboard *m_dashboard = nullptr;
    MessageBanner *m_banner = nullptr; // on the dashboard
    CurvesView *m_curves = nullptr;
    CanvasView *m_canvas = nullptr;
    RaceView *m_race = nullptr;
    LessonController *m_lessons = nullptr;
    FileActions *m_files = nullptr;
    QDockWidget *m_setupDock = nullptr;
    TrainingSpeed *m_speed = nullptr;

    QAction *m_startAction = nullptr;
    QAction *m_stepAction = nullptr;
    QAction *m_stopAction = nullptr;
    QAction *m_resetAction = nullptr;
    QAction *m_largeTextAction = nullptr;
    QAction *m_highContrastAction = nullptr;
    QAction *m_presentationAction = nullptr;
    std::optional<WindowRestorePoint> m_beforePresentation; // set while presenting

    ReferenceCalculator m_references;
};

} // namespace curvelab
