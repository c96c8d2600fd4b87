#pragma once

#include "core/activation_map.h"
#include "core/conv_trace.h"
#include "core/tensor.h"
#include "ui/activation/live_maps.h"
#include "ui/io/image_loader.h"
#include "ui/widgets/colour_map.h"

#include <QImage>
#include <QJsonObject>
#include <QObject>
#include <QSize>
#include <QStringList>
#include <QString>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace convscope::ui {

class ActivationWorker;

// State of the Activation maps page: the student's picture, the kernels, and the maps core
// computes from them. The page's widgets only show what this model hands them.
//
//   picture (file, dropped, pasted or bundled sample)
//     → working channels  C × H × W at the chosen resolution (C = 1 grey, 3 RGB), values in [0, 1]
//     → displayed channel 1 × H × W (grey, or the red, green or blue plane)
//        ├─ gallery channel: average-pooled by core to about 320 px, convolved with every preset
//        │  and the custom kernel for the thumbnails
//        └─ selected map: convolved with the selected kernel at the working resolution, on the GUI
//           thread up to syncPixelLimit pixels, on ActivationWorker above it
class ActivationModel : public QObject {
    Q_OBJECT

public:
    // How a map is coloured: like a photo (grey, 0 black, 1 white: edges light on dark), signed
    // (blue–orange centred on 0), or min to max through viridis or cividis.
    enum class Display { Photo, Signed, Viridis, Cividis };

    // Pictures up to this many pixels are convolved on the GUI thread within a frame (a 1024×1024
    // map in a few milliseconds); larger ones go to the worker.
    static constexpr qint64 defaultSyncPixelLimit = 1'100'000;

    explicit ActivationModel(QObject* parent = nullptr);
    ~ActivationModel() override;

    // --- the picture --------------------------------------------------------------------------
    // Each returns false and emits errorOccurred (keeping the current picture) when the picture
    // cannot be used; the message names the file and what is wrong.
    // `name` is what the page calls the picture; the file name when empty.
    bool openFile(const QString& path, const QString& name = {});
    bool openImage(const QImage& image, const QString& name);
    // A frame of the live picture: it and every map of it are computed on the worker, and it
    // becomes the picture when they are ready. Frames arriving meanwhile replace each other, so
    // the page shows the newest frame the worker can keep up with.
    void showLiveFrame(const QImage& frame, const QString& name);
    bool hasPicture() const { return !m_channels.empty(); }
    // The picture held in memory (pasted, dropped or a live frame), null for one read from a file.
    QImage heldImage() const { return m_source.image; }
    QString pictureName() const { return m_source.name; }
    QSize originalSize() const { return m_originalSize; }   // as loaded, before scaling
    QSize workingSize() const;                              // what the maps are computed at
    QString lastError() const { return m_lastError; }

    // Longer side of the working picture: 256, 512, 1024…, or 0 for the original size.
    void setResolution(int maxSide);
    int resolution() const { return m_resolution; }
    void setChannelMode(io::ChannelMode mode);
    io::ChannelMode channelMode() const { return m_channelMode; }
    // 0 = red, 1 = green, 2 = blue in RGB mode; always 0 in grey mode.
    void setChannel(int channel);
    int channel() const { return m_channel; }
    const core::Tensor& displayedChannel() const;
    const core::Tensor& galleryChannel() const { return m_galleryChannel; }

    // --- kernels ------------------------------------------------------------------------------
    // Entries 0 … presetCount()−1 are core::kernelPresets() in order; customIndex() is the
    // student's own kernel.
    int presetCount() const;
    int customIndex() const { return presetCount(); }
    int entryCount() const { return presetCount() + 1; }
    std::string presetId(int index) const;
    core::Tensor kernel(int index) const;   // 1 × 1 × F × F
    void setSelection(int index);
    int selection() const { return m_selection; }
    core::Tensor selectedKernel() const { return kernel(m_selection); }

    const core::Tensor& customKernel() const { return m_custom; }
    // Any F×F weights (F = 3 or 5); selects the custom kernel.
    void setCustomKernel(const core::Tensor& kernel);
    void setCustomWeight(int row, int col, float value);
    // 3 or 5: a 3×3 kernel is placed in the middle of zeros, a 5×5 one keeps its middle.
    void setCustomSize(int size);
    // Scales the weights to sum to 1 (blur-like kernels keep the brightness). Weights that sum to
    // 0 (edge detectors) are scaled so the positive ones sum to 1. Returns false when all are 0.
    bool normaliseCustom();
    // Starts the custom kernel from a preset's weights.
    void copyToCustom(int presetIndex);

    // --- options ------------------------------------------------------------------------------
    void setRelu(bool relu);
    bool relu() const { return m_relu; }
    void setDisplay(Display display);
    Display display() const { return m_display; }
    ColourMapKind colourMapKind() const;
    // The fixed range of the display, or nullopt for the automatic range of the values.
    std::optional<ValueRange> fixedRange() const;
    // The range `values` are drawn with: the fixed one, else contrastRange() of the values.
    ValueRange rangeFor(const core::Tensor& values) const;
    // rangeFor() the selected map: its view, its export and the Pooling page's copy share it.
    ValueRange selectedRange() const;

