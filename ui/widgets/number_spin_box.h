#pragma once

#include <QDoubleSpinBox>

namespace convscope::ui {

// A QDoubleSpinBox that writes and reads numbers as every grid does (ui/shared/number_text):
// a true minus sign "−", no needless decimals ("1", "0.5"), and fractions such as "1/9".
class NumberSpinBox : public QDoubleSpinBox {
    Q_OBJECT

public:
    explicit NumberSpinBox(QWidget* parent = nullptr);

    QString textFromValue(double value) const override;
    double valueFromText(const QString& text) const override;
    QValidator::State validate(QString& text, int& position) const override;
};

} // namespace convscope::ui
