#include "messagebanner.h"

#include "statuscolours.h"

namespace curvelab {

namespace {

// How much larger than the window's text a message is, so that it is read first.
constexpr qreal kFontScale = 1.15;

Status statusOf(MessageBanner::Kind kind)
{
    switch (kind) {
    case MessageBanner::Kind::Hint:
        return Status::Info;
    case MessageBanner::Kind::Success:
        return Status::Success;
    case MessageBanner::Kind::Warning:
        return Status::Warning;
    case MessageBanner::Kind::Error:
        return Status::Error;
    }
    return Status::Info;
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
    m_message = text;
    showColours();
    show();
}

void MessageBanner::setViewStyle(const ViewStyle &style)
{
    m_style = style;
    showColours();
}

void MessageBanner::showColours()
{
    const StatusBox box = StatusColours::of(m_style, *this).box(statusOf(m_kind));
    setStyleSheet(QString("QLabel{background:%1; color:%2; border:%3px solid %4; "
                          "border-radius:4px;}")
                      .arg(box.background.name(), box.text.name())
                      .arg(box.borderWidth)
                      .arg(box.border.name()));
    // A link takes the palette's link colour, which a high-contrast box on the window's own
    // background need not match (blue on black): there it is underlined text like the rest.
    // QLabel draws links in the application palette's colour whatever its own says, so the
    // colour goes into the message.
    setText(m_style.highContrast && !m_message.isEmpty()
                ? QString("<style>a { color: %1; }</style>").arg(box.text.name()) + m_message
                : m_message);
}

void MessageBanner::dismiss()
{
    hide();
    clear();
    m_message.clear();
}

QString MessageBanner::shownText() const
{
    return isVisible() ? m_message : QString();
}

} // namespace curvelab
