#include "ui/widgets/pytorch_code_dialog.h"

#include "ui/io/korean_particles.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QVBoxLayout>

namespace convscope::ui {

PytorchCodeDialog::PytorchCodeDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("The network as PyTorch code"));
    setObjectName(QStringLiteral("pytorchCodeDialog"));
    auto* intro = new QLabel(tr("The same layers in PyTorch, each line commented with its ConvScope layer and its output "
                                "[W, H, K], and a training loop with the same settings. Run it with "
                                "<code>python3 network.py --data FOLDER</code> on a folder of MNIST files."),
                             this);
    intro->setWordWrap(true);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->hide();
    m_view = new QPlainTextEdit(this);
    m_view->setObjectName(QStringLiteral("pytorchCode"));
    m_view->setReadOnly(true);
    m_view->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setAccessibleName(tr("PyTorch code"));
    m_status = new QLabel(this);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* copyButton = buttons->addButton(tr("Copy"), QDialogButtonBox::ActionRole);
    QPushButton* saveButton = buttons->addButton(tr("Save…"), QDialogButtonBox::ActionRole);
    connect(copyButton, &QPushButton::clicked, this, &PytorchCodeDialog::copy);
    connect(saveButton, &QPushButton::clicked, this, &PytorchCodeDialog::saveDialog);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_problem);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    const int column = m_view->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    resize(column * 100, column * 70);
}

void PytorchCodeDialog::setCode(const QString& code, const QString& problem)
{
    if (code == m_view->toPlainText() && problem == m_problem->text())
        return; // a training run reports often; the code changes with the layers and settings only
    const int scroll = m_view->verticalScrollBar() ? m_view->verticalScrollBar()->value() : 0;
    m_view->setPlainText(code);
    if (m_view->verticalScrollBar())
        m_view->verticalScrollBar()->setValue(scroll);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_status->clear();
}

QString PytorchCodeDialog::code() const
{
    return m_view->toPlainText();
}

void PytorchCodeDialog::copy()
{
    QApplication::clipboard()->setText(code());
    m_status->setText(tr("Copied."));
}

bool PytorchCodeDialog::saveTo(const QString& path)
{
    QSaveFile file(path);
    const QByteArray bytes = code().toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        m_status->setText(io::fitKoreanParticles(
            tr("“%1” could not be written: %2").arg(QFileInfo(path).fileName(), file.errorString())));
        return false;
    }
    m_status->setText(io::fitKoreanParticles(tr("Saved as “%1”.").arg(QFileInfo(path).fileName())));
    return true;
}

void PytorchCodeDialog::saveDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the PyTorch code"), QStringLiteral("network.py"),
                                                      tr("Python files (*.py)"));
    if (!path.isEmpty())
        saveTo(path);
}

} // namespace convscope::ui
