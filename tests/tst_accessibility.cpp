#include "builtinlessons.h"
#include "lessonpanel.h"
#include "mainwindow.h"
#include "setuppanel.h"
#include "windowtestsupport.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QSettings>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QToolBar>
#include <algorithm>

using namespace curvelab;
using namespace curvelab::test;

namespace {

// The parts of the window a screen-reader user moves through, one test row each. The seed world
// shows each family's ranges, three fields a family that the drawn world hides.
enum class Part
{
    Tab,
    SetupPanel,
    SetupPanelSeedWorld,
    LessonPanel,
    WindowFrame
};

// Roles a user acts on: each must be read out by name. Containers, labels, scroll bars and the
// cells of views are not controls of their own.
bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::Dial:
    case QAccessible::EditableText:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::ButtonDropGrid:
    case QAccessible::MenuItem:
    case QAccessible::PageTab:
    case QAccessible::Link:
    case QAccessible::List:
    case QAccessible::Table:
    case QAccessible::Tree:
        return true;
    default:
        return false;
    }
}

// Where a control sits, for the failure message: its class, object name and named ancestors.
QString describe(QAccessibleInterface *iface)
{
    QObject *object = iface->object();
    QString text = QStringLiteral("%1 (role 0x%2)")
                       .arg(object ? QString::fromLatin1(object->metaObject()->className())
                                   : QStringLiteral("?"))
                       .arg(int(iface->role()), 0, 16);
    QStringList path;
    for (QObject *o = object; o; o = o->parent()) {
        // Qt's own parts (qt_tabwidget_stackedwidget and the like) say nothing about where.
        if (!o->objectName().isEmpty() && !o->objectName().startsWith(QLatin1String("qt_"))) {
            path.prepend(o->objectName());
        } else if (qstrncmp(o->metaObject()->className(), "curvelab::", 10) == 0) {
            path.prepend(QString::fromLatin1(o->metaObject()->className() + 10));
        }
    }
    if (!path.isEmpty()) {
        text += QLatin1String(" at ") + path.join(QLatin1Char('/'));
    }
    return text;
}

// Qt falls back on text that is not the control's name: a combo box without a name reads its
// current item, a field in a form row that holds a layout reads the title of its group. A screen
// reader then says "line, combo box" or "Training, edit", which tells the user nothing.
QString borrowedName(QAccessibleInterface *iface, const QString &name)
{
    auto *widget = qobject_cast<QWidget *>(iface->object());
    switch (iface->role()) {
    case QAccessible::ComboBox:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::EditableText:
        // On Linux Qt reports a combo box's current item as its name by design and gives the
        // label as a "labelled by" relation, which Orca reads; elsewhere the name is read.
        if (name == iface->text(QAccessible::Value).trimmed() &&
            (!widget || widget->accessibleName().isEmpty()) &&
            iface->relations(QAccessible::Labelled).isEmpty()) {
            return QStringLiteral("its value, and no label or name");
        }
        break;
    default:
        break;
    }
    if (widget && widget->accessibleName().isEmpty()) {
        for (QWidget *w = widget->parentWidget(); w; w = w->parentWidget()) {
            auto *group = qobject_cast<QGroupBox *>(w);
            if (group && group->title().remove(QLatin1Char('&')).trimmed() == name) {
                return QStringLiteral("the title of its group, not a name");
            }
        }
    }
    return {};
}

class Walker
{
public:
    QStringList offenders;

    void walk(QAccessibleInterface *iface, int depth = 0)
    {
        // Invisible parts (hidden tabs, closed panels) are not read out; neither are their
        // children. The depth bound keeps a cycle in a broken tree from hanging the suite.
        if (!iface || !iface->isValid() || depth > 64 || m_seen.contains(iface)) {
            return;
        }
        m_seen.insert(iface);
        if (iface->state().invisible) {
            return;
        }
        check(iface);
        for (int i = 0; i < iface->childCount(); ++i) {
            walk(iface->child(i), depth + 1);
        }
    }

