#include "canvasview.h"

#include "belieftimeline.h"
#include "canvasdocument.h"
#include "canvaskeyboard.h"
#include "canvastoolbar.h"
#include "cellinspection.h"
#include "corewording.h"
#include "familynames.h"
#include "featureencoder.h"
#include "featuretable.h"
#include "guessexplanation.h"
#include "guesspanel.h"
#include "guesstext.h"
#include "insideview.h"
#include "momentslider.h"
#include "pointcanvas.h"
#include "pointedit.h"
#include "pointstransfer.h"
#include "probabilitybars.h"
#include "readynetwork.h"
#include "sequencenotes.h"
#include "trainingdomain.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace curvelab {

namespace {

// A size far beyond any screen, for "give this pane everything the others do not need".
constexpr int kLargeSplit = 100000;
// The home view for a network that reads any scale: a box to start drawing in, and where a
// sample of the drawn world is shown in it.
constexpr double kAnyScaleView = 10.0;
// Point influence leaves each point out in turn (n runs of up to n steps): beyond this many
// points a redraw would take longer than a frame.
constexpr int kMaxInfluencePoints = 64;

} // namespace

CanvasView::CanvasView(QWidget *parent)
    : QWidget(parent), m_document(new CanvasDocument(this)),
      m_sampler(new CurveSampler(m_document, this))
{
    setAccessibleName(tr("Canvas"));
    setAccessibleDescription(
        tr("Points placed by mouse or keyboard and the network's guess after every point"));
    m_canvas = new PointCanvas;
    m_canvas->setDocument(m_document);
    m_transfer = new PointsTransfer(m_document, m_canvas, this);
    m_timeline = new BeliefTimeline;
    m_features = new FeatureTable;
    m_inside = new InsideView;
    m_panel = new GuessPanel;

    auto *top = new QSplitter(Qt::Horizontal);
    top->addWidget(m_canvas);
    top->addWidget(m_panel);
    top->setStretchFactor(0, 1);
    top->setStretchFactor(1, 0);
    top->setCollapsible(0, false);
    // The guess panel keeps its minimum (as wide as its guess); the canvas takes the rest.
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

    m_toolBar = new CanvasToolBar(m_document, m_canvas, m_transfer, this);
    m_fitsBox = new QCheckBox(tr("Fitted curves"));
    m_fitsBox->setToolTip(tr("Draw the least-squares fit of every family with its residuals"));
    m_influenceBox = new QCheckBox(tr("Point influence"));
    m_influenceBox->setToolTip(
        tr("A halo per point: how much the final guess changes when that point is left out "
           "(filled: it supports the guess; dashed: it argues against it)"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_toolBar);
    m_moments = new MomentSlider;
    // What to draw over the points shares the slider's row, which gives way: in one row with
    // the drawing tools the canvas would need ~1260 pixels in presentation type, more than a
    // 1280-pixel projector has beside the lesson.
    m_moments->addBeside({m_fitsBox, m_influenceBox});
    layout->addWidget(m_moments);
    layout->addWidget(body, 1);

    connect(m_toolBar, &CanvasToolBar::sampleRequested, this, &CanvasView::sample);
    connect(m_fitsBox, &QCheckBox::toggled, this, &CanvasView::setShowFits);
    connect(m_influenceBox, &QCheckBox::toggled, this, &CanvasView::setShowInfluence);
    connect(m_moments, &MomentSlider::picked, this, &CanvasView::classifyWith);
    connect(m_document, &CanvasDocument::changed, this, [this] {
        if (!m_sampler->isPlacing()) {
            m_sampler->stop(); // the person took over
            m_error.clear();
        }
        refresh();
        announceEdit();
    });
    // A press that moves or selects a point of the sample changes nothing yet: stop all the same.
    connect(m_canvas, &PointCanvas::pressed, m_sampler, &CurveSampler::stop);
    connect(m_transfer, &PointsTransfer::aboutToReplace, m_sampler, &CurveSampler::stop);
    connect(m_transfer, &PointsTransfer::problem, this, &CanvasView::showError);
    connect(m_canvas, &PointCanvas::hoveredPointChanged, m_timeline,
            &BeliefTimeline::setHighlightedPoint);
    connect(m_canvas, &PointCanvas::hoveredPointChanged, m_inside,
            &InsideView::setHighlightedPoint);

    useFamilies(originalFamilies());
    refresh();
}

CanvasView::~CanvasView() = default;

int CanvasView::momentCount() const
{
    return m_moments->count();
}

void CanvasView::pickMoment(int index)
{
    m_moments->pick(index);
}

bool CanvasView::isLive() const
{
    return m_moments->isLive();
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
        m_panel->clearContenders();
        return;
    }
    std::vector<GuessPanel::ContenderGuess> guesses;
    for (auto &[name, classifier] : m_comparisons) {
        if (!classifier.hasModel() || classifier.snapshot()->spec.families != m_families) {
            continue;
        }
        classifier.setPoints(points);
        const Prediction &last = classifier.predictions().back();
        guesses.push_back({name, last.guess, last.probabilities[last.guess]});
    }
    m_panel->showContenders(guesses);
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
        m_moments->clear();
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
        showError(tr("These weights cannot classify: %1").arg(localReason(e)));
        return;
    }
    m_moments->offer(snapshot);
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
    return m_panel->originText();
}

