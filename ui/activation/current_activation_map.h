#pragma once

#include "core/tensor.h"
#include "ui/widgets/colour_map.h"

#include <QObject>
#include <QString>

namespace convscope::ui {

// The activation map the student is looking at on the Activation maps page, handed on to the
// Pooling page, which pools it. One instance, owned by the main window and given to both pages,
// so neither page knows the other.
class CurrentActivationMap : public QObject {
    Q_OBJECT

public:
    explicit CurrentActivationMap(QObject* parent = nullptr);

    const core::Tensor& map() const { return m_map; } // 1 × H × W; empty before the first map
    const QString& name() const { return m_name; }    // the kernel's translated name, "Edge"
    // How the Activation maps page colours it, so the pooled map is coloured the same: its
    // colour map and the range it is drawn with.
    ColourMapKind colourMap() const { return m_colourMap; }
    ValueRange range() const { return m_range; }

    void setMap(const core::Tensor& map, const QString& name, ColourMapKind colourMap, ValueRange range);

signals:
    void mapChanged();

private:
    core::Tensor m_map;
    QString m_name;
    ColourMapKind m_colourMap = ColourMapKind::Grey;
    ValueRange m_range;
};

} // namespace convscope::ui
