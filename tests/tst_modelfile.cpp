#include "modelfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>

using namespace curvelab;

namespace {

// Offsets of the fixed-position fields: magic, version, then the cell name as the first string.
constexpr int kVersionOffset = 8;
constexpr int kCellLengthOffset = 12;
constexpr int kCellNameOffset = 16;
constexpr int kChecksumBytes = 8;

// Weights with varied bit patterns (signs, magnitudes), the same on every run.
ModelSnapshot makeSnapshot(const ModelSpec &spec, long step = 1234)
{
    ModelSnapshot snapshot;
    snapshot.spec = spec;
    snapshot.step = step;
    snapshot.weights = weightLayout(spec);
    std::uint32_t state = 12345;
    for (WeightTensor &w : snapshot.weights) {
        long count = 1;
        for (long d : w.shape) {
            count *= d;
        }
        for (long i = 0; i < count; ++i) {
            state = state * 1664525u + 1013904223u;
            w.values.push_back(std::ldexp(static_cast<float>(state >> 8) / (1 << 24) - 0.5f,
                                          static_cast<int>(state % 9) - 4));
        }
    }
    return snapshot;
}

ModelSpec makeSpec(CellType cell, int layers,
                   Preprocessing preprocessing = Preprocessing::FamilyFit)
{
    ModelSpec spec;
    spec.options.cell = cell;
    spec.options.hiddenSize = 5;
    spec.options.layers = layers;
    spec.preprocessing = preprocessing;
    return spec;
}

std::vector<FunctionFamily> customFamilies()
{
    return {
        {"cubic", "x^3 - 2*x", {-2.0, 2.5}, {0.25, 0.75}, {-1.0, 1.0}},
        {"exponential", "exp(x/10)", {0.0, 20.0}, {1e-3, 2.0}, {-5.0, 5.0}},
        {"sine \xC3\xBC", "sin(x)", {-3.14159, 3.14159}, {0.1, 1.0}, {0.0, 0.1}},
        {"log", "ln(x)", {1.0, 100.0}, {0.0, 1.0}, {-0.5, 0.5}},
    };
}

std::string toStd(const QByteArray &bytes)
{
    return std::string(bytes.constData(), bytes.size());
}
QByteArray toBytes(const std::string &s)
{
    return QByteArray(s.data(), static_cast<int>(s.size()));
}

// Recomputes the trailing FNV-1a so that an edited file passes the checksum and reaches the check
// that the edit is meant to trip.
QByteArray withFixedChecksum(QByteArray bytes)
{
    const int body = bytes.size() - kChecksumBytes;
    std::uint64_t hash = 14695981039346656037ull;
    for (int i = 0; i < body; ++i) {
        hash ^= static_cast<unsigned char>(bytes[i]);
        hash *= 1099511628211ull;
    }
    for (int i = 0; i < kChecksumBytes; ++i) {
        bytes[body + i] = static_cast<char>((hash >> (8 * i)) & 0xff);
    }
    return bytes;
}

QByteArray withLittleEndian(QByteArray bytes, int offset, std::uint64_t value, int size)
{
    for (int i = 0; i < size; ++i) {
        bytes[offset + i] = static_cast<char>((value >> (8 * i)) & 0xff);
    }
    return withFixedChecksum(bytes);
}

QByteArray goodBytes()
{
    return toBytes(serializeModel(makeSnapshot(makeSpec(CellType::Lstm, 2))));
}

// Offset of the first dimension of "head.bias": its name, then u32 ndims, then i64 dims.
int headBiasDimOffset(const QByteArray &bytes)
{
    const QByteArray name = "head.bias";
    return bytes.indexOf(name) + name.size() + 4;
}

void compareSnapshots(const ModelSnapshot &actual, const ModelSnapshot &expected)
{
    QCOMPARE(QString::fromStdString(toString(actual.spec.options.cell)),
             QString::fromStdString(toString(expected.spec.options.cell)));
    QCOMPARE(actual.spec.options.hiddenSize, expected.spec.options.hiddenSize);
    QCOMPARE(actual.spec.options.layers, expected.spec.options.layers);
    QCOMPARE(actual.spec.options.window, expected.spec.options.window);
    QCOMPARE(QString::fromStdString(toString(actual.spec.preprocessing)),
             QString::fromStdString(toString(expected.spec.preprocessing)));
    QVERIFY(actual.spec.families == expected.spec.families);
    QCOMPARE(actual.step, expected.step);
    QCOMPARE(actual.weights.size(), expected.weights.size());
    for (std::size_t i = 0; i < expected.weights.size(); ++i) {
        const WeightTensor &a = actual.weights[i];
        const WeightTensor &e = expected.weights[i];
        QCOMPARE(QString::fromStdString(a.name), QString::fromStdString(e.name));
        QVERIFY(a.shape == e.shape);
        QCOMPARE(a.values.size(), e.values.size());
        // Bit for bit: the file must not round floats through text or doubles.
        QVERIFY(std::memcmp(a.values.data(), e.values.data(), a.values.size() * sizeof(float)) ==
                0);
    }
}

// What the ModelFileError that `action` throws says (empty when it throws none): what(), for the
// CLI, and the English of the wording that the app says in its language.
struct ModelFileRefusal
{
    QString what;
    QString english;
};

template <typename Action> ModelFileRefusal modelFileError(Action action)
{
    try {
        action();
    } catch (const ModelFileError &e) {
        return {QString::fromUtf8(e.what()), QString::fromStdString(e.message().english())};
    }
    return {};
}

QStringList temporaryLeftovers(const QString &dir)
{
    return QDir(dir).entryList({"*.tmp-*"}, QDir::AllEntries | QDir::Hidden);
}

} // namespace

class TestModelFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripIsExact_data();
    void roundTripIsExact();
    void damagedBytesAreRefused_data();
    void damagedBytesAreRefused();
    void unreadableFilesNameThePath_data();
    void unreadableFilesNameThePath();
    void failedSaveLeavesNoTemporaryFile_data();
    void failedSaveLeavesNoTemporaryFile();
    void saveReplacesAnExistingFile();
    void format1FileStillLoads();
    void unitFreeModelsNeedFormat3();
};

void TestModelFile::roundTripIsExact_data()
{
    QTest::addColumn<int>("cell");
    QTest::addColumn<int>("layers");
    QTest::addColumn<bool>("custom");

    for (CellType cell : {CellType::Lstm, CellType::Gru, CellType::Rnn}) {
        for (int layers : {1, 2}) {
            QTest::addRow("%s with %d layer(s) round-trips exactly", toString(cell).c_str(), layers)
                << static_cast<int>(cell) << layers << false;
        }
    }
    QTest::addRow("custom families on raw input round-trip exactly")
        << static_cast<int>(CellType::Gru) << 2 << true;
    for (int layers : {1, 2}) {
        QTest::addRow("mlp with %d layer(s) round-trips exactly, window included", layers)
            << static_cast<int>(CellType::Mlp) << layers << false;
    }
}

void TestModelFile::roundTripIsExact()
{
    QFETCH(int, cell);
    QFETCH(int, layers);
    QFETCH(bool, custom);

    ModelSpec spec = makeSpec(static_cast<CellType>(cell), layers);
    spec.options.window = 3; // not the default, so that a window left unread shows
    if (custom) {
        spec.preprocessing = Preprocessing::Raw;
        spec.families = customFamilies();
    }
    const ModelSnapshot snapshot = makeSnapshot(spec, std::numeric_limits<long>::max());

    const std::string bytes = serializeModel(snapshot);
    const ModelSnapshot fromBytes = deserializeModel(bytes);
    compareSnapshots(fromBytes, snapshot);
    QVERIFY(serializeModel(fromBytes) == bytes);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string path = dir.filePath("model.curvelab").toStdString();
    saveModel(snapshot, path);
    compareSnapshots(loadModel(path), snapshot);
}

