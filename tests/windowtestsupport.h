#pragma once

#include "mainwindow.h"
#include "metatypes.h"
#include "setuppanel.h"
#include "testsupport.h"
#include "threading.h"

#include <QAction>
#include <QCoreApplication>
#include <QStandardPaths>
#include <QTest>

// Q_INIT_RESOURCE declares its function in the enclosing namespace: it must be called from the
// global one.
inline void initCurveLabResources()
{
    Q_INIT_RESOURCE(curvelab);
}

// What the suites that drive the whole main window share.
namespace curvelab::test {

// The window reads and writes QSettings: keep the user's real settings out of a suite's runs.
inline void isolateWindowSuite(const QString &suiteName)
{
    initCurveLabResources();
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CurveLabTest"));
    QCoreApplication::setApplicationName(suiteName);
    registerMetaTypes();
    setComputeThreads(1);
}

// Shown and active, as a user has it: window shortcuts (Space, Esc) only fire in the active
// window, and the banner only counts as shown when it is on screen.
inline bool showAndActivate(MainWindow &window)
{
    window.show();
    window.activateWindow();
    return QTest::qWaitForWindowActive(&window);
}

inline bool prepare(MainWindow &window, const TrainingConfig &config = smallConfig())
{
    window.setupPanel().setConfig(config);
    return window.setupPanel().isValid() && showAndActivate(window);
}

inline QAction *actionWithShortcut(MainWindow &window, const QKeySequence &shortcut)
{
    QAction *found = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcut() == shortcut) {
            found = action;
        }
    }
    if (!found) {
        qFatal("no action with shortcut %s", qPrintable(shortcut.toString()));
    }
    return found;
}

inline bool sameWeights(const ModelSnapshot &a, const ModelSnapshot &b)
{
    if (a.step != b.step || a.spec != b.spec || a.weights.size() != b.weights.size()) {
        return false;
    }
    for (std::size_t t = 0; t < a.weights.size(); ++t) {
        if (a.weights[t].values != b.weights[t].values) {
            return false;
        }
    }
    return true;
}

} // namespace curvelab::test
