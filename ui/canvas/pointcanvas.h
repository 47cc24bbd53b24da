#pragma once

#include "canvascurve.h"
#include "canvasdocument.h"
#include "canvaskeyboard.h"
#include "canvastransform.h"
#include "curvepath.h"
#include "labelplacement.h"
#include "pointsprites.h"
#include "styledview.h"
#include "trainingdomain.h"

#include <QPixmap>
#include <QPointer>
#include <QStaticText>
#include <QStringList>
#include <QWidget>
#include <functional>
#include <vector>

namespace curvelab {

class CanvasAxes;

// The surface people draw on: click to add a point, drag one to move it, right-click to delete
// it, wheel to zoom, middle-drag or Shift+drag to pan; without a mouse, the keys of
// CanvasKeyboard do the same. Every edit goes through the
// CanvasDocument (so it can be undone); the widget only shows the document and what the app
// tells it about the points (the network's guess per point, fitted curves). Painted by hand,
// not with Qt Charts, so that a repaint after every click stays far inside a frame.
class PointCanvas : public QWidget, public StyledView
{
    Q_OBJECT

public:
    explicit PointCanvas(QWidget *parent = nullptr);

    // Not owned; the canvas repaints whenever it changes. nullptr shows an empty canvas.
    void setDocument(CanvasDocument *document);
    CanvasDocument *document() const { return m_document; }

    // The view resetView() returns to: this rectangle (the training domain) plus a margin of
    // kHomeMargin of its size on every side. Also moves the view there.
    void setHomeView(double xlo, double xhi, double ylo, double yhi);
    void setHomeView(const TrainingDomain &domain);
    // Shaded lightly, so people see where the network saw data. Unset by clearTrainingDomain().
    void setTrainingDomain(double xlo, double xhi, double ylo, double yhi);
    void setTrainingDomain(const TrainingDomain &domain);
    void clearTrainingDomain();

    // Per point, the family the network favoured after that point; -1 or missing is grey.
    void setPointFamilies(const std::vector<int> &families);
    // Per point, an extra tooltip line such as "network: parabola 91%"; may be shorter.
    void setPointNotes(const QStringList &notes);
    // Drawn dashed over the visible x range, listed in a legend; empty shows neither.
    void setCurves(std::vector<CanvasCurve> curves);
    int curveCount() const { return static_cast<int>(m_curves.size()); }
    // Per point, how much leaving it out changes the final probability of `family` (the guess),
    // -1..1: drawn as a halo whose area grows with the size, filled for support, a dashed ring
    // against. Empty shows none.
    void setPointHalos(const std::vector<double> &influence, int family);
    const std::vector<double> &pointHalos() const { return m_halos; }
    // When on, a thin vertical segment from every point to every curve.
    void setShowResiduals(bool show);
    bool showResiduals() const { return m_showResiduals; }
    // The point (1-based) to ring, e.g. the one under the mouse in another view; 0 for none.
    void setHighlightedPoint(int point);
    int highlightedPoint() const { return m_highlighted; }
    // The point (1-based) under the mouse; 0 for none.
    int hoveredPoint() const { return m_hovered; }

    // Text sizes (1 gives 12 pt tick labels; points grow with the text), the widths of curves,
    // outlines, rings and axes, and the family colours.
    void setViewStyle(const ViewStyle &style) override;

    // For tests and the views beside the canvas.
    const CanvasTransform &transform() const { return m_transform; }
    // The point (0-based) drawn at the position, the last one where several overlap; -1 none.
    int pointAt(const QPointF &widgetPos) const;
    QPointF widgetPosition(int index) const;
    QRectF plotRect() const { return m_transform.plotRect(); }
    // "Point 3: x = 7.21, y = 54.3", and the point's note on a second line; empty for none.
    QString pointText(int index) const;
    // The keyboard cursor and the point it picked.
    const CanvasKeyboard &keyboard() const { return m_keyboard; }
    // Said by a screen reader: becomes the accessible description, with the event that tells it.
    void announce(const QString &text);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // Share of the home rectangle added on every side, so points on its edge are not cut off.
    static constexpr double kHomeMargin = 0.08;
    // Zoom per wheel notch.
    static constexpr double kWheelZoom = 1.15;

public Q_SLOTS:
    void resetView();
    // Zooms to the points drawn (with the home margin), e.g. to see the shape of a flat sample.
    void fitToPoints();
    // Shows `points` with a margin, as fitToPoints() does the document's.
    void frame(const PointSequence &points);

Q_SIGNALS:
    // The point (1-based) under the mouse changed; 0 when the mouse left all points.
    void hoveredPointChanged(int point);
    // A mouse button went down on the plot: the person takes over, whatever the press does.
    void pressed();
    // After announce(): the words given to a screen reader, e.g. for a status line.
    void announced(const QString &text);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    enum class Drag
    {
        None,
        Pan,
        MovePoint,
        PlaceNewPoint, // a point just added by this press, moved while the button is held
    };

    QFont numberFont() const;
    qreal pointRadius() const;
    // The axes around the plot, for the current font and style.
    CanvasAxes axes() const;
    // Recomputes the plot rectangle; the margins depend on the size, fonts and y tick labels.
    void updateLayout();
    void showWithMargin(const Range &x, const Range &y);
    void setHovered(int point);
    void updateCursor(const QPointF &pos);
    void onDocumentChanged();
    const QStaticText &numberText(int number) const;

    void paintCurves(QPainter &painter) const;
    void paintPoints(QPainter &painter) const;
    void paintNumbers(QPainter &painter) const;
    // Whether the point's circle reaches into the plot, as of the last paint.
    bool isShown(int index) const;

    QPointer<CanvasDocument> m_document;
    CanvasTransform m_transform;
    TrainingDomain m_home{{0.0, 10.0}, {0.0, 10.0}}; // without the margin
    bool m_hasDomain = false;
    TrainingDomain m_domain;
    std::vector<int> m_families;
    QStringList m_notes;
    std::vector<CanvasCurve> m_curves;
    bool m_showResiduals = false;
    std::vector<double> m_halos;
    int m_haloFamily = -1;
    int m_highlighted = 0;
    int m_hovered = 0;

    Drag m_drag = Drag::None;
    Qt::MouseButton m_dragButton = Qt::NoButton;
    int m_dragIndex = -1;
    int m_mergeKey = 0;
    bool m_dragMoved = false;
    QPointF m_pressPos;
    QPointF m_lastPos;
    QPointF m_grabOffset; // from the cursor to the centre of the dragged point
    CanvasKeyboard m_keyboard;

    // Reused between paints, so a repaint allocates nothing that grows with the points.
    mutable CurvePath m_curvePath;
    mutable std::vector<QLineF> m_segments; // the line joining the points
    mutable std::vector<QRect> m_residualRects;
    mutable PointSprites m_sprites;
    mutable std::vector<QPointF> m_centres; // of the points, in widget pixels
    mutable LabelPlacement m_labels;
    mutable std::vector<QStaticText> m_numberTexts; // "1", "2", ... in numberFont()
};

} // namespace curvelab
