#include "confusionmatrixview.h"

#include "familypalette.h"
#include "localnumber.h"
#include "paintedtooltip.h"
#include "paintkit.h"
#include "textcontrast.h"
#include "textfit.h"

#include <QEvent>
#include <QFontInfo>
#include <QFontMetricsF>
#include <QHelpEvent>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace curvelab {

namespace {

// Pixels between header parts (the margin: paintkit.h), and the thickness of the colour strip
// that carries each family's exact palette colour beside its name.
constexpr qreal kGap = 6.0;
constexpr qreal kStrip = 6.0;
constexpr qreal kStripGap = 2.0;
// Cell edge in pixels that sizeHint() asks for, and the least that still holds a number.
constexpr qreal kPreferredCell = 72.0;
constexpr qreal kMinimumCell = 28.0;
// How much wider than tall a cell may grow to fill a wide panel.
constexpr qreal kMaxCellAspect = 1.6;
// The title's text size at font scale 1, in points (the labels': paintkit.h).
constexpr qreal kTitlePointSize = 13.0;
// Cell text may be this much larger than the names, where the cells have room.
constexpr qreal kCellTextGrowth = 1.5;
// Cell text never gets smaller than this many pixels, however many classes.
constexpr int kMinCellTextPixels = 8;
// A share of 1 is this colour (ColorBrewer's darkest "Blues"); a share of 0 is white.
const QColor kFullShare(0x08, 0x30, 0x6B);
const QColor kGridColor(0xD0, 0xD0, 0xD0);

QColor shadeFor(double share)
{
    const double t = std::clamp(share, 0.0, 1.0);
    auto mix = [t](int full) { return static_cast<int>(std::lround(255 + t * (full - 255))); };
    return QColor(mix(kFullShare.red()), mix(kFullShare.green()), mix(kFullShare.blue()));
}

QColor textOn(const QColor &fill)
{
    return contrastRatio(Qt::white, fill) > contrastRatio(kTextColor, fill) ? QColor(Qt::white)
                                                                            : kTextColor;
}

} // namespace

ConfusionMatrixView::ConfusionMatrixView(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("Confusion matrix"));
    setAccessibleDescription(tr("For each true family, how often the network named each "
                                "family on the test curves: right answers lie on the diagonal."));
}

bool ConfusionMatrixView::setMatrix(const QStringList &names,
                                    const std::vector<std::vector<int>> &counts)
{
    const auto k = static_cast<std::size_t>(names.size());
    const bool sizeOk = k >= kMinClasses && k <= kMaxClasses && counts.size() == k;
    const bool rowsOk = sizeOk && std::all_of(counts.cbegin(), counts.cend(), [k](const auto &row) {
                            return row.size() == k && std::all_of(row.cbegin(), row.cend(),
                                                                  [](int c) { return c >= 0; });
                        });
    if (!rowsOk) {
        return false;
    }
    m_names = names;
    m_counts = counts;
    m_rowTotals.clear();
    for (const auto &row : counts) {
        long total = 0;
        for (int c : row) {
            total += c;
        }
        m_rowTotals.push_back(static_cast<int>(total));
    }
    updateGeometry();
    update();
    return true;
}

void ConfusionMatrixView::clear()
{
    m_names.clear();
    m_counts.clear();
    m_rowTotals.clear();
    updateGeometry();
    update();
}

void ConfusionMatrixView::setCellValue(CellValue value)
{
    m_cellValue = value;
    update();
}

void ConfusionMatrixView::setViewStyle(const ViewStyle &style)
{
    m_style = style.bounded();
    updateGeometry();
    update();
}

int ConfusionMatrixView::count(int row, int column) const
{
    const int k = classCount();
    if (row < 0 || row >= k || column < 0 || column >= k) {
        return 0;
    }
    return m_counts[static_cast<std::size_t>(row)][static_cast<std::size_t>(column)];
}

double ConfusionMatrixView::rowShare(int row, int column) const
{
    if (row < 0 || row >= classCount()) {
        return 0.0;
    }
    const int total = m_rowTotals[static_cast<std::size_t>(row)];
    return total > 0 ? static_cast<double>(count(row, column)) / total : 0.0;
}

