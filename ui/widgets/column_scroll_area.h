#pragma once

#include <QScrollArea>

namespace convscope::ui {

// A column of controls that scrolls up and down, never sideways: it is as wide as its content's
// minimum plus the vertical scroll bar, so a taller column than the window never hides a strip of
// its right edge behind that scroll bar, and the column widens with a larger font.
class ColumnScrollArea : public QScrollArea {
    Q_OBJECT
public:
    // `preferredWidth`: the width the column takes when its content needs less.
    explicit ColumnScrollArea(QWidget* content, int preferredWidth, QWidget* parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    int columnWidth() const;

    int m_preferredWidth;
};

} // namespace convscope::ui
