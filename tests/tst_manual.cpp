// Help > Manual and the views' "What's This?" texts: the manual is compiled in, in English and
// German, its links and sections resolve, F1 opens it in the app's language, and every chart and
// view links to a section that exists in both languages.
#include "languagechoice.h"
#include "mainwindow.h"
#include "manualwindow.h"
#include "viewhelp.h"
#include "windowtestsupport.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QLocale>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSettings>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTranslator>
#include <QWhatsThisClickedEvent>
#include <algorithm>

using namespace curvelab;

namespace {

const QString kEnglish = QStringLiteral("en");
const QString kGerman = QStringLiteral("de");

// The languages the manual is written in.
const QStringList kLanguages = {kEnglish, kGerman};

ViewHelp &viewHelp(MainWindow &window)
{
    auto *help = window.findChild<ViewHelp *>();
    if (!help) {
        qFatal("the window has no ViewHelp");
    }
    return *help;
}

// The anchor in a "What's This?" text's link, or empty.
QString linkedAnchor(const QString &whatsThis)
{
    static const QRegularExpression link(QStringLiteral("href=\"#([^\"]+)\""));
    return link.match(whatsThis).captured(1);
}

// The links in the manual as Qt's Markdown reader sees them.
QStringList documentLinks(const QTextDocument &document)
{
    QStringList links;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QString href = it.fragment().charFormat().anchorHref();
            if (!href.isEmpty() && (links.isEmpty() || links.last() != href)) {
                links << href;
            }
        }
    }
    return links;
}

// The links to the manual's own sections, without their '#'.
QStringList sectionLinks(const QTextDocument &document)
{
    QStringList sections;
    for (const QString &link : documentLinks(document)) {
        if (link.startsWith(u'#')) {
            sections << link.mid(1);
        }
    }
    return sections;
}

// The names a heading answers to (its anchor, and in a translation its topic too), or none.
QStringList headingNames(const QTextBlock &block)
{
    if (block.blockFormat().headingLevel() == 0) {
        return {};
    }
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextCharFormat format = it.fragment().charFormat();
        if (format.isAnchor()) {
            return format.anchorNames();
        }
    }
    return {};
}

// Every heading's names, in document order.
QList<QStringList> allHeadingNames(const QTextDocument &document)
{
    QList<QStringList> names;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() > 0) {
            names << headingNames(block);
        }
    }
    return names;
}

// The text cursor is on the heading named `anchor`, and that heading lies within the browser's
// visible area.
bool headingVisible(ManualWindow &manual, const QString &anchor)
{
    QTextBrowser &browser = manual.browser();
    const QTextBlock block = browser.textCursor().block();
    if (!headingNames(block).contains(anchor)) {
        return false;
    }
    const QRectF rect = browser.document()->documentLayout()->blockBoundingRect(block);
    const double top = rect.top() - browser.verticalScrollBar()->value();
    return top >= 0 && top < browser.viewport()->height();
}

struct OutlineHeading
{
    int level = 0;
    QString text;
};

// The headings of a manual's Markdown as Qt's reader sees them, for messages that name them.
QList<OutlineHeading> outline(const QString &markdown)
{
    QTextDocument document;
    document.setMarkdown(markdown);
    QList<OutlineHeading> headings;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() > 0) {
            headings.append({block.blockFormat().headingLevel(), block.text()});
        }
    }
    return headings;
}

QString describe(const QList<OutlineHeading> &headings, qsizetype i)
{
    if (i >= headings.size()) {
        return QStringLiteral("(none)");
    }
    return QString(headings[i].level, u'#') + u' ' + headings[i].text;
}

// The languages of the compiled-in files in `folder` named `prefix`<language>`suffix`; a file
// named `prefix` + `suffix` without the separator is English.
QStringList languagesOfFiles(const QString &folder, const QString &prefix, const QString &suffix)
{
    QStringList languages;
    const QStringList files = QDir(folder).entryList({prefix + u'*' + suffix}, QDir::Files);
    for (const QString &file : files) {
        QString language = file.mid(prefix.size(), file.size() - prefix.size() - suffix.size());
        language.remove(0, 1); // the separator, '_' or '.'
        languages << (language.isEmpty() ? kEnglish : language);
    }
    languages.sort();
    return languages;
}

} // namespace

