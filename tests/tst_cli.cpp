#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cmath>
#include <functional>
#include <sys/resource.h>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// `prepare` adjusts the process before it starts: where its output goes, its limits.
Run cli(const QStringList &arguments, const QByteArray &input = {},
        const std::function<void(QProcess &)> &prepare = {})
{
    QProcess process;
    if (prepare) {
        prepare(process);
    }
    process.start(CURVELAB_CLI_PATH, arguments);
    if (!process.waitForStarted()) {
        return {};
    }
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(300000);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// Runs another program than the CLI (the GUI, script) with `environment`, no input.
Run run(const QString &program, const QStringList &arguments,
        const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit) {
        return {};
    }
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QString shellQuoted(QString text)
{
    return '\'' + text.replace('\'', "'\\''") + '\'';
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void helpDescribesEveryCommand_data();
    void helpDescribesEveryCommand();
    void badOptionsGiveOneLineAndStatus2_data();
    void badOptionsGiveOneLineAndStatus2();
    void trainSavesModelAndMetrics();
    void classifyWritesOneRowPerPoint();
    void classifyReadsAFile();
    void spreadsheetDialectsClassifyLikeTheirCommaTwin_data();
    void spreadsheetDialectsClassifyLikeTheirCommaTwin();
    void classifyWritesTheSemicolonDialect();
    void classifyNamesTheMalformedLine_data();
    void classifyNamesTheMalformedLine();
    void corruptModelIsAClearError();
    void messagesNeverCarryControlCharacters();
    void exitStatusSaysWhatWentWrong_data();
    void exitStatusSaysWhatWentWrong();
    void aFullDiskIsAFailureNotASuccess_data();
    void aFullDiskIsAFailureNotASuccess();
    void classifyAnswersEachPointAsItArrives();
    void aClosedPipeEndsClassifyQuietly();
    void evalPrintsModelBesideReferences();
    void raceWritesTableAndCurves();
    void mlpTrainsSavesAndClassifies();
    void ownFamiliesTrainSaveAndClassify_data();
    void ownFamiliesTrainSaveAndClassify();
    void undefinedFamilyIsNarrowedWithANote();
    void readyNetworkNamesLabDataInItsOwnUnits_data();
    void readyNetworkNamesLabDataInItsOwnUnits();
    void evalWithoutAModelMeasuresTheReadyNetwork();
    void everyPresetTrains_data();
    void everyPresetTrains();
    void versionNamesTheProgram_data();
    void versionNamesTheProgram();
    void guiHelpAndVersionNeedNoDisplay_data();
    void guiHelpAndVersionNeedNoDisplay();
    void trainDrawsOneUpdatingLineOnATerminal_data();
    void trainDrawsOneUpdatingLineOnATerminal();

private:
    QTemporaryDir m_dir;
    QString m_model;
};

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_model = m_dir.filePath("tiny.clm");
    const Run r = cli({"train", "--steps", "100", "--hidden", "16", "--length", "6", "--save",
                       m_model, "--metrics", m_dir.filePath("metrics.csv"), "--eval-every", "50"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(QFile::exists(m_model));
}

void TestCli::helpDescribesEveryCommand_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::addRow("top-level help") << QStringList{"--help"} << "classify";
    QTest::addRow("train help") << QStringList{"train", "--help"} << "--target-accuracy";
    QTest::addRow("classify help") << QStringList{"classify", "--help"} << "--model";
    QTest::addRow("eval help") << QStringList{"eval", "--help"} << "--lengths";
    QTest::addRow("race help") << QStringList{"race", "--help"} << "--cells";
    QTest::addRow("top-level help lists --version") << QStringList{"--help"} << "-v, --version";
    QTest::addRow("a command's usage names the program and the command, not a path")
        << QStringList{"train", "--help"} << "Usage: curvelab-cli train [options]\n";
}

void TestCli::helpDescribesEveryCommand()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const Run r = cli(arguments);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(mentions));
}

