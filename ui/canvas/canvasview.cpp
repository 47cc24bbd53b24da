#include "canvasview.h"

#include "belieftimeline.h"
#include "canvasdocument.h"
#include "cellinspection.h"
#include "familynames.h"
#include "familypalette.h"
#include "featureencoder.h"
#include "featuretable.h"
#include "filestore.h"
#include "formfields.h"
#include "guessexplanation.h"
#include "insideview.h"
#include "localpath.h"
#include "pointcanvas.h"
#include "pointscsv.h"
#include "probabilitybars.h"
#include "readynetwork.h"
#include "sequencenotes.h"
#include "trainingdomain.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScrollArea>
#include <QScrollBar>
#include <QSlider>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <sstream>

namespace curvelab {

namespace {

// A points file larger than this is not something a person drew; refuse it before reading.
constexpr qint64 kMaxPointsFileBytes = 4 * 1024 * 1024;
// Point size of the guess: readable from the back of a room, larger still with large text.
constexpr int kGuessPointSize = 24;
// Point size of what the guess line says while there is no guess, at font scale 1.
constexpr double kBodyPointSize = 12.0;
// Pixels beyond the guess's own width, so a wider name does not clip at once.
constexpr int kGuessSlack = 24;
// A size far beyond any screen, for "give this pane everything the others do not need".
constexpr int kLargeSplit = 100000;
// The home view for a network that reads any scale: a box to start drawing in, and where a
// sample of the drawn world is shown in it.
constexpr double kAnyScaleView = 10.0;
constexpr double kSampleMargin = 1.0;
constexpr double kSampleSpan = kAnyScaleView - 2 * kSampleMargin;
// Point influence leaves each point out in turn (n runs of up to n steps): beyond this many
// points a redraw would take longer than a frame.
constexpr int kMaxInfluencePoints = 64;

QString percent(double p)
{
    return QString("%1%").arg(100.0 * p, 0, 'f', 1);
}

QString compact(double v)
{
    return QString::number(v, 'g', 3);
}

// A state rather than a guess: said at body size, so that it does not read as an answer.
QString muted(const QString &text, const ViewStyle &style)
{
    return QString("<span style=\"font-size:%1pt; color:#767676\">%2</span>")
        .arg(kBodyPointSize * style.fontScale)
        .arg(text.toHtmlEscaped());
}

QString coloured(const QString &text, int family, const ViewStyle &style)
{
    return QString("<span style=\"color:%1\">%2</span>")
        .arg(style.familyColor(family).name(), text.toHtmlEscaped());
}

} // namespace

CanvasView::CanvasView(QWidget *parent)
    : QWidget(parent), m_document(new CanvasDocument(this)), m_sampleTimer(new QTimer(this))
{
    m_canvas = new PointCanvas;
    m_canvas->setDocument(m_document);
    m_timeline = new BeliefTimeline;
    m_bars = new ProbabilityBars;
    m_features = new FeatureTable;
    m_inside = new InsideView;

    auto *top = new QSplitter(Qt::Horizontal);
    top->addWidget(m_canvas);
    top->addWidget(buildSidePanel());
    top->setStretchFactor(0, 1);
    top->setStretchFactor(1, 0);
    top->setCollapsible(0, false);
    // The side panel keeps its minimum (set by fitSidePanel()); the canvas takes the rest.
    top->setSizes({kLargeSplit, 1});
    // Below the canvas, one of three views of the same points: how the belief moved, what the
    // cell did, what the network read.
    m_below = new QTabWidget;
    m_below->addTab(m_timeline, tr("Belief after every point"));
    m_below->addTab(m_inside, tr("Inside the cell"));
    m_below->addTab(m_features, tr("What the network sees"));
    connect(m_below, &QTabWidget::currentChanged, this, [this] { showPrediction(); });
    auto *body = new QSplitter(Qt::Vertical);
    body->addWidget(top);
    body->addWidget(m_below);
    body->setStretchFactor(0, 3);
    body->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildToolBar());
    layout->addWidget(buildMomentRow());
    layout->addWidget(body, 1);

