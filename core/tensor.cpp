#include "core/tensor.h"

#include <cassert>
#include <functional>
#include <numeric>
#include <stdexcept>

namespace convscope::core {
namespace {

std::size_t elementCount(const std::vector<int>& shape)
{
    if (shape.empty() || shape.size() > 4)
        throw std::invalid_argument("a tensor has rank 1 to 4, not " + std::to_string(shape.size()));
    std::size_t count = 1;
    for (int extent : shape) {
        if (extent < 0)
            throw std::invalid_argument("a tensor extent cannot be negative");
        count *= static_cast<std::size_t>(extent);
    }
    return count;
}

} // namespace

Tensor::Tensor(std::vector<int> shape, float fill)
    : m_shape(std::move(shape))
    , m_values(elementCount(m_shape), fill)
{
}

Tensor Tensor::fromMatrix(const Eigen::Ref<const Matrix>& matrix)
{
    Tensor tensor({1, static_cast<int>(matrix.rows()), static_cast<int>(matrix.cols())});
    tensor.plane(0) = matrix;
    return tensor;
}

Tensor Tensor::fromRows(std::initializer_list<std::initializer_list<float>> rows)
{
    const int height = static_cast<int>(rows.size());
    const int width = height == 0 ? 0 : static_cast<int>(rows.begin()->size());
    Tensor tensor({1, height, width});
    float* out = tensor.data();
    for (const auto& row : rows) {
        if (static_cast<int>(row.size()) != width)
            throw std::invalid_argument("rows of a matrix must have equal length");
        out = std::copy(row.begin(), row.end(), out);
    }
    return tensor;
}

int Tensor::dim(int axis) const
{
    const int resolved = axis < 0 ? rank() + axis : axis;
    if (resolved < 0 || resolved >= rank())
        throw std::out_of_range("axis " + std::to_string(axis) + " of a rank-" + std::to_string(rank()) + " tensor");
    return m_shape[static_cast<std::size_t>(resolved)];
}

MatrixMap Tensor::plane(int index)
{
    assert(rank() >= 2 && index >= 0 && index < planeCount());
    const int height = dim(-2);
    const int width = dim(-1);
    return MatrixMap(m_values.data() + static_cast<std::size_t>(index) * height * width, height, width);
}

ConstMatrixMap Tensor::plane(int index) const
{
    assert(rank() >= 2 && index >= 0 && index < planeCount());
    const int height = dim(-2);
    const int width = dim(-1);
    return ConstMatrixMap(m_values.data() + static_cast<std::size_t>(index) * height * width, height, width);
}

int Tensor::planeCount() const
{
    if (rank() < 2)
        return 0;
    const std::size_t planeSize = static_cast<std::size_t>(dim(-2)) * static_cast<std::size_t>(dim(-1));
    return planeSize == 0 ? 0 : static_cast<int>(size() / planeSize);
}

Tensor Tensor::reshaped(std::vector<int> shape) const
{
    if (elementCount(shape) != size())
        throw std::invalid_argument("cannot reshape " + shapeText() + " to a different number of elements");
    Tensor result;
    result.m_shape = std::move(shape);
    result.m_values = m_values;
    return result;
}

std::string Tensor::shapeText() const
{
    std::string text;
    for (std::size_t axis = 0; axis < m_shape.size(); ++axis) {
        if (axis > 0)
            text += "\u00d7";
        text += std::to_string(m_shape[axis]);
    }
    return text;
}

std::size_t Tensor::offset(std::initializer_list<int> index) const
{
    assert(static_cast<int>(index.size()) == rank());
    std::size_t flat = 0;
    std::size_t axis = 0;
    for (int i : index) {
        assert(i >= 0 && i < m_shape[axis]);
        flat = flat * static_cast<std::size_t>(m_shape[axis]) + static_cast<std::size_t>(i);
        ++axis;
    }
    return flat;
}

} // namespace convscope::core
