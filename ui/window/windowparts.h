#pragma once

#include "modelspec.h"

#include <QString>
#include <functional>
#include <map>

QT_BEGIN_NAMESPACE
class QMainWindow;
class QTabWidget;
class QWidget;
QT_END_NAMESPACE

namespace curvelab {

class CanvasView;
class MessageBanner;
class SetupPanel;
class TrainingController;
class TrainingDashboard;

// The parts of the main window that its helpers (LessonController, FileActions) act on. The
// window owns them all and outlives the helpers.
struct WindowParts
{
    QMainWindow *window = nullptr; // the dialogs' parent, and its status bar for passing notes
    TrainingController *training = nullptr;
    SetupPanel *setup = nullptr;
    CanvasView *canvas = nullptr;
    TrainingDashboard *dashboard = nullptr;
    MessageBanner *banner = nullptr;
    QTabWidget *tabs = nullptr;
    std::map<QString, QWidget *> pages; // each tab under the name a lesson step gives its view
    // Hands weights to training and the canvas, after forgetting the kept ones; false when they
    // are refused. `origin` names the file or lesson they came from, for the canvas.
    std::function<bool(const ModelSnapshot &model, const QString &origin)> applyModel;
    // Back to no weights: training starts afresh and the canvas has nothing to classify with.
    std::function<void()> forgetWeights;

    // True when no run is going on; otherwise says `refusal` in the banner, as a warning.
    bool trainingIdle(const QString &refusal) const;
};

} // namespace curvelab
