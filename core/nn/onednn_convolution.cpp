#include "core/nn/onednn_convolution.h"

#include <algorithm>
#include <cstdint>
#include <omp.h>
#include <oneapi/dnnl/dnnl.hpp>
#include <vector>

namespace convscope::core {
namespace onednn {

using dnnl::memory;
using Tag = memory::format_tag;

// A tensor at the caller's pointer in ConvScope's layout, and the same values in the layout a
// primitive reads or writes. When the two layouts agree they are one object and nothing is copied;
// otherwise the primitive's copy is allocated on first use.
class Operand {
public:
    Operand() = default;
    Operand(const memory::desc& plain, const memory::desc& inner, const dnnl::engine& engine)
        : m_plain(plain, engine, DNNL_MEMORY_NONE)
        , m_innerDesc(inner)
        , m_converted(plain != inner)
        , m_engine(engine)
    {
        if (!m_converted)
            m_inner = m_plain;
    }

    void bind(const float* data) {m_plain.set_data_handle(const_cast<float*>(data));}
    // The caller's values into the primitive's layout.
    void load(dnnl::stream& stream)
    {
        if (!m_converted)
            return;
        if (!m_load)
            m_load = dnnl::reorder(m_plain, inner());
        m_load.execute(stream, m_plain, m_inner);
    }
    // The primitive's values back into the caller's layout.
    void store(dnnl::stream& stream)
    {
        if (!m_converted)
            return;
        if (!m_store)
            m_store = dnnl::reorder(inner(), m_plain);
        m_store.execute(stream, m_inner, m_plain);
    }
    const memory& inner()
    {
        if (!m_inner)
            m_inner = memory(m_innerDesc, m_engine);
        return m_inner;
    }

private:
    memory m_plain;
    memory::desc m_innerDesc;
    bool m_converted = false;
    dnnl::engine m_engine;
    memory m_inner;
    dnnl::reorder m_load;
    dnnl::reorder m_store;
};

inline memory::dims dims(std::initializer_list<int> values)
{
    return memory::dims(values.begin(), values.end());
}

// The network splits a batch over its own threads, so a primitive runs on the thread that calls
// it: OpenMP threads of oneDNN's own would only compete with them for the cores. The setting
// belongs to the calling thread, so every call makes it (it costs a store).
inline void runOnCallingThread()
{
    omp_set_num_threads(1);
}

// Plans kept per thread: the training batch, the smaller last batch and the testing batch.
constexpr std::size_t maxPlans = 3;

} // namespace onednn

struct OneDnnConvolution::Plan {
    Plan(const ConvGeometry& g, int batchRows, const dnnl::engine& engine)
        : rows(batchRows)
    {
        using Desc = dnnl::memory::desc;
        using Tag = dnnl::memory::format_tag;
        constexpr auto f32 = dnnl::memory::data_type::f32;
        const Desc srcPlain(onednn::dims({rows, g.channels, g.height, g.width}), f32, Tag::nchw);
        const Desc dstPlain(onednn::dims({rows, g.outChannels, g.outHeight, g.outWidth}), f32, Tag::nchw);
        const Desc weightsPlain(
            onednn::dims({g.outChannels, g.channels, g.kernelHeight, g.kernelWidth}), f32, Tag::oihw);
        const Desc biasPlain(onednn::dims({g.outChannels}), f32, Tag::x);
        const auto any = [](const Desc& plain) {return Desc(plain.dims(), f32, Tag::any);};
        const Conv2dParams& p = g.params;
        const dnnl::memory::dims strides = onednn::dims({p.strideY, p.strideX});
        const dnnl::memory::dims dilation = onednn::dims({p.dilationY - 1, p.dilationX - 1});
        const dnnl::memory::dims padding = onednn::dims({p.paddingY, p.paddingX});
        dnnl::primitive_attr attr;
        attr.set_scratchpad_mode(dnnl::scratchpad_mode::user);

        const dnnl::convolution_forward::primitive_desc forwardDesc(
            dnnl::convolution_forward::desc(dnnl::prop_kind::forward_training, dnnl::algorithm::convolution_direct,
                any(srcPlain), any(weightsPlain), biasPlain, any(dstPlain), strides, dilation, padding, padding),
            attr, engine);
        const dnnl::convolution_backward_data::primitive_desc dataDesc(
            dnnl::convolution_backward_data::desc(dnnl::algorithm::convolution_direct, any(srcPlain), any(weightsPlain),
                any(dstPlain), strides, dilation, padding, padding),
            attr, engine, forwardDesc);
        const dnnl::convolution_backward_weights::primitive_desc weightsDesc(
            dnnl::convolution_backward_weights::desc(dnnl::algorithm::convolution_direct, any(srcPlain),
                any(weightsPlain), biasPlain, any(dstPlain), strides, dilation, padding, padding),
            attr, engine, forwardDesc);

        forward = dnnl::convolution_forward(forwardDesc);
        backwardData = dnnl::convolution_backward_data(dataDesc);
        backwardWeights = dnnl::convolution_backward_weights(weightsDesc);
        forwardInput = onednn::Operand(srcPlain, forwardDesc.src_desc(), engine);
        sameInput = forwardDesc.src_desc() == weightsDesc.src_desc();
        if (!sameInput)
            weightsPassInput = onednn::Operand(srcPlain, weightsDesc.src_desc(), engine);
        forwardWeights = onednn::Operand(weightsPlain, forwardDesc.weights_desc(), engine);
        dataWeights = onednn::Operand(weightsPlain, dataDesc.weights_desc(), engine);
        output = onednn::Operand(dstPlain, forwardDesc.dst_desc(), engine);
        weightsPassGradOutput = onednn::Operand(dstPlain, weightsDesc.diff_dst_desc(), engine);
        sameGradOutput = weightsDesc.diff_dst_desc() == dataDesc.diff_dst_desc();
        if (!sameGradOutput)
            dataGradOutput = onednn::Operand(dstPlain, dataDesc.diff_dst_desc(), engine);
        gradInput = onednn::Operand(srcPlain, dataDesc.diff_src_desc(), engine);
        gradWeights = onednn::Operand(weightsPlain, weightsDesc.diff_weights_desc(), engine);
        bias = dnnl::memory(biasPlain, engine, DNNL_MEMORY_NONE);
        gradBias = dnnl::memory(weightsDesc.diff_bias_desc(), engine, DNNL_MEMORY_NONE);
        forwardScratch = dnnl::memory(forwardDesc.scratchpad_desc(), engine);
        dataScratch = dnnl::memory(dataDesc.scratchpad_desc(), engine);
        weightsScratch = dnnl::memory(weightsDesc.scratchpad_desc(), engine);
    }

