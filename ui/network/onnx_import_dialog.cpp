#include "ui/network/onnx_import_dialog.h"

#include "ui/io/korean_particles.h"
#include "ui/network/network_text.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace convscope::ui {
namespace {

struct NormalisationPreset {
    const char* name;
    const char* mean;
    const char* deviation;
    int channels; // 0: any
};

// torchvision's usual Normalize values; the last entry is typed by hand.
constexpr NormalisationPreset presets[] = {
    {QT_TRANSLATE_NOOP("convscope::ui::OnnxImportDialog", "None: pixel / 255, values 0 to 1"), "0", "1", 0},
    {QT_TRANSLATE_NOOP("convscope::ui::OnnxImportDialog", "MNIST: mean 0.1307, std 0.3081"), "0.1307", "0.3081", 0},
    {QT_TRANSLATE_NOOP("convscope::ui::OnnxImportDialog", "−1 to 1: mean 0.5, std 0.5"), "0.5", "0.5", 0},
    {QT_TRANSLATE_NOOP("convscope::ui::OnnxImportDialog", "ImageNet: mean 0.485, 0.456, 0.406, std 0.229, 0.224, 0.225"),
     "0.485, 0.456, 0.406", "0.229, 0.224, 0.225", 3},
};

QString numbersText(const std::vector<float>& values)
{
    QStringList parts;
    for (float value : values)
        parts << QString::number(static_cast<double>(value));
    return parts.join(QStringLiteral(", "));
}

} // namespace

