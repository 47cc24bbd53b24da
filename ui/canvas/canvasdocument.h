#pragma once

#include "lesson.h"
#include "point.h"

#include <QObject>
#include <QString>
#include <QUndoStack>

namespace curvelab {

// The points drawn on the canvas, in the order they are fed to the network, with undo and redo.
// The canvas widget edits it, the classifier and the other views read it. Every edit is one
// snapshot of the whole sequence (sequences are short), so undo is exact whatever the edit.
class CanvasDocument : public QObject
{
    Q_OBJECT

public:
    // More would not fit on the canvas and belief timeline; far more than training uses.
    static constexpr int kMaxPoints = kMaxCanvasPoints;

    explicit CanvasDocument(QObject *parent = nullptr);

    const PointSequence &points() const { return m_points; }
    int count() const { return static_cast<int>(m_points.size()); }
    QUndoStack *undoStack() { return &m_undo; }

    // Each returns false and changes nothing for a non-finite coordinate, an index out of range,
    // or more than kMaxPoints points.
    bool append(const Point &p, int mergeKey = 0);
    bool move(int index, const Point &to, int mergeKey = 0);
    bool remove(int index);
    bool clear();
    // Replaces the whole sequence, e.g. a sample or a pasted CSV; `what` names the undo step.
    bool replace(const PointSequence &points, const QString &what, int mergeKey = 0);

    // Consecutive edits with the same non-zero key are one undo step: one drag, one sample
    // placed point by point. Each call returns a key not used before.
    int newMergeKey() { return ++m_lastMergeKey; }

Q_SIGNALS:
    // After every edit, undo and redo.
    void changed();

private:
    class SetPoints;
    friend class SetPoints;

    static bool acceptable(const PointSequence &points);
    bool push(PointSequence after, const QString &what, int mergeKey);
    void assign(const PointSequence &points);

    PointSequence m_points;
    QUndoStack m_undo;
    int m_lastMergeKey = 0;
};

} // namespace curvelab