    // Widgets the tree does not reach (a view's cell widgets, for one) are checked as well.
    void walkWidgets(QWidget *root)
    {
        const auto widgets = root->findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            if (widget->isVisible()) {
                walk(QAccessible::queryAccessibleInterface(widget));
            }
        }
    }

private:
    void check(QAccessibleInterface *iface)
    {
        if (!isInteractive(iface->role()) || iface->state().invisible) {
            return;
        }
        // The line edit inside a spin box or a combo box is read as part of it.
        QObject *object = iface->object();
        if (object && object->parent() &&
            (qobject_cast<QAbstractSpinBox *>(object->parent()) ||
             qobject_cast<QComboBox *>(object->parent()))) {
            return;
        }
        const QString name = iface->text(QAccessible::Name).trimmed();
        if (name.isEmpty()) {
            offenders << describe(iface);
        } else if (const QString why = borrowedName(iface, name); !why.isEmpty()) {
            offenders << describe(iface) + QLatin1String(" reads \"") + name +
                             QLatin1String("\": ") + why;
        } else if (m_names.contains(name) && iface->role() != QAccessible::PageTab &&
                   iface->role() != QAccessible::MenuItem) {
            // Three fields all read "x" leave the user guessing which family each belongs to.
            offenders << describe(iface) + QLatin1String(" reads \"") + name +
                             QLatin1String("\" as another control does");
        }
        m_names.insert(name);
        // Qt hands a rich-text tooltip to the screen reader as the description, tags and all.
        if (iface->text(QAccessible::Description).contains(QLatin1Char('<'))) {
            offenders << describe(iface) + QLatin1String(" has a description in markup");
        }
        if (qEnvironmentVariableIsSet("CURVELAB_A11Y_DUMP")) {
            // What a screen reader reads, to review by ear: set the variable and read the log.
            qInfo().noquote() << describe(iface) << "reads" << name << "|"
                              << iface->text(QAccessible::Description);
        }
    }

    QSet<QAccessibleInterface *> m_seen;
    QSet<QString> m_names;
};

QStringList offendersUnder(QWidget *root)
{
    Walker walker;
    walker.walk(QAccessible::queryAccessibleInterface(root));
    walker.walkWidgets(root);
    return walker.offenders;
}

QString list(const QStringList &offenders)
{
    return QStringLiteral("%1 control(s) without a name a screen reader can use:\n  ")
               .arg(offenders.size()) +
           offenders.join(QLatin1String("\n  "));
}

QTabWidget &tabs(MainWindow &window)
{
    auto *tabs = qobject_cast<QTabWidget *>(window.centralWidget());
    if (!tabs) {
        qFatal("the main window's central widget is not a tab widget");
    }
    return *tabs;
}

void raiseDockOf(QWidget *widget)
{
    for (QWidget *w = widget; w; w = w->parentWidget()) {
        if (auto *dock = qobject_cast<QDockWidget *>(w)) {
            dock->show();
            dock->raise();
            return;
        }
    }
}

// The seed world, where the setup shows each family's ranges; a new config rebuilds the rows.
void showSeedWorld(MainWindow &window)
{
    TrainingConfig config = smallConfig();
    config.generator.world = CurveWorld::Seed;
    window.setupPanel().setConfig(config);
}

// The widgets of class `className` under `root`, shown or not.
QList<QWidget *> widgetsOfClass(QWidget *root, const char *className)
{
    QList<QWidget *> found;
    const auto widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (qstrcmp(widget->metaObject()->className(), className) == 0) {
            found << widget;
        }
    }
    return found;
}

// The control that a focused widget belongs to: a spin box's or combo box's own line edit
// stands for the box.
QWidget *control(QWidget *widget)
{
    QWidget *parent = widget ? widget->parentWidget() : nullptr;
    if (parent && (qobject_cast<QAbstractSpinBox *>(parent) || qobject_cast<QComboBox *>(parent))) {
        return parent;
    }
    return widget;
}

} // namespace

Q_DECLARE_METATYPE(Part)

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void interactiveControlsHaveNames_data();
    void interactiveControlsHaveNames();
    void paintedViewsAreNamedAndDescribed_data();
    void paintedViewsAreNamedAndDescribed();
    void tabMovesThroughTheSetupInReadingOrder_data();
    void tabMovesThroughTheSetupInReadingOrder();
};

