#include "curvegenerator.h"
#include "encodedbatch.h"
#include "fusedlstm.h"
#include "predictor.h"
#include "recurrentclassifier.h"

#include <QTest>

using namespace curvelab;

Q_DECLARE_METATYPE(curvelab::CellType)

namespace {

ModelSpec spec(CellType cell, int hidden, int layers, int window = 4)
{
    ModelSpec s;
    s.options.cell = cell;
    s.options.hiddenSize = hidden;
    s.options.layers = layers;
    s.options.window = window;
    return s;
}

torch::Tensor features(const ModelSpec &s, int sequences, int length, std::uint64_t seed)
{
    GeneratorConfig config;
    config.seed = seed;
    CurveGenerator generator(config);
    FeatureEncoder encoder(s.preprocessing, s.families);
    return encodeBatch(generator.batch(sequences, length), encoder).features;
}

void addCellRows()
{
    QTest::addColumn<CellType>("cell");
    QTest::addColumn<int>("hidden");
    QTest::addColumn<int>("layers");
    QTest::addColumn<int>("window"); // the mlp's; the recurrent cells ignore it
    QTest::addRow("lstm, 1 layer") << CellType::Lstm << 16 << 1 << 4;
    QTest::addRow("lstm, 2 layers") << CellType::Lstm << 8 << 2 << 4;
    QTest::addRow("gru, 1 layer") << CellType::Gru << 16 << 1 << 4;
    QTest::addRow("gru, 2 layers") << CellType::Gru << 8 << 2 << 4;
    QTest::addRow("rnn, 1 layer") << CellType::Rnn << 16 << 1 << 4;
    QTest::addRow("rnn, 2 layers") << CellType::Rnn << 8 << 2 << 4;
    // Sequences of 9 and 10 points: the windows fill up, then slide.
    QTest::addRow("mlp, 1 layer, window 4") << CellType::Mlp << 16 << 1 << 4;
    QTest::addRow("mlp, 2 layers, window 3") << CellType::Mlp << 8 << 2 << 3;
    QTest::addRow("mlp, 1 layer, window 1") << CellType::Mlp << 8 << 1 << 1;
    QTest::addRow("mlp, 2 layers, window longer than the sequence")
        << CellType::Mlp << 8 << 2 << 12;
}

} // namespace

class TestModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { torch::set_num_threads(1); }
    void forwardMatchesPyTorchKernels_data() { addCellRows(); }
    void forwardMatchesPyTorchKernels();
    void fusedLstmGradientsMatchAutograd_data();
    void fusedLstmGradientsMatchAutograd();
    void streamingEqualsBatch_data() { addCellRows(); }
    void streamingEqualsBatch();
    void snapshotRoundTripKeepsOutputs();
    void sameSeedSameWeights();
    void loadingAnotherModelsWeightsIsRefused();
    void windowMattersForTheMlpOnly();
    void mlpWindowOutOfRangeIsRefused_data();
    void mlpWindowOutOfRangeIsRefused();
    void mlpLayoutCountsItsParameters();
};

void TestModel::forwardMatchesPyTorchKernels()
{
    QFETCH(CellType, cell);
    QFETCH(int, hidden);
    QFETCH(int, layers);
    QFETCH(int, window);
    RecurrentClassifier model(spec(cell, hidden, layers, window), 7);
    const torch::Tensor x = features(model->spec(), 5, 9, 3);
    torch::NoGradGuard noGrad;
    const torch::Tensor ours = model->forward(x);
    const torch::Tensor library = referenceForward(*model, x);
    QVERIFY(torch::allclose(ours, library, 1e-5, 1e-5));
}

void TestModel::fusedLstmGradientsMatchAutograd_data()
{
    QTest::addColumn<int>("steps");
    QTest::addColumn<int>("batch");
    QTest::addColumn<int>("hidden");
    QTest::addRow("one step") << 1 << 3 << 5;
    QTest::addRow("a short sequence") << 4 << 2 << 7;
    QTest::addRow("the recommended shape") << 16 << 8 << 64;
}

