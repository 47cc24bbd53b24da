#include "corewording.h"
#include "guessexplanation.h"
#include "languagechoice.h"
#include "localnumber.h"
#include "modelfile.h"
#include "modelspec.h"
#include "pointscsv.h"
#include "presets.h"
#include "readynetwork.h"
#include "sequencenotes.h"
#include "windowtestsupport.h"

#include <QFile>
#include <QLocale>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>
#include <algorithm>
#include <functional>

using namespace curvelab;

Q_DECLARE_METATYPE(std::vector<curvelab::SequenceNote>)
Q_DECLARE_METATYPE(std::function<void()>)

namespace {

// One message of a .ts catalogue, as lupdate writes it.
struct CatalogueEntry
{
    QString context;
    QString source;
    bool numerus = false;
    bool unfinished = false;
    QStringList forms; // the translation, or its plural forms
};

QList<CatalogueEntry> readCatalogue(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot open %s", qPrintable(path));
    }
    QList<CatalogueEntry> entries;
    QString context;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement) {
            continue;
        }
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            CatalogueEntry entry;
            entry.context = context;
            entry.numerus =
                xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            entries << entry;
        } else if (name == QLatin1String("source") && !entries.isEmpty()) {
            entries.back().source = xml.readElementText();
        } else if (name == QLatin1String("translation") && !entries.isEmpty()) {
            const auto type = xml.attributes().value(QLatin1String("type"));
            entries.back().unfinished = type == QLatin1String("unfinished") ||
                                        type == QLatin1String("vanished") ||
                                        type == QLatin1String("obsolete");
            if (!entries.back().numerus) {
                entries.back().forms << xml.readElementText();
            }
        } else if (name == QLatin1String("numerusform") && !entries.isEmpty()) {
            entries.back().forms << xml.readElementText();
        }
    }
    if (xml.hasError()) {
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    }
    return entries;
}

// The %1..%99 and %n of a text, sorted: a translation must keep every one its source has.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(\\d+|n)"));
    QStringList found;
    for (const QRegularExpressionMatch &m : pattern.globalMatch(text)) {
        found << m.captured(0);
    }
    found.sort();
    return found;
}

QString catalogue(const char *language)
{
    return QStringLiteral(CURVELAB_TRANSLATIONS_DIR "/curvelab_%1.ts").arg(QLatin1String(language));
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void germanHasNoUnfinishedEntry();
    void translationsKeepPlaceholders_data();
    void translationsKeepPlaceholders();
    void englishPluralsAreFinished();
    void compiledGermanTranslatesKnownStrings_data();
    void compiledGermanTranslatesKnownStrings();
    void germanPluralsFollowTheCount();
    void mainWindowSpeaksGerman();
    void decimalMarkFollowsTheLocale_data();
    void decimalMarkFollowsTheLocale();
    void languagePickIsSaved();
    void coreNotesSpeakGerman_data();
    void coreNotesSpeakGerman();
    void coreErrorsSpeakGerman_data();
    void coreErrorsSpeakGerman();
};

void TestTranslations::initTestCase()
{
    test::isolateWindowSuite(QStringLiteral("tst_translations"));
    QSettings().clear();
}

void TestTranslations::germanHasNoUnfinishedEntry()
{
    const QList<CatalogueEntry> entries = readCatalogue(catalogue("de"));
    QVERIFY(entries.size() > 300);
    QStringList problems;
    for (const CatalogueEntry &e : entries) {
        const bool empty = e.forms.isEmpty() ||
                           std::any_of(e.forms.cbegin(), e.forms.cend(),
                                       [](const QString &f) { return f.trimmed().isEmpty(); });
        if (e.unfinished || empty || (e.numerus && e.forms.size() != 2)) {
            problems << e.context + QStringLiteral(": ") + e.source;
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("untranslated in curvelab_de.ts:\n") +
                                            problems.join(QLatin1Char('\n'))));
}

void TestTranslations::translationsKeepPlaceholders_data()
{
    QTest::addColumn<QString>("path");
    QTest::addRow("German") << catalogue("de");
    QTest::addRow("English plurals") << catalogue("en");
}