    m_sampleTimer->setInterval(kSampleIntervalMs);
    connect(m_sampleTimer, &QTimer::timeout, this, &CanvasView::placeNextSamplePoint);
    connect(m_document, &CanvasDocument::changed, this, [this] {
        if (!m_placingSample) {
            stopSampling(); // the person took over
            m_error.clear();
        }
        refresh();
    });
    // A press that moves or selects a point of the sample changes nothing yet: stop all the same.
    connect(m_canvas, &PointCanvas::pressed, this, [this] { stopSampling(); });
    connect(m_canvas, &PointCanvas::hoveredPointChanged, m_timeline,
            &BeliefTimeline::setHighlightedPoint);
    connect(m_canvas, &PointCanvas::hoveredPointChanged, m_inside,
            &InsideView::setHighlightedPoint);

    useFamilies(originalFamilies());
    refresh();
}

CanvasView::~CanvasView() = default;

QWidget *CanvasView::buildToolBar()
{
    auto *bar = new QWidget;
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);

    m_sampleFamily = new QComboBox;
    m_sampleFamily->setToolTip(tr("The family \"Sample\" draws a curve from"));
    auto *sampleButton = new QPushButton(tr("Sample"));
    sampleButton->setToolTip(tr("Place a fresh curve of this family (new k and b) point by point"));
    connect(sampleButton, &QPushButton::clicked, this,
            [this] { sample(m_sampleFamily->currentIndex()); });
    row->addWidget(sampleButton);
    row->addWidget(m_sampleFamily);
    row->addSpacing(12);

    row->addWidget(toolButton(undoAction(/*redo=*/false)));
    row->addWidget(toolButton(undoAction(/*redo=*/true)));
    auto *clear = new QAction(tr("Clear"), this);
    connect(clear, &QAction::triggered, m_document, &CanvasDocument::clear);
    addAction(clear, QKeySequence(tr("Ctrl+Backspace")));
    row->addWidget(toolButton(clear));

    // Moving points in and out is rarer than drawing: one menu keeps the row short enough for
    // a 1280-pixel projector beside the setup panel.
    auto *paste = new QAction(tr("Paste points"), this);
    paste->setToolTip(tr("Paste points as CSV lines \"x,y\""));
    connect(paste, &QAction::triggered, this,
            [this] { pastePoints(QApplication::clipboard()->text()); });
    addAction(paste, QKeySequence::Paste);
    auto *open = new QAction(tr("Open points…"), this);
    connect(open, &QAction::triggered, this, &CanvasView::openPointsDialog);
    addAction(open, {});
    auto *save = new QAction(tr("Save points…"), this);
    connect(save, &QAction::triggered, this, &CanvasView::savePointsDialog);
    addAction(save, {});
    auto *points = new QToolButton;
    points->setText(tr("Points"));
    points->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(points);
    menu->addActions({paste, open, save});
    points->setMenu(menu);
    row->addWidget(points);

    auto *home = new QAction(tr("Reset view"), this);
    home->setToolTip(tr("Back to the training range (wheel zooms, middle button pans)"));
    connect(home, &QAction::triggered, m_canvas, &PointCanvas::resetView);
    addAction(home, QKeySequence(tr("Ctrl+0")));
    row->addWidget(toolButton(home));
    auto *fit = new QAction(tr("Zoom to points"), this);
    fit->setToolTip(tr("Fit the view to the points, to see the shape of a flat curve"));
    connect(fit, &QAction::triggered, m_canvas, &PointCanvas::fitToPoints);
    addAction(fit, QKeySequence(tr("Ctrl+9")));
    row->addWidget(toolButton(fit));

    m_fitsBox = new QCheckBox(tr("Fitted curves"));
    m_fitsBox->setToolTip(tr("Draw the least-squares fit of every family with its residuals"));
    connect(m_fitsBox, &QCheckBox::toggled, this, &CanvasView::setShowFits);
    m_influenceBox = new QCheckBox(tr("Point influence"));
    m_influenceBox->setToolTip(
        tr("A halo per point: how much the final guess changes when that point is left out "
           "(filled: it supports the guess; dashed: it argues against it)"));
    connect(m_influenceBox, &QCheckBox::toggled, this, &CanvasView::setShowInfluence);
    row->addStretch(1);
    return bar;
}

QToolButton *CanvasView::toolButton(QAction *action)
{
    auto *button = new QToolButton;
    button->setDefaultAction(action);
    return button;
}

