#include "canvastoolbar.h"

#include "canvasdocument.h"
#include "pointcanvas.h"
#include "pointstransfer.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>
#include <QUndoStack>

namespace curvelab {

namespace {

// Pixels between "Sample" and the editing buttons.
constexpr int kGapAfterSample = 12;

} // namespace

CanvasToolBar::CanvasToolBar(CanvasDocument *document, PointCanvas *canvas,
                             PointsTransfer *transfer, QWidget *shortcutScope)
    : m_document(document), m_shortcutScope(shortcutScope)
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);

    m_sampleFamily = new QComboBox;
    m_sampleFamily->setAccessibleName(tr("Family to sample"));
    m_sampleFamily->setToolTip(tr("The family \"Sample\" draws a curve from"));
    auto *sampleButton = new QPushButton(tr("Sample"));
    sampleButton->setToolTip(tr("Place a fresh curve of this family (new k and b) point by point"));
    connect(sampleButton, &QPushButton::clicked, this,
            [this] { Q_EMIT sampleRequested(m_sampleFamily->currentIndex()); });
    row->addWidget(sampleButton);
    row->addWidget(m_sampleFamily);
    row->addSpacing(kGapAfterSample);

    row->addWidget(toolButton(undoAction(/*redo=*/false)));
    row->addWidget(toolButton(undoAction(/*redo=*/true)));
    QAction *clear = action(tr("Clear"), QKeySequence(tr("Ctrl+Backspace")));
    connect(clear, &QAction::triggered, m_document, &CanvasDocument::clear);
    row->addWidget(toolButton(clear));

    // Moving points in and out is rarer than drawing: one menu keeps the row short enough for
    // a 1280-pixel projector beside the setup panel.
    QAction *paste = action(tr("Paste points"), QKeySequence::Paste);
    paste->setToolTip(tr("Paste points as CSV lines \"x,y\""));
    connect(paste, &QAction::triggered, transfer,
            [transfer] { transfer->paste(QApplication::clipboard()->text()); });
    QAction *open = action(tr("Open points…"), {});
    connect(open, &QAction::triggered, transfer, &PointsTransfer::openWithDialog);
    QAction *save = action(tr("Save points…"), {});
    connect(save, &QAction::triggered, transfer, &PointsTransfer::saveWithDialog);
    auto *points = new QToolButton;
    points->setText(tr("Points"));
    points->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(points);
    menu->addActions({paste, open, save});
    points->setMenu(menu);
    row->addWidget(points);

    QAction *home = action(tr("Reset view"), QKeySequence(tr("Ctrl+0")));
    home->setToolTip(tr("Back to the training range (wheel zooms, middle button pans)"));
    connect(home, &QAction::triggered, canvas, &PointCanvas::resetView);
    row->addWidget(toolButton(home));
    QAction *fit = action(tr("Zoom to points"), QKeySequence(tr("Ctrl+9")));
    fit->setToolTip(tr("Fit the view to the points, to see the shape of a flat curve"));
    connect(fit, &QAction::triggered, canvas, &PointCanvas::fitToPoints);
    row->addWidget(toolButton(fit));
    row->addStretch(1);
}

void CanvasToolBar::setFamilyNames(const QStringList &names)
{
    m_sampleFamily->clear();
    m_sampleFamily->addItems(names);
}

void CanvasToolBar::setSampleFamily(int family)
{
    m_sampleFamily->setCurrentIndex(family);
}

QToolButton *CanvasToolBar::toolButton(QAction *action)
{
    auto *button = new QToolButton;
    button->setDefaultAction(action);
    return button;
}

// Undo and redo with short, fixed names on the buttons (QUndoStack's own actions grow with
// the command's name and would widen the row); the command's name is in the tooltip.
QAction *CanvasToolBar::undoAction(bool redo)
{
    QUndoStack *stack = m_document->undoStack();
    QAction *undo = action(redo ? tr("Redo") : tr("Undo"), redo ? QKeySequence(tr("Ctrl+Shift+Z"))
                                                                : QKeySequence(QKeySequence::Undo));
    undo->setEnabled(false);
    if (redo) {
        connect(undo, &QAction::triggered, stack, &QUndoStack::redo);
        connect(stack, &QUndoStack::canRedoChanged, undo, &QAction::setEnabled);
        connect(stack, &QUndoStack::redoTextChanged, undo,
                [undo](const QString &text) { undo->setToolTip(tr("Redo %1").arg(text)); });
    } else {
        connect(undo, &QAction::triggered, stack, &QUndoStack::undo);
        connect(stack, &QUndoStack::canUndoChanged, undo, &QAction::setEnabled);
        connect(stack, &QUndoStack::undoTextChanged, undo,
                [undo](const QString &text) { undo->setToolTip(tr("Undo %1").arg(text)); });
    }
    return undo;
}

// An action of the canvas tab, whose shortcut works only while the focus is in it.
QAction *CanvasToolBar::action(const QString &text, const QKeySequence &shortcut)
{
    auto *created = new QAction(text, m_shortcutScope);
    created->setShortcut(shortcut);
    created->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_shortcutScope->addAction(created);
    return created;
}

} // namespace curvelab
