#pragma once

#include "core/tensor.h"
#include "ui/shared/page.h"

#include <QImage>
#include <QSize>
#include <QWidget>

#include <optional>
#include <utility>

class QCheckBox;
class QComboBox;
class QLabel;
class QMimeData;
class QPushButton;

namespace convscope::ui {

class ActivationModel;
class CurrentActivationMap;
class KernelEditor;
class KernelGallery;
class LiveControls;
class LiveSource;
class TensorView;
class WindowSumPanel;

// The Activation maps lesson: the student's own picture beside what every kernel pulls out of it
// (the lecture's edge, sharpen and blur figure, live), a large view of the selected map, a custom
// kernel editor, and, under the pointer, how one pixel of the map is computed.
class ActivationPage : public QWidget, public Page {
    Q_OBJECT

public:
    // `live` is the program's one camera or video, shared with other pages; the page makes its
    // own when none is given.
    explicit ActivationPage(LiveSource* live = nullptr, QWidget* parent = nullptr);

    QJsonObject state() const override;
    void setState(const QJsonObject& state) override;
    QJsonObject lessonState(QStringList& notes) const override;
    // Undo takes back the kernel's choice, the custom weights and the ReLU, not the picture.
    QJsonObject editableState() const override;
    void setEditableState(const QJsonObject& state) override;
    QString editName(const QStringList& keys) const override;
    // Presentation keeps the gallery, the map and the one-pixel panel.
    QList<QWidget*> presentationHidden() const override;
    // The Colours box shows the program's colour map, and is locked, while View ▸ Colour map sets one.
    void programColourMapChanged() override;

    ActivationModel* model() const { return m_model; }
    // The selected map, handed on to whoever pools it (the Pooling page); owned by this page.
    CurrentActivationMap* currentMap() const { return m_shared; }

    // Opens a file, an image or URL list from the clipboard or a drop; errors go to the banner.
    void openFile(const QString& path);
    bool openMimeData(const QMimeData* mime);
    void pasteFromClipboard();

    // Controls, for tests and keyboard users.
    KernelGallery* gallery() const { return m_gallery; }
    TensorView* mapView() const { return m_mapView; }
    KernelEditor* kernelEditor() const { return m_editor; }
    WindowSumPanel* windowPanel() const { return m_windowPanel; }
    QLabel* messageLabel() const { return m_message; }
    QLabel* mapTitle() const { return m_mapTitle; }
    QLabel* clippingLabel() const { return m_clipping; }
    QComboBox* resolutionBox() const { return m_resolution; }
    QComboBox* channelModeBox() const { return m_channelMode; }
    QComboBox* channelBox() const { return m_channel; }
    QComboBox* displayBox() const { return m_display; }
    QPushButton* samplesButton() const { return m_samples; }
    QCheckBox* reluBox() const { return m_relu; }
    LiveControls* liveControls() const { return m_live; }

signals:
    // A live frame and its maps are on the page.
    void liveFrameShown();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void showOptions();
    void showColourChoice();
    QWidget* createPictureBar();
    QWidget* createMapBar();
    void showPicture();
    void showGallery();
    void showKernel();
    void showMap();
    void applyDisplay();
    void showHover(int row, int col);
    void showError(const QString& message);
    void openDialog();
    void saveMap();
    void copyMap();

    void showLiveFrame(const QImage& frame);

    ActivationModel* m_model = nullptr;
    LiveControls* m_live = nullptr;
    QWidget* m_pictureBar = nullptr;
    QWidget* m_mapBar = nullptr;
    QWidget* m_kernelBox = nullptr;
    CurrentActivationMap* m_shared = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_pictureInfo = nullptr;
    QPushButton* m_samples = nullptr;
    QComboBox* m_resolution = nullptr;
    QComboBox* m_channelMode = nullptr;
    QComboBox* m_channel = nullptr;
    QCheckBox* m_relu = nullptr;
    QComboBox* m_display = nullptr;
    KernelGallery* m_gallery = nullptr;
    QLabel* m_mapTitle = nullptr;
    QLabel* m_mapDescription = nullptr;
    TensorView* m_mapView = nullptr;
    QLabel* m_clipping = nullptr;
    KernelEditor* m_editor = nullptr;
    WindowSumPanel* m_windowPanel = nullptr;
    std::optional<std::pair<int, int>> m_hovered;
    QSize m_shownSize;
};

} // namespace convscope::ui
