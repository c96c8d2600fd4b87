#include "ui/activation/activation_page.h"

#include "ui/activation/activation_model.h"
#include "ui/activation/current_activation_map.h"
#include "ui/activation/kernel_editor.h"
#include "ui/activation/kernel_gallery.h"
#include "ui/activation/window_sum_panel.h"
#include "ui/camera/live_controls.h"
#include "ui/camera/live_source.h"
#include "ui/io/kernel_preset_text.h"
#include "ui/shared/setting.h"
#include "ui/shared/text_symbols.h"
#include "ui/widgets/tensor_view.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QShortcut>
#include <QShowEvent>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace convscope::ui {

namespace {


const Setting<int> resolutionSetting{"activation/resolution", 512};
const Setting<bool> reluSetting{"activation/relu", false};
const Setting<int> displaySetting{"activation/display", 0};
const Setting<QString> folderSetting{"activation/folder", QString()};

QString imageSizeText(QSize size) { return QString::number(size.width()) + times + QString::number(size.height()); }

} // namespace

ActivationPage::ActivationPage(LiveSource* live, QWidget* parent)
    : QWidget(parent)
    , m_model(new ActivationModel(this))
    , m_live(new LiveControls(live ? live : new LiveSource(this)))
    , m_shared(new CurrentActivationMap(this))
    , m_message(new QLabel)
    , m_gallery(new KernelGallery)
    , m_mapTitle(new QLabel)
    , m_mapDescription(new QLabel)
    , m_mapView(new TensorView)
    , m_clipping(new QLabel)
    , m_editor(new KernelEditor)
    , m_windowPanel(new WindowSumPanel)
{
    setAcceptDrops(true);

    m_message->setWordWrap(true);
    m_message->setVisible(false);
    m_message->setAutoFillBackground(true);
    m_message->setStyleSheet(QStringLiteral("QLabel { background: #fde7e1; color: #7a1c0c; border: 1px solid #d9826b;"
                                            " border-radius: 4px; padding: 6px; }"));
    m_message->setAccessibleName(tr("Message"));

    QStringList names;
    QStringList tips;
    for (int i = 0; i < m_model->presetCount(); ++i) {
        const io::KernelPresetText text = io::kernelPresetText(m_model->presetId(i));
        names << text.name;
        tips << text.description;
    }
    names << m_model->entryName(m_model->customIndex());
    tips << tr("Your own kernel: edit its weights on the right");
    m_gallery->setEntries(names, tips);
    m_gallery->setMinimumWidth(230);
    m_gallery->setMaximumWidth(340);

    QFont titleFont = m_mapTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_mapTitle->setFont(titleFont);
    m_mapView->setMinimumSize(320, 260);
    m_mapView->setAccessibleName(tr("Activation map"));
    m_clipping->setWordWrap(true);

    auto* centre = new QVBoxLayout;
    m_mapDescription->setWordWrap(true);
    centre->addWidget(m_mapTitle);
    centre->addWidget(m_mapDescription);
    centre->addWidget(m_mapView, 1);
    centre->addWidget(m_clipping);

    auto* kernelBox = new QGroupBox(tr("Custom kernel"));
    m_kernelBox = kernelBox;
    auto* kernelLayout = new QVBoxLayout(kernelBox);
    kernelLayout->addWidget(m_editor);
    auto* pixelBox = new QGroupBox(tr("One pixel of the map"));
    auto* pixelLayout = new QVBoxLayout(pixelBox);
    pixelLayout->addWidget(m_windowPanel);
    auto* right = new QVBoxLayout;
    right->addWidget(kernelBox, 1);
    right->addWidget(pixelBox, 1);
    auto* rightWidget = new QWidget;
    rightWidget->setLayout(right);
    right->setContentsMargins(0, 0, 0, 0);
    rightWidget->setFixedWidth(300);

    auto* body = new QHBoxLayout;
    body->addWidget(m_gallery);
    body->addLayout(centre, 1);
    body->addWidget(rightWidget);

    auto* layout = new QVBoxLayout(this);
    m_pictureBar = createPictureBar();
    m_mapBar = createMapBar();
    layout->addWidget(m_pictureBar);
    layout->addWidget(m_mapBar);
    layout->addWidget(m_live);
    layout->addWidget(m_message);
    layout->addLayout(body, 1);

    connect(m_model, &ActivationModel::pictureChanged, this, &ActivationPage::showPicture);
    connect(m_model, &ActivationModel::galleryChanged, this, &ActivationPage::showGallery);
    connect(m_model, &ActivationModel::kernelChanged, this, &ActivationPage::showKernel);
    connect(m_model, &ActivationModel::kernelChanged, this, [this] { announceEdit(); });
    connect(m_model, &ActivationModel::mapChanged, this, &ActivationPage::showMap);
    connect(m_model, &ActivationModel::displayChanged, this, [this] {
        applyDisplay();
        showGallery();
        showMap();
    });
    connect(m_model, &ActivationModel::errorOccurred, this, &ActivationPage::showError);
    connect(m_model, &ActivationModel::liveFrameShown, this, &ActivationPage::liveFrameShown);
    connect(m_model, &ActivationModel::liveFrameShown, m_live, &LiveControls::noteFrameShown);
    connect(m_live->source(), &LiveSource::frameReady, this, &ActivationPage::showLiveFrame);
    connect(m_live->source(), &LiveSource::failed, this, &ActivationPage::showError);
    connect(m_live, &LiveControls::errorOccurred, this, &ActivationPage::showError);

    connect(m_gallery, &KernelGallery::entryClicked, m_model, &ActivationModel::setSelection);
    connect(m_editor, &KernelEditor::weightEdited, m_model, &ActivationModel::setCustomWeight);
    connect(m_editor, &KernelEditor::sizeChosen, m_model, &ActivationModel::setCustomSize);
    connect(m_editor, &KernelEditor::normaliseRequested, this, [this] {
        if (!m_model->normaliseCustom())
            showError(tr("Every weight is 0: there is nothing to normalise."));
    });
    connect(m_editor, &KernelEditor::copyPresetRequested, this, [this] {
        const int preset = m_model->selection() < m_model->presetCount() ? m_model->selection() : -1;
        m_model->copyToCustom(preset);
    });
    connect(m_mapView, &TensorView::cellHovered, this, &ActivationPage::showHover);
    connect(m_mapView, &TensorView::cellClicked, this, &ActivationPage::showHover);
    connect(m_mapView, &TensorView::hoverLeft, this, [this] {
        m_hovered.reset();
        m_mapView->setWindow({});
    });

    auto* paste = new QShortcut(QKeySequence::Paste, this);
    paste->setContext(Qt::WidgetWithChildrenShortcut);
    connect(paste, &QShortcut::activated, this, &ActivationPage::pasteFromClipboard);

    m_model->setRelu(reluSetting.get());
    m_model->setDisplay(static_cast<ActivationModel::Display>(std::clamp(displaySetting.get(), 0, 3)));
    m_model->setResolution(resolutionSetting.get());
    connect(m_model, &ActivationModel::pictureChanged, this, &ActivationPage::showOptions);
    connect(m_model, &ActivationModel::displayChanged, this, &ActivationPage::showOptions);

    applyDisplay();
    showKernel();
    m_samples->menu()->actions().constFirst()->trigger();
}

