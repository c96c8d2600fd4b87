#include "ui/activation/current_activation_map.h"

namespace convscope::ui {

CurrentActivationMap::CurrentActivationMap(QObject* parent)
    : QObject(parent)
{
}

void CurrentActivationMap::setMap(const core::Tensor& map, const QString& name, ColourMapKind colourMap,
                                  ValueRange range)
{
    m_map = map;
    m_name = name;
    m_colourMap = colourMap;
    m_range = range;
    emit mapChanged();
}

} // namespace convscope::ui
