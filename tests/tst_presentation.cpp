#include "belieftimeline.h"
#include "canvasview.h"
#include "confusionmatrixview.h"
#include "familypalette.h"
#include "gateheatmap.h"
#include "highcontrast.h"
#include "insideview.h"
#include "livechart.h"
#include "mainwindow.h"
#include "messagebanner.h"
#include "pointcanvas.h"
#include "probabilitybars.h"
#include "testsupport.h"
#include "textcontrast.h"
#include "viewstyle.h"
#include "windowtestsupport.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTemporaryFile>
#include <QTest>
#include <algorithm>
#include <array>
#include <cmath>
#include <memory>

using namespace curvelab;
using namespace curvelab::test;
using State = TrainingController::State;

namespace {

// WCAG's minimum contrast for graphics (lines, bars, swatches) against what is next to them.
constexpr double kMinGraphicsContrast = 3.0;
// The projector presentation mode is made for. The offscreen platform's default screen (800x800)
// is narrower than the window's minimum, which would leave no normal geometry to restore.
constexpr int kScreenWidth = 1280;
constexpr int kScreenHeight = 720;
// A normal window above its minimum size and smaller than the screen, so that full screen is a
// visible change.
const QRect kNormalGeometry(20, 30, 1180, 650);
// Bounds for a shared, loaded 2-core machine: a batch of the small model takes milliseconds.
constexpr int kSignalTimeoutMs = 10000;

// ---- Colour-vision simulation, to check that the families stay apart for colour-blind viewers.

enum class Vision
{
    Normal,
    Protanopia,
    Deuteranopia,
    Tritanopia,
};

using Matrix = std::array<std::array<double, 3>, 3>;
using Triple = std::array<double, 3>;

// Machado, Oliveira and Fernandes (2009), "A physiologically-based model for simulation of color
// vision deficiency", severity 1.0, applied to linear RGB.
Matrix deficiencyMatrix(Vision vision)
{
    switch (vision) {
    case Vision::Protanopia:
        return {{{0.152286, 1.052583, -0.204868},
                 {0.114503, 0.786281, 0.099216},
                 {-0.003882, -0.048116, 1.051998}}};
    case Vision::Deuteranopia:
        return {{{0.367322, 0.860646, -0.227968},
                 {0.280085, 0.672501, 0.047413},
                 {-0.011820, 0.042940, 0.968881}}};
    case Vision::Tritanopia:
        return {{{1.255528, -0.076749, -0.178779},
                 {-0.078411, 0.930809, 0.147602},
                 {0.004733, 0.691367, 0.303900}}};
    case Vision::Normal:
        break;
    }
    return {{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}};
}

double toLinear(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

// CIE L*a*b* (D65) of `color` as a viewer with `vision` sees it.
Triple labAsSeen(const QColor &color, Vision vision)
{
    const Triple rgb = {toLinear(color.redF()), toLinear(color.greenF()), toLinear(color.blueF())};
    const Matrix m = deficiencyMatrix(vision);
    Triple seen{};
    for (std::size_t i = 0; i < 3; ++i) {
        seen[i] = std::clamp(m[i][0] * rgb[0] + m[i][1] * rgb[1] + m[i][2] * rgb[2], 0.0, 1.0);
    }
    const double x = (0.4124 * seen[0] + 0.3576 * seen[1] + 0.1805 * seen[2]) / 0.95047;
    const double y = 0.2126 * seen[0] + 0.7152 * seen[1] + 0.0722 * seen[2];
    const double z = (0.0193 * seen[0] + 0.1192 * seen[1] + 0.9505 * seen[2]) / 1.08883;
    auto f = [](double t) { return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116.0; };
    return {116.0 * f(y) - 16.0, 500.0 * (f(x) - f(y)), 200.0 * (f(y) - f(z))};
}

constexpr double kPi = 3.14159265358979323846;

double degrees(double radians)
{
    return radians * 180.0 / kPi;
}

double radians(double degrees)
{
    return degrees * kPi / 180.0;
}

// CIEDE2000 colour difference (Sharma, Wu and Dalal 2005): about 1 is just noticeable side by
// side, 10 and more reads as another colour.
double ciede2000(const Triple &lab1, const Triple &lab2)
{
    const auto [l1, a1, b1] = lab1;
    const auto [l2, a2, b2] = lab2;
    const double cBar = (std::hypot(a1, b1) + std::hypot(a2, b2)) / 2.0;
    const double g =
        0.5 * (1.0 - std::sqrt(std::pow(cBar, 7) / (std::pow(cBar, 7) + std::pow(25.0, 7))));
    const double a1p = (1.0 + g) * a1;
    const double a2p = (1.0 + g) * a2;
    const double c1p = std::hypot(a1p, b1);
    const double c2p = std::hypot(a2p, b2);
    const double h1p = c1p == 0.0 ? 0.0 : std::fmod(degrees(std::atan2(b1, a1p)) + 360.0, 360.0);
    const double h2p = c2p == 0.0 ? 0.0 : std::fmod(degrees(std::atan2(b2, a2p)) + 360.0, 360.0);
    double dh = h2p - h1p;
    if (c1p * c2p == 0.0) {
        dh = 0.0;
    } else if (dh > 180.0) {
        dh -= 360.0;
    } else if (dh < -180.0) {
        dh += 360.0;
    }
    const double dL = l2 - l1;
    const double dC = c2p - c1p;
    const double dH = 2.0 * std::sqrt(c1p * c2p) * std::sin(radians(dh / 2.0));
    const double lBar = (l1 + l2) / 2.0;
    const double cBarP = (c1p + c2p) / 2.0;
    double hBar = h1p + h2p;
    if (c1p * c2p != 0.0) {
        hBar = std::abs(h1p - h2p) <= 180.0 ? hBar / 2.0
               : hBar < 360.0               ? (hBar + 360.0) / 2.0
                                            : (hBar - 360.0) / 2.0;
    }
    const double t =
        1.0 - 0.17 * std::cos(radians(hBar - 30.0)) + 0.24 * std::cos(radians(2.0 * hBar)) +
        0.32 * std::cos(radians(3.0 * hBar + 6.0)) - 0.20 * std::cos(radians(4.0 * hBar - 63.0));
    const double dTheta = 30.0 * std::exp(-std::pow((hBar - 275.0) / 25.0, 2));
    const double rC =
        2.0 * std::sqrt(std::pow(cBarP, 7) / (std::pow(cBarP, 7) + std::pow(25.0, 7)));
    const double sL =
        1.0 + 0.015 * std::pow(lBar - 50.0, 2) / std::sqrt(20.0 + std::pow(lBar - 50.0, 2));
    const double sC = 1.0 + 0.045 * cBarP;
    const double sH = 1.0 + 0.015 * cBarP * t;
    const double rT = -std::sin(radians(2.0 * dTheta)) * rC;
    return std::sqrt(std::pow(dL / sL, 2) + std::pow(dC / sC, 2) + std::pow(dH / sH, 2) +
                     rT * (dC / sC) * (dH / sH));
}

QColor presentationColor(int family)
{
    return FamilyPalette::color(family, FamilyPalette::Scheme::HighContrast);
}

// ---- The window as a user sees it.

LiveChart &lossChart(MainWindow &window)
{
    return *qobject_cast<LiveChart *>(window.charts().at(0));
}

QAction *presentationAction(MainWindow &window)
{
    return actionWithShortcut(window, QKeySequence(Qt::Key_F5));
}

QAction *highContrastAction(MainWindow &window)
{
    const QList<QAction *> actions = window.findChildren<QAction *>();
    const auto it = std::find_if(actions.begin(), actions.end(), [](const QAction *a) {
        return a->text() == QLatin1String("High contrast");
    });
    return it == actions.end() ? nullptr : *it;
}

QDockWidget *setupDock(MainWindow &window)
{
    return window.findChild<QDockWidget *>(QStringLiteral("setupDock"));
}

// Everything presentation mode changes that a user would notice, read back from the widgets.
struct Look
{
    Qt::WindowStates states;
    QRect geometry;
    QFont windowFont;
    QList<QFont> textFonts; // of every label (the banner's among them), menus, tabs, status bar
    bool setupShown = false;
    qreal tickLabelPoints = 0.0;  // the loss chart's x axis
    qreal chartTitlePoints = 0.0; // the loss chart's title
    qreal lossPenWidth = 0.0;     // the smoothed loss line
    qreal accuracyPenWidth = 0.0; // accuracy against points seen, the model's line
    ViewStyle canvasStyle;        // the canvas, its timeline, bars and heatmap
    ViewStyle barsStyle;
    bool boldConfusionNumbers = false;

    bool operator==(const Look &o) const
    {
        return states == o.states && geometry == o.geometry && windowFont == o.windowFont &&
               textFonts == o.textFonts && setupShown == o.setupShown &&
               tickLabelPoints == o.tickLabelPoints && chartTitlePoints == o.chartTitlePoints &&
               lossPenWidth == o.lossPenWidth && accuracyPenWidth == o.accuracyPenWidth &&
               canvasStyle == o.canvasStyle && barsStyle == o.barsStyle &&
               boldConfusionNumbers == o.boldConfusionNumbers;
    }
};

char *toString(const Look &look)
{
    return QTest::toString(
        QStringLiteral("states %1, geometry %2,%3 %4x%5, window font %6 pt, setup %7, ticks %8 pt, "
                       "title %9 pt, loss pen %10, accuracy pen %11, canvas fonts x%12 lines x%13")
            .arg(int(look.states))
            .arg(look.geometry.x())
            .arg(look.geometry.y())
            .arg(look.geometry.width())
            .arg(look.geometry.height())
            .arg(look.windowFont.pointSizeF())
            .arg(look.setupShown ? "shown" : "hidden")
            .arg(look.tickLabelPoints)
            .arg(look.chartTitlePoints)
            .arg(look.lossPenWidth)
            .arg(look.accuracyPenWidth)
            .arg(look.canvasStyle.fontScale)
            .arg(look.canvasStyle.lineScale));
}

qreal penWidth(QWidget &chartWidget, int series)
{
    // A LiveChart, or a chart built on one (accuracy against points seen).
    auto *live = qobject_cast<LiveChart *>(&chartWidget);
    return (live ? live : chartWidget.findChild<LiveChart *>())->drawnPenWidth(series);
}

Look lookOf(MainWindow &window)
{
    const LiveChart &loss = lossChart(window);
    Look look;
    look.states = window.windowState();
    look.geometry = window.geometry();
    look.windowFont = window.font();
    for (const QLabel *label : window.findChildren<QLabel *>()) {
        look.textFonts.append(label->font());
    }
    look.textFonts << window.menuBar()->font() << window.centralWidget()->font()
                   << window.statusBar()->font();
    look.setupShown = setupDock(window)->isVisible();
    look.tickLabelPoints = loss.tickLabelPointSize();
    look.chartTitlePoints = loss.titlePointSize();
    look.lossPenWidth = penWidth(lossChart(window), 1);
    look.accuracyPenWidth = penWidth(*window.charts().at(2), 0);
    look.canvasStyle = window.canvasView().canvas().viewStyle();
    look.barsStyle = window.canvasView().bars().viewStyle();
    look.boldConfusionNumbers =
        qobject_cast<ConfusionMatrixView *>(window.charts().at(3))->cellFont().bold();
    return look;
}

// Shown and active with test results in the confusion matrix, whose numbers change weight, and
// every tab looked at once: Qt lays out a tab never shown only when something makes it, so its
// minimum size, and with it the window's, can change the first time it is laid out.
bool prepareWithResults(MainWindow &window)
{
    auto *confusion = qobject_cast<ConfusionMatrixView *>(window.charts().at(3));
    if (!confusion->setMatrix({"line", "parabola"}, {{9, 1}, {2, 8}}) || !prepare(window)) {
        return false;
    }
    auto *tabs = qobject_cast<QTabWidget *>(window.centralWidget());
    for (int i = tabs->count() - 1; i >= 0; --i) {
        tabs->setCurrentIndex(i);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    }
    return true;
}

void pressKey(MainWindow &window, Qt::Key key)
{
    QTest::keyClick(&window, key);
}

} // namespace

class TestPresentation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void everyColourStandsOutOnTheChartBackground_data();
    void everyColourStandsOutOnTheChartBackground();
    void coloursStayApartForColourBlindViewers_data();
    void coloursStayApartForColourBlindViewers();

