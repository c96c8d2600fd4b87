#include "ui/model_origin.h"

#include <utility>

namespace convscope::ui {

ModelOrigin::ModelOrigin(Kind kind, QString name)
    : m_kind(kind)
    , m_name(std::move(name))
{
}

ModelOrigin ModelOrigin::shipped()
{
    return {Kind::Shipped, {}};
}

ModelOrigin ModelOrigin::trainedHere()
{
    return {Kind::TrainedHere, {}};
}

ModelOrigin ModelOrigin::file(const QString& name)
{
    return {Kind::File, name};
}

QString ModelOrigin::text() const
{
    switch (m_kind) {
    case Kind::Shipped:
        return tr("shipped with ConvScope");
    case Kind::TrainedHere:
        return tr("trained on the Training page");
    case Kind::File:
        break;
    }
    return m_name;
}

} // namespace convscope::ui