void TestAccessibility::initTestCase()
{
    isolateWindowSuite(QStringLiteral("tst_accessibility"));
    // What a screen reader does: makes Qt build and keep the accessible interfaces.
    QAccessible::setActive(true);
}

void TestAccessibility::init()
{
    QSettings settings;
    settings.clear();
    settings.sync();
}

void TestAccessibility::interactiveControlsHaveNames_data()
{
    QTest::addColumn<Part>("part");
    QTest::addColumn<int>("tab");
    QTest::addRow("Training tab") << Part::Tab << 0;
    QTest::addRow("Canvas tab") << Part::Tab << 1;
    QTest::addRow("Race tab") << Part::Tab << 2;
    QTest::addRow("Curves tab") << Part::Tab << 3;
    QTest::addRow("setup panel") << Part::SetupPanel << -1;
    QTest::addRow("setup panel in the seed world") << Part::SetupPanelSeedWorld << -1;
    QTest::addRow("lesson panel with a lesson open") << Part::LessonPanel << -1;
    QTest::addRow("menu bar, toolbars, tab bar and status bar") << Part::WindowFrame << -1;
}

void TestAccessibility::interactiveControlsHaveNames()
{
    QFETCH(Part, part);
    QFETCH(int, tab);

    MainWindow window;
    if (part == Part::SetupPanelSeedWorld) {
        showSeedWorld(window);
    }
    QVERIFY(showAndActivate(window));
    QStringList offenders;
    switch (part) {
    case Part::Tab: {
        QTabWidget &pages = tabs(window);
        QVERIFY(tab < pages.count());
        pages.setCurrentIndex(tab);
        QVERIFY(pages.currentWidget()->isVisible());
        offenders = offendersUnder(pages.currentWidget());
        break;
    }
    case Part::SetupPanel:
    case Part::SetupPanelSeedWorld:
        raiseDockOf(&window.setupPanel());
        QTRY_VERIFY(window.setupPanel().isVisible());
        offenders = offendersUnder(&window.setupPanel());
        break;
    case Part::LessonPanel:
        QVERIFY(!builtInLessons().empty());
        QVERIFY(window.openLesson(builtInLessons().front()));
        raiseDockOf(&window.lessonPanel());
        QTRY_VERIFY(window.lessonPanel().isVisible());
        offenders = offendersUnder(&window.lessonPanel());
        break;
    case Part::WindowFrame: {
        offenders << offendersUnder(window.menuBar());
        // Menus open as popups of their own: their items are checked closed, as actions.
        const auto menus = window.menuBar()->findChildren<QMenu *>();
        for (QMenu *menu : menus) {
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(menu);
            for (int i = 0; iface && i < iface->childCount(); ++i) {
                QAccessibleInterface *item = iface->child(i);
                if (item && item->role() == QAccessible::MenuItem &&
                    item->text(QAccessible::Name).trimmed().isEmpty()) {
                    offenders << describe(item) + QLatin1String(" in menu ") + menu->title();
                }
            }
        }
        const auto toolBars = window.findChildren<QToolBar *>();
        for (QToolBar *bar : toolBars) {
            offenders << offendersUnder(bar);
        }
        offenders << offendersUnder(window.statusBar());
        offenders << offendersUnder(tabs(window).tabBar());
        break;
    }
    }
    QVERIFY2(offenders.isEmpty(), qPrintable(list(offenders)));
}

void TestAccessibility::paintedViewsAreNamedAndDescribed_data()
{
    QTest::addColumn<QByteArray>("className");
    for (const char *name :
         {"curvelab::PointCanvas", "curvelab::ProbabilityBars", "curvelab::BeliefTimeline",
          "curvelab::GateHeatmap", "curvelab::ConfusionMatrixView"}) {
        QTest::addRow("%s", name) << QByteArray(name);
    }
}

