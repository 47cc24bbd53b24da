#pragma once

#include <QStringList>
#include <QWidget>

class QTextBrowser;
class QUrl;

namespace curvelab {

// Help > Manual: docs/manual.md, compiled in at kManualResource, shown as rich text. Every heading
// is an anchor named as GitHub names it ("The Training tab" -> "the-training-tab"), so that the
// manual's links work both here and on the web, and a view's "What's This?" text can point at its
// section.
class ManualWindow : public QWidget
{
    Q_OBJECT

public:
    // The manual, as Markdown, in the app's resources.
    static constexpr const char *kManualResource = ":/manual/manual.md";

    explicit ManualWindow(QWidget *parent = nullptr);

    // Scrolls to the section whose heading has `anchor` and puts the text cursor on the heading.
    // An unknown anchor leaves the view where it is and returns false.
    bool showTopic(const QString &anchor);

    // The anchors of the headings, in document order.
    QStringList anchors() const;

    QTextBrowser &browser() { return *m_browser; }

    // The anchor of a heading: lower case, punctuation dropped, spaces become hyphens.
    static QString headingAnchor(const QString &heading);

    // The manual's Markdown; empty only if the resource is missing.
    static QString manualText();

private:
    void nameHeadings();
    void openLink(const QUrl &url);

    QTextBrowser *m_browser = nullptr;
};

} // namespace curvelab