    void f5FillsTheScreenWithoutTheSetup();
    void presentingEnlargesTextAndLines();
    void presentingSwitchesEveryViewToTheHighContrastColours();
    void leavingRestoresTheWindowExactly_data();
    void leavingRestoresTheWindowExactly();
    void togglingTwiceIsIdempotent();
    void escOnlyLeavesWhilePresenting();
    void largeTextChosenWhilePresentingShowsAfterwards();
    void closingWhilePresentingSavesTheNormalWindow();
    void highContrastIsAskedForByTheDesktop_data();
    void highContrastIsAskedForByTheDesktop();
    void highContrastSwitchesTheViewsAndIsRemembered();
    void highContrastColoursTheBannerAndTheSetupAfterTheDesktop();
};

void TestPresentation::initTestCase()
{
    isolateWindowSuite(QStringLiteral("tst_presentation"));
}

void TestPresentation::init()
{
    QSettings settings;
    settings.clear();
    settings.sync();
}

void TestPresentation::everyColourStandsOutOnTheChartBackground_data()
{
    QTest::addColumn<int>("family");
    for (int family = 0; family < FamilyPalette::size(); ++family) {
        QTest::addRow("family %d", family + 1) << family;
    }
}

void TestPresentation::everyColourStandsOutOnTheChartBackground()
{
    QFETCH(int, family);
    LiveChart chart;
    chart.setViewStyle(ViewStyle::presentation());
    const QColor background = chart.backgroundColor();
    const double ratio = contrastRatio(presentationColor(family), background);
    QVERIFY2(ratio >= kMinGraphicsContrast,
             qPrintable(QStringLiteral("%1 on %2: %3:1")
                            .arg(presentationColor(family).name(), background.name())
                            .arg(ratio)));
}