void CanvasView::showOrigin()
{
    const ModelSnapshot *weights = m_classifier.snapshot();
    QString text;
    if (!weights || m_origin == Origin::None) {
        text = tr("Press Start to train a network, or open a saved model.");
    } else if (m_origin == Origin::Ready) {
        text = tr("The ready network answers, %1. Start trains one of your own.")
                   .arg(QCoreApplication::translate("curvelab::readynetwork",
                                                    readyNetworkDescription()));
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
    m_panel->showOrigin(text);
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
        for (const Message &name : encoder.featureNames()) {
            m_featureNames << localText(name);
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
    m_moments->clear();
    m_comparisons.clear();
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
    m_toolBar->setFamilyNames(familyNames(families));
    m_panel->setFamilyNames(familyNames(families));
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
                          .arg(names.value(p.guess), percentText(p.probabilities[p.guess]));
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
        m_panel->showNoGuess(tr("No model yet"));
    } else if (predictions.empty()) {
        m_panel->showNoGuess(tr("Click on the canvas to add points"));
    } else {
        m_panel->showGuess(predictions.back());
    }
}

void CanvasView::showLeastSquares()
{
    const PointSequence &points = m_document->points();
    std::vector<CanvasCurve> curves;
    if (points.size() < 3) {
        m_panel->showLeastSquaresUndecided(static_cast<int>(points.size()));
        m_canvas->setCurves(curves);
        return;
    }
    const std::vector<FamilyFit> fits = m_leastSquares->fit(points);
    m_panel->showLeastSquares(fits, m_leastSquares->classify(points));
    // Each family's fit drawn over the points, where its k and b are determined.
    for (std::size_t i = 0; i < fits.size(); ++i) {
        const FamilyFit &fit = fits[i];
        if (!m_showFits || !fit.determined) {
            continue;
        }
        const ShapeFunction shape = m_shapes[i];
        curves.push_back({static_cast<int>(i),
                          QString("%1  k=%2 b=%3  rms %4")
                              .arg(QString::fromStdString(m_families[i].name), compactNumber(fit.k),
                                   compactNumber(fit.b), compactNumber(fit.residual)),
                          [shape, k = fit.k, b = fit.b](double x) { return k * shape(x) + b; }});
    }
    m_canvas->setCurves(curves);
}

void CanvasView::showNotes()
{
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
    m_panel->showNotes(m_error, notes);
}

void CanvasView::announceEdit()
{
    const PointSequence &points = m_document->points();
    const PointEdit edit = findPointEdit(m_announced, points);
    m_announced = points;
    const int count = static_cast<int>(points.size());
    QString what;
    switch (edit.kind) {
    case PointEdit::Kind::None:
        return;
    case PointEdit::Kind::Placed:
    case PointEdit::Kind::Moved:
        what = tr("Point %1 at %2.")
                   .arg(edit.index + 1)
                   .arg(CanvasKeyboard::positionText(points[static_cast<std::size_t>(edit.index)],
                                                     m_canvas->transform()));
        break;
    case PointEdit::Kind::Removed:
        what = tr("Point %1 removed, %n point(s) left.", nullptr, count).arg(edit.index + 1);
        break;
    case PointEdit::Kind::Replaced:
        what = tr("%n point(s).", nullptr, count);
        break;
    }
    m_canvas->announce(tr("%1 Guess: %2").arg(what, m_panel->spokenGuess()));
}

void CanvasView::showError(const QString &text)
{
    m_error = text;
    showNotes();
}

ProbabilityBars &CanvasView::bars()
{
    return m_panel->bars();
}

QString CanvasView::guessText() const
{
    return m_panel->guessText();
}

QString CanvasView::leastSquaresText() const
{
    return m_panel->leastSquaresText();
}

QString CanvasView::comparisonText() const
{
    return m_panel->contendersText();
}

QString CanvasView::messageText() const
{
    return m_panel->notesText();
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
    m_panel->setViewStyle(m_style);
    // The guess and the least-squares verdict are rich text in the family colours, the notes in
    // the style's status colours.
    showPrediction();
    showLeastSquares();
    showNotes();
}

void CanvasView::setLargeText(bool large)
{
    setViewStyle(large ? ViewStyle::largeText() : ViewStyle());
}

void CanvasView::sample(int family)
{
    if (family < 0 || family >= static_cast<int>(m_families.size())) {
        return;
    }
    m_sampler->stop();
    GeneratorConfig config = m_generator;
    config.families = m_families;
    m_toolBar->setSampleFamily(family);
    const PointSequence points = CurveSampler::drawCurve(config, family, kAnyScaleView);
    // The whole curve in view from its first point: a root among parabolas is no flat row.
    m_canvas->frame(points);
    m_sampler->start(points, tr("Sample %1").arg(QString::fromStdString(m_families[family].name)));
}

bool CanvasView::isSampling() const
{
    return m_sampler->isActive();
}

bool CanvasView::pastePoints(const QString &text)
{
    return m_transfer->paste(text);
}

bool CanvasView::openPoints(const QString &path)
{
    return m_transfer->open(path);
}

bool CanvasView::savePoints(const QString &path)
{
    return m_transfer->save(path);
}

} // namespace curvelab
