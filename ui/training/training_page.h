#pragma once

#include "core/tensor.h"
#include "ui/shared/page.h"

#include <QString>
#include <QWidget>

#include <optional>
#include <utility>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace convscope::ui {

class ArchitectureEditor;
class ConfusionMatrixView;
class DigitCanvas;
class ModelStore;
class PictureFolderOptions;
class ProbabilityBars;
class PytorchCodeDialog;
class TestImageGrid;
class TrainingCharts;
class TrainingModel;

// "Train a CNN": the lecture's last step, done live. On the left the student picks the dataset,
// the architecture and the settings; on the right the network trains on a worker thread while
// the loss and accuracy charts move, and afterwards (or during training) the test images with
// the network's answers, the confusion matrix and a canvas to draw a digit on show what it
// learned. Models are saved, loaded and handed to the "Inside the network" page.
class TrainingPage : public QWidget, public Page {
    Q_OBJECT

public:
    // `store` receives the model when the student asks for it; may be null (then that button is hidden).
    explicit TrainingPage(ModelStore* store, QWidget* parent = nullptr);
    // Stops the training thread and waits for it (within one batch).
    ~TrainingPage() override;

    // Page: the model's state (TrainingModel::saveState) and the result tab shown. Busy while
    // training or loading.
    QJsonObject state() const override;
    void setState(const QJsonObject& state) override;
    Activity activity() const override;
    QList<QWidget*> presentationHidden() const override;
    // Undo takes back the architecture, the picture size and the training settings; not the
    // dataset, and nothing from before a network was trained (or reset) or another dataset came.
    QJsonObject editableState() const override;
    void setEditableState(const QJsonObject& state) override;
    QString editName(const QStringList& keys) const override;

    TrainingModel* model() const { return m_model; }
    TrainingCharts* charts() const { return m_charts; }
    DigitCanvas* canvas() const { return m_canvas; }
    ProbabilityBars* probabilityBars() const { return m_bars; }
    QLabel* statusLabel() const { return m_status; }
    QPushButton* startButton() const { return m_start; }
    // "Show as PyTorch code": the dialog with the architecture and settings as PyTorch, kept up
    // to date while it is open.
    PytorchCodeDialog* showPytorchCode();
    QPushButton* pauseButton() const { return m_pause; }
    QPushButton* stopButton() const { return m_stop; }
    QPushButton* resetButton() const { return m_reset; }
    TestImageGrid* testImageGrid() const { return m_grid; }
    ConfusionMatrixView* confusionMatrix() const { return m_confusion; }
    QTabWidget* resultTabs() const { return m_tabs; }
    ProbabilityBars* pictureProbabilityBars() const { return m_pictureBars; }
    QLabel* triedPictureAnswer() const { return m_triedAnswer; }
    QPushButton* pictureFolderButton() const { return m_pictures; }
    PictureFolderOptions* pictureOptions() const { return m_pictureOptions; }
    QPushButton* cancelLoadButton() const { return m_cancelLoad; }
    QCheckBox* augmentBox() const { return m_augment; }
    QCheckBox* slowMotionBox() const { return m_slowMotion; }
    QLabel* diagnosisLabel() const { return m_diagnosis; }
    QLabel* datasetInfo() const { return m_datasetInfo; }

public slots:
    // Reads a folder of class folders (ROOT/<class name>/*.png, …) as the dataset, with the
    // picture size and colour chosen on the page; what TrainingModel::loadPictureFolder does.
    void loadPictureFolder(const QString& path);
    // Shows what the network makes of the picture in `path` on the "Try a picture" tab.
    void tryPicture(const QString& path);

private:
    // After any change of the model: a step for Edit ▸ Undo, or a new start for it.
    void noticeEdit();
    QWidget* createDatasetBox();
    QWidget* createArchitectureBox();
    QWidget* createSettingsBox();
    QWidget* createControls();
    QWidget* createResults();
    QWidget* createDrawingTab();
    // For a network of the class's own pictures: a new picture and the network's answer.
    QWidget* createPictureTab();
    void openTriedPicture();
    void classifyTriedPicture();
    QWidget* createModelButtons();

    // Everything again, after a structure change.
    void showAll();
    void showDataset();
    void showSpec();
    void showSettings();
    void showState();
    void showProgress();
    void showAnalysis();
    // The test images of one confusion-matrix cell, in the Test images tab.
    void showConfusionCell(int truth, int answer);
    void showMessage(const QString& text, bool problem);
    void classifyDrawing();
    void applySettings();
    void chooseDatasetFolder();
    void choosePictureFolder();
    void showDiagnosis();
    void showLoading(int done, int total);
    void saveModel();
    void exportOnnx();
    void refreshPytorchCode();
    void showSaved(const QString& path, const QString& problem);
    void loadModel();

    TrainingModel* m_model = nullptr;
    ModelStore* m_store = nullptr;

    QPushButton* m_bundled = nullptr;
    QPushButton* m_folder = nullptr;
    QLabel* m_datasetInfo = nullptr;
    QPushButton* m_pictures = nullptr;
    PictureFolderOptions* m_pictureOptions = nullptr;
    QProgressBar* m_loadProgress = nullptr;
    QPushButton* m_cancelLoad = nullptr;
    QCheckBox* m_augment = nullptr;
    QCheckBox* m_slowMotion = nullptr;
    QLabel* m_diagnosis = nullptr;

    ArchitectureEditor* m_editor = nullptr;

    QComboBox* m_learningRate = nullptr;
    QSpinBox* m_batchSize = nullptr;
    QSpinBox* m_epochs = nullptr;
    QComboBox* m_optimizer = nullptr;
    QDoubleSpinBox* m_momentum = nullptr;
    QSpinBox* m_seed = nullptr;
    QSpinBox* m_threads = nullptr;

    QPushButton* m_start = nullptr;
    QPushButton* m_pause = nullptr;
    QPushButton* m_stop = nullptr;
    QPushButton* m_reset = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_progressText = nullptr;
    QLabel* m_status = nullptr;

    TrainingCharts* m_charts = nullptr;
    QTabWidget* m_tabs = nullptr;
    int m_gridTab = -1;
    int m_drawingTab = -1;
    int m_pictureTab = -1;
    ProbabilityBars* m_pictureBars = nullptr;
    QLabel* m_triedInput = nullptr;
    QLabel* m_triedAnswer = nullptr;
    core::Tensor m_triedPicture; // as read, before it is fitted to the network
    QString m_triedName;
    QLabel* m_gridCaption = nullptr;
    QCheckBox* m_mistakesOnly = nullptr;
    // The confusion-matrix cell whose test images the grid shows, {true class, answer}; none: all.
    std::optional<std::pair<int, int>> m_shownCell;
    QPushButton* m_showAllImages = nullptr;
    TestImageGrid* m_grid = nullptr;
    QLabel* m_confusionCaption = nullptr;
    ConfusionMatrixView* m_confusion = nullptr;
    DigitCanvas* m_canvas = nullptr;
    QLabel* m_networkInput = nullptr;
    QLabel* m_drawingAnswer = nullptr;
    ProbabilityBars* m_bars = nullptr;

    QWidget* m_setup = nullptr;
    QWidget* m_modelButtons = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_exportOnnx = nullptr;
    PytorchCodeDialog* m_codeDialog = nullptr;
    QPushButton* m_load = nullptr;
    QPushButton* m_useModel = nullptr;
    // What the undo steps were made on: whether a network was trained, and the dataset.
    std::pair<bool, const void*> m_historyBasis{false, nullptr};
};

} // namespace convscope::ui
