#include "ui/network/network_page.h"

#include "ui/camera/live_controls.h"
#include "ui/camera/live_source.h"
#include "ui/io/image_loader.h"
#include "ui/io/korean_particles.h"
#include "ui/io/lesson_picture.h"
#include "ui/model_store.h"
#include "ui/network/flow_stages.h"
#include "ui/network/layer_detail_panel.h"
#include "ui/network/learned_filters_panel.h"
#include "ui/network/network_flow_view.h"
#include "ui/network/network_model.h"
#include "ui/network/network_text.h"
#include "ui/network/onnx_import_dialog.h"
#include "ui/network/preprocessing_view.h"
#include "ui/network/training_history_panel.h"
#include "core/nn/pytorch_code.h"
#include "ui/shared/background_job.h"
#include "ui/shared/number_text.h"
#include "ui/widgets/digit_canvas.h"
#include "ui/widgets/export_actions.h"
#include "ui/widgets/probability_bars.h"
#include "ui/widgets/pytorch_code_dialog.h"

#include <QBuffer>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QJsonObject>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace convscope::ui {

namespace {

// Where a lesson keeps its own copy of the photo (io::carryPictureFile).
constexpr char carriedPhotoKey[] = "photoData";

QString probabilityText(float probability)
{
    return NetworkPage::tr("%1 %").arg(QLocale().toString(100.0 * probability, 'f', 1));
}

} // namespace

