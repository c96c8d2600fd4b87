#pragma once

#include "core/onnx/onnx_reader.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace convscope::ui {

// What an ONNX file does not say, asked when one is opened: how its pictures were normalised
// (none, i.e. pixel / 255; MNIST's 0.1307 and 0.3081; ImageNet's; [−1, 1]; or typed per channel)
// and the names of its classes (the file's own if ConvScope wrote it, else 0 … N−1; typed, or read
// from a text file with one name a line). It shows what was read: each ONNX node as the ConvScope
// layer it became, with its output shape, and the input size the file fixes.
class OnnxImportDialog : public QDialog {
    Q_OBJECT

public:
    OnnxImportDialog(core::OnnxModel imported, const QString& fileName, QWidget* parent = nullptr);

    // The imported model with the normalisation and class names chosen; valid while problem()
    // is empty.
    core::Model model() const;
    // Why the choices cannot be taken (translated), empty when they can.
    QString problem() const;

    QComboBox* presetBox() const { return m_preset; }
    QLineEdit* meanEdit() const { return m_mean; }
    QLineEdit* stdEdit() const { return m_std; }
    QPlainTextEdit* namesEdit() const { return m_names; }
    QTableWidget* layerTable() const { return m_layers; }
    // Reads the class names from a text file, one a line; false, with the reason shown, when the
    // file cannot be read.
    bool readNames(const QString& path);

private:
    void applyPreset();
    void refresh();
    std::vector<float> channelValues(const QLineEdit* edit, bool* ok) const;
    QStringList names() const;

    core::OnnxModel m_imported;
    QComboBox* m_preset = nullptr;
    QLineEdit* m_mean = nullptr;
    QLineEdit* m_std = nullptr;
    QPlainTextEdit* m_names = nullptr;
    QLabel* m_namesCount = nullptr;
    QLabel* m_problem = nullptr;
    QTableWidget* m_layers = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace convscope::ui
