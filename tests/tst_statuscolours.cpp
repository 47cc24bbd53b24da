#include "familydialog.h"
#include "familypalette.h"
#include "guesspanel.h"
#include "livechart.h"
#include "messagebanner.h"
#include "paintkit.h"
#include "predictor.h"
#include "raceview.h"
#include "sequencenotes.h"
#include "setuppanel.h"
#include "statuscolours.h"
#include "textcontrast.h"
#include "trainingdashboard.h"
#include "uitestsupport.h"
#include "viewstyle.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QStyle>
#include <QTest>

using namespace curvelab;
using namespace curvelab::test;

namespace {

// The residuals' opacity on the canvas (pointmarks.cpp), and a fainter one.
constexpr qreal kResidualOpacity = 0.55;
constexpr qreal kFaintOpacity = 0.28;

// What the status colours say, drawn straight on the window.
enum Role
{
    ErrorText,
    NoteText,
    MutedText,
};

// Only `text` on `window`, as a high-contrast theme gives; its link colour left at Qt's blue,
// which a white-on-black theme need not change and a banner must not rely on.
QPalette onlyTwoColours(const QColor &text, const QColor &window)
{
    QPalette palette(text, window, window, text, text, text, window);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::Link, QColor(0x00, 0x00, 0xff));
    return palette;
}

// A dark desktop theme that asks for no high contrast: grey on near-black.
QPalette darkDesktop()
{
    QPalette palette(QColor(0xdd, 0xdd, 0xdd), QColor(0x35, 0x35, 0x35));
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    palette.setColor(QPalette::Link, QColor(0x2a, 0x82, 0xda));
    return palette;
}

QPalette lightDesktop()
{
    return QApplication::style()->standardPalette();
}

// Rows of high contrast on every palette it must follow.
void addHighContrastPalettes()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addRow("black on white") << onlyTwoColours(Qt::black, Qt::white);
    QTest::addRow("white on black") << onlyTwoColours(Qt::white, Qt::black);
    QTest::addRow("an ordinary light desktop") << lightDesktop();
    QTest::addRow("a dark desktop") << darkDesktop();
}

// Rows of the widgets' tests: today's colours in the standard style whatever the desktop, and
// high contrast on a light and a dark one.
void addWidgetStyles()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<bool>("highContrast");
    QTest::addRow("standard on a light desktop") << lightDesktop() << false;
    QTest::addRow("standard on a dark desktop") << darkDesktop() << false;
    QTest::addRow("high contrast, black on white") << onlyTwoColours(Qt::black, Qt::white) << true;
    QTest::addRow("high contrast, white on black") << onlyTwoColours(Qt::white, Qt::black) << true;
    QTest::addRow("high contrast on a dark desktop") << darkDesktop() << true;
}

ViewStyle styleOf(bool highContrast)
{
    return highContrast ? ViewStyle::standard().withHighContrast() : ViewStyle::standard();
}

QColor roleColour(const StatusColours &colours, int role)
{
    switch (role) {
    case ErrorText:
        return colours.text(Status::Error);
    case NoteText:
        return colours.text(Status::Warning);
    default:
        return colours.mutedText();
    }
}

QString ratioText(const QColor &a, const QColor &b)
{
    return QStringLiteral("%1 on %2: %3:1")
        .arg(a.name(), b.name())
        .arg(contrastRatio(a, b), 0, 'f', 2);
}

// The colour a label's style sheet gives its text.
QColor textColourOf(QLabel *label)
{
    label->ensurePolished();
    return label->palette().color(QPalette::WindowText);
}

// The colour of the first span in rich text.
QColor spanColour(const QString &html)
{
    static const QRegularExpression colour(QStringLiteral("color:(#[0-9a-fA-F]{6})"));
    return QColor(colour.match(html).captured(1));
}

QLabel *label(QWidget &root, const QString &name)
{
    auto *found = root.findChild<QLabel *>(name);
    if (!found) {
        qFatal("no label named %s", qPrintable(name));
    }
    return found;
}

} // namespace

