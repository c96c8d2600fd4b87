#include "ui/main_window.h"

#include "ui/activation/activation_page.h"
#include "ui/model_store.h"
#include "ui/output_size/output_size_page.h"
#include "ui/pooling/pooling_page.h"
#include "ui/stepper/stepper_page.h"
#include "ui/training/training_page.h"
#include "ui/widgets/setting.h"

#include <QApplication>
#include <QCloseEvent>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>

namespace convscope::ui {

namespace {

Setting<QByteArray> windowGeometry{"window/geometry", QByteArray()};
Setting<QString> windowPage{"window/page", QStringLiteral("convolution")};

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_lessonList(new QListWidget)
    , m_pages(new QStackedWidget)
{
    setWindowTitle(tr("ConvScope"));
    m_lessonList->setObjectName(QStringLiteral("lessonList"));
    m_lessonList->setAccessibleName(tr("Lessons"));
    {
        QFont font = m_lessonList->font();
        font.setPointSizeF(font.pointSizeF() * 1.15);
        m_lessonList->setFont(font);
    }
    m_lessonList->setSpacing(3);

    auto* splitter = new QSplitter;
    splitter->addWidget(m_lessonList);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setCollapsible(1, false);
    setCentralWidget(splitter);
    connect(m_lessonList, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    // A click in the list hands the keyboard to the page, so Space and the arrows work at once.
    connect(m_lessonList, &QListWidget::itemClicked, this, [this] {
        if (QWidget* current = m_pages->currentWidget())
            current->setFocus(Qt::OtherFocusReason);
    });

    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About ConvScope"), this, [this] {
        QMessageBox::about(this, tr("About ConvScope"),
                           tr("ConvScope %1\nSee how convolutional neural networks see: convolution step by step, "
                              "activation maps, pooling and output sizes, as in the lecture.")
                               .arg(QApplication::applicationVersion()));
    });

    m_modelStore = new ModelStore(this);
    addPage(new StepperPage, tr("Convolution"), QStringLiteral("convolution"));
    auto* activation = new ActivationPage;
    addPage(activation, tr("Activation maps"), QStringLiteral("activation-maps"));
    addPage(new PoolingPage(activation->currentMap()), tr("Pooling"), QStringLiteral("pooling"));
    addPage(new OutputSizePage, tr("Output size"), QStringLiteral("output-size"));
    addPage(new TrainingPage(m_modelStore), tr("Train a CNN"), QStringLiteral("training"));

    resize(1280, 800);
    restoreSettings();
}

const QStringList& MainWindow::lectureOrder()
{
    static const QStringList order{QStringLiteral("convolution"), QStringLiteral("activation-maps"),
                                   QStringLiteral("pooling"),     QStringLiteral("output-size"),
                                   QStringLiteral("training"),    QStringLiteral("network")};
    return order;
}

void MainWindow::addPage(QWidget* page, const QString& title, const QString& id)
{
    const auto rank = [](const QString& pageId) {
        const qsizetype index = lectureOrder().indexOf(pageId);
        return index < 0 ? lectureOrder().size() : index;
    };
    // Insert before the first page that comes later in the lecture.
    qsizetype row = 0;
    while (row < m_ids.size() && rank(m_ids[row]) <= rank(id))
        ++row;
    QWidget* shown = m_pages->currentWidget();
    page->setObjectName(id);
    m_ids.insert(row, id);
    m_pages->insertWidget(static_cast<int>(row), page);
    m_lessonList->insertItem(static_cast<int>(row), title);
    m_lessonList->item(static_cast<int>(row))->setData(Qt::UserRole, id);
    // The page shown before stays shown; the first page added becomes the current one.
    m_lessonList->setCurrentRow(m_pages->indexOf(shown ? shown : page));
    // Wide enough for the longest title, no wider.
    m_lessonList->setMaximumWidth(m_lessonList->sizeHintForColumn(0) + 40);
}

QStringList MainWindow::pageIds() const
{
    return m_ids;
}

QWidget* MainWindow::page(const QString& id) const
{
    const qsizetype index = m_ids.indexOf(id);
    return index < 0 ? nullptr : m_pages->widget(static_cast<int>(index));
}

QString MainWindow::currentPageId() const
{
    const int index = m_pages->currentIndex();
    return index < 0 ? QString() : m_ids.value(index);
}

bool MainWindow::showPage(const QString& id)
{
    const qsizetype index = m_ids.indexOf(id);
    if (index < 0)
        return false;
    m_lessonList->setCurrentRow(static_cast<int>(index));
    return true;
}

void MainWindow::restoreSettings()
{
    if (const QByteArray geometry = windowGeometry.get(); !geometry.isEmpty())
        restoreGeometry(geometry);
    if (!showPage(windowPage.get()))
        showPage(windowPage.defaultValue());
}

void MainWindow::saveSettings() const
{
    windowGeometry.set(saveGeometry());
    windowPage.set(currentPageId());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace convscope::ui
