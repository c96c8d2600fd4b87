#pragma once

#include "core/tensor.h"
#include "ui/shared/page.h"
#include "ui/shared/step_requests.h"

#include <QImage>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QSplitter;
class QTabWidget;

namespace convscope::ui {

class BackgroundJob;
class DigitCanvas;
class OnnxImportDialog;
class PytorchCodeDialog;
class LayerDetailPanel;
class LearnedFiltersPanel;
class LiveControls;
class LiveSource;
class ModelStore;
class NetworkFlowView;
class NetworkModel;
class PreprocessingView;
class ProbabilityBars;
class TrainingHistoryPanel;

// Inside the network: what CNN Explainer shows for a fixed network, for the network the class
// trained (or the one shipped with ConvScope), on the student's own input.
//
//   Overview          one input flowing through every layer, every channel's map, the shapes, the
//                     flatten, the ten probabilities and the softmax formula; click a map to open
//                     it below with the arithmetic of any value, and step through it on the
//                     Convolution or Pooling page
//   Learned filters   the first layer's filters beside the hand-made preset each resembles
//   Training history  the filters and maps after each epoch of the last training here
//
// The page asks the main window to navigate through its signals; it knows no other page.
class NetworkPage : public QWidget, public Page {
    Q_OBJECT

public:
    // `live` is the program's one camera or video, shared with other pages; the page makes its
    // own when none is given.
    explicit NetworkPage(ModelStore* store, LiveSource* live = nullptr, QWidget* parent = nullptr);
    ~NetworkPage() override;

    // Page: the input (test image number, the drawing, or the photo's file), the colour scale,
    // the opened map and value, and the tabs. The model itself lives in the store.
    QJsonObject state() const override;
    void setState(const QJsonObject& state) override;
    QJsonObject lessonState(QStringList& notes) const override;
    QList<QWidget*> presentationHidden() const override;

    NetworkModel* model() const { return m_model; }
    NetworkFlowView* flowView() const { return m_flow; }
    ProbabilityBars* probabilityBars() const { return m_bars; }
    LayerDetailPanel* detailPanel() const { return m_detail; }
    PreprocessingView* preprocessingView() const { return m_preprocessing; }
    LearnedFiltersPanel* filtersPanel() const { return m_filters; }
    TrainingHistoryPanel* historyPanel() const { return m_history; }
    DigitCanvas* canvas() const { return m_canvas; }
    QTabWidget* tabs() const { return m_tabs; }
    QTabWidget* lowerTabs() const { return m_lowerTabs; }
    QLabel* predictionLabel() const { return m_prediction; }
    QLabel* formulaLabel() const { return m_formula; }
    QPushButton* formulaButton() const { return m_formulaButton; }
    QComboBox* colourScaleBox() const { return m_colourScale; }
    QSpinBox* testIndexBox() const { return m_testIndex; }
    QLabel* messageLabel() const { return m_message; }

    // Opens a photo as the input (what "Open a photo…" does after its dialog).
    void openPhoto(const QString& path);
    // A picture held in memory (a frozen camera frame) as the input photo.
    void openImage(const QImage& image, const QString& name);
    LiveControls* liveControls() const { return m_live; }
    // Opens a model file (what "Open a model…" and a dropped file do): a ConvScope model at once,
    // an ONNX file through the import dialog. The page keeps its model until the new one is taken.
    void openModelFile(const QString& path);
    // The import dialog of the ONNX file being opened, null when none is open.
    OnnxImportDialog* importDialog() const { return m_importDialog; }
    // Saves the model shown as a ConvScope model, or as ONNX when `path` ends in .onnx, on a
    // thread of its own; modelSaved reports the end, and the page says how it went.
    void saveModel(const QString& path);
    // "Show as PyTorch code": the dialog with the shown model's code.
    PytorchCodeDialog* showPytorchCode();

signals:
    void openConvolutionStep(const ConvStepRequest& request);
    void openPoolingStep(const PoolStepRequest& request);
    // A learned kernel (1 × F × F) to try on the Activation maps page.
    void applyKernel(const core::Tensor& kernel);
    void trainingPageRequested();
    // A live frame went through the network.
    void liveFrameShown();
    // `problem` is empty when the model was written to `path`.
    void modelSaved(const QString& path, const QString& problem);

protected:
    // Tries the shipped model again when it could not be loaded before.
    void showEvent(QShowEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    QWidget* createModelBar();
    QWidget* createInputBar();
    QWidget* createOverview();
    void refreshModel();
    void refreshActivations();
    // The drawing and the digit's preparation for a digit network; the picture as read otherwise.
    void showPicture();
    void refreshFlow();
    void refreshSelection();
    void refreshFormula();
    void applyLegend(NetworkFlowView* view) const;
    void showMessage(const QString& text);
    void openModelDialog();
    void openPhotoDialog();
    void showLiveFrame(const QImage& frame);
    bool showFrame(const QImage& frame, const QString& name);
    void saveModelDialog();

    NetworkModel* m_model;
    ModelStore* m_store;
    LiveControls* m_live = nullptr;
    BackgroundJob* m_importing = nullptr;
    BackgroundJob* m_saving = nullptr;
    OnnxImportDialog* m_importDialog = nullptr;
    PytorchCodeDialog* m_codeDialog = nullptr;
    QLabel* m_message = nullptr;
    QWidget* m_modelBar = nullptr;
    QPushButton* m_photoButton = nullptr;
    QPushButton* m_drawButton = nullptr;
    QPushButton* m_saveButton = nullptr;
    QLabel* m_modelInfo = nullptr;
    QSpinBox* m_testIndex = nullptr;
    QLabel* m_testCount = nullptr;
    QLabel* m_inputInfo = nullptr;
    QWidget* m_testControls = nullptr;
    QComboBox* m_colourScale = nullptr;
    QTabWidget* m_tabs = nullptr;
    NetworkFlowView* m_flow = nullptr;
    QLabel* m_prediction = nullptr;
    ProbabilityBars* m_bars = nullptr;
    QPushButton* m_formulaButton = nullptr;
    QLabel* m_formula = nullptr;
    QLabel* m_passTime = nullptr;
    QTabWidget* m_lowerTabs = nullptr;
    LayerDetailPanel* m_detail = nullptr;
    DigitCanvas* m_canvas = nullptr;
    PreprocessingView* m_preprocessing = nullptr;
    QWidget* m_drawingBox = nullptr;
    QWidget* m_preparedBox = nullptr;
    QWidget* m_pictureBox = nullptr;
    QLabel* m_pictureCaption = nullptr;
    QLabel* m_picture = nullptr;
    LearnedFiltersPanel* m_filters = nullptr;
    TrainingHistoryPanel* m_history = nullptr;
};

} // namespace convscope::ui
