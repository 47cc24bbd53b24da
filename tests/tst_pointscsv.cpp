#include "metricscsv.h"
#include "pointscsv.h"

#include <QtTest>
#include <cfloat>
#include <cstring>
#include <sstream>

using namespace curvelab;

using Sequences = std::vector<PointSequence>;
Q_DECLARE_METATYPE(Sequences)
Q_DECLARE_METATYPE(CsvDialect)

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

std::string written(const Sequences &sequences, CsvDialect dialect = CsvDialect::CommaAndPoint)
{
    std::ostringstream out;
    writePointSequences(out, sequences, dialect);
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
    void spreadsheetDialectsReadLikeTheirCommaTwin_data();
    void spreadsheetDialectsReadLikeTheirCommaTwin();
    void refusalSaysWhatTheFileExpects_data();
    void refusalSaysWhatTheFileExpects();
    void semicolonTextIsReadBackExactly_data();
    void semicolonTextIsReadBackExactly();
    void semicolonWriterUsesDecimalCommas();
    void metricsAreWrittenInEitherDialect_data();
    void metricsAreWrittenInEitherDialect();
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
    // Once a decimal comma has shown itself, three decimals are three decimals.
    QTest::addRow("three decimals after the decimal comma is known")
        << QByteArray("2,5\t1\n1,500\t2\n") << Sequences{{{2.5, 1}, {1.5, 2}}};
    QTest::addRow("three decimals after a leading zero")
        << QByteArray("0,125\t1\n") << Sequences{{{0.125, 1}}};
    QTest::addRow("three decimals in a semicolon file")
        << QByteArray("1,500;2\n") << Sequences{{{1.5, 2}}};
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
    QTest::addRow("semicolons and decimal commas are read")
        << QByteArray("1,5;2,25\n-3;4e-1\n") << Sequences{{{1.5, 2.25}, {-3, 0.4}}};
    QTest::addRow("semicolons with decimal points are read")
        << QByteArray("1.5;2\n3;-.25\n") << Sequences{{{1.5, 2}, {3, -0.25}}};
    QTest::addRow("semicolons between whole numbers are read")
        << QByteArray("1;2\n3 ; 4\n") << Sequences{{{1, 2}, {3, 4}}};
    QTest::addRow("two copied columns (tabs) with decimal points are read")
        << QByteArray("1.5\t2\n3\t4.25\n") << Sequences{{{1.5, 2}, {3, 4.25}}};
    QTest::addRow("two copied columns (tabs) with decimal commas are read")
        << QByteArray("1,5\t2\n3\t4,25\n") << Sequences{{{1.5, 2}, {3, 4.25}}};
    QTest::addRow("quoted decimal commas between commas are read")
        << QByteArray("\"1,5\",\"2,25\"\n\"3\", 4\n") << Sequences{{{1.5, 2.25}, {3, 4}}};
    QTest::addRow("quoted numbers between semicolons are read")
        << QByteArray("\"1.5\";\" 2 \"\n") << Sequences{{{1.5, 2}}};
    QTest::addRow("a header in any words is skipped")
        << QByteArray("Zeit (s);Weg (m)\n0,5;1,25\n") << Sequences{{{0.5, 1.25}}};
    QTest::addRow("a quoted header of words is skipped")
        << QByteArray("\"time\",\"distance, m\"\n1,2\n") << Sequences{{{1, 2}}};
    QTest::addRow("a copied header row (tabs) is skipped")
        << QByteArray("t in s\th in m\n1,5\t2\n") << Sequences{{{1.5, 2}}};
    QTest::addRow("a German spreadsheet export is read")
        << QByteArray("\xEF\xBB\xBFx;y\r\n0,1;0,2\r\n\r\nx;y\r\n1E-3;-2,5\r\n")
        << Sequences{{{0.1, 0.2}}, {{1e-3, -2.5}}};
    QTest::addRow("the dialect of the first sequence holds for the next")
        << QByteArray("1,5;2\n\n3;4\n") << Sequences{{{1.5, 2}}, {{3, 4}}};
    QTest::addRow("a tab beside a comma is a space")
        << QByteArray("1,\t5\n1\t,5\n") << Sequences{{{1, 5}, {1, 5}}};
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
    QTest::addRow("a header of words that no point follows is refused")
        << QByteArray("time,distance\n\n1,2\n") << 1 << "time,distance";
    QTest::addRow("a second header line is refused")
        << QByteArray("time,distance\nseconds,metres\n1,2\n") << 1 << "time,distance";
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

void TestPointsCsv::spreadsheetDialectsReadLikeTheirCommaTwin_data()
{
    QTest::addColumn<QByteArray>("twin");
    QTest::addColumn<QByteArray>("commaAndPoint");

    const QByteArray points = "x,y\n0.25,1.5\n-3,4.125\n1e-3,2E5\n\n7,8.5\n";
    QTest::addRow("semicolons and decimal commas (LibreOffice, Excel in German or French)")
        << QByteArray("x;y\n0,25;1,5\n-3;4,125\n1e-3;2E5\n\n7;8,5\n") << points;
    QTest::addRow("semicolons and decimal points")
        << QByteArray("x;y\n0.25;1.5\n-3;4.125\n1e-3;2E5\n\n7;8.5\n") << points;
    QTest::addRow("tabs and decimal commas (two columns copied in a German locale)")
        << QByteArray("x\ty\n0,25\t1,5\n-3\t4,125\n1e-3\t2E5\n\n7\t8,5\n") << points;
    QTest::addRow("tabs and decimal points (two columns copied)")
        << QByteArray("0.25\t1.5\n-3\t4.125\n1e-3\t2E5\n\n7\t8.5\n") << points;
    QTest::addRow("quoted decimal commas between commas")
        << QByteArray("\"x\",\"y\"\n\"0,25\",\"1,5\"\n\"-3\",\"4,125\"\n\"1e-3\",\"2E5\"\n\n"
                      "\"7\",\"8,5\"\n")
        << points;
    QTest::addRow("quoted numbers, semicolons and a header in words")
        << QByteArray("\"Strom\";\"Spannung\"\n\"0,25\";\"1,5\"\n-3;\"4,125\"\n1e-3;2E5\n\n"
                      "Strom;Spannung\n7;8,5\n")
        << points;
}

void TestPointsCsv::spreadsheetDialectsReadLikeTheirCommaTwin()
{
    QFETCH(QByteArray, twin);
    QFETCH(QByteArray, commaAndPoint);

    const Sequences actual = readPointSequences(twin.toStdString());
    const Sequences expected = readPointSequences(commaAndPoint.toStdString());
    QVERIFY2(same(actual, expected),
             qPrintable("read " + describe(actual) + ", expected " + describe(expected)));
}

void TestPointsCsv::refusalSaysWhatTheFileExpects_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("message"); // the start of what()

    QTest::addRow("a decimal comma between commas is refused as ambiguous")
        << QByteArray("x,y\n1,5,2\n")
        << "line 2: expected two numbers x,y, found \"1,5,2\" (with decimal commas, put ';' or a "
           "tab between the numbers, or each number in quotes)";
    QTest::addRow("two decimal commas between commas are refused as ambiguous")
        << QByteArray("1,5,2,5\n") << "line 1: expected two numbers x,y, found \"1,5,2,5\" (with";
    QTest::addRow("a grouped-looking number before the decimal mark is known")
        << QByteArray("Zeit\tWeg\n1,500\t2\n")
        << "line 2: cannot tell a decimal comma from a thousands separator in \"1,500\t2\"";
    QTest::addRow("a quoted grouped-looking number before the decimal mark is known")
        << QByteArray("\"3\",\"1,500\"\n") << "line 1: cannot tell a decimal comma";
    QTest::addRow("a semicolon line in a comma file")
        << QByteArray("1.5,2\n1;2\n")
        << "line 2: expected two numbers x,y, found \"1;2\" (line 1 set the file's format)";
    QTest::addRow("a decimal point after decimal commas")
        << QByteArray("1,5;2\n3.5;4\n")
        << "line 2: expected two numbers x;y with a decimal comma, found \"3.5;4\" (line 1 set "
           "the file's format)";
    QTest::addRow("a comma-separated line after a semicolon header")
        << QByteArray("x;y\n1;2\n3,4\n")
        << "line 3: expected two numbers x;y, found \"3,4\" (line 1 set the file's format)";
    QTest::addRow("a semicolon line in a copied column pair")
        << QByteArray("1\t2,5\n3;4\n")
        << "line 2: expected two numbers separated by a tab with a decimal comma, found \"3;4\"";
    QTest::addRow("both decimal marks on one line")
        << QByteArray("1,5;2.5\n") << "line 1: expected two numbers x;y, found \"1,5;2.5\"";
    QTest::addRow("a decimal comma without a digit after it")
        << QByteArray("1,;2\n") << "line 1: expected two numbers x;y, found \"1,;2\"";
    QTest::addRow("grouped thousands")
        << QByteArray("1.000,5;2\n") << "line 1: expected two numbers x;y, found \"1.000,5;2\"";
    QTest::addRow("a quote left open") << QByteArray("\"1,5;2\n") << "line 1: expected two numbers";
    QTest::addRow("a semicolon header that no point follows")
        << QByteArray("Zeit;Weg\n") << "line 1: expected two numbers x;y, found \"Zeit;Weg\"";
}