// Undo and redo with short, fixed names on the buttons (QUndoStack's own actions grow with
// the command's name and would widen the row); the command's name is in the tooltip.
QAction *CanvasView::undoAction(bool redo)
{
    QUndoStack *stack = m_document->undoStack();
    auto *action = new QAction(redo ? tr("Redo") : tr("Undo"), this);
    action->setEnabled(false);
    if (redo) {
        connect(action, &QAction::triggered, stack, &QUndoStack::redo);
        connect(stack, &QUndoStack::canRedoChanged, action, &QAction::setEnabled);
        connect(stack, &QUndoStack::redoTextChanged, action,
                [action](const QString &text) { action->setToolTip(tr("Redo %1").arg(text)); });
    } else {
        connect(action, &QAction::triggered, stack, &QUndoStack::undo);
        connect(stack, &QUndoStack::canUndoChanged, action, &QAction::setEnabled);
        connect(stack, &QUndoStack::undoTextChanged, action,
                [action](const QString &text) { action->setToolTip(tr("Undo %1").arg(text)); });
    }
    addAction(action, redo ? QKeySequence(tr("Ctrl+Shift+Z")) : QKeySequence(QKeySequence::Undo));
    return action;
}

void CanvasView::addAction(QAction *action, const QKeySequence &shortcut)
{
    // Only while the canvas tab has focus: Ctrl+Z must not undo a drawing from another tab.
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QWidget::addAction(action);
}

// Time travel: a slider over the moments kept while training; at its right end the canvas
// follows training live, anywhere else it shows what the network thought then.
QWidget *CanvasView::buildMomentRow()
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_moment = new QSlider(Qt::Horizontal);
    m_moment->setToolTip(tr("Drag to see what the network thought of this drawing earlier in "
                            "training; the right end follows training live"));
    m_momentLabel = plainLabel();
    layout->addWidget(plainLabel(tr("Moment in training")));
    layout->addWidget(m_moment, 1);
    layout->addWidget(m_momentLabel);
    // What to draw over the points shares the slider's row, which gives way: in one row with
    // the drawing tools the canvas would need ~1260 pixels in presentation type, more than a
    // 1280-pixel projector has beside the lesson.
    layout->addSpacing(12);
    layout->addWidget(m_fitsBox);
    layout->addWidget(m_influenceBox);
    connect(m_moment, &QSlider::valueChanged, this, &CanvasView::onMomentPicked);
    updateMomentSlider();
    return row;
}

void CanvasView::updateMomentSlider()
{
    const bool live = isLive();
    const int last = static_cast<int>(m_history.size()) - 1;
    const QSignalBlocker blocker(m_moment);
    m_moment->setEnabled(last > 0);
    m_moment->setRange(0, std::max(last, 0));
    if (live || m_history.empty()) {
        m_moment->setValue(m_moment->maximum());
    } else {
        // Thinning renumbers the kept moments: stay on the step that was picked.
        m_moment->setValue(static_cast<int>(m_history.nearest(m_pickedStep)));
    }
    showMomentLabel();
}

bool CanvasView::isLive() const
{
    return m_pickedStep < 0;
}

int CanvasView::momentCount() const
{
    return static_cast<int>(m_history.size());
}

void CanvasView::pickMoment(int index)
{
    m_moment->setValue(index);
}

void CanvasView::onMomentPicked(int index)
{
    if (m_history.empty()) {
        return;
    }
    const bool live = index >= m_moment->maximum();
    m_pickedStep = live ? -1 : m_history.at(static_cast<std::size_t>(index)).step;
    classifyWith(m_history.at(static_cast<std::size_t>(index)));
    showMomentLabel();
}

void CanvasView::showMomentLabel()
{
    if (m_history.empty()) {
        m_momentLabel->setText(tr("no moments yet"));
    } else if (isLive()) {
        m_momentLabel->setText(tr("live (step %1)").arg(m_history.at(m_history.size() - 1).step));
    } else {
        m_momentLabel->setText(
            tr("step %1 of %2").arg(m_pickedStep).arg(m_history.at(m_history.size() - 1).step));
    }
}

void CanvasView::setComparison(const QString &name, const ModelSnapshot &weights)
{
    try {
        m_comparisons[name].setSnapshot(weights);
    } catch (const std::exception &) {
        return; // a contender's bad weights are its own view's business
    }
    showComparisons();
}

void CanvasView::clearComparisons()
{
    m_comparisons.clear();
    showComparisons();
}

