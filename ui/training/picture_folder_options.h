#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;

namespace convscope::ui {

// How the pictures of a folder of class folders are read: their size (28, 32, 48 or 64 pixels)
// and grey or colour, with the sentence saying how a picture of other proportions is made to fit
// (its centre square, as core::fitToInput does for every picture the program gives a network).
class PictureFolderOptions : public QWidget {
    Q_OBJECT

public:
    explicit PictureFolderOptions(QWidget* parent = nullptr);

    // Shows these choices without emitting changed().
    void setOptions(int imageSize, int channels);
    int imageSize() const;
    int channels() const;

    QComboBox* sizeBox() const { return m_size; }
    QCheckBox* colourBox() const { return m_colour; }

signals:
    void changed(int imageSize, int channels);

private:
    void showPolicy();

    QComboBox* m_size = nullptr;
    QCheckBox* m_colour = nullptr;
    QLabel* m_policy = nullptr;
};

} // namespace convscope::ui
