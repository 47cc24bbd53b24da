#include "pointscsv.h"

#include <QtTest>
#include <cfloat>
#include <cstring>
#include <sstream>

using namespace curvelab;

using Sequences = std::vector<PointSequence>;
Q_DECLARE_METATYPE(Sequences)

namespace {

// Exact, sign of zero included: the format promises that numbers come back bit for bit.
bool sameBits(double a, double b)
{
    return std::memcmp(&a, &b, sizeof a) == 0;
}

bool same(const Sequences &a, const Sequences &b)
{
    if (a.size() != b.size()) {
        return false;
    }
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i].size() != b[i].size()) {
            return false;
        }
        for (std::size_t j = 0; j < a[i].size(); ++j) {
            if (!sameBits(a[i][j].x, b[i][j].x) || !sameBits(a[i][j].y, b[i][j].y)) {
                return false;
            }
        }
    }
    return true;
}

QString describe(const Sequences &sequences)
{
    QStringList parts;
    for (const PointSequence &sequence : sequences) {
        QStringList points;
        for (const Point &p : sequence) {
            points << QString("(%1, %2)").arg(p.x, 0, 'g', 17).arg(p.y, 0, 'g', 17);
        }
        parts << "[" + points.join(' ') + "]";
    }
    return parts.join(' ');
}

std::string written(const Sequences &sequences)
{
    std::ostringstream out;
    writePointSequences(out, sequences);
    return out.str();
}

} // namespace

class TestPointsCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validInputIsRead_data();
    void validInputIsRead();
    void malformedLineIsRefused_data();
    void malformedLineIsRefused();
    void writtenTextIsReadBackExactly_data();
    void writtenTextIsReadBackExactly();
    void writerUsesTheDocumentedLayout();
};

void TestPointsCsv::validInputIsRead_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<Sequences>("expected");

    QTest::addRow("one sequence") << QByteArray("1,2\n3,4\n") << Sequences{{{1, 2}, {3, 4}}};
    QTest::addRow("last line without a newline")
        << QByteArray("1,2\n3,4") << Sequences{{{1, 2}, {3, 4}}};
    QTest::addRow("empty input has no sequences") << QByteArray() << Sequences{};
    QTest::addRow("header and comments alone have no sequences")
        << QByteArray("x,y\n# nothing yet\n") << Sequences{};
    QTest::addRow("header is skipped") << QByteArray("x,y\n1,2\n") << Sequences{{{1, 2}}};
    QTest::addRow("header in capitals with spaces is skipped")
        << QByteArray(" X , Y \n1,2\n") << Sequences{{{1, 2}}};
    QTest::addRow("header before each sequence is skipped")
        << QByteArray("x,y\n1,2\n\nx,y\n3,4\n") << Sequences{{{1, 2}}, {{3, 4}}};
    QTest::addRow("comments are skipped anywhere")
        << QByteArray("# drawn by hand\n1,2\n  # between points\n3,4\n#\n")
        << Sequences{{{1, 2}, {3, 4}}};
    QTest::addRow("blank line separates sequences")
        << QByteArray("1,2\n\n3,4\n5,6\n") << Sequences{{{1, 2}}, {{3, 4}, {5, 6}}};
    QTest::addRow("consecutive blank lines make no empty sequence")
        << QByteArray("\n\n1,2\n\n\n\n3,4\n\n\n") << Sequences{{{1, 2}}, {{3, 4}}};
    QTest::addRow("line of spaces separates sequences")
        << QByteArray("1,2\n \t \n3,4\n") << Sequences{{{1, 2}}, {{3, 4}}};
    QTest::addRow("windows line endings are read")
        << QByteArray("x,y\r\n1,2\r\n\r\n3,4\r\n") << Sequences{{{1, 2}}, {{3, 4}}};
    QTest::addRow("UTF-8 byte order mark before the header is ignored")
        << QByteArray("\xEF\xBB\xBFx,y\n1,2\n") << Sequences{{{1, 2}}};
    QTest::addRow("spaces and tabs around numbers are allowed")
        << QByteArray("  1 ,\t2 \n\t-3,  4.5\n") << Sequences{{{1, 2}, {-3, 4.5}}};
    QTest::addRow("scientific notation is read") << QByteArray("1e3,-2.5E-2\n6.02e+23,1e-300\n")
                                                 << Sequences{{{1e3, -2.5e-2}, {6.02e23, 1e-300}}};
    QTest::addRow("explicit plus signs and bare fractions are read")
        << QByteArray("+1.5,.25\n5.,-.5\n") << Sequences{{{1.5, 0.25}, {5, -0.5}}};
    QTest::addRow("a decimal comma reads as two numbers")
        << QByteArray("1,5\n") << Sequences{{{1, 5}}};
}