    int rows = 0;
    std::uint64_t lastUse = 0;
    dnnl::convolution_forward forward;
    dnnl::convolution_backward_data backwardData;
    dnnl::convolution_backward_weights backwardWeights;
    // The input as the forward pass reads it, kept for the weight gradient; weightsPassInput only
    // when that pass wants another layout (!sameInput).
    onednn::Operand forwardInput;
    onednn::Operand weightsPassInput;
    onednn::Operand forwardWeights;
    onednn::Operand dataWeights;
    onednn::Operand output;
    // d output for the weight gradient and, when it wants another layout (!sameGradOutput), for
    // the input gradient.
    onednn::Operand weightsPassGradOutput;
    onednn::Operand dataGradOutput;
    onednn::Operand gradInput;
    onednn::Operand gradWeights;
    bool sameInput = false;
    bool sameGradOutput = false;
    dnnl::memory bias;
    dnnl::memory gradBias;
    dnnl::memory forwardScratch;
    dnnl::memory dataScratch;
    dnnl::memory weightsScratch;
};

struct OneDnnConvolution::State {
    explicit State(const ConvGeometry& g)
        : geometry(g)
        , weightGradient(static_cast<std::size_t>(g.outChannels) * g.channels * g.kernelPlaneSize())
        , biasGradient(static_cast<std::size_t>(g.outChannels))
    {
    }