OnnxImportDialog::OnnxImportDialog(core::OnnxModel imported, const QString& fileName, QWidget* parent)
    : QDialog(parent)
    , m_imported(std::move(imported))
{
    setWindowTitle(tr("Open an ONNX model"));
    setObjectName(QStringLiteral("onnxImportDialog"));
    const core::NetworkSpec& spec = m_imported.model.spec;
    const int channels = spec.input.at(0);
    QString output;
    switch (m_imported.output) {
    case core::OnnxOutput::Logits: output = tr("class scores"); break;
    case core::OnnxOutput::Probabilities: output = tr("probabilities (softmax)"); break;
    case core::OnnxOutput::LogProbabilities: output = tr("log-probabilities (log-softmax)"); break;
    }
    auto* summary = new QLabel(io::fitKoreanParticles(
        tr("<b>%1</b>: %2 layers, %3 learned values, ONNX opset %4. Input %5 (channels × height × width, fixed by the "
           "file); the file ends in %6, ConvScope shows the softmax of the class scores.")
            .arg(fileName.toHtmlEscaped())
            .arg(spec.layers.size())
            .arg(QLocale().toString(static_cast<qlonglong>(m_imported.model.parameterCount())))
            .arg(m_imported.opset)
            .arg(QStringLiteral("%1×%2×%3").arg(spec.input[0]).arg(spec.input[1]).arg(spec.input[2]), output)),
        this);
    summary->setWordWrap(true);

    // --- what was read: node → layer → shape ---
    const std::vector<core::LayerShape> shapes = spec.inferShapes();
    m_layers = new QTableWidget(static_cast<int>(spec.layers.size()), 3, this);
    m_layers->setObjectName(QStringLiteral("importedLayers"));
    m_layers->setHorizontalHeaderLabels({tr("ONNX node"), tr("ConvScope layer"), tr("Output")});
    m_layers->verticalHeader()->hide();
    m_layers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_layers->setSelectionMode(QAbstractItemView::NoSelection);
    for (std::size_t i = 0; i < spec.layers.size(); ++i) {
        const int row = static_cast<int>(i);
        const QString node = i < m_imported.layerNodes.size() ? QString::fromStdString(m_imported.layerNodes[i]) : QString();
        m_layers->setItem(row, 0, new QTableWidgetItem(node));
        m_layers->setItem(row, 1, new QTableWidgetItem(QString::fromStdString(spec.layers[i].toText())));
        m_layers->setItem(row, 2, new QTableWidgetItem(NetworkText::shape(shapes[i].output)));
    }
    m_layers->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_layers->horizontalHeader()->setStretchLastSection(true);

    // --- normalisation ---
    auto* normalisation = new QGroupBox(tr("How the pictures were normalised in training"), this);
    m_preset = new QComboBox(normalisation);
    m_preset->setObjectName(QStringLiteral("normalisationPreset"));
    for (int i = 0; i < static_cast<int>(std::size(presets)); ++i) {
        if (presets[i].channels == 0 || presets[i].channels == channels)
            m_preset->addItem(tr(presets[i].name), i);
    }
    m_preset->addItem(tr("Other: type the values"), -1);
    m_mean = new QLineEdit(normalisation);
    m_mean->setObjectName(QStringLiteral("normalisationMean"));
    m_std = new QLineEdit(normalisation);
    m_std->setObjectName(QStringLiteral("normalisationStd"));
    auto* hint = new QLabel(tr("As torchvision's Normalize(mean, std): each value x from 0 to 1 becomes (x − mean) / std; "
                               "one number for every channel, or one per channel separated by commas."),
                            normalisation);
    hint->setWordWrap(true);
    auto* form = new QFormLayout(normalisation);
    form->addRow(tr("Preset:"), m_preset);
    form->addRow(tr("Mean:"), m_mean);
    form->addRow(tr("Std:"), m_std);
    form->addRow(hint);

    // --- class names ---
    auto* classes = new QGroupBox(tr("Class names, one a line"), this);
    m_names = new QPlainTextEdit(classes);
    m_names->setObjectName(QStringLiteral("classNames"));
    m_names->setTabChangesFocus(true);
    QStringList initial;
    const std::vector<std::string>& known = m_imported.model.metadata.classNames;
    for (std::size_t label = 0; label < known.size(); ++label)
        initial << (known[label].empty() ? QString::number(label) : QString::fromStdString(known[label]));
    m_names->setPlainText(initial.join(QLatin1Char('\n')));
    m_namesCount = new QLabel(classes);
    auto* fromFile = new QPushButton(tr("Read from a text file…"), classes);
    connect(fromFile, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Class names"), QString(),
                                                          tr("Text files (*.txt);;All files (*)"));
        if (!path.isEmpty())
            readNames(path);
    });
    auto* namesRow = new QHBoxLayout;
    namesRow->addWidget(m_namesCount, 1);
    namesRow->addWidget(fromFile);
    auto* namesLayout = new QVBoxLayout(classes);
    namesLayout->addWidget(m_names, 1);
    namesLayout->addLayout(namesRow);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("importProblem"));
    m_problem->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Open the model"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* choices = new QHBoxLayout;
    choices->addWidget(normalisation, 3);
    choices->addWidget(classes, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_layers, 1);
    layout->addLayout(choices);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    // A file ConvScope wrote brings its normalisation; another starts from none.
    const core::ModelMetadata& metadata = m_imported.model.metadata;
    if (!metadata.inputMean.empty() || !metadata.inputStd.empty()) {
        m_preset->setCurrentIndex(m_preset->count() - 1);
        m_mean->setText(numbersText(metadata.inputMean.empty() ? std::vector<float>{0.0f} : metadata.inputMean));
        m_std->setText(numbersText(metadata.inputStd.empty() ? std::vector<float>{1.0f} : metadata.inputStd));
    } else {
        applyPreset();
    }
    connect(m_preset, &QComboBox::currentIndexChanged, this, &OnnxImportDialog::applyPreset);
    connect(m_mean, &QLineEdit::textEdited, this, &OnnxImportDialog::refresh);
    connect(m_std, &QLineEdit::textEdited, this, &OnnxImportDialog::refresh);
    connect(m_names, &QPlainTextEdit::textChanged, this, &OnnxImportDialog::refresh);
    refresh();
    const int column = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    resize(column * 110, column * 80);
}

