#pragma once

#include "ui/shared/page.h"

#include <QWidget>

namespace convscope::ui {

class CurrentActivationMap;
class PoolingGridLesson;
class PoolingMapLesson;
class PoolingModel;

// The Pooling lesson, in two parts over one PoolingModel. Above (PoolingGridLesson): max,
// average and min pooling of one small input side by side, stepped like the convolution. Below
// (PoolingMapLesson): an activation map from the Activation maps page pooled once, twice or
// three times. Keys (the player bar's, when no text field has the focus): Space play/pause,
// ←/→ step, Home/End.
class PoolingPage : public QWidget, public Page {
    Q_OBJECT

public:
    // `shared` supplies the activation map to pool (ActivationPage::currentMap()); it may be null
    // or be deleted first, and the map part then waits.
    explicit PoolingPage(CurrentActivationMap* shared = nullptr, QWidget* parent = nullptr);

    QJsonObject state() const override;
    void setState(const QJsonObject& state) override;
    // Undo takes back the grid's values and both parts' settings, not the animation's place.
    QJsonObject editableState() const override;
    void setEditableState(const QJsonObject& state) override;
    QString editName(const QStringList& keys) const override;
    // Presentation keeps the views and the player: the grid settings and the map's controls go.
    QList<QWidget*> presentationHidden() const override;

    PoolingModel* model() const { return m_model; }
    PoolingGridLesson* grid() const { return m_grid; }
    PoolingMapLesson* map() const { return m_map; }

private:
    PoolingModel* m_model;
    PoolingGridLesson* m_grid;
    PoolingMapLesson* m_map;
};

} // namespace convscope::ui