class TestStatusColours : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();

    void standardStyleKeepsTodaysBoxes_data();
    void standardStyleKeepsTodaysBoxes();
    void standardStyleKeepsTodaysTexts_data();
    void standardStyleKeepsTodaysTexts();
    void highContrastBoxesReachAaa_data();
    void highContrastBoxesReachAaa();
    void highContrastTextsReachAaa_data();
    void highContrastTextsReachAaa();
    void highContrastRefusedFieldKeepsItsText_data();
    void highContrastRefusedFieldKeepsItsText();

    void bannerShowsTheStatusColours_data();
    void bannerShowsTheStatusColours();
    void highContrastBannerLinksAreInItsTextColour();
    void setupRefusalsShowTheStatusColours_data();
    void setupRefusalsShowTheStatusColours();
    void familyFormulasShowTheirColours_data();
    void familyFormulasShowTheirColours();
    void familyDialogShowsTheStatusColours_data();
    void familyDialogShowsTheStatusColours();
    void guessPanelStatesAndErrorsShowTheStatusColours_data();
    void guessPanelStatesAndErrorsShowTheStatusColours();

    void guessPanelFamilyNamesAreLegible_data();
    void guessPanelFamilyNamesAreLegible();
    void familyNamesInPaintedViewsAreLegible_data();
    void familyNamesInPaintedViewsAreLegible();
    void lossLinesStandOutInHighContrast();
    void raceLinesAndSwatchesStandOutInHighContrast();
    void fadedMarksStandOutInHighContrast_data();
    void fadedMarksStandOutInHighContrast();
};

void TestStatusColours::cleanup()
{
    QApplication::setPalette(lightDesktop());
}

void TestStatusColours::standardStyleKeepsTodaysBoxes_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<int>("status");
    QTest::addColumn<QColor>("text");
    QTest::addColumn<QColor>("background");
    QTest::addColumn<QColor>("border");
    const struct
    {
        const char *name;
        Status status;
        QRgb text, background, border;
    } boxes[] = {
        {"hint", Status::Info, 0x0b3d66, 0xe8f1fb, 0x9cc3e6},
        {"success", Status::Success, 0x0b4d33, 0xe6f5ee, 0x8fd1b3},
        {"warning", Status::Warning, 0x6b4100, 0xfff4e0, 0xf0c27a},
        {"error", Status::Error, 0x7a1010, 0xfdeaea, 0xec9a9a},
    };
    for (const auto &box : boxes) {
        for (const auto &[desktop, palette] :
             {std::pair{"light", lightDesktop()}, std::pair{"dark", darkDesktop()}}) {
            QTest::addRow("%s box on a %s desktop", box.name, desktop)
                << palette << static_cast<int>(box.status) << QColor(box.text)
                << QColor(box.background) << QColor(box.border);
        }
    }
}

void TestStatusColours::standardStyleKeepsTodaysBoxes()
{
    QFETCH(QPalette, palette);
    QFETCH(int, status);
    QFETCH(QColor, text);
    QFETCH(QColor, background);
    QFETCH(QColor, border);
    const StatusBox box =
        StatusColours(ViewStyle::standard(), palette).box(static_cast<Status>(status));
    QCOMPARE(box.text, text);
    QCOMPARE(box.background, background);
    QCOMPARE(box.border, border);
    QCOMPARE(box.borderWidth, 1);
    // Presentation mode alone is no high contrast: its banners are the standard ones.
    const StatusBox presenting =
        StatusColours(ViewStyle::presentation(), palette).box(static_cast<Status>(status));
    QCOMPARE(presenting.text, text);
    QCOMPARE(presenting.background, background);
}

