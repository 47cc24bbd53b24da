#include "viewhelp.h"

#include "belieftimeline.h"
#include "curvesview.h"
#include "featuretable.h"
#include "gateheatmap.h"
#include "manualwindow.h"
#include "pointcanvas.h"
#include "probabilitybars.h"
#include "trainingdashboard.h"

#include <QAction>
#include <QEvent>
#include <QMainWindow>
#include <QMenu>
#include <QWhatsThis>
#include <QWhatsThisClickedEvent>

namespace curvelab {

ViewHelp::ViewHelp(QMainWindow &window) : QObject(&window), m_window(window)
{
    setObjectName(QStringLiteral("viewHelp"));
}

ViewHelp *ViewHelp::install(QMainWindow &window, QMenu &helpMenu)
{
    auto *help = new ViewHelp(window);
    QAction *manual = helpMenu.addAction(tr("&Manual"), help, [help] { help->openManual(); });
    manual->setObjectName(QStringLiteral("manualAction"));
    manual->setShortcut(Qt::Key_F1);
    QAction *whatsThis = QWhatsThis::createAction(help);
    whatsThis->setObjectName(QStringLiteral("whatsThisAction"));
    helpMenu.addAction(whatsThis);
    helpMenu.addSeparator();
    // F1 and Shift+F1 work with the menu bar out of sight too (presentation mode).
    window.addActions({manual, whatsThis});
    help->describeViews();
    return help;
}

QString ViewHelp::whatsThisText(const QString &sentences, const QString &anchor)
{
    const QString paragraphs = sentences.toHtmlEscaped().replace(u'\n', QStringLiteral("</p><p>"));
    return QStringLiteral("<p>%1</p><p><a href=\"#%2\">%3</a></p>")
        .arg(paragraphs, anchor, tr("More in the manual"));
}

void ViewHelp::describe(const QString &name, QWidget *view, const QString &anchor,
                        const QString &sentences)
{
    m_topics.append({name, view, anchor});
    if (!view) {
        qWarning("no %s to describe", qPrintable(name));
        return;
    }
    // A view that explains itself already (the canvas lists its keys) keeps its text, after ours.
    const QString own = view->whatsThis();
    view->setWhatsThis(whatsThisText(own.isEmpty() ? sentences : sentences + u'\n' + own, anchor));
    view->installEventFilter(this);
}

// One row per view: what it shows, and how to read it, in the words of the manual's section.
void ViewHelp::describeViews()
{
    const auto *dashboard = m_window.findChild<TrainingDashboard *>();
    const QList<QWidget *> charts = dashboard ? dashboard->charts() : QList<QWidget *>();
    const auto chart = [&charts](int i) { return i < charts.size() ? charts[i] : nullptr; };
    describe(QStringLiteral("training loss"), chart(0), QStringLiteral("training-loss"),
             tr("How wrong the network is on the curves it trains on, step by step; the dark "
                "line is smoothed. It should fall: flat means no learning, a jump up means the "
                "run diverged."));
    describe(QStringLiteral("test accuracy"), chart(1), QStringLiteral("test-accuracy"),
             tr("The share of fresh test curves the network names correctly, after all points "
                "(solid) and after only 2 points (dashed)."));
    describe(QStringLiteral("accuracy against points seen"), chart(2),
             QStringLiteral("accuracy-against-points-seen"),
             tr("How often the network is right after 1, 2, 3… points, beside least squares and "
                "the Bayes ceiling, the best any method can do."));
    describe(QStringLiteral("confusion matrix"), chart(3), QStringLiteral("confusion-matrix"),
             tr("Rows are the true family, columns the network's guess. Numbers off the "
                "diagonal show which family is taken for which."));
    describe(QStringLiteral("canvas"), m_window.findChild<PointCanvas *>(),
             QStringLiteral("the-drawing-canvas"),
             tr("Click to add points; the network reads them in order and colours each by the "
                "family it favours after it. Drag to move a point, right-click to delete it."));
    describe(QStringLiteral("guess"), m_window.findChild<QWidget *>(QStringLiteral("canvasGuess")),
             QStringLiteral("the-guess"),
             tr("The family the network favours after the last point, with least squares' "
                "verdict beside it."));
    describe(QStringLiteral("probability bars"), m_window.findChild<ProbabilityBars *>(),
             QStringLiteral("probability-bars"),
             tr("The network's probability for each family after the last point. Bars of "
                "similar length mean it cannot tell yet."));
    describe(QStringLiteral("belief timeline"), m_window.findChild<BeliefTimeline *>(),
             QStringLiteral("belief-timeline"),
             tr("The probability of each family after points 1, 2, 3… of the drawing; the mark "
                "shows where the network made up its mind."));
    describe(QStringLiteral("gate heat map"), m_window.findChild<GateHeatmap *>(),
             QStringLiteral("inside-the-cell"),
             tr("One quantity inside the network: a column per point, a row per unit, coloured "
                "by value. Hover a cell for its value."));
    describe(QStringLiteral("feature table"), m_window.findChild<FeatureTable *>(),
             QStringLiteral("what-the-network-sees"),
             tr("The numbers the network reads at every point: running fits of each family, "
                "measured relative to the drawing, not the raw x and y."));
    const QStringList raceCharts = {QStringLiteral("raceLoss"), QStringLiteral("raceAccuracy"),
                                    QStringLiteral("raceByLength")};
    for (const QString &objectName : raceCharts) {
        describe(objectName, m_window.findChild<QWidget *>(objectName),
                 QStringLiteral("race-charts"),
                 tr("The contenders of the race side by side on identical batches: loss, test "
                    "accuracy and accuracy against points seen."));
    }
    describe(QStringLiteral("curves view"), m_window.findChild<CurvesView *>(),
             QStringLiteral("curves-view"),
             tr("A sample of the curves the network trains on, coloured by family, drawn from "
                "the current setup. New sample draws others."));
}

void ViewHelp::openManual(const QString &anchor)
{
    if (!m_manual) {
        m_manual = new ManualWindow(&m_window);
    }
    m_manual->show();
    m_manual->raise();
    m_manual->activateWindow();
    if (!anchor.isEmpty()) {
        m_manual->showTopic(anchor);
    }
}

bool ViewHelp::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::WhatsThisClicked) {
        const QString href = static_cast<QWhatsThisClickedEvent *>(event)->href();
        if (href.startsWith(u'#')) {
            QWhatsThis::hideText();
            openManual(href.mid(1));
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace curvelab