void TestModelFile::damagedBytesAreRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("phrase");

    const QByteArray good = goodBytes();
    const int n = static_cast<int>(good.size());
    const QString foreign = "is not a CurveLab model file";
    const QString truncated = "is truncated";
    const QString corrupt = "is corrupt (checksum mismatch)";

    QTest::addRow("empty file is not a model file") << QByteArray() << foreign;
    QTest::addRow("PNG image is not a model file")
        << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << foreign;
    QTest::addRow("plain text is not a model file") << QByteArray("x,y\n1,2\n3,4\n") << foreign;
    QTest::addRow("file cut inside the magic is truncated") << good.left(5) << truncated;
    for (int size : {12, 16, 40, n / 2, n - 9, n - 8, n - 3, n - 1}) {
        QTest::addRow("file truncated to %d of %d bytes is refused", size, n)
            << good.left(size) << truncated;
    }

    QByteArray flipped = good;
    flipped[n / 2] = static_cast<char>(flipped[n / 2] ^ 0x10);
    QTest::addRow("one flipped byte in the middle is corruption") << flipped << corrupt;
    QByteArray flippedChecksum = good;
    flippedChecksum[n - 1] = static_cast<char>(flippedChecksum[n - 1] ^ 1);
    QTest::addRow("a flipped checksum byte is corruption") << flippedChecksum << corrupt;
    QTest::addRow("bytes appended to a good file are corruption") << good + "extra" << corrupt;

    QTest::addRow("newer format version is refused")
        << withLittleEndian(good, kVersionOffset, kModelFormatVersion + 1, 4)
        << QString("was written by a newer CurveLab (format %1, this build reads up to %2)")
               .arg(kModelFormatVersion + 1)
               .arg(kModelFormatVersion);
    QTest::addRow("format version 0 is refused")
        << withLittleEndian(good, kVersionOffset, 0, 4) << "is corrupt";

    QByteArray unknownCell = good;
    unknownCell[kCellNameOffset + 3] = 'x'; // "lstm" -> "lstx"
    QTest::addRow("unknown cell type is refused")
        << withFixedChecksum(unknownCell) << "does not describe a usable model: unknown cell type";
    QTest::addRow("huge string length is refused before allocating")
        << withLittleEndian(good, kCellLengthOffset, 0xfffffff0u, 4)
        << "is corrupt (4294967280 bytes in a string";
    QTest::addRow("huge tensor dimension is refused before allocating")
        << withLittleEndian(good, headBiasDimOffset(good), std::uint64_t{1} << 40, 8)
        << "is corrupt (a tensor dimension of 1099511627776)";
    QTest::addRow("tensor shape larger than the file is refused")
        << withLittleEndian(good, headBiasDimOffset(good), 1000000, 8)
        << "is corrupt (a field runs past the end)";

    ModelSnapshot wrongShapes = makeSnapshot(makeSpec(CellType::Lstm, 1));
    wrongShapes.spec.options.hiddenSize += 1;
    QTest::addRow("weights of the wrong shape are refused")
        << toBytes(serializeModel(wrongShapes))
        << "does not describe a usable model: the weights do not match the model";
    ModelSnapshot missingTensor = makeSnapshot(makeSpec(CellType::Rnn, 1));
    missingTensor.weights.pop_back();
    QTest::addRow("a missing weight tensor is refused")
        << toBytes(serializeModel(missingTensor)) << "expected 6 tensors, found 5";
    ModelSpec noWindow = makeSpec(CellType::Mlp, 1);
    noWindow.options.window = 0;
    QTest::addRow("an mlp without a window is refused")
        << toBytes(serializeModel(makeSnapshot(noWindow)))
        << "does not describe a usable model: the mlp's window must be between 1 and 64";
    ModelSnapshot badFamily = makeSnapshot(makeSpec(CellType::Lstm, 1));
    badFamily.spec.families[2].x = {-10.0, -5.0}; // sqrt of negative x
    QTest::addRow("a family undefined on its x range is refused")
        << toBytes(serializeModel(badFamily)) << "is undefined at x";
    ModelSnapshot wideRange = makeSnapshot(makeSpec(CellType::Lstm, 1));
    wideRange.spec.families[0].k = {-1e308, 1e308}; // its width overflows to infinity
    QTest::addRow("a family whose range is wider than any double is refused")
        << toBytes(serializeModel(wideRange)) << "the k range is too wide";

    const QByteArray nanBits("\x00\x00\xc0\x7f", 4);
    QByteArray nanWeight = good;
    nanWeight.replace(n - kChecksumBytes - 4, 4, nanBits); // last value of head.bias
    QTest::addRow("NaN weight is refused")
        << withFixedChecksum(nanWeight) << "weight \"head.bias\" holds NaN or infinity";
    // Finite, but it would make every probability NaN.
    const float huge = 1e30f;
    QByteArray hugeWeight = good;
    hugeWeight.replace(n - kChecksumBytes - 4, 4,
                       QByteArray(reinterpret_cast<const char *>(&huge), sizeof huge));
    QTest::addRow("a huge finite weight is refused")
        << withFixedChecksum(hugeWeight) << "far beyond what training makes";
    // A flipped bit in a length field of a whole file: not merely "truncated".
    QByteArray flippedLength = good;
    flippedLength[headBiasDimOffset(good) + 2] =
        static_cast<char>(flippedLength[headBiasDimOffset(good) + 2] ^ 0x10);
    QTest::addRow("a flipped bit in a length of a whole file is called corrupt too")
        << flippedLength << "is truncated or corrupt";
    ModelSnapshot controlName = makeSnapshot(makeSpec(CellType::Lstm, 1));
    controlName.spec.families[0].name = "li\x1b[2Jne"; // would clear a terminal
    QTest::addRow("a family name with a control character is refused")
        << toBytes(serializeModel(controlName)) << "another control character";
}

