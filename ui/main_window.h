#pragma once

#include <QMainWindow>
#include <QString>
#include <QStringList>

class QListWidget;
class QStackedWidget;

namespace convscope::ui {

class ModelStore;

// The lessons in the lecture's order in a side list, one page each. Remembers its size and the
// page last shown (see ui/widgets/setting.h; nothing is read or written while storage is off).
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);

    // The page ids in the lecture's order: convolution, activation-maps, pooling, output-size,
    // training, network. --page and the settings use these ids.
    static const QStringList& lectureOrder();

    // Lists a page under a stable id; pages appear in lectureOrder() whatever the order of the
    // calls (unknown ids go last). Only pages that exist are listed. One line per page:
    //   addPage(new PoolingPage, tr("Pooling"), QStringLiteral("pooling"));
    void addPage(QWidget* page, const QString& title, const QString& id);

    QStringList pageIds() const;
    QWidget* page(const QString& id) const;
    QString currentPageId() const;
    // False when no page has that id.
    bool showPage(const QString& id);
    // The trained model the pages share: the Training page hands its model to the network views.
    ModelStore* modelStore() const { return m_modelStore; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void restoreSettings();
    void saveSettings() const;

    QListWidget* m_lessonList = nullptr;
    QStackedWidget* m_pages = nullptr;
    QStringList m_ids; // parallel to the list rows and the stacked pages
    ModelStore* m_modelStore = nullptr;
};

} // namespace convscope::ui
