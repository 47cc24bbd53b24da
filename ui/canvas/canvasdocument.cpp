#include "canvasdocument.h"

#include <QUndoCommand>
#include <cmath>

namespace curvelab {

// One edit: the sequence before and after. Commands with the same merge key fold into one.
class CanvasDocument::SetPoints : public QUndoCommand
{
public:
    SetPoints(CanvasDocument &document, PointSequence before, PointSequence after,
              const QString &what, int mergeKey)
        : QUndoCommand(what), m_document(document), m_before(std::move(before)),
          m_after(std::move(after)), m_mergeKey(mergeKey)
    {
    }

    void undo() override { m_document.assign(m_before); }
    void redo() override { m_document.assign(m_after); }
    // QUndoStack merges only commands whose id() is not -1 and equal.
    int id() const override { return m_mergeKey == 0 ? -1 : m_mergeKey; }
    bool mergeWith(const QUndoCommand *other) override
    {
        m_after = static_cast<const SetPoints *>(other)->m_after;
        setText(other->text());
        return true;
    }

private:
    CanvasDocument &m_document;
    PointSequence m_before;
    PointSequence m_after;
    int m_mergeKey;
};

CanvasDocument::CanvasDocument(QObject *parent) : QObject(parent) {}

bool CanvasDocument::append(const Point &p, int mergeKey)
{
    const QString what = tr("Add point %1").arg(count() + 1);
    PointSequence after = m_points;
    after.push_back(p);
    return push(std::move(after), what, mergeKey);
}

bool CanvasDocument::move(int index, const Point &to, int mergeKey)
{
    if (index < 0 || index >= count()) {
        return false;
    }
    PointSequence after = m_points;
    after[static_cast<std::size_t>(index)] = to;
    return push(std::move(after), tr("Move point %1").arg(index + 1), mergeKey);
}

bool CanvasDocument::remove(int index)
{
    if (index < 0 || index >= count()) {
        return false;
    }
    PointSequence after = m_points;
    after.erase(after.begin() + index);
    return push(std::move(after), tr("Delete point %1").arg(index + 1), 0);
}

bool CanvasDocument::clear()
{
    return !m_points.empty() && push({}, tr("Clear"), 0);
}

bool CanvasDocument::replace(const PointSequence &points, const QString &what, int mergeKey)
{
    return push(points, what, mergeKey);
}

bool CanvasDocument::acceptable(const PointSequence &points)
{
    if (points.size() > static_cast<std::size_t>(kMaxPoints)) {
        return false;
    }
    for (const Point &p : points) {
        if (!std::isfinite(p.x) || !std::isfinite(p.y)) {
            return false;
        }
    }
    return true;
}

bool CanvasDocument::push(PointSequence after, const QString &what, int mergeKey)
{
    if (!acceptable(after)) {
        return false;
    }
    m_undo.push(new SetPoints(*this, m_points, std::move(after), what, mergeKey));
    return true;
}

void CanvasDocument::assign(const PointSequence &points)
{
    m_points = points;
    Q_EMIT changed();
}

} // namespace curvelab
