// Saving and opening files as CurveLab does: only complete files, only where a person meant, and
// a reason when it cannot be done.
#include "filestore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <string>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

using namespace curvelab;

namespace {

std::string contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll().toStdString() : std::string("<none>");
}

bool writeRaw(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// The file names in `dir`: a failed save must leave no temporary file behind.
QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System, QDir::Name);
}

// The error a write throws, or "" when it succeeds.
QString writeFailure(const QString &path, const std::string &bytes)
{
    try {
        writeFileAtomically(path.toStdString(), bytes);
    } catch (const FileWriteError &e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

// Lowers the file size limit (ulimit -f) for the scope, with SIGXFSZ ignored so that the write
// fails with EFBIG instead of ending the process: a disk that fills up mid-save, on any machine.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        m_ok = ::getrlimit(RLIMIT_FSIZE, &m_saved) == 0;
        m_handler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit lowered = m_saved;
        lowered.rlim_cur = bytes;
        m_ok = m_ok && ::setrlimit(RLIMIT_FSIZE, &lowered) == 0;
    }
    ~FileSizeLimit()
    {
        ::setrlimit(RLIMIT_FSIZE, &m_saved);
        std::signal(SIGXFSZ, m_handler);
    }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;
    bool ok() const { return m_ok; }

private:
    rlimit m_saved{};
    void (*m_handler)(int) = nullptr;
    bool m_ok = false;
};

} // namespace

class TestFileStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void saveCreatesAndReplacesAWholeFile();
    void refusedTargetsAreLeftAlone_data();
    void refusedTargetsAreLeftAlone();
    void aLinkIsFollowedToItsFile();
    void aDiskThatFillsUpKeepsTheOldFile();
    void savedFilesFollowTheUmask();
    void readingStopsAtTheLimit_data();
    void readingStopsAtTheLimit();
    void checksComeBeforeAnyWork();
    void sameFileIsRecognisedBeforeItExists();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestFileStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestFileStore::saveCreatesAndReplacesAWholeFile()
{
    const QString target = path("model.clm");
    QCOMPARE(writeFailure(target, "first"), QString());
    QCOMPARE(contentsOf(target), std::string("first"));
    QCOMPARE(writeFailure(target, "second, longer"), QString());
    QCOMPARE(contentsOf(target), std::string("second, longer"));
    QCOMPARE(entries(m_dir->path()), QStringList{"model.clm"});
}

void TestFileStore::refusedTargetsAreLeftAlone_data()
{
    QTest::addColumn<QString>("target"); // relative to the scratch folder, or absolute
    QTest::addColumn<QString>("reason");
    QTest::addRow("a device is never replaced") << "/dev/null"
                                                << "it is a device";
    QTest::addRow("a folder is never replaced") << "folder"
                                                << "it is a folder";
    QTest::addRow("a FIFO is never replaced") << "fifo"
                                              << "it is a pipe (FIFO)";
    QTest::addRow("a missing folder is named") << "missing/out.csv"
                                               << "does not exist";
    QTest::addRow("a path through a file is refused") << "file/out.csv"
                                                      << "is not a folder";
    QTest::addRow("a link to nothing is refused") << "dangling"
                                                  << "it is a link to nothing";
    QTest::addRow("a link to a folder is refused") << "to-folder"
                                                   << "it is a link to a folder";
    QTest::addRow("an empty name is refused") << ""
                                              << "a file needs a name";
}

void TestFileStore::refusedTargetsAreLeftAlone()
{
    QFETCH(QString, target);
    QFETCH(QString, reason);
    QVERIFY(QDir(m_dir->path()).mkdir("folder"));
    QVERIFY(::mkfifo(path("fifo").toLocal8Bit().constData(), 0600) == 0);
    QVERIFY(writeRaw(path("file"), "a file"));
    QVERIFY(QFile::link(path("nowhere"), path("dangling")));
    QVERIFY(QFile::link(path("folder"), path("to-folder")));
    const QStringList before = entries(m_dir->path());

    const QString full = target.isEmpty() || target.startsWith('/') ? target : path(target);
    const QString why = writeFailure(full, "bytes");
    QVERIFY2(why.contains(reason), qPrintable(why));
    QVERIFY2(target.isEmpty() || why.contains('"' + full + '"'), qPrintable(why));
    QCOMPARE(entries(m_dir->path()), before);
    QCOMPARE(contentsOf(path("file")), std::string("a file"));
    // The same answer before any work: a run checks its outputs first.
    try {
        checkWritable(full.toStdString());
        QFAIL("checkWritable accepted it");
    } catch (const FileWriteError &e) {
        QCOMPARE(QString::fromUtf8(e.what()), why);
        // The app says the same in its language: the sentence and the reason alone.
        QCOMPARE(e.message().english(), std::string(e.what()));
        QCOMPARE(e.reasonMessage().english(), e.reason());
    }
}