// Every race contender's guess for the drawn sequence, one line each. Each contender keeps its
// own SequenceClassifier, so an edit costs it the steps from the edited point on, like the main
// network's.
void CanvasView::showComparisons()
{
    const PointSequence &points = m_document->points();
    if (m_comparisons.empty() || points.empty()) {
        m_comparisonLabel->clear();
        return;
    }
    const QStringList names = familyNames(m_families);
    QStringList lines;
    for (auto &[name, classifier] : m_comparisons) {
        if (!classifier.hasModel() || classifier.snapshot()->spec.families != m_families) {
            continue;
        }
        classifier.setPoints(points);
        const Prediction &last = classifier.predictions().back();
        lines << QString("%1: %2").arg(
            name.toHtmlEscaped(),
            coloured(QString("%1 %2").arg(names.value(last.guess),
                                          percent(last.probabilities[last.guess])),
                     last.guess, m_style));
    }
    m_comparisonLabel->setText(lines.isEmpty() ? QString()
                                               : tr("Race contenders:<br>") + lines.join("<br>"));
}

QWidget *CanvasView::buildSidePanel()
{
    auto *panel = new QWidget;
    auto *column = new QVBoxLayout(panel);
    auto *heading = plainLabel(tr("The network's guess"));
    m_guess = new QLabel;
    m_guess->setObjectName(QStringLiteral("canvasGuess"));
    m_guess->setTextFormat(Qt::RichText);
    // The guess changes with every point; its width must not move the splitter each time.
    m_guess->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_modelSource = plainLabel();
    m_modelSource->setWordWrap(true);
    m_leastSquaresLabel = new QLabel;
    m_leastSquaresLabel->setWordWrap(true);
    m_leastSquaresLabel->setTextFormat(Qt::RichText);
    m_message = new QLabel;
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::RichText);
    m_message->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    column->addWidget(heading);
    column->addWidget(m_guess);
    column->addWidget(m_bars);
    column->addWidget(m_leastSquaresLabel);
    column->addWidget(m_modelSource);
    m_comparisonLabel = new QLabel;
    m_comparisonLabel->setTextFormat(Qt::RichText);
    m_comparisonLabel->setWordWrap(true);
    column->addWidget(m_comparisonLabel);
    column->addWidget(m_message, 1);
    m_sidePanel = panel;
    // Scrolled rather than squeezed or grown: where the window is short (large text on a
    // 720-pixel projector, several race contenders below the guess) the guess and its bars keep
    // their size and the window stays on the screen.
    m_sidePanelArea = new QScrollArea;
    m_sidePanelArea->setWidget(panel);
    m_sidePanelArea->setWidgetResizable(true);
    m_sidePanelArea->setFrameShape(QFrame::NoFrame);
    m_sidePanelArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scaleGuess();
    return m_sidePanelArea;
}

void CanvasView::setSnapshot(const ModelSnapshot &snapshot)
{
    takeSnapshot(snapshot, Origin::Training, QString());
}

void CanvasView::setOpenedSnapshot(const ModelSnapshot &snapshot, const QString &name)
{
    takeSnapshot(snapshot, Origin::Opened, name);
}

void CanvasView::takeSnapshot(const ModelSnapshot &snapshot, Origin origin, const QString &name)
{
    // The ready network's weights are no moment of a run.
    if (m_origin == Origin::Ready) {
        m_history.clear();
        m_pickedStep = -1;
    }
    const Origin previousOrigin = m_origin;
    const QString previousName = m_originName;
    if (origin != Origin::Training || m_origin != Origin::Opened) {
        m_origin = origin; // training an opened network goes on speaking of its file
        m_originName = name;
    }
    // Checked once: by the classifier when it takes the weights, or here when it does not
    // because the canvas shows an earlier moment. Bad weights never enter the history.
    try {
        if (isLive()) {
            classifyWith(snapshot);
        } else {
            validateSnapshot(snapshot);
        }
    } catch (const std::exception &e) {
        m_origin = previousOrigin;
        m_originName = previousName;
        showError(tr("These weights cannot classify: %1").arg(QString::fromUtf8(e.what())));
        return;
    }
    m_history.offer(snapshot);
    updateMomentSlider();
    showOrigin();
}

void CanvasView::setReadyNetwork(const ModelSnapshot &ready)
{
    validateSnapshot(ready);
    m_ready = ready;
    if (m_origin == Origin::None || m_origin == Origin::Ready) {
        answerWithReadyNetwork();
    }
}

namespace {

// Whether a network trained on `known` can name the families of `drawn`: the same names and
// formulas, in the same order (the ranges do not matter to a unit-free network).
bool sameShapes(const std::vector<FunctionFamily> &known, const std::vector<FunctionFamily> &drawn)
{
    return std::equal(known.begin(), known.end(), drawn.begin(), drawn.end(),
                      [](const FunctionFamily &a, const FunctionFamily &b) {
                          return a.name == b.name && a.shape == b.shape;
                      });
}

} // namespace

