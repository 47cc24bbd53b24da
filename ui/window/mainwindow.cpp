#include "mainwindow.h"

#include "accuracybylengthchart.h"
#include "builtinlessons.h"
#include "canvasdocument.h"
#include "canvasview.h"
#include "chartexport.h"
#include "classroomcontrols.h"
#include "classroommode.h"
#include "configjson.h"
#include "confusionmatrixview.h"
#include "curvesview.h"
#include "familynames.h"
#include "familypalette.h"
#include "filestore.h"
#include "formfields.h"
#include "lessoneditor.h"
#include "lessonfile.h"
#include "lessonpanel.h"
#include "livechart.h"
#include "localpath.h"
#include "metricscsv.h"
#include "modelfile.h"
#include "pointcanvas.h"
#include "presets.h"
#include "raceview.h"
#include "readynetwork.h"
#include "referencecalculator.h"
#include "setuppanel.h"
#include "viewstyle.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QScrollArea>
#include <QSettings>
#include <QSlider>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>
#include <array>
#include <sstream>

namespace curvelab {

namespace {

// Pauses after each batch for the speed slider, from full speed to about one batch a second,
// slow enough for a class to watch the charts move.
constexpr std::array<int, 5> kStepDelaysMs = {0, 10, 50, 200, 1000};
const std::array<const char *, 5> kSpeedNames = {
    QT_TRANSLATE_NOOP("curvelab::MainWindow", "full speed"),
    QT_TRANSLATE_NOOP("curvelab::MainWindow", "fast"),
    QT_TRANSLATE_NOOP("curvelab::MainWindow", "medium"),
    QT_TRANSLATE_NOOP("curvelab::MainWindow", "slow"),
    QT_TRANSLATE_NOOP("curvelab::MainWindow", "one batch a second")};

const char *kFirstHint = QT_TRANSLATE_NOOP(
    "curvelab::MainWindow",
    "Welcome to CurveLab. Press <b>Space</b> (or Start) and watch a network learn to tell a "
    "line, a parabola and a root apart, drawn at any scale as people draw them. On the Canvas "
    "tab the ready network answers already: click a few points. The presets on the left replay "
    "the 2016 question and its fixes.");

QString bannerStyle(MainWindow::BannerKind kind)
{
    switch (kind) {
    case MainWindow::BannerKind::Hint:
        return "background:#e8f1fb; color:#0b3d66; border:1px solid #9cc3e6;";
    case MainWindow::BannerKind::Success:
        return "background:#e6f5ee; color:#0b4d33; border:1px solid #8fd1b3;";
    case MainWindow::BannerKind::Warning:
        return "background:#fff4e0; color:#6b4100; border:1px solid #f0c27a;";
    case MainWindow::BannerKind::Error:
        return "background:#fdeaea; color:#7a1010; border:1px solid #ec9a9a;";
    }
    return {};
}

// Tabs, toolbar, banner, status bar and every other text `scale` times larger: the window's font,
// which widgets without a font of their own follow, and the fonts the others have. The views set
// theirs again from their style afterwards.
void enlargeFonts(QWidget &window, qreal scale)
{
    auto enlarge = [scale](QWidget &widget) {
        QFont font = widget.font();
        if (font.pointSizeF() > 0) {
            font.setPointSizeF(font.pointSizeF() * scale);
        } else {
            font.setPixelSize(qRound(font.pixelSize() * scale));
        }
        widget.setFont(font);
    };
    for (QWidget *widget : window.findChildren<QWidget *>()) {
        if (widget->testAttribute(Qt::WA_SetFont)) {
            enlarge(*widget);
        }
    }
    enlarge(window);
}

QString chartName(int chart)
{
    static const std::array<const char *, MainWindow::kChartCount> names = {
        "loss", "test-accuracy", "accuracy-by-points", "confusion-matrix"};
    return names[static_cast<std::size_t>(chart)];
}

std::vector<int> oneToN(int n)
{
    std::vector<int> lengths(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) {
        lengths[static_cast<std::size_t>(i)] = i + 1;
    }
    return lengths;
}

} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("CurveLab — watch an LSTM learn"));
    setWindowIcon(QIcon(":/icons/curvelab.svg"));
    m_setup = new SetupPanel;
    buildCharts();
    m_tabs = new QTabWidget;
    m_canvas = new CanvasView;
    m_race = new RaceView;
    m_tabs->addTab(buildTrainingTab(), tr("Training"));
    m_tabs->addTab(m_canvas, tr("Canvas"));
    m_tabs->addTab(m_race, tr("Race"));
    m_tabs->addTab(buildCurvesTab(), tr("Curves"));
    setCentralWidget(m_tabs);

    auto *scroll = new QScrollArea;
    scroll->setWidget(m_setup);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_setupDock = new QDockWidget(tr("Setup"));
    m_setupDock->setObjectName("setupDock");
    m_setupDock->setWidget(scroll);
    m_setupDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::LeftDockWidgetArea, m_setupDock);
    buildLessonDock();

    buildActions();
    buildMenus();
    buildToolBar();
    buildStatusBar();
    connectController();
    connectSetup();
    connect(&m_references, &ReferenceCalculator::finished, this, &MainWindow::showReferences);
    registerClassroomControls();

    restoreSettings();
    onStateChanged(m_controller.state());
    onGeneratorChanged();
    // A drawing gets an answer before anything was trained.
    try {
        m_canvas->setReadyNetwork(readyNetwork());
    } catch (const std::exception &e) {
        showBanner(BannerKind::Error, tr("The ready network does not load: %1")
                                          .arg(QString::fromUtf8(e.what()).toHtmlEscaped()));
    }
    if (m_setup->isValid()) {
        m_race->setBaseConfig(m_setup->config());
    }
}