void TestCli::badOptionsGiveOneLineAndStatus2_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::addRow("unknown command") << QStringList{"fly"} << "unknown command";
    QTest::addRow("unknown option") << QStringList{"train", "--wings"} << "wings";
    QTest::addRow("learning rate 0") << QStringList{"train", "--lr", "0"} << "learning rate";
    QTest::addRow("negative learning rate")
        << QStringList{"train", "--lr", "-1"} << "learning rate";
    QTest::addRow("hidden size 0") << QStringList{"train", "--hidden", "0"} << "hidden size";
    QTest::addRow("steps not a number") << QStringList{"train", "--steps", "many"} << "--steps";
    QTest::addRow("unknown cell") << QStringList{"train", "--cell", "transformer"} << "cell";
    QTest::addRow("unknown preset") << QStringList{"train", "--preset", "magic"} << "preset";
    QTest::addRow("unknown csv dialect")
        << QStringList{"classify", "--csv-dialect", "tab"} << "--csv-dialect must be comma or";
    QTest::addRow("NaN noise") << QStringList{"train", "--noise", "nan"} << "--noise";
    QTest::addRow("noise beyond what the references can hold")
        << QStringList{"eval", "--noise", "1e300"} << "between 0 and 1e12";
    QTest::addRow("eval with length 0")
        << QStringList{"eval", "--model", "x", "--lengths", "0"} << "--lengths";
    QTest::addRow("mlp window 0") << QStringList{"train", "--cell", "mlp", "--window", "0"}
                                  << "window must be between 1 and 64";
    QTest::addRow("window without the mlp") << QStringList{"train", "--window", "3"} << "--window";
    QTest::addRow("race with an unknown cell")
        << QStringList{"race", "--cells", "lstm,transformer"} << "--cells: unknown cell type";
    QTest::addRow("race without cells") << QStringList{"race", "--cells", ","} << "--cells";
    QTest::addRow("race with a cell twice")
        << QStringList{"race", "--cells", "gru,gru"} << "two contenders are named \"gru\"";
    QTest::addRow("race with window 65")
        << QStringList{"race", "--cells", "mlp", "--window", "65"} << "contender \"mlp\"";
    QTest::addRow("race window without the mlp")
        << QStringList{"race", "--cells", "lstm", "--window", "3"} << "--window";
    QTest::addRow("race without steps") << QStringList{"race", "--steps", "0"} << "step budget";
    QTest::addRow("family without a name")
        << QStringList{"train", "--family", "k*sin(x)+b", "--family", "line"} << "no ':'";
    QTest::addRow("family with a bad formula")
        << QStringList{"train", "--family", "w: k*sin(x+b", "--family", "line"}
        << "Missing parenthesis (at the end)";
    QTest::addRow("family not k*g(x)+b")
        << QStringList{"train", "--family", "w: sin(k*x)+b", "--family", "line"}
        << "must have the form k*g(x) + b";
    QTest::addRow("family defined nowhere")
        << QStringList{"train", "--family", "w: k*log(x)+b; x=-2..-1", "--family", "line"}
        << "undefined everywhere";
    QTest::addRow("one family") << QStringList{"train", "--family", "line"} << "at least two";
    QTest::addRow("race with one family")
        << QStringList{"race", "--family", "line"} << "at least two";
}

void TestCli::badOptionsGiveOneLineAndStatus2()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const Run r = cli(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
    QCOMPARE(r.err.trimmed().count('\n'), 0);
}