QWidget* ActivationPage::createPictureBar()
{
    auto* bar = new QWidget;
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* open = new QPushButton(tr("Open picture…"));
    open->setToolTip(tr("Open a PNG, JPEG, BMP, GIF or WebP picture. You can also drop a picture on this page "
                        "or paste one with Ctrl+V."));
    connect(open, &QPushButton::clicked, this, &ActivationPage::openDialog);
    auto* paste = new QPushButton(tr("Paste"));
    paste->setToolTip(tr("Use the picture on the clipboard (Ctrl+V)"));
    connect(paste, &QPushButton::clicked, this, &ActivationPage::pasteFromClipboard);

    // The pictures made for this lesson, compiled in (see resources/samples/make-samples.sh).
    m_samples = new QPushButton(tr("Samples"));
    m_samples->setToolTip(tr("Pictures made for this lesson"));
    auto* samples = new QMenu(m_samples);
    const struct {
        QString name;
        QString tip;
        QString path;
    } sampleList[] = {
        {tr("Car (hard edges)"), tr("The lecture's example: a car has straight edges and sharp corners"),
         QStringLiteral(":/samples/car.png")},
        {tr("Person (round edges)"), tr("The lecture's example: a person has round edges"),
         QStringLiteral(":/samples/person.png")},
        {tr("Checkerboard"), tr("Vertical and horizontal edges of equal strength"), QStringLiteral(":/samples/checkerboard.png")},
        {tr("Face"), tr("Round outlines and small dark details"), QStringLiteral(":/samples/face.png")},
        {tr("Digit"), tr("A handwritten 3, white on black like the MNIST digits"), QStringLiteral(":/samples/digit.png")},
    };
    for (const auto& sample : sampleList) {
        QAction* action = samples->addAction(sample.name);
        action->setToolTip(sample.tip);
        const QString path = sample.path;
        const QString name = sample.name;
        connect(action, &QAction::triggered, this, [this, path, name] { m_model->openFile(path, name); });
    }
    samples->setToolTipsVisible(true);
    m_samples->setMenu(samples);

    m_pictureInfo = new QLabel;
    m_pictureInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_resolution = new QComboBox;
    m_resolution->setToolTip(tr("The longer side of the picture the kernels run over. Larger is sharper and slower; "
                                "maps larger than about a megapixel are computed in the background."));
    m_resolution->setAccessibleName(tr("Resolution"));
    for (int side : {256, 512, 1024, 2048})
        m_resolution->addItem(tr("%1 px").arg(side), side);
    m_resolution->addItem(tr("Original size"), 0);
    connect(m_resolution, &QComboBox::activated, this, [this](int index) {
        m_model->setResolution(m_resolution->itemData(index).toInt());
        resolutionSetting.set(m_model->resolution());
    });

    m_channelMode = new QComboBox;
    m_channelMode->addItem(tr("Grey"));
    m_channelMode->addItem(tr("RGB, per channel"));
    m_channelMode->setToolTip(tr("Grey: one channel (luminance). RGB: the kernel runs over the red, green and blue "
                                 "channels separately; pick the one shown."));
    m_channelMode->setAccessibleName(tr("Channels"));
    m_channel = new QComboBox;
    m_channel->addItem(tr("Red"));
    m_channel->addItem(tr("Green"));
    m_channel->addItem(tr("Blue"));
    m_channel->setAccessibleName(tr("Channel shown"));
    m_channel->setEnabled(false);
    connect(m_channelMode, &QComboBox::activated, this, [this](int index) {
        m_model->setChannelMode(index == 0 ? io::ChannelMode::Gray : io::ChannelMode::Rgb);
        m_channel->setEnabled(index == 1);
    });
    connect(m_channel, &QComboBox::activated, m_model, &ActivationModel::setChannel);

    layout->addWidget(open);
    layout->addWidget(paste);
    layout->addWidget(m_samples);
    layout->addWidget(m_live->cameraButton());
    layout->addWidget(m_pictureInfo, 1);
    layout->addWidget(new QLabel(tr("Resolution")));
    layout->addWidget(m_resolution);
    layout->addWidget(m_channelMode);
    layout->addWidget(m_channel);
    return bar;
}

