#include "ui/stepper/stepper_settings_panel.h"

#include "core/kernel_presets.h"
#include "ui/io/kernel_preset_text.h"
#include "ui/shared/setting.h"
#include "ui/stepper/stepper_model.h"
#include "ui/widgets/number_spin_box.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>

namespace convscope::ui {

namespace {

Setting<QString> pictureFolder{"stepper/pictureFolder", QString()};
Setting<int> pictureGrid{"stepper/pictureGrid", 16};

QSpinBox* makeSpin(const char* name, int minimum, int maximum, const QString& accessible, QWidget* parent)
{
    auto* spin = new QSpinBox(parent);
    spin->setObjectName(QString::fromLatin1(name));
    spin->setRange(minimum, maximum);
    spin->setKeyboardTracking(false); // "12" is one edit, not 1 then 12
    spin->setAccessibleName(accessible);
    return spin;
}

// "rows × columns" editors in one cell of the grid.
QWidget* pair(QSpinBox* rows, QSpinBox* cols, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(rows);
    layout->addWidget(new QLabel(QStringLiteral("×"), box));
    layout->addWidget(cols);
    return box;
}

} // namespace

StepperSettingsPanel::StepperSettingsPanel(StepperModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
{
    m_imageRows = makeSpin("imageRows", 1, StepperModel::maxImageSide, tr("Image rows"), this);
    m_imageCols = makeSpin("imageCols", 1, StepperModel::maxImageSide, tr("Image columns"), this);
    m_kernelRows = makeSpin("kernelRows", 1, StepperModel::maxKernelSide, tr("Kernel rows"), this);
    m_kernelCols = makeSpin("kernelCols", 1, StepperModel::maxKernelSide, tr("Kernel columns"), this);
    m_stride = makeSpin("stride", 1, StepperModel::maxStride, tr("Stride"), this);
    m_padding = makeSpin("padding", 0, StepperModel::maxPadding, tr("Zero padding"), this);
    m_dilation = makeSpin("dilation", 1, StepperModel::maxDilation, tr("Dilation"), this);
    m_stride->setToolTip(tr("How many cells the window moves at each step (S)"));
    m_padding->setToolTip(tr("Rings of zeros added around the image (P)"));
    m_dilation->setToolTip(tr("Spacing between the kernel's taps: 1 is an ordinary kernel (D)"));

    m_bias = new NumberSpinBox(this);
    m_bias->setObjectName(QStringLiteral("bias"));
    m_bias->setRange(-StepperModel::maxAbsValue, StepperModel::maxAbsValue);
    m_bias->setAccessibleName(tr("Bias"));
    m_bias->setToolTip(tr("Added to the sum of the products, once per output cell"));

    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("preset"));
    m_preset->setAccessibleName(tr("Kernel preset"));
    m_preset->addItem(tr("Custom"), QString());
    for (const core::KernelPreset& preset : core::kernelPresets()) {
        const io::KernelPresetText text = io::kernelPresetText(preset.id);
        m_preset->addItem(text.name, QString::fromUtf8(preset.id.data(), static_cast<qsizetype>(preset.id.size())));
        m_preset->setItemData(m_preset->count() - 1, text.description, Qt::ToolTipRole);
    }

    m_rgb = new QCheckBox(tr("RGB (3 channels)"), this);
    m_rgb->setObjectName(QStringLiteral("rgb"));
    m_rgb->setToolTip(tr("Red, green and blue input channels, one kernel each, and a bias: what a real convolution layer computes"));

    m_random = new QPushButton(tr("Random image"), this);
    m_random->setObjectName(QStringLiteral("randomImage"));
    m_load = new QPushButton(tr("Open picture…"), this);
    m_load->setObjectName(QStringLiteral("openPicture"));
    m_load->setToolTip(tr("Read a small picture from a file, scaled down to the grid size beside this button"));
    m_loadGrid = makeSpin("pictureGrid", StepperModel::minLoadGrid, StepperModel::maxLoadGrid, tr("Picture grid size"), this);
    m_loadGrid->setValue(pictureGrid.get());
    m_loadGrid->setToolTip(tr("Cells along the longer side of an opened picture"));
    m_lecture = new QPushButton(tr("Lecture example"), this);
    m_lecture->setObjectName(QStringLiteral("lectureExample"));
    m_lecture->setToolTip(tr("Back to the lecture's 5×5 image and 3×3 kernel"));
    for (QPushButton* button : {m_random, m_load, m_lecture})
        button->setFocusPolicy(Qt::TabFocus);

    const auto label = [this](const QString& text, QWidget* buddy) {
        auto* caption = new QLabel(text, this);
        caption->setBuddy(buddy);
        return caption;
    };
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(10);
    int column = 0;
    grid->addWidget(label(tr("&Image"), m_imageRows), 0, column);
    grid->addWidget(pair(m_imageRows, m_imageCols, this), 0, column + 1);
    grid->addWidget(label(tr("&Kernel"), m_kernelRows), 1, column);
    grid->addWidget(pair(m_kernelRows, m_kernelCols, this), 1, column + 1);
    column += 2;
    grid->addWidget(m_random, 0, column);
    grid->addWidget(m_preset, 1, column);
    column += 1;
    auto* loadRow = new QHBoxLayout;
    loadRow->addWidget(m_load);
    loadRow->addSpacing(6);
    loadRow->addWidget(label(tr("&Grid"), m_loadGrid));
    loadRow->addWidget(m_loadGrid);
    grid->addLayout(loadRow, 0, column);
    grid->addWidget(m_rgb, 1, column);
    column += 1;
    grid->addWidget(label(tr("&Stride"), m_stride), 0, column);
    grid->addWidget(m_stride, 0, column + 1);
    grid->addWidget(label(tr("&Padding"), m_padding), 1, column);
    grid->addWidget(m_padding, 1, column + 1);
    column += 2;
    grid->addWidget(label(tr("&Dilation"), m_dilation), 0, column);
    grid->addWidget(m_dilation, 0, column + 1);
    grid->addWidget(label(tr("&Bias"), m_bias), 1, column);
    grid->addWidget(m_bias, 1, column + 1);
    column += 2;
    grid->addWidget(m_lecture, 0, column);
    grid->setColumnStretch(column + 1, 1);
    // Tab goes down each column of the grid, left to right, as the controls are laid out.
    const QList<QWidget*> tabOrder{m_imageRows, m_imageCols, m_kernelRows, m_kernelCols, m_random, m_preset, m_load,
                                   m_loadGrid,  m_rgb,       m_stride,     m_padding,    m_dilation, m_bias,  m_lecture};
    for (qsizetype i = 1; i < tabOrder.size(); ++i)
        setTabOrder(tabOrder[i - 1], tabOrder[i]);

    connect(m_imageRows, &QSpinBox::valueChanged, this, [this](int rows) { m_model->setImageSize(rows, m_model->imageCols()); });
    connect(m_imageCols, &QSpinBox::valueChanged, this, [this](int cols) { m_model->setImageSize(m_model->imageRows(), cols); });
    connect(m_kernelRows, &QSpinBox::valueChanged, this, [this](int rows) { m_model->setKernelSize(rows, m_model->kernelCols()); });
    connect(m_kernelCols, &QSpinBox::valueChanged, this, [this](int cols) { m_model->setKernelSize(m_model->kernelRows(), cols); });
    connect(m_stride, &QSpinBox::valueChanged, model, &StepperModel::setStride);
    connect(m_padding, &QSpinBox::valueChanged, model, &StepperModel::setPadding);
    connect(m_dilation, &QSpinBox::valueChanged, model, &StepperModel::setDilation);
    connect(m_bias, &QDoubleSpinBox::valueChanged, this, [this](double bias) { m_model->setBias(static_cast<float>(bias)); });
    connect(m_rgb, &QCheckBox::toggled, model, &StepperModel::setRgb);
    connect(m_random, &QPushButton::clicked, model, &StepperModel::randomizeImage);
    connect(m_lecture, &QPushButton::clicked, model, &StepperModel::resetToLectureExample);
    connect(m_load, &QPushButton::clicked, this, &StepperSettingsPanel::choosePicture);
    connect(m_loadGrid, &QSpinBox::valueChanged, this, [this](int side) {
        pictureGrid.set(side);
        if (!m_picturePath.isEmpty())
            loadPicture(m_picturePath);
    });
    connect(m_preset, &QComboBox::activated, this, [this](int index) {
        const QString id = m_preset->itemData(index).toString();
        if (!id.isEmpty())
            m_model->applyPreset(id.toStdString());
    });
    connect(model, &StepperModel::structureChanged, this, &StepperSettingsPanel::refresh);
    connect(model, &StepperModel::valuesChanged, this, &StepperSettingsPanel::refresh);
    refresh();
}

void StepperSettingsPanel::refresh()
{
    const auto show = [](QSpinBox* spin, int value) {
        const QSignalBlocker blocker(spin);
        spin->setValue(value);
    };
    show(m_imageRows, m_model->imageRows());
    show(m_imageCols, m_model->imageCols());
    show(m_kernelRows, m_model->kernelRows());
    show(m_kernelCols, m_model->kernelCols());
    show(m_stride, m_model->stride());
    show(m_padding, m_model->padding());
    show(m_dilation, m_model->dilation());
    {
        const QSignalBlocker blocker(m_bias);
        m_bias->setValue(static_cast<double>(m_model->bias()));
    }
    {
        const QSignalBlocker blocker(m_rgb);
        m_rgb->setChecked(m_model->isRgb());
    }
    {
        const QSignalBlocker blocker(m_preset);
        const int index = m_preset->findData(m_model->presetId());
        m_preset->setCurrentIndex(index < 0 ? 0 : index);
        m_preset->setToolTip(m_preset->itemData(m_preset->currentIndex(), Qt::ToolTipRole).toString());
    }
}

QString StepperSettingsPanel::loadPicture(const QString& path)
{
    const QString error = m_model->loadImage(path, m_loadGrid->value());
    if (error.isEmpty())
        m_picturePath = path;
    else
        emit message(error);
    return error;
}

void StepperSettingsPanel::choosePicture()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a picture"), pictureFolder.get(),
                                                      tr("Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;All files (*)"));
    if (path.isEmpty())
        return;
    pictureFolder.set(QFileInfo(path).absolutePath());
    loadPicture(path);
}

} // namespace convscope::ui