void TestCli::trainSavesModelAndMetrics()
{
    QFile metrics(m_dir.filePath("metrics.csv"));
    QVERIFY(metrics.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(metrics.readAll()).trimmed().split('\n');
    QVERIFY(lines.front().startsWith("step,sequences,elapsed_s,loss,test_accuracy,acc_1"));
    QCOMPARE(lines.size(), 3); // header, step 50, step 100 (the final weights, measured once)
}

void TestCli::classifyWritesOneRowPerPoint()
{
    const QByteArray input = "# two sequences\nx,y\n5,5.5\n10,6\n15,6.5\n\n\n5,25\n10,100\n";
    const Run r = cli({"classify", "--model", m_model}, input);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList rows = r.out.trimmed().split('\n');
    QCOMPARE(rows.front(), QString("sequence,point,x,y,p_line,p_parabola,p_sqrt,guess"));
    QCOMPARE(rows.size(), 6);
    const QStringList keys = {"1,1", "1,2", "1,3", "2,1", "2,2"};
    for (int i = 1; i < rows.size(); ++i) {
        const QStringList cells = rows[i].split(',');
        QCOMPARE(cells.size(), 8);
        QCOMPARE(cells[0] + "," + cells[1], keys[i - 1]);
        const double sum = cells[4].toDouble() + cells[5].toDouble() + cells[6].toDouble();
        QVERIFY(std::abs(sum - 1.0) < 1e-4);
        QVERIFY(QStringList({"line", "parabola", "sqrt"}).contains(cells[7]));
    }
    QCOMPARE(rows[2].split(',')[2], QString("10"));
}

void TestCli::classifyReadsAFile()
{
    QFile file(m_dir.filePath("points.csv"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("7,3\n8,3.5\n");
    file.close();
    const Run r = cli({"classify", "--model", m_model, file.fileName()});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed().split('\n').size(), 3);
}

void TestCli::spreadsheetDialectsClassifyLikeTheirCommaTwin_data()
{
    QTest::addColumn<QByteArray>("twin");
    const QByteArray points = "x,y\n0.5,1.25\n1,2.5\n1.5,4.125\n2,8\n\n3,1.5\n6,3\n";
    QTest::addRow("commas and points (the twin itself)") << points;
    QTest::addRow("semicolons and decimal commas")
        << QByteArray("x;y\n0,5;1,25\n1;2,5\n1,5;4,125\n2;8\n\n3;1,5\n6;3\n");
    QTest::addRow("two columns copied, decimal commas")
        << QByteArray("Zeit\tWeg\n0,5\t1,25\n1\t2,5\n1,5\t4,125\n2\t8\n\n3\t1,5\n6\t3\n");
    QTest::addRow("quoted decimal commas")
        << QByteArray("\"0,5\",\"1,25\"\n1,\"2,5\"\n\"1,5\",\"4,125\"\n2,8\n\n3,\"1,5\"\n6,3\n");
}

// The same points in a spreadsheet's dialect: the same rows, probabilities included, byte for byte.
void TestCli::spreadsheetDialectsClassifyLikeTheirCommaTwin()
{
    QFETCH(QByteArray, twin);
    const QByteArray points = "x,y\n0.5,1.25\n1,2.5\n1.5,4.125\n2,8\n\n3,1.5\n6,3\n";
    QFile file(m_dir.filePath("twin.csv"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(twin);
    file.close();
    const Run expected = cli({"classify", "--model", m_model}, points);
    const Run r = cli({"classify", "--model", m_model, file.fileName()});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out.count('\n'), 7);
    QCOMPARE(r.out, expected.out);
}

void TestCli::classifyWritesTheSemicolonDialect()
{
    const QByteArray points = "0.5,1.25\n1,2.5\n1.5,4.125\n";
    const Run comma = cli({"classify", "--model", m_model}, points);
    const Run semicolon =
        cli({"classify", "--model", m_model, "--csv-dialect", "semicolon"}, points);
    QVERIFY2(semicolon.exitCode == 0, qPrintable(semicolon.err));
    QVERIFY2(semicolon.out.contains("1;1;0,5;1,25;"), qPrintable(semicolon.out));
    QString swapped = comma.out;
    swapped.replace(',', ';').replace('.', ',');
    QCOMPARE(semicolon.out, swapped);
}

void TestCli::classifyNamesTheMalformedLine_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("line");
    QTest::addRow("three numbers") << QByteArray("1,2\n3,4\n1,2,3\n") << "line 3";
    QTest::addRow("words") << QByteArray("x,y\nfive,six\n") << "line 2";
    QTest::addRow("NaN") << QByteArray("1,2\n\nnan,1\n") << "line 3";
    QTest::addRow("a single number") << QByteArray("4\n") << "line 1";
    QTest::addRow("a decimal point in a file of decimal commas")
        << QByteArray("x;y\n1,5;2\n2.5;3\n") << "line 3";
    QTest::addRow("a decimal comma between commas") << QByteArray("1,5,2\n") << "line 1";
}

void TestCli::classifyNamesTheMalformedLine()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, line);
    const Run r = cli({"classify", "--model", m_model}, input);
    QCOMPARE(r.exitCode, 3); // an input that cannot be read
    QVERIFY2(r.err.contains(line), qPrintable(r.err));
}