void TestPresentation::coloursStayApartForColourBlindViewers_data()
{
    QTest::addColumn<int>("vision");
    QTest::addColumn<double>("minDifference");
    // 10 CIEDE2000 units reads as another colour; tritanopia (about 1 in 10,000) gets less room.
    QTest::addRow("normal vision") << int(Vision::Normal) << 10.0;
    QTest::addRow("protanopia") << int(Vision::Protanopia) << 10.0;
    QTest::addRow("deuteranopia") << int(Vision::Deuteranopia) << 10.0;
    QTest::addRow("tritanopia") << int(Vision::Tritanopia) << 7.0;
}

void TestPresentation::coloursStayApartForColourBlindViewers()
{
    QFETCH(int, vision);
    QFETCH(double, minDifference);
    for (int a = 0; a < FamilyPalette::size(); ++a) {
        for (int b = a + 1; b < FamilyPalette::size(); ++b) {
            QVERIFY(presentationColor(a) != presentationColor(b));
            const double difference = ciede2000(labAsSeen(presentationColor(a), Vision(vision)),
                                                labAsSeen(presentationColor(b), Vision(vision)));
            QVERIFY2(difference >= minDifference,
                     qPrintable(QStringLiteral("families %1 and %2: %3")
                                    .arg(a + 1)
                                    .arg(b + 1)
                                    .arg(difference)));
        }
    }
}