class TestManual : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void resourceIsAManual_data();
    void resourceIsAManual();
    void headingAnchorsAreUnique_data();
    void headingAnchorsAreUnique();
    void everyInternalLinkResolves_data();
    void everyInternalLinkResolves();
    void germanHeadingsMatchTheEnglishOnes();
    void outlineComparison_data();
    void outlineComparison();
    void germanContentsNameTheSameSections();
    void germanWindowShowsGermanText();
    void languageWithoutAManualShowsEnglish();
    void everyCatalogueHasAManual();
    void f1OpensTheManualAtItsFirstHeading();
    void showTopicScrollsToTheSection_data();
    void showTopicScrollsToTheSection();
    void unknownTopicIsRefused_data();
    void unknownTopicIsRefused();
    void everyViewExplainsItselfAndLinksToTheManual_data();
    void everyViewExplainsItselfAndLinksToTheManual();
    void whatsThisLinkOpensTheSection();
    void appInGermanOpensTheGermanManual();

private:
    static void addLanguageRows();
};

void TestManual::initTestCase()
{
    test::isolateWindowSuite(QStringLiteral("tst_manual"));
    // As if English were picked in View > Language: the suite reads the same on any machine.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestManual::addLanguageRows()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : kLanguages) {
        QTest::addRow("%s", qPrintable(language)) << language;
    }
}

void TestManual::resourceIsAManual_data()
{
    addLanguageRows();
}

void TestManual::resourceIsAManual()
{
    QFETCH(QString, language);
    const QString text = ManualWindow::manualText(language);
    QVERIFY(!text.isEmpty());
    QVERIFY(text.startsWith(QStringLiteral("# ")));
    ManualWindow manual(language);
    QCOMPARE(manual.language(), language);
    QVERIFY(manual.anchors().size() >= 20);
}

void TestManual::headingAnchorsAreUnique_data()
{
    addLanguageRows();
}

void TestManual::headingAnchorsAreUnique()
{
    QFETCH(QString, language);
    ManualWindow manual(language);
    // A name, topic or own anchor, leads to one heading only.
    QStringList names;
    for (const QStringList &headingNames : allHeadingNames(*manual.browser().document())) {
        QVERIFY2(!headingNames.isEmpty() && !headingNames.contains(QString()),
                 "a heading without text");
        names << headingNames;
    }
    for (const QString &name : std::as_const(names)) {
        QVERIFY2(names.count(name) == 1, qPrintable(name));
    }
    QCOMPARE(ManualWindow::headingAnchor(QStringLiteral("The Training tab")),
             QStringLiteral("the-training-tab"));
    QCOMPARE(ManualWindow::headingAnchor(QStringLiteral("Presets and lessons!")),
             QStringLiteral("presets-and-lessons"));
    QCOMPARE(ManualWindow::headingAnchor(QStringLiteral("Der Reiter „Zeichenfläche“")),
             QStringLiteral("der-reiter-zeichenfläche"));
}

void TestManual::everyInternalLinkResolves_data()
{
    addLanguageRows();
}

// Each file links to its own headings' anchors, as GitHub names them, so its links work on the
// web; in the app a click on one opens the section.
void TestManual::everyInternalLinkResolves()
{
    QFETCH(QString, language);
    ManualWindow manual(language);
    const QStringList links = documentLinks(*manual.browser().document());
    QVERIFY(links.size() >= 20); // the contents list at least
    for (const QString &link : links) {
        if (link.startsWith(QStringLiteral("https://"))) {
            continue; // opened by the desktop's browser
        }
        QVERIFY2(link.startsWith(u'#'), qPrintable(link + QStringLiteral(": not a section")));
        const QString anchor = link.mid(1);
        QVERIFY(manual.showTopic(QStringLiteral("getting-started")));
        Q_EMIT manual.browser().anchorClicked(QUrl(link));
        const QTextBlock heading = manual.browser().textCursor().block();
        QVERIFY2(headingNames(heading).contains(anchor),
                 qPrintable(link + QStringLiteral(": no heading")));
        QCOMPARE(ManualWindow::headingAnchor(heading.text()), anchor);
    }
}

