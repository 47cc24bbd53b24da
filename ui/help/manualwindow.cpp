#include "manualwindow.h"

#include <QDesktopServices>
#include <QFile>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QUrl>
#include <QVBoxLayout>

namespace curvelab {

namespace {

// A page of text beside the main window, about 90 characters wide.
constexpr QSize kInitialSize(760, 680);

bool isHeading(const QTextBlock &block)
{
    return block.blockFormat().headingLevel() > 0;
}

} // namespace

ManualWindow::ManualWindow(QWidget *parent) : QWidget(parent, Qt::Window)
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
    m_browser->document()->setMarkdown(manualText());
    nameHeadings();
    // Loading the document left the cursor at its end, where the window would open.
    m_browser->setTextCursor(QTextCursor(m_browser->document()));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    resize(kInitialSize);
}

QString ManualWindow::manualText()
{
    QFile file(QString::fromLatin1(kManualResource));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromUtf8(file.readAll());
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

// Qt's Markdown reader gives headings no names: each gets the anchor GitHub would give it.
void ManualWindow::nameHeadings()
{
    QTextDocument *document = m_browser->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (!isHeading(block)) {
            continue;
        }
        QTextCursor cursor(block);
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        QTextCharFormat format;
        format.setAnchor(true);
        format.setAnchorNames({headingAnchor(block.text())});
        cursor.mergeCharFormat(format);
    }
}

QStringList ManualWindow::anchors() const
{
    QStringList names;
    for (QTextBlock block = m_browser->document()->begin(); block.isValid(); block = block.next()) {
        if (isHeading(block)) {
            names << headingAnchor(block.text());
        }
    }
    return names;
}

bool ManualWindow::showTopic(const QString &anchor)
{
    for (QTextBlock block = m_browser->document()->begin(); block.isValid(); block = block.next()) {
        if (isHeading(block) && headingAnchor(block.text()) == anchor) {
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
