#include "ui/training/training_page.h"

#include "core/data/fit_to_input.h"
#include "core/nn/pytorch_code.h"
#include "core/nn/training_config.h"
#include "ui/io/image_loader.h"
#include "ui/io/korean_particles.h"
#include "ui/model_store.h"
#include "ui/shared/class_names.h"
#include "ui/training/architecture_editor.h"
#include "ui/training/confusion_matrix_view.h"
#include "ui/training/drawing_classifier.h"
#include "ui/training/loss_history_csv.h"
#include "ui/training/picture_folder_options.h"
#include "ui/training/test_image_grid.h"
#include "ui/training/training_charts.h"
#include "ui/training/training_model.h"
#include "ui/training/training_text.h"
#include "ui/widgets/colour_map.h"
#include "ui/widgets/column_scroll_area.h"
#include "ui/widgets/digit_canvas.h"
#include "ui/widgets/export_actions.h"
#include "ui/widgets/probability_bars.h"
#include "ui/widgets/pytorch_code_dialog.h"

#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace convscope::ui {

namespace {

// How many test images the grid shows: enough to find mistakes, few enough to take them in.
constexpr int gridImages = 60;
const QString modelSuffix = QStringLiteral("csmodel");

// The network's answer to a drawing or a picture, larger than the page's text.
QLabel* answerLabel(const QString& text)
{
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    label->setFont(font);
    return label;
}

QString rateText(double rate)
{
    return QLocale::c().toString(rate, 'g', 6);
}

} // namespace

TrainingPage::TrainingPage(ModelStore* store, QWidget* parent)
    : QWidget(parent)
    , m_model(new TrainingModel(this))
    , m_store(store)
{
    auto* setup = new QWidget;
    auto* setupLayout = new QVBoxLayout(setup);
    setupLayout->setContentsMargins(0, 0, 4, 0);
    setupLayout->addWidget(createDatasetBox());
    setupLayout->addWidget(createArchitectureBox(), 1);
    setupLayout->addWidget(createSettingsBox());
    // Wide enough for the layer table; the rest goes to the charts and results.
    auto* setupScroll = new ColumnScrollArea(setup, 430);
    m_setup = setupScroll;

    m_charts = new TrainingCharts;
    ExportActions::installImageMenu(m_charts->lossView(), QStringLiteral("loss"));
    ExportActions::installImageMenu(m_charts->accuracyView(), QStringLiteral("accuracy"));
    auto* rightSplitter = new QSplitter(Qt::Vertical);
    rightSplitter->addWidget(m_charts);
    rightSplitter->addWidget(createResults());
    rightSplitter->setStretchFactor(0, 3);
    rightSplitter->setStretchFactor(1, 2);
    rightSplitter->setChildrenCollapsible(false);

    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(createControls());
    rightLayout->addWidget(rightSplitter, 1);
    m_modelButtons = createModelButtons();
    rightLayout->addWidget(m_modelButtons);

    auto* layout = new QHBoxLayout(this);
    layout->addWidget(setupScroll);
    layout->addWidget(right, 1);

    connect(m_model, &TrainingModel::structureChanged, this, &TrainingPage::showAll);
    connect(m_model, &TrainingModel::structureChanged, this, &TrainingPage::noticeEdit);
    connect(m_model, &TrainingModel::valuesChanged, this, &TrainingPage::noticeEdit);
    connect(m_model, &TrainingModel::loadingProgress, this, &TrainingPage::showLoading);
    connect(m_model, &TrainingModel::valuesChanged, this, [this](TrainingModel::Values values) {
        if (values & TrainingModel::Diagnosis) {
            showDiagnosis();
            showState();
        }
        if (values & TrainingModel::History) {
            m_charts->appendBatches(m_model->history(), m_charts->batchPointCount());
            if (m_charts->epochPointCount() != static_cast<int>(m_model->history().epochs().size()))
                m_charts->showEpochs(m_model->history());
        }
        if (values & TrainingModel::Progress)
            showProgress();
        if (values & TrainingModel::Analysis)
            showAnalysis();
        if (values & TrainingModel::Weights) {
            classifyDrawing();
            classifyTriedPicture();
            showState();
        }
    });
    connect(m_model->drawingClassifier(), &DrawingClassifier::networkReady, this, &TrainingPage::classifyDrawing);
    connect(m_model, &TrainingModel::message, this, &TrainingPage::showMessage);

    showAll();
    m_model->loadBundledDataset();
}

TrainingPage::~TrainingPage()
{
    // Before the widgets go: the worker's last signals must not reach half-destroyed views.
    disconnect(m_model, nullptr, this, nullptr);
    delete m_model;
    m_model = nullptr;
}

// --- Page --------------------------------------------------------------------------------------

QJsonObject TrainingPage::state() const
{
    QJsonObject state = m_model->saveState();
    state.insert(QStringLiteral("tab"), m_tabs->currentIndex());
    state.insert(QStringLiteral("mistakesOnly"), m_mistakesOnly->isChecked());
    return state;
}

void TrainingPage::setState(const QJsonObject& state)
{
    m_tabs->setCurrentIndex(state.value(QStringLiteral("tab")).toInt(m_tabs->currentIndex()));
    m_mistakesOnly->setChecked(state.value(QStringLiteral("mistakesOnly")).toBool(false));
    m_model->restoreState(state);
}

QJsonObject TrainingPage::editableState() const
{
    return m_model->saveDesign();
}

void TrainingPage::setEditableState(const QJsonObject& state)
{
    m_model->restoreState(state);
}

QString TrainingPage::editName(const QStringList& keys) const
{
    using L = QLatin1StringView;
    if (keysWithin(keys, {L("architecture")}))
        return tr("architecture change");
    if (keysWithin(keys, {L("pictureSize"), L("pictureChannels")}))
        return tr("picture size change");
    return tr("training settings change");
}