// The views link to sections by position in the English outline: the German file must keep it,
// heading for heading. Adding, removing or moving a heading in one file and not the other fails
// here, and names the first heading where they part.
void TestManual::germanHeadingsMatchTheEnglishOnes()
{
    const QList<OutlineHeading> english = outline(ManualWindow::manualText(kEnglish));
    const QList<OutlineHeading> german = outline(ManualWindow::manualText(kGerman));
    for (qsizetype i = 0; i < std::max(english.size(), german.size()); ++i) {
        const bool same =
            i < english.size() && i < german.size() && english[i].level == german[i].level;
        QVERIFY2(same, qPrintable(QStringLiteral("heading %1: English %2, German %3")
                                      .arg(i + 1)
                                      .arg(describe(english, i), describe(german, i))));
    }
    QCOMPARE(german.size(), english.size());
    QCOMPARE(ManualWindow::headingLevels(ManualWindow::manualText(kGerman)),
             ManualWindow::headingLevels(ManualWindow::manualText(kEnglish)));
    QVERIFY(ManualWindow::sameOutline(ManualWindow::manualText(kGerman),
                                      ManualWindow::manualText(kEnglish)));
}

// The rule by which the window refuses a translation whose headings drifted.
void TestManual::outlineComparison_data()
{
    QTest::addColumn<QString>("translation");
    QTest::addColumn<QString>("english");
    QTest::addColumn<bool>("same");
    const QString english = QStringLiteral("# Manual\n\ntext\n\n## One\n\n### Detail\n\n## Two\n");
    QTest::addRow("the same levels in other words")
        << QStringLiteral("# Handbuch\n\nText\n\n## Eins\n\n### Einzelheit\n\n## Zwei\n") << english
        << true;
    QTest::addRow("a heading added to the translation")
        << QStringLiteral("# Handbuch\n\n## Eins\n\n### Einzelheit\n\n## Neu\n\n## Zwei\n")
        << english << false;
    QTest::addRow("a heading missing from the translation")
        << QStringLiteral("# Handbuch\n\n## Eins\n\n## Zwei\n") << english << false;
    QTest::addRow("a heading added to the English only")
        << QStringLiteral("# Handbuch\n\n## Eins\n\n### Einzelheit\n\n## Zwei\n")
        << english + QStringLiteral("\n## Three\n") << false;
    QTest::addRow("a heading one level off")
        << QStringLiteral("# Handbuch\n\n## Eins\n\n## Einzelheit\n\n## Zwei\n") << english
        << false;
    QTest::addRow("a hash in a code block is no heading")
        << QStringLiteral("# Handbuch\n\n## Eins\n\n```\n# kein Titel\n```\n\n### Einzelheit\n\n"
                          "## Zwei\n")
        << english << true;
}

void TestManual::outlineComparison()
{
    QFETCH(QString, translation);
    QFETCH(QString, english);
    QFETCH(bool, same);
    QCOMPARE(ManualWindow::sameOutline(translation, english), same);
}

// The contents lists run in the same order, so each German entry must lead to the heading whose
// topic the English entry at its position names: a guard against headings swapped in place.
void TestManual::germanContentsNameTheSameSections()
{
    ManualWindow english(kEnglish);
    ManualWindow german(kGerman);
    const QStringList englishLinks = sectionLinks(*english.browser().document());
    const QStringList germanLinks = sectionLinks(*german.browser().document());
    QCOMPARE(germanLinks.size(), englishLinks.size());
    for (qsizetype i = 0; i < germanLinks.size(); ++i) {
        QVERIFY(german.showTopic(germanLinks[i]));
        QVERIFY2(headingNames(german.browser().textCursor().block()).contains(englishLinks[i]),
                 qPrintable(germanLinks[i] + QStringLiteral(" is not ") + englishLinks[i]));
    }
}