void CanvasView::answerWithReadyNetwork()
{
    const bool fits = m_ready && (m_generator.families.empty() ||
                                  sameShapes(m_ready->spec.families, m_generator.families));
    if (fits && m_origin != Origin::Ready) {
        m_origin = Origin::Ready;
        classifyWith(*m_ready);
    } else if (!fits && m_origin == Origin::Ready) {
        m_origin = Origin::None;
        m_classifier.clearSnapshot();
        if (!m_generator.families.empty() && m_generator.families != m_families) {
            useFamilies(m_generator.families);
        }
    }
    updateDomain();
    showOrigin();
    refresh();
}

QString CanvasView::originText() const
{
    return m_modelSource->text();
}

void CanvasView::showOrigin()
{
    const ModelSnapshot *weights = m_classifier.snapshot();
    QString text;
    if (!weights || m_origin == Origin::None) {
        text = tr("Press Start to train a network, or open a saved model.");
    } else if (m_origin == Origin::Ready) {
        text = tr("The ready network answers, %1. Start trains one of your own.")
                   .arg(QString::fromUtf8(readyNetworkDescription()));
    } else if (!isLive()) {
        text = tr("A moment in training answers: the weights of step %1.").arg(weights->step);
    } else if (m_origin == Origin::Opened) {
        text = tr("The network from %1 answers (%n training step(s)).", nullptr,
                  static_cast<int>(weights->step))
                   .arg(m_originName);
    } else if (weights->step == 0) {
        text = tr("Untrained weights answer: the guess is still random.");
    } else {
        text = tr("The network being trained answers: the weights of step %1.").arg(weights->step);
    }
    m_modelSource->setText(text);
}

bool CanvasView::readsAnyScale() const
{
    if (const ModelSnapshot *weights = m_classifier.snapshot()) {
        return weights->spec.preprocessing == Preprocessing::UnitFree;
    }
    return m_generator.world == CurveWorld::Drawn;
}

void CanvasView::updateDomain()
{
    const bool anyScale = readsAnyScale();
    if (m_domainFamilies == m_families && m_domainAnyScale == anyScale) {
        return;
    }
    m_domainFamilies = m_families;
    m_domainAnyScale = anyScale;
    if (anyScale) {
        // Every scale was trained on: no region to shade, and a plain box to start drawing in.
        m_canvas->clearTrainingDomain();
        m_canvas->setHomeView(TrainingDomain{{0.0, kAnyScaleView}, {0.0, kAnyScaleView}});
        return;
    }
    const TrainingDomain domain = trainingDomain(m_families);
    m_canvas->setTrainingDomain(domain);
    m_canvas->setHomeView(domain);
}

// Throws std::invalid_argument, changing nothing, for weights that do not fit their spec.
void CanvasView::classifyWith(const ModelSnapshot &snapshot)
{
    const ModelSnapshot *previous = m_classifier.snapshot();
    const bool sameInput = previous &&
                           previous->spec.preprocessing == snapshot.spec.preprocessing &&
                           previous->spec.families == snapshot.spec.families;
    m_classifier.setSnapshot(snapshot);
    if (snapshot.spec.families != m_families) {
        useFamilies(snapshot.spec.families);
    }
    // The names change with the input, not with every snapshot of a run.
    if (!sameInput) {
        const FeatureEncoder encoder(snapshot.spec.preprocessing, snapshot.spec.families);
        m_featureNames.clear();
        for (const std::string &name : encoder.featureNames()) {
            m_featureNames << QString::fromStdString(name);
        }
    }
    updateDomain();
    showOrigin();
    showPrediction();
    showNotes();
}

void CanvasView::clearSnapshot()
{
    m_classifier.clearSnapshot();
    m_origin = Origin::None;
    m_history.clear();
    m_pickedStep = -1;
    m_comparisons.clear();
    updateMomentSlider();
    if (m_generator.families != m_families && !m_generator.families.empty()) {
        useFamilies(m_generator.families);
    }
    answerWithReadyNetwork();
}

void CanvasView::setGeneratorConfig(const GeneratorConfig &config)
{
    m_generator = config;
    if (m_origin == Origin::None || m_origin == Origin::Ready) {
        if (config.families != m_families && !m_ready) {
            useFamilies(config.families);
        }
        answerWithReadyNetwork();
    }
}

