#include "messagebanner.h"

namespace curvelab {

namespace {

// How much larger than the window's text a message is, so that it is read first.
constexpr qreal kFontScale = 1.15;

// A pale background, dark text of the same hue and a border between the two.
QString kindStyle(MessageBanner::Kind kind)
{
    switch (kind) {
    case MessageBanner::Kind::Hint:
        return "background:#e8f1fb; color:#0b3d66; border:1px solid #9cc3e6;";
    case MessageBanner::Kind::Success:
        return "background:#e6f5ee; color:#0b4d33; border:1px solid #8fd1b3;";
    case MessageBanner::Kind::Warning:
        return "background:#fff4e0; color:#6b4100; border:1px solid #f0c27a;";
    case MessageBanner::Kind::Error:
        return "background:#fdeaea; color:#7a1010; border:1px solid #ec9a9a;";
    }
    return {};
}

} // namespace

MessageBanner::MessageBanner(QWidget *parent) : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    // A message may quote a file's name or title: however long, it wraps or is cut, and never
    // widens the window (a word wider than the window has no place to wrap).
    setSizePolicy(QSizePolicy::Ignored, sizePolicy().verticalPolicy());
    setMinimumWidth(1);
    setContentsMargins(10, 6, 10, 6);
    QFont larger = font();
    larger.setPointSizeF(larger.pointSizeF() * kFontScale);
    setFont(larger);
}

void MessageBanner::showMessage(Kind kind, const QString &text)
{
    m_kind = kind;
    setStyleSheet("QLabel{" + kindStyle(kind) + " border-radius:4px;}");
    setText(text);
    show();
}

void MessageBanner::dismiss()
{
    hide();
    clear();
}

QString MessageBanner::shownText() const
{
    return isVisible() ? text() : QString();
}

} // namespace curvelab
