// The "see inside" views: what the Predictor says a cell did, step by step, equals PyTorch's own
// recurrent kernels and gate equations on the same weights; the rankings and the point influence
// built on it, on cases small enough to check by hand.
#include "cellinspection.h"
#include "curvegenerator.h"
#include "featureencoder.h"
#include "predictor.h"
#include "testsupport.h"
#include "trainer.h"

#include <QTest>
#include <cmath>
#include <limits>
#include <torch/torch.h>

using namespace curvelab;

using Matrix = std::vector<std::vector<float>>;

Q_DECLARE_METATYPE(curvelab::CellType)
Q_DECLARE_METATYPE(curvelab::CellQuantity)
Q_DECLARE_METATYPE(Matrix)

namespace {

// Agreement asked of two float computations of the same recurrence over a dozen steps.
constexpr double kTolerance = 1e-5;

ModelSnapshot weightsFor(CellType cell, int layers)
{
    TrainingConfig config = test::smallConfig();
    config.model.options.cell = cell;
    config.model.options.layers = layers;
    config.seed = 5;
    return Trainer(config).snapshot();
}

PointSequence drawn(int length, std::uint64_t seed)
{
    GeneratorConfig generator = test::smallConfig().generator;
    generator.seed = seed;
    return CurveGenerator(generator).next(length).points;
}

torch::Tensor tensorOf(const ModelSnapshot &s, const std::string &name)
{
    const WeightTensor *w = s.find(name);
    if (w == nullptr) {
        throw std::invalid_argument("no weight " + name);
    }
    return torch::from_blob(const_cast<float *>(w->values.data()), w->shape, torch::kFloat).clone();
}

// rnn.l<layer>.w_ih, w_hh, b_ih, b_hh, looked up by name: PyTorch's order for its kernels.
std::vector<torch::Tensor> layerParams(const ModelSnapshot &s, int layer)
{
    const std::string prefix = "rnn.l" + std::to_string(layer) + ".";
    return {tensorOf(s, prefix + "w_ih"), tensorOf(s, prefix + "w_hh"),
            tensorOf(s, prefix + "b_ih"), tensorOf(s, prefix + "b_hh")};
}

// [T, 1, inputSize], time-major as PyTorch's kernels take it.
torch::Tensor featuresOf(const ModelSpec &spec, const PointSequence &points)
{
    std::vector<float> f = FeatureEncoder(spec.preprocessing, spec.families).encode(points);
    return torch::tensor(f).reshape({static_cast<long>(points.size()), 1, spec.inputSize()});
}

torch::Tensor libraryRun(CellType cell, const torch::Tensor &x, const std::vector<torch::Tensor> &p,
                         int layers, long hidden)
{
    const torch::Tensor h0 = torch::zeros({layers, 1, hidden});
    switch (cell) {
    case CellType::Lstm:
        return std::get<0>(torch::lstm(x, {h0, h0}, p, /*has_biases=*/true, layers,
                                       /*dropout=*/0.0, /*train=*/false,
                                       /*bidirectional=*/false, /*batch_first=*/false));
    case CellType::Gru:
        return std::get<0>(torch::gru(x, h0, p, /*has_biases=*/true, layers, /*dropout=*/0.0,
                                      /*train=*/false, /*bidirectional=*/false,
                                      /*batch_first=*/false));
    case CellType::Rnn:
        return std::get<0>(torch::rnn_tanh(x, h0, p, /*has_biases=*/true, layers,
                                           /*dropout=*/0.0, /*train=*/false,
                                           /*bidirectional=*/false, /*batch_first=*/false));
    case CellType::Mlp:
        break;
    }
    throw std::logic_error("no recurrent kernel for this cell type");
}

// Largest |got - want| over [point][unit]; infinite when the shapes differ.
double maxDifference(const Matrix &got, const torch::Tensor &want)
{
    const torch::Tensor w = want.reshape({want.size(0), -1}).contiguous();
    if (static_cast<long>(got.size()) != w.size(0)) {
        return std::numeric_limits<double>::infinity();
    }
    double worst = 0.0;
    for (std::size_t t = 0; t < got.size(); ++t) {
        if (static_cast<long>(got[t].size()) != w.size(1)) {
            return std::numeric_limits<double>::infinity();
        }
        const float *row = w[static_cast<long>(t)].data_ptr<float>();
        for (std::size_t j = 0; j < got[t].size(); ++j) {
            worst = std::max(worst, std::abs(static_cast<double>(got[t][j]) - row[j]));
        }
    }
    return worst;
}

// Every quantity of one layer over the points, [T, H] each, from PyTorch's gate equations
// written out with tensor ops.
struct LayerGates
{
    torch::Tensor input, forget, output, cell, hidden;
};

std::vector<LayerGates> gatesByTorchOps(const ModelSnapshot &s, const torch::Tensor &features)
{
    const ModelSpec &spec = s.spec;
    std::vector<LayerGates> layers;
    torch::Tensor x = features.squeeze(1); // [T, in]
    for (int l = 0; l < spec.options.layers; ++l) {
        const std::vector<torch::Tensor> p = layerParams(s, l);
        torch::Tensor h = torch::zeros({spec.options.hiddenSize});
        torch::Tensor c = torch::zeros({spec.options.hiddenSize});
        std::vector<torch::Tensor> in, forget, out, cells, hs;
        for (long t = 0; t < x.size(0); ++t) {
            const torch::Tensor gx = torch::matmul(p[0], x[t]) + p[2];
            const torch::Tensor gh = torch::matmul(p[1], h) + p[3];
            if (spec.options.cell == CellType::Lstm) {
                const std::vector<torch::Tensor> g = (gx + gh).chunk(4);
                const torch::Tensor i = torch::sigmoid(g[0]);
                const torch::Tensor f = torch::sigmoid(g[1]);
                const torch::Tensor o = torch::sigmoid(g[3]);
                c = f * c + i * torch::tanh(g[2]);
                h = o * torch::tanh(c);
                in.push_back(i);
                forget.push_back(f);
                out.push_back(o);
                cells.push_back(c);
            } else {
                const std::vector<torch::Tensor> a = gx.chunk(3);
                const std::vector<torch::Tensor> b = gh.chunk(3);
                const torch::Tensor r = torch::sigmoid(a[0] + b[0]);
                const torch::Tensor z = torch::sigmoid(a[1] + b[1]);
                const torch::Tensor n = torch::tanh(a[2] + r * b[2]);
                h = (1 - z) * n + z * h;
                in.push_back(r);
                forget.push_back(z);
                out.push_back(n);
            }
            hs.push_back(h);
        }
        LayerGates gates{torch::stack(in), torch::stack(forget), torch::stack(out),
                         cells.empty() ? torch::Tensor() : torch::stack(cells), torch::stack(hs)};
        x = gates.hidden;
        layers.push_back(gates);
    }
    return layers;
}

// A plain RNN of one unit that reads y only and has no memory: h = tanh(y) of the newest point,
// and the head turns h into logits (2h, -2h, 0) plus `bias`. Its verdict depends on the last
// point alone, so the influence of every point can be worked out by hand.
ModelSnapshot memorylessRnn(const std::vector<float> &bias)
{
    ModelSnapshot s;
    s.spec.options.cell = CellType::Rnn;
    s.spec.options.hiddenSize = 1;
    s.spec.options.layers = 1;
    s.spec.preprocessing = Preprocessing::Raw;
    s.weights = weightLayout(s.spec);
    s.weights[0].values = {/*x=*/0.0f, /*y=*/1.0f};
    s.weights[1].values = {0.0f};
    s.weights[2].values = {0.0f};
    s.weights[3].values = {0.0f};
    s.weights[4].values = {2.0f, -2.0f, 0.0f};
    s.weights[5].values = bias;
    return s;
}

std::vector<double> softmaxByHand(const std::vector<double> &logits)
{
    double sum = 0.0;
    std::vector<double> p;
    for (double v : logits) {
        p.push_back(std::exp(v));
        sum += p.back();
    }
    for (double &v : p) {
        v /= sum;
    }
    return p;
}

// P(line) of the memoryless RNN (zero bias) after a last point at height y.
double lineAfter(double y)
{
    const double h = std::tanh(y);
    return softmaxByHand({2 * h, -2 * h, 0.0})[0];
}

double parabolaAfter(double y)
{
    const double h = std::tanh(y);
    return softmaxByHand({2 * h, -2 * h, 0.0})[1];
}

PointSequence atHeights(const std::vector<double> &ys)
{
    PointSequence points;
    for (std::size_t i = 0; i < ys.size(); ++i) {
        points.push_back({static_cast<double>(i + 1), ys[i]});
    }
    return points;
}

void addModelRows(bool withRnn)
{
    QTest::addColumn<CellType>("cell");
    QTest::addColumn<int>("layers");
    QTest::addRow("lstm, 1 layer") << CellType::Lstm << 1;
    QTest::addRow("lstm, 2 layers") << CellType::Lstm << 2;
    QTest::addRow("gru, 1 layer") << CellType::Gru << 1;
    QTest::addRow("gru, 2 layers") << CellType::Gru << 2;
    if (withRnn) {
        QTest::addRow("rnn, 1 layer") << CellType::Rnn << 1;
        QTest::addRow("rnn, 2 layers") << CellType::Rnn << 2;
    }
}

} // namespace