void CanvasView::useFamilies(const std::vector<FunctionFamily> &families)
{
    m_families = families;
    m_leastSquares.emplace(families);
    m_shapes.clear();
    for (const FunctionFamily &family : families) {
        m_shapes.emplace_back(family.shape);
    }
    m_sampleFamily->clear();
    m_sampleFamily->addItems(familyNames(families));
    fitSidePanel();
    updateDomain();
}

void CanvasView::refresh()
{
    m_classifier.setPoints(m_document->points());
    showPrediction();
    showLeastSquares();
    showNotes();
}

void CanvasView::showPrediction()
{
    const QStringList names = familyNames(m_families);
    const std::vector<Prediction> &predictions = m_classifier.predictions();
    std::vector<std::vector<float>> beliefs;
    std::vector<std::vector<float>> features;
    std::vector<int> guesses;
    QStringList pointNotes;
    for (const Prediction &p : predictions) {
        beliefs.push_back(p.probabilities);
        features.push_back(p.features);
        guesses.push_back(p.guess);
        pointNotes << tr("Network after this point: %1 %2")
                          .arg(names.value(p.guess), percent(p.probabilities[p.guess]));
    }
    m_canvas->setPointFamilies(guesses);
    m_canvas->setPointNotes(pointNotes);
    m_timeline->setBeliefs(names, beliefs);
    // Only the view on show is filled: the others wait until their tab is picked.
    if (m_below->currentWidget() == m_features) {
        m_features->setFeatures(m_featureNames, features);
    } else if (m_below->currentWidget() == m_inside) {
        m_inside->setPredictions(m_classifier.snapshot(), predictions);
    }
    showInfluence();
    showComparisons();

    m_timeline->setEmptyText(
        m_classifier.hasModel() ? tr("Click on the canvas to add points")
                                : tr("The belief after every point appears once there is a model"));
    if (!m_classifier.hasModel()) {
        m_bars->clear();
        m_guess->setText(muted(tr("No model yet"), m_style));
        return;
    }
    if (predictions.empty()) {
        m_bars->clear();
        m_guess->setText(muted(tr("Click on the canvas to add points"), m_style));
        return;
    }
    const Prediction &last = predictions.back();
    m_bars->setProbabilities(names, last.probabilities);
    m_guess->setText(QString("<b>%1</b> %2")
                         .arg(coloured(names.value(last.guess), last.guess, m_style),
                              percent(last.probabilities[last.guess])));
}

void CanvasView::showLeastSquares()
{
    const PointSequence &points = m_document->points();
    std::vector<CanvasCurve> curves;
    if (points.size() < 3) {
        m_leastSquaresLabel->setText(points.empty()
                                         ? QString()
                                         : tr("Least squares: any family fits %n point(s) exactly",
                                              nullptr, static_cast<int>(points.size())));
        m_canvas->setCurves(curves);
        return;
    }
    const std::vector<FamilyFit> fits = m_leastSquares->fit(points);
    const int verdict = m_leastSquares->classify(points);
    QStringList residuals;
    for (std::size_t i = 0; i < fits.size(); ++i) {
        const FamilyFit &fit = fits[i];
        const int family = static_cast<int>(i);
        const QString name = QString::fromStdString(m_families[i].name);
        const QString residual =
            std::isfinite(fit.residual) ? compact(fit.residual) : tr("undefined");
        residuals << coloured(QString("%1 %2").arg(name, residual), family, m_style);
        if (m_showFits && fit.determined) {
            const ShapeFunction shape = m_shapes[i];
            curves.push_back(
                {family,
                 QString("%1  k=%2 b=%3  rms %4")
                     .arg(name, compact(fit.k), compact(fit.b), compact(fit.residual)),
                 [shape, k = fit.k, b = fit.b](double x) { return k * shape(x) + b; }});
        }
    }
    m_leastSquaresLabel->setText(
        tr("Least squares: <b>%1</b><br><small>rms residual: %2</small>")
            .arg(
                coloured(QString::fromStdString(m_families[static_cast<std::size_t>(verdict)].name),
                         verdict, m_style),
                residuals.join(", ")));
    m_canvas->setCurves(curves);
}

