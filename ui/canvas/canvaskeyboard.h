#pragma once

#include "point.h"

#include <QCoreApplication>
#include <QPointF>
#include <QString>

class QKeyEvent;
class QPainter;
class QRect;

namespace curvelab {

class CanvasDocument;
class CanvasTransform;
struct ViewStyle;

// The canvas without a mouse: a cursor at a data position that the arrow keys move by a grid
// step (a tenth of one with Shift), Enter or Space places a point there, [ and ] (or Page Up and
// Page Down) pick a point that the arrows then move, Delete or Backspace removes it, Escape lets
// it go, Home puts the cursor in the middle of the view. Edits go through the CanvasDocument as
// a click's do, so they undo alike. Holds the cursor and the picked point; the canvas paints them
// and says what happened.
class CanvasKeyboard
{
    Q_DECLARE_TR_FUNCTIONS(CanvasKeyboard)

public:
    enum class Key
    {
        None,
        Left,
        Right,
        Up,
        Down,
        Place,
        Previous,
        Next,
        Remove,
        LetGo,
        Home
    };
    struct Press
    {
        Key key = Key::None;
        bool fine = false; // Shift: a tenth of a grid step
    };
    enum class Outcome
    {
        Ignored,     // not the canvas's key here: the event goes on to the parent
        CursorMoved, // the cursor or the picked point changed, the drawing did not
        Edited       // the document changed (and said so)
    };

    // The canvas's key in `event`; None for any other and for keys held with Ctrl, Alt or Meta,
    // which belong to the shortcuts.
    static Press press(const QKeyEvent &event);
    // Whether the canvas takes `press` before the window's shortcuts do. Space only once the
    // cursor is shown (before, it stays Start/Pause), Escape only with a point picked (otherwise
    // Stop), Page Up and Page Down never: while a lesson is shown they turn its steps, as a
    // presenter's clicker sends them; without one they reach the canvas.
    bool takesBeforeShortcuts(Press press) const;

    // Carries out `press`. `step` is the grid step on each axis, `view` what is visible.
    Outcome apply(Press press, CanvasDocument &document, const Point &step,
                  const CanvasTransform &view);

    bool isShown() const { return m_shown; }
    // Shows the cursor, in the middle of the view the first time.
    void show(const CanvasTransform &view, const Point &step);
    // Hides the cursor and lets go of the picked point: the mouse took over, or the focus left.
    void hide();
    Point cursor() const { return m_cursor; }
    // The picked point (0-based); -1 for none.
    int picked() const { return m_picked; }
    // After any edit (undo, a click): a picked point that is gone is let go.
    void documentChanged(int count);

    // "x 7.21, y 54.3", to a pixel's precision at `view`: a position said aloud.
    static QString positionText(const Point &p, const CanvasTransform &view);
    // Where the cursor is, or which of `points` it picked, said aloud.
    QString cursorText(const PointSequence &points, const CanvasTransform &view) const;
    // The pixels to pan `view` by so that the cursor is inside the plot; (0, 0) when it is.
    QPointF panToCursor(const CanvasTransform &view) const;

    // The keys, for the canvas's What's This and accessible description.
    static QString help();
    // The keys in one line, shown on the empty canvas while the cursor is.
    static QString hint();

    // The crosshair at the cursor and a ring round the picked point, inside the plot's clip.
    void paint(QPainter &painter, const CanvasTransform &view, const PointSequence &points,
               qreal pointRadius, const ViewStyle &style) const;
    // Round the whole widget while it has the focus.
    static void paintFocusFrame(QPainter &painter, const QRect &bounds, const ViewStyle &style);

private:
    void home(const CanvasTransform &view, const Point &step);
    Outcome moveBy(double dx, double dy, CanvasDocument &document, const Point &step);
    Outcome pick(int index, CanvasDocument &document);

    Point m_cursor;
    int m_picked = -1;
    bool m_shown = false;
    bool m_homed = false; // the cursor was put somewhere once
    int m_mergeKey = 0;   // the moves of one picked point are one undo step
};

} // namespace curvelab
