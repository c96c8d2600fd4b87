#include "ui/training/picture_folder_options.h"

#include "ui/io/image_folder_reader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QSignalBlocker>

#include <algorithm>

namespace convscope::ui {

PictureFolderOptions::PictureFolderOptions(QWidget* parent)
    : QWidget(parent)
    , m_size(new QComboBox)
    , m_colour(new QCheckBox(tr("Colour (red, green, blue)")))
    , m_policy(new QLabel)
{
    for (const int size : io::ImageFolderOptions::allowedSizes)
        m_size->addItem(tr("%1×%1 pixels").arg(size), size);
    m_size->setToolTip(tr("The size every picture of a picture folder is scaled to: larger pictures keep more "
                          "detail and take longer to train"));
    m_colour->setToolTip(tr("Keep the pictures' colours as three input channels; unticked, they become grey "
                            "(one channel)"));
    m_policy->setWordWrap(true);
    auto* sizeLabel = new QLabel(tr("Picture size"));
    sizeLabel->setBuddy(m_size);
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(sizeLabel, 0, 0);
    layout->addWidget(m_size, 0, 1);
    layout->addWidget(m_colour, 0, 2);
    layout->addWidget(m_policy, 1, 0, 1, 3);
    layout->setColumnStretch(2, 1);
    connect(m_size, &QComboBox::activated, this, [this] {
        showPolicy();
        emit changed(imageSize(), channels());
    });
    connect(m_colour, &QCheckBox::toggled, this, [this] {
        showPolicy();
        emit changed(imageSize(), channels());
    });
    showPolicy();
}

void PictureFolderOptions::setOptions(int imageSize, int channels)
{
    const QSignalBlocker sizeBlocker(m_size);
    const QSignalBlocker colourBlocker(m_colour);
    m_size->setCurrentIndex(std::max(0, m_size->findData(imageSize)));
    m_colour->setChecked(channels == 3);
    showPolicy();
}

int PictureFolderOptions::imageSize() const
{
    return m_size->currentData().toInt();
}

int PictureFolderOptions::channels() const
{
    return m_colour->isChecked() ? 3 : 1;
}

void PictureFolderOptions::showPolicy()
{
    m_policy->setText(tr("Each picture's centre square (the whole width of a tall picture, the whole height of a "
                         "wide one) is scaled to %1×%1 pixels, so a circle stays round; a picture you give the "
                         "trained network later is scaled the same way.")
                          .arg(imageSize()));
}

} // namespace convscope::ui
