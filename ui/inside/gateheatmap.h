#pragma once

#include "styledview.h"

#include <QImage>
#include <QRectF>
#include <QString>
#include <QWidget>
#include <vector>

namespace curvelab {

// One quantity of the recurrent cell (a gate, the cell state or the hidden state) over the drawn
// sequence: a column per point, a row per unit, each cell coloured by its value, so that a teacher
// can point at the forget gate and say what it did at point 3. Painted by hand, not with Qt
// Charts: hundreds of cells per click must paint in a couple of milliseconds.
class GateHeatmap : public QWidget, public StyledView
{
    Q_OBJECT

public:
    // How values map to colours.
    enum class ValueKind
    {
        Gate,   // 0..1 (sigmoid gates): white to dark, one hue
        Signed, // -1..1 (tanh range: hidden and cell state): blue, white, red; colours of values
                // beyond (the cell state may grow past 1) saturate, the tooltip keeps the value
    };

    static constexpr int kMaxUnits = 1024;

    explicit GateHeatmap(QWidget *parent = nullptr);

    // perPoint[t][u] is unit u after point t + 1; the title names the quantity ("Forget gate").
    // Returns false and keeps what it showed unless every row has the same 1..kMaxUnits units and
    // every value is finite. No rows at all is a drawing not yet begun. The unit order survives
    // as long as the number of units stays the same, and is the identity otherwise.
    bool setValues(const QString &title, const std::vector<std::vector<float>> &perPoint,
                   ValueKind kind);
    void clear();

    // order[r] is the unit drawn in row r, top to bottom, e.g. the units sorted by activity.
    // Returns false and keeps the order unless it is a permutation of 0..unitCount() - 1.
    bool setUnitOrder(const std::vector<int> &order);
    const std::vector<int> &unitOrder() const { return m_order; }

    // The column to frame (1-based), e.g. the point under the mouse on the canvas; 0 for none.
    void setHighlightedPoint(int point);
    int highlightedPoint() const { return m_highlighted; }

    // Text sizes (1 gives 12 pt labels) and the highlight's width.
    void setViewStyle(const ViewStyle &style) override;

    QString title() const { return m_title; }
    ValueKind valueKind() const { return m_kind; }
    int pointCount() const { return static_cast<int>(m_values.size()); }
    int unitCount() const { return m_units; }
    // Unit `unit` (original index) after point `point` (1-based); 0 for a cell that does not exist.
    float value(int point, int unit) const;
    // "unit 12, point 3: forget gate 0.93"; empty for a cell that does not exist.
    QString cellText(int point, int unit) const;

    // Where a cell is drawn at the current size; empty for a cell that does not exist.
    QRectF cellRect(int point, int unit) const;
    // The point (1-based) whose column holds the position; 0 outside the cells.
    int pointAt(const QPoint &pos) const;
    // The unit (original index) whose row holds the position; -1 outside the cells.
    int unitAt(const QPoint &pos) const;
    // The hover text for a widget position; empty outside the cells.
    QString toolTipAt(const QPoint &pos) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    // Where everything goes at one widget size.
    struct Geometry
    {
        QRectF title;
        QRectF legendBar; // the gradient; its labels go underneath
        QRectF plot;      // the cells
        qreal columnWidth = 0.0;
        qreal rowHeight = 0.0;
        qreal fontScale = 1.0; // the style's, or less where the plot would be too small
        qreal lineScale = 1.0; // the style's, shrunk with the text
        qreal lineHeight = 0.0;
        qreal tickLabelTop = 0.0;
        QRectF axisTitle;

        QRectF cellAt(int column, int row) const
        {
            return {plot.left() + column * columnWidth, plot.top() + row * rowHeight, columnWidth,
                    rowHeight};
        }
    };

    Geometry geometryFor(const QSize &size) const;
    Geometry geometryAt(const QSize &size, qreal fontScale) const;
    QSize sizeFor(const QSizeF &plot, qreal fontScale) const;
    QFont labelFont(qreal fontScale, bool bold = false) const;
    QFont titleFont(qreal fontScale) const;
    QString unitLabel(int unit) const;
    QString legendText(int stop) const;
    // Column (0-based) and row (0-based, top down) under a position; -1 outside the cells.
    int columnAt(const Geometry &g, const QPointF &pos) const;
    int rowAt(const Geometry &g, const QPointF &pos) const;
    void rebuildImage();

    void paintHeader(QPainter &painter, const Geometry &g) const;
    void paintCells(QPainter &painter, const Geometry &g) const;
    void paintRowLabels(QPainter &painter, const Geometry &g) const;
    void paintXAxis(QPainter &painter, const Geometry &g) const;
    void paintHighlight(QPainter &painter, const Geometry &g) const;

    QString m_title;
    ValueKind m_kind = ValueKind::Gate;
    std::vector<std::vector<float>> m_values;
    int m_units = 0;
    std::vector<int> m_order;   // unit per row
    std::vector<int> m_rowOf;   // row per unit
    bool m_beyondRange = false; // a value lies outside the colour map's range
    // One pixel per cell, columns = points, rows in m_order: painted scaled in a single call.
    QImage m_image;
    int m_highlighted = 0;
};

} // namespace curvelab
