#pragma once

#include "functionfamily.h"

#include <QPointF>
#include <QString>
#include <QWidget>
#include <vector>

namespace curvelab {

// A few curves of one family across its ranges, so that a person sees what a formula draws
// before it goes into a lesson: k and b at the four corners of their ranges and at the middle.
// Painted by hand, not with Qt Charts: it is a sketch, not a chart people read values from.
class FamilyPreview : public QWidget
{
    Q_OBJECT

public:
    explicit FamilyPreview(QWidget *parent = nullptr);

    // Draws `family`; a formula that does not parse draws nothing.
    void setFamily(const FunctionFamily &family);
    // Draws no curves, but `why` in their place.
    void clear(const QString &why);

    int curveCount() const { return static_cast<int>(m_curves.size()); }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    // One curve in data coordinates; a NaN point breaks the line.
    using Curve = std::vector<QPointF>;

    void findBounds();
    QRectF plotArea() const;
    QPointF toWidget(const QPointF &data, const QRectF &area) const;
    void paintAxes(QPainter &painter, const QRectF &area) const;
    void paintCurves(QPainter &painter, const QRectF &area) const;

    std::vector<Curve> m_curves;
    // The data shown: x across the family's range, y across what the curves reach.
    QRectF m_bounds;
    QString m_message;
};

} // namespace curvelab