void TestFileStore::aLinkIsFollowedToItsFile()
{
    QVERIFY(QDir(m_dir->path()).mkdir("real"));
    QVERIFY(writeRaw(path("real/model.clm"), "old"));
    QVERIFY(QFile::link(path("real/model.clm"), path("link.clm")));
    QCOMPARE(writeFailure(path("link.clm"), "new"), QString());
    QCOMPARE(contentsOf(path("real/model.clm")), std::string("new"));
    QVERIFY(QFileInfo(path("link.clm")).isSymLink()); // still a link, to the same file
    QCOMPARE(entries(path("real")), QStringList{"model.clm"});
}

void TestFileStore::aDiskThatFillsUpKeepsTheOldFile()
{
    const QString target = path("metrics.csv");
    QVERIFY(writeRaw(target, "the old metrics"));
    QString why;
    {
        FileSizeLimit limit(4096);
        QVERIFY(limit.ok());
        why = writeFailure(target, std::string(64 * 1024, 'x'));
    }
    QVERIFY2(why.contains("File too large"), qPrintable(why));
    QCOMPARE(contentsOf(target), std::string("the old metrics"));
    QCOMPARE(entries(m_dir->path()), QStringList{"metrics.csv"});
}

void TestFileStore::savedFilesFollowTheUmask()
{
    const mode_t saved = ::umask(022);
    const QString why = writeFailure(path("shared.csv"), "1,2\n");
    ::umask(saved);
    QCOMPARE(why, QString());
    struct stat info = {};
    QVERIFY(::stat(path("shared.csv").toLocal8Bit().constData(), &info) == 0);
    QCOMPARE(info.st_mode & 0777, mode_t{0644}); // not mkstemp's 0600
}

void TestFileStore::readingStopsAtTheLimit_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("reason"); // "" when it is read
    QTest::addRow("a small file is read whole") << "small"
                                                << "";
    QTest::addRow("a large file is refused") << "large"
                                             << "larger than 1 MiB";
    QTest::addRow("an endless device is refused") << "/dev/zero"
                                                  << "larger than 1 MiB";
    QTest::addRow("a folder is refused") << "folder"
                                         << "Is a directory";
    QTest::addRow("a missing file is refused") << "absent"
                                               << "No such file or directory";
}

void TestFileStore::readingStopsAtTheLimit()
{
    QFETCH(QString, source);
    QFETCH(QString, reason);
    constexpr std::size_t kLimit = 1024 * 1024;
    QVERIFY(writeRaw(path("small"), "7,3\n"));
    QVERIFY(writeRaw(path("large"), QByteArray(kLimit + 1, 'x')));
    QVERIFY(QDir(m_dir->path()).mkdir("folder"));
    const QString full = source.startsWith('/') ? source : path(source);
    try {
        const std::string bytes = readWholeFile(full.toStdString(), kLimit);
        QVERIFY2(reason.isEmpty(), "read what should have been refused");
        QCOMPARE(bytes, std::string("7,3\n"));
    } catch (const FileReadError &e) {
        QVERIFY2(!reason.isEmpty(), e.what());
        QVERIFY2(QString(e.what()).contains(reason), e.what());
        QCOMPARE(QString::fromStdString(e.path()), full);
        QCOMPARE(e.message().english(), std::string(e.what()));
        QCOMPARE(e.reasonMessage().english(), e.reason());
    }
}

void TestFileStore::checksComeBeforeAnyWork()
{
    QCOMPARE(QString::fromStdString(checkWritable(path("new.csv").toStdString())), path("new.csv"));
    QVERIFY(entries(m_dir->path()).isEmpty()); // checking writes nothing
    QVERIFY(QDir(m_dir->path()).mkdir("folder"));
    QVERIFY_THROWS_EXCEPTION(FileReadError, checkReadable(path("folder").toStdString()));
    QVERIFY_THROWS_EXCEPTION(FileReadError, checkReadable(path("absent").toStdString()));
    QVERIFY(writeRaw(path("points.csv"), "1,2\n"));
    checkReadable(path("points.csv").toStdString());
}

void TestFileStore::sameFileIsRecognisedBeforeItExists()
{
    QVERIFY(QDir(m_dir->path()).mkdir("sub"));
    const std::string a = path("out.csv").toStdString();
    const std::string b = path("sub/../out.csv").toStdString();
    QVERIFY(sameFile(a, b));
    QVERIFY(!sameFile(a, path("other.csv").toStdString()));
    QVERIFY(writeRaw(path("out.csv"), "x"));
    QVERIFY(QFile::link(path("out.csv"), path("alias.csv")));
    QVERIFY(sameFile(a, path("alias.csv").toStdString()));
}

QTEST_GUILESS_MAIN(TestFileStore)
#include "tst_filestore.moc"