MainWindow::~MainWindow()
{
    m_controller.shutdown();
}

void MainWindow::buildCharts()
{
    m_lossChart = new LiveChart;
    m_lossChart->setTitle(tr("Training loss"));
    m_lossChart->setXAxisTitle(tr("step"));
    m_lossChart->setYAxisTitle(tr("loss"));
    m_lossChart->setYScale(LiveChart::YScale::Log);
    m_lossSeries = m_lossChart->addSeries(tr("loss"), {QColor(0x9c, 0xb8, 0xd6), 1.0});
    m_lossChart->addSmoothedSeries(m_lossSeries, tr("smoothed"), {QColor(0x0b, 0x3d, 0x66), 3.0});

    m_accuracyChart = new LiveChart;
    m_accuracyChart->setTitle(tr("Test accuracy"));
    m_accuracyChart->setXAxisTitle(tr("step"));
    m_accuracyChart->setYAxisTitle(tr("accuracy"));
    m_accuracyChart->setYScale(LiveChart::YScale::Percent);
    m_accuracyChart->setMaxPointsPerSeries(LiveChart::kDefaultMaxPoints);
    m_accuracySeries = m_accuracyChart->addSeries(tr("after all test points"), {Qt::black, 3.0});
    m_twoPointSeries = m_accuracyChart->addSeries(tr("after 2 points"),
                                                  {FamilyPalette::reference(), 2.0, Qt::DashLine});

    m_byLengthChart = new AccuracyByLengthChart;
    m_byLengthChart->setTitle(tr("Accuracy against points seen"));

    m_confusion = new ConfusionMatrixView;
}

QWidget *MainWindow::buildTrainingTab()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    m_banner = new QLabel;
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::RichText);
    // A message may quote a file's name or title: however long, it wraps or is cut, and never
    // widens the window (a word wider than the window has no place to wrap).
    m_banner->setSizePolicy(QSizePolicy::Ignored, m_banner->sizePolicy().verticalPolicy());
    m_banner->setMinimumWidth(1);
    m_banner->setContentsMargins(10, 6, 10, 6);
    QFont bannerFont = m_banner->font();
    bannerFont.setPointSizeF(bannerFont.pointSizeF() * 1.15);
    m_banner->setFont(bannerFont);
    connect(m_banner, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link == "reset") {
            resetWeights();
        }
    });
    layout->addWidget(m_banner);
    auto *grid = new QGridLayout;
    grid->addWidget(m_lossChart, 0, 0);
    grid->addWidget(m_accuracyChart, 0, 1);
    grid->addWidget(m_byLengthChart, 1, 0);
    grid->addWidget(m_confusion, 1, 1);
    // Rows of equal height: with large text the confusion matrix would take the loss chart's room.
    grid->setRowStretch(0, 1);
    grid->setRowStretch(1, 1);
    layout->addLayout(grid, 1);
    return page;
}

QWidget *MainWindow::buildCurvesTab()
{
    m_curves = new CurvesView; // has its own "New sample" button
    return m_curves;
}

void MainWindow::buildActions()
{
    m_startAction = new QAction(tr("Start"), this);
    m_startAction->setShortcut(Qt::Key_Space);
    m_startAction->setShortcutContext(Qt::ApplicationShortcut);
    m_startAction->setToolTip(tr("Start training, or pause and resume it (Space)"));
    connect(m_startAction, &QAction::triggered, this, &MainWindow::startOrPause);

    m_stepAction = new QAction(tr("Step"), this);
    m_stepAction->setShortcut(Qt::Key_Period);
    m_stepAction->setToolTip(tr("Train on exactly one batch, then pause (.)"));
    connect(m_stepAction, &QAction::triggered, this, &MainWindow::stepOnce);

    m_stopAction = new QAction(tr("Stop"), this);
    m_stopAction->setShortcut(Qt::Key_Escape);
    m_stopAction->setToolTip(
        tr("Stop training; the weights stay, Start continues from them (Esc)"));
    connect(m_stopAction, &QAction::triggered, this, &MainWindow::stopTraining);

    m_resetAction = new QAction(tr("Reset weights"), this);
    m_resetAction->setShortcut(QKeySequence("Ctrl+R"));
    m_resetAction->setToolTip(tr("Forget what the network learned: the next Start draws new "
                                 "random weights (Ctrl+R)"));
    connect(m_resetAction, &QAction::triggered, this, &MainWindow::resetWeights);

    m_largeTextAction = new QAction(tr("Large text"), this);
    m_largeTextAction->setCheckable(true);
    m_largeTextAction->setShortcut(QKeySequence("Ctrl+L"));
    m_largeTextAction->setToolTip(tr("Bigger chart text, for a projector"));
    connect(m_largeTextAction, &QAction::toggled, this, &MainWindow::setLargeText);

    m_presentationAction = new QAction(tr("Presentation mode"), this);
    m_presentationAction->setCheckable(true);
    m_presentationAction->setShortcut(Qt::Key_F5);
    m_presentationAction->setToolTip(tr("Full screen, large text, thick lines and high-contrast "
                                        "colours, for a projector (F5; Esc leaves)"));
    connect(m_presentationAction, &QAction::toggled, this, &MainWindow::setPresentationMode);
    addAction(m_presentationAction); // F5 and Esc work with the menu bar out of sight too
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open model…"), QKeySequence::Open, this, &MainWindow::openModelDialog)
        ->setObjectName("openModelAction");
    file->addAction(tr("&Save model…"), QKeySequence::Save, this, &MainWindow::saveModelDialog)
        ->setObjectName("saveModelAction");
    file->addSeparator();
    QMenu *exportMenu = file->addMenu(tr("&Export chart"));
    const QStringList titles = {"Training loss…", "Test accuracy…", "Accuracy against points…",
                                "Confusion matrix…"};
    for (int i = 0; i < kChartCount; ++i) {
        exportMenu->addAction(titles[i], this, [this, i] { exportChartDialog(i); });
    }
    file->addAction(tr("Export &metrics as CSV…"), this, &MainWindow::exportMetricsDialog);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setShortcut(QKeySequence("Ctrl+Q"));

    QMenu *training = menuBar()->addMenu(tr("&Training"));
    training->addActions({m_startAction, m_stepAction, m_stopAction, m_resetAction});

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_largeTextAction);
    view->addAction(m_presentationAction);

    buildLessonMenu();
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About CurveLab"), this, [this] {
        QMessageBox::about(this, "About CurveLab",
                           "<b>CurveLab</b><p>Watch a recurrent network learn to tell function "
                           "families apart from a few points, beside least squares and the "
                           "Bayes-optimal ceiling.</p>");
    });
}