void TestStatusColours::standardStyleKeepsTodaysTexts_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<int>("role");
    QTest::addColumn<QColor>("colour");
    for (const auto &[desktop, palette] :
         {std::pair{"light", lightDesktop()}, std::pair{"dark", darkDesktop()}}) {
        QTest::addRow("an error on a %s desktop", desktop)
            << palette << int(ErrorText) << QColor(0xb0, 0x00, 0x00);
        QTest::addRow("a note on a %s desktop", desktop)
            << palette << int(NoteText) << QColor(0x7a, 0x4b, 0x00);
        QTest::addRow("a state on a %s desktop", desktop)
            << palette << int(MutedText) << QColor(0x76, 0x76, 0x76);
    }
}

void TestStatusColours::standardStyleKeepsTodaysTexts()
{
    QFETCH(QPalette, palette);
    QFETCH(int, role);
    QFETCH(QColor, colour);
    const StatusColours colours(ViewStyle::standard(), palette);
    QCOMPARE(roleColour(colours, role), colour);
    QCOMPARE(colours.refusedFieldBase(), QColor(255, 214, 214));
}

void TestStatusColours::highContrastBoxesReachAaa_data()
{
    addHighContrastPalettes();
}

void TestStatusColours::highContrastBoxesReachAaa()
{
    QFETCH(QPalette, palette);
    const StatusColours colours(ViewStyle::standard().withHighContrast(), palette);
    const QColor window = palette.color(QPalette::Window);
    for (Status status : {Status::Info, Status::Success, Status::Warning, Status::Error}) {
        const StatusBox box = colours.box(status);
        // The window's own background, as a high-contrast theme draws a box.
        QCOMPARE(box.background, window);
        QVERIFY2(contrastRatio(box.text, box.background) >= kEnhancedTextContrast,
                 qPrintable(ratioText(box.text, box.background)));
        QVERIFY2(contrastRatio(box.border, box.background) >= kGraphicsContrast,
                 qPrintable(ratioText(box.border, box.background)));
        QVERIFY(box.borderWidth >= 2);
    }
    // Still one colour per status.
    QVERIFY(colours.box(Status::Info).text != colours.box(Status::Error).text);
    QVERIFY(colours.box(Status::Success).text != colours.box(Status::Warning).text);
}

void TestStatusColours::highContrastTextsReachAaa_data()
{
    addHighContrastPalettes();
}

void TestStatusColours::highContrastTextsReachAaa()
{
    QFETCH(QPalette, palette);
    const StatusColours colours(ViewStyle::standard().withHighContrast(), palette);
    const QColor window = palette.color(QPalette::Window);
    for (int role : {ErrorText, NoteText, MutedText}) {
        const QColor text = roleColour(colours, role);
        QVERIFY2(contrastRatio(text, window) >= kEnhancedTextContrast,
                 qPrintable(ratioText(text, window)));
    }
}

void TestStatusColours::highContrastRefusedFieldKeepsItsText_data()
{
    addHighContrastPalettes();
}

void TestStatusColours::highContrastRefusedFieldKeepsItsText()
{
    QFETCH(QPalette, palette);
    const QColor refused =
        StatusColours(ViewStyle::standard().withHighContrast(), palette).refusedFieldBase();
    const QColor text = palette.color(QPalette::Text);
    QVERIFY(refused != palette.color(QPalette::Base));
    QVERIFY2(contrastRatio(text, refused) >= kEnhancedTextContrast,
             qPrintable(ratioText(text, refused)));
}

void TestStatusColours::bannerShowsTheStatusColours_data()
{
    addWidgetStyles();
}