void TestCli::corruptModelIsAClearError()
{
    QFile file(m_dir.filePath("broken.clm"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("this is not a model\n");
    file.close();
    const Run r = cli({"classify", "--model", file.fileName()}, "1,2\n");
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("not a CurveLab model"), qPrintable(r.err));
    QCOMPARE(r.out, QString());
}

// A crafted file cannot clear the terminal or fake a message through an error that quotes it.
void TestCli::messagesNeverCarryControlCharacters()
{
    const Run r = cli({"classify", "--model", m_model}, "1,2\n\x1b[2J\xc2\x9b"
                                                        "5,x\r\n");
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(R"(found "\x1b[2J\x9b5,x")"), qPrintable(r.err)); // \r\n ends a line
    QVERIFY(!r.err.contains(QChar(0x1b)) && !r.err.contains(QChar(0x9b)));
    QCOMPARE(r.err.count('\n'), 1);
}

void TestCli::exitStatusSaysWhatWentWrong_data()
{
    QTest::addColumn<QStringList>("arguments"); // %1 is the scratch folder
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("mentions");
    QTest::addRow("a missing points file is an input error")
        << QStringList{"classify", "%1/absent.csv"} << 3 << "No such file or directory";
    QTest::addRow("a folder as points file is an input error")
        << QStringList{"classify", "%1"} << 3 << "Is a directory";
    QTest::addRow("a missing model is an input error")
        << QStringList{"eval", "--model", "%1/absent.clm", "--sequences", "10"} << 3
        << "cannot read model file";
    QTest::addRow("saving to a device is refused before training")
        << QStringList{"train", "--steps", "5", "--save", "/dev/null"} << 2 << "it is a device";
    QTest::addRow("metrics into a missing folder are refused before training")
        << QStringList{"train", "--steps", "5", "--metrics", "%1/no/m.csv"} << 2
        << "does not exist";
    QTest::addRow("one file for the model and the metrics is refused")
        << QStringList{"train", "--steps", "5", "--save", "%1/x", "--metrics", "%1/./x"} << 2
        << "name the same file";
    QTest::addRow("race curves onto a folder are refused")
        << QStringList{"race", "--steps", "5", "--csv", "%1"} << 2 << "it is a folder";
    QTest::addRow("eval refuses a stray argument")
        << QStringList{"eval", "points.csv"} << 2 << "unexpected argument";
}

// One rule for every command: 1 a failure while running, 2 a mistake in the command line, 3 an
// input that cannot be read; always one line saying why.
void TestCli::exitStatusSaysWhatWentWrong()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, status);
    QFETCH(QString, mentions);
    for (QString &a : arguments) {
        a = a.arg(m_dir.path());
    }
    const Run r = cli(arguments);
    QCOMPARE(r.exitCode, status);
    QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
    QCOMPARE(r.err.trimmed().count('\n'), 0);
    QVERIFY(!QFile::exists(m_dir.filePath("x")));
}

void TestCli::aFullDiskIsAFailureNotASuccess_data()
{
    QTest::addColumn<QStringList>("arguments"); // %1 is the scratch folder
    QTest::addColumn<QString>("output");        // the file whose old contents must survive
    QTest::addRow("classify onto a full disk")
        << QStringList{"classify", "--model", "%1/tiny.clm"} << "";
    QTest::addRow("metrics onto a full disk")
        << QStringList{"train",        "--steps", "40",        "--hidden",           "8",
                       "--eval-every", "1",       "--metrics", "%1/full-metrics.csv"}
        << "full-metrics.csv";
    QTest::addRow("race curves onto a full disk")
        << QStringList{"race",    "--steps", "20",    "--hidden",        "8",
                       "--cells", "gru,rnn", "--csv", "%1/full-race.csv"}
        << "full-race.csv";
}

