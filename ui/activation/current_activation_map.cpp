#include "ui/activation/current_activation_map.h"

namespace convscope::ui {

CurrentActivationMap::CurrentActivationMap(QObject* parent)
    : QObject(parent)
{
}

void CurrentActivationMap::setMap(const core::Tensor& map, const QString& name, ColourMapKind colourMap,
                                  const std::optional<ValueRange>& fixedRange)
{
    m_map = map;
    m_name = name;
    m_colourMap = colourMap;
    m_fixedRange = fixedRange;
    emit mapChanged();
}

} // namespace convscope::ui