void TestTranslations::translationsKeepPlaceholders()
{
    QFETCH(QString, path);
    QStringList problems;
    for (const CatalogueEntry &e : readCatalogue(path)) {
        if (e.unfinished) {
            continue;
        }
        for (const QString &form : e.forms) {
            if (placeholders(form) != placeholders(e.source)) {
                problems << e.source + QStringLiteral(" -> ") + form;
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::englishPluralsAreFinished()
{
    // The English catalogue exists for "1 point" against "2 points"; every other entry stays
    // unfinished so that the source text shows.
    int plurals = 0;
    for (const CatalogueEntry &e : readCatalogue(catalogue("en"))) {
        if (e.numerus) {
            ++plurals;
            QVERIFY2(!e.unfinished && e.forms.size() == 2, qPrintable(e.source));
        }
    }
    QVERIFY(plurals > 0);
}

void TestTranslations::compiledGermanTranslatesKnownStrings_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("german");
    QTest::addRow("window title") << "curvelab::MainWindow"
                                  << "CurveLab — watch an LSTM learn"
                                  << "CurveLab – einem LSTM beim Lernen zusehen";
    QTest::addRow("Start") << "curvelab::MainWindow"
                           << "Start"
                           << "Start";
    QTest::addRow("Stop") << "curvelab::MainWindow"
                          << "Stop"
                          << "Stopp";
    QTest::addRow("View menu") << "curvelab::MainWindow"
                               << "&View"
                               << "&Ansicht";
    QTest::addRow("canvas hint") << "curvelab::BeliefTimeline"
                                 << "Click on the canvas to add points"
                                 << "Klicken Sie auf die Zeichenfläche, um Punkte zu setzen";
    QTest::addRow("chart export, a namespace's context") << "curvelab::chartexport"
                                                         << "Exported from CurveLab"
                                                         << "Aus CurveLab exportiert";
    QTest::addRow("language menu") << "curvelab::LanguageChoice"
                                   << "Language"
                                   << "Sprache";
    // Core's fixed sentences, marked CURVELAB_TRANSLATABLE and read from core itself, so that a
    // change of wording in core that the catalogue does not follow fails here.
    QTest::addRow("a preset's summary, from core")
        << "curvelab::presets" << QString::fromStdString(presetByName("answer").summary)
        << "Die akzeptierte Antwort: k und b für den ganzen Lauf fest. Es lernt schnell, aber nur "
           "die drei Kurven, die es gesehen hat, nicht die drei Familien.";
    QTest::addRow("the ready network, from core")
        << "curvelab::readynetwork" << QString::fromUtf8(readyNetworkDescription())
        << "trainiert auf Kurven, die in jedem Maßstab gezeichnet und gemessen wurden";
}

void TestTranslations::compiledGermanTranslatesKnownStrings()
{
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(QString, german);
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/curvelab_de.qm")));
    QCOMPARE(translator.translate(qPrintable(context), qPrintable(source)), german);
}

void TestTranslations::germanPluralsFollowTheCount()
{
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/curvelab_de.qm")));
    QCoreApplication::installTranslator(&translator);
    const char *context = "curvelab::CurvesView";
    QCOMPARE(QCoreApplication::translate(context, "%n point(s)", nullptr, 1),
             QStringLiteral("1 Punkt"));
    QCOMPARE(QCoreApplication::translate(context, "%n point(s)", nullptr, 8),
             QStringLiteral("8 Punkte"));
    QCoreApplication::removeTranslator(&translator);
    // Without a catalogue the English source shows, as every other suite sees it.
    QCOMPARE(QCoreApplication::translate(context, "%n point(s)", nullptr, 8),
             QStringLiteral("8 point(s)"));
}

void TestTranslations::mainWindowSpeaksGerman()
{
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/curvelab_de.qm")));
    QCoreApplication::installTranslator(&translator);
    {
        MainWindow window;
        QCOMPARE(window.windowTitle(), QStringLiteral("CurveLab – einem LSTM beim Lernen zusehen"));
        QStringList menus;
        for (QAction *a : window.menuBar()->actions()) {
            menus << a->text();
        }
        QVERIFY2(menus.contains(QStringLiteral("&Ansicht")), qPrintable(menus.join(' ')));
    }
    QCoreApplication::removeTranslator(&translator);
}

void TestTranslations::decimalMarkFollowsTheLocale_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("expected");
    QTest::addRow("C: as QString::number") << QLocale::c() << "1234.5 1e-05 -0.25";
    QTest::addRow("English: no grouping, lower-case exponent")
        << QLocale(QLocale::English, QLocale::UnitedStates) << "1234.5 1e-05 -0.25";
    QTest::addRow("German: a decimal comma")
        << QLocale(QLocale::German, QLocale::Germany) << "1234,5 1e-05 -0,25";
}

void TestTranslations::decimalMarkFollowsTheLocale()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, expected);
    const QLocale before;
    QLocale::setDefault(locale);
    const QString text =
        QStringList{localNumber(1234.5), localNumber(1e-5), localNumber(-0.25, 'f', 2)}.join(
            QLatin1Char(' '));
    QLocale::setDefault(before);
    QCOMPARE(text, expected);
}