class TestCellInspection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { torch::set_num_threads(1); }
    void hiddenStatesMatchPyTorchKernels_data() { addModelRows(/*withRnn=*/true); }
    void hiddenStatesMatchPyTorchKernels();
    void gatesMatchPyTorchEquations_data() { addModelRows(/*withRnn=*/false); }
    void gatesMatchPyTorchEquations();
    void quantitiesAreNamedForTheirCell_data();
    void quantitiesAreNamedForTheirCell();
    void missingLayerIsRefused();
    void unitsRankByHowMuchTheyMove_data();
    void unitsRankByHowMuchTheyMove();
    void raggedActivityIsRefused();
    void unitsRankByTheirPushOnTheGuess_data();
    void unitsRankByTheirPushOnTheGuess();
    void influenceOfAnotherModelsPredictionIsRefused();
    void pointInfluenceByHand_data();
    void pointInfluenceByHand();
    void pointInfluenceEqualsLeavingThePointOut_data();
    void pointInfluenceEqualsLeavingThePointOut();
    void onePointOfAnMlpIsMeasuredAgainstAnEmptyWindow_data();
    void onePointOfAnMlpIsMeasuredAgainstAnEmptyWindow();
};

void TestCellInspection::hiddenStatesMatchPyTorchKernels()
{
    QFETCH(CellType, cell);
    QFETCH(int, layers);

    const ModelSnapshot weights = weightsFor(cell, layers);
    const PointSequence points = drawn(12, 3);
    const std::vector<Prediction> predictions = Predictor(weights).run(points);
    const long hidden = weights.spec.options.hiddenSize;
    torch::NoGradGuard noGrad;

    // One layer at a time, since a stacked call shows only the top layer's states.
    torch::Tensor x = featuresOf(weights.spec, points);
    for (int l = 0; l < layers; ++l) {
        x = libraryRun(cell, x, layerParams(weights, l), 1, hidden);
        const double diff =
            maxDifference(quantityOverPoints(predictions, l, CellQuantity::Hidden), x);
        QVERIFY2(diff < kTolerance,
                 qPrintable(QStringLiteral("layer %1 differs by %2").arg(l + 1).arg(diff)));
    }
    std::vector<torch::Tensor> stacked;
    for (int l = 0; l < layers; ++l) {
        for (const torch::Tensor &p : layerParams(weights, l)) {
            stacked.push_back(p);
        }
    }
    const torch::Tensor top =
        libraryRun(cell, featuresOf(weights.spec, points), stacked, layers, hidden);
    QVERIFY(maxDifference(quantityOverPoints(predictions, layers - 1, CellQuantity::Hidden), top) <
            kTolerance);
}