// Output that did not arrive is a failure (status 1) with the system's reason, never a silent
// success, and a file that was there before keeps its contents.
void TestCli::aFullDiskIsAFailureNotASuccess()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, output);
    for (QString &a : arguments) {
        a = a.arg(m_dir.path());
    }
    const QString old = "the old contents\n";
    if (!output.isEmpty()) {
        QFile file(m_dir.filePath(output));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(old.toUtf8());
    }
    const Run r = cli(arguments, "5,5.5\n10,6\n15,6.5\n", [&](QProcess &process) {
        if (output.isEmpty()) {
            process.setStandardOutputFile("/dev/full"); // every write: No space left on device
            return;
        }
        // A disk with 200 bytes left, for this process only (ulimit -f).
        process.setChildProcessModifier([] {
            rlimit limit{};
            ::getrlimit(RLIMIT_FSIZE, &limit);
            limit.rlim_cur = 200;
            ::setrlimit(RLIMIT_FSIZE, &limit);
        });
    });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(output.isEmpty() ? "No space left on device" : "File too large"),
             qPrintable(r.err));
    if (!output.isEmpty()) {
        QFile file(m_dir.filePath(output));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()), old);
        QCOMPARE(QDir(m_dir.path()).entryList({output + ".tmp-*"}), QStringList());
    }
}

// A person typing points, or a sensor writing them, sees each answer before the input ends.
void TestCli::classifyAnswersEachPointAsItArrives()
{
    QProcess process;
    process.start(CURVELAB_CLI_PATH, {"classify", "--model", m_model});
    QVERIFY(process.waitForStarted());
    process.write("5,5.5\n10,6\n");
    QByteArray seen;
    QElapsedTimer timer;
    timer.start();
    while (seen.count('\n') < 3 && timer.elapsed() < 60000) { // the header and two rows
        process.waitForReadyRead(1000);
        seen += process.readAllStandardOutput();
    }
    QCOMPARE(process.state(), QProcess::Running); // stdin is still open
    QCOMPARE(seen.count('\n'), 3);
    QVERIFY(seen.split('\n')[2].startsWith("1,2,10,6,"));
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
}