void TestStatusColours::bannerShowsTheStatusColours()
{
    QFETCH(QPalette, palette);
    QFETCH(bool, highContrast);
    QApplication::setPalette(palette);
    const QString todays[] = {
        "QLabel{background:#e8f1fb; color:#0b3d66; border:1px solid #9cc3e6; border-radius:4px;}",
        "QLabel{background:#e6f5ee; color:#0b4d33; border:1px solid #8fd1b3; border-radius:4px;}",
        "QLabel{background:#fff4e0; color:#6b4100; border:1px solid #f0c27a; border-radius:4px;}",
        "QLabel{background:#fdeaea; color:#7a1010; border:1px solid #ec9a9a; border-radius:4px;}",
    };
    QWidget window;
    auto *banner = new MessageBanner(&window);
    banner->setViewStyle(styleOf(highContrast));
    window.show();
    const QString message = QStringLiteral("Weights kept: <a href=\"reset\">reset</a>");
    for (MessageBanner::Kind kind : {MessageBanner::Kind::Hint, MessageBanner::Kind::Success,
                                     MessageBanner::Kind::Warning, MessageBanner::Kind::Error}) {
        banner->showMessage(kind, message);
        QCOMPARE(banner->shownText(), message);
        if (!highContrast) {
            QCOMPARE(banner->styleSheet(), todays[static_cast<int>(kind)]);
            QCOMPARE(banner->text(), message);
            continue;
        }
        banner->ensurePolished();
        const QColor text = banner->palette().color(QPalette::WindowText);
        const QColor background = banner->palette().color(QPalette::Window);
        QCOMPARE(background, palette.color(QPalette::Window));
        QVERIFY2(contrastRatio(text, background) >= kEnhancedTextContrast,
                 qPrintable(ratioText(text, background)));
    }
}

void TestStatusColours::highContrastBannerLinksAreInItsTextColour()
{
    const QPalette whiteOnBlack = onlyTwoColours(Qt::white, Qt::black);
    QApplication::setPalette(whiteOnBlack);
    MessageBanner banner;
    banner.resize(400, 60);
    banner.showMessage(MessageBanner::Kind::Error, QStringLiteral("<a href=\"reset\">resetreset"
                                                                  "resetreset</a>"));
    // The palette's blue link on black is 2.4:1; the standard banner draws its link in it.
    auto linkPixels = [&banner] {
        const QImage image = banner.grab().toImage();
        int blue = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                blue += c.blue() > 200 && c.red() < 80 && c.green() < 80;
            }
        }
        return blue;
    };
    QVERIFY(linkPixels() > 0);
    banner.setViewStyle(ViewStyle::standard().withHighContrast());
    QCOMPARE(linkPixels(), 0);
}

void TestStatusColours::setupRefusalsShowTheStatusColours_data()
{
    addWidgetStyles();
}

void TestStatusColours::setupRefusalsShowTheStatusColours()
{
    QFETCH(QPalette, palette);
    QFETCH(bool, highContrast);
    QApplication::setPalette(palette);
    SetupPanel panel;
    panel.loadPreset(QStringLiteral("seed")); // the seed world reads every range
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    // Refused before the style changes: what is shown takes the new colours.
    edit(panel, QStringLiteral("family.line.x"), QStringLiteral("15..5"));
    QVERIFY(!panel.isValid());
    panel.setViewStyle(styleOf(highContrast));
    const QColor window = palette.color(QPalette::Window);
    const QColor error = textColourOf(label(panel, QStringLiteral("errorLabel")));
    auto *refused = qobject_cast<QLineEdit *>(field(panel, QStringLiteral("family.line.x")));
    const QColor base = refused->palette().color(QPalette::Base);
    const QColor typed = refused->palette().color(QPalette::Text);
    if (!highContrast) {
        QCOMPARE(error, QColor(0xb0, 0x00, 0x00));
        QCOMPARE(base, QColor(255, 214, 214));
    } else {
        QVERIFY2(contrastRatio(error, window) >= kEnhancedTextContrast,
                 qPrintable(ratioText(error, window)));
        QVERIFY(base != palette.color(QPalette::Base));
        QVERIFY2(contrastRatio(typed, base) >= kEnhancedTextContrast,
                 qPrintable(ratioText(typed, base)));
    }

    // The family dialog the panel opens takes the panel's style.
    QTest::mouseClick(qobject_cast<QAbstractButton *>(field(panel, QStringLiteral("addFamily"))),
                      Qt::LeftButton);
    FamilyDialog *dialog = panel.findChild<FamilyDialog *>();
    QVERIFY(dialog);
    typeOver(*dialog, QStringLiteral("formula"), QStringLiteral("k*(x+b"));
    QVERIFY(!dialog->isValid());
    const QColor dialogError = textColourOf(label(*dialog, QStringLiteral("errorLabel")));
    QCOMPARE(dialogError, error);
    dialog->reject();
}