void TestCellInspection::gatesMatchPyTorchEquations()
{
    QFETCH(CellType, cell);
    QFETCH(int, layers);

    const ModelSnapshot weights = weightsFor(cell, layers);
    const PointSequence points = drawn(12, 4);
    const std::vector<Prediction> predictions = Predictor(weights).run(points);
    torch::NoGradGuard noGrad;
    const std::vector<LayerGates> want = gatesByTorchOps(weights, featuresOf(weights.spec, points));

    for (int l = 0; l < layers; ++l) {
        const LayerGates &w = want[static_cast<std::size_t>(l)];
        std::vector<std::pair<CellQuantity, torch::Tensor>> checks = {
            {CellQuantity::Input, w.input},
            {CellQuantity::Forget, w.forget},
            {CellQuantity::Output, w.output},
            {CellQuantity::Hidden, w.hidden}};
        if (cell == CellType::Lstm) {
            checks.push_back({CellQuantity::Cell, w.cell});
        }
        for (const auto &[quantity, tensor] : checks) {
            const double diff = maxDifference(quantityOverPoints(predictions, l, quantity), tensor);
            QVERIFY2(diff < kTolerance,
                     qPrintable(QStringLiteral("layer %1, %2 differs by %3")
                                    .arg(l + 1)
                                    .arg(QString::fromStdString(quantityName(cell, quantity)))
                                    .arg(diff)));
        }
        if (cell == CellType::Gru) {
            // A GRU has no cell state: its rows are there, and empty.
            for (const std::vector<float> &row :
                 quantityOverPoints(predictions, l, CellQuantity::Cell)) {
                QVERIFY(row.empty());
            }
        }
    }
}