void OnnxImportDialog::applyPreset()
{
    const int preset = m_preset->currentData().toInt();
    const bool typed = preset < 0;
    m_mean->setReadOnly(!typed);
    m_std->setReadOnly(!typed);
    if (!typed) {
        m_mean->setText(QString::fromLatin1(presets[preset].mean));
        m_std->setText(QString::fromLatin1(presets[preset].deviation));
    }
    refresh();
}

std::vector<float> OnnxImportDialog::channelValues(const QLineEdit* edit, bool* ok) const
{
    std::vector<float> values;
    *ok = true;
    for (const QString& part : edit->text().split(QLatin1Char(','))) {
        bool number = false;
        const float value = QLocale::c().toFloat(part.trimmed(), &number);
        if (!number || !std::isfinite(value))
            *ok = false;
        values.push_back(value);
    }
    return values;
}

QStringList OnnxImportDialog::names() const
{
    QStringList lines = m_names->toPlainText().split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    for (QString& line : lines)
        line = line.trimmed();
    return lines;
}

QString OnnxImportDialog::problem() const
{
    const int channels = m_imported.model.spec.input.at(0);
    for (const QLineEdit* edit : {m_mean, m_std}) {
        bool ok = false;
        const std::vector<float> values = channelValues(edit, &ok);
        const QString which = edit == m_mean ? tr("mean") : tr("std");
        if (!ok)
            return tr("The %1 must be numbers separated by commas, e.g. 0.5 or 0.485, 0.456, 0.406.").arg(which);
        if (values.size() != 1 && static_cast<int>(values.size()) != channels)
            return tr("The input has %1 channels: give one %2 for all of them or one per channel, not %3.")
                .arg(channels)
                .arg(which)
                .arg(values.size());
        if (edit == m_std) {
            for (float value : values) {
                if (!(value > 0.0f))
                    return tr("A standard deviation must be above 0.");
            }
        }
    }
    const int outputs = m_imported.model.spec.outputCount();
    if (names().size() != outputs)
        return tr("The network has %1 outputs; give one class name a line for each, not %2.").arg(outputs).arg(names().size());
    return {};
}

void OnnxImportDialog::refresh()
{
    const QString text = problem();
    m_problem->setText(io::fitKoreanParticles(text));
    m_problem->setVisible(!text.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(text.isEmpty());
    m_namesCount->setText(tr("%1 of %2 names").arg(names().size()).arg(m_imported.model.spec.outputCount()));
}

bool OnnxImportDialog::readNames(const QString& path)
{
    QFile file(path);
    // A list of class names is a few kilobytes; a larger file is not one.
    constexpr qint64 maxBytes = 1 << 20;
    if (!file.open(QIODevice::ReadOnly) || file.size() > maxBytes) {
        m_problem->setText(io::fitKoreanParticles(
            file.size() > maxBytes ? tr("“%1” is too large for a list of class names.").arg(QFileInfo(path).fileName())
                                   : tr("“%1” could not be read: %2").arg(QFileInfo(path).fileName(), file.errorString())));
        m_problem->show();
        return false;
    }
    QString text = QString::fromUtf8(file.readAll());
    text.remove(QLatin1Char('\r'));
    m_names->setPlainText(text);
    return true;
}

core::Model OnnxImportDialog::model() const
{
    core::Model model = m_imported.model;
    bool ok = false;
    const std::vector<float> mean = channelValues(m_mean, &ok);
    const std::vector<float> deviation = channelValues(m_std, &ok);
    const bool none = mean == std::vector<float>{0.0f} && deviation == std::vector<float>{1.0f};
    model.metadata.inputMean = none ? std::vector<float>{} : mean;
    model.metadata.inputStd = none ? std::vector<float>{} : deviation;
    model.metadata.classNames.clear();
    for (const QString& name : names())
        model.metadata.classNames.push_back(name.toStdString());
    return model;
}

} // namespace convscope::ui