void TestModelFile::damagedBytesAreRefused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, phrase);

    const ModelFileRefusal refusal = modelFileError([&] { deserializeModel(toStd(bytes)); });
    const QString &message = refusal.what;
    QVERIFY2(!message.isEmpty(), "no ModelFileError");
    QCOMPARE(refusal.english, message);
    QVERIFY2(message.contains(phrase), qPrintable(message));
    QVERIFY2(message.startsWith("the data "), qPrintable(message));
}

void TestModelFile::unreadableFilesNameThePath_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QString>("phrase");

    QTest::addRow("missing file is refused with the reason")
        << "absent.curvelab" << QByteArray() << "cannot read model file %1: No such file";
    QTest::addRow("a directory is refused with the reason")
        << "folder" << QByteArray() << "cannot read model file %1: Is a directory";
    QTest::addRow("a PNG image is not a model file")
        << "picture.png" << QByteArray("\x89PNG\r\n\x1a\n", 8)
        << "the model file %1 is not a CurveLab model file";
    QTest::addRow("a truncated file is refused")
        << "short.curvelab" << goodBytes().left(100) << "the model file %1 is truncated";
}

void TestModelFile::unreadableFilesNameThePath()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, contents);
    QFETCH(QString, phrase);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(name);
    if (name == "folder") {
        QVERIFY(QDir(dir.path()).mkdir(name));
    } else if (!contents.isEmpty()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(contents);
    }

    const ModelFileRefusal refusal = modelFileError([&] { loadModel(path.toStdString()); });
    const QString &message = refusal.what;
    QCOMPARE(refusal.english, message);
    QVERIFY2(message.contains(phrase.arg('"' + path + '"')), qPrintable(message));
}