void CanvasView::showNotes()
{
    QStringList lines;
    if (!m_error.isEmpty()) {
        lines << QString("<span style=\"color:#b00020\">%1</span>").arg(m_error.toHtmlEscaped());
    }
    const PointSequence &points = m_document->points();
    const ModelSnapshot *weights = m_classifier.snapshot();
    const Preprocessing input = weights           ? weights->spec.preprocessing
                                : readsAnyScale() ? Preprocessing::UnitFree
                                                  : Preprocessing::FamilyFit;
    std::vector<SequenceNote> notes = describeSequence(points, m_families, input);
    if (weights && !m_classifier.predictions().empty()) {
        const std::vector<SequenceNote> surprises =
            explainGuess(points, weights->spec, m_classifier.predictions().back().probabilities);
        notes.insert(notes.begin(), surprises.begin(), surprises.end());
    }
    for (const SequenceNote &note : notes) {
        const QString text = QString::fromStdString(note.text).toHtmlEscaped();
        lines << (note.kind == SequenceNote::Kind::Warning ? "⚠ " + text : text);
    }
    m_message->setText(lines.join("<br><br>"));
}

void CanvasView::showError(const QString &text)
{
    m_error = text;
    showNotes();
}

QString CanvasView::guessText() const
{
    return m_guess->text();
}

QString CanvasView::leastSquaresText() const
{
    return m_leastSquaresLabel->text();
}

QString CanvasView::comparisonText() const
{
    return m_comparisonLabel->text();
}

QString CanvasView::messageText() const
{
    return m_message->text();
}

void CanvasView::setShowFits(bool show)
{
    m_showFits = show;
    m_canvas->setShowResiduals(show);
    if (m_fitsBox->isChecked() != show) {
        m_fitsBox->setChecked(show);
    }
    showLeastSquares();
}

void CanvasView::setShowInfluence(bool show)
{
    if (m_influenceBox->isChecked() != show) {
        m_influenceBox->setChecked(show);
    }
    showInfluence();
}

void CanvasView::showInfluence()
{
    const PointSequence &points = m_document->points();
    const ModelSnapshot *weights = m_classifier.snapshot();
    if (!m_influenceBox->isChecked() || !weights || points.empty() ||
        static_cast<int>(points.size()) > kMaxInfluencePoints) {
        m_canvas->setPointHalos({}, -1);
        return;
    }
    m_canvas->setPointHalos(pointInfluence(*weights, points),
                            m_classifier.predictions().back().guess);
}

void CanvasView::showBelow(BelowView view)
{
    QWidget *const pages[] = {m_timeline, m_inside, m_features};
    m_below->setCurrentWidget(pages[static_cast<int>(view)]);
}

void CanvasView::setViewStyle(const ViewStyle &style)
{
    m_style = style.bounded();
    m_canvas->setViewStyle(m_style);
    m_timeline->setViewStyle(m_style);
    m_inside->setViewStyle(m_style);
    m_bars->setViewStyle(m_style);
    scaleGuess();
    // The guess and the least-squares verdict are rich text in the family colours.
    showPrediction();
    showLeastSquares();
}

void CanvasView::setLargeText(bool large)
{
    setViewStyle(large ? ViewStyle::largeText() : ViewStyle());
}

void CanvasView::scaleGuess()
{
    QFont font = m_guess->font();
    font.setPointSizeF(kGuessPointSize * m_style.fontScale);
    m_guess->setFont(font);
    fitSidePanel();
}

// Room for the longest family's name and "100.0%" at the guess's size, and no more: the canvas
// gets the rest.
void CanvasView::fitSidePanel()
{
    QFont bold = m_guess->font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    int widest = 0;
    for (const FunctionFamily &family : m_families) {
        widest = std::max(widest, metrics.horizontalAdvance(QString::fromStdString(family.name) +
                                                            QStringLiteral(" 100.0%")));
    }
    const int width = widest + 2 * m_sidePanel->layout()->contentsMargins().left() + kGuessSlack;
    m_sidePanel->setMinimumWidth(width);
    m_sidePanelArea->setMinimumWidth(width +
                                     m_sidePanelArea->verticalScrollBar()->sizeHint().width());
}

void CanvasView::sample(int family)
{
    if (family < 0 || family >= static_cast<int>(m_families.size())) {
        return;
    }
    stopSampling();
    GeneratorConfig config = m_generator;
    config.families = m_families;
    config.kbMode = KbMode::PerSequence; // a fresh k and b every time, also after the answer
    config.length = kSampleLength;
    config.seed = QRandomGenerator::global()->generate64(); // a fresh curve every time
    m_sampleFamily->setCurrentIndex(family);
    m_samplePoints = CurveGenerator(config).sample(family, kSampleLength).points;
    if (config.world == CurveWorld::Drawn) {
        showAsDrawn(m_samplePoints, isUnitFree(m_families[static_cast<std::size_t>(family)]));
    }
    // The whole curve in view from its first point: a root among parabolas is no flat row.
    m_canvas->frame(m_samplePoints);
    m_samplePlaced = 0;
    m_sampleKey = m_document->newMergeKey();
    m_sampleName = tr("Sample %1").arg(QString::fromStdString(m_families[family].name));
    placeNextSamplePoint();
    m_sampleTimer->start();
}

