#include "ui/pooling/pooling_page.h"

#include "ui/pooling/pooling_grid_lesson.h"
#include "ui/pooling/pooling_map_lesson.h"
#include "ui/pooling/pooling_model.h"

#include <QSplitter>
#include <QVBoxLayout>

namespace convscope::ui {

PoolingPage::PoolingPage(CurrentActivationMap* shared, QWidget* parent)
    : QWidget(parent)
    , m_model(new PoolingModel(this))
    , m_grid(new PoolingGridLesson(m_model, this))
    , m_map(new PoolingMapLesson(m_model, shared))
{
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Pooling"));

    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_grid);
    splitter->addWidget(m_map);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    for (auto signal : {&PoolingModel::structureChanged, &PoolingModel::valuesChanged, &PoolingModel::mapChanged})
        connect(m_model, signal, this, [this] { announceEdit(); });
}

QJsonObject PoolingPage::state() const
{
    QJsonObject state = m_model->saveState();
    m_grid->saveQuiz(state);
    return state;
}

void PoolingPage::setState(const QJsonObject& state)
{
    m_model->restoreState(state);
    // Drawn now rather than at the model's coalesced signals: whoever restores reads the page next.
    m_grid->restoreQuiz(state);
    m_map->showMaps();
}

QJsonObject PoolingPage::editableState() const
{
    return withoutKeys(m_model->saveState(), {QLatin1StringView("position")});
}

void PoolingPage::setEditableState(const QJsonObject& edited)
{
    setState(overlaid(state(), edited));
}

QString PoolingPage::editName(const QStringList& keys) const
{
    using L = QLatin1StringView;
    return keysWithin(keys, {L("input"), L("rows"), L("cols")}) ? tr("input edit") : QString();
}

QList<QWidget*> PoolingPage::presentationHidden() const
{
    return m_grid->presentationHidden() << m_map->controls();
}

} // namespace convscope::ui