// `classify big.csv | head` is an ordinary thing to type: no crash, no message.
void TestCli::aClosedPipeEndsClassifyQuietly()
{
    QString points;
    for (int i = 1; i <= 20000; ++i) {
        points += QString("%1,%2\n").arg(i).arg(2 * i);
    }
    QFile file(m_dir.filePath("many.csv"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(points.toUtf8());
    file.close();
    QProcess shell;
    shell.start("bash", {"-c", QString("'%1' classify --model '%2' '%3' | head -n 2 >/dev/null; "
                                       "echo \"${PIPESTATUS[0]}\"")
                                   .arg(CURVELAB_CLI_PATH, m_model, file.fileName())});
    QVERIFY(shell.waitForFinished(120000));
    const QString status = QString::fromUtf8(shell.readAllStandardOutput()).trimmed();
    QVERIFY2(status == "1" || status == "0", qPrintable(status)); // never 141, a SIGPIPE death
    const QString err = QString::fromUtf8(shell.readAllStandardError());
    QVERIFY2(err.count('\n') <= 1, qPrintable(err));
}

void TestCli::evalPrintsModelBesideReferences()
{
    const Run r = cli({"eval", "--model", m_model, "--sequences", "200", "--lengths", "2,4"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains("least-squares"));
    QVERIFY(r.out.contains("Bayes"));
    const QStringList lines = r.out.split('\n');
    int rows = 0;
    for (const QString &l : lines) {
        const QStringList cells = l.simplified().split(' ');
        if (cells.size() == 4 && (cells[0] == "2" || cells[0] == "4")) {
            ++rows;
            for (int i = 1; i < 4; ++i) {
                QVERIFY(cells[i].endsWith('%'));
            }
        }
    }
    QCOMPARE(rows, 2);
}

void TestCli::raceWritesTableAndCurves()
{
    const QString csvPath = m_dir.filePath("race.csv");
    const Run r = cli({"race", "--steps", "40", "--eval-every", "20", "--hidden", "8", "--cells",
                       "lstm,mlp", "--window", "2", "--csv", csvPath});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList lines = r.out.split('\n');
    const auto header = std::find_if(lines.begin(), lines.end(),
                                     [](const QString &l) { return l.startsWith("cell "); });
    QVERIFY2(header != lines.end(), qPrintable(r.out));
    QCOMPARE(header->simplified(),
             QString("cell parameters final loss acc@1 acc@2 acc@3 acc@4 acc@8 seconds"));
    for (const QString cell : {"lstm", "mlp"}) {
        const auto row = std::find_if(lines.begin(), lines.end(),
                                      [&](const QString &l) { return l.startsWith(cell + " "); });
        QVERIFY2(row != lines.end(), qPrintable(r.out));
        const QStringList cells = row->simplified().split(' ');
        QCOMPARE(cells.size(), 9);
        for (int i = 3; i < 8; ++i) {
            QVERIFY(cells[i].endsWith('%'));
        }
    }

    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QStringList rows = QString::fromUtf8(csv.readAll()).trimmed().split('\n');
    QVERIFY2(rows.front().startsWith("cell,step,sequences,elapsed_s,loss,test_accuracy,acc_1,"),
             qPrintable(rows.front()));
    QCOMPARE(rows.size(), 5); // header, then steps 20 and 40 of each cell
    QVERIFY(rows[1].startsWith("lstm,20,"));
    QVERIFY(rows[4].startsWith("mlp,40,"));
}

void TestCli::mlpTrainsSavesAndClassifies()
{
    const QString model = m_dir.filePath("mlp.clm");
    const Run trained = cli({"train", "--cell", "mlp", "--window", "3", "--layers", "2", "--steps",
                             "20", "--hidden", "8", "--save", model});
    QVERIFY2(trained.exitCode == 0, qPrintable(trained.err));
    const Run r = cli({"classify", "--model", model}, "1,2\n2,4\n3,6\n4,8\n");
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out.trimmed().split('\n').size(), 5);
}

void TestCli::ownFamiliesTrainSaveAndClassify_data()
{
    QTest::addColumn<QStringList>("specs");
    QTest::addColumn<double>("minimumAccuracy");
    const QString ranges = "; x=1..6; k=0.5..2; b=-1..1";
    const QStringList all = {"line: k*x+b",      "parabola: k*x^2+b",    "root: k*sqrt(x)+b",
                             "wave: k*sin(x)+b", "growth: k*exp(x/5)+b", "log: k*log(x)+b",
                             "cube: k*x^3+b",    "inverse: k/x+b"};
    QStringList specs;
    for (const QString &family : all) {
        specs << family + ranges;
    }
    // Chance is 1/2 and 1/8; 300 steps reach over 99% for both on this machine.
    QTest::addRow("2 classes") << QStringList{specs[0], specs[3]} << 0.9;
    QTest::addRow("8 classes") << specs << 0.9;
}

void TestCli::ownFamiliesTrainSaveAndClassify()
{
    QFETCH(QStringList, specs);
    QFETCH(double, minimumAccuracy);
    const QString model = m_dir.filePath(QString("families%1.clm").arg(specs.size()));
    QStringList arguments = {"train",        "--steps", "300",    "--hidden", "16",
                             "--eval-every", "300",     "--save", model};
    for (const QString &spec : specs) {
        arguments << "--family" << spec;
    }
    const Run trained = cli(arguments);
    QVERIFY2(trained.exitCode == 0, qPrintable(trained.err));
    QVERIFY2(trained.out.contains("wave (y = k*sin(x)+b)"), qPrintable(trained.out));
    const QString accuracy =
        trained.out.section("Test accuracy at 8 points: ", 1).section('%', 0, 0);
    QVERIFY2(accuracy.toDouble() / 100.0 >= minimumAccuracy, qPrintable(trained.out));

    // The model file carries the families: classify needs nothing but the file.
    QByteArray wave; // y = sin(x) + 1: k = 1, b = 1
    for (int x = 1; x <= 5; ++x) {
        wave += QByteArray::number(x) + ',' + QByteArray::number(std::sin(x) + 1.0, 'g', 17) + '\n';
    }
    const Run r = cli({"classify", "--model", model}, wave);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList header = r.out.section('\n', 0, 0).split(',');
    QCOMPARE(header.filter(QRegularExpression("^p_")).size(), specs.size());
    QVERIFY(header.contains("p_wave"));
    QCOMPARE(r.out.trimmed().split('\n').size(), 6);
    QVERIFY2(r.out.trimmed().endsWith(",wave"), qPrintable(r.out));
}

void TestCli::undefinedFamilyIsNarrowedWithANote()
{
    const Run r = cli({"train", "--steps", "5", "--hidden", "8", "--family",
                       "log: k*log(x)+b; x=0..6", "--family", "line"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.err.contains("x narrowed to 0.001..6"), qPrintable(r.err));
}

namespace {

// Measurements as a class takes them: eight settings of x, every y off by up to 1% (the same
// fixed errors for every law, so that the test is exact).
constexpr double kErrors[] = {1.008, 0.992, 1.005, 0.995, 1.010, 0.990, 1.003, 0.997};

QByteArray measurements(double firstX, double stepX, const std::function<double(double)> &law,
                        double xScale, double yScale)
{
    QByteArray csv = "x,y\n";
    for (int i = 0; i < 8; ++i) {
        const double x = firstX + stepX * i;
        csv += QByteArray::number(x * xScale, 'g', 17) + ',' +
               QByteArray::number(law(x) * kErrors[i] * yScale, 'g', 17) + '\n';
    }
    return csv;
}

// The probabilities after the last point, and the guess.
QStringList lastRow(const QString &out)
{
    return out.trimmed().split('\n').back().split(',');
}

} // namespace

void TestCli::readyNetworkNamesLabDataInItsOwnUnits_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("rescaled");
    QTest::addColumn<QString>("family");
    const auto ohm = [](double amperes) { return 220.0 * amperes; };
    const auto fall = [](double seconds) { return 4.905 * seconds * seconds; };
    const auto pendulum = [](double metres) { return 2.006 * std::sqrt(metres); };
    // The same measurements in milliamperes and millivolts, milliseconds and millimetres,
    // centimetres and hours: another unit for x and for y.
    QTest::addRow("Ohm's law, volts against amperes, is a line")
        << measurements(0.01, 0.01, ohm, 1, 1) << measurements(0.01, 0.01, ohm, 1e3, 1e3) << "line";
    QTest::addRow("free fall, metres against seconds, is a parabola")
        << measurements(0.1, 0.1, fall, 1, 1) << measurements(0.1, 0.1, fall, 1e3, 1e3)
        << "parabola";
    QTest::addRow("a pendulum's period against its length is a root")
        << measurements(0.2, 0.2, pendulum, 1, 1)
        << measurements(0.2, 0.2, pendulum, 100, 1 / 3600.0) << "sqrt";
}

void TestCli::readyNetworkNamesLabDataInItsOwnUnits()
{
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, rescaled);
    QFETCH(QString, family);
    // No --model: the ready network answers.
    const Run r = cli({"classify"}, data);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList row = lastRow(r.out);
    QCOMPARE(row.back(), family);
    const Run other = cli({"classify"}, rescaled);
    QVERIFY2(other.exitCode == 0, qPrintable(other.err));
    const QStringList otherRow = lastRow(other.out);
    QCOMPARE(otherRow.back(), family);
    for (int column = 4; column <= 6; ++column) {
        QVERIFY2(std::abs(row[column].toDouble() - otherRow[column].toDouble()) < 0.01,
                 qPrintable(row.join(',') + " / " + otherRow.join(',')));
    }
}

void TestCli::evalWithoutAModelMeasuresTheReadyNetwork()
{
    const Run r = cli({"eval", "--sequences", "300", "--lengths", "3,8", "--noise", "0.01"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains("drawn world, noise 0.01"), qPrintable(r.out));
    // After 8 clicks with 1% jitter, the ready network names the shape most of the time.
    const QString at8 = r.out.section("\n     8 ", 1).simplified().section('%', 0, 0);
    QVERIFY2(at8.toDouble() > 80.0, qPrintable(r.out));
}

void TestCli::everyPresetTrains_data()
{
    QTest::addColumn<QString>("preset");
    for (const char *name : {"question", "answer", "seed", "recommended"}) {
        QTest::addRow("%s", name) << QString::fromLatin1(name);
    }
}

void TestCli::everyPresetTrains()
{
    QFETCH(QString, preset);
    const Run r = cli({"train", "--preset", preset, "--steps", "30", "--eval-every", "30"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains("Training preset \"" + preset + "\""), qPrintable(r.out));
}

// help2man reads --version: the program's name and the version of the top-level CMakeLists.txt.
void TestCli::versionNamesTheProgram_data()
{
    QTest::addColumn<QString>("flag");
    QTest::addRow("--version") << "--version";
    QTest::addRow("-v") << "-v";
}

void TestCli::versionNamesTheProgram()
{
    QFETCH(QString, flag);
    const Run r = cli({flag});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(QRegularExpression(R"(^curvelab-cli \d+\.\d+\.\d+\n$)").match(r.out).hasMatch(),
             qPrintable(r.out));
    QVERIFY(r.err.isEmpty());
}

void TestCli::guiHelpAndVersionNeedNoDisplay_data()
{
    QTest::addColumn<QString>("flag");
    QTest::addColumn<QString>("pattern");
    QTest::addRow("--version") << "--version"
                               << R"(^curvelab \d+\.\d+\.\d+\n$)";
    QTest::addRow("--help")
        << "--help"
        << R"(^Usage: \S*curvelab \[options\] \[file\]\n.*-v, --version.*--present)";
}

// A build machine has no display, and help2man runs both flags there.
void TestCli::guiHelpAndVersionNeedNoDisplay()
{
    QFETCH(QString, flag);
    QFETCH(QString, pattern);
    const QString gui = QFileInfo(CURVELAB_CLI_PATH).dir().filePath("curvelab");
    if (!QFileInfo(gui).isExecutable()) {
        QSKIP("the GUI is not built (CURVELAB_BUILD_GUI=OFF)");
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}) {
        env.remove(name);
    }
    const Run r = run(gui, {flag}, env);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QRegularExpression re(pattern, QRegularExpression::DotMatchesEverythingOption);
    QVERIFY2(re.match(r.out).hasMatch(), qPrintable(r.out));
}

void TestCli::trainDrawsOneUpdatingLineOnATerminal_data()
{
    QTest::addColumn<bool>("redirectStdout");
    QTest::addRow("stdout on the terminal too: the bar alone") << false;
    QTest::addRow("stdout redirected: the bar, and the plain lines in the file") << true;
}

// script (util-linux) gives the run a terminal; the bar must redraw in place and never wrap.
void TestCli::trainDrawsOneUpdatingLineOnATerminal()
{
    QFETCH(bool, redirectStdout);
    const QString script = QStandardPaths::findExecutable("script");
    if (script.isEmpty()) {
        QSKIP("no script (util-linux) to give the run a terminal");
    }
    const QString log = m_dir.filePath("train-log.txt");
    QString command = shellQuoted(CURVELAB_CLI_PATH) +
                      " train --seconds 1 --steps 0 --hidden 16 --length 6 --eval-every 50";
    if (redirectStdout) {
        command += " > " + shellQuoted(log);
    }
    constexpr int kColumns = 60; // script's terminal has no size of its own: COLUMNS gives it
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("COLUMNS", QString::number(kColumns));
    const Run r = run(script, {"-qec", command, "/dev/null"}, env); // -e: the run's exit status
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    // Redrawn in place about ten times a second, never into the last column (the terminal turns
    // "\n" into "\r\n", so a redraw is a '\r' with more than a newline after it).
    int redraws = 0;
    QRegularExpressionMatchIterator redraw = QRegularExpression("\r([^\r\n]+)").globalMatch(r.out);
    while (redraw.hasNext()) {
        const QString line = redraw.next().captured(1);
        QVERIFY2(line.startsWith('[') && line.size() < kColumns, qPrintable(line));
        ++redraws;
    }
    QVERIFY2(redraws >= 3, qPrintable(r.out));
    QVERIFY(!r.out.contains("test accuracy ")); // the plain lines stay off the terminal
    if (redirectStdout) {
        QFile file(log);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY2(text.contains(QRegularExpression(R"(\nstep 50  loss \S+  test accuracy )")),
                 qPrintable(text));
        QVERIFY(text.contains("Stopped: time budget reached") && !text.contains('\r'));
    } else {
        QVERIFY2(r.out.contains("Stopped: time budget reached"), qPrintable(r.out));
    }
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