QString ConfusionMatrixView::cellText(int row, int column) const
{
    const int k = classCount();
    if (row < 0 || row >= k || column < 0 || column >= k) {
        return {};
    }
    return tr("true %1, guessed %2: %3 (%4%)")
        .arg(m_names[row], m_names[column])
        .arg(count(row, column))
        .arg(localNumber(100.0 * rowShare(row, column), 'f', 1));
}

QString ConfusionMatrixView::cellLabel(int row, int column) const
{
    if (m_cellValue == CellValue::Count) {
        return QString::number(count(row, column));
    }
    return localNumber(100.0 * rowShare(row, column), 'f', 1) + QLatin1Char('%');
}

QFont ConfusionMatrixView::labelFont(qreal fontScale) const
{
    return fontOfSize(font(), kLabelPointSize * fontScale, /*bold=*/false);
}

QFont ConfusionMatrixView::titleFont(qreal fontScale) const
{
    return fontOfSize(font(), kTitlePointSize * fontScale, /*bold=*/true);
}

qreal ConfusionMatrixView::maxNameWidth(qreal fontScale) const
{
    const QFontMetricsF metrics(labelFont(fontScale), this);
    qreal widest = 0.0;
    for (const QString &name : m_names) {
        widest = std::max(widest, metrics.horizontalAdvance(name));
    }
    return std::ceil(widest);
}

qreal ConfusionMatrixView::rowHeaderWidth(bool names, qreal fontScale) const
{
    const qreal strip = kStrip * fontScale + kStripGap;
    if (!names) {
        return strip;
    }
    const qreal title = QFontMetricsF(titleFont(fontScale), this).height();
    return title + kGap + maxNameWidth(fontScale) + kGap + strip;
}

qreal ConfusionMatrixView::columnHeaderHeight(bool names, bool vertical, qreal fontScale) const
{
    if (!names) {
        return kStrip * fontScale + kStripGap;
    }
    const qreal title = QFontMetricsF(titleFont(fontScale), this).height();
    const qreal labels =
        vertical ? maxNameWidth(fontScale) : QFontMetricsF(labelFont(fontScale), this).height();
    return title + kGap + labels + kGap + kStrip * fontScale + kStripGap;
}

ConfusionMatrixView::Geometry ConfusionMatrixView::geometryFor(const QSize &size) const
{
    // Names taller than their rows would run into each other: shrink the text first.
    auto crowded = [this](const Geometry &g) {
        return g.cell.height() < QFontMetricsF(labelFont(g.fontScale), this).height();
    };
    const Geometry g = shrinkTextToFit(
        m_style.fontScale, [&](qreal scale) { return geometryAt(size, scale, /*names=*/true); },
        crowded);
    // Squeezed below its minimum size: the colour strips still say which family is which.
    return crowded(g) ? geometryAt(size, g.fontScale, /*names=*/false) : g;
}

ConfusionMatrixView::Geometry ConfusionMatrixView::geometryAt(const QSize &size, qreal fontScale,
                                                              bool names) const
{
    Geometry g;
    g.fontScale = fontScale;
    g.names = names;
    const int k = classCount();
    if (k == 0) {
        return g;
    }
    const QRectF area =
        QRectF(QPointF(0, 0), QSizeF(size)).adjusted(kMargin, kMargin, -kMargin, -kMargin);
    g.rowLabelWidth = rowHeaderWidth(names, fontScale);
    // Cells may be wider than tall (a wide panel is not wasted) but never taller than wide.
    auto cellFor = [&](bool vertical) {
        const qreal header = columnHeaderHeight(names, vertical, fontScale);
        const qreal height = std::floor((area.height() - header) / k);
        const qreal width = std::floor((area.width() - g.rowLabelWidth) / k);
        const qreal h = std::max<qreal>(std::min(height, width), 1.0);
        // Wide enough for the names to stand upright, where the panel has the room.
        const qreal wanted = std::max(h * kMaxCellAspect, maxNameWidth(fontScale) + kGap);
        return QSizeF(std::max<qreal>(std::min(width, wanted), 1.0), h);
    };
    g.cell = cellFor(false);
    // Names wider than a column would overlap their neighbours: stand them on end instead.
    if (names && maxNameWidth(fontScale) > g.cell.width() - kGap) {
        g.verticalColumnLabels = true;
        g.cell = cellFor(true);
    }
    g.columnHeaderHeight = columnHeaderHeight(names, g.verticalColumnLabels, fontScale);
    const QSizeF grid(k * g.cell.width(), k * g.cell.height());
    const qreal left = area.left() + (area.width() - g.rowLabelWidth - grid.width()) / 2.0;
    const qreal top = area.top() + (area.height() - g.columnHeaderHeight - grid.height()) / 2.0;
    g.grid = QRectF(
        QPointF(std::round(left + g.rowLabelWidth), std::round(top + g.columnHeaderHeight)), grid);
    return g;
}

