#pragma once

#include <QByteArray>
#include <QFont>
#include <QPointer>
#include <QRect>
#include <Qt>
#include <utility>
#include <vector>

QT_BEGIN_NAMESPACE
class QMainWindow;
class QSplitter;
class QWidget;
QT_END_NAMESPACE

namespace curvelab {

// What presentation mode changes on a main window, taken before it enters, so that leaving puts
// back exactly what was there: maximised or not, the normal geometry, the toolbars and docks, the
// splitters inside (a pane that grew with the larger text would keep its width), and the fonts:
// the window's (its own, or none, so that it follows the application's again) and those of the
// widgets that have one of their own.
class WindowRestorePoint
{
public:
    static WindowRestorePoint of(const QMainWindow &window);
    void restore(QMainWindow &window) const;

private:
    Qt::WindowStates m_states;
    QByteArray m_geometry; // QWidget::saveGeometry(): the normal geometry and its screen
    QRect m_normal;        // the geometry, where the window was neither maximised nor full screen
    QByteArray m_layout;   // QMainWindow::saveState(): toolbars and docks
    std::vector<std::pair<QPointer<QSplitter>, QByteArray>> m_splitters;
    std::vector<std::pair<QPointer<QWidget>, QFont>> m_widgetFonts;
    QFont m_font;
    bool m_ownFont = false; // the window had a font set, rather than the application's
};

} // namespace curvelab