void MainWindow::buildToolBar()
{
    QToolBar *bar = addToolBar(tr("Training"));
    bar->setObjectName("trainingToolBar");
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addActions({m_startAction, m_stepAction, m_stopAction, m_resetAction});
    bar->addSeparator();
    bar->addWidget(plainLabel(tr(" Speed ")));
    m_speed = new QSlider(Qt::Horizontal);
    m_speed->setRange(0, static_cast<int>(kStepDelaysMs.size()) - 1);
    m_speed->setInvertedAppearance(true);
    m_speed->setMaximumWidth(160);
    m_speed->setToolTip(tr("Slow training down so that a class can follow each step; full speed "
                           "on the right"));
    m_speedLabel = plainLabel();
    m_speedLabel->setMinimumWidth(140);
    connect(m_speed, &QSlider::valueChanged, this, [this](int v) {
        m_controller.setStepDelay(kStepDelaysMs[static_cast<std::size_t>(v)]);
        m_speedLabel->setText(QString(" ") + tr(kSpeedNames[static_cast<std::size_t>(v)]));
    });
    bar->addWidget(m_speed);
    bar->addWidget(m_speedLabel);
}

void MainWindow::buildStatusBar()
{
    m_statusLabel = plainLabel(tr("Ready"));
    m_targetProgress = new QProgressBar;
    m_targetProgress->setRange(0, 1000);
    m_targetProgress->setMinimumWidth(220);
    m_targetProgress->setFormat("%p% of the budget");
    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_targetProgress);
}

void MainWindow::connectController()
{
    connect(&m_controller, &TrainingController::stateChanged, this, &MainWindow::onStateChanged);
    connect(&m_controller, &TrainingController::progress, this, &MainWindow::onProgress);
    connect(&m_controller, &TrainingController::finished, this, &MainWindow::onFinished);
    // The canvas classifies with the weights the worker published between batches, never with
    // the model it is training.
    connect(&m_controller, &TrainingController::snapshotReady, m_canvas, &CanvasView::setSnapshot);
    connect(&m_controller, &TrainingController::failed, this, [this](const QString &reason) {
        showBanner(BannerKind::Error, reason.toHtmlEscaped());
    });
    connect(&m_controller, &TrainingController::learningRateApplied, this, [this](double lr) {
        statusBar()->showMessage(tr("Learning rate now %1").arg(lr), 3000);
    });
}

void MainWindow::connectSetup()
{
    // The race takes the setup as it stands when it starts; every contender's guess for the
    // drawing shows on the canvas beside the main network's.
    connect(m_setup, &SetupPanel::configChanged, this, [this] {
        if (m_setup->isValid() && !m_race->isRacing()) {
            m_race->setBaseConfig(m_setup->config());
        }
    });
    connect(m_race, &RaceView::contenderSnapshot, m_canvas, &CanvasView::setComparison);
    connect(m_race, &RaceView::raceStateChanged, m_canvas, [this](bool racing) {
        if (racing) {
            m_canvas->clearComparisons();
        }
    });
    connect(m_setup, &SetupPanel::generatorChanged, this, &MainWindow::onGeneratorChanged);
    connect(m_setup, &SetupPanel::modelChanged, this, &MainWindow::onModelSettingsChanged);
    connect(m_setup, &SetupPanel::learningRateChanged, this, [this](double lr) {
        if (m_controller.state() != TrainingController::State::Idle) {
            m_controller.setLearningRate(lr);
        }
    });
}

void MainWindow::startOrPause()
{
    if (m_controller.state() != TrainingController::State::Idle) {
        m_controller.togglePause();
        return;
    }
    if (prepareRun(tr("Cannot start: ")) && m_controller.start(m_runConfig)) {
        hideBanner();
    }
}