void TestPresentation::f5FillsTheScreenWithoutTheSetup()
{
    MainWindow window;
    window.setGeometry(kNormalGeometry);
    QVERIFY(prepareWithResults(window));
    QVERIFY(setupDock(window)->isVisible());
    pressKey(window, Qt::Key_F5);
    QVERIFY(window.presentationMode());
    QVERIFY(presentationAction(window)->isChecked());
    QVERIFY(window.windowState() & Qt::WindowFullScreen);
    QTRY_COMPARE(window.geometry(), window.screen()->geometry());
    QVERIFY(!setupDock(window)->isVisible());
}

void TestPresentation::presentingEnlargesTextAndLines()
{
    MainWindow window;
    QVERIFY(prepareWithResults(window));
    const Look before = lookOf(window);
    QHash<const QLabel *, qreal> labelPoints;
    for (const QLabel *label : window.findChildren<QLabel *>()) {
        labelPoints[label] = label->font().pointSizeF();
    }
    window.setPresentationMode(true);
    const Look after = lookOf(window);
    // QVERIFY2, unlike QCOMPARE, does not free what toString() allocates (LeakSanitizer).
    const std::unique_ptr<char[]> shown(toString(after));
    QVERIFY2(after.tickLabelPoints >= 1.5 * before.tickLabelPoints, shown.get());
    QVERIFY(after.chartTitlePoints >= 1.5 * before.chartTitlePoints);
    QVERIFY(after.windowFont.pointSizeF() >= 1.5 * before.windowFont.pointSizeF());
    // Every label on show, the banner and those with a size of their own among them.
    for (const QLabel *label : window.findChildren<QLabel *>()) {
        if (label->isVisible()) {
            QVERIFY2(label->font().pointSizeF() >= 1.49 * labelPoints.value(label),
                     qPrintable(label->text()));
        }
    }
    QVERIFY(after.lossPenWidth >= 2.0 * before.lossPenWidth);
    QVERIFY(after.accuracyPenWidth >= 2.0 * before.accuracyPenWidth);
    QVERIFY(after.canvasStyle.fontScale >= 1.5);
    QVERIFY(after.canvasStyle.lineScale >= 2.0);
    QVERIFY(after.canvasStyle.thinLineWidth >= 2.0);
    QVERIFY(!before.boldConfusionNumbers);
    QVERIFY(after.boldConfusionNumbers);
}

