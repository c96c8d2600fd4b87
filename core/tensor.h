#pragma once

#include <Eigen/Core>

#include <cstddef>
#include <initializer_list>
#include <span>
#include <string>
#include <vector>

namespace convscope::core {

// One channel of an image or feature map: H rows × W columns, row-major like the Tensor planes.
using Matrix = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
using MatrixMap = Eigen::Map<Matrix>;
using ConstMatrixMap = Eigen::Map<const Matrix>;

// A dense float tensor of rank 1 to 4, stored row-major (the last index varies fastest), the
// layout PyTorch uses. The shapes met in this library:
//   image / feature map   C × H × W          (a single matrix is 1 × H × W)
//   kernel bank           K × C × FH × FW    (K output channels, one FH×FW kernel per input channel)
//   batch                 N × C × H × W
//
//   plane (c) of a C×H×W tensor = data[c·H·W … (c+1)·H·W), row y at offset y·W.
class Tensor {
public:
    Tensor() = default;
    explicit Tensor(std::vector<int> shape, float fill = 0.0f);

    // A 1×H×W tensor holding one matrix.
    static Tensor fromMatrix(const Eigen::Ref<const Matrix>& matrix);
    // A 1×H×W tensor from literal rows, e.g. the lecture's 5×5 image; rows must be equally long.
    static Tensor fromRows(std::initializer_list<std::initializer_list<float>> rows);

    const std::vector<int>& shape() const { return m_shape; }
    int rank() const { return static_cast<int>(m_shape.size()); }
    // Size along an axis; a negative axis counts from the end (-1 is the width).
    int dim(int axis) const;
    std::size_t size() const { return m_values.size(); }
    bool empty() const { return m_values.empty(); }

    float* data() { return m_values.data(); }
    const float* data() const { return m_values.data(); }
    std::span<float> values() { return m_values; }
    std::span<const float> values() const { return m_values; }

    // Element access by full index; the number of indices must equal the rank.
    float& at(int i0) { return m_values[offset({i0})]; }
    float& at(int i0, int i1) { return m_values[offset({i0, i1})]; }
    float& at(int i0, int i1, int i2) { return m_values[offset({i0, i1, i2})]; }
    float& at(int i0, int i1, int i2, int i3) { return m_values[offset({i0, i1, i2, i3})]; }
    float at(int i0) const { return m_values[offset({i0})]; }
    float at(int i0, int i1) const { return m_values[offset({i0, i1})]; }
    float at(int i0, int i1, int i2) const { return m_values[offset({i0, i1, i2})]; }
    float at(int i0, int i1, int i2, int i3) const { return m_values[offset({i0, i1, i2, i3})]; }

    // The H×W plane at a leading index: plane(c) of C×H×W, plane(n·C + c) of N×C×H×W.
    MatrixMap plane(int index);
    ConstMatrixMap plane(int index) const;
    int planeCount() const;

    // The same values under another shape with the same number of elements.
    Tensor reshaped(std::vector<int> shape) const;

    // "3×28×28", for messages and labels.
    std::string shapeText() const;

    bool operator==(const Tensor& other) const = default;

private:
    std::size_t offset(std::initializer_list<int> index) const;

    std::vector<int> m_shape;
    std::vector<float> m_values;
};

} // namespace convscope::core