    // --- results ------------------------------------------------------------------------------
    const core::ActivationMap& galleryMap(int index) const { return m_gallery[static_cast<std::size_t>(index)]; }
    const core::ActivationMap& selectedMap() const { return m_selected; }
    // True while the worker computes the selected map; selectedMap() is then the previous one.
    bool mapPending() const { return m_pending; }
    // The window under map pixel (y, x), its products and their sum, from core::ConvTrace.
    std::optional<core::ConvStep> stepAt(int y, int x) const;
    // One sentence saying which values the display or ReLU clipped, in the colours they are drawn
    // in: the page's own, or `programMap` when View ▸ Colour map colours every view.
    QString clippingNote(std::optional<ColourMapKind> programMap = std::nullopt) const;
    // The page's choice that draws in `kind`'s colours.
    static Display displayOf(ColourMapKind kind);
    // The selected map as the view colours it, one pixel per value.
    QImage selectedMapImage() const;
    // Writes selectedMapImage() as a PNG atomically (QSaveFile); returns the error or empty.
    QString saveSelectedMap(const QString& path) const;
    // A name for the selected map: "Edge", "Custom 3×3".
    QString selectedName() const;
    QString entryName(int index) const;

    // --- persistence (language switch, lesson files) -----------------------------------------
    // The picture (its file; a pasted picture is not kept), resolution, channels, selected kernel,
    // custom weights, ReLU and colours as JSON.
    QJsonObject saveState() const;
    // saveState() with the picture itself inside (io::carryPictureFile), pasted ones too, for a
    // lesson file; what could not go in whole is said in `notes`.
    QJsonObject saveLessonState(QStringList& notes) const;
    // Applies a saved state; values out of range are clamped, a damaged custom kernel is ignored.
    // A carried picture is shown before the file it names. A picture that cannot be shown leaves
    // the current one, and says so (errorOccurred).
    void restoreState(const QJsonObject& state);
    // The kernel part of the state — selected kernel, custom weights, ReLU — which Edit ▸ Undo
    // takes back without reopening the picture.
    QJsonObject kernelState() const;
    void restoreKernelState(const QJsonObject& state);

    // For tests: move the GUI-thread/worker boundary.
    void setSyncPixelLimit(qint64 pixels) { m_syncPixelLimit = pixels; }

signals:
    void pictureChanged();   // a new picture, resolution or channel: every map changes
    void galleryChanged();   // the thumbnails were recomputed
    void kernelChanged();    // the selection, the custom kernel's weights or the ReLU changed
    void mapChanged();       // the selected map is ready (or its computation started)
    void displayChanged();   // colours or ranges changed, values did not
    void errorOccurred(const QString& message);
    // A live frame and all its maps have just become the picture.
    void liveFrameShown();

private:
    // What a state says of the custom kernel and the selection; nullopt when it is damaged or absent.
    static std::optional<core::Tensor> customFromState(const QJsonObject& state);
    std::optional<int> selectionFromState(const QJsonObject& state) const;
    struct Source {
        QString path;  // a file, or empty for an image held in memory
        QImage image;  // a pasted or dropped image
        QString name;
    };

    bool loadSource(const Source& source, QSize originalSize);
    void refreshChannel();
    void computeGallery();
    void computeGalleryEntry(int index);
    void computeSelected();
    void onWorkerMap(const core::ActivationMap& map, quint64 generation, const QString& error);
    void requestLiveMaps(const Source& frame);
    void onLiveMaps(const std::shared_ptr<const LiveMaps>& maps, quint64 generation, const QString& error);
    void fail(const QString& message);

    Source m_source;
    QSize m_originalSize;
    int m_resolution = 512;
    io::ChannelMode m_channelMode = io::ChannelMode::Gray;
    int m_channel = 0;
    // Planes of the working picture, each 1 × H × W, shared read-only with the worker.
    std::vector<std::shared_ptr<const core::Tensor>> m_channels;
    core::Tensor m_galleryChannel;

    int m_selection = 1; // edge: the lecture's first example of a feature
    core::Tensor m_custom;
    bool m_relu = false;
    Display m_display = Display::Photo;

    std::vector<core::ActivationMap> m_gallery;
    core::ActivationMap m_selected;
    bool m_pending = false;
    quint64 m_generation = 0;
    qint64 m_syncPixelLimit = defaultSyncPixelLimit;
    ActivationWorker* m_worker = nullptr;
    mutable std::optional<core::ConvTrace> m_trace; // built on the first hover after a change
    QString m_lastError;

    // The live frame the worker computes (generation m_liveGeneration) and the newest one waiting.
    bool m_liveInFlight = false;
    quint64 m_liveGeneration = 0;
    Source m_liveFrame;
    std::optional<Source> m_nextLiveFrame;
};

} // namespace convscope::ui