void TestModel::fusedLstmGradientsMatchAutograd()
{
    QFETCH(int, steps);
    QFETCH(int, batch);
    QFETCH(int, hidden);
    torch::manual_seed(11);
    const int input = 6;
    auto make = [](std::vector<long> shape) {
        return torch::randn(shape, torch::kFloat).mul_(0.5).requires_grad_(true);
    };
    torch::Tensor x = make({steps, batch, input});
    torch::Tensor wIh = make({4 * hidden, input});
    torch::Tensor wHh = make({4 * hidden, hidden});
    torch::Tensor bIh = make({4 * hidden});
    torch::Tensor bHh = make({4 * hidden});
    const torch::Tensor upstream = torch::randn({steps, batch, hidden});

    const torch::Tensor fused = fusedLstm(x, wIh, wHh, bIh + bHh);
    (fused * upstream).sum().backward();
    std::vector<torch::Tensor> ours;
    for (torch::Tensor *t : {&x, &wIh, &wHh, &bIh, &bHh}) {
        ours.push_back(t->grad().clone());
        t->mutable_grad().zero_();
    }
    const torch::Tensor h0 = torch::zeros({1, batch, hidden});
    const torch::Tensor library =
        std::get<0>(torch::lstm(x, {h0, h0}, {wIh, wHh, bIh, bHh}, /*has_biases=*/true,
                                /*num_layers=*/1, /*dropout=*/0.0, /*train=*/true,
                                /*bidirectional=*/false, /*batch_first=*/false));
    QVERIFY(torch::allclose(fused, library, 1e-5, 1e-5));
    (library * upstream).sum().backward();
    int i = 0;
    for (torch::Tensor *t : {&x, &wIh, &wHh, &bIh, &bHh}) {
        QVERIFY2(torch::allclose(ours[static_cast<std::size_t>(i)], t->grad(), 1e-4, 1e-4),
                 qPrintable(QString("gradient %1 differs").arg(i)));
        ++i;
    }
}

void TestModel::streamingEqualsBatch()
{
    QFETCH(CellType, cell);
    QFETCH(int, hidden);
    QFETCH(int, layers);
    QFETCH(int, window);
    RecurrentClassifier model(spec(cell, hidden, layers, window), 5);
    GeneratorConfig config;
    config.seed = 8;
    CurveGenerator generator(config);
    const std::vector<LabelledSequence> data = generator.batch(4, 10);
    FeatureEncoder encoder(model->spec().preprocessing, model->spec().families);
    torch::NoGradGuard noGrad;
    const torch::Tensor probabilities =
        torch::softmax(model->forward(encodeBatch(data, encoder).features), 2);
    Predictor predictor(model->snapshot());
    for (std::size_t s = 0; s < data.size(); ++s) {
        const std::vector<Prediction> stream = predictor.run(data[s].points);
        QCOMPARE(stream.size(), data[s].points.size());
        for (std::size_t t = 0; t < stream.size(); ++t) {
            float sum = 0.0f;
            for (int c = 0; c < 3; ++c) {
                const float batch =
                    probabilities[static_cast<long>(t)][static_cast<long>(s)][c].item<float>();
                QVERIFY(std::abs(stream[t].probabilities[static_cast<std::size_t>(c)] - batch) <
                        1e-5f);
                sum += stream[t].probabilities[static_cast<std::size_t>(c)];
            }
            QVERIFY(std::abs(sum - 1.0f) < 1e-5f);
            QCOMPARE(stream[t].layers.size(), std::size_t(layers));
            QCOMPARE(stream[t].layers.back().hidden.size(), std::size_t(hidden));
        }
    }
}