NetworkPage::NetworkPage(ModelStore* store, LiveSource* live, QWidget* parent)
    : QWidget(parent)
    , m_model(new NetworkModel(store, this))
    , m_store(store)
    , m_live(new LiveControls(live ? live : new LiveSource(this)))
    , m_importing(new BackgroundJob(this))
    , m_saving(new BackgroundJob(this))
{
    setAccessibleName(tr("Inside the network"));
    setFocusPolicy(Qt::StrongFocus);
    setAcceptDrops(true);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("networkMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("networkTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(createOverview(), tr("Overview"));
    m_filters = new LearnedFiltersPanel(m_model, this);
    m_tabs->addTab(m_filters, tr("Learned filters"));
    m_history = new TrainingHistoryPanel(m_model, this);
    m_tabs->addTab(m_history, tr("Training history"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(4);
    layout->addWidget(createModelBar());
    layout->addWidget(createInputBar());
    layout->addWidget(m_live);
    layout->addWidget(m_message);
    connect(m_live->source(), &LiveSource::frameReady, this, &NetworkPage::showLiveFrame);
    connect(m_live->source(), &LiveSource::failed, this, &NetworkPage::showMessage);
    // The preparation is what the live picture teaches here: open it when the source starts.
    connect(m_live->source(), &LiveSource::stateChanged, this, [this] {
        if (m_live->source()->isRunning() && m_live->source()->framesSent() == 0)
            m_lowerTabs->setCurrentIndex(1);
    });
    connect(m_live, &LiveControls::errorOccurred, this, &NetworkPage::showMessage);
    layout->addWidget(m_tabs, 1);

    connect(m_model, &NetworkModel::modelChanged, this, &NetworkPage::refreshModel);
    connect(m_model, &NetworkModel::activationsChanged, this, &NetworkPage::refreshActivations);
    connect(m_model, &NetworkModel::displayChanged, this, [this] {
        refreshFlow();
        applyLegend(m_history->flowView());
        if (m_history->shownSnapshot() >= 0)
            m_history->showEpoch(m_history->shownSnapshot());
    });
    connect(m_model, &NetworkModel::selectionChanged, this, &NetworkPage::refreshSelection);
    connect(m_model, &NetworkModel::snapshotsChanged, m_history, &TrainingHistoryPanel::refresh);
    connect(m_model, &NetworkModel::snapshotsChanged, m_filters, &LearnedFiltersPanel::refresh);
    connect(m_model, &NetworkModel::errorOccurred, this, &NetworkPage::showMessage);
    connect(m_detail, &LayerDetailPanel::openConvolutionRequested, this, [this] {
        if (const std::optional<ConvStepRequest> request = m_model->convStepRequest())
            emit openConvolutionStep(*request);
    });
    connect(m_detail, &LayerDetailPanel::openPoolingRequested, this, [this] {
        if (const std::optional<PoolStepRequest> request = m_model->poolStepRequest())
            emit openPoolingStep(*request);
    });
    connect(m_filters, &LearnedFiltersPanel::applyKernelRequested, this, &NetworkPage::applyKernel);
    connect(m_history, &TrainingHistoryPanel::trainingPageRequested, this, &NetworkPage::trainingPageRequested);
    refreshModel();
    // At once rather than when first shown: the page's state is then the same whether or not
    // the student has visited it, and a screenshot shows it ready.
    m_model->ensureModel();
}

NetworkPage::~NetworkPage() = default;

// ---------------------------------------------------------------------------------------------
// building

QWidget* NetworkPage::createModelBar()
{
    auto* bar = new QWidget(this);
    m_modelBar = bar;
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    m_modelInfo = new QLabel(bar);
    m_modelInfo->setObjectName(QStringLiteral("modelInfo"));
    m_modelInfo->setWordWrap(true);
    auto* open = new QPushButton(tr("Open a model…"), bar);
    open->setToolTip(tr("A model saved by ConvScope (.csmodel), or a CNN exported from PyTorch as ONNX (.onnx); "
                        "a model file can also be dropped on the page"));
    auto* save = new QPushButton(tr("Save model as…"), bar);
    m_saveButton = save;
    save->setToolTip(tr("Save the model shown as a ConvScope model (.csmodel) or as ONNX (.onnx) for PyTorch and "
                        "other programs"));
    auto* code = new QPushButton(tr("Show as PyTorch code"), bar);
    code->setObjectName(QStringLiteral("networkPytorchButton"));
    connect(save, &QPushButton::clicked, this, &NetworkPage::saveModelDialog);
    connect(code, &QPushButton::clicked, this, &NetworkPage::showPytorchCode);
    auto* shipped = new QPushButton(tr("Use the shipped model"), bar);
    shipped->setToolTip(tr("The classroom network trained on the bundled digits, shipped with ConvScope"));
    connect(open, &QPushButton::clicked, this, &NetworkPage::openModelDialog);
    connect(m_store, &ModelStore::loadFinished, this, [this](const QString&, const QString& problem) { showMessage(problem); });
    connect(shipped, &QPushButton::clicked, this, [this] {
        const QString error = m_store->loadBundled();
        if (!error.isEmpty())
            showMessage(error);
    });
    layout->addWidget(m_modelInfo, 1);
    layout->addWidget(open);
    layout->addWidget(save);
    layout->addWidget(code);
    layout->addWidget(shipped);
    return bar;
}

QWidget* NetworkPage::createInputBar()
{
    auto* bar = new QWidget(this);
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Input:"), bar));

    m_testControls = new QWidget(bar);
    auto* tests = new QHBoxLayout(m_testControls);
    tests->setContentsMargins(0, 0, 0, 0);
    auto* previous = new QPushButton(QStringLiteral("◀"), m_testControls);
    previous->setToolTip(tr("Previous test image (←)"));
    previous->setAccessibleName(tr("Previous test image"));
    m_testIndex = new QSpinBox(m_testControls);
    m_testIndex->setObjectName(QStringLiteral("testIndexBox"));
    m_testIndex->setAccessibleName(tr("Test image number"));
    m_testCount = new QLabel(m_testControls);
    auto* next = new QPushButton(QStringLiteral("▶"), m_testControls);
    next->setToolTip(tr("Next test image (→)"));
    next->setAccessibleName(tr("Next test image"));
    auto* random = new QPushButton(tr("Random"), m_testControls);
    random->setToolTip(tr("A random test image (R)"));
    for (QPushButton* button : {previous, next})
        button->setMaximumWidth(button->fontMetrics().horizontalAdvance(QStringLiteral("◀")) + 28);
    tests->addWidget(previous);
    tests->addWidget(m_testIndex);
    tests->addWidget(m_testCount);
    tests->addWidget(next);
    tests->addWidget(random);
    connect(previous, &QPushButton::clicked, m_model, &NetworkModel::previousTestImage);
    connect(next, &QPushButton::clicked, m_model, &NetworkModel::nextTestImage);
    connect(random, &QPushButton::clicked, m_model, &NetworkModel::randomTestImage);
    connect(m_testIndex, &QSpinBox::valueChanged, this, [this](int value) { m_model->showTestImage(value - 1); });
    layout->addWidget(m_testControls);

    auto* draw = new QPushButton(tr("Draw a digit"), bar);
    m_drawButton = draw;
    auto* photo = new QPushButton(tr("Open a photo…"), bar);
    m_photoButton = photo;
    photo->setToolTip(tr("A photo of a handwritten digit: it is turned grey, inverted, cropped, scaled and centred "
                         "like MNIST, and every step is shown"));
    connect(draw, &QPushButton::clicked, this, [this] {
        m_tabs->setCurrentIndex(0);
        m_lowerTabs->setCurrentIndex(1);
        m_canvas->setFocus(Qt::OtherFocusReason);
    });
    connect(photo, &QPushButton::clicked, this, &NetworkPage::openPhotoDialog);
    layout->addWidget(draw);
    layout->addWidget(photo);
    layout->addWidget(m_live->cameraButton());
    m_live->cameraButton()->setToolTip(tr("Read the digit the camera sees, live: hold up a digit written on paper. "
                                          "The arrow lists the cameras present and plays a video file in a loop "
                                          "instead."));

    m_inputInfo = new QLabel(bar);
    m_inputInfo->setObjectName(QStringLiteral("inputInfo"));
    m_inputInfo->setWordWrap(true);
    layout->addWidget(m_inputInfo, 1);

    layout->addWidget(new QLabel(tr("Colours:"), bar));
    m_colourScale = new QComboBox(bar);
    m_colourScale->setObjectName(QStringLiteral("colourScaleBox"));
    m_colourScale->setAccessibleName(tr("Colour scale"));
    m_colourScale->addItem(tr("per layer"), static_cast<int>(NetworkModel::ColourScale::PerLayer));
    m_colourScale->addItem(tr("per map"), static_cast<int>(NetworkModel::ColourScale::PerMap));
    m_colourScale->addItem(tr("whole network"), static_cast<int>(NetworkModel::ColourScale::Global));
    m_colourScale->setToolTip(tr("Which values get the strongest colour: the largest of each layer, of each map, or "
                                 "of the whole network"));
    connect(m_colourScale, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_model->setColourScale(static_cast<NetworkModel::ColourScale>(m_colourScale->itemData(index).toInt()));
    });
    layout->addWidget(m_colourScale);
    return bar;
}

QWidget* NetworkPage::createOverview()
{
    auto* overview = new QWidget(this);

    // --- the flow and the probabilities ---
    auto* upper = new QWidget(overview);
    m_flow = new NetworkFlowView(upper);
    ExportActions::installImageMenu(m_flow, QStringLiteral("network-flow"));
    m_flow->setObjectName(QStringLiteral("networkFlow"));
    connect(m_flow, &NetworkFlowView::mapClicked, this, [this](int stage, int channel) {
        m_model->selectMap(stage, channel);
        m_lowerTabs->setCurrentIndex(0);
    });
    connect(m_flow, &NetworkFlowView::vectorClicked, this, [this](int stage, int index) {
        m_model->selectMap(stage, 0);
        m_model->pickCell(0, index);
        m_lowerTabs->setCurrentIndex(0);
    });

    auto* side = new QVBoxLayout;
    m_prediction = new QLabel(upper);
    m_prediction->setObjectName(QStringLiteral("predictionLabel"));
    m_prediction->setWordWrap(true);
    {
        QFont font = m_prediction->font();
        font.setBold(true);
        font.setPointSizeF(font.pointSizeF() * 1.25);
        m_prediction->setFont(font);
    }
    auto* softmaxCaption = new QLabel(tr("Softmax: the probabilities"), upper);
    m_bars = new ProbabilityBars(upper);
    m_bars->setObjectName(QStringLiteral("networkProbabilities"));
    m_bars->setMinimumWidth(190);
    m_bars->setMaximumWidth(300);
    m_formulaButton = new QPushButton(tr("Show the softmax formula"), upper);
    m_formulaButton->setObjectName(QStringLiteral("formulaButton"));
    m_formulaButton->setCheckable(true);
    m_passTime = new QLabel(upper);
    {
        QFont font = m_passTime->font();
        font.setPointSizeF(font.pointSizeF() * 0.9);
        m_passTime->setFont(font);
    }
    side->addWidget(m_prediction);
    side->addWidget(softmaxCaption);
    side->addWidget(m_bars, 1);
    side->addWidget(m_formulaButton);
    side->addWidget(m_passTime);

    m_formula = new QLabel(upper);
    m_formula->setObjectName(QStringLiteral("softmaxFormula"));
    m_formula->setTextFormat(Qt::RichText);
    m_formula->setWordWrap(true);
    m_formula->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_formula->hide();
    connect(m_formulaButton, &QPushButton::toggled, this, [this](bool shown) {
        m_formula->setVisible(shown);
        m_formulaButton->setText(shown ? tr("Hide the softmax formula") : tr("Show the softmax formula"));
        refreshFormula();
    });

    // Scrolled sideways only when a network has more columns than the page is wide.
    auto* flowScroll = new QScrollArea(upper);
    flowScroll->setWidget(m_flow);
    flowScroll->setWidgetResizable(true);
    flowScroll->setFrameShape(QFrame::NoFrame);
    flowScroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* flowRow = new QHBoxLayout;
    flowRow->addWidget(flowScroll, 1);
    flowRow->addLayout(side);
    auto* upperLayout = new QVBoxLayout(upper);
    upperLayout->setContentsMargins(0, 0, 0, 0);
    upperLayout->addLayout(flowRow, 1);
    upperLayout->addWidget(m_formula);

    // --- below: the opened map, or the input being drawn and prepared ---
    m_lowerTabs = new QTabWidget(overview);
    m_lowerTabs->setObjectName(QStringLiteral("lowerTabs"));
    m_detail = new LayerDetailPanel(m_model, m_lowerTabs);
    m_lowerTabs->addTab(m_detail, tr("Opened map"));

    auto* inputTab = new QWidget(m_lowerTabs);
    m_drawingBox = new QWidget(inputTab);
    auto* canvasBox = new QVBoxLayout(m_drawingBox);
    canvasBox->setContentsMargins(0, 0, 0, 0);
    auto* canvasCaption = new QLabel(tr("Draw a digit:"), inputTab);
    m_canvas = new DigitCanvas(inputTab);
    m_canvas->setObjectName(QStringLiteral("networkCanvas"));
    m_canvas->setMinimumSize(150, 150);
    m_canvas->setMaximumSize(240, 240);
    auto* clear = new QPushButton(tr("Clear"), inputTab);
    connect(clear, &QPushButton::clicked, m_canvas, &DigitCanvas::clear);
    connect(m_canvas, &DigitCanvas::inkChanged, this, [this] {
        if (!m_canvas->isEmpty())
            m_model->showDrawing(m_canvas->inkTensor());
    });
    canvasBox->addWidget(canvasCaption);
    canvasBox->addWidget(m_canvas, 1);
    canvasBox->addWidget(clear);
    m_preparedBox = new QWidget(inputTab);
    m_preprocessing = new PreprocessingView(m_preparedBox);
    auto* prepared = new QVBoxLayout(m_preparedBox);
    prepared->setContentsMargins(0, 0, 0, 0);
    auto* preparedCaption = new QLabel(tr("How the input was prepared for the network:"), m_preparedBox);
    prepared->addWidget(preparedCaption);
    prepared->addWidget(m_preprocessing, 1);
    // A network of the class's own pictures reads a picture as it is, in colour or grey: shown
    // here as the network gets it, instead of the drawing and the digit's preparation.
    m_pictureBox = new QWidget(inputTab);
    auto* pictureLayout = new QVBoxLayout(m_pictureBox);
    pictureLayout->setContentsMargins(0, 0, 0, 0);
    m_pictureCaption = new QLabel(m_pictureBox);
    m_pictureCaption->setWordWrap(true);
    m_picture = new QLabel(m_pictureBox);
    m_picture->setObjectName(QStringLiteral("networkPicture"));
    m_picture->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_picture->setFrameShape(QFrame::Box);
    pictureLayout->addWidget(m_pictureCaption);
    pictureLayout->addWidget(m_picture, 0, Qt::AlignLeft | Qt::AlignTop);
    pictureLayout->addStretch(1);
    auto* inputLayout = new QHBoxLayout(inputTab);
    inputLayout->addWidget(m_drawingBox);
    inputLayout->addWidget(m_preparedBox, 1);
    inputLayout->addWidget(m_pictureBox, 1);
    m_lowerTabs->addTab(inputTab, tr("Input: draw, or see a photo prepared"));

    auto* splitter = new QSplitter(Qt::Vertical, overview);
    splitter->addWidget(upper);
    splitter->addWidget(m_lowerTabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(overview);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(splitter);
    return overview;
}

// ---------------------------------------------------------------------------------------------
// refreshing from the model

void NetworkPage::refreshModel()
{
    if (!m_model->hasModel()) {
        const QString problem = m_model->modelProblem();
        m_modelInfo->setText(problem.isEmpty() ? tr("Loading the model…") : problem);
    } else {
        const core::ModelMetadata& metadata = m_model->model()->metadata;
        QString text = tr("Model: %1").arg(m_model->modelOrigin());
        if (metadata.testAccuracy >= 0.0)
            text += tr(" · %1 % test accuracy").arg(QLocale().toString(100.0 * metadata.testAccuracy, 'f', 1));
        if (!metadata.datasetName.empty())
            text += tr(" on %1").arg(QString::fromStdString(metadata.datasetName));
        if (metadata.epochs > 0)
            text += tr(" after %n epoch(s)", nullptr, metadata.epochs);
        m_modelInfo->setText(text);
        // Open the first convolution at once, so the page shows what a click reveals.
        if (m_model->selectedStage() < 0 && m_model->firstConvStage() > 0)
            m_model->selectMap(m_model->firstConvStage(), 0);
    }
    {
        const QSignalBlocker blocker(m_testIndex);
        m_testIndex->setRange(1, std::max(1, m_model->testImageCount()));
    }
    m_testControls->setEnabled(m_model->hasTestImages());
    m_testControls->setToolTip(m_model->testImagesProblem());
    m_testCount->setText(tr("of %1").arg(m_model->testImageCount()));
    m_filters->refresh();
    m_history->refresh();
    applyLegend(m_history->flowView());
    refreshActivations();
}

void NetworkPage::showPicture()
{
    const bool digits = !m_model->hasModel() || m_model->readsDigits();
    m_drawingBox->setVisible(digits);
    m_drawButton->setVisible(digits);
    m_photoButton->setToolTip(digits ? tr("A photo of a handwritten digit: it is turned grey, inverted, cropped, "
                                          "scaled and centred like MNIST, and every step is shown")
                                     : tr("Any picture: its centre square is scaled to the network's input, as the "
                                          "training pictures were"));
    m_preparedBox->setVisible(digits);
    m_pictureBox->setVisible(!digits);
    if (digits)
        return;
    const core::Tensor& input = m_model->input();
    const QImage picture = pictureToImage(input);
    if (picture.isNull()) {
        m_picture->clear();
        return;
    }
    const int scale = std::max(1, 160 / std::max(input.dim(1), input.dim(2)));
    m_picture->setPixmap(QPixmap::fromImage(picture.scaled(picture.width() * scale, picture.height() * scale,
                                                           Qt::IgnoreAspectRatio, Qt::FastTransformation)));
    m_pictureCaption->setText(input.dim(0) == 3
                                  ? tr("The picture as the network reads it, %1×%2 pixels in colour: its red, green "
                                       "and blue channels are the first column above, and each filter of the first "
                                       "layer has a kernel for each of them.")
                                        .arg(input.dim(2))
                                        .arg(input.dim(1))
                                  : tr("The picture as the network reads it, %1×%2 grey pixels: its centre square, "
                                       "scaled as the training pictures were.")
                                        .arg(input.dim(2))
                                        .arg(input.dim(1)));
}

void NetworkPage::refreshActivations()
{
    {
        const QSignalBlocker blocker(m_testIndex);
        m_testIndex->setValue(m_model->testIndex() + 1);
    }
    const QStringList names = m_model->classNames();
    const int predicted = m_model->predictedClass();
    const int label = m_model->testLabel();
    QString input;
    switch (m_model->source()) {
    case NetworkModel::Source::TestImage:
        input = m_model->hasTestImages() ? tr("test image %1 of the %2, true label: %3")
                                               .arg(m_model->testIndex() + 1)
                                               .arg(m_model->sourceName(), names.value(label))
                                         : m_model->testImagesProblem();
        break;
    case NetworkModel::Source::Drawing: input = tr("your drawing, prepared like MNIST"); break;
    case NetworkModel::Source::Photo:
        input = m_model->readsDigits() ? tr("photo %1, prepared like MNIST").arg(m_model->sourceName())
                                       : tr("photo %1, its centre square").arg(m_model->sourceName());
        break;
    }
    m_inputInfo->setText(input);
    showPicture();

    if (predicted >= 0) {
        const float p = m_model->probabilities()[static_cast<std::size_t>(predicted)];
        QString text = tr("Prediction: %1 (%2)").arg(names.value(predicted), probabilityText(p));
        if (label >= 0)
            text += label == predicted ? tr(" ✓") : tr(" ✗ (true: %1)").arg(names.value(label));
        m_prediction->setText(text);
    } else {
        m_prediction->clear();
    }
    m_bars->setProbabilities(m_model->probabilities(), names);
    m_passTime->setText(m_model->hasModel()
                            ? tr("forward pass: %1 ms").arg(QLocale().toString(m_model->lastPassMilliseconds(), 'f', 2))
                            : QString());
    m_preprocessing->setSteps(m_model->preprocessing());
    refreshFlow();
    refreshFormula();
}

void NetworkPage::refreshFlow()
{
    m_flow->setStages(flowStages(*m_model));
    applyLegend(m_flow);
    m_detail->refresh();
}

void NetworkPage::applyLegend(NetworkFlowView* view) const
{
    const QString minus(QChar(0x2212));
    switch (m_model->colourScale()) {
    case NetworkModel::ColourScale::PerLayer:
        view->setLegend(ColourMapKind::BlueOrange, tr("negative"), tr("0"), tr("positive"),
                        tr("Colours per layer (its range under each column):"));
        break;
    case NetworkModel::ColourScale::PerMap:
        view->setLegend(ColourMapKind::BlueOrange, tr("negative"), tr("0"), tr("positive"),
                        tr("Colours per map (each from its own largest value):"));
        break;
    case NetworkModel::ColourScale::Global: {
        const float m = m_model->stageCount() > 1 ? m_model->mapRange(1, 0).max : 1.0f;
        view->setLegend(ColourMapKind::BlueOrange, minus + formatNumber(m), tr("0"), formatNumber(m),
                        tr("One scale for the whole network:"));
        break;
    }
    }
}

void NetworkPage::refreshSelection()
{
    const int stage = m_model->selectedStage();
    int outlined = m_model->selectedChannel();
    if (stage >= 0 && !m_model->isMapStage(stage))
        outlined = m_model->pickedCell() ? m_model->pickedCell()->x() : 0;
    m_flow->setSelected(stage, outlined);
    m_detail->refresh();
}

void NetworkPage::refreshFormula()
{
    if (!m_formula->isVisible())
        return;
    m_formula->setText(NetworkText::softmaxFormula(m_model->logits(), m_model->probabilities(),
                                                   m_model->predictedClass(), m_model->classNames()));
}

// ---------------------------------------------------------------------------------------------
// actions

void NetworkPage::showMessage(const QString& text)
{
    m_message->setText(io::fitKoreanParticles(text));
    m_message->setVisible(!text.isEmpty());
}

void NetworkPage::openModelDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open a model"), QString(),
        tr("Models (*.csmodel *.onnx);;ConvScope models (*.csmodel);;ONNX models (*.onnx);;All files (*)"));
    if (!path.isEmpty())
        openModelFile(path);
}

void NetworkPage::openModelFile(const QString& path)
{
    const QString fileName = QFileInfo(path).fileName();
    showMessage(tr("Opening “%1”…").arg(fileName));
    if (!path.endsWith(QStringLiteral(".onnx"), Qt::CaseInsensitive)) {
        m_store->loadFile(path);
        return;
    }
    readOnnxFile(*m_importing, path, [this, fileName](std::shared_ptr<const core::OnnxModel> imported, const QString& problem) {
        if (!imported) {
            showMessage(problem);
            return;
        }
        showMessage({});
        auto* dialog = new OnnxImportDialog(*imported, fileName, this);
        delete std::exchange(m_importDialog, dialog);
        connect(dialog, &QDialog::finished, this, [this, dialog, fileName](int result) {
            if (result == QDialog::Accepted && dialog->problem().isEmpty())
                m_store->setModel(dialog->model(), ModelOrigin::file(fileName));
            if (m_importDialog == dialog)
                m_importDialog = nullptr;
            dialog->deleteLater();
        });
        dialog->open();
    });
}

void NetworkPage::saveModelDialog()
{
    if (!m_model->model())
        return;
    QString selected;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save model as"), QStringLiteral("model.csmodel"),
                                                      tr("ConvScope models (*.csmodel);;ONNX models (*.onnx)"), &selected);
    if (path.isEmpty())
        return;
    const bool onnx = selected.contains(QStringLiteral("*.onnx")) || path.endsWith(QStringLiteral(".onnx"), Qt::CaseInsensitive);
    QString target = path;
    if (QFileInfo(path).suffix().isEmpty())
        target += onnx ? QStringLiteral(".onnx") : QStringLiteral(".csmodel");
    saveModel(target);
}