QSize ConfusionMatrixView::sizeForCell(qreal cell) const
{
    const int k = std::max(classCount(), 3);
    const bool vertical = maxNameWidth(m_style.fontScale) > cell - kGap;
    const qreal width = rowHeaderWidth(/*names=*/true, m_style.fontScale) + k * cell + 2 * kMargin;
    const qreal height =
        columnHeaderHeight(/*names=*/true, vertical, m_style.fontScale) + k * cell + 2 * kMargin;
    return QSizeF(width, height).toSize();
}

QSize ConfusionMatrixView::sizeHint() const
{
    return sizeForCell(kPreferredCell * m_style.fontScale);
}

QSize ConfusionMatrixView::minimumSizeHint() const
{
    return sizeForCell(kMinimumCell);
}

QRect ConfusionMatrixView::cellRect(int row, int column) const
{
    const int k = classCount();
    if (row < 0 || row >= k || column < 0 || column >= k) {
        return {};
    }
    return geometryFor(size()).cellAt(row, column).toRect();
}

QString ConfusionMatrixView::toolTipAt(const QPoint &pos) const
{
    const Geometry g = geometryFor(size());
    if (classCount() == 0 || !g.grid.contains(pos)) {
        return {};
    }
    const int last = classCount() - 1;
    const int column = std::min(static_cast<int>((pos.x() - g.grid.left()) / g.cell.width()), last);
    const int row = std::min(static_cast<int>((pos.y() - g.grid.top()) / g.cell.height()), last);
    return cellText(row, column);
}

bool ConfusionMatrixView::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip) {
        return QWidget::event(event);
    }
    auto *help = static_cast<QHelpEvent *>(event);
    return showPaintedToolTip(*this, *help, toolTipAt(help->pos()));
}

QString ConfusionMatrixView::widestCellLabel() const
{
    if (m_cellValue == CellValue::RowShare) {
        return QStringLiteral("100.0%");
    }
    const int largest = *std::max_element(m_rowTotals.cbegin(), m_rowTotals.cend());
    return QString(QString::number(largest).size(), QLatin1Char('8'));
}

QFont ConfusionMatrixView::cellFont() const
{
    return cellFont(geometryFor(size()));
}

QFont ConfusionMatrixView::cellFont(const Geometry &g) const
{
    // Larger than the names where the cells have room (read from the back of the room), else
    // shrunk until the widest text fits: eight classes in a small window still get numbers.
    const QString widest = widestCellLabel();
    QFont f = labelFont(g.fontScale);
    f.setBold(m_style.boldNumbers);
    const int roomy = static_cast<int>(QFontInfo(f).pixelSize() * kCellTextGrowth);
    int pixels = std::min(roomy, static_cast<int>(g.cell.height() * 0.4));
    f.setPixelSize(std::max(pixels, kMinCellTextPixels));
    while (pixels > kMinCellTextPixels &&
           QFontMetricsF(f, this).horizontalAdvance(widest) > g.cell.width() - kGap) {
        f.setPixelSize(--pixels);
    }
    return f;
}

void ConfusionMatrixView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    // White like the charts beside it, so a share of 0 looks like the background around it.
    painter.fillRect(rect(), kBackground);
    if (classCount() == 0) {
        painter.setFont(labelFont(m_style.fontScale));
        painter.setPen(kGridColor.darker(150));
        painter.drawText(rect(), Qt::AlignCenter, tr("No test results yet"));
        return;
    }
    const Geometry g = geometryFor(size());
    paintStrips(painter, g);
    if (g.names) {
        paintTitles(painter, g);
        paintRowNames(painter, g);
        paintColumnNames(painter, g);
    }
    paintCells(painter, g);
}

