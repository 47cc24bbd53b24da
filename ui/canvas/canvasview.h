#pragma once

#include "curvegenerator.h"
#include "curvesampler.h"
#include "leastsquaresbaseline.h"
#include "modelspec.h"
#include "sequenceclassifier.h"
#include "viewstyle.h"

#include <QString>
#include <QStringList>
#include <QWidget>
#include <map>
#include <optional>
#include <vector>

class QCheckBox;
class QTabWidget;

namespace curvelab {

class BeliefTimeline;
class CanvasDocument;
class CanvasToolBar;
class FeatureTable;
class GuessPanel;
class InsideView;
class MomentSlider;
class PointCanvas;
class PointsTransfer;
class ProbabilityBars;

// The canvas tab: a person clicks points and sees, after every point, what the network guesses
// (large, with a bar per family), how its belief moved from point to point, what least squares
// says beside it and what the network was fed. It classifies with a snapshot of the weights the
// main window hands it (never the model being trained), one recurrent step per added point.
class CanvasView : public QWidget
{
    Q_OBJECT

public:
    // How long "Sample" waits between points, and the points it places (CurveSampler's).
    static constexpr int kSampleIntervalMs = CurveSampler::kIntervalMs;
    static constexpr int kSampleLength = CurveSampler::kLength;

    explicit CanvasView(QWidget *parent = nullptr);
    ~CanvasView() override;

    // The weights of the network being trained, to classify with; invalid weights are refused
    // with a message and the previous ones kept. Cheap enough to call on every snapshot the
    // worker publishes.
    void setSnapshot(const ModelSnapshot &snapshot);
    // Weights from a model file or a lesson, said to come from `name`.
    void setOpenedSnapshot(const ModelSnapshot &snapshot, const QString &name);
    // Forgets the weights; the ready network answers again where it knows the families.
    void clearSnapshot();
    // The network that answers while no other has weights, for the families it was trained on
    // (the question's three): the one CurveLab ships, so that a drawing gets an answer before
    // anything was trained.
    void setReadyNetwork(const ModelSnapshot &ready);
    // Which network answers, as said above the guess.
    QString originText() const;
    bool isReadyNetworkAnswering() const { return m_origin == Origin::Ready; }
    // The families and curve settings "Sample" draws from while no model is loaded (a model
    // brings its own families).
    void setGeneratorConfig(const GeneratorConfig &config);

    // Points as CSV "x,y" (the format of curvelab-cli classify). Failures say why in the message
    // line and change nothing.
    bool openPoints(const QString &path);
    bool savePoints(const QString &path);
    bool pastePoints(const QString &text);

    CanvasDocument &document() { return *m_document; }
    PointCanvas &canvas() { return *m_canvas; }
    BeliefTimeline &timeline() { return *m_timeline; }
    ProbabilityBars &bars();
    const SequenceClassifier &classifier() const { return m_classifier; }
    const std::vector<FunctionFamily> &families() const { return m_families; }
    QString guessText() const;
    QString leastSquaresText() const;
    // The notes and the last error, as shown under the guess.
    QString messageText() const;
    bool isSampling() const;

    // The views below the canvas, in tab order.
    enum class BelowView
    {
        Belief,
        Inside,
        Features
    };
    void showBelow(BelowView view);
    InsideView &inside() { return *m_inside; }

    // Time travel over the weights seen so far (a bounded SnapshotHistory): moment 0 is the
    // oldest kept, momentCount() - 1 the newest, which is "live".
    int momentCount() const;
    void pickMoment(int index);
    bool isLive() const;

    // Another network's weights to classify the drawing with too, e.g. a race contender.
    void setComparison(const QString &name, const ModelSnapshot &weights);
    void clearComparisons();
    QString comparisonText() const;

    // Text sizes, line widths and family colours of the canvas and every view beside it.
    void setViewStyle(const ViewStyle &style);
    const ViewStyle &viewStyle() const { return m_style; }

public Q_SLOTS:
    // Replaces the points with a fresh curve of `family` (new k and b), placed one by one.
    void sample(int family);
    void setShowFits(bool show);
    void setShowInfluence(bool show);
    void setLargeText(bool large);

private:
    enum class Origin
    {
        None,     // no weights
        Ready,    // the ready network
        Training, // the network being trained, or trained in this window
        Opened    // weights from a file or a lesson
    };

    void classifyWith(const ModelSnapshot &snapshot);
    void useFamilies(const std::vector<FunctionFamily> &families);
    // Shows the ready network if nothing else answers and it knows the families drawn from.
    void answerWithReadyNetwork();
    void takeSnapshot(const ModelSnapshot &snapshot, Origin origin, const QString &name);
    void showOrigin();
    // Whether the network reads any scale (unit-free input), or else the curve settings do.
    bool readsAnyScale() const;
    // The training domain and home view for the families and scale read now, applied (and the
    // view reset) only when they change.
    void updateDomain();
    void refresh();
    void showPrediction();
    void showLeastSquares();
    void showNotes();
    void showError(const QString &text);
    void showInfluence();
    void showComparisons();
    // Says aloud which point the last edit touched and the guess after it.
    void announceEdit();

    CanvasDocument *m_document = nullptr;
    CurveSampler *m_sampler = nullptr;
    SequenceClassifier m_classifier;
    std::vector<FunctionFamily> m_families;
    std::optional<LeastSquaresBaseline> m_leastSquares; // for m_families
    std::vector<ShapeFunction> m_shapes;                // for the fitted curves
    QStringList m_featureNames;                         // of the model's preprocessing
    GeneratorConfig m_generator;
    std::optional<ModelSnapshot> m_ready;
    Origin m_origin = Origin::None;
    QString m_originName; // the file or lesson of Origin::Opened
    // What the domain was last set for: the families, and whether any scale is read.
    std::vector<FunctionFamily> m_domainFamilies;
    bool m_domainAnyScale = false;

    PointSequence m_announced; // the points as of the last announcement
    QString m_error;
    bool m_showFits = false;
    ViewStyle m_style;

    PointCanvas *m_canvas = nullptr;
    CanvasToolBar *m_toolBar = nullptr;
    PointsTransfer *m_transfer = nullptr;
    GuessPanel *m_panel = nullptr;
    MomentSlider *m_moments = nullptr;
    BeliefTimeline *m_timeline = nullptr;
    FeatureTable *m_features = nullptr;
    InsideView *m_inside = nullptr;
    QTabWidget *m_below = nullptr;
    QCheckBox *m_fitsBox = nullptr;
    QCheckBox *m_influenceBox = nullptr;

    std::map<QString, SequenceClassifier> m_comparisons; // race contenders, by name
};

} // namespace curvelab