void NetworkPage::saveModel(const QString& path)
{
    const std::shared_ptr<const core::Model> model = m_store->sharedModel();
    if (!model || m_saving->isRunning())
        return;
    showMessage(tr("Saving “%1”…").arg(QFileInfo(path).fileName()));
    // One save at a time: the button waits for it.
    m_saveButton->setEnabled(false);
    writeModelFile(*m_saving, path, model, [this, path](const QString& problem) {
        m_saveButton->setEnabled(true);
        showMessage(problem.isEmpty() ? tr("Saved as “%1”.").arg(QFileInfo(path).fileName()) : problem);
        emit modelSaved(path, problem);
    });
}

PytorchCodeDialog* NetworkPage::showPytorchCode()
{
    const core::Model* model = m_model->model();
    if (!model)
        return nullptr;
    if (!m_codeDialog)
        m_codeDialog = new PytorchCodeDialog(this);
    m_codeDialog->setCode(QString::fromStdString(
        core::pytorchCode(model->spec, core::PytorchTraining::fromMetadata(model->metadata))));
    m_codeDialog->show();
    m_codeDialog->raise();
    return m_codeDialog;
}

void NetworkPage::openPhotoDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a photo of a digit"), QString(),
                                                      tr("Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;All files (*)"));
    if (!path.isEmpty())
        openPhoto(path);
}

