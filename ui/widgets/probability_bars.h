#pragma once

#include <QStringList>
#include <QWidget>

#include <vector>

namespace convscope::ui {

// The softmax output as one horizontal bar per class with its probability written beside it;
// the most probable class is drawn in blue and bold, the others in grey. A network with more than
// 20 classes shows its 20 most probable, most probable first, and how many more there are.
class ProbabilityBars : public QWidget {
    Q_OBJECT

public:
    explicit ProbabilityBars(QWidget* parent = nullptr);

    // One probability per label; an empty list shows the labels with empty bars.
    void setProbabilities(std::vector<float> probabilities, QStringList labels);
    const std::vector<float>& probabilities() const { return m_probabilities; }
    // The classes drawn, top to bottom.
    const std::vector<int>& shownClasses() const { return m_shown; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    int rowCount() const;

    std::vector<float> m_probabilities;
    QStringList m_labels;
    std::vector<int> m_shown;
};

} // namespace convscope::ui