void ConfusionMatrixView::paintStrips(QPainter &painter, const Geometry &g) const
{
    const qreal strip = kStrip * g.fontScale;
    for (int i = 0; i < classCount(); ++i) {
        const QRectF cell = g.cellAt(i, i);
        painter.fillRect(
            QRectF(g.grid.left() - kStripGap - strip, cell.top(), strip, cell.height()),
            m_style.familyColor(i));
        painter.fillRect(QRectF(cell.left(), g.grid.top() - kStripGap - strip, cell.width(), strip),
                         m_style.familyColor(i));
    }
}

void ConfusionMatrixView::paintTitles(QPainter &painter, const Geometry &g) const
{
    const QFont font = titleFont(g.fontScale);
    const qreal height = QFontMetricsF(font, this).height();
    painter.setFont(font);
    painter.setPen(kTextColor);
    const qreal top = g.grid.top() - g.columnHeaderHeight;
    painter.drawText(QRectF(g.grid.left(), top, g.grid.width(), height), Qt::AlignCenter,
                     tr("guess"));

    painter.save();
    painter.translate(g.grid.left() - g.rowLabelWidth, g.grid.bottom());
    painter.rotate(-90.0);
    painter.drawText(QRectF(0, 0, g.grid.height(), height), Qt::AlignCenter, tr("true family"));
    painter.restore();
}

void ConfusionMatrixView::paintRowNames(QPainter &painter, const Geometry &g) const
{
    const QFont font = labelFont(g.fontScale);
    const qreal width = maxNameWidth(g.fontScale);
    const qreal right = g.grid.left() - kStripGap - kStrip * g.fontScale - kGap;
    painter.setFont(font);
    for (int r = 0; r < classCount(); ++r) {
        const QRectF row = g.cellAt(r, 0);
        painter.setPen(m_style.textColor(m_style.familyColor(r), kBackground));
        painter.drawText(QRectF(right - width, row.top(), width, row.height()),
                         Qt::AlignRight | Qt::AlignVCenter, m_names[r]);
    }
}

void ConfusionMatrixView::paintColumnNames(QPainter &painter, const Geometry &g) const
{
    const QFont font = labelFont(g.fontScale);
    const qreal height = QFontMetricsF(font, this).height();
    const qreal width = maxNameWidth(g.fontScale);
    const qreal bottom = g.grid.top() - kStripGap - kStrip * g.fontScale - kGap;
    painter.setFont(font);
    for (int c = 0; c < classCount(); ++c) {
        const QRectF column = g.cellAt(0, c);
        painter.setPen(m_style.textColor(m_style.familyColor(c), kBackground));
        if (g.verticalColumnLabels) {
            // Reads bottom to top, starting next to its column.
            painter.save();
            painter.translate(column.center().x(), bottom);
            painter.rotate(-90.0);
            painter.drawText(QRectF(0, -height / 2.0, width, height),
                             Qt::AlignLeft | Qt::AlignVCenter, m_names[c]);
            painter.restore();
        } else {
            painter.drawText(QRectF(column.left(), bottom - height, column.width(), height),
                             Qt::AlignCenter, m_names[c]);
        }
    }
}

void ConfusionMatrixView::paintCells(QPainter &painter, const Geometry &g) const
{
    const QFont font = cellFont(g);
    const QFontMetricsF metrics(font, this);
    // Shading alone where even the smallest text would spill out of its cell.
    const bool withText = metrics.height() <= g.cell.height() &&
                          metrics.horizontalAdvance(widestCellLabel()) <= g.cell.width();
    painter.setFont(font);
    for (int r = 0; r < classCount(); ++r) {
        for (int c = 0; c < classCount(); ++c) {
            const QRectF cell = g.cellAt(r, c);
            const QColor fill = shadeFor(rowShare(r, c));
            painter.fillRect(cell, fill);
            if (withText) {
                painter.setPen(textOn(fill));
                painter.drawText(cell, Qt::AlignCenter, cellLabel(r, c));
            }
        }
    }
    // Grid lines last, so that neighbouring fills do not cover them.
    painter.setPen(QPen(kGridColor, m_style.thinLineWidth));
    painter.setBrush(Qt::NoBrush);
    for (int i = 0; i <= classCount(); ++i) {
        const qreal x = g.grid.left() + i * g.cell.width();
        const qreal y = g.grid.top() + i * g.cell.height();
        painter.drawLine(QPointF(x, g.grid.top()), QPointF(x, g.grid.bottom()));
        painter.drawLine(QPointF(g.grid.left(), y), QPointF(g.grid.right(), y));
    }
}

} // namespace curvelab