void TestManual::germanWindowShowsGermanText()
{
    ManualWindow german(kGerman);
    QCOMPARE(german.language(), kGerman);
    QTextDocument &document = *german.browser().document();
    QCOMPARE(document.firstBlock().text(), QStringLiteral("CurveLab-Handbuch"));
    QVERIFY(document.toPlainText().contains(QStringLiteral("Der Reiter Zeichenfläche")));
    QVERIFY(!document.toPlainText().contains(QStringLiteral("The Canvas tab")));
    // The topics stay English, so that the views' links and showTopic() work in every language.
    QCOMPARE(german.anchors(), ManualWindow(kEnglish).anchors());
    QVERIFY(german.showTopic(QStringLiteral("probability-bars")));
    QCOMPARE(german.browser().textCursor().block().text(),
             QStringLiteral("Wahrscheinlichkeitsbalken"));
    // The German heading's own anchor, which its contents list uses, leads there too.
    QVERIFY(german.showTopic(QStringLiteral("der-reiter-zeichenfläche")));
    QVERIFY(headingNames(german.browser().textCursor().block())
                .contains(QStringLiteral("the-canvas-tab")));
}

void TestManual::languageWithoutAManualShowsEnglish()
{
    ManualWindow manual(QStringLiteral("fr"));
    QCOMPARE(manual.language(), kEnglish);
    QCOMPARE(manual.browser().document()->firstBlock().text(), QStringLiteral("CurveLab manual"));
    QVERIFY(manual.showTopic(QStringLiteral("probability-bars")));
}

// The manual walks the locale's UI languages as QTranslator does for the catalogues: both pick
// the same language only while the manuals and the catalogues cover the same languages.
void TestManual::everyCatalogueHasAManual()
{
    const QStringList catalogues = languagesOfFiles(
        QStringLiteral(":/i18n"), QStringLiteral("curvelab"), QStringLiteral(".qm"));
    const QStringList manuals = languagesOfFiles(QStringLiteral(":/manual"),
                                                 QStringLiteral("manual"), QStringLiteral(".md"));
    QCOMPARE(catalogues, (QStringList{kGerman, kEnglish}));
    QCOMPARE(manuals, catalogues);
    for (const QString &language : manuals) {
        QCOMPARE(ManualWindow::manualLanguage({language}), language);
    }
}

void TestManual::f1OpensTheManualAtItsFirstHeading()
{
    MainWindow window;
    QVERIFY(test::showAndActivate(window));
    QVERIFY(!viewHelp(window).manualWindow());
    QTest::keyClick(&window, Qt::Key_F1);
    ManualWindow *manual = viewHelp(window).manualWindow();
    QVERIFY(manual);
    QVERIFY(QTest::qWaitForWindowExposed(manual));
    QCOMPARE(manual->windowTitle(), QStringLiteral("CurveLab Manual"));
    QCOMPARE(manual->language(), kEnglish);
    const QString firstLine = ManualWindow::manualText().section(u'\n', 0, 0);
    const QTextBlock first = manual->browser().document()->firstBlock();
    QCOMPARE(first.blockFormat().headingLevel(), 1);
    QCOMPARE(QStringLiteral("# ") + first.text(), firstLine);
    QCOMPARE(manual->browser().verticalScrollBar()->value(), 0);
}

void TestManual::showTopicScrollsToTheSection_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("anchor");
    MainWindow window;
    for (const QString &language : kLanguages) {
        for (const ViewTopic &topic : viewHelp(window).topics()) {
            QTest::addRow("%s: %s", qPrintable(language), qPrintable(topic.name))
                << language << topic.anchor;
        }
        QTest::addRow("%s: the last section", qPrintable(language))
            << language << QStringLiteral("the-command-line");
    }
}

void TestManual::showTopicScrollsToTheSection()
{
    QFETCH(QString, language);
    QFETCH(QString, anchor);
    ManualWindow manual(language);
    QCOMPARE(manual.language(), language);
    manual.show();
    QVERIFY(QTest::qWaitForWindowExposed(&manual));
    QVERIFY(manual.showTopic(anchor));
    QVERIFY2(headingVisible(manual, anchor), qPrintable(anchor));
    QVERIFY(manual.browser().verticalScrollBar()->value() > 0);
}

void TestManual::unknownTopicIsRefused_data()
{
    addLanguageRows();
}