// A drawn-world sample as a person would place it for a class: left to right, and, for a shape
// that a change of units maps onto itself, in the canvas's first view instead of at a random
// scale (a network that reads without units answers the same).
void CanvasView::showAsDrawn(PointSequence &points, bool unitFree)
{
    std::sort(points.begin(), points.end(),
              [](const Point &a, const Point &b) { return a.x < b.x; });
    if (!unitFree || points.size() < 2) {
        return;
    }
    const auto [low, high] = std::minmax_element(
        points.begin(), points.end(), [](const Point &a, const Point &b) { return a.y < b.y; });
    const double xScale = kSampleSpan / std::max(points.back().x, 1e-300);
    const double height = high->y - low->y;
    const double yLow = low->y;
    for (Point &p : points) {
        p.x *= xScale;
        p.y =
            height > 0.0 ? kSampleMargin + kSampleSpan * (p.y - yLow) / height : kAnyScaleView / 2;
    }
}

bool CanvasView::isSampling() const
{
    return m_sampleTimer->isActive();
}

void CanvasView::placeNextSamplePoint()
{
    if (m_samplePlaced >= m_samplePoints.size()) {
        stopSampling();
        return;
    }
    ++m_samplePlaced;
    const PointSequence placed(m_samplePoints.begin(),
                               m_samplePoints.begin() + static_cast<long>(m_samplePlaced));
    m_placingSample = true;
    m_document->replace(placed, m_sampleName, m_sampleKey); // one undo step for the whole sample
    m_placingSample = false;
    if (m_samplePlaced == m_samplePoints.size()) {
        stopSampling();
    }
}

void CanvasView::stopSampling()
{
    m_sampleTimer->stop();
}

bool CanvasView::pastePoints(const QString &text)
{
    std::vector<PointSequence> sequences;
    try {
        sequences = readPointSequences(text.toStdString());
    } catch (const CsvError &e) {
        showError(tr("Cannot read these points: %1").arg(QString::fromUtf8(e.what())));
        return false;
    }
    if (sequences.empty() || sequences.front().empty()) {
        showError(tr("No points found: expected lines \"x,y\""));
        return false;
    }
    const PointSequence &points = sequences.front();
    if (static_cast<int>(points.size()) > CanvasDocument::kMaxPoints) {
        showError(tr("%1 points are more than the canvas holds (%2)")
                      .arg(points.size())
                      .arg(CanvasDocument::kMaxPoints));
        return false;
    }
    stopSampling();
    m_document->replace(points, tr("Paste %n point(s)", nullptr, static_cast<int>(points.size())));
    m_canvas->fitToPoints();
    if (sequences.size() > 1) {
        showError(
            tr("The text held %1 sequences; the canvas shows the first.").arg(sequences.size()));
    }
    return true;
}

bool CanvasView::openPoints(const QString &path)
{
    // Read with a limit, not by the size the file claims: a device claims none and never ends.
    std::string bytes;
    try {
        bytes = readWholeFile(localPath(path), kMaxPointsFileBytes);
    } catch (const FileReadError &e) {
        showError(tr("Cannot open %1: %2").arg(path, QString::fromStdString(e.reason())));
        return false;
    }
    return pastePoints(QString::fromStdString(bytes));
}

bool CanvasView::savePoints(const QString &path)
{
    std::ostringstream csv;
    writePointSequences(csv, {m_document->points()});
    try {
        writeFileAtomically(localPath(path), csv.str());
    } catch (const FileWriteError &e) {
        showError(tr("Cannot write %1: %2").arg(path, QString::fromStdString(e.reason())));
        return false;
    }
    return true;
}

void CanvasView::openPointsDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open points"), QString(),
                                                      tr("Points (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty()) {
        openPoints(path);
    }
}

void CanvasView::savePointsDialog()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save points"), "points.csv", tr("Points (*.csv)"));
    if (!path.isEmpty()) {
        savePoints(path);
    }
}

} // namespace curvelab