void MainWindow::stepOnce()
{
    if (m_controller.state() == TrainingController::State::Idle &&
        !prepareRun(tr("Cannot step: "))) {
        return;
    }
    m_controller.step(m_runConfig);
}

bool MainWindow::prepareRun(const QString &refusal)
{
    if (!m_setup->isValid()) {
        showBanner(BannerKind::Error, refusal + m_setup->errorText().toHtmlEscaped());
        return false;
    }
    m_runConfig = m_setup->config();
    // A run that does not continue from the kept weights starts at step 1, with charts of its own.
    if (!m_controller.continues(m_runConfig.model)) {
        clearCharts();
        m_canvas->clearSnapshot(); // the old weights are not this run's
    }
    return true;
}

void MainWindow::stopTraining()
{
    m_controller.stop();
}

void MainWindow::resetWeights()
{
    forgetWeights();
    m_statusLabel->setText(tr("Weights reset: the next Start draws new random weights"));
    hideBanner();
}

void MainWindow::setLargeText(bool large)
{
    if (m_largeTextAction->isChecked() != large) {
        m_largeTextAction->setChecked(large);
    }
    applyViewStyle();
}

void MainWindow::setPresentationMode(bool on)
{
    if (on != presentationMode()) {
        const ViewStyle presenting = ViewStyle::presentation();
        if (on) {
            m_beforePresentation = WindowRestorePoint::of(*this);
            // The setup is for preparing a lesson; the charts get its room on a 1280-pixel screen.
            m_setupDock->hide();
            enlargeFonts(*this, presenting.fontScale);
            showFullScreen();
        } else {
            const WindowRestorePoint before = *m_beforePresentation;
            const bool lessonShown = m_lessonDock->isVisible();
            m_beforePresentation.reset();
            before.restore(*this);
            // The docks come back as they were before presenting; what changed meanwhile wins:
            // a lesson opened, classroom mode turned on or off.
            m_classroom->apply();
            if (lessonShown) {
                showLessonDock();
            }
        }
        applyViewStyle();
        // Esc leaves presentation mode, as it ends a slide show; Stop has it back afterwards.
        const QKeySequence escape(Qt::Key_Escape);
        const QKeySequence toggle = m_presentationAction->shortcut();
        m_stopAction->setShortcut(on ? QKeySequence() : escape);
        m_presentationAction->setShortcuts(on ? QList<QKeySequence>{toggle, escape}
                                              : QList<QKeySequence>{toggle});
    }
    if (m_presentationAction->isChecked() != on) {
        m_presentationAction->setChecked(on);
    }
}

void MainWindow::applyViewStyle()
{
    const ViewStyle style = presentationMode()               ? ViewStyle::presentation()
                            : m_largeTextAction->isChecked() ? ViewStyle::largeText()
                                                             : ViewStyle::standard();
    m_lossChart->setViewStyle(style);
    m_accuracyChart->setViewStyle(style);
    m_byLengthChart->setViewStyle(style);
    m_confusion->setViewStyle(style);
    m_canvas->setViewStyle(style);
    m_race->setViewStyle(style);
    m_curves->setViewStyle(style);
}

void MainWindow::showCanvas()
{
    m_tabs->setCurrentWidget(m_canvas);
}

void MainWindow::showRace()
{
    m_tabs->setCurrentWidget(m_race);
}

void MainWindow::onStateChanged(TrainingController::State state)
{
    const bool idle = state == TrainingController::State::Idle;
    const bool running = state == TrainingController::State::Running;
    m_startAction->setText(running ? tr("Pause") : (idle ? tr("Start") : tr("Resume")));
    m_stopAction->setEnabled(!idle);
    m_setup->setTrainingActive(!idle);
}

void MainWindow::onProgress(const TrainingStats &stats)
{
    if (std::isfinite(stats.loss)) {
        m_lossChart->addPoint(m_lossSeries, static_cast<double>(stats.step), stats.loss);
    }
    if (stats.evaluated) {
        m_history.push_back(stats);
        const double step = static_cast<double>(stats.step);
        m_accuracyChart->addPoint(m_accuracySeries, step, stats.testAccuracy);
        // The fewest points that can tell the families apart: two in the seed world, three in
        // the drawn world, where two points fit every family and say nothing of the scale.
        const std::size_t early = m_runConfig.generator.world == CurveWorld::Drawn ? 3 : 2;
        if (stats.accuracyByLength.size() >= early) {
            m_accuracyChart->setSeriesName(m_twoPointSeries, tr("after %1 points").arg(early));
            m_accuracyChart->addPoint(m_twoPointSeries, step, stats.accuracyByLength[early - 1]);
        }
        m_byLengthChart->setModel(stats.accuracyByLength);
        m_confusion->setMatrix(familyNames(m_runConfig.model.families), stats.confusion);
    }
    showStats(stats);
}