void TrainingPage::noticeEdit()
{
    const std::pair<bool, const void*> basis{m_model->hasNetwork(), m_model->dataset().get()};
    if (basis == m_historyBasis) {
        announceEdit();
        return;
    }
    // Putting back a design from before would throw the trained network away, or not fit the
    // dataset now loaded: undo starts here.
    m_historyBasis = basis;
    restartHistory();
}

Page::Activity TrainingPage::activity() const
{
    if (m_model->state() != TrainingModel::State::Idle)
        return Activity::Running;
    return m_model->isLoadingDataset() ? Activity::Preparing : Activity::Idle;
}

QList<QWidget*> TrainingPage::presentationHidden() const
{
    return {m_setup, m_modelButtons};
}

// --- building the page -----------------------------------------------------------------------

QWidget* TrainingPage::createDatasetBox()
{
    auto* box = new QGroupBox(tr("Dataset"));
    m_bundled = new QPushButton(tr("Bundled digits"));
    m_bundled->setToolTip(tr("Handwritten digits from MNIST shipped with ConvScope"));
    m_folder = new QPushButton(tr("Folder of IDX files…"));
    m_folder->setToolTip(tr("MNIST, Fashion-MNIST or EMNIST in the standard IDX format, gzipped or not"));
    m_pictures = new QPushButton(tr("Picture folder…"));
    m_pictures->setToolTip(tr("The class's own pictures: a folder holding one folder of pictures per class, named "
                              "after it (cats/1.jpg, dogs/1.jpg, …), or train/ and test/ folders laid out so. "
                              "Without them a fifth of each class is kept for testing."));
    m_pictureOptions = new PictureFolderOptions;
    m_datasetInfo = new QLabel;
    m_datasetInfo->setWordWrap(true);
    m_loadProgress = new QProgressBar;
    m_loadProgress->setAccessibleName(tr("Pictures read"));
    m_cancelLoad = new QPushButton(tr("Cancel"));
    m_cancelLoad->setToolTip(tr("Stop reading the folder; the dataset stays as it was"));
    connect(m_bundled, &QPushButton::clicked, m_model, &TrainingModel::loadBundledDataset);
    connect(m_folder, &QPushButton::clicked, this, &TrainingPage::chooseDatasetFolder);
    connect(m_pictures, &QPushButton::clicked, this, &TrainingPage::choosePictureFolder);
    connect(m_cancelLoad, &QPushButton::clicked, m_model, &TrainingModel::cancelLoading);
    connect(m_pictureOptions, &PictureFolderOptions::changed, m_model, &TrainingModel::setPictureOptions);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_bundled);
    buttons->addWidget(m_folder);
    buttons->addWidget(m_pictures);
    auto* loading = new QHBoxLayout;
    loading->addWidget(m_loadProgress, 1);
    loading->addWidget(m_cancelLoad);
    auto* layout = new QVBoxLayout(box);
    layout->addLayout(buttons);
    layout->addWidget(m_pictureOptions);
    layout->addLayout(loading);
    layout->addWidget(m_datasetInfo);
    return box;
}

QWidget* TrainingPage::createArchitectureBox()
{
    auto* box = new QGroupBox(tr("Architecture"));
    m_editor = new ArchitectureEditor;
    connect(m_editor, &ArchitectureEditor::presetChosen, m_model, &TrainingModel::choosePreset);
    connect(m_editor, &ArchitectureEditor::layerReplaced, m_model, &TrainingModel::replaceLayer);
    connect(m_editor, &ArchitectureEditor::layerInserted, m_model, &TrainingModel::insertLayer);
    connect(m_editor, &ArchitectureEditor::layerRemoved, m_model, &TrainingModel::removeLayer);
    connect(m_editor, &ArchitectureEditor::layerMoved, m_model, &TrainingModel::moveLayer);
    // The network handed on to PyTorch: as code to train there, or trained here as ONNX.
    m_exportOnnx = new QPushButton(tr("Export as ONNX…"));
    m_exportOnnx->setToolTip(tr("The trained network with its weights as an ONNX file, for PyTorch, ONNX Runtime and "
                                "other programs"));
    connect(m_exportOnnx, &QPushButton::clicked, this, &TrainingPage::exportOnnx);
    auto* code = new QPushButton(tr("Show as PyTorch code"));
    code->setObjectName(QStringLiteral("trainingPytorchButton"));
    code->setToolTip(tr("The architecture and these settings as a PyTorch script, kept up to date as you change them"));
    connect(code, &QPushButton::clicked, this, &TrainingPage::showPytorchCode);
    connect(m_model, &TrainingModel::structureChanged, this, &TrainingPage::refreshPytorchCode);
    connect(m_model, &TrainingModel::valuesChanged, this, &TrainingPage::refreshPytorchCode);
    auto* handOver = new QHBoxLayout;
    handOver->addWidget(code);
    handOver->addWidget(m_exportOnnx);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_editor);
    layout->addLayout(handOver);
    return box;
}