void NetworkPage::openPhoto(const QString& path)
{
    if (m_model->openPhoto(path)) {
        showMessage({});
        m_tabs->setCurrentIndex(0);
        m_lowerTabs->setCurrentIndex(1);
    }
}

void NetworkPage::openImage(const QImage& image, const QString& name)
{
    if (showFrame(image, name)) {
        m_tabs->setCurrentIndex(0);
        m_lowerTabs->setCurrentIndex(1);
    }
}

void NetworkPage::showLiveFrame(const QImage& frame)
{
    // A hidden page leaves the frames to the pages shown.
    if (!isVisible())
        return;
    const LiveSource* source = m_live->source();
    // The network reads the picture as the camera took it: a mirrored 3 is no digit.
    const bool mirrored = source->kind() == LiveSource::Kind::Camera && source->isMirrored();
    if (showFrame(mirrored ? frame.mirrored(true, false) : frame, source->sourceName())) {
        m_live->noteFrameShown();
        emit liveFrameShown();
    }
}

bool NetworkPage::showFrame(const QImage& frame, const QString& name)
{
    if (!m_model->showLiveFrame(frame, name))
        return false;
    showMessage({});
    return true;
}

QJsonObject NetworkPage::state() const
{
    QJsonObject state{
        {QStringLiteral("testIndex"), m_model->testIndex()},
        {QStringLiteral("colourScale"), m_colourScale->currentIndex()},
        {QStringLiteral("stage"), m_model->selectedStage()},
        {QStringLiteral("channel"), m_model->selectedChannel()},
        {QStringLiteral("tab"), m_tabs->currentIndex()},
        {QStringLiteral("lowerTab"), m_lowerTabs->currentIndex()},
        {QStringLiteral("formula"), m_formulaButton->isChecked()},
    };
    if (const std::optional<QPoint> picked = m_model->pickedCell()) {
        state.insert(QStringLiteral("row"), picked->y());
        state.insert(QStringLiteral("col"), picked->x());
    }
    switch (m_model->source()) {
    case NetworkModel::Source::TestImage: break;
    case NetworkModel::Source::Drawing: {
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        m_canvas->image().save(&buffer, "PNG");
        state.insert(QStringLiteral("drawing"), QString::fromLatin1(png.toBase64()));
        break;
    }
    case NetworkModel::Source::Photo:
        state.insert(QStringLiteral("photo"), m_model->photoPath());
        state.insert(QStringLiteral("photoName"), m_model->sourceName());
        break;
    }
    return state;
}

