#pragma once

#include <QLabel>

namespace curvelab {

// The message above the charts: a first hint, a success, a warning or an error, each in colours
// of its own. Messages are rich text so that one can carry a link (the window follows "reset");
// whatever they quote from a file or a user arrives escaped.
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
    // Hidden and empty, until the next message.
    void dismiss();
    // The message on show; none while the banner is hidden.
    QString shownText() const;
    Kind kind() const { return m_kind; }

private:
    Kind m_kind = Kind::Hint;
};

} // namespace curvelab
