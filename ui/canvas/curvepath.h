#pragma once

#include "canvastransform.h"

#include <QLineF>
#include <QPointF>
#include <QRectF>
#include <cstddef>
#include <functional>
#include <optional>
#include <vector>

namespace curvelab {

// The lines that draw y = f(x) across the canvas's plot, in widget pixels: f sampled every couple
// of pixels over the visible x range; broken where f is undefined, runs far off the plot or jumps
// (a pole, a step), so that no wall is drawn across the plot; and thinned where samples lie on a
// straight chord, because a dashed stroke costs by its vertices. Geometry only: the canvas
// strokes the pieces. The buffers are kept between traces, so a repaint allocates nothing once
// they have grown.
class CurvePath
{
public:
    // The points of one piece, at least two, valid until the next trace().
    struct Piece
    {
        const QPointF *first = nullptr;
        int count = 0;

        const QPointF *begin() const { return first; }
        const QPointF *end() const { return first + count; }
    };

    // Pixels between samples: smooth to the eye, a few hundred evaluations per curve.
    static constexpr qreal kSampleStep = 2.0;
    // A sample further off the plot than this many plot heights ends the piece there, so an
    // asymptote does not feed the rasteriser huge coordinates.
    static constexpr qreal kFarOff = 2.0;
    // How far, in pixels, a sample may lie off the straight line that replaces it, and the most
    // samples one straight line may replace (which bounds the check's cost).
    static constexpr qreal kFlatness = 0.2;
    static constexpr std::size_t kMaxDroppedSamples = 64;

    // Replaces the pieces by those of f over the view and plot rectangle of `transform`; none for
    // an empty f.
    void trace(const std::function<double(double)> &f, const CanvasTransform &transform);

    int pieceCount() const { return static_cast<int>(m_ends.size()); }
    Piece piece(int index) const;

private:
    void add(const QPointF &sample);
    void keepPending();
    void endPiece();

    std::vector<QPointF> m_points;   // every piece, one after another
    std::vector<std::size_t> m_ends; // where each piece ends in m_points
    std::size_t m_open = 0;          // where the piece being traced starts in m_points
    std::vector<QPointF> m_pending;  // samples not yet known to be needed
};

// Liang-Barsky: the part of the segment inside `bounds`; none if no part of it is.
std::optional<QLineF> clippedSegment(const QPointF &a, const QPointF &b, const QRectF &bounds);

} // namespace curvelab
