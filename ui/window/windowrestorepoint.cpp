#include "windowrestorepoint.h"

#include <QMainWindow>
#include <QSplitter>

namespace curvelab {

WindowRestorePoint WindowRestorePoint::of(const QMainWindow &window)
{
    WindowRestorePoint point;
    point.m_states = window.windowState();
    point.m_geometry = window.saveGeometry();
    point.m_normal = window.geometry();
    point.m_layout = window.saveState();
    for (QSplitter *splitter : window.findChildren<QSplitter *>()) {
        point.m_splitters.emplace_back(splitter, splitter->saveState());
    }
    for (QWidget *widget : window.findChildren<QWidget *>()) {
        if (widget->testAttribute(Qt::WA_SetFont)) {
            point.m_widgetFonts.emplace_back(widget, widget->font());
        }
    }
    point.m_font = window.font();
    point.m_ownFont = window.testAttribute(Qt::WA_SetFont);
    return point;
}

void WindowRestorePoint::restore(QMainWindow &window) const
{
    // A default QFont sets nothing, so the window inherits the application's font again.
    window.setFont(m_ownFont ? m_font : QFont());
    for (const auto &[widget, font] : m_widgetFonts) {
        if (widget) {
            widget->setFont(font);
        }
    }
    window.restoreState(m_layout);
    // Through the normal state: restoreGeometry() sets the normal geometry and then adds the
    // maximised state to the current one, which must be a change for the window to fill the
    // screen again. A normal window gets its geometry as it was: restoreGeometry() would move
    // one at the top of the screen down by a title bar, where no window manager draws one.
    window.setWindowState(m_states & ~(Qt::WindowMaximized | Qt::WindowFullScreen));
    if (m_states & Qt::WindowMaximized) {
        window.restoreGeometry(m_geometry);
    } else {
        window.setGeometry(m_normal);
    }
    window.setWindowState(m_states);
    for (const auto &[splitter, state] : m_splitters) {
        if (splitter) {
            splitter->restoreState(state);
        }
    }
}

} // namespace curvelab