void TestCellInspection::quantitiesAreNamedForTheirCell_data()
{
    QTest::addColumn<CellType>("cell");
    QTest::addColumn<CellQuantity>("quantity");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("key");

    QTest::addRow("lstm input gate") << CellType::Lstm << CellQuantity::Input << "input gate"
                                     << "input";
    QTest::addRow("lstm forget gate") << CellType::Lstm << CellQuantity::Forget << "forget gate"
                                      << "forget";
    QTest::addRow("lstm output gate") << CellType::Lstm << CellQuantity::Output << "output gate"
                                      << "output";
    QTest::addRow("lstm cell state") << CellType::Lstm << CellQuantity::Cell << "cell state"
                                     << "cell";
    QTest::addRow("lstm hidden state") << CellType::Lstm << CellQuantity::Hidden << "hidden state"
                                       << "hidden";
    QTest::addRow("gru input slot holds the reset gate")
        << CellType::Gru << CellQuantity::Input << "reset gate"
        << "input";
    QTest::addRow("gru forget slot holds the update gate")
        << CellType::Gru << CellQuantity::Forget << "update gate"
        << "forget";
    QTest::addRow("gru output slot holds the candidate")
        << CellType::Gru << CellQuantity::Output << "candidate"
        << "output";
    QTest::addRow("gru has no cell state") << CellType::Gru << CellQuantity::Cell << ""
                                           << "cell";
    QTest::addRow("gru hidden state") << CellType::Gru << CellQuantity::Hidden << "hidden state"
                                      << "hidden";
    QTest::addRow("rnn has no gates") << CellType::Rnn << CellQuantity::Input << ""
                                      << "input";
    QTest::addRow("rnn has no cell state") << CellType::Rnn << CellQuantity::Cell << ""
                                           << "cell";
    QTest::addRow("rnn hidden state") << CellType::Rnn << CellQuantity::Hidden << "hidden state"
                                      << "hidden";
    QTest::addRow("mlp has no gates") << CellType::Mlp << CellQuantity::Forget << ""
                                      << "forget";
    QTest::addRow("mlp activations carry no state")
        << CellType::Mlp << CellQuantity::Hidden << "activation"
        << "hidden";
}