void MainWindow::showStats(const TrainingStats &stats)
{
    const QString accuracy =
        m_history.empty() ? QString("–")
                          : QString("%1%").arg(100 * m_history.back().testAccuracy, 0, 'f', 1);
    m_statusLabel->setText(tr("Step %1   ·   %2 s   ·   %3 sequences/s   ·   accuracy %4")
                               .arg(stats.step)
                               .arg(stats.elapsedSeconds, 0, 'f', 1)
                               .arg(stats.sequencesPerSecond, 0, 'f', 0)
                               .arg(accuracy));
    // Whichever stop is nearest, and named as such.
    const TrainingConfig &c = m_runConfig;
    double budget = 0.0;
    if (c.maxSteps > 0) {
        budget =
            std::max(budget, static_cast<double>(stats.step) / static_cast<double>(c.maxSteps));
    }
    if (c.maxSeconds > 0) {
        budget = std::max(budget, stats.elapsedSeconds / c.maxSeconds);
    }
    const double target = c.targetAccuracy > 0 && !m_history.empty()
                              ? m_history.back().testAccuracy / c.targetAccuracy
                              : 0.0;
    m_targetProgress->setFormat(target > budget ? "%p% of the target" : "%p% of the budget");
    m_targetProgress->setValue(static_cast<int>(1000 * std::min(std::max(budget, target), 1.0)));
}

void MainWindow::onFinished(const TrainingResult &result, const ModelSnapshot &)
{
    // A run that Reset cut short: its weights are forgotten and the charts were cleared for the
    // next run, so nothing of it may come back.
    if (!m_controller.latestSnapshot()) {
        return;
    }
    m_canvas->setSnapshot(*m_controller.latestSnapshot());
    // result.last arrived as the run's last progress report already; adding it again would
    // repeat the final row of the metrics and the final points of the charts.
    m_lossChart->flush();
    m_accuracyChart->flush();
    const QString at = tr("at step %1").arg(result.last.step);
    switch (result.reason) {
    case StopReason::Diverged:
        showBanner(BannerKind::Error, QString::fromStdString(result.message).toHtmlEscaped() +
                                          " <a href=\"reset\">Reset weights</a>");
        break;
    case StopReason::TargetReached:
        showBanner(BannerKind::Success, tr("Target reached %1: %2% after %3 points.")
                                            .arg(at)
                                            .arg(100 * result.last.testAccuracy, 0, 'f', 1)
                                            .arg(m_runConfig.testLength));
        break;
    case StopReason::StepBudget:
    case StopReason::TimeBudget:
        showBanner(BannerKind::Success,
                   tr("Training finished %1 (%2). Start continues from these weights.")
                       .arg(at)
                       .arg(result.reason == StopReason::StepBudget ? tr("step budget")
                                                                    : tr("time budget")));
        break;
    case StopReason::Cancelled:
        statusBar()->showMessage(tr("Stopped %1; Start continues from here").arg(at), 5000);
        break;
    case StopReason::Plateau:
        showBanner(BannerKind::Warning,
                   tr("Training stopped %1: the test accuracy stayed near %2% for %3 "
                      "steps, below the target of %4%. These families may not be told "
                      "apart from %5 points; set a step or time budget to train on.")
                       .arg(at)
                       .arg(100 * result.last.testAccuracy, 0, 'f', 1)
                       .arg(result.last.step - result.plateauSince)
                       .arg(100 * m_runConfig.targetAccuracy, 0, 'f', 1)
                       .arg(m_runConfig.testLength));
        break;
    }
}

void MainWindow::onModelSettingsChanged()
{
    if (m_controller.state() == TrainingController::State::Idle && m_controller.latestSnapshot() &&
        m_setup->isValid()) {
        const ModelSpec &trained = m_controller.latestSnapshot()->spec;
        const ModelSpec wanted = m_setup->config().model;
        if (trained != wanted) {
            showBanner(BannerKind::Warning,
                       "The model settings changed: the trained weights do not fit the new model, "
                       "so Start will begin from new random weights. "
                       "<a href=\"reset\">Reset weights now</a>");
        }
    }
}

void MainWindow::onGeneratorChanged()
{
    if (!m_setup->isValid()) {
        return;
    }
    m_curves->setGeneratorConfig(m_setup->config().generator);
    m_canvas->setGeneratorConfig(m_setup->config().generator);
    refreshReferences();
}

void MainWindow::refreshReferences()
{
    const TrainingConfig config = m_setup->config();
    m_byLengthChart->setLengths(oneToN(config.testLength));
    m_references.request(config);
}

void MainWindow::showReferences(const ReferenceReport &report)
{
    m_byLengthChart->setLeastSquares(report.leastSquaresAccuracy);
    m_byLengthChart->setBayes(report.bayesAccuracy);
    m_byLengthChart->setBayesApproximate(m_setup->config().generator.world == CurveWorld::Drawn);
}

void MainWindow::clearCharts()
{
    m_history.clear();
    m_lossChart->clear();
    m_accuracyChart->clear();
    m_byLengthChart->setModel({});
    m_confusion->clear();
    m_targetProgress->setValue(0);
}

void MainWindow::showBanner(BannerKind kind, const QString &text)
{
    m_bannerKind = kind;
    m_banner->setStyleSheet("QLabel{" + bannerStyle(kind) + " border-radius:4px;}");
    m_banner->setText(text);
    m_banner->show();
}

void MainWindow::hideBanner()
{
    m_banner->hide();
    m_banner->clear();
}

QString MainWindow::bannerText() const
{
    return m_banner->isVisible() ? m_banner->text() : QString();
}

QString MainWindow::statusText() const
{
    return m_statusLabel->text();
}