void TestModel::snapshotRoundTripKeepsOutputs()
{
    RecurrentClassifier a(spec(CellType::Lstm, 12, 2), 1);
    RecurrentClassifier b(spec(CellType::Lstm, 12, 2), 2);
    const torch::Tensor x = features(a->spec(), 3, 6, 4);
    torch::NoGradGuard noGrad;
    QVERIFY(!torch::equal(a->forward(x), b->forward(x)));
    b->load(a->snapshot());
    QVERIFY(torch::equal(a->forward(x), b->forward(x)));
}

void TestModel::sameSeedSameWeights()
{
    RecurrentClassifier a(spec(CellType::Gru, 10, 1), 3);
    RecurrentClassifier b(spec(CellType::Gru, 10, 1), 3);
    const ModelSnapshot sa = a->snapshot();
    const ModelSnapshot sb = b->snapshot();
    for (std::size_t i = 0; i < sa.weights.size(); ++i) {
        QCOMPARE(sa.weights[i].values, sb.weights[i].values);
    }
}

void TestModel::loadingAnotherModelsWeightsIsRefused()
{
    RecurrentClassifier a(spec(CellType::Lstm, 12, 1), 1);
    RecurrentClassifier b(spec(CellType::Lstm, 16, 1), 1);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, b->load(a->snapshot()));
}

void TestModel::windowMattersForTheMlpOnly()
{
    QVERIFY(spec(CellType::Lstm, 8, 1, 2) == spec(CellType::Lstm, 8, 1, 5));
    QVERIFY(spec(CellType::Mlp, 8, 1, 2) != spec(CellType::Mlp, 8, 1, 5));
    QVERIFY(spec(CellType::Mlp, 8, 1, 5) == spec(CellType::Mlp, 8, 1, 5));
    RecurrentClassifier narrow(spec(CellType::Mlp, 8, 1, 2), 1);
    RecurrentClassifier wide(spec(CellType::Mlp, 8, 1, 5), 1);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, wide->load(narrow->snapshot()));
}

void TestModel::mlpWindowOutOfRangeIsRefused_data()
{
    QTest::addColumn<int>("window");
    QTest::addRow("window 0 is refused") << 0;
    QTest::addRow("negative window is refused") << -3;
    QTest::addRow("window 65 is refused") << 65;
}

void TestModel::mlpWindowOutOfRangeIsRefused()
{
    QFETCH(int, window);
    try {
        validateSpec(spec(CellType::Mlp, 8, 1, window));
        QFAIL("no exception");
    } catch (const std::invalid_argument &e) {
        QVERIFY2(QString(e.what()).contains("window must be between 1 and 64"), e.what());
        const auto *worded = dynamic_cast<const WordedError *>(&e);
        QVERIFY(worded);
        QCOMPARE(worded->message().english(), std::string(e.what()));
    }
    validateSpec(spec(CellType::Lstm, 8, 1, window)); // ignored where it means nothing
}

void TestModel::mlpLayoutCountsItsParameters()
{
    const ModelSpec s = spec(CellType::Mlp, 10, 2, 3);
    const std::vector<WeightTensor> layout = weightLayout(s);
    QCOMPARE(layout.size(), std::size_t(6));
    QCOMPARE(QString::fromStdString(layout[0].name), QString("mlp.l0.weight"));
    QVERIFY(layout[0].shape == std::vector<long>({10, 3L * s.inputSize()}));
    QCOMPARE(QString::fromStdString(layout[3].name), QString("mlp.l1.bias"));
    QCOMPARE(QString::fromStdString(layout[4].name), QString("head.weight"));
    const long expected = 10 * (3 * s.inputSize() + 1) + 10 * (10 + 1) + 3 * (10 + 1);
    QCOMPARE(parameterCount(s), expected);
    RecurrentClassifier model(s, 1);
    long inTorch = 0;
    for (const torch::Tensor &p : model->parameters()) {
        inTorch += p.numel();
    }
    QCOMPARE(inTorch, expected);
}

QTEST_GUILESS_MAIN(TestModel)
#include "tst_model.moc"
