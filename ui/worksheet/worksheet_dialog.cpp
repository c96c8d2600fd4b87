#include "ui/worksheet/worksheet_dialog.h"

#include "core/worksheet.h"
#include "ui/io/translations.h"
#include "ui/io/worksheet_pdf.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <algorithm>

namespace convscope::ui {

WorksheetDialog::WorksheetDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Print a worksheet"));

    auto* explanation = new QLabel(tr("A small image and a kernel to convolve by hand, the output size question and an empty "
                                      "output grid, with the answers on a second page. The same number gives the same "
                                      "worksheet again: it is printed at the foot of each page."),
                                   this);
    explanation->setWordWrap(true);

    m_seed = new QSpinBox(this);
    m_seed->setRange(0, static_cast<int>(core::maxWorksheetSeed));
    m_seed->setAccessibleName(tr("Worksheet number"));
    auto* randomButton = new QPushButton(tr("&Random"), this);
    randomButton->setToolTip(tr("Choose another worksheet number at random"));
    connect(randomButton, &QPushButton::clicked, this,
            [this] { setSeed(QRandomGenerator::global()->bounded(core::maxWorksheetSeed + 1)); });
    auto* seedRow = new QHBoxLayout;
    seedRow->addWidget(m_seed, 1);
    seedRow->addWidget(randomButton);

    m_language = new QComboBox(this);
    for (const QString& language : io::Translations::languages())
        m_language->addItem(io::Translations::nativeName(language), language);
    setLanguage(io::Translations::current());

    auto* form = new QFormLayout;
    auto* seedLabel = new QLabel(tr("Worksheet &number:"), this);
    seedLabel->setBuddy(m_seed); // the field is a row of two widgets: the mnemonic needs a buddy
    form->addRow(seedLabel, seedRow);
    form->addRow(tr("&Language of the sheet:"), m_language);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* saveButton = buttons->addButton(tr("&Save as PDF…"), QDialogButtonBox::AcceptRole);
    saveButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(saveButton, &QPushButton::clicked, this, &WorksheetDialog::saveAs);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);

    setSeed(QRandomGenerator::global()->bounded(core::maxWorksheetSeed + 1));
}

void WorksheetDialog::addMenuAction(QMenu* fileMenu, QWidget* parent)
{
    fileMenu->addAction(tr("Print a &worksheet…"), parent, [parent] {
        WorksheetDialog dialog(parent);
        dialog.exec();
    });
}

std::uint32_t WorksheetDialog::seed() const
{
    return static_cast<std::uint32_t>(m_seed->value());
}

void WorksheetDialog::setSeed(std::uint32_t seed)
{
    m_seed->setValue(static_cast<int>(std::min(seed, core::maxWorksheetSeed)));
}

QString WorksheetDialog::language() const
{
    return m_language->currentData().toString();
}

void WorksheetDialog::setLanguage(const QString& language)
{
    const int index = m_language->findData(language);
    if (index >= 0)
        m_language->setCurrentIndex(index);
}

QString WorksheetDialog::saveTo(const QString& path) const
{
    return io::WorksheetPdf::save(core::makeWorksheet(seed()), language(), path);
}

void WorksheetDialog::saveAs()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QDir::homePath();
    const QString suggested = QDir(folder).filePath(QStringLiteral("worksheet-%1.pdf").arg(seed()));
    QString path = QFileDialog::getSaveFileName(this, tr("Save the worksheet"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    const QString error = saveTo(path);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Print a worksheet"), error);
        return;
    }
    accept();
}

} // namespace convscope::ui
