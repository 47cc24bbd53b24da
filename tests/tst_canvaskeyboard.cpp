// The canvas tab without a mouse: a person tabs to the canvas, places points with the arrow keys
// and Enter, picks, moves and removes one, undoes, and hears the guess after every point.
#include "canvasdocument.h"
#include "canvaskeyboard.h"
#include "canvasview.h"
#include "metatypes.h"
#include "pointcanvas.h"
#include "readynetwork.h"

#include <QAccessible>
#include <QAction>
#include <QImage>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>
#include <cmath>
#include <memory>

using namespace curvelab;

namespace {

// Points placed along the line, as in the question's sequences (and enough for a firm guess).
constexpr int kLinePoints = 6;

bool near(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(a));
}

QString description(QWidget &widget)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(&widget);
    return iface ? iface->text(QAccessible::Description) : QString();
}

} // namespace

class TestCanvasKeyboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void canvasAndTabAreNamed();
    void tabShowsTheCursorInTheMiddle();
    void arrowsMoveByAGridStep_data();
    void arrowsMoveByAGridStep();
    void keyboardAloneDrawsALineAndEditsIt();
    void pickingAPoint_data();
    void pickingAPoint();
    void shortcutsKeepTheirKeys_data();
    void shortcutsKeepTheirKeys();
    void aClickHidesTheCursor();
    void cursorAndFocusFrameAreDrawn();

private:
    PointCanvas &canvas() { return m_view->canvas(); }
    CanvasDocument &document() { return m_view->document(); }
    void key(Qt::Key k, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        QTest::keyClick(&canvas(), k, mods);
    }
    // The distance one arrow moves the cursor on each axis, measured from the keyboard.
    Point step();

    std::unique_ptr<CanvasView> m_view;
    std::unique_ptr<QSignalSpy> m_said; // the canvas's announcements
};

void TestCanvasKeyboard::initTestCase()
{
    registerMetaTypes();
}

void TestCanvasKeyboard::init()
{
    m_view = std::make_unique<CanvasView>();
    m_view->setReadyNetwork(readyNetwork());
    m_view->resize(1200, 800);
    m_view->show();
    m_view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    // Offscreen has no platform accessibility, so Qt hands no QAccessibleEvent to an update
    // handler; what the canvas says is read from its signal and its accessible interface.
    m_said = std::make_unique<QSignalSpy>(&canvas(), &PointCanvas::announced);
    canvas().setFocus(Qt::TabFocusReason);
    QVERIFY(canvas().hasFocus());
    m_said->clear();
}

void TestCanvasKeyboard::cleanup()
{
    m_said.reset();
    m_view.reset();
}

Point TestCanvasKeyboard::step()
{
    const Point from = canvas().keyboard().cursor();
    key(Qt::Key_Right);
    key(Qt::Key_Up);
    const Point to = canvas().keyboard().cursor();
    key(Qt::Key_Left);
    key(Qt::Key_Down);
    return {to.x - from.x, to.y - from.y};
}

void TestCanvasKeyboard::canvasAndTabAreNamed()
{
    QVERIFY(canvas().focusPolicy() & Qt::TabFocus);
    for (QWidget *widget :
         {static_cast<QWidget *>(&canvas()), static_cast<QWidget *>(m_view.get())}) {
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
        QVERIFY(iface);
        QVERIFY(!iface->text(QAccessible::Name).isEmpty());
        QVERIFY(!iface->text(QAccessible::Description).isEmpty());
    }
    QVERIFY(canvas().whatsThis().contains(QStringLiteral("Enter")));
}

