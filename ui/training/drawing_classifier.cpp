#include "ui/training/drawing_classifier.h"

#include "core/data/fit_to_input.h"
#include "ui/model_store.h"
#include "ui/shared/background_job.h"
#include "ui/training/training_text.h"

#include <exception>

namespace convscope::ui {

DrawingClassifier::DrawingClassifier(QObject* parent)
    : QObject(parent)
    , m_preparation(new BackgroundJob(this))
{
}

void DrawingClassifier::setModel(std::shared_ptr<const core::Model> model)
{
    if (model == m_model)
        return;
    m_model = std::move(model);
    if (!m_model) {
        m_network.reset();
        m_networkModel.reset();
        m_preparation->cancel();
        m_preparingFor.reset();
    }
}

DrawingClassification DrawingClassifier::classify(const core::Tensor& ink)
{
    DrawingClassification result;
    result.preprocessing = core::preprocessDigit(ink);
    if (!m_model) {
        result.problem = tr("Train a network (or load a model) to see what it makes of your drawing.");
        return result;
    }
    if (m_model->spec.input != std::vector<int>{1, core::mnistSide, core::mnistSide}) {
        result.problem = tr("This network reads %1 images; a drawing is a 28×28 grey digit.").arg(shapeText(m_model->spec.input));
        return result;
    }
    if (result.preprocessing.status != core::DigitPreprocessingStatus::Ok)
        return result;
    result.probabilities = probabilitiesOf(result.preprocessing.result, result.problem);
    return result;
}

DrawingClassification DrawingClassifier::classifyPicture(const core::Tensor& picture)
{
    DrawingClassification result;
    if (!m_model) {
        result.problem = tr("Train a network (or load a model) to see what it makes of your picture.");
        return result;
    }
    const std::vector<int>& input = m_model->spec.input;
    if (picture.rank() != 3 || (picture.dim(0) != 1 && picture.dim(0) != input.front())) {
        result.problem = tr("This network reads %1 pictures.").arg(shapeText(input));
        return result;
    }
    result.probabilities = probabilitiesOf(picture, result.problem);
    return result;
}

std::vector<float> DrawingClassifier::probabilitiesOf(const core::Tensor& picture, QString& problem)
{
    try {
        if (m_networkModel != m_model) {
            if (m_model->parameterCount() > ModelStore::parametersPreparedAtOnce) {
                prepareNetwork();
                problem = tr("Getting the network ready for your drawing…");
                return {};
            }
            m_networkModel = m_model;
            m_network = std::make_unique<core::Network<float>>(m_model->toNetwork());
        }
        if (!m_network) {
            problem = m_networkProblem;
            return {};
        }
        return m_network->classify(core::fitToInput(picture, m_model->spec.input));
    } catch (const std::exception& error) {
        m_network.reset();
        problem = QString::fromStdString(error.what());
    }
    return {};
}

void DrawingClassifier::prepareNetwork()
{
    if (m_preparation->isRunning() && m_preparingFor == m_model)
        return;
    m_preparingFor = m_model;
    m_preparation->run([this, model = m_model](std::stop_token) -> BackgroundJob::Delivery {
        auto network = std::make_shared<std::unique_ptr<core::Network<float>>>();
        QString problem;
        try {
            *network = std::make_unique<core::Network<float>>(model->toNetwork());
        } catch (const std::exception& error) {
            problem = QString::fromStdString(error.what());
        }
        return [this, model, network, problem] {
            m_preparingFor.reset();
            if (model != m_model)
                return;
            m_networkModel = model;
            m_network = std::move(*network);
            m_networkProblem = problem;
            emit networkReady();
        };
    });
}

} // namespace convscope::ui
