#pragma once

#include "core/conv_trace.h"
#include "core/nn/layer.h"
#include "core/pool_trace.h"
#include "core/tensor.h"

#include <vector>

namespace convscope::core {

// The arithmetic behind one value a trained network computed, rebuilt from the layer's real input
// and learned weights with the lesson operations (conv2d's ConvTrace, pool2d's PoolTrace), so the
// step-by-step views show exactly the sums the network did:
//
//   conv   out[k][y][x] = bias[k] + Σ_c Σ_i Σ_j in[c][y·S − P + i][x·S − P + j] · w[k][c][i][j]
//   pool   out[c][y][x] = max (or mean) of the window in[c][y·S + i][x·S + j]
//   dense  out[n]       = bias[n] + Σ_m w[n][m] · in[m]
//   relu   out          = max(0, in)
//   tanh, sigmoid, leakyrelu   one value through its function (activationLayerStep)
//   batchnorm  out[c][i] = (in[c][i] − mean[c]) / √(var[c] + ε) · γ[c] + β[c]
//   globalavgpool  out[c] = mean of map c (a PoolTrace whose window is the whole map)
//
// `input` is the layer's input for one sample, shaped like layer.inputShape() (the network's
// image for layer 0, the previous layer's outputTensor() otherwise). Each function throws
// std::invalid_argument when the layer is of another kind or the input has the wrong shape.

// A ConvTrace over all K filters of a conv layer; step(stepOf(k, y, x)).total is out[k][y][x].
ConvTrace convLayerTrace(const Layer<float>& layer, const Tensor& input);

// The same for one filter only (kernels 1×C×F×F, one bias), as the single-output stepper shows it.
struct ConvFilter {
    Tensor kernels; // 1 × C × F × F
    float bias = 0.0f;
};
ConvFilter convLayerFilter(const Layer<float>& layer, int filter);

// A PoolTrace of a max, min, average or global average pooling layer; step(stepOf(c, y, x)).result
// is out[c][y][x]. A layer with padding P is traced over its input padded as the layer pads it
// (−∞ for max, +∞ for min, 0 for average), so the trace's cell (y, x) is the input's (y − P, x − P).
PoolTrace poolLayerTrace(const Layer<float>& layer, const Tensor& input);

// One value through tanh, sigmoid or leaky ReLU, with the intermediate number the formula shows:
//   tanh       out = (1 − e)/(1 + e),  e = e^(−2x)
//   sigmoid    out = 1/(1 + e),        e = e^(−x)
//   leakyrelu  out = x if x > 0, else slope · x   (exponential unused)
struct ActivationStep {
    LayerKind kind = LayerKind::Tanh;
    float input = 0.0f;       // x
    float exponential = 0.0f; // e
    float slope = 0.0f;       // leakyrelu's A
    float output = 0.0f;      // == the layer's output
};

// `index` is the value's position in the layer's output (C×H×W in row-major order).
ActivationStep activationLayerStep(const Layer<float>& layer, const Tensor& input, int index);

// One value of a batch normalisation layer in inference, with the running statistics it used.
struct BatchNormStep {
    int channel = 0;         // c
    float input = 0.0f;      // x
    float mean = 0.0f;       // running mean[c]
    float variance = 0.0f;   // running var[c]
    float epsilon = 0.0f;    // ε
    float normalised = 0.0f; // x̂ = (x − mean) / √(var + ε)
    float gamma = 0.0f;      // γ[c]
    float beta = 0.0f;       // β[c]
    float output = 0.0f;     // x̂ · γ + β
};

BatchNormStep batchNormLayerStep(const Layer<float>& layer, const Tensor& input, int index);

// One product of a fully connected sum.
struct DenseTerm {
    int input = 0;     // m
    float value = 0.0f;  // in[m]
    float weight = 0.0f; // w[n][m]
    float product = 0.0f;
};

struct DenseSum {
    int output = 0;              // n
    std::vector<DenseTerm> terms; // every input, in order m = 0 … M−1
    float bias = 0.0f;
    float total = 0.0f;          // Σ products + bias, summed in double then rounded

    // Indices into terms of the `count` products largest in magnitude, largest first: what a
    // 784-term sum is summarised by.
    std::vector<int> largestTerms(int count) const;
};

DenseSum denseLayerSum(const Layer<float>& layer, const Tensor& input, int output);

} // namespace convscope::core