QWidget* TrainingPage::createSettingsBox()
{
    auto* box = new QGroupBox(tr("Training settings"));
    m_learningRate = new QComboBox;
    m_learningRate->setEditable(true);
    m_learningRate->setInsertPolicy(QComboBox::NoInsert);
    m_learningRate->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_learningRate->setMinimumContentsLength(6);
    for (double rate : {0.0001, 0.0003, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0})
        m_learningRate->addItem(rateText(rate));
    m_learningRate->setToolTip(tr("How big a step the optimiser takes against the gradient. Too small: slow "
                                  "learning; too large: the loss jumps around or becomes NaN."));
    m_batchSize = new QSpinBox;
    m_batchSize->setRange(core::TrainingConfig::minBatchSize, core::TrainingConfig::maxBatchSize);
    m_batchSize->setToolTip(tr("Images per batch: the gradient is averaged over them before each step"));
    m_epochs = new QSpinBox;
    m_epochs->setRange(core::TrainingConfig::minEpochs, core::TrainingConfig::maxEpochs);
    m_epochs->setToolTip(tr("Passes over the whole training set"));
    m_optimizer = new QComboBox;
    // PyTorch's names: torch.optim.Adam, torch.optim.SGD, whose momentum is the field below.
    m_optimizer->addItem(tr("Adam"), static_cast<int>(core::OptimizerKind::Adam));
    m_optimizer->addItem(tr("SGD"), static_cast<int>(core::OptimizerKind::Sgd));
    m_optimizer->setToolTip(tr("Adam, or stochastic gradient descent (SGD) with the momentum below"));
    m_momentum = new QDoubleSpinBox;
    m_momentum->setRange(0.0, core::TrainingConfig::maxMomentum);
    m_momentum->setSingleStep(0.05);
    m_momentum->setToolTip(tr("SGD: the share of the previous step kept in the next one (0: plain gradient descent)"));
    m_seed = new QSpinBox;
    m_seed->setRange(0, static_cast<int>(core::TrainingConfig::maxSeed));
    m_seed->setToolTip(tr("Chooses the first weights and the order of the images: the same seed trains the same network"));
    m_threads = new QSpinBox;
    // 0 (every core) is the command line's default; the page shows the number it uses.
    m_threads->setRange(1, core::TrainingConfig::maxThreads);
    m_threads->setToolTip(tr("Processor cores that share each batch"));

    // Two columns of fields, so the layer table above keeps its height on a 800-pixel screen.
    auto* grid = new QGridLayout(box);
    const auto addField = [grid](int row, int column, const QString& text, QWidget* field) {
        auto* label = new QLabel(text);
        label->setBuddy(field);
        grid->addWidget(label, row, 2 * column);
        grid->addWidget(field, row, 2 * column + 1);
    };
    addField(0, 0, tr("Learning rate"), m_learningRate);
    addField(0, 1, tr("Optimiser"), m_optimizer);
    addField(1, 0, tr("Batch size"), m_batchSize);
    addField(1, 1, tr("Momentum"), m_momentum);
    addField(2, 0, tr("Epochs"), m_epochs);
    addField(2, 1, tr("Seed"), m_seed);
    addField(3, 0, tr("Threads"), m_threads);
    m_augment = new QCheckBox(tr("Augment the pictures"));
    m_augment->setToolTip(tr("Change each training picture a little every time it is learned from: mirrored at "
                             "random, shifted by up to a tenth of its side, turned by up to 10°, a little lighter "
                             "or darker. A few dozen pictures then look like many more; the seed repeats the "
                             "same changes."));
    grid->addWidget(m_augment, 3, 2, 1, 2);
    connect(m_augment, &QCheckBox::toggled, this, &TrainingPage::applySettings);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);

    connect(m_learningRate->lineEdit(), &QLineEdit::editingFinished, this, &TrainingPage::applySettings);
    connect(m_learningRate, &QComboBox::activated, this, &TrainingPage::applySettings);
    for (QSpinBox* spin : {m_batchSize, m_epochs, m_seed, m_threads})
        connect(spin, &QSpinBox::valueChanged, this, &TrainingPage::applySettings);
    connect(m_momentum, &QDoubleSpinBox::valueChanged, this, &TrainingPage::applySettings);
    connect(m_optimizer, &QComboBox::activated, this, &TrainingPage::applySettings);
    return box;
}

QWidget* TrainingPage::createControls()
{
    m_start = new QPushButton(tr("Start training"));
    m_pause = new QPushButton(tr("Pause"));
    m_stop = new QPushButton(tr("Stop"));
    m_reset = new QPushButton(tr("Reset"));
    m_start->setToolTip(tr("Train the network on the training images; it is tested on the test images after each epoch"));
    m_stop->setToolTip(tr("Stop after the current batch; the weights learned so far are kept"));
    m_reset->setToolTip(tr("Forget the trained network, so the architecture can be changed"));
    QFont big = m_start->font();
    big.setPointSizeF(big.pointSizeF() * 1.1);
    big.setBold(true);
    m_start->setFont(big);
    connect(m_start, &QPushButton::clicked, m_model, &TrainingModel::start);
    connect(m_pause, &QPushButton::clicked, this, [this] {
        if (m_model->state() == TrainingModel::State::Paused)
            m_model->resume();
        else
            m_model->pause();
    });
    connect(m_stop, &QPushButton::clicked, m_model, &TrainingModel::stop);
    connect(m_reset, &QPushButton::clicked, m_model, &TrainingModel::reset);

    m_progress = new QProgressBar;
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Training progress"));
    // The bar takes what the buttons leave; its own wish (95 px) made the English page wider than
    // a 1280-pixel screen.
    m_progress->setMinimumWidth(40);
    m_progressText = new QLabel;
    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAccessibleName(tr("Status"));
    m_slowMotion = new QCheckBox(tr("Slow motion"));
    m_slowMotion->setToolTip(tr("Each batch takes at least a quarter of a second, so the first epoch can be "
                                "watched and talked over; also during a run"));
    connect(m_slowMotion, &QCheckBox::toggled, m_model, &TrainingModel::setSlowMotion);
    m_diagnosis = new QLabel;
    m_diagnosis->setWordWrap(true);
    m_diagnosis->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_diagnosis->setAccessibleName(tr("What went wrong"));
    m_diagnosis->setVisible(false);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_pause);
    buttons->addWidget(m_stop);
    buttons->addWidget(m_reset);
    buttons->addWidget(m_slowMotion);
    buttons->addWidget(m_charts->logarithmicBox());
    buttons->addStretch(1);
    // The bar beside the words it measures: on the buttons' row it left "Continue training" no room.
    auto* progress = new QHBoxLayout;
    progress->addWidget(m_progressText);
    progress->addWidget(m_progress, 1);
    auto* widget = new QWidget;
    auto* layout = new QVBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addLayout(progress);
    layout->addWidget(m_status);
    layout->addWidget(m_diagnosis);
    return widget;
}

