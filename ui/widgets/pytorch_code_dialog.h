#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace convscope::ui {

// "Show as PyTorch code": the network as a PyTorch script (core::pytorchCode), read-only, with
// Copy and Save. Not modal, so a page can keep it up to date while the student edits the layers.
class PytorchCodeDialog : public QDialog {
    Q_OBJECT

public:
    explicit PytorchCodeDialog(QWidget* parent = nullptr);

    // The code, or with empty code why there is none (a network that does not fit together).
    void setCode(const QString& code, const QString& problem = {});
    QString code() const;
    QPlainTextEdit* view() const { return m_view; }

    // Writes the code to `path`; false, with the reason shown, when it cannot be written.
    bool saveTo(const QString& path);

private:
    void copy();
    void saveDialog();

    QPlainTextEdit* m_view = nullptr;
    QLabel* m_problem = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace convscope::ui