    ConvGeometry geometry;
    dnnl::engine engine{dnnl::engine::kind::cpu, 0};
    dnnl::stream stream{engine};
    std::vector<std::unique_ptr<Plan>> plans;
    std::uint64_t uses = 0;
    // d weights (K×C×F×F) and d bias of the last backward pass, before they are added to the caller's.
    std::vector<float> weightGradient;
    std::vector<float> biasGradient;
};

OneDnnConvolution::OneDnnConvolution(const ConvGeometry& geometry)
    : m_state(std::make_unique<State>(geometry))
{
}

OneDnnConvolution::~OneDnnConvolution() = default;

OneDnnConvolution::Plan& OneDnnConvolution::planFor(int rows)
{
    onednn::runOnCallingThread();
    std::vector<std::unique_ptr<Plan>>& plans = m_state->plans;
    ++m_state->uses;
    auto found = std::find_if(plans.begin(), plans.end(), [rows](const auto& plan) {return plan->rows == rows;});
    if (found == plans.end()) {
        if (plans.size() == onednn::maxPlans) {
            plans.erase(std::min_element(
                plans.begin(), plans.end(), [](const auto& a, const auto& b) {return a->lastUse < b->lastUse;}));
        }
        plans.push_back(std::make_unique<Plan>(m_state->geometry, rows, m_state->engine));
        found = plans.end() - 1;
    }
    (*found)->lastUse = m_state->uses;
    return **found;
}

void OneDnnConvolution::forward(const float* input, int rows, const float* weights, const float* bias, float* output)
{
    Plan& plan = planFor(rows);
    dnnl::stream& stream = m_state->stream;
    plan.forwardInput.bind(input);
    plan.forwardInput.load(stream);
    plan.forwardWeights.bind(weights);
    plan.forwardWeights.load(stream);
    plan.bias.set_data_handle(const_cast<float*>(bias));
    plan.output.bind(output);
    plan.forward.execute(stream,
        {{DNNL_ARG_SRC, plan.forwardInput.inner()}, {DNNL_ARG_WEIGHTS, plan.forwardWeights.inner()},
            {DNNL_ARG_BIAS, plan.bias}, {DNNL_ARG_DST, plan.output.inner()},
            {DNNL_ARG_SCRATCHPAD, plan.forwardScratch}});
    plan.output.store(stream);
    stream.wait();
}

void OneDnnConvolution::backward(const float* input, bool inputKept, const float* gradOutput, int rows,
    const float* weights, float* weightGradient, float* biasGradient, float* inputGradient)
{
    Plan& plan = planFor(rows);
    dnnl::stream& stream = m_state->stream;
    onednn::Operand& in = plan.sameInput ? plan.forwardInput : plan.weightsPassInput;
    in.bind(input);
    if (!inputKept || !plan.sameInput)
        in.load(stream);
    plan.weightsPassGradOutput.bind(gradOutput);
    plan.weightsPassGradOutput.load(stream);
    plan.gradWeights.bind(m_state->weightGradient.data());
    plan.gradBias.set_data_handle(m_state->biasGradient.data());
    plan.backwardWeights.execute(stream,
        {{DNNL_ARG_SRC, in.inner()}, {DNNL_ARG_DIFF_DST, plan.weightsPassGradOutput.inner()},
            {DNNL_ARG_DIFF_WEIGHTS, plan.gradWeights.inner()}, {DNNL_ARG_DIFF_BIAS, plan.gradBias},
            {DNNL_ARG_SCRATCHPAD, plan.weightsScratch}});
    plan.gradWeights.store(stream);
    if (inputGradient != nullptr) {
        onednn::Operand& gradOut = plan.sameGradOutput ? plan.weightsPassGradOutput : plan.dataGradOutput;
        if (!plan.sameGradOutput) {
            gradOut.bind(gradOutput);
            gradOut.load(stream);
        }
        plan.dataWeights.bind(weights);
        plan.dataWeights.load(stream);
        plan.gradInput.bind(inputGradient);
        plan.backwardData.execute(stream,
            {{DNNL_ARG_DIFF_DST, gradOut.inner()}, {DNNL_ARG_WEIGHTS, plan.dataWeights.inner()},
                {DNNL_ARG_DIFF_SRC, plan.gradInput.inner()}, {DNNL_ARG_SCRATCHPAD, plan.dataScratch}});
        plan.gradInput.store(stream);
    }
    stream.wait();
    for (std::size_t i = 0; i < m_state->weightGradient.size(); ++i)
        weightGradient[i] += m_state->weightGradient[i];
    for (std::size_t i = 0; i < m_state->biasGradient.size(); ++i)
        biasGradient[i] += m_state->biasGradient[i];
}

} // namespace convscope::core