void TestManual::unknownTopicIsRefused()
{
    QFETCH(QString, language);
    ManualWindow manual(language);
    QVERIFY(manual.showTopic(QStringLiteral("confusion-matrix")));
    const QTextCursor before = manual.browser().textCursor();
    QVERIFY(!manual.showTopic(QStringLiteral("no-such-section")));
    QVERIFY(!manual.showTopic(QString()));
    QCOMPARE(manual.browser().textCursor(), before);
}

void TestManual::everyViewExplainsItselfAndLinksToTheManual_data()
{
    QTest::addColumn<QString>("name");
    MainWindow window;
    const QList<ViewTopic> topics = viewHelp(window).topics();
    // The four training charts, canvas, guess, bars, timeline, heat map, features, three race
    // charts, curves.
    QCOMPARE(topics.size(), 14);
    for (const ViewTopic &topic : topics) {
        QTest::addRow("%s", qPrintable(topic.name)) << topic.name;
    }
}

void TestManual::everyViewExplainsItselfAndLinksToTheManual()
{
    QFETCH(QString, name);
    MainWindow window;
    for (const ViewTopic &topic : viewHelp(window).topics()) {
        if (topic.name != name) {
            continue;
        }
        QVERIFY2(topic.view, "the view was not found in the window");
        const QString text = topic.view->whatsThis();
        QVERIFY(!text.isEmpty());
        QCOMPARE(linkedAnchor(text), topic.anchor);
        for (const QString &language : kLanguages) {
            ManualWindow manual(language);
            QVERIFY2(manual.anchors().contains(topic.anchor),
                     qPrintable(language + QStringLiteral(": ") + topic.anchor));
        }
        return;
    }
    QFAIL("no such view");
}

void TestManual::whatsThisLinkOpensTheSection()
{
    MainWindow window;
    QVERIFY(test::showAndActivate(window));
    const ViewTopic topic = viewHelp(window).topics().at(6); // the probability bars
    QVERIFY(topic.view);
    QWhatsThisClickedEvent click(QStringLiteral("#") + topic.anchor);
    QApplication::sendEvent(topic.view, &click);
    ManualWindow *manual = viewHelp(window).manualWindow();
    QVERIFY(manual);
    QVERIFY(QTest::qWaitForWindowExposed(manual));
    QVERIFY(headingVisible(*manual, topic.anchor));
}

// The whole way, as a user who picked Deutsch in View > Language: the app's own start-up code
// sets the language, and the manual that F1 and a What's This? link open is German, in step with
// the menus. Last, since it changes the application's translators and locale (put back below).
void TestManual::appInGermanOpensTheGermanManual()
{
    const QLocale before;
    const auto restore = qScopeGuard([&before] {
        // installTranslations parents its translators to the application.
        for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        QLocale::setDefault(before);
        QSettings().remove(QStringLiteral("language"));
    });
    QSettings().setValue(QStringLiteral("language"), kGerman);
    installTranslations(*qApp);

    MainWindow window;
    QVERIFY(test::showAndActivate(window));
    const ViewTopic topic = viewHelp(window).topics().at(6); // the probability bars
    QVERIFY(topic.view);
    QVERIFY(topic.view->whatsThis().contains(QStringLiteral("Mehr dazu im Handbuch")));
    QWhatsThisClickedEvent click(QStringLiteral("#") + linkedAnchor(topic.view->whatsThis()));
    QApplication::sendEvent(topic.view, &click);
    ManualWindow *manual = viewHelp(window).manualWindow();
    QVERIFY(manual);
    QVERIFY(QTest::qWaitForWindowExposed(manual));
    QCOMPARE(manual->windowTitle(), QStringLiteral("CurveLab-Handbuch"));
    QCOMPARE(manual->language(), kGerman);
    QCOMPARE(manual->browser().document()->firstBlock().text(),
             QStringLiteral("CurveLab-Handbuch"));
    QVERIFY(headingVisible(*manual, topic.anchor));
    QCOMPARE(manual->browser().textCursor().block().text(),
             QStringLiteral("Wahrscheinlichkeitsbalken"));
}

QTEST_MAIN(TestManual)

#include "tst_manual.moc"
