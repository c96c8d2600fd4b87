#pragma once

#include "core/conv_trace.h"
#include "core/nn/layer_arithmetic.h"
#include "core/nn/layer_spec.h"
#include "core/pool_trace.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace convscope::ui {

// The words and formulas of the Inside the network page: layer names, shapes, and the arithmetic
// behind one value written out with its real numbers. Core computes; this only writes.
class NetworkText {
    Q_DECLARE_TR_FUNCTIONS(convscope::ui::NetworkText)

public:
    // "Convolution 1", "ReLU", "Max pooling", "Flatten", "Fully connected 2"; `ordinal` counts
    // layers of the same kind from 1 (conv and dense), 0 leaves the number out.
    static QString layerName(core::LayerKind kind, int ordinal);
    // The column title of the flow: "Conv 1", "ReLU", "Max pool", "Flatten", "FC 1".
    static QString shortLayerName(core::LayerKind kind, int ordinal);
    // One line under a column: "conv 8 × 3×3, pad 1", "2×2, stride 2", "64 outputs".
    static QString layerDetails(const core::LayerSpec& spec);
    // The shape the lecture writes, height, width then channels: [28, 28, 8]; a vector [784].
    static QString shape(const std::vector<int>& chw);

    // A conv step: for one input channel every product written out ("0.5×(−1) + … = 0.53"), for
    // several each channel's sum; then "total = Σ + bias = 1.84" and the ReLU when one follows.
    // Rich text.
    static QString convSummary(const core::ConvStep& step, int channels, bool reluFollows);
    // "max(0.31, 1.2, 0.8, 0) = 1.2" or "(0.31 + 1.2 + 0.8 + 0) / 4 = 0.58".
    static QString poolSummary(const core::PoolStep& step, core::PoolMode mode);
    // "Σ of 784 products w·x + bias": the `shown` largest products, the rest in one sum. Rich text.
    static QString denseSummary(const core::DenseSum& sum, int shown, bool reluFollows);
    // "max(0, −0.42) = 0".
    static QString reluSummary(float input);
    // Flatten index → where it came from: "value 200 = map 5, row 2, column 3".
    static QString flattenSource(int index, const std::vector<int>& inputShape);

    // p_k = e^{z_k} / Σ_j e^{z_j} with the logits substituted (a long sum abbreviated), for the
    // class `k`. Rich text.
    static QString softmaxFormula(const std::vector<float>& logits, const std::vector<float>& probabilities, int k,
                                  const QStringList& classNames);
};

} // namespace convscope::ui