QWidget* ActivationPage::createMapBar()
{
    auto* bar = new QWidget;
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);

    m_relu = new QCheckBox(tr("ReLU after the kernel"));
    m_relu->setToolTip(tr("max(0, x): negative values become 0, as after a convolution layer in a CNN"));
    connect(m_relu, &QCheckBox::toggled, this, [this](bool on) {
        m_model->setRelu(on);
        reluSetting.set(on);
    });

    m_display = new QComboBox;
    m_display->addItem(tr("Grey, like a photo (0 black, 1 white)"));
    m_display->addItem(tr("Blue–orange, centred on 0"));
    m_display->addItem(tr("Viridis, lowest to highest"));
    m_display->addItem(tr("Cividis, lowest to highest"));
    m_display->setAccessibleName(tr("Colours"));
    connect(m_display, &QComboBox::activated, this, [this](int index) {
        m_model->setDisplay(static_cast<ActivationModel::Display>(index));
        displaySetting.set(index);
    });

    auto* save = new QPushButton(tr("Save map as PNG…"));
    save->setToolTip(tr("Save the selected map, coloured as shown, one pixel per value"));
    connect(save, &QPushButton::clicked, this, &ActivationPage::saveMap);
    auto* copy = new QPushButton(tr("Copy map"));
    copy->setToolTip(tr("Copy the selected map to the clipboard as a picture"));
    connect(copy, &QPushButton::clicked, this, &ActivationPage::copyMap);

    layout->addWidget(m_relu);
    layout->addWidget(new QLabel(tr("Colours")));
    layout->addWidget(m_display);
    layout->addStretch(1);
    layout->addWidget(save);
    layout->addWidget(copy);
    return bar;
}

