#pragma once

#include <QList>
#include <QLocale>
#include <QStringList>
#include <QWidget>

class QTextBrowser;
class QUrl;

namespace curvelab {

// Help > Manual: docs/manual.md, or its translation docs/manual.<language>.md, compiled in at
// :/manual/ and shown as rich text in the app's language. Every heading is an anchor named as
// GitHub names it ("The Training tab" -> "the-training-tab"), so that the manual's links work
// both here and on the web. A heading of a translation also answers to its topic: the anchor of
// the English heading at the same position, which is what a view's "What's This?" text and
// showTopic() name, in every language.
class ManualWindow : public QWidget
{
    Q_OBJECT

public:
    // The language the manual is written in, and the one shown when there is no translation.
    static constexpr const char *kEnglish = "en";

    // The manual in the app's language (manualLanguage()).
    explicit ManualWindow(QWidget *parent = nullptr);
    // The manual in `language` ("en", "de"); English when it has no translation, or one whose
    // headings do not match the English ones.
    explicit ManualWindow(const QString &language, QWidget *parent = nullptr);

    // Scrolls to the section of `anchor` and puts the text cursor on its heading. `anchor` is a
    // topic (an English heading's anchor) or the shown heading's own anchor (what the manual's own
    // links name). An unknown anchor leaves the view where it is and returns false.
    bool showTopic(const QString &anchor);

    // The topics of the headings, in document order: the English headings' anchors, whatever the
    // language shown.
    QStringList anchors() const;

    // The language of the text shown: "en", or the language of the translation.
    QString language() const { return m_language; }

    QTextBrowser &browser() { return *m_browser; }

    // The anchor of a heading: lower case, punctuation dropped, spaces become hyphens.
    static QString headingAnchor(const QString &heading);

    // The language of the manual for a reader of `uiLanguages` (BCP 47 tags, the most preferred
    // first; by default those of the app's locale): the first one the manual is written in, else
    // English. The same decision as the lessons' (uiLanguage(), ui/session/uilanguage.h).
    static QString manualLanguage(const QStringList &uiLanguages = QLocale().uiLanguages());

    // Where the manual in `language` is compiled in: ":/manual/manual.md" for English,
    // ":/manual/manual.de.md" for German. The file may be missing.
    static QString manualResource(const QString &language);

    // The manual's Markdown in `language`; empty if there is no such resource.
    static QString manualText(const QString &language = QString::fromLatin1(kEnglish));

    // The levels of the headings of `markdown` (1 for "#"), in document order, as Qt's Markdown
    // reader sees them.
    static QList<int> headingLevels(const QString &markdown);

    // Whether a translation's headings match the English ones one for one, in number, order and
    // level, so that each can take the topic of the English heading at its position.
    static bool sameOutline(const QString &translation, const QString &english);

private:
    void nameHeadings(const QStringList &topics);
    void openLink(const QUrl &url);

    QTextBrowser *m_browser = nullptr;
    QString m_language;
    QStringList m_topics; // per heading, in document order
};

} // namespace curvelab
