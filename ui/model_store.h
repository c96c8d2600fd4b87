#pragma once

#include "core/data/dataset.h"
#include "core/nn/model.h"
#include "core/nn/trainer.h"
#include "ui/model_origin.h"
#include "core/onnx/onnx_reader.h"

#include <QObject>
#include <QString>

#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

namespace convscope::ui {

class BackgroundJob;

// The trained model the pages look inside: the one shipped with the program until the Training
// page offers a newer one. One instance, owned by the main window and handed to the pages that
// need it, so pages stay unaware of each other.
class ModelStore : public QObject {
    Q_OBJECT

public:
    explicit ModelStore(QObject* parent = nullptr);

    // The current model, or nullptr before any was loaded.
    const core::Model* model() const { return m_model.get(); }
    // The same, for a page to keep without copying its weights.
    std::shared_ptr<const core::Model> sharedModel() const { return m_model; }
    // A model up to this many parameters is made into a network on the GUI thread (about 10 ms
    // for a million); a larger one on a thread of its own, the page saying so meanwhile.
    static constexpr std::int64_t parametersPreparedAtOnce = 1'000'000;
    // Where it came from, for the page to say (shipped, a file name, trained here).
    const ModelOrigin& origin() const { return m_origin; }

    void setModel(core::Model model, const ModelOrigin& origin);
    // `testImages` (named `testImagesName` on the page): the test set the model was trained
    // beside, for a model whose test pictures no file holds (a picture folder's); kept until the
    // next model.
    void setModel(std::shared_ptr<const core::Model> model, const ModelOrigin& origin,
                  std::shared_ptr<const core::ImageSet> testImages = {}, const QString& testImagesName = {});
    std::shared_ptr<const core::ImageSet> testImages() const { return m_testImages; }
    QString testImagesName() const { return m_testImagesName; }
    // Reads a model file on a thread of its own and makes it the model; loadFinished reports the
    // end. On failure the current model stays.
    void loadFile(const QString& path);
    bool isLoading() const;
    // Loads the model shipped with the program (models/classroom-digits.csmodel).
    QString loadBundled();

    // What the training that made the current model recorded at each epoch (filters and one
    // input's activations), for the Inside the network page. Every new model clears them, so call
    // setSnapshots after setModel.
    const std::vector<core::EpochSnapshot>& snapshots() const { return m_snapshots; }
    void setSnapshots(std::vector<core::EpochSnapshot> snapshots);

signals:
    void modelChanged();
    void snapshotsChanged();
    // `problem` is empty when the file became the model, else what is wrong with it.
    void loadFinished(const QString& path, const QString& problem);

private:
    BackgroundJob* m_loading = nullptr;
    std::shared_ptr<const core::Model> m_model;
    ModelOrigin m_origin = ModelOrigin::shipped();
    std::shared_ptr<const core::ImageSet> m_testImages;
    QString m_testImagesName;
    std::vector<core::EpochSnapshot> m_snapshots;
};

// Reads a model file (core::loadModel) with `job`, on a thread of its own: a file of millions of
// weights takes a few hundred milliseconds. `done` gets the model, or null and what is wrong.
void readModelFile(BackgroundJob& job, const QString& path,
                   std::function<void(std::shared_ptr<const core::Model> model, const QString& problem)> done);

// Reads an ONNX file (core::loadOnnx) with `job`, on a thread of its own, for the import dialog
// to complete with what ONNX does not hold. `done` gets the model, or null and what is wrong (the
// node ConvScope cannot read, named).
void readOnnxFile(BackgroundJob& job, const QString& path,
                  std::function<void(std::shared_ptr<const core::OnnxModel> model, const QString& problem)> done);

// Writes `model` with `job`, on a thread of its own: as ONNX when `path` ends in .onnx, else as a
// ConvScope model file, atomically. The model is never changed once made, so the thread may read
// it while training goes on; a save is finished even when the page closes meanwhile (it ignores
// the stop token). `done` gets what is wrong, empty when the file was written.
void writeModelFile(BackgroundJob& job, const QString& path, std::shared_ptr<const core::Model> model,
                    std::function<void(const QString& problem)> done);

} // namespace convscope::ui
