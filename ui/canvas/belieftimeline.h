#pragma once

#include "modelspec.h"
#include "styledview.h"

#include <QRectF>
#include <QStringList>
#include <QWidget>
#include <vector>

namespace curvelab {

// How the network's belief grew as the points were drawn: for every prefix of the sequence, the
// probability of each family, stacked into bands over the point number, with a dashed line where
// the network made up its mind. Painted by hand, not with Qt Charts, so that the canvas can
// highlight a column cheaply and a move to Qt Graphs leaves it untouched.
class BeliefTimeline : public QWidget, public StyledView
{
    Q_OBJECT

public:
    explicit BeliefTimeline(QWidget *parent = nullptr);

    // perPoint[t][family] is the probability after point t + 1, one per name, in family order
    // (name i is drawn in viewStyle().familyColor(i)). Returns false and keeps what it showed when
    // a row does not match the names, there are no names or more than kMaxFamilies (modelspec.h),
    // or a value is not finite, outside 0..1, or a row does not sum to 1. No rows at all is a
    // drawing not yet begun.
    bool setBeliefs(const QStringList &names, const std::vector<std::vector<float>> &perPoint);
    void clear();
    // What an empty timeline says, e.g. why there is no belief to show yet.
    void setEmptyText(const QString &text);

    // The column to pick out (1-based), e.g. the point under the mouse on the canvas; 0 for none.
    void setHighlightedPoint(int point);
    int highlightedPoint() const { return m_highlighted; }

    // Text sizes (1 gives 12 pt labels), line widths and the family colours.
    void setViewStyle(const ViewStyle &style) override;

    int familyCount() const { return static_cast<int>(m_names.size()); }
    int pointCount() const { return static_cast<int>(m_beliefs.size()); }
    float belief(int point, int family) const;
    // The first point (1-based) from which the favoured family stays the same, and above 50%, up
    // to the last point; 0 when the network has not settled.
    int decisionPoint() const { return m_decisionPoint; }
    // "After point 3: line 91.2%, parabola 8.1%, sqrt 0.7%", the most likely family first.
    QString pointText(int point) const;

    // Where a point's column is drawn at the current size; empty for a point that does not exist.
    QRectF columnRect(int point) const;
    // The point (1-based) whose column holds the position; 0 outside the plot.
    int pointAt(const QPoint &pos) const;
    // The hover text for a widget position; empty outside the plot.
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
        QRectF plot;
        qreal columnWidth = 0.0;
        qreal fontScale = 1.0;  // the style's, or less where the plot would be too flat
        qreal lineScale = 1.0;  // the style's, shrunk with the text
        qreal lineHeight = 0.0; // of the label font
        QRectF legend;          // the swatches and names, one or more lines
        std::vector<QRectF> legendItems;
        QRectF decisionStrip; // above the plot, for "decided at point k"
        qreal tickLabelTop = 0.0;
        QRectF axisTitle;      // empty where there is no room for it
        int yStepPercent = 25; // between labelled grid lines

        QRectF columnAt(int point) const
        {
            return {plot.left() + (point - 1) * columnWidth, plot.top(), columnWidth,
                    plot.height()};
        }
        qreal yFor(double share) const { return plot.bottom() - share * plot.height(); }
    };

    Geometry geometryFor(const QSize &size) const;
    Geometry geometryAt(const QSize &size, qreal fontScale, bool axisTitle = true) const;
    QSize sizeFor(const QSizeF &plot, qreal fontScale) const;
    QFont labelFont(qreal fontScale, bool bold = false) const;
    qreal legendItemWidth(int family, qreal fontScale) const;
    int pointAt(const Geometry &g, const QPointF &pos) const;
    int computeDecisionPoint() const;

    void paintLegend(QPainter &painter, const Geometry &g) const;
    void paintBands(QPainter &painter, const Geometry &g) const;
    void paintGrid(QPainter &painter, const Geometry &g) const;
    void paintHighlight(QPainter &painter, const Geometry &g) const;
    void paintXAxis(QPainter &painter, const Geometry &g) const;
    void paintDecision(QPainter &painter, const Geometry &g) const;

    QStringList m_names;
    std::vector<std::vector<float>> m_beliefs;
    int m_decisionPoint = 0;
    int m_highlighted = 0;
    QString m_emptyText = tr("Click on the canvas to add points");
};

} // namespace curvelab