void TestCellInspection::quantitiesAreNamedForTheirCell()
{
    QFETCH(CellType, cell);
    QFETCH(CellQuantity, quantity);
    QFETCH(QString, name);
    QFETCH(QString, key);

    QCOMPARE(QString::fromStdString(quantityName(cell, quantity)), name);
    QCOMPARE(hasQuantity(cell, quantity), !name.isEmpty());
    // The label the app words in its language says the same in English.
    if (name.isEmpty()) {
        QVERIFY_THROWS_EXCEPTION(std::logic_error, quantityLabel(cell, quantity));
    } else {
        QCOMPARE(QString::fromStdString(quantityLabel(cell, quantity).english()), name);
    }
    QCOMPARE(QString::fromStdString(toString(quantity)), key);

    // What the Predictor reports agrees: a quantity the cell has fills its rows, one it lacks
    // leaves them empty.
    const std::vector<Prediction> predictions = Predictor(weightsFor(cell, 1)).run(drawn(3, 5));
    for (const std::vector<float> &row : quantityOverPoints(predictions, 0, quantity)) {
        QCOMPARE(row.empty(), name.isEmpty());
    }
}

void TestCellInspection::missingLayerIsRefused()
{
    const std::vector<Prediction> predictions =
        Predictor(weightsFor(CellType::Lstm, 2)).run(drawn(3, 5));
    QCOMPARE(quantityOverPoints(predictions, 1, CellQuantity::Hidden).size(), std::size_t{3});
    QVERIFY_THROWS_EXCEPTION(std::out_of_range,
                             quantityOverPoints(predictions, 2, CellQuantity::Hidden));
    QVERIFY_THROWS_EXCEPTION(std::out_of_range,
                             quantityOverPoints(predictions, -1, CellQuantity::Hidden));
    QVERIFY(quantityOverPoints({}, 5, CellQuantity::Hidden).empty());
}

void TestCellInspection::unitsRankByHowMuchTheyMove_data()
{
    QTest::addColumn<Matrix>("values"); // [point][unit]
    QTest::addColumn<std::vector<int>>("order");

    // Unit 0 holds a large constant, 1 and 3 swing by the same 1, 2 swings by 10.
    QTest::addRow("the widest swing first, a large constant last")
        << Matrix{{100, 0, 5, 10}, {100, 1, -5, 11}, {100, 0, 5, 10}, {100, 1, -5, 11}}
        << std::vector<int>{2, 1, 3, 0};
    QTest::addRow("equal swings keep index order")
        << Matrix{{1, 2, 3}, {2, 3, 4}} << std::vector<int>{0, 1, 2};
    QTest::addRow("a single point moves nothing")
        << Matrix{{3, -1, 2}} << std::vector<int>{0, 1, 2};
    QTest::addRow("a spike counts less than a steady swing")
        << Matrix{{0, 1}, {0, -1}, {0, 1}, {0, -1}, {2, 1}} << std::vector<int>{1, 0};
    QTest::addRow("no points, no units") << Matrix{} << std::vector<int>{};
}

void TestCellInspection::unitsRankByHowMuchTheyMove()
{
    QFETCH(Matrix, values);
    QFETCH(std::vector<int>, order);

    QCOMPARE(unitsByActivity(values), order);
}

void TestCellInspection::raggedActivityIsRefused()
{
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, unitsByActivity(Matrix{{1, 2}, {1}}));
}

