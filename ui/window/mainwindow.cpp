#include "mainwindow.h"

#include "canvasview.h"
#include "classroommode.h"
#include "configjson.h"
#include "corewording.h"
#include "curvesview.h"
#include "fontscale.h"
#include "formfields.h"
#include "functionfamily.h"
#include "highcontrast.h"
#include "languagechoice.h"
#include "presets.h"
#include "raceview.h"
#include "readynetwork.h"
#include "setuppanel.h"
#include "trainingspeed.h"
#include "viewhelp.h"
#include "viewstyle.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QScrollArea>
#include <QSettings>
#include <QSlider>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QToolBar>

namespace curvelab {

namespace {

const char *kFirstHint = QT_TRANSLATE_NOOP(
    "curvelab::MainWindow",
    "Welcome to CurveLab. Press <b>Space</b> (or Start) and watch a network learn to tell a "
    "line, a parabola and a root apart, drawn at any scale as people draw them. On the Canvas "
    "tab the ready network answers already: click a few points. The presets on the left replay "
    "the 2016 question and its fixes.");

} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("CurveLab — watch an LSTM learn"));
    setWindowIcon(QIcon(":/icons/curvelab.svg"));
    m_setup = new SetupPanel;
    m_dashboard = new TrainingDashboard;
    m_banner = &m_dashboard->banner();
    connect(m_banner, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link == "reset") {
            resetWeights();
        }
    });
    m_tabs = new QTabWidget;
    m_canvas = new CanvasView;
    m_race = new RaceView;
    m_tabs->addTab(m_dashboard, tr("Training"));
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
    buildLessons();
    m_files = new FileActions(parts(), this);

    buildActions();
    buildMenus();
    buildToolBar();
    buildStatusBar();
    connectController();
    connectSetup();
    connect(&m_references, &ReferenceCalculator::finished, this,
            [this](const ReferenceReport &report) {
                m_dashboard->showReferences(report,
                                            m_setup->config().generator.world == CurveWorld::Drawn);
            });
    registerClassroomControls();

    restoreSettings();
    onStateChanged(m_controller.state());
    onGeneratorChanged();
    // A drawing gets an answer before anything was trained.
    try {
        m_canvas->setReadyNetwork(readyNetwork());
    } catch (const std::exception &e) {
        m_banner->showMessage(
            BannerKind::Error,
            tr("The ready network does not load: %1").arg(localReason(e).toHtmlEscaped()));
    }
    if (m_setup->isValid()) {
        m_race->setBaseConfig(m_setup->config());
    }
}

MainWindow::~MainWindow()
{
    m_controller.shutdown();
}

WindowParts MainWindow::parts()
{
    WindowParts parts;
    parts.window = this;
    parts.training = &m_controller;
    parts.setup = m_setup;
    parts.canvas = m_canvas;
    parts.dashboard = m_dashboard;
    parts.banner = m_banner;
    parts.tabs = m_tabs;
    parts.pages = {
        {"training", m_dashboard}, {"canvas", m_canvas}, {"race", m_race}, {"curves", m_curves}};
    parts.applyModel = [this](const ModelSnapshot &model, const QString &origin) {
        return applyModel(model, origin);
    };
    parts.forgetWeights = [this] { forgetWeights(); };
    return parts;
}

void MainWindow::buildLessons()
{
    m_lessons = new LessonController(parts(), this);
    // A tab beside the setup, not a third column: at 1280 pixels the canvas needs the room.
    addDockWidget(Qt::LeftDockWidgetArea, m_lessons->dock());
    tabifyDockWidget(m_setupDock, m_lessons->dock());
    m_lessons->dock()->hide();
}

