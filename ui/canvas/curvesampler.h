#pragma once

#include "curvegenerator.h"
#include "point.h"

#include <QObject>
#include <QString>
#include <cstddef>

class QTimer;

namespace curvelab {

class CanvasDocument;

// "Sample": a fresh curve placed on the canvas one point at a time, so that a class can watch
// the belief change after every point, and undone as one step. The canvas tab stops it when the
// person edits the points.
class CurveSampler : public QObject
{
    Q_OBJECT

public:
    // How long it waits between points, so that a class can watch the belief change.
    static constexpr int kIntervalMs = 350;
    // Points a sample has: enough for the guess to settle, few enough to follow one by one.
    static constexpr int kLength = 8;

    explicit CurveSampler(CanvasDocument *document, QObject *parent = nullptr);

    // A curve of `family` of `config`'s families with a fresh k and b every time. A drawn-world
    // curve runs left to right and, when a change of units maps its shape onto itself, fills the
    // view of side `anyScaleView` at the origin, as a person would draw it for a class.
    static PointSequence drawCurve(GeneratorConfig config, int family, double anyScaleView);

    // Replaces the points with the first of `points` at once and adds the others one by one,
    // all one undo step named `name`.
    void start(const PointSequence &points, const QString &name);
    void stop();
    bool isActive() const;
    // Whether the document is changing because a point is being placed, not by the person.
    bool isPlacing() const { return m_placing; }

private:
    void placeNext();

    CanvasDocument *m_document = nullptr;
    QTimer *m_timer = nullptr;
    PointSequence m_points;
    std::size_t m_placed = 0; // how many of m_points are down
    int m_mergeKey = 0;
    QString m_name;
    bool m_placing = false;
};

} // namespace curvelab
