// core's sentences as values: the English the CLI prints, and the parts the app words in the
// user's language.
#include "message.h"

#include <QTest>

using namespace curvelab;

Q_DECLARE_METATYPE(std::vector<std::string>)

class TestMessage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void filledWording_data();
    void filledWording();
    void argumentsSayThemselvesInEnglish_data();
    void argumentsSayThemselvesInEnglish();
    void phrasesNest();
    void errorsAreTheirEnglishSentence();
};

void TestMessage::filledWording_data()
{
    QTest::addColumn<QString>("wording");
    QTest::addColumn<std::vector<std::string>>("values");
    QTest::addColumn<QString>("expected");
    QTest::addRow("in order") << "line %1: expected %2" << std::vector<std::string>{"3", "x,y"}
                              << "line 3: expected x,y";
    QTest::addRow("reordered, as a translation may")
        << "%2 in Zeile %1" << std::vector<std::string>{"3", "x,y"} << "x,y in Zeile 3";
    QTest::addRow("a marker used twice") << "%1 or %1" << std::vector<std::string>{"a"} << "a or a";
    QTest::addRow("a value holding a marker is not filled again")
        << "cannot open %1: %2" << std::vector<std::string>{"100%2.csv", "gone"}
        << "cannot open 100%2.csv: gone";
    QTest::addRow("a percent sign that is no marker stays")
        << "line %1 45%, %0 and %" << std::vector<std::string>{"a"} << "line a 45%, %0 and %";
    QTest::addRow("a marker without a value stays")
        << "%1 and %3" << std::vector<std::string>{"a", "b"} << "a and %3";
}

void TestMessage::filledWording()
{
    QFETCH(QString, wording);
    QFETCH(std::vector<std::string>, values);
    QFETCH(QString, expected);
    QCOMPARE(QString::fromStdString(curvelab::filledWording(wording.toStdString(), values)),
             expected);
}

void TestMessage::argumentsSayThemselvesInEnglish_data()
{
    QTest::addColumn<double>("number");
    QTest::addColumn<int>("digits");
    QTest::addColumn<QString>("expected");
    QTest::addRow("four digits by default") << 9.71234 << 4 << "9.712";
    QTest::addRow("three") << 9.71234 << 3 << "9.71";
    QTest::addRow("large") << 15000.0 << 2 << "1.5e+04";
    QTest::addRow("negative") << -0.25 << 4 << "-0.25";
}

void TestMessage::argumentsSayThemselvesInEnglish()
{
    QFETCH(double, number);
    QFETCH(int, digits);
    QFETCH(QString, expected);
    const Message message(CURVELAB_WORDING("tst", "k = %1, %2 points, family %3"),
                          {MessageArgument(number, digits), std::size_t{12}, "line"});
    QCOMPARE(QString::fromStdString(message.english()),
             QStringLiteral("k = %1, 12 points, family line").arg(expected));
    QCOMPARE(message.arguments().at(0).kind(), MessageArgument::Kind::Number);
    QCOMPARE(message.arguments().at(1).kind(), MessageArgument::Kind::Count);
    QCOMPARE(message.arguments().at(2).kind(), MessageArgument::Kind::Text);
}

void TestMessage::phrasesNest()
{
    const Message reason(CURVELAB_WORDING("tst", "expected %1 numbers"), {2});
    const Message message(CURVELAB_WORDING("tst", "line %1: %2"), {7, reason});
    QCOMPARE(QString::fromStdString(message.english()),
             QStringLiteral("line 7: expected 2 numbers"));
    const MessageArgument &phrase = message.arguments().at(1);
    QCOMPARE(phrase.kind(), MessageArgument::Kind::Phrase);
    QCOMPARE(QString::fromLatin1(phrase.phrase().wording().text),
             QStringLiteral("expected %1 numbers"));
    QVERIFY_THROWS_EXCEPTION(std::logic_error, message.arguments().at(0).phrase());
}

void TestMessage::errorsAreTheirEnglishSentence()
{
    const Message message(CURVELAB_WORDING("tst", "hidden size %1 is not in 1..%2"), {0, 512});
    try {
        throw InvalidInput(message);
    } catch (const std::invalid_argument &e) {
        QCOMPARE(QString::fromUtf8(e.what()), QStringLiteral("hidden size 0 is not in 1..512"));
        const auto *worded = dynamic_cast<const WordedError *>(&e);
        QVERIFY(worded != nullptr);
        QCOMPARE(QString::fromLatin1(worded->message().wording().context), QStringLiteral("tst"));
    }
    try {
        throw Refusal(message);
    } catch (const std::runtime_error &e) {
        QCOMPARE(QString::fromUtf8(e.what()), QStringLiteral("hidden size 0 is not in 1..512"));
        QVERIFY(dynamic_cast<const WordedError *>(&e) != nullptr);
    }
}

QTEST_APPLESS_MAIN(TestMessage)
#include "tst_message.moc"
