#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class QMainWindow;
class QMenu;
class QWidget;

namespace curvelab {

class ManualWindow;

// A chart or painted view with its "What's This?" text and the manual's section about it.
struct ViewTopic
{
    QString name; // for tests and warnings: "training loss"
    QPointer<QWidget> view;
    QString anchor; // a heading's anchor in docs/manual.md
};

// "What am I looking at": Help > Manual (F1) opens the manual; Help > What's This? (Shift+F1),
// then a click on a chart or view, shows that view's short text, whose link opens the manual at
// its section. The texts and their sections are kept in one table here, beside each other, and
// set on the views from outside, so that a view's own file needs no help code. The link arrives
// as a QWhatsThisClickedEvent at the view, which this object filters.
class ViewHelp : public QObject
{
    Q_OBJECT

public:
    // Fills `helpMenu` and gives every chart and view of `window` its text. The window owns the
    // result; it finds the views by type and object name, so it must run once they exist.
    static ViewHelp *install(QMainWindow &window, QMenu &helpMenu);

    const QList<ViewTopic> &topics() const { return m_topics; }

    // Shows the manual, raised, at the section of `anchor` (the top when empty).
    void openManual(const QString &anchor = {});

    // The manual window, created on first use; null before.
    ManualWindow *manualWindow() const { return m_manual; }

    // The "What's This?" text of a view: its sentences (a paragraph per line), then a link to
    // `anchor`.
    static QString whatsThisText(const QString &sentences, const QString &anchor);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit ViewHelp(QMainWindow &window);
    void describeViews();
    void describe(const QString &name, QWidget *view, const QString &anchor,
                  const QString &sentences);

    QMainWindow &m_window;
    QList<ViewTopic> m_topics;
    ManualWindow *m_manual = nullptr;
};

} // namespace curvelab
