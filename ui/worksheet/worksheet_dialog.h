#pragma once

#include <QDialog>
#include <QString>

#include <cstdint>

class QComboBox;
class QMenu;
class QSpinBox;

namespace convscope::ui {

// File ▸ Print a worksheet…: a worksheet's number (the seed, with a button for a random one) and
// the language of the sheet, saved as a two-page PDF by io::WorksheetPdf, the same code as
// `convscope-cli worksheet --seed N --lang ko|en --output FILE.pdf`.
class WorksheetDialog : public QDialog {
    Q_OBJECT

public:
    explicit WorksheetDialog(QWidget* parent = nullptr);

    // The File menu's entry, opening this dialog over `parent`.
    static void addMenuAction(QMenu* fileMenu, QWidget* parent);

    std::uint32_t seed() const;
    void setSeed(std::uint32_t seed);
    QString language() const; // "en" or "ko"
    void setLanguage(const QString& language);

    // Writes the chosen worksheet to `path` atomically; empty on success, else the message.
    QString saveTo(const QString& path) const;

private:
    void saveAs();

    QSpinBox* m_seed = nullptr;
    QComboBox* m_language = nullptr;
};

} // namespace convscope::ui