void TestStatusColours::familyFormulasShowTheirColours_data()
{
    addWidgetStyles();
}

void TestStatusColours::familyFormulasShowTheirColours()
{
    QFETCH(QPalette, palette);
    QFETCH(bool, highContrast);
    QApplication::setPalette(palette);
    SetupPanel panel;
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    qobject_cast<QCheckBox *>(field(panel, QStringLiteral("family.parabola.enabled")))
        ->setChecked(false);
    panel.setViewStyle(styleOf(highContrast));
    const QColor window = palette.color(QPalette::Window);
    // The ticked ones in the charts' colours by their place among the ticked, the unticked grey.
    const std::pair<const char *, QColor> formulas[] = {
        {"family.line.formula", FamilyPalette::color(0)},
        {"family.parabola.formula", QColor(Qt::gray)},
        {"family.sqrt.formula", FamilyPalette::color(1)}};
    for (const auto &[name, standard] : formulas) {
        const QColor shown = textColourOf(label(panel, QLatin1String(name)));
        if (!highContrast) {
            QCOMPARE(shown, standard);
        } else {
            QVERIFY2(contrastRatio(shown, window) >= kEnhancedTextContrast,
                     qPrintable(QLatin1String(name) + QLatin1Char(' ') + ratioText(shown, window)));
        }
    }
}

void TestStatusColours::familyDialogShowsTheStatusColours_data()
{
    addWidgetStyles();
}

void TestStatusColours::familyDialogShowsTheStatusColours()
{
    QFETCH(QPalette, palette);
    QFETCH(bool, highContrast);
    QApplication::setPalette(palette);
    FamilyDialog dialog(FamilyDialog::newFamily({}), {});
    dialog.setViewStyle(styleOf(highContrast));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QColor window = palette.color(QPalette::Window);

    typeOver(dialog, QStringLiteral("formula"), QStringLiteral("k*(x+b"));
    QVERIFY(!dialog.isValid());
    auto *formula = qobject_cast<QLineEdit *>(field(dialog, QStringLiteral("formula")));
    const QColor base = formula->palette().color(QPalette::Base);
    const QColor typed = formula->palette().color(QPalette::Text);
    const QColor error = textColourOf(label(dialog, QStringLiteral("errorLabel")));
    const QColor place = textColourOf(label(dialog, QStringLiteral("errorPlace")));
    QCOMPARE(place, error);

    typeOver(dialog, QStringLiteral("formula"), QStringLiteral("k*sqrt(x)+b"));
    typeOver(dialog, QStringLiteral("x"), QStringLiteral("-5..10"));
    QVERIFY2(dialog.isValid(), qPrintable(dialog.errorText()));
    QVERIFY(!dialog.noteText().isEmpty());
    const QColor note = textColourOf(label(dialog, QStringLiteral("noteLabel")));

    if (!highContrast) {
        QCOMPARE(error, QColor(0xb0, 0x00, 0x00));
        QCOMPARE(note, QColor(0x7a, 0x4b, 0x00));
        QCOMPARE(base, QColor(255, 214, 214));
        return;
    }
    for (const QColor &text : {error, note}) {
        QVERIFY2(contrastRatio(text, window) >= kEnhancedTextContrast,
                 qPrintable(ratioText(text, window)));
    }
    QVERIFY2(contrastRatio(typed, base) >= kEnhancedTextContrast,
             qPrintable(ratioText(typed, base)));
}

void TestStatusColours::guessPanelStatesAndErrorsShowTheStatusColours_data()
{
    addWidgetStyles();
}