QJsonObject ActivationPage::state() const { return m_model->saveState(); }

QJsonObject ActivationPage::editableState() const { return m_model->kernelState(); }

void ActivationPage::setEditableState(const QJsonObject& state) { m_model->restoreKernelState(state); }

QString ActivationPage::editName(const QStringList& keys) const
{
    using L = QLatin1StringView;
    if (keysWithin(keys, {L("custom"), L("customSize")}))
        return tr("custom kernel edit");
    if (keysWithin(keys, {L("kernel")}))
        return tr("kernel choice");
    return tr("ReLU change");
}

QJsonObject ActivationPage::lessonState(QStringList& notes) const { return m_model->saveLessonState(notes); }

void ActivationPage::setState(const QJsonObject& state)
{
    m_model->restoreState(state);
    showOptions();
}

void ActivationPage::programColourMapChanged()
{
    showColourChoice();
    m_clipping->setText(m_model->clippingNote(TensorView::programColourMap()));
}

void ActivationPage::showColourChoice()
{
    const std::optional<ColourMapKind> program = TensorView::programColourMap();
    m_display->setEnabled(!program);
    if (!program) {
        m_display->setCurrentIndex(static_cast<int>(m_model->display()));
        m_display->setToolTip(tr("How values become colours. Like a photo, edges show light on dark; blue–orange "
                                 "shows negative and positive values apart."));
        return;
    }
    m_display->setCurrentIndex(static_cast<int>(ActivationModel::displayOf(*program)));
    m_display->setToolTip(tr("View ▸ Colour map colours every view of the program. Choose “As each view "
                             "chooses” there to choose the colours here."));
}

QList<QWidget*> ActivationPage::presentationHidden() const { return {m_pictureBar, m_mapBar, m_kernelBox}; }

void ActivationPage::showOptions()
{
    const QSignalBlocker reluBlocker(m_relu);
    m_relu->setChecked(m_model->relu());
    showColourChoice();
    const int resolutionIndex = m_resolution->findData(m_model->resolution());
    m_resolution->setCurrentIndex(resolutionIndex >= 0 ? resolutionIndex : 1);
    const bool rgb = m_model->channelMode() == io::ChannelMode::Rgb;
    m_channelMode->setCurrentIndex(rgb ? 1 : 0);
    m_channel->setEnabled(rgb);
    m_channel->setCurrentIndex(m_model->channel());
}

void ActivationPage::openFile(const QString& path) { m_model->openFile(path); }

bool ActivationPage::openMimeData(const QMimeData* mime)
{
    if (!mime)
        return false;
    if (mime->hasUrls()) {
        for (const QUrl& url : mime->urls()) {
            if (url.isLocalFile()) {
                m_model->openFile(url.toLocalFile());
                return true;
            }
        }
    }
    if (mime->hasImage()) {
        m_model->openImage(qvariant_cast<QImage>(mime->imageData()), tr("pasted picture"));
        return true;
    }
    return false;
}

void ActivationPage::pasteFromClipboard()
{
    if (!openMimeData(QApplication::clipboard()->mimeData()))
        showError(tr("The clipboard holds no picture. Copy a picture (or a picture file) and paste again."));
}

void ActivationPage::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls() || event->mimeData()->hasImage())
        event->acceptProposedAction();
}

void ActivationPage::dropEvent(QDropEvent* event)
{
    if (openMimeData(event->mimeData()))
        event->acceptProposedAction();
    else
        showError(tr("Only pictures can be dropped here."));
}

void ActivationPage::openDialog()
{
    QStringList patterns;
    for (const QByteArray& format : QImageReader::supportedImageFormats())
        patterns << QStringLiteral("*.") + QString::fromLatin1(format);
    QString folder = folderSetting.get();
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a picture"), folder,
                                                      tr("Pictures (%1)").arg(patterns.join(QLatin1Char(' '))));
    if (path.isEmpty())
        return;
    folderSetting.set(QFileInfo(path).absolutePath());
    m_model->openFile(path);
}

void ActivationPage::saveMap()
{
    const QString suggested = m_model->selectedName().toLower().replace(QLatin1Char(' '), QLatin1Char('-'))
                              + QStringLiteral(".png");
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the activation map"), suggested,
                                                      tr("PNG pictures (*.png)"));
    if (path.isEmpty())
        return;
    const QString error = m_model->saveSelectedMap(path);
    if (!error.isEmpty())
        showError(error);
}

