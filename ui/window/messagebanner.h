#pragma once

#include "viewstyle.h"

#include <QLabel>

namespace curvelab {

// The message above the charts: a first hint, a success, a warning or an error, each in colours
// of its own (StatusColours: pale boxes, or in high contrast the window's own colours).
// Messages are rich text so that one can carry a link (the window follows "reset"); whatever
// they quote from a file or a user arrives escaped.
class MessageBanner : public QLabel
{
    Q_OBJECT

public:
    enum class Kind
    {
        Hint,
        Success,
        Warning,
        Error
    };

    explicit MessageBanner(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text);
    // High contrast or not; the message on show takes the new colours at once.
    void setViewStyle(const ViewStyle &style);
    // Hidden and empty, until the next message.
    void dismiss();
    // The message on show; none while the banner is hidden.
    QString shownText() const;
    Kind kind() const { return m_kind; }

private:
    void showColours();

    Kind m_kind = Kind::Hint;
    QString m_message;
    ViewStyle m_style;
};

} // namespace curvelab