void MainWindow::registerClassroomControls()
{
    ClassroomMode &classroom = m_lessons->classroom();
    classroom.addControl("setup", [this](bool hidden) {
        // Presentation mode hides the setup too; leaving it must not bring back a hidden panel.
        m_setupDock->setVisible(!hidden && !presentationMode());
    });
    for (const QString &section : SetupPanel::sectionNames()) {
        classroom.addControl(
            section, [this, section](bool hidden) { m_setup->setSectionHidden(section, hidden); });
    }
    const auto tab = [this](QWidget *page) {
        return [this, page](bool hidden) { m_tabs->setTabVisible(m_tabs->indexOf(page), !hidden); };
    };
    classroom.addControl("race", tab(m_race));
    classroom.addControl("curves", tab(m_curves));
    classroom.addControl("reset", [this](bool hidden) { m_resetAction->setVisible(!hidden); });
    for (const char *name : {"openModelAction", "saveModelAction"}) {
        QAction *action = findChild<QAction *>(name);
        classroom.addControl("files", [action](bool hidden) { action->setVisible(!hidden); });
    }
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

    m_highContrastAction = new QAction(tr("High contrast"), this);
    m_highContrastAction->setCheckable(true);
    m_highContrastAction->setToolTip(tr("Darker family colours, bold numbers and thicker axes and "
                                        "grid lines; on at first when the desktop's theme is a "
                                        "high-contrast one"));
    connect(m_highContrastAction, &QAction::toggled, this, &MainWindow::applyViewStyle);

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
    file->addAction(tr("&Open model…"), QKeySequence::Open, m_files, &FileActions::openModelDialog)
        ->setObjectName("openModelAction");
    file->addAction(tr("&Save model…"), QKeySequence::Save, m_files, &FileActions::saveModelDialog)
        ->setObjectName("saveModelAction");
    file->addSeparator();
    QMenu *exportMenu = file->addMenu(tr("&Export chart"));
    const QStringList titles = {tr("Training loss…"), tr("Test accuracy…"),
                                tr("Accuracy against points…"), tr("Confusion matrix…")};
    for (int i = 0; i < kChartCount; ++i) {
        exportMenu->addAction(titles[i], this, [this, i] { m_files->exportChartDialog(i); });
    }
    file->addAction(tr("Export &metrics as CSV…"), m_files, &FileActions::exportMetricsDialog);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setShortcut(QKeySequence("Ctrl+Q"));

    QMenu *training = menuBar()->addMenu(tr("&Training"));
    training->addActions({m_startAction, m_stepAction, m_stopAction, m_resetAction});

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_largeTextAction);
    view->addAction(m_highContrastAction);
    view->addAction(m_presentationAction);
    view->addSeparator();
    fillLanguageMenu(*view->addMenu(tr("Lan&guage")), this);

    m_lessons->fillMenu(*menuBar()->addMenu(tr("&Lessons")));
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    ViewHelp::install(*this, *help); // Manual (F1), What's This? (Shift+F1), the views' texts
    help->addAction(tr("&About CurveLab"), this, [this] {
        QMessageBox::about(this, tr("About CurveLab"),
                           tr("<b>CurveLab</b><p>Watch a recurrent network learn to tell function "
                              "families apart from a few points, beside least squares and the "
                              "Bayes-optimal ceiling.</p>"));
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
    m_speed = new TrainingSpeed(this);
    connect(m_speed, &TrainingSpeed::stepDelayChanged, &m_controller,
            &TrainingController::setStepDelay);
    bar->addWidget(m_speed->slider());
    bar->addWidget(m_speed->label());
}

void MainWindow::buildStatusBar()
{
    statusBar()->addWidget(m_dashboard->statusLabel(), 1);
    statusBar()->addPermanentWidget(m_dashboard->stopGauge());
    connect(m_dashboard, &TrainingDashboard::statusMessage, statusBar(), &QStatusBar::showMessage);
}

void MainWindow::connectController()
{
    connect(&m_controller, &TrainingController::stateChanged, this, &MainWindow::onStateChanged);
    connect(&m_controller, &TrainingController::progress, m_dashboard,
            &TrainingDashboard::addProgress);
    connect(&m_controller, &TrainingController::finished, this, &MainWindow::onFinished);
    // The canvas classifies with the weights the worker published between batches, never with
    // the model it is training.
    connect(&m_controller, &TrainingController::snapshotReady, m_canvas, &CanvasView::setSnapshot);
    connect(&m_controller, &TrainingController::failed, this, [this](const QString &reason) {
        m_banner->showMessage(BannerKind::Error, reason.toHtmlEscaped());
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
    if (prepareRun(tr("Cannot start: ")) && m_controller.start(m_dashboard->runConfig())) {
        m_banner->dismiss();
    }
}

void MainWindow::stepOnce()
{
    if (m_controller.state() == TrainingController::State::Idle &&
        !prepareRun(tr("Cannot step: "))) {
        return;
    }
    m_controller.step(m_dashboard->runConfig());
}

bool MainWindow::prepareRun(const QString &refusal)
{
    if (!m_setup->isValid()) {
        m_banner->showMessage(BannerKind::Error, refusal + m_setup->errorText().toHtmlEscaped());
        return false;
    }
    m_dashboard->setRunConfig(m_setup->config());
    // A run that does not continue from the kept weights starts at step 1, with charts of its own.
    if (!m_controller.continues(m_dashboard->runConfig().model)) {
        m_dashboard->clear();
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
    m_dashboard->statusLabel()->setText(
        tr("Weights reset: the next Start draws new random weights"));
    m_banner->dismiss();
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
            const bool lessonShown = m_lessons->dock()->isVisible();
            m_beforePresentation.reset();
            before.restore(*this);
            // The docks come back as they were before presenting; what changed meanwhile wins:
            // a lesson opened, classroom mode turned on or off.
            m_lessons->classroom().apply();
            if (lessonShown) {
                m_lessons->showDock();
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
    ViewStyle style = presentationMode()               ? ViewStyle::presentation()
                      : m_largeTextAction->isChecked() ? ViewStyle::largeText()
                                                       : ViewStyle::standard();
    if (m_highContrastAction->isChecked()) {
        style = style.withHighContrast();
    }
    m_dashboard->setViewStyle(style);
    m_canvas->setViewStyle(style);
    m_race->setViewStyle(style);
    m_curves->setViewStyle(style);
    m_setup->setViewStyle(style);
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

void MainWindow::onFinished(const TrainingResult &result, const ModelSnapshot &)
{
    // A run that Reset cut short: its weights are forgotten and the charts were cleared for the
    // next run, so nothing of it may come back.
    if (!m_controller.latestSnapshot()) {
        return;
    }
    m_canvas->setSnapshot(*m_controller.latestSnapshot());
    m_dashboard->finishRun(result);
}

void MainWindow::onModelSettingsChanged()
{
    if (m_controller.state() == TrainingController::State::Idle && m_controller.latestSnapshot() &&
        m_setup->isValid()) {
        const ModelSpec &trained = m_controller.latestSnapshot()->spec;
        const ModelSpec wanted = m_setup->config().model;
        if (trained != wanted) {
            m_banner->showMessage(
                BannerKind::Warning,
                tr("The model settings changed: the trained weights do not fit the new model, "
                   "so Start will begin from new random weights. "
                   "<a href=\"reset\">Reset weights now</a>"));
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
    m_dashboard->setReferenceLengths(config.testLength);
    m_references.request(config);
}

QString MainWindow::statusText() const
{
    return m_dashboard->statusLabel()->text();
}

void MainWindow::forgetWeights()
{
    m_controller.reset();
    m_canvas->clearSnapshot();
    m_dashboard->clear();
    m_dashboard->setRunConfig(m_setup->config());
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
            statusBar()->showMessage(tr("Saved settings ignored: %1").arg(localReason(e)), 8000);
            unticked.clear();
        }
    }
    m_setup->setConfig(config, unticked);
    m_lessons->classroom().setHiddenControls(settings.value("classroom/hidden").toStringList());
    // The lesson itself is not kept between sessions: its empty panel would only take room.
    m_lessons->dock()->hide();
    m_speed->setLevel(settings.value("training/speed", 0).toInt());
    setLargeText(settings.value("view/largeText", false).toBool());
    m_highContrastAction->setChecked(
        settings
            .value("view/highContrast",
                   desktopAsksHighContrast(QGuiApplication::palette(), qgetenv("GTK_THEME"),
                                           QApplication::style()->name()))
            .toBool());
    if (!settings.value("hint/shown", false).toBool()) {
        m_banner->showMessage(BannerKind::Hint, tr(kFirstHint));
    } else {
        m_banner->dismiss();
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
    settings.setValue("classroom/hidden", m_lessons->classroom().hiddenControls());
    settings.setValue("training/speed", m_speed->level());
    settings.setValue("view/largeText", m_largeTextAction->isChecked());
    settings.setValue("view/highContrast", m_highContrastAction->isChecked());
    settings.setValue("hint/shown", true);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    // Before the window is built (its actions last), there is nothing to colour yet.
    if (event->type() == QEvent::PaletteChange && m_highContrastAction) {
        applyViewStyle();
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_controller.shutdown();
    setPresentationMode(false); // the settings keep the window as it is outside a lesson
    saveSettings();
    event->accept();
}

} // namespace curvelab