QWidget* TrainingPage::createResults()
{
    m_tabs = new QTabWidget;

    auto* gridTab = new QWidget;
    m_gridCaption = new QLabel;
    m_gridCaption->setWordWrap(true);
    m_mistakesOnly = new QCheckBox(tr("Only the mistakes"));
    connect(m_mistakesOnly, &QCheckBox::toggled, this, [this] {
        m_shownCell.reset();
        showAnalysis();
    });
    m_showAllImages = new QPushButton(tr("All test images"));
    m_showAllImages->setToolTip(tr("Show the test images of every class again"));
    m_showAllImages->hide();
    connect(m_showAllImages, &QPushButton::clicked, this, [this] {
        m_shownCell.reset();
        showAnalysis();
    });
    m_grid = new TestImageGrid;
    ExportActions::installImageMenu(m_grid, QStringLiteral("test-images"));
    auto* gridScroll = new QScrollArea;
    gridScroll->setWidget(m_grid);
    gridScroll->setWidgetResizable(true);
    auto* gridHeader = new QHBoxLayout;
    gridHeader->addWidget(m_gridCaption, 1);
    gridHeader->addWidget(m_showAllImages);
    gridHeader->addWidget(m_mistakesOnly);
    auto* gridLayout = new QVBoxLayout(gridTab);
    gridLayout->addLayout(gridHeader);
    gridLayout->addWidget(gridScroll, 1);
    m_gridTab = m_tabs->addTab(gridTab, tr("Test images"));

    auto* confusionTab = new QWidget;
    m_confusionCaption = new QLabel;
    m_confusionCaption->setWordWrap(true);
    m_confusion = new ConfusionMatrixView;
    connect(m_confusion, &ConfusionMatrixView::cellClicked, this, &TrainingPage::showConfusionCell);
    // Exports: the picture, and the counts as CSV (row = true class, column = the answer).
    m_confusion->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_confusion, &QWidget::customContextMenuRequested, this, [this](const QPoint& position) {
        QMenu menu(m_confusion);
        ExportActions::addImageActions(&menu, m_confusion, QStringLiteral("confusion-matrix"));
        ExportActions::addMatrixAction(&menu, m_confusion, [this] {
            const std::vector<std::vector<int>>& counts = m_confusion->counts();
            core::Matrix matrix(static_cast<Eigen::Index>(counts.size()),
                                counts.empty() ? 0 : static_cast<Eigen::Index>(counts.front().size()));
            for (Eigen::Index r = 0; r < matrix.rows(); ++r)
                for (Eigen::Index c = 0; c < matrix.cols(); ++c)
                    matrix(r, c) = static_cast<float>(counts[static_cast<std::size_t>(r)][static_cast<std::size_t>(c)]);
            return matrix;
        }, QStringLiteral("confusion-matrix"));
        menu.exec(m_confusion->mapToGlobal(position));
    });
    auto* confusionLayout = new QVBoxLayout(confusionTab);
    confusionLayout->addWidget(m_confusionCaption);
    confusionLayout->addWidget(m_confusion, 1);
    m_tabs->addTab(confusionTab, tr("Confusion matrix"));

    m_drawingTab = m_tabs->addTab(createDrawingTab(), tr("Draw a digit"));
    m_pictureTab = m_tabs->addTab(createPictureTab(), tr("Try a picture"));
    return m_tabs;
}

QWidget* TrainingPage::createDrawingTab()
{
    auto* tab = new QWidget;
    m_canvas = new DigitCanvas;
    auto* clear = new QPushButton(tr("Clear"));
    connect(clear, &QPushButton::clicked, m_canvas, &DigitCanvas::clear);
    connect(m_canvas, &DigitCanvas::inkChanged, this, &TrainingPage::classifyDrawing);

    m_networkInput = new QLabel;
    m_networkInput->setFixedSize(4 * 28 + 4, 4 * 28 + 4);
    m_networkInput->setAlignment(Qt::AlignCenter);
    m_networkInput->setFrameShape(QFrame::Box);
    m_networkInput->setToolTip(tr("Your drawing as the network sees it: cropped, scaled into a 20×20 box and "
                                  "centred by its centre of mass in 28×28 pixels, like every MNIST digit"));
    auto* inputCaption = new QLabel(tr("What the network sees (28×28)"));
    inputCaption->setWordWrap(true);
    m_drawingAnswer = answerLabel(QString());
    m_bars = new ProbabilityBars;
    ExportActions::installImageMenu(m_bars, QStringLiteral("probabilities"));

    auto* canvasColumn = new QVBoxLayout;
    canvasColumn->addWidget(m_canvas, 1);
    canvasColumn->addWidget(clear, 0, Qt::AlignLeft);
    auto* middleColumn = new QVBoxLayout;
    middleColumn->addWidget(inputCaption);
    middleColumn->addWidget(m_networkInput);
    middleColumn->addStretch(1);
    middleColumn->addWidget(m_drawingAnswer);
    auto* layout = new QHBoxLayout(tab);
    layout->addLayout(canvasColumn, 3);
    layout->addLayout(middleColumn, 1);
    layout->addWidget(m_bars, 3);
    return tab;
}