void TestCanvasKeyboard::tabShowsTheCursorInTheMiddle()
{
    QVERIFY(canvas().keyboard().isShown());
    const CanvasTransform &view = canvas().transform();
    const Point c = canvas().keyboard().cursor();
    const Point s = step();
    QVERIFY(s.x > 0.0 && s.y > 0.0);
    QVERIFY(std::abs(c.x - (view.xMin() + view.xMax()) / 2.0) <= s.x / 10.0);
    QVERIFY(std::abs(c.y - (view.yMin() + view.yMax()) / 2.0) <= s.y / 10.0);
    // Home brings it back from wherever the arrows took it.
    key(Qt::Key_Left);
    key(Qt::Key_Down);
    key(Qt::Key_Home);
    QVERIFY(near(canvas().keyboard().cursor().x, c.x));
    QVERIFY(near(canvas().keyboard().cursor().y, c.y));
    // Far enough to pan the view: Home centres the cursor in the view now shown.
    for (int i = 0; i < 10; ++i) {
        key(Qt::Key_Right);
    }
    QVERIFY(view.xMax() >= canvas().keyboard().cursor().x);
    QVERIFY(view.xMin() > c.x - s.x);
    key(Qt::Key_Home);
    QVERIFY(std::abs(canvas().keyboard().cursor().x - (view.xMin() + view.xMax()) / 2.0) <=
            s.x / 10.0);
}

void TestCanvasKeyboard::arrowsMoveByAGridStep_data()
{
    QTest::addColumn<int>("arrow");
    QTest::addColumn<bool>("fine");
    QTest::addColumn<double>("dx"); // in grid steps
    QTest::addColumn<double>("dy");
    QTest::addRow("right moves one step right") << int(Qt::Key_Right) << false << 1.0 << 0.0;
    QTest::addRow("left moves one step left") << int(Qt::Key_Left) << false << -1.0 << 0.0;
    QTest::addRow("up moves one step up") << int(Qt::Key_Up) << false << 0.0 << 1.0;
    QTest::addRow("down moves one step down") << int(Qt::Key_Down) << false << 0.0 << -1.0;
    QTest::addRow("shift+right moves a tenth") << int(Qt::Key_Right) << true << 0.1 << 0.0;
    QTest::addRow("shift+down moves a tenth") << int(Qt::Key_Down) << true << 0.0 << -0.1;
}

void TestCanvasKeyboard::arrowsMoveByAGridStep()
{
    QFETCH(int, arrow);
    QFETCH(bool, fine);
    QFETCH(double, dx);
    QFETCH(double, dy);
    const Point s = step();
    const Point from = canvas().keyboard().cursor();
    key(static_cast<Qt::Key>(arrow), fine ? Qt::ShiftModifier : Qt::NoModifier);
    const Point to = canvas().keyboard().cursor();
    QVERIFY2(near(to.x, from.x + dx * s.x), qPrintable(QString::number(to.x)));
    QVERIFY2(near(to.y, from.y + dy * s.y), qPrintable(QString::number(to.y)));
    QCOMPARE(document().count(), 0);
    // Where the cursor went is said.
    QVERIFY(description(canvas()).startsWith(QStringLiteral("Cursor at x ")));
    QVERIFY(!m_said->isEmpty());
}