void TestPresentation::presentingSwitchesEveryViewToTheHighContrastColours()
{
    MainWindow window;
    QVERIFY(prepareWithResults(window));
    window.setPresentationMode(true);
    const ViewStyle presenting = ViewStyle::presentation();
    CanvasView &canvas = window.canvasView();
    QCOMPARE(canvas.viewStyle(), presenting);
    QCOMPARE(canvas.canvas().viewStyle(), presenting);
    QCOMPARE(canvas.timeline().viewStyle(), presenting);
    QCOMPARE(canvas.bars().viewStyle(), presenting);
    QCOMPARE(canvas.inside().heatmap().viewStyle(), presenting);
    QCOMPARE(qobject_cast<ConfusionMatrixView *>(window.charts().at(3))->viewStyle(), presenting);
    QCOMPARE(lossChart(window).viewStyle(), presenting);
    // The bars paint the guess in the family's high-contrast colour.
    ProbabilityBars &bars = canvas.bars();
    bars.resize(400, 200);
    QVERIFY(bars.setProbabilities({"line", "parabola"}, {0.25F, 0.75F}));
    const QImage image = bars.grab().toImage();
    const QPoint inBar = bars.barRect(1).center().toPoint();
    QCOMPARE(image.pixelColor(inBar * image.devicePixelRatio()), presentationColor(1));
}

void TestPresentation::leavingRestoresTheWindowExactly_data()
{
    QTest::addColumn<bool>("maximised");
    QTest::addColumn<bool>("largeText");
    QTest::addColumn<int>("leaveKey");
    QTest::addColumn<QRect>("normalGeometry");
    QTest::addRow("normal window, Esc leaves")
        << false << false << int(Qt::Key_Escape) << kNormalGeometry;
    QTest::addRow("normal window, F5 leaves")
        << false << false << int(Qt::Key_F5) << kNormalGeometry;
    QTest::addRow("maximised window, Esc leaves")
        << true << false << int(Qt::Key_Escape) << kNormalGeometry;
    QTest::addRow("maximised window with large text, F5 leaves")
        << true << true << int(Qt::Key_F5) << kNormalGeometry;
    QTest::addRow("normal window with large text, Esc leaves")
        << false << true << int(Qt::Key_Escape) << kNormalGeometry;
    // Where no window manager draws a title bar, a window may sit at the very top.
    QTest::addRow("normal window at the top of the screen, F5 leaves")
        << false << false << int(Qt::Key_F5) << QRect(QPoint(0, 0), kNormalGeometry.size());
}

void TestPresentation::leavingRestoresTheWindowExactly()
{
    QFETCH(bool, maximised);
    QFETCH(bool, largeText);
    QFETCH(int, leaveKey);
    QFETCH(QRect, normalGeometry);
    MainWindow window;
    window.setGeometry(normalGeometry);
    QVERIFY(prepareWithResults(window));
    if (maximised) {
        window.showMaximized();
        QTRY_COMPARE(window.geometry(), window.screen()->availableGeometry());
    }
    window.setLargeText(largeText);
    const Look before = lookOf(window);

    pressKey(window, Qt::Key_F5);
    QVERIFY(window.presentationMode());
    QVERIFY(!(lookOf(window) == before));
    pressKey(window, Qt::Key(leaveKey));

    QVERIFY(!window.presentationMode());
    QVERIFY(!presentationAction(window)->isChecked());
    QTRY_COMPARE(lookOf(window), before);
    QCOMPARE(actionWithShortcut(window, QKeySequence(Qt::Key_Escape))->text(), QString("Stop"));
}