void TestCellInspection::unitsRankByTheirPushOnTheGuess_data()
{
    QTest::addColumn<std::vector<float>>("hidden"); // the last layer's state after the last point
    QTest::addColumn<int>("guess");
    QTest::addColumn<std::vector<int>>("order");

    // Head rows (see the test): line {1, 0, 0, 0}, parabola {0.5, -2, 1, 0}, sqrt {0, 0, 0, 3}.
    QTest::addRow("weight times state, by size")
        << std::vector<float>{1, 1, 1, 1} << 1 << std::vector<int>{1, 2, 0, 3};
    QTest::addRow("a strong weight on a quiet unit counts little")
        << std::vector<float>{4, 0.1f, 1, 1} << 1 << std::vector<int>{0, 2, 1, 3};
    QTest::addRow("a push against the guess counts by its size")
        << std::vector<float>{1, 1, -3, 1} << 1 << std::vector<int>{2, 1, 0, 3};
    QTest::addRow("another guess reads its own row")
        << std::vector<float>{1, 1, 1, 1} << 2 << std::vector<int>{3, 0, 1, 2};
    QTest::addRow("no push at all keeps index order")
        << std::vector<float>{0, 0, 0, 0} << 0 << std::vector<int>{0, 1, 2, 3};
}

void TestCellInspection::unitsRankByTheirPushOnTheGuess()
{
    QFETCH(std::vector<float>, hidden);
    QFETCH(int, guess);
    QFETCH(std::vector<int>, order);

    ModelSnapshot s;
    s.spec.options.hiddenSize = 4;
    s.spec.options.layers = 2;
    s.weights = weightLayout(s.spec);
    for (WeightTensor &w : s.weights) {
        long n = 1;
        for (long d : w.shape) {
            n *= d;
        }
        w.values.assign(static_cast<std::size_t>(n), 0.0f);
    }
    for (WeightTensor &w : s.weights) {
        if (w.name == "head.weight") {
            w.values = {1, 0, 0, 0, 0.5f, -2, 1, 0, 0, 0, 0, 3};
        }
    }
    Prediction last;
    last.guess = guess;
    // The first layer's state would rank the other way round; only the last layer feeds the head.
    last.layers.resize(2);
    last.layers[0].hidden = {0, 0, 0, 100};
    last.layers[1].hidden = hidden;
    QCOMPARE(unitsByInfluence(s, last), order);
}

void TestCellInspection::influenceOfAnotherModelsPredictionIsRefused()
{
    const ModelSnapshot lstm = weightsFor(CellType::Lstm, 1);
    Prediction last = Predictor(lstm).run(drawn(4, 2)).back();
    QCOMPARE(unitsByInfluence(lstm, last).size(),
             static_cast<std::size_t>(lstm.spec.options.hiddenSize));

    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             unitsByInfluence(weightsFor(CellType::Lstm, 2), last));
    Prediction narrow = last;
    narrow.layers.back().hidden.pop_back();
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, unitsByInfluence(lstm, narrow));
    Prediction noGuess = last;
    noGuess.guess = -1;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, unitsByInfluence(lstm, noGuess));
}

void TestCellInspection::pointInfluenceByHand_data()
{
    QTest::addColumn<std::vector<double>>("heights");
    QTest::addColumn<std::vector<float>>("bias");
    QTest::addColumn<std::vector<double>>("influence");

    const std::vector<float> none{0, 0, 0};
    QTest::addRow("without memory only the last point counts")
        << std::vector<double>{-1, 0.5, 3} << none
        << std::vector<double>{0, 0, lineAfter(3) - lineAfter(0.5)};
    // The last point still wins "parabola" for it, but less surely than the one before did.
    QTest::addRow("a last point that weakens the guess it keeps counts against it")
        << std::vector<double>{2, -3, -0.2} << none
        << std::vector<double>{0, 0, parabolaAfter(-0.2) - parabolaAfter(-3)};
    QTest::addRow("one point against the uniform start of an unbiased head")
        << std::vector<double>{3} << none << std::vector<double>{lineAfter(3) - 1.0 / 3.0};
    const double h = std::tanh(0.5);
    const std::vector<double> withBias = softmaxByHand({2 * h + 1, -2 * h, 0});
    QTest::addRow("one point against the belief the head's bias holds before any point")
        << std::vector<double>{0.5} << std::vector<float>{1, 0, 0}
        << std::vector<double>{withBias[0] - softmaxByHand({1, 0, 0})[0]};
    QTest::addRow("no points, no influence")
        << std::vector<double>{} << none << std::vector<double>{};
}

