#pragma once

#include <QFrame>
#include <QString>
#include <QStringList>

namespace curvelab {

// Plain text in at most a few lines that gives way: it wraps at words (inside a word that is
// wider than a line), and what does not fit in the last line ends in "…", the whole text then in
// the tooltip. For text from files (a lesson's title), which must never be read as HTML nor push
// the charts off screen however long it is.
class ElidedLabel : public QFrame
{
    Q_OBJECT

public:
    explicit ElidedLabel(int maxLines = 2, QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    // The lines painted now; the last ends in "…" when the text does not fit.
    QStringList shownLines() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // The lines at `width`; *cut says whether the last one had to end in "…".
    QStringList linesFor(int width, bool *cut = nullptr) const;
    void updateToolTip();

    int m_maxLines;
    QString m_text;
};

} // namespace curvelab
