#include "statuscolours.h"

#include "paintkit.h"
#include "textcontrast.h"

#include <QApplication>
#include <QWidget>

namespace curvelab {

namespace {

// The standard boxes: a pale background, dark text of the same hue (7:1 or more on it) and a
// border between the two. In Status order.
struct StandardBox
{
    QRgb text;
    QRgb background;
    QRgb border;
};
constexpr StandardBox kStandardBoxes[] = {
    {0x0b3d66, 0xe8f1fb, 0x9cc3e6}, // info: blue
    {0x0b4d33, 0xe6f5ee, 0x8fd1b3}, // success: green
    {0x6b4100, 0xfff4e0, 0xf0c27a}, // warning: amber
    {0x7a1010, 0xfdeaea, 0xec9a9a}, // error: red
};
// Text in a status's colour straight on the window, in Status order: the boxes' blue and green,
// a brown note and a dark red refusal, each 7:1 or more on white. High contrast starts from them
// on a light window, and from the boxes' light borders on a dark one, which keep more of their
// hue than a dark colour lightened.
constexpr QRgb kStandardTexts[] = {0x0b3d66, 0x0b4d33, 0x7a4b00, 0xb00000};
// The base of a refused field in the standard style: white with a sixth of red in it.
constexpr QRgb kStandardRefusedField = 0xffd6d6;
// In high contrast a refused field's base is its own base with this much red in it (#ff9999 on
// white, #660000 on black), less where its text would fall below 7:1 on it.
const QColor kRefusedTint(Qt::red);
constexpr qreal kRefusedTintAmount = 0.4;
constexpr qreal kRefusedTintStep = 0.05;
// High contrast's boxes: a border thick enough to read as the box's edge without its background.
constexpr int kHighContrastBorder = 2;

std::size_t indexOf(Status status)
{
    return static_cast<std::size_t>(status);
}

} // namespace

StatusColours::StatusColours(const ViewStyle &style, const QPalette &palette)
    : m_highContrast(style.highContrast), m_palette(palette)
{
}

StatusColours StatusColours::of(const ViewStyle &style, const QWidget &widget)
{
    return StatusColours(style, QApplication::palette(&widget));
}

StatusBox StatusColours::box(Status status) const
{
    if (!m_highContrast) {
        const StandardBox &standard = kStandardBoxes[indexOf(status)];
        return {QColor(standard.text), QColor(standard.background), QColor(standard.border), 1};
    }
    const QColor ink = text(status);
    return {ink, m_palette.color(QPalette::Window), ink, kHighContrastBorder};
}

QColor StatusColours::text(Status status) const
{
    const QColor standard(kStandardTexts[indexOf(status)]);
    if (!m_highContrast) {
        return standard;
    }
    const QColor window = m_palette.color(QPalette::Window);
    const bool dark = contrastRatio(Qt::white, window) > contrastRatio(Qt::black, window);
    return onWindow(dark ? QColor(kStandardBoxes[indexOf(status)].border) : standard);
}

QColor StatusColours::mutedText() const
{
    return m_highContrast ? onWindow(kMutedText) : kMutedText;
}

QColor StatusColours::coloredText(const QColor &color) const
{
    return m_highContrast ? onWindow(color) : color;
}

QColor StatusColours::refusedFieldBase() const
{
    if (!m_highContrast) {
        return QColor(kStandardRefusedField);
    }
    const QColor base = m_palette.color(QPalette::Base);
    const QColor text = m_palette.color(QPalette::Text);
    for (qreal amount = kRefusedTintAmount; amount > 0.0; amount -= kRefusedTintStep) {
        const QColor tinted = blend(kRefusedTint, base, amount);
        if (contrastRatio(tinted, text) >= kEnhancedTextContrast) {
            return tinted;
        }
    }
    return base;
}

QColor StatusColours::onWindow(const QColor &color) const
{
    return withContrast(color, m_palette.color(QPalette::Window), kEnhancedTextContrast);
}

} // namespace curvelab