void TestCellInspection::pointInfluenceByHand()
{
    QFETCH(std::vector<double>, heights);
    QFETCH(std::vector<float>, bias);
    QFETCH(std::vector<double>, influence);

    const std::vector<double> got = pointInfluence(memorylessRnn(bias), atHeights(heights));
    QCOMPARE(got.size(), influence.size());
    for (std::size_t i = 0; i < got.size(); ++i) {
        QVERIFY2(std::abs(got[i] - influence[i]) < 1e-6,
                 qPrintable(QStringLiteral("point %1: %2, expected %3")
                                .arg(i + 1)
                                .arg(got[i])
                                .arg(influence[i])));
    }
}

void TestCellInspection::pointInfluenceEqualsLeavingThePointOut_data()
{
    addModelRows(/*withRnn=*/true);
    QTest::addRow("mlp, 2 layers") << CellType::Mlp << 2;
}

void TestCellInspection::pointInfluenceEqualsLeavingThePointOut()
{
    QFETCH(CellType, cell);
    QFETCH(int, layers);

    const ModelSnapshot weights = weightsFor(cell, layers);
    const PointSequence points = drawn(8, 9);
    Predictor predictor(weights);
    const Prediction all = predictor.run(points).back();
    const std::vector<double> influence = pointInfluence(weights, points);
    QCOMPARE(influence.size(), points.size());
    for (std::size_t i = 0; i < points.size(); ++i) {
        PointSequence without = points;
        without.erase(without.begin() + static_cast<long>(i));
        const Prediction rest = predictor.run(without).back();
        const std::size_t g = static_cast<std::size_t>(all.guess);
        const double expected =
            static_cast<double>(all.probabilities[g]) - static_cast<double>(rest.probabilities[g]);
        QVERIFY2(std::abs(influence[i] - expected) < 1e-6,
                 qPrintable(QStringLiteral("point %1").arg(i + 1)));
    }
}

void TestCellInspection::onePointOfAnMlpIsMeasuredAgainstAnEmptyWindow_data()
{
    QTest::addColumn<int>("layers");
    QTest::addRow("1 layer") << 1;
    QTest::addRow("2 layers") << 2;
}

// With raw features and a window of one point, the point (0, 0) fills the window with zeros, as
// the start state does: the Predictor's answer for it is the belief before any point.
void TestCellInspection::onePointOfAnMlpIsMeasuredAgainstAnEmptyWindow()
{
    QFETCH(int, layers);

    TrainingConfig config = test::smallConfig();
    config.model.options.cell = CellType::Mlp;
    config.model.options.layers = layers;
    config.model.options.window = 1;
    config.model.preprocessing = Preprocessing::Raw;
    const ModelSnapshot weights = Trainer(config).snapshot();
    Predictor predictor(weights);
    const PointSequence point{{7.0, 30.0}};
    const Prediction after = predictor.run(point).back();
    const Prediction empty = predictor.run({{0.0, 0.0}}).back();
    QCOMPARE(empty.features, (std::vector<float>{0.0f, 0.0f}));
    const std::size_t g = static_cast<std::size_t>(after.guess);
    const std::vector<double> influence = pointInfluence(weights, point);
    QCOMPARE(influence.size(), std::size_t{1});
    QVERIFY(std::abs(influence[0] - (static_cast<double>(after.probabilities[g]) -
                                     empty.probabilities[g])) < 1e-6);
}

QTEST_GUILESS_MAIN(TestCellInspection)
#include "tst_cellinspection.moc"