void TestCanvasKeyboard::keyboardAloneDrawsALineAndEditsIt()
{
    const Point s = step();
    // From the lower left of the view, so the line stays on the canvas.
    for (int i = 0; i < 3; ++i) {
        key(Qt::Key_Left);
        key(Qt::Key_Down);
    }
    const Point start = canvas().keyboard().cursor();
    auto expected = [&](int i) { return Point{start.x + i * s.x, start.y + i * s.y}; };

    for (int i = 0; i < kLinePoints; ++i) {
        m_said->clear();
        key(Qt::Key_Return);
        QCOMPARE(document().count(), i + 1);
        // Said after every point: which point, where, and the guess.
        const QString said = description(canvas());
        QVERIFY2(said.startsWith(QStringLiteral("Point %1 at x ").arg(i + 1)), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("Guess: ")), qPrintable(said));
        QVERIFY(!m_said->isEmpty());
        if (i == kLinePoints - 1) {
            QVERIFY2(said.contains(QStringLiteral("Guess: line")), qPrintable(said));
        }
        key(Qt::Key_Right);
        key(Qt::Key_Up);
    }
    for (int i = 0; i < kLinePoints; ++i) {
        const Point &p = document().points()[static_cast<std::size_t>(i)];
        QVERIFY2(near(p.x, expected(i).x) && near(p.y, expected(i).y),
                 qPrintable(QStringLiteral("point %1 at %2, %3").arg(i + 1).arg(p.x).arg(p.y)));
    }
    QVERIFY2(m_view->guessText().contains(QStringLiteral("line")), qPrintable(m_view->guessText()));
    QCOMPARE(document().undoStack()->count(), kLinePoints);

    // Point 3: picked, moved up twice (one undo step), removed, brought back by undo.
    key(Qt::Key_PageDown);
    key(Qt::Key_PageDown);
    key(Qt::Key_PageDown);
    QCOMPARE(canvas().keyboard().picked(), 2);
    QVERIFY(description(canvas()).startsWith(QStringLiteral("Point 3 of 6 picked")));
    m_said->clear();
    key(Qt::Key_Up);
    key(Qt::Key_Up);
    const Point moved{expected(2).x, expected(2).y + 2 * s.y};
    QVERIFY(near(document().points()[2].x, moved.x));
    QVERIFY(near(document().points()[2].y, moved.y));
    QCOMPARE(document().count(), kLinePoints);
    QCOMPARE(document().undoStack()->count(), kLinePoints + 1);
    QVERIFY(description(canvas()).startsWith(QStringLiteral("Point 3 at x ")));
    QCOMPARE(m_said->count(), 2); // once per move

    key(Qt::Key_Delete);
    QCOMPARE(document().count(), kLinePoints - 1);
    QCOMPARE(canvas().keyboard().picked(), -1);
    QVERIFY(near(document().points()[2].x, expected(3).x)); // the rest moved up one place
    QVERIFY(description(canvas()).startsWith(QStringLiteral("Point 3 removed, 5 point")));

    key(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(document().count(), kLinePoints);
    QVERIFY(near(document().points()[2].y, moved.y));
    QVERIFY(description(canvas()).startsWith(QStringLiteral("Point 3 at x ")));
    key(Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(near(document().points()[2].y, expected(2).y));
    QVERIFY(description(canvas()).contains(QStringLiteral("Guess: line")));
}

void TestCanvasKeyboard::pickingAPoint_data()
{
    QTest::addColumn<QList<int>>("keys");
    QTest::addColumn<int>("picked"); // 0-based, -1 for none
    const int up = Qt::Key_PageUp;
    const int down = Qt::Key_PageDown;
    const int prev = Qt::Key_BracketLeft;
    const int next = Qt::Key_BracketRight;
    QTest::addRow("page down first picks the first point") << QList<int>{down} << 0;
    QTest::addRow("page up first picks the last point") << QList<int>{up} << 3;
    QTest::addRow("] and [ step like page down and up") << QList<int>{next, next, next, prev} << 1;
    QTest::addRow("stepping stops at the last point")
        << QList<int>{down, down, down, down, down} << 3;
    QTest::addRow("stepping stops at the first point") << QList<int>{up, up, up, up, up} << 0;
    QTest::addRow("escape lets go") << QList<int>{down, int(Qt::Key_Escape)} << -1;
    QTest::addRow("home lets go") << QList<int>{down, int(Qt::Key_Home)} << -1;
    QTest::addRow("delete without a pick keeps every point")
        << QList<int>{int(Qt::Key_Delete), int(Qt::Key_Backspace)} << -1;
}

void TestCanvasKeyboard::pickingAPoint()
{
    QFETCH(QList<int>, keys);
    QFETCH(int, picked);
    for (int i = 0; i < 4; ++i) {
        key(Qt::Key_Return);
        key(Qt::Key_Right);
    }
    for (int k : keys) {
        key(static_cast<Qt::Key>(k));
    }
    QCOMPARE(canvas().keyboard().picked(), picked);
    QCOMPARE(document().count(), 4);
    if (picked >= 0) {
        const Point &p = document().points()[static_cast<std::size_t>(picked)];
        QVERIFY(near(canvas().keyboard().cursor().x, p.x));
    }
}

void TestCanvasKeyboard::shortcutsKeepTheirKeys_data()
{
    QTest::addColumn<int>("shortcut");
    QTest::addColumn<bool>("pickFirst");
    QTest::addColumn<bool>("triggered");
    QTest::addColumn<int>("points");
    QTest::addRow("space places a point, not start") << int(Qt::Key_Space) << false << false << 2;
    QTest::addRow("escape with nothing picked stops") << int(Qt::Key_Escape) << false << true << 1;
    QTest::addRow("escape with a pick lets go") << int(Qt::Key_Escape) << true << false << 1;
    QTest::addRow("page down turns a lesson's step") << int(Qt::Key_PageDown) << false << true << 1;
}

void TestCanvasKeyboard::shortcutsKeepTheirKeys()
{
    QFETCH(int, shortcut);
    QFETCH(bool, pickFirst);
    QFETCH(bool, triggered);
    QFETCH(int, points);
    key(Qt::Key_Return);
    key(Qt::Key_Right);
    if (pickFirst) {
        key(Qt::Key_BracketLeft);
    }
    // As the main window's Start (Space), Stop (Escape) and a lesson's Next (Page Down).
    QAction action;
    action.setShortcut(QKeySequence(shortcut));
    action.setShortcutContext(Qt::ApplicationShortcut);
    m_view->addAction(&action);
    QSignalSpy spy(&action, &QAction::triggered);
    key(static_cast<Qt::Key>(shortcut));
    QCOMPARE(spy.count(), triggered ? 1 : 0);
    QCOMPARE(document().count(), points);
    QCOMPARE(canvas().keyboard().picked(), -1);
    m_view->removeAction(&action);
}

void TestCanvasKeyboard::aClickHidesTheCursor()
{
    key(Qt::Key_Right);
    QVERIFY(canvas().keyboard().isShown());
    const QPoint middle = canvas().plotRect().center().toPoint();
    QTest::mouseClick(&canvas(), Qt::LeftButton, Qt::NoModifier, middle);
    QCOMPARE(document().count(), 1);
    QVERIFY(!canvas().keyboard().isShown());
    // Space is Start again until the keyboard is used on the canvas.
    QAction start;
    start.setShortcut(QKeySequence(Qt::Key_Space));
    start.setShortcutContext(Qt::ApplicationShortcut);
    m_view->addAction(&start);
    QSignalSpy spy(&start, &QAction::triggered);
    key(Qt::Key_Space);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(document().count(), 1);
    m_view->removeAction(&start);
}

void TestCanvasKeyboard::cursorAndFocusFrameAreDrawn()
{
    const QPointF at = canvas().transform().toWidget(canvas().keyboard().cursor());
    // On the crosshair's right arm, half-way out, and on the frame in the top left corner.
    const QPoint arm = (at + QPointF(11.0, 0.0)).toPoint();
    const QPoint frame(1, 1);
    QImage image = canvas().grab().toImage();
    QVERIFY2(image.pixelColor(arm).lightness() < 100, qPrintable(image.pixelColor(arm).name()));
    QVERIFY2(image.pixelColor(frame).blue() > 150 && image.pixelColor(frame).red() < 100,
             qPrintable(image.pixelColor(frame).name()));
    // Without the focus, neither.
    m_view->setFocus(Qt::OtherFocusReason);
    QVERIFY(!canvas().hasFocus());
    image = canvas().grab().toImage();
    QVERIFY(image.pixelColor(arm).lightness() > 200);
    QVERIFY(image.pixelColor(frame).lightness() > 200);
}

QTEST_MAIN(TestCanvasKeyboard)
#include "tst_canvaskeyboard.moc"