QList<QWidget *> MainWindow::charts() const
{
    return {m_lossChart, m_accuracyChart, m_byLengthChart, m_confusion};
}

bool MainWindow::openModel(const QString &path)
{
    if (m_controller.state() != TrainingController::State::Idle) {
        showBanner(BannerKind::Warning, tr("Stop training before opening a model."));
        return false;
    }
    ModelSnapshot model;
    try {
        model = loadModel(localPath(path));
    } catch (const ModelFileError &e) {
        showBanner(BannerKind::Error, QString::fromStdString(e.what()).toHtmlEscaped());
        return false;
    }
    TrainingConfig config = m_setup->config();
    config.model = model.spec;
    config.generator.families = model.spec.families;
    m_setup->setConfig(config);
    if (!applyModel(model, QFileInfo(path).fileName())) {
        return false;
    }
    showBanner(BannerKind::Success,
               tr("Opened %1 (trained for %2 steps). Start continues training it.")
                   .arg(path.toHtmlEscaped())
                   .arg(model.step));
    return true;
}

void MainWindow::forgetWeights()
{
    m_controller.reset();
    m_canvas->clearSnapshot();
    clearCharts();
    m_runConfig = m_setup->config();
}

bool MainWindow::applyModel(const ModelSnapshot &model, const QString &origin)
{
    forgetWeights();
    if (!m_controller.setWeights(model)) {
        return false;
    }
    m_canvas->setOpenedSnapshot(model, origin);
    return true;
}

bool MainWindow::saveModel(const QString &path)
{
    if (!m_controller.latestSnapshot()) {
        showBanner(BannerKind::Warning, tr("Nothing to save yet: train the network first."));
        return false;
    }
    try {
        curvelab::saveModel(*m_controller.latestSnapshot(), localPath(path));
    } catch (const ModelFileError &e) {
        showBanner(BannerKind::Error, QString::fromStdString(e.what()).toHtmlEscaped());
        return false;
    }
    statusBar()->showMessage(tr("Saved the model to %1").arg(path), 5000);
    return true;
}

bool MainWindow::exportMetrics(const QString &path)
{
    std::ostringstream csv;
    writeMetricsCsv(csv, m_history);
    try {
        writeFileAtomically(localPath(path), csv.str());
    } catch (const FileWriteError &e) {
        showBanner(BannerKind::Error, tr("Cannot write the metrics to %1: %2")
                                          .arg(path, QString::fromStdString(e.reason()))
                                          .toHtmlEscaped());
        return false;
    }
    statusBar()->showMessage(tr("Exported the metrics to %1").arg(path), 5000);
    return true;
}

bool MainWindow::exportChart(int chart, const QString &path)
{
    const QString error = chartexport::save(*charts().at(chart), path);
    if (!error.isEmpty()) {
        showBanner(BannerKind::Error, error.toHtmlEscaped());
        return false;
    }
    statusBar()->showMessage(tr("Exported the chart to %1").arg(path), 5000);
    return true;
}

void MainWindow::openModelDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open model"), QString(),
                                                      "CurveLab models (*.clm);;All files (*)");
    if (!path.isEmpty()) {
        openModel(path);
    }
}

void MainWindow::saveModelDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save model"), "model.clm",
                                                      "CurveLab models (*.clm)");
    if (!path.isEmpty()) {
        saveModel(path);
    }
}

void MainWindow::exportMetricsDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export metrics"), "metrics.csv",
                                                      "CSV files (*.csv)");
    if (!path.isEmpty()) {
        exportMetrics(path);
    }
}

void MainWindow::exportChartDialog(int chart)
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export chart"), chartName(chart) + ".png",
                                     "PNG image (*.png);;SVG drawing (*.svg)");
    if (!path.isEmpty()) {
        exportChart(chart, path);
    }
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value("window/geometry").toByteArray());
    restoreState(settings.value("window/state").toByteArray());
    const TrainingConfig fallback = presetByName("recommended").config;
    const QByteArray saved = settings.value("setup/config").toByteArray();
    TrainingConfig config = fallback;
    std::vector<FunctionFamily> unticked;
    if (!saved.isEmpty()) {
        try {
            config = configFromJson(QJsonDocument::fromJson(saved).object(), fallback);
            // A person's own families stay with them while unticked, too.
            const QJsonDocument families =
                QJsonDocument::fromJson(settings.value("setup/untickedFamilies").toByteArray());
            unticked = families.isArray() ? familiesFromJson(families.array())
                                          : std::vector<FunctionFamily>{};
            if (config.generator.families.size() + unticked.size() >
                static_cast<std::size_t>(kMaxListedFamilies)) {
                throw std::invalid_argument("more families than a setup lists");
            }
            for (const FunctionFamily &f : unticked) {
                validateFamily(f);
            }
        } catch (const std::exception &e) {
            statusBar()->showMessage(tr("Saved settings ignored: %1").arg(e.what()), 8000);
            unticked.clear();
        }
    }
    m_setup->setConfig(config, unticked);
    m_classroom->setHiddenControls(settings.value("classroom/hidden").toStringList());
    // The lesson itself is not kept between sessions: its empty panel would only take room.
    m_lessonDock->hide();
    m_speed->setValue(settings.value("training/speed", 0).toInt());
    m_speedLabel->setText(QString(" ") +
                          tr(kSpeedNames[static_cast<std::size_t>(m_speed->value())]));
    setLargeText(settings.value("view/largeText", false).toBool());
    if (!settings.value("hint/shown", false).toBool()) {
        showBanner(BannerKind::Hint, tr(kFirstHint));
    } else {
        hideBanner();
    }
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue("window/geometry", saveGeometry());
    settings.setValue("window/state", saveState());
    settings.setValue(
        "setup/config",
        QJsonDocument(configToJson(m_setup->config())).toJson(QJsonDocument::Compact));
    settings.setValue(
        "setup/untickedFamilies",
        QJsonDocument(familiesToJson(m_setup->untickedFamilies())).toJson(QJsonDocument::Compact));
    settings.setValue("classroom/hidden", m_classroom->hiddenControls());
    settings.setValue("training/speed", m_speed->value());
    settings.setValue("view/largeText", m_largeTextAction->isChecked());
    settings.setValue("hint/shown", true);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_controller.shutdown();
    setPresentationMode(false); // the settings keep the window as it is outside a lesson
    saveSettings();
    event->accept();
}