void TestPointsCsv::validInputIsRead()
{
    QFETCH(QByteArray, text);
    QFETCH(Sequences, expected);

    const Sequences actual = readPointSequences(text.toStdString());
    QVERIFY2(same(actual, expected),
             qPrintable("read " + describe(actual) + ", expected " + describe(expected)));
}

void TestPointsCsv::malformedLineIsRefused_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("found");

    QTest::addRow("three numbers are refused") << QByteArray("x,y\n1,2\n1,2,3\n") << 3 << "1,2,3";
    QTest::addRow("letters are refused") << QByteArray("a,b\n") << 1 << "a,b";
    QTest::addRow("a single number is refused") << QByteArray("1,2\n1\n") << 2 << "1";
    QTest::addRow("an empty field is refused") << QByteArray("1,\n") << 1 << "1,";
    QTest::addRow("NaN is refused") << QByteArray("nan,1\n") << 1 << "nan,1";
    QTest::addRow("infinity is refused") << QByteArray("1,-inf\n") << 1 << "1,-inf";
    QTest::addRow("an overflowing exponent is refused")
        << QByteArray("1e999,2\n") << 1 << "1e999,2";
    QTest::addRow("a trailing letter is refused") << QByteArray("1.5x,2\n") << 1 << "1.5x,2";
    QTest::addRow("a space inside a number is refused")
        << QByteArray("1 000,2\n") << 1 << "1 000,2";
    QTest::addRow("hexadecimal is refused") << QByteArray("0x10,1\n") << 1 << "0x10,1";
    QTest::addRow("a doubled sign is refused") << QByteArray("+-1,2\n") << 1 << "+-1,2";
    QTest::addRow("semicolon separators are refused") << QByteArray("1;2\n") << 1 << "1;2";
    QTest::addRow("a header after points is refused") << QByteArray("1,2\nx,y\n") << 2 << "x,y";
    QTest::addRow("line numbers count comments, blanks and CRLF")
        << QByteArray("# made by hand\r\nx,y\r\n1,2\r\n\r\n3,4\r\nfive,6\r\n") << 6 << "five,6";
    QTest::addRow("a long bad line is quoted in part")
        << QByteArray(200, '7') << 1 << QString(60, '7') + "...";
}

void TestPointsCsv::malformedLineIsRefused()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(QString, found);

    try {
        readPointSequences(text.toStdString());
        QFAIL("no CsvError");
    } catch (const CsvError &e) {
        QCOMPARE(e.line(), line);
        const QString prefix =
            QString("line %1: expected two numbers x,y, found \"%2\"").arg(line).arg(found);
        QVERIFY2(QString::fromUtf8(e.what()).startsWith(prefix), e.what());
    }
}

void TestPointsCsv::writtenTextIsReadBackExactly_data()
{
    QTest::addColumn<Sequences>("sequences");

    QTest::addRow("simple values round-trip") << Sequences{{{1, 2}, {3, 4}}, {{5, 6}}};
    QTest::addRow("awkward doubles round-trip exactly")
        << Sequences{{{0.1, 1.0 / 3.0}, {-2.0 / 7.0, 3.141592653589793}, {1e-300, -1e300}}};
    QTest::addRow("extremes round-trip exactly")
        << Sequences{{{DBL_MAX, -DBL_MAX}, {DBL_MIN, DBL_TRUE_MIN}, {-0.0, 0.0}}};
    QTest::addRow("many sequences round-trip")
        << Sequences{{{1, 1}}, {{2, 2}, {2.5, 2.5}}, {{3, 3}}, {{4, 4}}};
    QTest::addRow("no sequences round-trip") << Sequences{};
}

void TestPointsCsv::writtenTextIsReadBackExactly()
{
    QFETCH(Sequences, sequences);

    const Sequences actual = readPointSequences(written(sequences));
    QVERIFY2(same(actual, sequences),
             qPrintable("read " + describe(actual) + ", wrote " + describe(sequences)));
}

void TestPointsCsv::writerUsesTheDocumentedLayout()
{
    const Sequences sequences{{{1, 2.5}, {-3, 1e-20}}, {}, {{0.1, 4}}};
    QCOMPARE(QString::fromStdString(written(sequences)),
             QString("x,y\n1,2.5\n-3,1e-20\n\n0.1,4\n"));
}

QTEST_GUILESS_MAIN(TestPointsCsv)
#include "tst_pointscsv.moc"
