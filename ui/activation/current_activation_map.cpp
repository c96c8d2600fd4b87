#include "ui/activation/current_activation_map.h"

namespace convscope::ui {

CurrentActivationMap::CurrentActivationMap(QObject* parent)
    : QObject(parent)
{
}

void CurrentActivationMap::setMap(const core::Tensor& map, const QString& name)
{
    m_map = map;
    m_name = name;
    emit mapChanged();
}

} // namespace convscope::ui