void TestTranslations::languagePickIsSaved()
{
    QCOMPARE(savedLanguage(), QStringLiteral("system"));
    QSettings().setValue(QStringLiteral("language"), QStringLiteral("de"));
    QCOMPARE(savedLanguage(), QStringLiteral("de"));
    QSettings().setValue(QStringLiteral("language"), QStringLiteral("klingon"));
    QCOMPARE(savedLanguage(), QStringLiteral("system"));
    QSettings().clear();
}

void TestTranslations::coreNotesSpeakGerman_data()
{
    QTest::addColumn<std::vector<SequenceNote>>("notes");
    QTest::addColumn<QString>("german"); // one of the notes, in German
    QTest::addRow("a shared x, with a decimal comma")
        << describeSequence({{7, 30}, {8.5, 40}, {9, 50}, {8.5, 45}}, originalFamilies())
        << "Die Punkte 2 und 4 haben beide x = 8,5: Keine Kurve y = f(x) geht durch beide, also "
           "passt jede Familie schlecht.";
    QTest::addRow("one point, its own sentence")
        << describeSequence({{-3, 1}, {2, 2}, {4, 3}}, originalFamilies(), Preprocessing::UnitFree)
        << "Punkt 1 liegt links von x = 0: Dieses Netz hat seine Formen rechts von x = 0 gelernt "
           "(in jedem Maßstab), seine Vermutung dort ist also eine Extrapolation.";
    QTest::addRow("three points, a list")
        << describeSequence({{-3, 1}, {-2, 2}, {-1, 3}, {4, 3}}, originalFamilies(),
                            Preprocessing::UnitFree)
        << "Die Punkte 1, 2 und 3 liegen links von x = 0: Dieses Netz hat seine Formen rechts von "
           "x = 0 gelernt (in jedem Maßstab), seine Vermutung dort ist also eine Extrapolation.";
    QTest::addRow("an undecided network, names as they are")
        << explainGuess({{6, 10}, {8, 12}, {10, 14}}, ModelSpec{}, {0.45f, 0.40f, 0.15f})
        << "Das Netz kann es noch nicht sagen: line 45 %, parabola 40 %.";
}

void TestTranslations::coreNotesSpeakGerman()
{
    QFETCH(std::vector<SequenceNote>, notes);
    QFETCH(QString, german);
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/curvelab_de.qm")));
    QCoreApplication::installTranslator(&translator);
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QStringList said;
    for (const SequenceNote &note : notes) {
        said << localText(note.message);
    }
    QLocale::setDefault(before);
    QCoreApplication::removeTranslator(&translator);
    QVERIFY2(said.contains(german), qPrintable(said.join(QLatin1Char('\n'))));
    // Without the catalogue, the app says what the CLI says.
    for (const SequenceNote &note : notes) {
        QCOMPARE(localText(note.message), QString::fromStdString(note.text()));
    }
}

void TestTranslations::coreErrorsSpeakGerman_data()
{
    QTest::addColumn<std::function<void()>>("fail");
    QTest::addColumn<QString>("english"); // what the CLI prints
    QTest::addColumn<QString>("german");  // what the German window shows
    QTest::addRow("an ambiguous CSV line, a nested reason")
        << std::function<void()>([] { readPointSequences(std::string("1,5,2\n")); })
        << "line 1: expected two numbers x,y, found \"1,5,2\" (with decimal commas, put ';' or a "
           "tab between the numbers, or each number in quotes)"
        << "Zeile 1: erwartet: zwei Zahlen x,y, gefunden: „1,5,2“ (setzen Sie bei Dezimalkommas "
           "';' oder einen Tabulator zwischen die Zahlen oder jede Zahl in Anführungszeichen)";
    QTest::addRow("a hyper-parameter out of range")
        << std::function<void()>([] {
               ModelSpec spec;
               spec.options.hiddenSize = 0;
               validateSpec(spec);
           })
        << "hidden size must be between 1 and 4096"
        << "die Gedächtnisgröße muss zwischen 1 und 4096 liegen";
    QTest::addRow("a foreign file") << std::function<void()>([] { deserializeModel("hello"); })
                                    << "the data is not a CurveLab model file"
                                    << "der Inhalt ist keine CurveLab-Modelldatei";
}

void TestTranslations::coreErrorsSpeakGerman()
{
    QFETCH(std::function<void()>, fail);
    QFETCH(QString, english);
    QFETCH(QString, german);
    try {
        fail();
        QFAIL("no error");
    } catch (const std::exception &e) {
        QCOMPARE(QString::fromUtf8(e.what()), english);
        QCOMPARE(localReason(e), english); // no catalogue: as the CLI says it
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/curvelab_de.qm")));
        QCoreApplication::installTranslator(&translator);
        const QString said = localReason(e);
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(said, german);
    }
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