QWidget* TrainingPage::createPictureTab()
{
    auto* tab = new QWidget;
    auto* open = new QPushButton(tr("Open a picture…"));
    open->setToolTip(tr("A new photo or drawing of one of the classes: its centre square is scaled to the "
                        "network's input, as the training pictures were"));
    connect(open, &QPushButton::clicked, this, &TrainingPage::openTriedPicture);
    m_triedInput = new QLabel;
    m_triedInput->setFixedSize(4 * 32 + 4, 4 * 32 + 4);
    m_triedInput->setAlignment(Qt::AlignCenter);
    m_triedInput->setFrameShape(QFrame::Box);
    m_triedInput->setToolTip(tr("The picture as the network sees it"));
    m_triedAnswer = answerLabel(tr("Open a picture the network has not seen."));
    m_pictureBars = new ProbabilityBars;
    ExportActions::installImageMenu(m_pictureBars, QStringLiteral("probabilities"));
    auto* column = new QVBoxLayout;
    column->addWidget(open, 0, Qt::AlignLeft);
    column->addWidget(m_triedInput);
    column->addWidget(m_triedAnswer);
    column->addStretch(1);
    auto* layout = new QHBoxLayout(tab);
    layout->addLayout(column, 1);
    layout->addWidget(m_pictureBars, 2);
    return tab;
}

void TrainingPage::openTriedPicture()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a picture"), QDir::homePath(),
                                                      tr("Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;All files (*)"));
    if (!path.isEmpty())
        tryPicture(path);
}

void TrainingPage::tryPicture(const QString& path)
{
    const std::vector<int>& input = m_model->runSpec().input;
    const io::ImageLoadResult loaded
        = io::loadImageTensor(path, !input.empty() && input.front() == 3 ? io::ChannelMode::Rgb : io::ChannelMode::Gray);
    if (!loaded.ok()) {
        showMessage(loaded.error, true);
        return;
    }
    m_triedPicture = loaded.tensor;
    m_triedName = QFileInfo(path).fileName();
    classifyTriedPicture();
}

void TrainingPage::classifyTriedPicture()
{
    if (m_triedPicture.empty())
        return;
    const DrawingClassification result = m_model->drawingClassifier()->classifyPicture(m_triedPicture);
    const QStringList labels = m_model->classLabels();
    m_pictureBars->setProbabilities(result.probabilities, labels);
    const std::vector<int>& input = m_model->runSpec().input;
    try {
        const QImage seen = pictureToImage(core::fitToInput(m_triedPicture, input));
        const int scale = std::max(1, 128 / std::max(1, std::max(seen.width(), seen.height())));
        m_triedInput->setPixmap(QPixmap::fromImage(seen.scaled(seen.width() * scale, seen.height() * scale,
                                                               Qt::IgnoreAspectRatio, Qt::FastTransformation)));
    } catch (const std::invalid_argument&) {
        m_triedInput->clear();
    }
    if (!result.problem.isEmpty()) {
        m_triedAnswer->setText(result.problem);
    } else if (!result.probabilities.empty()) {
        const auto best = std::max_element(result.probabilities.begin(), result.probabilities.end());
        const int index = static_cast<int>(best - result.probabilities.begin());
        m_triedAnswer->setText(tr("%1: the network says %2 (%3)")
                                   .arg(m_triedName, labels.value(index, QString::number(index)), percentText(*best)));
    }
}

QWidget* TrainingPage::createModelButtons()
{
    m_save = new QPushButton(tr("Save model…"));
    m_load = new QPushButton(tr("Load model…"));
    m_useModel = new QPushButton(tr("Look inside this network"));
    m_useModel->setToolTip(tr("Opens this model, with its test pictures, on the Inside the network page"));
    m_useModel->setVisible(m_store != nullptr);
    connect(m_save, &QPushButton::clicked, this, &TrainingPage::saveModel);
    connect(m_model, &TrainingModel::modelSaved, this, &TrainingPage::showSaved);
    connect(m_model, &TrainingModel::modelLoadFailed, this, [this](const QString&, const QString& problem) {
        showMessage(tr("The model could not be loaded: %1").arg(problem), true);
    });
    connect(m_load, &QPushButton::clicked, this, &TrainingPage::loadModel);
    connect(m_useModel, &QPushButton::clicked, this, [this] {
        if (!m_store || !m_model->currentModel())
            return;
        // A picture folder's test pictures are in no file the page could find: they go along.
        const std::shared_ptr<const core::Dataset> dataset = m_model->dataset();
        m_store->setModel(m_model->currentModel(), ModelOrigin::trainedHere(),
                          dataset ? std::shared_ptr<const core::ImageSet>(dataset, &dataset->test) : nullptr,
                          tr("test pictures of %1").arg(m_model->datasetLabel()));
        m_store->setSnapshots(m_model->snapshots());
        showMessage(tr("The Inside the network page now shows this model."), false);
    });
    auto* saveHistory = new QPushButton(tr("Save loss history as CSV…"));
    saveHistory->setObjectName(QStringLiteral("saveHistoryButton"));
    saveHistory->setToolTip(tr("Every batch's loss and accuracy and every epoch's test results, as a table"));
    connect(saveHistory, &QPushButton::clicked, this, [this] {
        if (m_model->history().batchReports().empty()) {
            showMessage(tr("There is no loss history to save yet: train the network first."), true);
            return;
        }
        const QString path = ExportActions::askSavePath(this, tr("Save loss history as CSV"),
                                                        QStringLiteral("loss-history.csv"), tr("CSV tables (*.csv)"));
        if (!path.isEmpty())
            ExportActions::reportSave(this, path, ExportActions::saveBytes(formatLossHistoryCsv(m_model->history()), path));
    });
    auto* widget = new QWidget;
    auto* layout = new QHBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_save);
    layout->addWidget(m_load);
    layout->addWidget(saveHistory);
    layout->addStretch(1);
    layout->addWidget(m_useModel);
    return widget;
}