void TestPresentation::togglingTwiceIsIdempotent()
{
    MainWindow window;
    window.setGeometry(kNormalGeometry);
    QVERIFY(prepareWithResults(window));
    const Look normal = lookOf(window);
    window.setPresentationMode(true);
    const Look presenting = lookOf(window);
    window.setPresentationMode(true);
    QCOMPARE(lookOf(window), presenting);
    window.setPresentationMode(false);
    window.setPresentationMode(false);
    QTRY_COMPARE(lookOf(window), normal);

    // Twice through, by key: the second round trip is the same as the first.
    for (int round = 0; round < 2; ++round) {
        pressKey(window, Qt::Key_F5);
        QTRY_COMPARE(lookOf(window), presenting);
        pressKey(window, Qt::Key_F5);
        QTRY_COMPARE(lookOf(window), normal);
    }
}

void TestPresentation::escOnlyLeavesWhilePresenting()
{
    MainWindow window;
    QVERIFY(prepareWithResults(window));
    // Outside presentation mode Esc is Stop, and does not present.
    pressKey(window, Qt::Key_Escape);
    QVERIFY(!window.presentationMode());

    QSignalSpy progress(&window.controller(), &TrainingController::progress);
    window.startOrPause();
    QVERIFY(progress.wait(kSignalTimeoutMs));
    window.setPresentationMode(true);
    // While presenting, Esc leaves presentation mode and the training goes on...
    pressKey(window, Qt::Key_Escape);
    QVERIFY(!window.presentationMode());
    QCOMPARE(window.controller().state(), State::Running);
    // ...and once out, Esc stops it as before.
    pressKey(window, Qt::Key_Escape);
    QTRY_COMPARE_WITH_TIMEOUT(window.controller().state(), State::Idle, kSignalTimeoutMs);
    QVERIFY(!window.presentationMode());
}

void TestPresentation::largeTextChosenWhilePresentingShowsAfterwards()
{
    MainWindow window;
    QVERIFY(prepareWithResults(window));
    window.setPresentationMode(true);
    window.setLargeText(true);
    // Presentation mode stays as it is...
    QCOMPARE(window.canvasView().viewStyle(), ViewStyle::presentation());
    window.setPresentationMode(false);
    // ...and the choice shows once it ends.
    QCOMPARE(window.canvasView().viewStyle(), ViewStyle::largeText());
    QCOMPARE(lossChart(window).viewStyle(), ViewStyle::largeText());
}

void TestPresentation::closingWhilePresentingSavesTheNormalWindow()
{
    {
        MainWindow window;
        window.setGeometry(kNormalGeometry);
        QVERIFY(prepareWithResults(window));
        window.setPresentationMode(true);
        window.close();
    }
    MainWindow window;
    QVERIFY(!window.presentationMode());
    QVERIFY(!(window.windowState() & Qt::WindowFullScreen));
    QCOMPARE(window.geometry(), kNormalGeometry);
    QCOMPARE(window.canvasView().viewStyle(), ViewStyle::standard());
}

void TestPresentation::highContrastIsAskedForByTheDesktop_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<QByteArray>("gtkTheme");
    QTest::addColumn<QString>("styleName");
    QTest::addColumn<bool>("asked");
    const QPalette ordinary = QApplication::style()->standardPalette();
    QPalette blackOnWhite(Qt::black, Qt::white, Qt::white, Qt::black, Qt::black, Qt::black,
                          Qt::white);
    blackOnWhite.setColor(QPalette::Button, Qt::white);
    QPalette whiteOnBlack(Qt::white, Qt::black, Qt::black, Qt::white, Qt::white, Qt::white,
                          Qt::black);
    whiteOnBlack.setColor(QPalette::Button, Qt::black);
    QTest::addRow("an ordinary theme") << ordinary << QByteArray() << "fusion" << false;
    QTest::addRow("a dark theme") << ordinary << QByteArray("Adwaita:dark") << "fusion" << false;
    QTest::addRow("GTK's high-contrast theme")
        << ordinary << QByteArray("HighContrast") << "fusion" << true;
    QTest::addRow("its inverse") << ordinary << QByteArray("HighContrastInverse") << "fusion"
                                 << true;
    QTest::addRow("a high-contrast Qt style")
        << ordinary << QByteArray() << "high-contrast" << true;
    QTest::addRow("black on white only") << blackOnWhite << QByteArray() << "fusion" << true;
    QTest::addRow("white on black only") << whiteOnBlack << QByteArray() << "fusion" << true;
}