void TestPointsCsv::refusalSaysWhatTheFileExpects()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, message);

    try {
        const Sequences read = readPointSequences(text.toStdString());
        QFAIL(qPrintable("no CsvError, read " + describe(read)));
    } catch (const CsvError &e) {
        QVERIFY2(QString::fromUtf8(e.what()).startsWith(message), e.what());
        // Worded, so that the app says it in its language; its English is what() exactly.
        QCOMPARE(e.message().english(), std::string(e.what()));
    }
}

void TestPointsCsv::semicolonTextIsReadBackExactly_data()
{
    writtenTextIsReadBackExactly_data();
}

void TestPointsCsv::semicolonTextIsReadBackExactly()
{
    QFETCH(Sequences, sequences);

    const Sequences actual = readPointSequences(written(sequences, CsvDialect::SemicolonAndComma));
    QVERIFY2(same(actual, sequences),
             qPrintable("read " + describe(actual) + ", wrote " + describe(sequences)));
}

void TestPointsCsv::semicolonWriterUsesDecimalCommas()
{
    const Sequences sequences{{{1, 2.5}, {-3, 1e-20}}, {}, {{0.1, 4}}};
    QCOMPARE(QString::fromStdString(written(sequences, CsvDialect::SemicolonAndComma)),
             QString("x;y\n1;2,5\n-3;1e-20\n\n0,1;4\n"));
}

