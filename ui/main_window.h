#pragma once

#include <QMainWindow>

class QListWidget;
class QStackedWidget;

namespace convscope::ui {

// The lessons in the lecture's order in a side list, one page each.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);

private:
    void addPage(QWidget* page, const QString& title);

    QListWidget* m_lessonList = nullptr;
    QStackedWidget* m_pages = nullptr;
};

} // namespace convscope::ui