QJsonObject NetworkPage::lessonState(QStringList& notes) const
{
    QJsonObject state = this->state();
    if (m_model->source() != NetworkModel::Source::Photo)
        return state;
    const QString key = QString::fromLatin1(carriedPhotoKey);
    const QString note = m_model->photoPath().isEmpty()
                             ? io::carryPictureImage(state, key, m_model->photoImage(), m_model->sourceName(),
                                                     NetworkModel::photoSide)
                             : io::carryPictureFile(state, key, m_model->photoPath(), NetworkModel::photoSide);
    if (!note.isEmpty())
        notes.append(note);
    return state;
}

void NetworkPage::setState(const QJsonObject& state)
{
    m_model->showTestImage(state.value(QStringLiteral("testIndex")).toInt(0));
    if (const QString drawing = state.value(QStringLiteral("drawing")).toString(); !drawing.isEmpty()) {
        QImage ink;
        if (ink.loadFromData(QByteArray::fromBase64(drawing.toLatin1()), "PNG"))
            m_canvas->setImage(ink); // inkChanged shows it
    } else if (const QByteArray carried = io::carriedPicture(state, QString::fromLatin1(carriedPhotoKey));
               !carried.isEmpty()) {
        // A lesson's own copy comes first: the file it was made from may be on another computer.
        const QString name = state.value(QStringLiteral("photoName")).toString();
        if (const io::DecodedImage decoded = io::decodeImageBytes(carried, name); decoded.ok())
            m_model->showPhotoImage(decoded.image, name);
        else
            showMessage(decoded.error);
    } else if (const QString photo = state.value(QStringLiteral("photo")).toString(); !photo.isEmpty()) {
        m_model->openPhoto(photo);
    }
    const int scale = state.value(QStringLiteral("colourScale")).toInt(m_colourScale->currentIndex());
    if (scale >= 0 && scale < m_colourScale->count())
        m_colourScale->setCurrentIndex(scale);
    const int stage = state.value(QStringLiteral("stage")).toInt(-1);
    if (stage >= 0 && stage < m_model->stageCount()) {
        m_model->selectMap(stage, state.value(QStringLiteral("channel")).toInt(0));
        if (state.contains(QStringLiteral("row")))
            m_model->pickCell(state.value(QStringLiteral("row")).toInt(), state.value(QStringLiteral("col")).toInt());
    }
    m_tabs->setCurrentIndex(std::clamp(state.value(QStringLiteral("tab")).toInt(0), 0, m_tabs->count() - 1));
    m_lowerTabs->setCurrentIndex(
        std::clamp(state.value(QStringLiteral("lowerTab")).toInt(0), 0, m_lowerTabs->count() - 1));
    m_formulaButton->setChecked(state.value(QStringLiteral("formula")).toBool(false));
}

QList<QWidget*> NetworkPage::presentationHidden() const
{
    return {m_modelBar, m_photoButton};
}

void NetworkPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_model->ensureModel();
}

namespace {

// The model file among dropped files: the first local .csmodel or .onnx.
QString droppedModel(const QMimeData* data)
{
    for (const QUrl& url : data->urls()) {
        const QString path = url.toLocalFile();
        if (path.endsWith(QStringLiteral(".csmodel"), Qt::CaseInsensitive)
            || path.endsWith(QStringLiteral(".onnx"), Qt::CaseInsensitive))
            return path;
    }
    return {};
}

} // namespace

void NetworkPage::dragEnterEvent(QDragEnterEvent* event)
{
    if (!droppedModel(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void NetworkPage::dropEvent(QDropEvent* event)
{
    const QString path = droppedModel(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    openModelFile(path);
}

void NetworkPage::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Left: m_model->previousTestImage(); return;
    case Qt::Key_Right: m_model->nextTestImage(); return;
    case Qt::Key_R: m_model->randomTestImage(); return;
    default: QWidget::keyPressEvent(event);
    }
}

} // namespace convscope::ui