void MainWindow::buildLessonDock()
{
    m_classroom = new ClassroomMode(this);
    m_lessonPanel = new LessonPanel;
    m_lessonDock = new QDockWidget(tr("Lesson"));
    m_lessonDock->setObjectName("lessonDock");
    m_lessonDock->setWidget(m_lessonPanel);
    m_lessonDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                              QDockWidget::DockWidgetClosable);
    // A tab beside the setup, not a third column: at 1280 pixels the canvas needs the room.
    addDockWidget(Qt::LeftDockWidgetArea, m_lessonDock);
    tabifyDockWidget(m_setupDock, m_lessonDock);
    m_lessonDock->hide();
    connect(m_lessonPanel, &LessonPanel::stepOpened, this, &MainWindow::openLessonStep);
    connect(m_lessonPanel, &LessonPanel::closeRequested, m_lessonDock, &QWidget::hide);
}

void MainWindow::buildLessonMenu()
{
    QMenu *lessons = menuBar()->addMenu(tr("&Lessons"));
    for (const Lesson &lesson : builtInLessons()) {
        lessons->addAction(lesson.title, this, [this, lesson] { openLesson(lesson); });
    }
    lessons->addSeparator();
    lessons->addAction(tr("&Open lesson…"), QKeySequence("Ctrl+Shift+O"), this,
                       &MainWindow::openLessonDialog);
    lessons->addAction(tr("&Save lesson…"), QKeySequence("Ctrl+Shift+S"), this,
                       &MainWindow::saveLessonDialog);
    lessons->addAction(tr("&Edit lesson…"), this, &MainWindow::editLessonDialog);
    m_includeModelAction = lessons->addAction(tr("Save the trained network with the lesson"));
    m_includeModelAction->setCheckable(true);
    m_includeModelAction->setChecked(true);
    lessons->addSeparator();
    m_classroomAction = lessons->addAction(tr("&Classroom mode"));
    m_classroomAction->setCheckable(true);
    m_classroomAction->setShortcut(QKeySequence("Ctrl+Shift+C"));
    m_classroomAction->setToolTip(
        tr("Hide the controls chosen under \"Hidden in classroom mode\""));
    connect(m_classroomAction, &QAction::toggled, m_classroom, &ClassroomMode::setActive);
    QMenu *hidden = lessons->addMenu(tr("&Hidden in classroom mode"));
    for (const ClassroomControl &control : classroomControls()) {
        QAction *action = hidden->addAction(control.title);
        action->setCheckable(true);
        action->setData(control.id);
        connect(action, &QAction::toggled, this,
                [this, id = control.id](bool on) { m_classroom->setControlHidden(id, on); });
    }
    // Said in the status bar while on, so that a teacher does not look for a hidden control.
    auto *indicator = plainLabel();
    indicator->setObjectName("classroomIndicator");
    statusBar()->addPermanentWidget(indicator);
    indicator->hide();
    connect(m_classroom, &ClassroomMode::changed, this, [this, hidden, indicator] {
        const QSignalBlocker blocker(m_classroomAction);
        m_classroomAction->setChecked(m_classroom->isActive());
        for (QAction *action : hidden->actions()) {
            const QSignalBlocker actionBlocker(action);
            action->setChecked(m_classroom->hiddenControls().contains(action->data().toString()));
        }
        const int count = static_cast<int>(m_classroom->hiddenControls().size());
        indicator->setText(
            tr("Classroom mode: %1 hidden (Ctrl+Shift+C shows all)")
                .arg(count == 1 ? QString("1 control") : QString("%1 controls").arg(count)));
        indicator->setVisible(m_classroom->isActive());
    });
}

void MainWindow::registerClassroomControls()
{
    m_classroom->addControl("setup", [this](bool hidden) {
        // Presentation mode hides the setup too; leaving it must not bring back a hidden panel.
        m_setupDock->setVisible(!hidden && !presentationMode());
    });
    for (const QString &section : SetupPanel::sectionNames()) {
        m_classroom->addControl(
            section, [this, section](bool hidden) { m_setup->setSectionHidden(section, hidden); });
    }
    const auto tab = [this](QWidget *page) {
        return [this, page](bool hidden) { m_tabs->setTabVisible(m_tabs->indexOf(page), !hidden); };
    };
    m_classroom->addControl("race", tab(m_race));
    m_classroom->addControl("curves", tab(m_curves));
    m_classroom->addControl("reset", [this](bool hidden) { m_resetAction->setVisible(!hidden); });
    for (const char *name : {"openModelAction", "saveModelAction"}) {
        QAction *action = findChild<QAction *>(name);
        m_classroom->addControl("files", [action](bool hidden) { action->setVisible(!hidden); });
    }
}