void TestAccessibility::paintedViewsAreNamedAndDescribed()
{
    QFETCH(QByteArray, className);

    MainWindow window;
    QVERIFY(showAndActivate(window));
    const QList<QWidget *> views = widgetsOfClass(&window, className.constData());
    QVERIFY2(!views.isEmpty(), className.constData());
    for (QWidget *view : views) {
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(view);
        QVERIFY(iface);
        QVERIFY2(!iface->text(QAccessible::Name).trimmed().isEmpty(),
                 qPrintable(describe(iface) + QLatin1String(" has no name")));
        QVERIFY2(!view->accessibleDescription().trimmed().isEmpty(),
                 qPrintable(describe(iface) + QLatin1String(" has no description")));
    }
}

void TestAccessibility::tabMovesThroughTheSetupInReadingOrder_data()
{
    QTest::addColumn<bool>("seedWorld");
    QTest::addRow("as it opens (drawn world, ranges hidden)") << false;
    // A new config rebuilds the family rows, and the seed world shows their ranges.
    QTest::addRow("seed world set afterwards, ranges shown") << true;
}

void TestAccessibility::tabMovesThroughTheSetupInReadingOrder()
{
    QFETCH(bool, seedWorld);

    MainWindow window;
    if (seedWorld) {
        showSeedWorld(window);
    }
    QVERIFY(showAndActivate(window));
    SetupPanel &setup = window.setupPanel();
    raiseDockOf(&setup);
    QTRY_VERIFY(setup.isVisible());

    // Every control Tab should reach, in reading order; from the first, press Tab until the
    // focus leaves the panel.
    QList<QWidget *> expected;
    const auto widgets = setup.findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) &&
            !expected.contains(control(w))) {
            expected << control(w);
        }
    }
    const auto place = [&setup](QWidget *w) { return w->mapTo(&setup, QPoint(0, 0)); };
    std::sort(expected.begin(), expected.end(), [&place](QWidget *a, QWidget *b) {
        return std::pair(place(a).y(), place(a).x()) < std::pair(place(b).y(), place(b).x());
    });
    QVERIFY(!expected.isEmpty());
    QWidget *first = expected.first();
    first->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), first);

    // Consecutive controls must not go back up the panel, nor left along a row.
    constexpr int kRowSlack = 4; // pixels: widgets of one row differ a little in height
    constexpr int kMaxPresses = 300;
    QStringList wrong;
    QList<QWidget *> visited{control(first)};
    for (int press = 0; press < kMaxPresses; ++press) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *now = control(QApplication::focusWidget());
        if (!now || !setup.isAncestorOf(now) || visited.contains(now)) {
            break;
        }
        QWidget *before = visited.last();
        const QRect a(before->mapTo(&setup, QPoint(0, 0)), before->size());
        const QRect b(now->mapTo(&setup, QPoint(0, 0)), now->size());
        const bool sameRow = b.top() < a.bottom() - kRowSlack && a.top() < b.bottom() - kRowSlack;
        const bool forward = sameRow ? b.left() >= a.left() : b.top() > a.top();
        if (!forward) {
            wrong << QStringLiteral("%1 %2 -> %3 %4")
                         .arg(before->objectName(),
                              QString::fromLatin1(before->metaObject()->className()),
                              now->objectName(),
                              QString::fromLatin1(now->metaObject()->className()));
        }
        visited << now;
    }
    if (qEnvironmentVariableIsSet("CURVELAB_A11Y_DUMP")) {
        for (QWidget *w : std::as_const(visited)) {
            qInfo().noquote() << "Tab reaches" << w->metaObject()->className() << w->objectName();
        }
    }
    QStringList missed;
    for (QWidget *w : std::as_const(expected)) {
        if (!visited.contains(w)) {
            missed << w->objectName() + QLatin1Char(' ') +
                          QString::fromLatin1(w->metaObject()->className());
        }
    }
    QVERIFY2(missed.isEmpty(), qPrintable(QLatin1String("Tab leaves the panel before:\n  ") +
                                          missed.join(QLatin1String("\n  "))));
    QVERIFY2(wrong.isEmpty(),
             qPrintable(QLatin1String("out of order:\n  ") + wrong.join(QLatin1String("\n  "))));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