// --- showing the model's state ---------------------------------------------------------------

void TrainingPage::showAll()
{
    showDataset();
    showSpec();
    showSettings();
    showState();
    m_charts->showHistory(m_model->history(), m_model->progress().lastEpoch);
    showProgress();
    showAnalysis();
    showDiagnosis();
    classifyDrawing();
}

void TrainingPage::showDiagnosis()
{
    const QString text = io::fitKoreanParticles(m_model->diagnosis());
    m_diagnosis->setVisible(!text.isEmpty());
    m_diagnosis->setText(text);
    // Divergence stops the lesson, overfitting is advice: the colours of a problem and of a note.
    m_diagnosis->setStyleSheet(m_model->hasDiverged()
                                   ? QStringLiteral("color: #D55E00; font-weight: bold; border: 2px solid #D55E00; padding: 4px;")
                                   : QStringLiteral("color: #0072B2; font-weight: bold; border: 1px solid #0072B2; padding: 4px;"));
}

void TrainingPage::showLoading(int done, int total)
{
    m_loadProgress->setRange(0, std::max(total, 1));
    m_loadProgress->setValue(done);
    m_loadProgress->setFormat(tr("%1 of %2 pictures").arg(done).arg(total));
}

void TrainingPage::showDataset()
{
    const std::shared_ptr<const core::Dataset> dataset = m_model->dataset();
    QString text;
    if (m_model->isLoadingDataset())
        text = tr("Loading…");
    else if (!dataset)
        text = tr("No dataset loaded.");
    else
        text = tr("%1: %2 training and %3 test images of %4×%5 pixels, %6 classes")
                   .arg(m_model->datasetLabel())
                   .arg(QLocale().toString(dataset->train.count))
                   .arg(QLocale().toString(dataset->test.count))
                   .arg(dataset->train.width)
                   .arg(dataset->train.height)
                   .arg(dataset->classCount());
    const bool loading = m_model->isLoadingDataset();
    // A class far smaller than the others is said before training starts, in bold under the counts.
    QString html = text.toHtmlEscaped();
    if (!loading) {
        for (const QString& warning : m_model->classBalanceWarnings())
            html += QStringLiteral("<br><b>") + io::fitKoreanParticles(warning).toHtmlEscaped() + QStringLiteral("</b>");
    }
    m_datasetInfo->setTextFormat(Qt::RichText);
    m_datasetInfo->setText(html);
    m_loadProgress->setVisible(loading);
    m_cancelLoad->setVisible(loading);
    if (loading) {
        m_loadProgress->setRange(0, 0); // busy until the first count arrives
        m_loadProgress->setFormat(QString());
    }
    const io::ImageFolderOptions& options = m_model->pictureOptions();
    m_pictureOptions->setOptions(options.imageSize, options.channels);
}

void TrainingPage::showSpec()
{
    m_editor->setNetwork(m_model->spec(), m_model->shapes(), m_model->matchingPreset(),
                         m_model->specProblem().isEmpty() ? m_model->parameterCount() : 0,
                         io::fitKoreanParticles(m_model->specProblem()),
                         m_model->faultyLayer());
    m_editor->setEditable(m_model->isArchitectureEditable(),
                          m_model->hasNetwork() ? tr("The network is trained with this architecture. Reset to change it.")
                                                : QString());
}

void TrainingPage::showSettings()
{
    const core::TrainingConfig& c = m_model->config();
    const QSignalBlocker b1(m_learningRate), b2(m_batchSize), b3(m_epochs), b4(m_optimizer), b5(m_momentum),
        b6(m_seed), b7(m_threads), b8(m_augment);
    m_augment->setChecked(c.augment);
    m_learningRate->setCurrentText(rateText(c.optimizer.learningRate));
    m_batchSize->setValue(c.batchSize);
    m_epochs->setValue(c.epochs);
    m_optimizer->setCurrentIndex(m_optimizer->findData(static_cast<int>(c.optimizer.kind)));
    m_momentum->setValue(c.optimizer.momentum);
    m_seed->setValue(static_cast<int>(c.seed));
    m_threads->setValue(c.threads);
    m_momentum->setEnabled(m_model->state() == TrainingModel::State::Idle && c.optimizer.kind == core::OptimizerKind::Sgd);
}

void TrainingPage::applySettings()
{
    core::TrainingConfig c = m_model->config();
    // "0.001", "1e-3", and the decimal comma of the reader's language.
    QString rateInput = m_learningRate->currentText().trimmed();
    rateInput.replace(QChar(0x2212), QLatin1Char('-'));
    bool ok = false;
    double rate = QLocale().toDouble(rateInput, &ok);
    if (!ok)
        rate = QLocale::c().toDouble(rateInput, &ok);
    core::TrainingConfig withRate = c;
    withRate.optimizer.learningRate = ok ? rate : std::nan("");
    const std::vector<core::TrainingConfig::Error> errors = withRate.validate();
    if (std::find(errors.begin(), errors.end(), core::TrainingConfig::Error::LearningRate) == errors.end()) {
        c.optimizer.learningRate = rate;
    } else {
        showMessage(tr("The learning rate must be a number above 0 and at most %1, such as 0.001, not “%2”.")
                        .arg(QLocale().toString(core::TrainingConfig::maxLearningRate))
                        .arg(m_learningRate->currentText()),
                    true);
    }
    c.batchSize = m_batchSize->value();
    c.epochs = m_epochs->value();
    c.optimizer.kind = static_cast<core::OptimizerKind>(m_optimizer->currentData().toInt());
    c.optimizer.momentum = m_momentum->value();
    c.seed = static_cast<std::uint32_t>(m_seed->value());
    c.threads = m_threads->value();
    c.augment = m_augment->isChecked();
    m_model->setConfig(c);
    showSettings();
}