void TestStatusColours::guessPanelStatesAndErrorsShowTheStatusColours()
{
    QFETCH(QPalette, palette);
    QFETCH(bool, highContrast);
    QApplication::setPalette(palette);
    GuessPanel panel;
    panel.setViewStyle(styleOf(highContrast));
    panel.showNoGuess(QStringLiteral("No model yet"));
    panel.showNotes(QStringLiteral("The drawing cannot be read"), {});
    const QColor state = spanColour(panel.guessText());
    const QColor error = spanColour(panel.notesText());
    if (!highContrast) {
        QCOMPARE(state, QColor(0x76, 0x76, 0x76));
        QCOMPARE(error, QColor(0xb0, 0x00, 0x00));
        return;
    }
    const QColor window = palette.color(QPalette::Window);
    for (const QColor &text : {state, error}) {
        QVERIFY2(contrastRatio(text, window) >= kEnhancedTextContrast,
                 qPrintable(ratioText(text, window)));
    }
}

void TestStatusColours::guessPanelFamilyNamesAreLegible_data()
{
    addWidgetStyles();
}

void TestStatusColours::guessPanelFamilyNamesAreLegible()
{
    QFETCH(QPalette, palette);
    QFETCH(bool, highContrast);
    QApplication::setPalette(palette);
    GuessPanel panel;
    panel.setFamilyNames(
        {QStringLiteral("line"), QStringLiteral("parabola"), QStringLiteral("sqrt")});
    const ViewStyle style = styleOf(highContrast);
    panel.setViewStyle(style);
    Prediction prediction;
    prediction.probabilities = {0.1f, 0.2f, 0.7f};
    prediction.guess = 2;
    panel.showGuess(prediction);
    const QColor guess = spanColour(panel.guessText());
    if (!highContrast) {
        QCOMPARE(guess, style.familyColor(2)); // as it has always been
        return;
    }
    const QColor window = palette.color(QPalette::Window);
    QVERIFY2(contrastRatio(guess, window) >= kEnhancedTextContrast,
             qPrintable(ratioText(guess, window)));
}

void TestStatusColours::familyNamesInPaintedViewsAreLegible_data()
{
    QTest::addColumn<bool>("highContrast");
    QTest::addColumn<int>("family");
    QTest::addColumn<QColor>("background");
    for (const bool highContrast : {false, true}) {
        for (int family = 0; family < FamilyPalette::size(); ++family) {
            // The painted views' white, and the grey of an ordinary desktop's window.
            for (const QColor &background : {kBackground, QColor(0xef, 0xef, 0xef)}) {
                QTest::addRow("%s, family %d on %s", highContrast ? "high contrast" : "standard",
                              family, qPrintable(background.name()))
                    << highContrast << family << background;
            }
        }
    }
}

void TestStatusColours::familyNamesInPaintedViewsAreLegible()
{
    QFETCH(bool, highContrast);
    QFETCH(int, family);
    QFETCH(QColor, background);
    const ViewStyle style = styleOf(highContrast);
    const QColor name = style.textColor(style.familyColor(family), background);
    // WCAG's text contrast, AA in the standard style and AAA in high contrast.
    const double wanted = highContrast ? kEnhancedTextContrast : 4.5;
    QVERIFY2(contrastRatio(name, background) >= wanted, qPrintable(ratioText(name, background)));
}

