// The whole app against the files in the fuzz corpora (fuzz/corpus/lessonfile, modelfile): the
// built-in lessons, and files made to break it (markup in titles, 2 000 families, a test set
// beyond any memory, a target no network can reach, huge weights, control characters, damaged
// lengths). Each is opened in a fresh window, training started as a user would, and the window
// watched: it keeps painting, stays under 1 GB and closes in under a second.
#include "elidedlabel.h"
#include "lessonpanel.h"
#include "windowtestsupport.h"

#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QTextBrowser>
#include <QTimer>

using namespace curvelab;
using namespace curvelab::test;

namespace {

const QString kCorpus = QStringLiteral(CURVELAB_CORPUS_DIR);

// The peak resident memory of this process so far (VmHWM), in bytes.
qint64 peakMemoryBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').front().toLongLong() * 1024;
        }
    }
    return -1;
}

// How long each file is watched; 10 s as the issue asks, shorter with CURVELAB_HOSTILE_SECONDS
// for a quick local run.
int watchMilliseconds()
{
    bool ok = false;
    const int seconds = qEnvironmentVariableIntValue("CURVELAB_HOSTILE_SECONDS", &ok);
    return (ok && seconds > 0 ? seconds : 10) * 1000;
}

// Whether a label would render `text` as HTML.
bool rendersAsHtml(const QLabel &label)
{
    return label.textFormat() == Qt::RichText ||
           (label.textFormat() == Qt::AutoText && Qt::mightBeRichText(label.text()));
}

} // namespace

class TestHostileFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void markupFromFilesShowsAsTyped();
    void longTitlesGiveWay();
    void closingWhileTheTestSetIsMadeIsQuick();
    void everyCorpusFileLeavesTheAppRunning_data();
    void everyCorpusFileLeavesTheAppRunning();
};

void TestHostileFiles::initTestCase()
{
    isolateWindowSuite(QStringLiteral("tst_hostilefiles"));
}

void TestHostileFiles::init()
{
    QSettings settings;
    settings.clear();
    settings.setValue(QStringLiteral("hint/shown"), true);
    settings.sync();
}

void TestHostileFiles::markupFromFilesShowsAsTyped()
{
    MainWindow window;
    QVERIFY(showAndActivate(window));
    QVERIFY(window.openLessonFile(kCorpus + "/lessonfile/markup-everywhere.curvelab-lesson"));
    QTest::qWait(200);

    // The title and the step as typed, tags and all.
    const auto *title = window.findChild<ElidedLabel *>(QStringLiteral("lessonTitle"));
    QVERIFY(title != nullptr);
    QVERIFY2(title->text().startsWith(R"(<img src="/dev/zero"><b>Bold?</b>)"),
             qPrintable(title->text()));
    const auto *text = window.findChild<QTextBrowser *>(QStringLiteral("lessonText"));
    QVERIFY(text != nullptr);
    QVERIFY2(text->toPlainText().contains(R"(<img src="/dev/zero">)"),
             qPrintable(text->toPlainText()));
    // No label anywhere reads the file's markup as HTML: one that renders HTML holds only its own
    // tags, the file's escaped.
    for (const QLabel *label : window.findChildren<QLabel *>()) {
        if (rendersAsHtml(*label)) {
            for (const char *tag : {"<img", "<b>wave", "<b>Bold", "<table", "<script"}) {
                QVERIFY2(!label->text().contains(tag), qPrintable(label->text()));
            }
        }
    }
    // The unticked family is listed under its name as typed, in a check box (plain text).
    bool listed = false;
    for (const QCheckBox *box : window.setupPanel().findChildren<QCheckBox *>()) {
        listed = listed || box->text() == "<b>wave</b>";
    }
    QVERIFY(listed);
}

void TestHostileFiles::longTitlesGiveWay()
{
    MainWindow window;
    window.resize(1280, 800);
    QVERIFY(showAndActivate(window));
    QVERIFY(window.openLessonFile(kCorpus + "/lessonfile/long-titles.curvelab-lesson"));
    QTest::qWait(200);
    // 200 characters without a space: two lines at most, the rest an ellipsis, the whole in the
    // tooltip; the window keeps its size and the charts their room.
    const auto *title = window.findChild<ElidedLabel *>(QStringLiteral("lessonTitle"));
    QVERIFY(title != nullptr);
    const QStringList lines = title->shownLines();
    QVERIFY(!lines.isEmpty() && lines.size() <= 2);
    QVERIFY2(lines.back().endsWith(QChar(0x2026)), qPrintable(lines.join('|')));
    QVERIFY(title->toolTip().contains(QString(200, 'W')));
    QCOMPARE(window.width(), 1280);
    for (QWidget *chart : window.charts()) {
        QVERIFY(chart->width() <= window.width());
    }
}

// A million test sequences take seconds to draw and encode; closing in the middle must not wait.
void TestHostileFiles::closingWhileTheTestSetIsMadeIsQuick()
{
    auto window = std::make_unique<MainWindow>();
    QVERIFY(showAndActivate(*window));
    QVERIFY(window->openLessonFile(kCorpus + "/lessonfile/test-set-of-seconds.curvelab-lesson"));
    window->startOrPause();
    QTest::qWait(500);
    QElapsedTimer closing;
    closing.start();
    window->close();
    window.reset();
    qInfo("closed in %lld ms", static_cast<long long>(closing.elapsed()));
    QVERIFY2(closing.elapsed() < 1000, qPrintable(QString::number(closing.elapsed())));
}

void TestHostileFiles::everyCorpusFileLeavesTheAppRunning_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &kind : {QStringLiteral("lessonfile"), QStringLiteral("modelfile")}) {
        const QDir dir(kCorpus + '/' + kind);
        for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
            QTest::addRow("%s/%s", qPrintable(kind), qPrintable(name)) << dir.filePath(name);
        }
    }
}

void TestHostileFiles::everyCorpusFileLeavesTheAppRunning()
{
    QFETCH(QString, path);
    auto window = std::make_unique<MainWindow>();
    QVERIFY(showAndActivate(*window));
    // Opened as the app opens a file named on its command line; a refusal is a banner.
    if (path.contains("/modelfile/")) {
        window->openModel(path);
    } else {
        window->openLessonFile(path);
    }
    window->startOrPause(); // what a user does next; a refused setup says so in the banner

    // The event loop keeps turning: a timer due every 100 ms fires at least half as often.
    int ticks = 0;
    QTimer heartbeat;
    QObject::connect(&heartbeat, &QTimer::timeout, [&ticks] { ++ticks; });
    heartbeat.start(100);
    const int watch = watchMilliseconds();
    QTest::qWait(watch);
    QVERIFY2(ticks >= watch / 200, qPrintable(QString("%1 ticks in %2 ms").arg(ticks).arg(watch)));
    const qint64 peak = peakMemoryBytes();
    QVERIFY2(peak > 0 && peak < qint64{1} << 30,
             qPrintable(QString("peak memory %1 MiB").arg(peak >> 20)));

    QElapsedTimer closing;
    closing.start();
    window->close();
    window.reset();
    qInfo("peak memory %lld MiB, closed in %lld ms", peak >> 20,
          static_cast<long long>(closing.elapsed()));
    QVERIFY2(closing.elapsed() < 1000,
             qPrintable(QString("closing took %1 ms").arg(closing.elapsed())));
}

QTEST_MAIN(TestHostileFiles)
#include "tst_hostilefiles.moc"
