#pragma once

#include <QStringList>
#include <QWidget>

class QAction;
class QComboBox;
class QKeySequence;
class QToolButton;

namespace curvelab {

class CanvasDocument;
class PointCanvas;
class PointsTransfer;

// The row above the canvas: Sample and its family, undo and redo, clear, the points menu and the
// two ways back to a useful view. The shortcuts work only while the focus is in `shortcutScope`
// (the canvas tab): Ctrl+Z must not undo a drawing from another tab.
class CanvasToolBar : public QWidget
{
    Q_OBJECT

public:
    CanvasToolBar(CanvasDocument *document, PointCanvas *canvas, PointsTransfer *transfer,
                  QWidget *shortcutScope);

    // The families "Sample" offers, in family order.
    void setFamilyNames(const QStringList &names);
    void setSampleFamily(int family);

Q_SIGNALS:
    // "Sample" was pressed with `family` picked.
    void sampleRequested(int family);

private:
    QAction *undoAction(bool redo);
    QAction *action(const QString &text, const QKeySequence &shortcut);
    static QToolButton *toolButton(QAction *action);

    CanvasDocument *m_document = nullptr;
    QWidget *m_shortcutScope = nullptr;
    QComboBox *m_sampleFamily = nullptr;
};

} // namespace curvelab