void TestPointsCsv::metricsAreWrittenInEitherDialect_data()
{
    QTest::addColumn<CsvDialect>("dialect");
    QTest::addColumn<QString>("expected");

    QTest::addRow("comma and point, as always")
        << CsvDialect::CommaAndPoint
        << "step,sequences,elapsed_s,loss,test_accuracy,acc_1,acc_2\n"
           "50,3200,1.23457,0.5,0.875,0.5,0.75\n1234567,9000000,12.5,0.0125,1,1,1\n";
    QTest::addRow("semicolon and decimal comma")
        << CsvDialect::SemicolonAndComma
        << "step;sequences;elapsed_s;loss;test_accuracy;acc_1;acc_2\n"
           "50;3200;1,23457;0,5;0,875;0,5;0,75\n1234567;9000000;12,5;0,0125;1;1;1\n";
}

void TestPointsCsv::metricsAreWrittenInEitherDialect()
{
    QFETCH(CsvDialect, dialect);
    QFETCH(QString, expected);

    TrainingStats first;
    first.step = 50;
    first.sequencesSeen = 3200;
    first.elapsedSeconds = 1.2345678;
    first.loss = 0.5;
    first.testAccuracy = 0.875;
    first.accuracyByLength = {0.5, 0.75};
    first.evaluated = true;
    TrainingStats unmeasured = first;
    unmeasured.evaluated = false;
    TrainingStats last{1234567, 9000000, 0.0125, 1.0, {1.0, 1.0}, {}, 0.0, 12.5, true};
    std::ostringstream out;
    writeMetricsCsv(out, {first, unmeasured, last}, dialect);
    QCOMPARE(QString::fromStdString(out.str()), expected);
}

QTEST_GUILESS_MAIN(TestPointsCsv)
#include "tst_pointscsv.moc"