void TrainingPage::showState()
{
    using State = TrainingModel::State;
    const State state = m_model->state();
    const bool idle = state == State::Idle;
    const bool working = state == State::Running || state == State::Paused;
    m_start->setText(m_model->hasNetwork() && idle ? tr("Continue training") : tr("Start training"));
    m_start->setEnabled(m_model->canStart());
    m_pause->setText(state == State::Paused ? tr("Resume") : tr("Pause"));
    m_pause->setEnabled(working);
    m_stop->setEnabled(working || state == State::Evaluating);
    m_reset->setEnabled(m_model->hasNetwork() && state != State::Stopping);
    m_bundled->setEnabled(idle && !m_model->isLoadingDataset());
    m_folder->setEnabled(idle && !m_model->isLoadingDataset());
    m_pictures->setEnabled(idle && !m_model->isLoadingDataset());
    m_pictureOptions->setEnabled(idle && !m_model->isLoadingDataset());
    m_augment->setEnabled(idle);
    for (QWidget* field : std::initializer_list<QWidget*>{m_learningRate, m_batchSize, m_epochs, m_optimizer, m_seed, m_threads})
        field->setEnabled(idle);
    m_momentum->setEnabled(idle && m_model->config().optimizer.kind == core::OptimizerKind::Sgd);
    m_save->setEnabled(m_model->currentModel() != nullptr);
    m_exportOnnx->setEnabled(m_model->currentModel() != nullptr);
    m_load->setEnabled(idle);
    m_useModel->setEnabled(m_model->currentModel() != nullptr);
    m_editor->setEditable(m_model->isArchitectureEditable(),
                          m_model->hasNetwork() ? tr("The network is trained with this architecture. Reset to change it.")
                                                : QString());
}