void TestModelFile::failedSaveLeavesNoTemporaryFile_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<bool>("validSnapshot");
    QTest::addColumn<QString>("phrase");

    QTest::addRow("save into a directory that does not exist fails")
        << "missing/model.curvelab" << true << "does not exist";
    QTest::addRow("save over a directory fails") << "folder" << true << "it is a folder";
    QTest::addRow("save of a NaN weight is refused")
        << "model.curvelab" << false << "does not describe a usable model";
}

void TestModelFile::failedSaveLeavesNoTemporaryFile()
{
    QFETCH(QString, target);
    QFETCH(bool, validSnapshot);
    QFETCH(QString, phrase);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkdir("folder"));
    const QString path = dir.filePath(target);
    ModelSnapshot snapshot = makeSnapshot(makeSpec(CellType::Gru, 1));
    if (!validSnapshot) {
        snapshot.weights.front().values.front() = std::numeric_limits<float>::quiet_NaN();
    }

    const ModelFileRefusal refusal =
        modelFileError([&] { saveModel(snapshot, path.toStdString()); });
    const QString &message = refusal.what;
    QCOMPARE(refusal.english, message);
    QVERIFY2(message.startsWith("cannot save model to \"" + path + "\": "), qPrintable(message));
    QVERIFY2(message.contains(phrase), qPrintable(message));
    QCOMPARE(temporaryLeftovers(dir.path()), QStringList());
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
             QStringList{"folder"});
}

void TestModelFile::saveReplacesAnExistingFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath("model.curvelab");
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write(QByteArray(100000, 'z')); // longer than the model: no stale tail may remain
    }

    const ModelSnapshot first = makeSnapshot(makeSpec(CellType::Lstm, 1), 10);
    saveModel(first, path.toStdString());
    compareSnapshots(loadModel(path.toStdString()), first);

    const ModelSnapshot second = makeSnapshot(makeSpec(CellType::Rnn, 2), 20);
    saveModel(second, path.toStdString());
    compareSnapshots(loadModel(path.toStdString()), second);
    QCOMPARE(temporaryLeftovers(dir.path()), QStringList());
}

// tests/data/gru-format1.clm was saved by format 1's CurveLab (`curvelab-cli train --steps 3
// --hidden 2 --preprocessing raw --cell gru --seed 7`), before the MLP's window was stored.
void TestModelFile::format1FileStillLoads()
{
    QVERIFY(kModelFormatVersion > 1);
    const ModelSnapshot old = loadModel(CURVELAB_FORMAT1_MODEL);
    QCOMPARE(QString::fromStdString(toString(old.spec.options.cell)), QString("gru"));
    QCOMPARE(old.spec.options.hiddenSize, 2);
    QCOMPARE(old.spec.options.layers, 1);
    QCOMPARE(old.spec.options.window, ModelOptions{}.window);
    QVERIFY(old.spec.preprocessing == Preprocessing::Raw);
    QVERIFY(old.spec.families == originalFamilies());
    QCOMPARE(old.step, 3L);
    QCOMPARE(old.weights.size(), weightLayout(old.spec).size());

    // Written again in format 2, the oldest that holds it, so that older builds still read it.
    const std::string current = serializeModel(old);
    QCOMPARE(static_cast<int>(current[kVersionOffset]), 2);
    compareSnapshots(deserializeModel(current), old);
}

void TestModelFile::unitFreeModelsNeedFormat3()
{
    ModelSpec spec = makeSpec(CellType::Lstm, 1);
    spec.preprocessing = Preprocessing::UnitFree;
    const ModelSnapshot snapshot = makeSnapshot(spec, 5);
    const std::string bytes = serializeModel(snapshot);
    QCOMPARE(static_cast<int>(bytes[kVersionOffset]), 3);
    QCOMPARE(kModelFormatVersion, 3);
    compareSnapshots(deserializeModel(bytes), snapshot);
}

QTEST_GUILESS_MAIN(TestModelFile)
#include "tst_modelfile.moc"
