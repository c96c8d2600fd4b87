#include "ui/main_window.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QSplitter>
#include <QStackedWidget>

namespace convscope::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_lessonList(new QListWidget)
    , m_pages(new QStackedWidget)
{
    setWindowTitle(tr("ConvScope"));
    auto* splitter = new QSplitter;
    splitter->addWidget(m_lessonList);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    setCentralWidget(splitter);
    connect(m_lessonList, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    resize(1280, 800);
}

void MainWindow::addPage(QWidget* page, const QString& title)
{
    m_pages->addWidget(page);
    m_lessonList->addItem(title);
}

} // namespace convscope::ui