void TestPresentation::highContrastIsAskedForByTheDesktop()
{
    QFETCH(QPalette, palette);
    QFETCH(QByteArray, gtkTheme);
    QFETCH(QString, styleName);
    QFETCH(bool, asked);
    QCOMPARE(desktopAsksHighContrast(palette, gtkTheme, styleName), asked);
}

void TestPresentation::highContrastSwitchesTheViewsAndIsRemembered()
{
    const ViewStyle high = ViewStyle::standard().withHighContrast();
    {
        MainWindow window;
        QAction *highContrast = highContrastAction(window);
        QVERIFY(highContrast);
        QVERIFY(!highContrast->isChecked()); // the offscreen platform's theme is an ordinary one
        highContrast->trigger();
        CanvasView &canvas = window.canvasView();
        QCOMPARE(canvas.canvas().viewStyle(), high);
        QCOMPARE(canvas.bars().viewStyle(), high);
        QCOMPARE(lossChart(window).viewStyle(), high);
        QCOMPARE(canvas.canvas().viewStyle().fontScale, 1.0); // text sizes stay
        window.close();
    }
    MainWindow again;
    QCOMPARE(again.canvasView().canvas().viewStyle(), high);
}

void TestPresentation::highContrastColoursTheBannerAndTheSetupAfterTheDesktop()
{
    const QPalette before = QApplication::palette();
    MainWindow window;
    auto *banner = window.findChild<MessageBanner *>();
    auto *setupError = window.findChild<QLabel *>(QStringLiteral("errorLabel"));
    QVERIFY(banner && setupError);
    banner->showMessage(MessageBanner::Kind::Error, QStringLiteral("Refused"));
    auto textOnWindow = [](QLabel *label, const QColor &window) {
        label->ensurePolished();
        return contrastRatio(label->palette().color(QPalette::WindowText), window);
    };
    // The standard banner: its own pale red, whatever the desktop.
    QCOMPARE(banner->palette().color(QPalette::Window), QColor(0xfd, 0xea, 0xea));

    highContrastAction(window)->trigger();
    // A white-on-black theme chosen while the app runs.
    QPalette whiteOnBlack(Qt::white, Qt::black, Qt::black, Qt::white, Qt::white, Qt::white,
                          Qt::black);
    QApplication::setPalette(whiteOnBlack); // the window hears of it through a posted event
    QTRY_COMPARE(banner->palette().color(QPalette::Window), QColor(Qt::black));
    const double bannerRatio = textOnWindow(banner, Qt::black);
    const double setupRatio = textOnWindow(setupError, Qt::black);
    QApplication::setPalette(before);
    QVERIFY2(bannerRatio >= 7.0, qPrintable(QString::number(bannerRatio)));
    QVERIFY2(setupRatio >= 7.0, qPrintable(QString::number(setupRatio)));
}

// QTEST_MAIN, on a 1280x720 offscreen screen (see kScreenWidth).
int main(int argc, char *argv[])
{
    QTemporaryFile screens;
    if (qgetenv("QT_QPA_PLATFORM") == "offscreen" && screens.open()) {
        const QJsonObject screen{
            {"name", "projector"}, {"width", kScreenWidth}, {"height", kScreenHeight}};
        screens.write(QJsonDocument(QJsonObject{{"windowFrameMargins", false},
                                                {"screens", QJsonArray{screen}}})
                          .toJson());
        screens.flush();
        qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + screens.fileName().toLocal8Bit());
    }
    QApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    TestPresentation test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_presentation.moc"
