#pragma once

#include <QStackedWidget>

namespace convscope::ui {

// A stack of pages whose size is the shown page's alone. QStackedWidget sizes itself for the
// largest of all its pages, so every change of font (presentation mode, zoom) laid out the word-
// wrapped text of every hidden page again, hundreds of milliseconds on the GUI thread; here a
// hidden page is laid out when it is shown.
class PageStack : public QStackedWidget {
    Q_OBJECT
public:
    explicit PageStack(QWidget* parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
};

} // namespace convscope::ui
