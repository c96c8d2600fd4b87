#pragma once

#include "core/tensor.h"
#include "ui/widgets/colour_map.h"

#include <QString>
#include <QWidget>

#include <vector>

class QButtonGroup;
class QGridLayout;
class QPushButton;

namespace convscope::ui {

class TensorView;

// The original picture beside its activation maps, one small view per kernel, all at once.
// Each thumbnail has a caption button (keyboard reachable, checkable); clicking the picture or
// its caption selects that kernel. The gallery shows what it is given and computes nothing.
class KernelGallery : public QWidget {
    Q_OBJECT

public:
    explicit KernelGallery(QWidget* parent = nullptr);

    // One entry per kernel, in order; the names are already translated, tooltips describe them.
    void setEntries(const QStringList& names, const QStringList& tooltips);
    void setOriginal(const core::Tensor& channel, const QString& caption);
    void setMap(int index, const core::Tensor& values, ColourMapKind colours, ValueRange range);
    void setEntryName(int index, const QString& name);
    void setSelected(int index);
    int entryCount() const { return static_cast<int>(m_views.size()); }
    TensorView* view(int index) const { return m_views[static_cast<std::size_t>(index)]; }
    QPushButton* caption(int index) const { return m_captions[static_cast<std::size_t>(index)]; }
    TensorView* originalView() const { return m_original; }

signals:
    void entryClicked(int index);

private:
    QGridLayout* m_grid = nullptr;
    TensorView* m_original = nullptr;
    QPushButton* m_originalCaption = nullptr;
    std::vector<TensorView*> m_views;
    std::vector<QPushButton*> m_captions;
    QButtonGroup* m_group = nullptr;
};

} // namespace convscope::ui
