#pragma once

#include "evaluator.h"
#include "lesson.h"
#include "referencecalculator.h"
#include "trainingcontroller.h"
#include "trainingstats.h"
#include "windowrestorepoint.h"

#include <QMainWindow>
#include <optional>
#include <vector>

QT_BEGIN_NAMESPACE
class QAction;
class QDockWidget;
class QLabel;
class QProgressBar;
class QSlider;
class QTabWidget;
QT_END_NAMESPACE

namespace curvelab {

class AccuracyByLengthChart;
class CanvasView;
class ClassroomMode;
class LessonPanel;
class RaceView;
class ConfusionMatrixView;
class CurvesView;
class LiveChart;
class SetupPanel;

// CurveLab's window: the setup on the left, the live charts and the curves in the middle,
// training controls on the toolbar. Training runs on the controller's thread; this class only
// reacts to its value-type signals, so the window never waits for a batch.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class BannerKind
    {
        Hint,
        Success,
        Warning,
        Error
    };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // File operations; failures show in the banner and change nothing.
    bool openModel(const QString &path);
    bool saveModel(const QString &path);
    bool exportMetrics(const QString &path);
    bool exportChart(int chart, const QString &path);
    // Lessons: opening one replaces the setup, the canvas, the hidden controls and the weights
    // (when it carries a model), and shows its steps beside the app. Refused while training runs.
    bool openLesson(const Lesson &lesson);
    bool openLessonFile(const QString &path);
    bool saveLessonFile(const QString &path);
    // The lesson as the window holds it now: what saveLessonFile() writes.
    Lesson currentLesson() const;
    ClassroomMode &classroomMode() { return *m_classroom; }
    LessonPanel &lessonPanel() { return *m_lessonPanel; }

    TrainingController &controller() { return m_controller; }
    SetupPanel &setupPanel() { return *m_setup; }
    CanvasView &canvasView() { return *m_canvas; }
    RaceView &raceView() { return *m_race; }
    QString bannerText() const;
    BannerKind bannerKind() const { return m_bannerKind; }
    QString statusText() const;
    const std::vector<TrainingStats> &history() const { return m_history; }
    // The charts, in the order exportChart() numbers them.
    QList<QWidget *> charts() const;
    static constexpr int kChartCount = 4;
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

private:
    // The opening Start and Step share: the setup must be usable (else `refusal` and the reason
    // in the banner, and false), and a run that will not continue from the kept weights clears
    // the charts and the canvas's network.
    bool prepareRun(const QString &refusal);
    void buildCharts();
    QWidget *buildTrainingTab();
    QWidget *buildCurvesTab();
    void buildActions();
    void buildMenus();
    void buildLessonMenu();
    void buildLessonDock();
    void registerClassroomControls();
    void openLessonStep(int index);
    // Shows `model`'s families in the setup and hands its weights to training and the canvas.
    // `origin` names the file or lesson the weights came from, for the canvas.
    bool applyModel(const ModelSnapshot &model, const QString &origin);
    // Back to no weights: training starts afresh and the canvas has nothing to classify with.
    void forgetWeights();
    void showLessonDock();
    void buildToolBar();
    void buildStatusBar();
    void connectController();
    void connectSetup();

    void onStateChanged(TrainingController::State state);
    void onProgress(const TrainingStats &stats);
    void onFinished(const TrainingResult &result, const ModelSnapshot &weights);
    void onModelSettingsChanged();
    void onGeneratorChanged();
    void showStats(const TrainingStats &stats);
    void clearCharts();
    void refreshReferences();
    void showReferences(const ReferenceReport &report);

    void showBanner(BannerKind kind, const QString &text);
    void hideBanner();
    // Hands the views the style that presentation mode and the large-text choice make.
    void applyViewStyle();

    void restoreSettings();
    void saveSettings() const;

    void openModelDialog();
    void openLessonDialog();
    void saveLessonDialog();
    void editLessonDialog();
    void saveModelDialog();
    void exportMetricsDialog();
    void exportChartDialog(int chart);

    TrainingController m_controller;
    SetupPanel *m_setup = nullptr;
    QTabWidget *m_tabs = nullptr;
    LiveChart *m_lossChart = nullptr;
    LiveChart *m_accuracyChart = nullptr;
    AccuracyByLengthChart *m_byLengthChart = nullptr;
    ConfusionMatrixView *m_confusion = nullptr;
    CurvesView *m_curves = nullptr;
    CanvasView *m_canvas = nullptr;
    RaceView *m_race = nullptr;
    ClassroomMode *m_classroom = nullptr;
    LessonPanel *m_lessonPanel = nullptr;
    QDockWidget *m_setupDock = nullptr;
    QDockWidget *m_lessonDock = nullptr;
    QAction *m_classroomAction = nullptr;
    QAction *m_includeModelAction = nullptr;
    QLabel *m_banner = nullptr;
    BannerKind m_bannerKind = BannerKind::Hint;
    QLabel *m_statusLabel = nullptr;
    QProgressBar *m_targetProgress = nullptr;
    QSlider *m_speed = nullptr;
    QLabel *m_speedLabel = nullptr;

    QAction *m_startAction = nullptr;
    QAction *m_stepAction = nullptr;
    QAction *m_stopAction = nullptr;
    QAction *m_resetAction = nullptr;
    QAction *m_largeTextAction = nullptr;
    QAction *m_presentationAction = nullptr;
    std::optional<WindowRestorePoint> m_beforePresentation; // set while presenting

    int m_lossSeries = -1;
    int m_accuracySeries = -1;
    int m_twoPointSeries = -1; // accuracy after the fewest points that can tell
    std::vector<TrainingStats> m_history;
    TrainingConfig m_runConfig; // the config of the run the charts show
    ReferenceCalculator m_references;
};

} // namespace curvelab
