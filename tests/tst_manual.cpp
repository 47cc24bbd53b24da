// Help > Manual and the views' "What's This?" texts: the manual is compiled in, its links and
// sections resolve, F1 opens it, and every chart and view links to a section that exists.
#include "mainwindow.h"
#include "manualwindow.h"
#include "viewhelp.h"
#include "windowtestsupport.h"

#include <QAbstractTextDocumentLayout>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QWhatsThisClickedEvent>

using namespace curvelab;

namespace {

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

// Whether the heading named `anchor` lies within the browser's visible area.
bool headingVisible(ManualWindow &manual, const QString &anchor)
{
    QTextBrowser &browser = manual.browser();
    const QTextBlock block = browser.textCursor().block();
    if (block.blockFormat().headingLevel() == 0 ||
        ManualWindow::headingAnchor(block.text()) != anchor) {
        return false;
    }
    const QRectF rect = browser.document()->documentLayout()->blockBoundingRect(block);
    const double top = rect.top() - browser.verticalScrollBar()->value();
    return top >= 0 && top < browser.viewport()->height();
}

} // namespace

class TestManual : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void resourceIsAManual();
    void headingAnchorsAreUnique();
    void everyInternalLinkResolves();
    void f1OpensTheManualAtItsFirstHeading();
    void showTopicScrollsToTheSection_data();
    void showTopicScrollsToTheSection();
    void unknownTopicIsRefused();
    void everyViewExplainsItselfAndLinksToTheManual_data();
    void everyViewExplainsItselfAndLinksToTheManual();
    void whatsThisLinkOpensTheSection();
};

void TestManual::initTestCase()
{
    test::isolateWindowSuite(QStringLiteral("tst_manual"));
}

void TestManual::resourceIsAManual()
{
    const QString text = ManualWindow::manualText();
    QVERIFY(!text.isEmpty());
    QVERIFY(text.startsWith(QStringLiteral("# ")));
    ManualWindow manual;
    QVERIFY(manual.anchors().size() >= 20);
}

void TestManual::headingAnchorsAreUnique()
{
    ManualWindow manual;
    const QStringList anchors = manual.anchors();
    for (const QString &anchor : anchors) {
        QVERIFY2(!anchor.isEmpty(), "a heading without text");
        QVERIFY2(anchors.count(anchor) == 1, qPrintable(anchor));
    }
    QCOMPARE(ManualWindow::headingAnchor(QStringLiteral("The Training tab")),
             QStringLiteral("the-training-tab"));
    QCOMPARE(ManualWindow::headingAnchor(QStringLiteral("Presets and lessons!")),
             QStringLiteral("presets-and-lessons"));
}

void TestManual::everyInternalLinkResolves()
{
    ManualWindow manual;
    const QStringList anchors = manual.anchors();
    const QStringList links = documentLinks(*manual.browser().document());
    QVERIFY(links.size() >= 20); // the contents list at least
    for (const QString &link : links) {
        if (link.startsWith(QStringLiteral("https://"))) {
            continue; // opened by the desktop's browser
        }
        QVERIFY2(link.startsWith(u'#'), qPrintable(link + QStringLiteral(": not a section")));
        QVERIFY2(anchors.contains(link.mid(1)), qPrintable(link + QStringLiteral(": no heading")));
        QVERIFY(manual.showTopic(link.mid(1)));
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
    const QString firstLine = ManualWindow::manualText().section(u'\n', 0, 0);
    const QTextBlock first = manual->browser().document()->firstBlock();
    QCOMPARE(first.blockFormat().headingLevel(), 1);
    QCOMPARE(QStringLiteral("# ") + first.text(), firstLine);
    QCOMPARE(manual->browser().verticalScrollBar()->value(), 0);
}

void TestManual::showTopicScrollsToTheSection_data()
{
    QTest::addColumn<QString>("anchor");
    MainWindow window;
    for (const ViewTopic &topic : viewHelp(window).topics()) {
        QTest::addRow("%s", qPrintable(topic.name)) << topic.anchor;
    }
    QTest::addRow("the last section") << QStringLiteral("the-command-line");
}

void TestManual::showTopicScrollsToTheSection()
{
    QFETCH(QString, anchor);
    ManualWindow manual;
    manual.show();
    QVERIFY(QTest::qWaitForWindowExposed(&manual));
    QVERIFY(manual.showTopic(anchor));
    QVERIFY2(headingVisible(manual, anchor), qPrintable(anchor));
    QVERIFY(manual.browser().verticalScrollBar()->value() > 0);
}

void TestManual::unknownTopicIsRefused()
{
    ManualWindow manual;
    QVERIFY(manual.showTopic(QStringLiteral("confusion-matrix")));
    const QTextCursor before = manual.browser().textCursor();
    QVERIFY(!manual.showTopic(QStringLiteral("no-such-section")));
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
    ManualWindow manual;
    for (const ViewTopic &topic : viewHelp(window).topics()) {
        if (topic.name != name) {
            continue;
        }
        QVERIFY2(topic.view, "the view was not found in the window");
        const QString text = topic.view->whatsThis();
        QVERIFY(!text.isEmpty());
        QCOMPARE(linkedAnchor(text), topic.anchor);
        QVERIFY2(manual.anchors().contains(topic.anchor), qPrintable(topic.anchor));
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

QTEST_MAIN(TestManual)

#include "tst_manual.moc"
