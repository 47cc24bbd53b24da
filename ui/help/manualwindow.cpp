#include "manualwindow.h"

#include "uilanguage.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QUrl>
#include <QVBoxLayout>
#include <algorithm>

namespace curvelab {

namespace {

// A page of text beside the main window, about 90 characters wide.
constexpr QSize kInitialSize(760, 680);

// Where ui/CMakeLists.txt compiles the manuals in.
const QString kManualFolder = QStringLiteral(":/manual/");

struct Heading
{
    int level = 0; // 1 for "#"
    QString anchor;
};

bool isHeading(const QTextBlock &block)
{
    return block.blockFormat().headingLevel() > 0;
}

QList<Heading> headingsOf(const QTextDocument &document)
{
    QList<Heading> headings;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (isHeading(block)) {
            headings.append(
                {block.blockFormat().headingLevel(), ManualWindow::headingAnchor(block.text())});
        }
    }
    return headings;
}

QList<Heading> headingsOf(const QString &markdown)
{
    QTextDocument document;
    document.setMarkdown(markdown);
    return headingsOf(document);
}

bool sameLevels(const QList<Heading> &a, const QList<Heading> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](const Heading &x, const Heading &y) { return x.level == y.level; });
}

// The languages of the manual's translations, "manual.<language>.md" in the manual's folder.
QStringList manualLanguages()
{
    QStringList languages;
    const QStringList names =
        QDir(kManualFolder).entryList({QStringLiteral("manual.*.md")}, QDir::Files);
    for (const QString &name : names) {
        languages << name.section(QLatin1Char('.'), 1, 1);
    }
    return languages;
}

QStringList anchorsOf(const QList<Heading> &headings)
{
    QStringList anchors;
    for (const Heading &heading : headings) {
        anchors << heading.anchor;
    }
    return anchors;
}

} // namespace

ManualWindow::ManualWindow(QWidget *parent) : ManualWindow(manualLanguage(), parent) {}

ManualWindow::ManualWindow(const QString &language, QWidget *parent)
    : QWidget(parent, Qt::Window), m_language(language)
{
    setObjectName(QStringLiteral("manualWindow"));
    setWindowTitle(tr("CurveLab Manual"));
    m_browser = new QTextBrowser;
    m_browser->setObjectName(QStringLiteral("manualText"));
    m_browser->setAccessibleName(tr("Manual"));
    // Links are handled here: the manual has no source URL, so QTextBrowser would hand "#topic"
    // to the desktop as an external link. The web ones still go to the browser (openLink).
    m_browser->setOpenLinks(false);
    m_browser->setOpenExternalLinks(true);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &ManualWindow::openLink);
    // A margin of about a line around the text, as a printed page has.
    m_browser->document()->setDocumentMargin(fontMetrics().height());

    // Why topics: a translation names its headings in its own words, and its own links (the
    // contents) use the anchors of those words, so that the file reads and links on GitHub as the
    // English one does. The rest of the app names a section once, by the English anchor
    // (ViewHelp's table), whatever the language. A translation keeps the English headings one for
    // one (tst_manual checks it), so each of its headings also takes, as a second name, the
    // English anchor at its position. Explicit ids in the Markdown were the alternative, but Qt's
    // reader shows a "{#id}" after a heading as text and drops an empty <a name>, and either would
    // be noise for translators and readers. A translation whose headings have drifted would send
    // the views' links to the wrong sections: the English manual is shown instead.
    const QString english = manualText();
    const QList<Heading> englishHeadings = headingsOf(english);
    QString text = m_language == QLatin1String(kEnglish) ? english : manualText(m_language);
    if (m_language != QLatin1String(kEnglish) &&
        (text.isEmpty() || !sameLevels(headingsOf(text), englishHeadings))) {
        if (!text.isEmpty()) {
            qWarning("the %s manual's headings differ from the English ones: showing English",
                     qPrintable(m_language));
        }
        text = english;
        m_language = QString::fromLatin1(kEnglish);
    }
    m_browser->document()->setMarkdown(text);
    nameHeadings(anchorsOf(englishHeadings));
    // Loading the document left the cursor at its end, where the window would open.
    m_browser->setTextCursor(QTextCursor(m_browser->document()));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    resize(kInitialSize);
}

// The app's language decides, as it does for the menus and the lessons (uiLanguage()): the manual
// is shown in the first of the UI languages it is written in.
QString ManualWindow::manualLanguage(const QStringList &uiLanguages)
{
    return uiLanguage(manualLanguages(), uiLanguages);
}

QString ManualWindow::manualResource(const QString &language)
{
    return language == QLatin1String(kEnglish)
               ? kManualFolder + QStringLiteral("manual.md")
               : kManualFolder + QStringLiteral("manual.%1.md").arg(language);
}

QString ManualWindow::manualText(const QString &language)
{
    QFile file(manualResource(language));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

QList<int> ManualWindow::headingLevels(const QString &markdown)
{
    QList<int> levels;
    for (const Heading &heading : headingsOf(markdown)) {
        levels << heading.level;
    }
    return levels;
}

bool ManualWindow::sameOutline(const QString &translation, const QString &english)
{
    return sameLevels(headingsOf(translation), headingsOf(english));
}

QString ManualWindow::headingAnchor(const QString &heading)
{
    QString anchor;
    for (const QChar c : heading.trimmed().toLower()) {
        if (c.isLetterOrNumber() || c == u'-' || c == u'_') {
            anchor += c;
        } else if (c.isSpace()) {
            anchor += u'-';
        }
    }
    return anchor;
}

// Qt's Markdown reader gives headings no names: each gets its topic and the anchor GitHub would
// give it, one name when they are the same (in English).
void ManualWindow::nameHeadings(const QStringList &topics)
{
    m_topics = topics;
    QTextDocument *document = m_browser->document();
    qsizetype i = 0;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (!isHeading(block)) {
            continue;
        }
        const QString topic = topics.value(i++);
        const QString own = headingAnchor(block.text());
        QTextCursor cursor(block);
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        QTextCharFormat format;
        format.setAnchor(true);
        format.setAnchorNames(topic == own ? QStringList{own} : QStringList{topic, own});
        cursor.mergeCharFormat(format);
    }
}

QStringList ManualWindow::anchors() const
{
    return m_topics;
}

bool ManualWindow::showTopic(const QString &anchor)
{
    if (anchor.isEmpty()) {
        return false;
    }
    qsizetype i = 0;
    for (QTextBlock block = m_browser->document()->begin(); block.isValid(); block = block.next()) {
        if (!isHeading(block)) {
            continue;
        }
        if (m_topics.value(i++) == anchor || headingAnchor(block.text()) == anchor) {
            m_browser->setTextCursor(QTextCursor(block));
            m_browser->scrollToAnchor(anchor);
            return true;
        }
    }
    return false;
}

void ManualWindow::openLink(const QUrl &url)
{
    if (url.isRelative() && url.path().isEmpty() && url.hasFragment()) {
        showTopic(url.fragment());
    } else if (m_browser->openExternalLinks() && !url.isRelative()) {
        QDesktopServices::openUrl(url);
    }
}

} // namespace curvelab
