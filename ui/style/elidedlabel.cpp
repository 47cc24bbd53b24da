#include "elidedlabel.h"

#include <QFontMetrics>
#include <QPainter>
#include <QTextLayout>
#include <algorithm>

namespace curvelab {

namespace {

// A text is never asked for more room than this many average characters a line, however long.
constexpr int kPreferredCharacters = 60;
// The least it shrinks to: a word and "…".
constexpr int kMinimumCharacters = 8;

} // namespace

ElidedLabel::ElidedLabel(int maxLines, QWidget *parent)
    : QFrame(parent), m_maxLines(std::max(1, maxLines))
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void ElidedLabel::setText(const QString &text)
{
    if (text == m_text) {
        return;
    }
    m_text = text;
    updateGeometry();
    updateToolTip();
    update();
}

QStringList ElidedLabel::linesFor(int width, bool *cut) const
{
    const QString text = QString(m_text).replace('\n', ' ');
    QTextLayout layout(text, font());
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    QStringList lines;
    if (cut != nullptr) {
        *cut = false;
    }
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (lines.size() + 1 == m_maxLines) {
            // The last line holds the rest of the text, cut to fit.
            const QString rest = text.mid(line.textStart());
            lines << fontMetrics().elidedText(rest, Qt::ElideRight, width);
            if (cut != nullptr) {
                *cut = lines.back() != rest;
            }
            break;
        }
        lines << text.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return lines;
}

QStringList ElidedLabel::shownLines() const
{
    return linesFor(contentsRect().width());
}

int ElidedLabel::heightForWidth(int width) const
{
    const QMargins m = contentsMargins();
    const auto count = std::max<qsizetype>(1, linesFor(width - m.left() - m.right()).size());
    return static_cast<int>(count) * fontMetrics().lineSpacing() + m.top() + m.bottom();
}

QSize ElidedLabel::sizeHint() const
{
    const QFontMetrics metrics = fontMetrics();
    const QMargins m = contentsMargins();
    const int width = std::min(metrics.horizontalAdvance(m_text),
                               metrics.averageCharWidth() * kPreferredCharacters) +
                      m.left() + m.right();
    return {width, heightForWidth(width)};
}

QSize ElidedLabel::minimumSizeHint() const
{
    const QFontMetrics metrics = fontMetrics();
    const QMargins m = contentsMargins();
    return {metrics.averageCharWidth() * kMinimumCharacters + m.left() + m.right(),
            metrics.lineSpacing() + m.top() + m.bottom()};
}

void ElidedLabel::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    QPainter painter(this);
    painter.setPen(palette().color(foregroundRole()));
    QRect line = contentsRect();
    line.setHeight(fontMetrics().lineSpacing());
    for (const QString &text : shownLines()) {
        painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, text);
        line.translate(0, line.height());
    }
}

void ElidedLabel::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    updateToolTip();
}

void ElidedLabel::updateToolTip()
{
    // Tooltips read HTML: the text is escaped, and only given when it does not show whole.
    bool cut = false;
    linesFor(contentsRect().width(), &cut);
    setToolTip(cut ? QStringLiteral("<p>") + m_text.toHtmlEscaped() + QStringLiteral("</p>")
                   : QString());
}

} // namespace curvelab