bool MainWindow::openLesson(const Lesson &lesson)
{
    if (m_controller.state() != TrainingController::State::Idle) {
        showBanner(BannerKind::Warning, tr("Stop training before opening a lesson."));
        return false;
    }
    m_setup->setConfig(lesson.config, lesson.untickedFamilies);
    m_classroom->setHiddenControls(lesson.hiddenControls);
    m_canvas->document().replace(lesson.canvasPoints, tr("Open lesson"));
    m_canvas->canvas().fitToPoints();
    try {
        if (lesson.model.empty()) {
            forgetWeights();
        } else if (!applyModel(deserializeModel(lesson.model),
                               tr("the lesson \"%1\"").arg(shortened(lesson.title)))) {
            return false;
        }
    } catch (const ModelFileError &e) {
        showBanner(BannerKind::Error, QString::fromUtf8(e.what()).toHtmlEscaped());
        return false;
    }
    m_lessonPanel->setLesson(lesson.title, lesson.steps);
    // A lesson without steps is a prepared setup: an empty panel would only take room.
    if (lesson.steps.empty()) {
        m_lessonDock->hide();
    } else {
        showLessonDock();
    }
    showBanner(BannerKind::Success,
               tr("Opened the lesson \"%1\"%2.")
                   .arg(shortened(lesson.title).toHtmlEscaped(),
                        lesson.model.empty() ? QString() : QString(" with its trained network")));
    return true;
}

void MainWindow::showLessonDock()
{
    m_lessonDock->show();
    m_lessonDock->raise();
}

void MainWindow::openLessonStep(int index)
{
    const LessonStep &step = m_lessonPanel->steps().at(static_cast<std::size_t>(index));
    const std::map<QString, QWidget *> pages = {{"training", m_tabs->widget(0)},
                                                {"canvas", m_canvas},
                                                {"race", m_race},
                                                {"curves", m_curves}};
    const auto page = pages.find(step.view);
    if (page != pages.end() && m_tabs->isTabVisible(m_tabs->indexOf(page->second))) {
        m_tabs->setCurrentWidget(page->second);
    }
    if (!step.points.empty()) {
        m_canvas->document().replace(step.points, tr("Lesson step"));
        // Framed, so that a root among parabolas is a curve and not a flat row of dots.
        m_canvas->canvas().fitToPoints();
    }
}

Lesson MainWindow::currentLesson() const
{
    Lesson lesson;
    lesson.title =
        m_lessonPanel->title().isEmpty() ? tr("Untitled lesson") : m_lessonPanel->title();
    lesson.config = m_setup->config();
    lesson.untickedFamilies = m_setup->untickedFamilies();
    lesson.canvasPoints = m_canvas->document().points();
    lesson.hiddenControls = m_classroom->hiddenControls();
    lesson.steps = m_lessonPanel->steps();
    const std::optional<ModelSnapshot> &weights = m_controller.latestSnapshot();
    if (m_includeModelAction->isChecked() && weights && weights->spec == lesson.config.model) {
        lesson.model = serializeModel(*weights);
    }
    return lesson;
}

bool MainWindow::openLessonFile(const QString &path)
{
    try {
        return openLesson(loadLesson(path));
    } catch (const LessonFileError &e) {
        showBanner(BannerKind::Error, QString::fromUtf8(e.what()).toHtmlEscaped());
        return false;
    }
}

bool MainWindow::saveLessonFile(const QString &path)
{
    if (!m_setup->isValid()) {
        showBanner(BannerKind::Warning,
                   "The setup has a problem, so there is no lesson to save yet: " +
                       m_setup->errorText().toHtmlEscaped());
        return false;
    }
    try {
        const Lesson lesson = currentLesson();
        saveLesson(lesson, path);
        statusBar()->showMessage(
            tr("Saved the lesson to %1%2")
                .arg(path, lesson.model.empty() ? QString() : QString(" with the trained network")),
            5000);
        return true;
    } catch (const LessonFileError &e) {
        showBanner(BannerKind::Error, QString::fromUtf8(e.what()).toHtmlEscaped());
        return false;
    }
}

void MainWindow::openLessonDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open lesson"), QString(), "CurveLab lessons (*.curvelab-lesson);;All files (*)");
    if (!path.isEmpty()) {
        openLessonFile(path);
    }
}

void MainWindow::saveLessonDialog()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save lesson"), "lesson.curvelab-lesson", "CurveLab lessons (*.curvelab-lesson)");
    if (!path.isEmpty()) {
        saveLessonFile(path);
    }
}

void MainWindow::editLessonDialog()
{
    const QString title =
        m_lessonPanel->title().isEmpty() ? tr("Untitled lesson") : m_lessonPanel->title();
    LessonEditor editor(title, m_lessonPanel->steps(), m_canvas->document().points(), this);
    if (editor.exec() != QDialog::Accepted) {
        return;
    }
    m_lessonPanel->updateLesson(editor.title(), editor.steps());
    showLessonDock();
}

} // namespace curvelab