void TestStatusColours::lossLinesStandOutInHighContrast()
{
    TrainingDashboard dashboard;
    auto *loss = qobject_cast<LiveChart *>(dashboard.charts().constFirst());
    QVERIFY(loss);
    const int batch = 0;
    const int smoothed = 1;
    dashboard.setViewStyle(ViewStyle::standard());
    QCOMPARE(loss->drawnPenColor(batch), QColor(0x9c, 0xb8, 0xd6));
    QCOMPARE(loss->drawnPenColor(smoothed), QColor(0x0b, 0x3d, 0x66));

    dashboard.setViewStyle(ViewStyle::standard().withHighContrast());
    const QColor background = loss->backgroundColor();
    const QColor batchColour = loss->drawnPenColor(batch);
    const QColor smoothedColour = loss->drawnPenColor(smoothed);
    for (const QColor &line : {batchColour, smoothedColour}) {
        QVERIFY2(contrastRatio(line, background) >= kGraphicsContrast,
                 qPrintable(ratioText(line, background)));
    }
    // The trend stays in front of the batches.
    QVERIFY(contrastRatio(smoothedColour, background) > contrastRatio(batchColour, background));

    dashboard.setViewStyle(ViewStyle::standard());
    QCOMPARE(loss->drawnPenColor(batch), QColor(0x9c, 0xb8, 0xd6));
}

void TestStatusColours::raceLinesAndSwatchesStandOutInHighContrast()
{
    QApplication::setPalette(onlyTwoColours(Qt::white, Qt::black));
    RaceView race;
    auto *loss = race.findChild<LiveChart *>(QStringLiteral("raceLoss"));
    auto *accuracy = race.findChild<LiveChart *>(QStringLiteral("raceAccuracy"));
    QVERIFY(loss && accuracy);
    const QColor todays[] = {QColor(0x1A, 0x1A, 0x1A), QColor(0x6B, 0x6B, 0x6B),
                             QColor(0x8C, 0x51, 0x0A), QColor(0x6A, 0x3D, 0x9A)};
    const QStringList names = race.contenderNames();
    auto swatchCorner = [&race](const QString &name) {
        auto *box = race.findChild<QCheckBox *>(QStringLiteral("race.") + name);
        return box->icon().pixmap(box->iconSize()).toImage().pixelColor(0, 0);
    };
    for (int i = 0; i < names.size(); ++i) {
        QCOMPARE(loss->drawnPenColor(loss->shownSeriesNamed(names[i])), todays[i]);
        QCOMPARE(swatchCorner(names[i]).alpha(), 0);
    }

    race.setViewStyle(ViewStyle::standard().withHighContrast());
    const QColor background = loss->backgroundColor();
    for (int i = 0; i < names.size(); ++i) {
        for (LiveChart *chart : {loss, accuracy}) {
            const QColor line = chart->drawnPenColor(chart->shownSeriesNamed(names[i]));
            QVERIFY2(contrastRatio(line, background) >= kGraphicsContrast,
                     qPrintable(names[i] + QLatin1String(": ") + ratioText(line, background)));
        }
        // The key shows the line on the chart's background, not on the black window.
        QCOMPARE(swatchCorner(names[i]), background);
    }
}

void TestStatusColours::fadedMarksStandOutInHighContrast_data()
{
    QTest::addColumn<int>("family");
    QTest::addColumn<qreal>("opacity");
    for (int family = 0; family < FamilyPalette::size(); ++family) {
        QTest::addRow("family %d's residuals", family) << family << kResidualOpacity;
        QTest::addRow("family %d, fainter", family) << family << kFaintOpacity;
    }
}

void TestStatusColours::fadedMarksStandOutInHighContrast()
{
    QFETCH(int, family);
    QFETCH(qreal, opacity);
    const ViewStyle standard = ViewStyle::standard();
    const QColor colour = standard.familyColor(family);
    auto mix = [opacity](int c, int b) { return qRound(opacity * c + (1.0 - opacity) * b); };
    const QColor todays(mix(colour.red(), kBackground.red()),
                        mix(colour.green(), kBackground.green()),
                        mix(colour.blue(), kBackground.blue()));
    QCOMPARE(standard.fadedColor(colour, opacity, kBackground), todays);

    const ViewStyle high = standard.withHighContrast();
    const QColor faded = high.fadedColor(high.familyColor(family), opacity, kBackground);
    QVERIFY2(contrastRatio(faded, kBackground) >= kGraphicsContrast,
             qPrintable(ratioText(faded, kBackground)));
}

QTEST_MAIN(TestStatusColours)
#include "tst_statuscolours.moc"
