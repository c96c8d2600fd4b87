#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace convscope::ui {

// A strip above the pages with the teacher's note of the lesson just opened: seen at once, out
// of the way of the page, closed with its × when read. Hidden while there is no note.
class NoteBanner : public QFrame {
    Q_OBJECT

public:
    explicit NoteBanner(QWidget* parent = nullptr);

    // Shows `note` (plain text; line breaks kept), or hides the banner when it is empty.
    void showNote(const QString& note);
    QString note() const;
    // The heading and the close button's tip in the interface's language now.
    void retranslate();

private:
    QLabel* m_heading;
    QLabel* m_text;
    QToolButton* m_close;
};

} // namespace convscope::ui
