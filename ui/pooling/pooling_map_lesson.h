#pragma once

#include <QFrame>
#include <QPointer>

class QButtonGroup;
class QComboBox;
class QLabel;

namespace convscope::ui {

class CurrentActivationMap;
class PoolingModel;
class TensorView;

// The lower half of the Pooling lesson: an activation map from the Activation maps page beside
// the same map pooled once, twice or three times, at the same display size, with the sizes
// before and after (512×512 → 256×256 → 128×128), so the student sees it shrink while max
// pooling keeps the strongest edges.
class PoolingMapLesson : public QFrame {
    Q_OBJECT

public:
    // `shared` supplies the activation map to pool (ActivationPage::currentMap()); it may be null
    // or be deleted first, and the lesson then waits.
    PoolingMapLesson(PoolingModel* model, CurrentActivationMap* shared, QWidget* parent = nullptr);

    // Draws the model's map part, its controls included (after a restored state).
    void showMaps();

    // The mode, window and repeat controls, which presentation mode hides.
    QWidget* controls() const { return m_mapControls; }
    TensorView* sourceMapView() const { return m_sourceView; }
    TensorView* pooledMapView() const { return m_pooledView; }
    QLabel* mapSizesLabel() const { return m_mapSizes; }
    QButtonGroup* repeatButtons() const { return m_repeatGroup; }
    QComboBox* mapModeBox() const { return m_mapMode; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void takeSharedMap();

    PoolingModel* m_model;
    QPointer<CurrentActivationMap> m_shared;
    bool m_sharedPending = false;

    QWidget* m_mapControls = nullptr;
    QComboBox* m_mapMode = nullptr;
    QComboBox* m_mapWindow = nullptr;
    QButtonGroup* m_repeatGroup = nullptr;
    QLabel* m_sourceCaption = nullptr;
    QLabel* m_pooledCaption = nullptr;
    TensorView* m_sourceView = nullptr;
    TensorView* m_pooledView = nullptr;
    QLabel* m_mapSizes = nullptr;
};

} // namespace convscope::ui