void ActivationPage::copyMap()
{
    const QImage image = m_model->selectedMapImage();
    if (image.isNull()) {
        showError(tr("There is no activation map to copy yet."));
        return;
    }
    QApplication::clipboard()->setImage(image);
}

void ActivationPage::showLiveFrame(const QImage& frame)
{
    // A hidden page leaves the frames to the pages shown; it catches up when shown again.
    if (isVisible())
        m_model->showLiveFrame(frame, m_live->source()->sourceName());
}

void ActivationPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_live->source()->isRunning() && m_live->source()->isFrozen())
        m_model->showLiveFrame(m_live->source()->lastFrame(), m_live->source()->sourceName());
}

void ActivationPage::showPicture()
{
    m_message->setVisible(false);
    const QSize working = m_model->workingSize();
    // A live frame of the same size keeps the pixel under the pointer explained.
    if (working != m_shownSize)
        m_hovered.reset();
    m_shownSize = working;
    const QSize original = m_model->originalSize();
    m_pictureInfo->setText(original == working
                               ? tr("%1: %2 pixels").arg(m_model->pictureName(), imageSizeText(original))
                               : tr("%1: %2 pixels, convolved at %3").arg(m_model->pictureName(), imageSizeText(original),
                                                                          imageSizeText(working)));
    QString caption = tr("Original");
    if (m_model->channelMode() == io::ChannelMode::Rgb) {
        const QString channels[] = {tr("red"), tr("green"), tr("blue")};
        caption = tr("Original, %1 channel").arg(channels[m_model->channel()]);
    }
    m_gallery->setOriginal(m_model->galleryChannel(), caption);
}

void ActivationPage::showGallery()
{
    for (int i = 0; i < m_model->entryCount(); ++i) {
        const core::ActivationMap& map = m_model->galleryMap(i);
        m_gallery->setMap(i, map.values, m_model->colourMapKind(), m_model->rangeFor(map.values));
    }
}

void ActivationPage::showKernel()
{
    const int selection = m_model->selection();
    m_gallery->setSelected(selection);
    m_gallery->setEntryName(m_model->customIndex(), m_model->entryName(m_model->customIndex()));
    m_editor->setKernel(m_model->customKernel());
    m_editor->setPresetName(selection < m_model->presetCount() ? m_model->entryName(selection) : QString());
}

void ActivationPage::showMap()
{
    const core::ActivationMap& map = m_model->selectedMap();
    const int selection = m_model->selection();
    QString title = m_model->selectedName();
    m_mapDescription->setText(selection < m_model->presetCount()
                                  ? io::kernelPresetText(m_model->presetId(selection)).description
                                  : tr("Your own kernel: edit its weights on the right."));
    if (m_model->mapPending())
        title += QStringLiteral("  ") + tr("(computing…)");
    m_mapTitle->setText(title);
    if (m_model->mapPending())
        return;
    m_mapView->setValueRange(m_model->selectedRange());
    m_mapView->setTensorPlane(map.values, 0);
    m_clipping->setText(m_model->clippingNote(TensorView::programColourMap()));
    // The panel always explains a pixel: the one under the pointer, else the middle of the map.
    if (m_hovered) {
        showHover(m_hovered->first, m_hovered->second);
    } else if (!map.empty()) {
        const core::Tensor kernel = m_model->selectedKernel();
        m_windowPanel->setStep(m_model->stepAt(map.values.dim(-2) / 2, map.values.dim(-1) / 2), kernel.dim(-2),
                               kernel.dim(-1), m_model->relu());
    }
    m_shared->setMap(map.values, m_model->selectedName(), m_model->colourMapKind(), m_model->selectedRange());
}

void ActivationPage::applyDisplay()
{
    m_mapView->setColourMap(m_model->colourMapKind());
    m_mapView->setValueRange(m_model->selectedRange());
}

void ActivationPage::showHover(int row, int col)
{
    m_hovered = std::make_pair(row, col);
    const core::Tensor kernel = m_model->selectedKernel();
    const int rows = kernel.dim(-2);
    const int cols = kernel.dim(-1);
    m_mapView->setWindow(QRect(col - cols / 2, row - rows / 2, cols, rows));
    m_windowPanel->setStep(m_model->stepAt(row, col), rows, cols, m_model->relu());
}

void ActivationPage::showError(const QString& message)
{
    m_message->setText(message);
    m_message->setVisible(true);
}

} // namespace convscope::ui