void TrainingPage::showProgress()
{
    const TrainingProgress& p = m_model->progress();
    m_charts->setLastEpoch(std::max({p.lastEpoch, p.epoch, 1}));
    if (p.runBatchesTotal <= 0) {
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
        m_progressText->setText(m_model->hasNetwork() ? QString() : tr("Not trained yet."));
        return;
    }
    m_progress->setRange(0, static_cast<int>(std::min<long long>(p.runBatchesTotal, 1'000'000'000)));
    m_progress->setValue(static_cast<int>(std::min(p.runBatchesDone, p.runBatchesTotal)));
    QString text = tr("Epoch %1 of %2 · batch %3 of %4 · %5 images/s")
                       .arg(p.epoch)
                       .arg(p.lastEpoch)
                       .arg(p.batch)
                       .arg(p.batchesPerEpoch)
                       .arg(QLocale().toString(std::round(p.samplesPerSecond), 'f', 0));
    if (p.secondsLeft > 0.0 && m_model->state() != TrainingModel::State::Idle)
        text += tr(" · about %1 left").arg(durationText(p.secondsLeft));
    m_progressText->setText(text);
}

void TrainingPage::showAnalysis()
{
    const std::shared_ptr<const core::Dataset> dataset = m_model->dataset();
    const std::vector<int>& predictions = m_model->predictions();
    const QStringList labels = m_model->classLabels();
    const bool predicted = dataset && !predictions.empty();
    if (predicted) {
        const QString caption = io::fitKoreanParticles(tr("Answers of the network after epoch %1: %2 of the test "
                                                          "images right.")
                                                           .arg(m_model->predictionsEpoch())
                                                           .arg(percentText(m_model->predictionsAccuracy())));
        m_gridCaption->setText(caption);
        m_confusionCaption->setText(caption + QLatin1Char(' ')
                                    + tr("Rows: the true class; columns: the network's answer. The diagonal holds "
                                         "the right answers; a cell's colour is its share of the row."));
    } else {
        m_gridCaption->setText(dataset ? tr("The network's answers appear here after the first epoch.") : QString());
        m_confusionCaption->setText(QString());
    }
    m_mistakesOnly->setEnabled(predicted);
    const std::vector<std::vector<int>> confusion = predicted ? m_model->confusion() : std::vector<std::vector<int>>{};
    if (m_shownCell && (m_shownCell->first >= static_cast<int>(confusion.size())
                        || m_shownCell->second >= static_cast<int>(confusion.size())))
        m_shownCell.reset(); // another dataset, or no answers any more
    m_showAllImages->setVisible(m_shownCell.has_value());
    if (m_shownCell) {
        const auto [truth, answer] = *m_shownCell;
        const int count = confusion[static_cast<std::size_t>(truth)][static_cast<std::size_t>(answer)];
        QString caption = tr("%n test image(s) of class %1 the network classified as %2.", nullptr, count)
                              .arg(labels.value(truth, QString::number(truth)),
                                   labels.value(answer, QString::number(answer)));
        if (count > gridImages)
            caption += QLatin1Char(' ') + tr("The first %1 are shown.").arg(gridImages);
        m_gridCaption->setText(io::fitKoreanParticles(caption));
    }

    QList<TestImageItem> items;
    if (dataset) {
        const core::ImageSet& test = dataset->test;
        const bool mistakesOnly = predicted && m_mistakesOnly->isChecked();
        for (int i = 0; i < test.count && items.size() < gridImages; ++i) {
            const int truth = test.labels[static_cast<std::size_t>(i)];
            const bool answered = predicted && i < static_cast<int>(predictions.size());
            const int answer = answered ? predictions[static_cast<std::size_t>(i)] : -1;
            // Mistakes may be rare in a test set of millions: the images passed over cost a
            // comparison, not a caption.
            if (mistakesOnly && !m_shownCell && (!answered || answer == truth))
                continue;
            if (m_shownCell && (truth != m_shownCell->first || answer != m_shownCell->second))
                continue;
            TestImageItem item;
            item.index = i;
            item.truth = labels.value(truth, QString::number(truth));
            if (answered) {
                item.predicted = labels.value(answer, QString::number(answer));
                item.wrong = answer != truth;
            }
            item.image = pictureToImage(test.image(i));
            items.append(item);
        }
    }
    m_grid->setItems(items);
    m_grid->setEmptyText(predicted ? tr("No mistakes among the test images.") : tr("No dataset loaded."));
    m_confusion->setMatrix(confusion, labels);
    m_confusion->setEmptyText(tr("The confusion matrix appears after the first epoch."));

    // Drawing a digit makes sense only to a network that reads grey digits.
    const bool digits = isDigitClassifier(m_model->runSpec().input, labels);
    m_tabs->setTabVisible(m_drawingTab, digits);
    m_tabs->setTabVisible(m_pictureTab, !digits);
}

void TrainingPage::showConfusionCell(int truth, int answer)
{
    m_shownCell = std::pair{truth, answer};
    showAnalysis();
    m_tabs->setCurrentIndex(m_gridTab);
}

void TrainingPage::showMessage(const QString& text, bool problem)
{
    m_status->setText(io::fitKoreanParticles(text));
    m_status->setStyleSheet(problem ? QStringLiteral("color: #D55E00; font-weight: bold;") : QString());
}

void TrainingPage::classifyDrawing()
{
    const DrawingClassification result = m_model->drawingClassifier()->classify(m_canvas->inkTensor());
    const QStringList labels = m_model->classLabels();
    m_bars->setProbabilities(result.probabilities, labels);
    const core::DigitPreprocessing& prep = result.preprocessing;
    if (prep.status == core::DigitPreprocessingStatus::Ok) {
        const QImage input = planeToImage(prep.result, 0, ColourMap(ColourMapKind::Grey), ValueRange{0.0f, 1.0f});
        m_networkInput->setPixmap(QPixmap::fromImage(input.scaled(4 * 28, 4 * 28, Qt::IgnoreAspectRatio, Qt::FastTransformation)));
    } else {
        m_networkInput->setPixmap(QPixmap());
    }
    if (!result.problem.isEmpty()) {
        m_drawingAnswer->setText(result.problem);
    } else if (!result.probabilities.empty()) {
        const auto best = std::max_element(result.probabilities.begin(), result.probabilities.end());
        const int index = static_cast<int>(best - result.probabilities.begin());
        m_drawingAnswer->setText(tr("The network says: %1 (%2)")
                                     .arg(labels.value(index, QString::number(index)), percentText(*best)));
    } else {
        m_drawingAnswer->setText(tr("Draw a digit with the mouse."));
    }
}

// --- files -----------------------------------------------------------------------------------

void TrainingPage::chooseDatasetFolder()
{
    const QString start = QDir(QStringLiteral("/usr/share/datasets")).exists() ? QStringLiteral("/usr/share/datasets")
                                                                               : QDir::homePath();
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Choose a folder of IDX files"), start);
    if (!folder.isEmpty())
        m_model->loadDatasetFolder(folder);
}

void TrainingPage::choosePictureFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Choose a folder holding one folder of pictures per class"), QDir::homePath());
    if (!folder.isEmpty())
        loadPictureFolder(folder);
}

void TrainingPage::loadPictureFolder(const QString& path)
{
    m_model->setPictureOptions(m_pictureOptions->imageSize(), m_pictureOptions->channels());
    m_model->loadPictureFolder(path);
}

void TrainingPage::saveModel()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save model"),
                                                QDir::home().filePath(QStringLiteral("my-network.") + modelSuffix),
                                                tr("ConvScope models (*.csmodel)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + modelSuffix;
    const QString error = m_model->saveModel(path);
    if (error.isEmpty())
        showMessage(tr("Saving the model to “%1”…").arg(QDir::toNativeSeparators(path)), false);
    else
        showMessage(tr("The model could not be saved: %1").arg(error), true);
}

void TrainingPage::exportOnnx()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Export as ONNX"), QDir::home().filePath(QStringLiteral("my-network.onnx")),
                                                tr("ONNX models (*.onnx)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".onnx");
    const QString error = m_model->saveModel(path);
    if (error.isEmpty())
        showMessage(tr("Saving the model to “%1”…").arg(QDir::toNativeSeparators(path)), false);
    else
        showMessage(tr("The model could not be saved: %1").arg(error), true);
}

PytorchCodeDialog* TrainingPage::showPytorchCode()
{
    if (!m_codeDialog)
        m_codeDialog = new PytorchCodeDialog(this);
    m_codeDialog->show();
    m_codeDialog->raise();
    refreshPytorchCode();
    return m_codeDialog;
}

void TrainingPage::refreshPytorchCode()
{
    if (!m_codeDialog || !m_codeDialog->isVisible())
        return;
    if (!m_model->specProblem().isEmpty()) {
        m_codeDialog->setCode({}, m_model->specProblem());
        return;
    }
    m_codeDialog->setCode(QString::fromStdString(
        core::pytorchCode(m_model->spec(), core::PytorchTraining::fromConfig(m_model->config()))));
}

void TrainingPage::showSaved(const QString& path, const QString& problem)
{
    if (problem.isEmpty())
        showMessage(tr("Saved the model to “%1”.").arg(QDir::toNativeSeparators(path)), false);
    else
        showMessage(tr("The model could not be saved: %1").arg(problem), true);
}

void TrainingPage::loadModel()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Load model"), QDir::homePath(),
                                                      tr("ConvScope models (*.csmodel);;All files (*)"));
    if (path.isEmpty())
        return;
    m_model->loadModel(path);
}

} // namespace convscope::ui
