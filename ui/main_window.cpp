#include "ui/main_window.h"

#include "ui/activation/activation_model.h"
#include "ui/activation/activation_page.h"
#include "ui/camera/live_controls.h"
#include "ui/camera/live_source.h"
#include "ui/camera/record_panel.h"
#include "ui/edit_history.h"
#include "ui/help/help_window.h"
#include "ui/io/korean_particles.h"
#include "ui/io/translations.h"
#include "ui/lesson_menu.h"
#include "ui/model_store.h"
#include "ui/network/network_page.h"
#include "ui/output_size/output_size_page.h"
#include "ui/pooling/pooling_model.h"
#include "ui/pooling/pooling_page.h"
#include "ui/shared/page.h"
#include "ui/shared/quiz_session.h"
#include "ui/shared/setting.h"
#include "ui/stepper/stepper_model.h"
#include "ui/stepper/stepper_page.h"
#include "ui/training/training_model.h"
#include "ui/training/training_page.h"
#include "ui/widgets/colour_map.h"
#include "ui/widgets/note_banner.h"
#include "ui/widgets/page_stack.h"
#include "ui/widgets/tensor_view.h"
#include "ui/worksheet/worksheet_dialog.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QElapsedTimer>
#include <QTimer>
#include <QHash>
#include <QJsonObject>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QShortcut>
#include <QSplitter>
#include <QToolBar>
#include <QToolButton>
#include <QHBoxLayout>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <optional>
#include <utility>

namespace convscope::ui {

namespace {

Setting<QByteArray> windowGeometry{"window/geometry", QByteArray()};
Setting<QString> windowPage{"window/page", QStringLiteral("convolution")};
// Empty: follow the system's language.
Setting<QString> chosenLanguage{"view/language", QString()};
Setting<double> zoomSetting{"view/zoom", 1.0};
// A ColourMap::id(), or empty for each view's own colour map.
Setting<QString> colourMapSetting{"view/colourMap", QString()};

// One notch of Ctrl + or Ctrl −.
constexpr double zoomStep = 1.15;

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_lessonList(new QListWidget)
    , m_pages(new PageStack)
{
    m_baseFont = QApplication::font();
    m_pendingLessonTimer = new QTimer(this);
    m_pendingLessonTimer->setInterval(50);
    connect(m_pendingLessonTimer, &QTimer::timeout, this, &MainWindow::retryPendingLesson);
    // The presentation toolbar appears at once: animated, the page under it was laid out again
    // (charts and all) at every step of the slide.
    setAnimated(false);
    m_lessonList->setObjectName(QStringLiteral("lessonList"));
    {
        QFont font = m_lessonList->font();
        font.setPointSizeF(font.pointSizeF() * 1.15);
        m_lessonList->setFont(font);
    }
    m_lessonList->setSpacing(3);

    m_splitter = new QSplitter;
    m_splitter->addWidget(m_lessonList);
    m_splitter->addWidget(m_pages);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setCollapsible(1, false);
    m_noteBanner = new NoteBanner;
    auto* central = new QWidget;
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_noteBanner);
    centralLayout->addWidget(m_splitter, 1);
    setCentralWidget(central);
    connect(m_lessonList, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_pages, &QStackedWidget::currentChanged, this, [this] {
        if (m_edits)
            m_edits->setCurrent(currentPageId());
    });
    // A click in the list hands the keyboard to the page, so Space and the arrows work at once.
    connect(m_lessonList, &QListWidget::itemClicked, this, [this] {
        if (QWidget* current = m_pages->currentPage())
            current->setFocus(Qt::OtherFocusReason);
    });

    // Esc leaves presentation mode; outside it Esc stays with the widgets (an editor, a selection).
    m_leaveShortcut = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    m_leaveShortcut->setEnabled(false);
    connect(m_leaveShortcut, &QShortcut::activated, this, [this] { setPresenting(false); });
    ColourMapKind storedMap;
    if (ColourMap::fromId(colourMapSetting.get(), &storedMap))
        TensorView::setProgramColourMap(storedMap);
    m_edits = new EditHistory(this);
    createMenus();

    m_modelStore = new ModelStore(this);
    m_liveSource = new LiveSource(this);
    createPages();

    resize(1280, 800);
    restoreSettings();
    attachHistories();
}

void MainWindow::attachHistories()
{
    for (const QString& id : std::as_const(m_ids))
        m_edits->attach(id, page(id));
    m_edits->setCurrent(currentPageId());
}

void MainWindow::createPages()
{
    addPage(new StepperPage, tr("Convolution"), QStringLiteral("convolution"));
    auto* activation = new ActivationPage(m_liveSource);
    addPage(activation, tr("Activation maps"), QStringLiteral("activation-maps"));
    addPage(new PoolingPage(activation->currentMap()), tr("Pooling"), QStringLiteral("pooling"));
    addPage(new OutputSizePage, tr("Output size"), QStringLiteral("output-size"));
    addPage(new TrainingPage(m_modelStore), tr("Train a CNN"), QStringLiteral("training"));
    auto* network = new NetworkPage(m_modelStore, m_liveSource);
    addPage(network, tr("Inside the network"), QStringLiteral("network"));
    connectNetworkPage(network);
    connectLivePages(activation, network);
}

void MainWindow::connectNetworkPage(NetworkPage* network)
{
    static_assert(ConvStepRequest::maxChannels <= StepperModel::maxChannels);
    static_assert(PoolStepRequest::gridSide <= PoolingModel::maxInputSide);
    // Pages are looked up when asked, so the links hold after rebuildPages().
    connect(network, &NetworkPage::openConvolutionStep, this, [this](const ConvStepRequest& request) {
        auto* stepper = qobject_cast<StepperPage*>(page(QStringLiteral("convolution")));
        if (stepper && stepper->model()->showNetworkStep(request))
            showPage(QStringLiteral("convolution"));
    });
    connect(network, &NetworkPage::openPoolingStep, this, [this](const PoolStepRequest& request) {
        auto* pooling = qobject_cast<PoolingPage*>(page(QStringLiteral("pooling")));
        if (!pooling
            || !pooling->model()->showNetworkStep(request.grid, request.mode, request.window, request.stride,
                                                  request.outY, request.outX))
            return;
        pooling->model()->setSourceMap(request.map, request.title, ColourMapKind::BlueOrange);
        showPage(QStringLiteral("pooling"));
    });
    connect(network, &NetworkPage::applyKernel, this, [this](const core::Tensor& kernel) {
        if (auto* activation = qobject_cast<ActivationPage*>(page(QStringLiteral("activation-maps")))) {
            activation->model()->setCustomKernel(kernel);
            showPage(QStringLiteral("activation-maps"));
        }
    });
    connect(network, &NetworkPage::trainingPageRequested, this, [this] { showPage(QStringLiteral("training")); });
}

void MainWindow::connectLivePages(ActivationPage* activation, NetworkPage* network)
{
    // Each page offers the frame to the other: the camera's picture of a digit read by the network,
    // or its maps. The frame is held first, so the page sent to keeps it instead of the next one.
    const auto send = [this](const QString& id) {
        return [this, id](const QImage& frame) {
            m_liveSource->setFrozen(true);
            const QString name = m_liveSource->sourceName();
            if (auto* target = qobject_cast<ActivationPage*>(page(id)))
                target->model()->openImage(frame, name);
            else if (auto* other = qobject_cast<NetworkPage*>(page(id)))
                other->openImage(frame, name);
            showPage(id);
        };
    };
    connect(activation, &ActivationPage::liveFrameShown, this, &MainWindow::liveFrameShown);
    connect(network, &NetworkPage::liveFrameShown, this, &MainWindow::liveFrameShown);
    // The recorded folder becomes the Training page's dataset.
    const auto train = [this](const QString& root) {
        if (auto* training = qobject_cast<TrainingPage*>(page(QStringLiteral("training")))) {
            m_liveSource->setFrozen(true);
            training->loadPictureFolder(root);
            showPage(QStringLiteral("training"));
        }
    };
    activation->liveControls()->recordPanel()->setTrainAction(train);
    network->liveControls()->recordPanel()->setTrainAction(train);
    activation->liveControls()->addSendTarget(tr("Inside the network"), send(QStringLiteral("network")));
    network->liveControls()->addSendTarget(tr("Activation maps"), send(QStringLiteral("activation-maps")));
}

void MainWindow::createMenus()
{
    // The help window reads the menus' shortcuts and speaks the language it was made in: it goes
    // with them and comes back, showing the same entry, once the new menus are in place.
    QString helpShown;
    if (m_help) {
        if (m_help->isVisible())
            helpShown = m_help->shownPage().isEmpty() ? HelpWindow::shortcutsEntryId() : m_help->shownPage();
        delete m_help;
    }
    qDeleteAll(m_menus);
    m_menus.clear();
    menuBar()->clear();
    delete menuBar()->cornerWidget(Qt::TopRightCorner);
    delete m_toolBar;
    setWindowTitle(m_lessonTitle.isEmpty() ? tr("ConvScope") : tr("%1 – ConvScope").arg(lessonTitle()));
    m_lessonList->setAccessibleName(tr("Lessons"));
    m_noteBanner->retranslate();

    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    LessonMenu::addActions(fileMenu, this);
    WorksheetDialog::addMenuAction(fileMenu, this);
    fileMenu->addSeparator();
    fileMenu->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu* editMenu = menuBar()->addMenu(tr("&Edit"));
    m_edits->addActions(editMenu);

    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    m_presentAction = viewMenu->addAction(QString());
    m_presentAction->setCheckable(true);
    m_presentAction->setChecked(m_presenting);
    m_presentAction->setShortcut(QKeySequence(Qt::Key_F11));
    updatePresentAction();
    m_presentAction->setToolTip(tr("Full screen with larger text and only the stepping controls (F11; Esc leaves)"));
    connect(m_presentAction, &QAction::toggled, this, &MainWindow::setPresenting);
    viewMenu->addSeparator();
    viewMenu->addAction(tr("Zoom &in"), QKeySequence::ZoomIn, this, [this] { setZoom(m_zoom * zoomStep); });
    // Ctrl+= too: on most keyboards + needs Shift.
    QAction* zoomIn = viewMenu->actions().constLast();
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    viewMenu->addAction(tr("Zoom &out"), QKeySequence::ZoomOut, this, [this] { setZoom(m_zoom / zoomStep); });
    viewMenu->addAction(tr("&Actual size"), QKeySequence(Qt::CTRL | Qt::Key_0), this, [this] { setZoom(1.0); });
    viewMenu->addSeparator();

    QMenu* coloursMenu = viewMenu->addMenu(tr("&Colour map"));
    coloursMenu->setToolTipsVisible(true);
    auto* colourGroup = new QActionGroup(coloursMenu);
    const auto addColourChoice = [&](const QString& text, std::optional<ColourMapKind> kind) {
        QAction* action = coloursMenu->addAction(text);
        action->setCheckable(true);
        action->setChecked(TensorView::programColourMap() == kind);
        colourGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, kind] {
            setProgramColourMap(kind);
            colourMapSetting.set(kind ? ColourMap::id(*kind) : QString());
        });
    };
    addColourChoice(tr("As each view chooses"), std::nullopt);
    coloursMenu->addSeparator();
    for (ColourMapKind kind : ColourMap::all())
        addColourChoice(ColourMap::displayName(kind), kind);
    coloursMenu->actions().constFirst()->setToolTip(
        tr("Images in grey, signed values in blue–orange, as each page chose"));

    QMenu* languageMenu = menuBar()->addMenu(tr("&Language"));
    auto* languageGroup = new QActionGroup(languageMenu);
    for (const QString& language : io::Translations::languages()) {
        // Each language in its own words, so anyone can find theirs.
        QAction* action = languageMenu->addAction(io::Translations::nativeName(language));
        action->setCheckable(true);
        action->setChecked(language == io::Translations::current());
        languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, language] {
            // Queued: the menu and this action are replaced by the switch.
            QMetaObject::invokeMethod(this, [this, language] {
                if (setLanguage(language))
                    chosenLanguage.set(language);
            }, Qt::QueuedConnection);
        });
    }

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    m_guideAction = helpMenu->addAction(tr("&Guide to this page"), QKeySequence::HelpContents, this,
                                        [this] { showHelp(currentPageId()); });
    m_guideAction->setIconText(tr("Guide"));
    m_guideAction->setToolTip(tr("What to try on this page and what to notice (F1)"));
    helpMenu->addAction(tr("&Keyboard shortcuts"), this, [this] { showHelp(HelpWindow::shortcutsEntryId()); });
    helpMenu->addSeparator();
    helpMenu->addAction(tr("&About ConvScope"), this, [this] {
        QMessageBox::about(this, tr("About ConvScope"),
                           tr("ConvScope %1\nSee how convolutional neural networks see: convolution step by step, "
                              "activation maps, pooling and output sizes, as in the lecture.")
                               .arg(QApplication::applicationVersion()));
    });
    m_menus = {fileMenu, editMenu, viewMenu, languageMenu, helpMenu};

    // The button beside the menus; in presentation mode, where the menus are hidden, a toolbar
    // holds it instead.
    auto* cornerButtons = new QWidget(menuBar());
    auto* cornerLayout = new QHBoxLayout(cornerButtons);
    cornerLayout->setContentsMargins(0, 0, 0, 0);
    cornerLayout->setSpacing(0);
    for (QAction* action : {m_guideAction, m_presentAction}) {
        auto* button = new QToolButton;
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setAutoRaise(true);
        cornerLayout->addWidget(button);
    }
    menuBar()->setCornerWidget(cornerButtons, Qt::TopRightCorner);
    cornerButtons->show(); // a widget added to a menu bar already shown stays hidden otherwise
    m_toolBar = new QToolBar(tr("Presentation"), this);
    m_toolBar->setObjectName(QStringLiteral("presentationToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addAction(m_presentAction);
    m_toolBar->setVisible(m_presenting);
    addToolBar(Qt::TopToolBarArea, m_toolBar);
    if (!helpShown.isEmpty())
        showHelp(helpShown);
}

HelpWindow* MainWindow::helpWindow() const
{
    return m_help;
}

void MainWindow::showHelp(const QString& entry)
{
    if (!m_help)
        m_help = new HelpWindow(m_ids, m_menus, this);
    if (entry == HelpWindow::shortcutsEntryId())
        m_help->showShortcuts();
    else
        m_help->showGuide(entry);
    m_help->show();
    m_help->raise();
    m_help->activateWindow();
}

bool MainWindow::setLanguage(const QString& language)
{
    if (!io::Translations::languages().contains(language))
        return false;
    if (language == io::Translations::current())
        return true;
    if (activity() != Page::Activity::Idle) {
        QMessageBox::information(this, tr("Language"),
                                 tr("A training run is in progress. Switch the language when it has finished "
                                    "or after stopping it."));
        createMenus(); // puts the check mark back on the current language
        return false;
    }
    if (!io::Translations::install(language))
        return false;
    createMenus();
    rebuildPages();
    return true;
}

QString MainWindow::preferredLanguage()
{
    const QString chosen = chosenLanguage.get();
    return io::Translations::languages().contains(chosen) ? chosen : io::Translations::systemLanguage();
}

void MainWindow::rebuildPages()
{
    const QString shown = currentPageId();
    QHash<QString, QJsonObject> states;
    for (int i = 0; i < m_pages->count(); ++i) {
        if (const auto* page = dynamic_cast<const Page*>(m_pages->page(i)))
            states.insert(m_ids.value(i), page->state());
    }
    m_hiddenForPresentation.clear();
    m_lessonList->clear();
    m_ids.clear();
    m_edits->detachAll();
    while (m_pages->count() > 0)
        m_pages->deletePage(0);
    createPages();
    for (int i = 0; i < m_pages->count(); ++i) {
        if (auto* page = dynamic_cast<Page*>(m_pages->page(i)); page && states.contains(m_ids.value(i)))
            page->setState(states.value(m_ids.value(i)));
    }
    // The same states again: the pages keep their undo steps, named in the new language.
    attachHistories();
    m_edits->retranslate();
    if (!showPage(shown))
        showPage(lectureOrder().constFirst());
    m_hiddenByLesson.clear();
    for (const QString& id : std::as_const(m_settingsHidden))
        applySettingsHiding(id);
    if (m_presenting)
        applyPresentationHiding();
}

void MainWindow::setPresenting(bool presenting)
{
    if (presenting == m_presenting)
        return;
    m_presenting = presenting;
    m_leaveShortcut->setEnabled(presenting);
    if (m_presentAction->isChecked() != presenting)
        m_presentAction->setChecked(presenting);
    m_lessonList->setVisible(!presenting);
    limitPageWidth();
    menuBar()->setVisible(!presenting);
    m_toolBar->setVisible(presenting);
    TensorView::setPresentationScale(presenting ? presentationScale : 1.0);
    applyFontScale(m_zoom * (presenting ? presentationScale : 1.0));
    if (presenting) {
        m_statesBeforePresenting = windowState();
        applyPresentationHiding();
        showFullScreen();
    } else {
        for (const QPointer<QWidget>& widget : std::as_const(m_hiddenForPresentation))
            if (widget)
                widget->show();
        m_hiddenForPresentation.clear();
        setWindowState(m_statesBeforePresenting);
    }
    updatePresentAction();
}

void MainWindow::updatePresentAction()
{
    m_presentAction->setText(m_presenting ? tr("Leave &presentation mode") : tr("&Presentation mode"));
    // The button's text, without the menu's mnemonic.
    m_presentAction->setIconText(m_presenting ? tr("Leave presentation") : tr("Present"));
}

void MainWindow::applyPresentationHiding()
{
    for (int i = 0; i < m_pages->count(); ++i) {
        const auto* page = dynamic_cast<const Page*>(m_pages->page(i));
        if (page == nullptr)
            continue;
        for (QWidget* widget : page->presentationHidden()) {
            // Only what is shown now, so leaving the mode brings back exactly that.
            if (widget && !widget->isHidden()) {
                widget->hide();
                m_hiddenForPresentation.append(widget);
            }
        }
    }
}

void MainWindow::setZoom(double zoom)
{
    m_zoom = std::clamp(zoom, minimumZoom, maximumZoom);
    // Back to exactly 1 after zooming in and out again.
    if (std::abs(m_zoom - 1.0) < 0.02)
        m_zoom = 1.0;
    zoomSetting.set(m_zoom);
    applyFontScale(m_zoom * (m_presenting ? presentationScale : 1.0));
}

void MainWindow::applyFontScale(double scale)
{
    if (std::abs(scale - m_fontScale) < 1e-6)
        return;
    const double ratio = scale / m_fontScale;
    m_fontScale = scale;
    // Widgets that chose their own size (titles 1.3 times the text, say) keep that proportion:
    // their fonts are scaled by the same ratio, the rest follow the application font.
    QList<std::pair<QPointer<QWidget>, QFont>> ownFonts;
    for (QWidget* widget : findChildren<QWidget*>()) {
        if (!widget->testAttribute(Qt::WA_SetFont) || !(widget->font().resolveMask() & QFont::SizeResolved))
            continue;
        QFont font = widget->font();
        if (font.pointSizeF() > 0)
            font.setPointSizeF(font.pointSizeF() * ratio);
        else
            font.setPixelSize(std::max(1, static_cast<int>(std::lround(font.pixelSize() * ratio))));
        ownFonts.append({widget, font});
    }
    QFont font = m_baseFont;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(m_baseFont.pointSizeF() * scale);
    else
        font.setPixelSize(std::max(1, static_cast<int>(std::lround(m_baseFont.pixelSize() * scale))));
    QApplication::setFont(font);
    TensorView::setFontScale(scale);
    for (const auto& [widget, own] : ownFonts)
        if (widget)
            widget->setFont(own);
    fitLessonList();
}

void MainWindow::fitLessonList()
{
    // Wide enough for the longest title, no wider.
    const int width = m_lessonList->sizeHintForColumn(0) + 40;
    // No narrower either: a page that needs more room scrolls rather than cutting the titles.
    m_lessonList->setFixedWidth(width);
    limitPageWidth();
    // The splitter keeps the width it gave the list before (at first a list's default size hint,
    // wider than this), which left an empty band beside the list.
    QList<int> sizes = m_splitter->sizes();
    if (sizes.size() == 2 && sizes[0] != width) {
        sizes[1] = std::max(1, sizes[1] + sizes[0] - width);
        sizes[0] = width;
        m_splitter->setSizes(sizes);
    }
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
    QWidget* shown = m_pages->currentPage();
    page->setObjectName(id);
    m_ids.insert(row, id);
    m_pages->insertPage(static_cast<int>(row), page);
    m_lessonList->insertItem(static_cast<int>(row), title);
    m_lessonList->item(static_cast<int>(row))->setData(Qt::UserRole, id);
    // The page shown before stays shown; the first page added becomes the current one.
    m_lessonList->setCurrentRow(m_pages->indexOfPage(shown ? shown : page));
    fitLessonList();
}

QStringList MainWindow::pageIds() const
{
    return m_ids;
}

QWidget* MainWindow::page(const QString& id) const
{
    const qsizetype index = m_ids.indexOf(id);
    return index < 0 ? nullptr : m_pages->page(static_cast<int>(index));
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
    if (const double zoom = zoomSetting.get(); zoom != 1.0)
        setZoom(zoom);
}

void MainWindow::saveSettings() const
{
    windowGeometry.set(saveGeometry());
    windowPage.set(currentPageId());
}

void MainWindow::resizeEvent(QResizeEvent* event)
{
    QMainWindow::resizeEvent(event);
    limitPageWidth();
}

void MainWindow::limitPageWidth()
{
    // A page scrolls sideways rather than widening the window: before the window is shown it may
    // take the screen's width, after that only the window's own.
    const QScreen* shownOn = screen();
    const int room = isVisible() || shownOn == nullptr ? width() : shownOn->availableGeometry().width();
    const int list = m_lessonList->isHidden() ? 0 : m_lessonList->minimumWidth() + m_splitter->handleWidth();
    m_pages->setMinimumWidthLimit(room - list);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

io::Lesson MainWindow::lesson(const QString& title, QStringList* notes) const
{
    io::Lesson lesson;
    lesson.title = title;
    lesson.page = currentPageId();
    lesson.note = m_lessonNote;
    if (const std::optional<ColourMapKind> kind = TensorView::programColourMap())
        lesson.colourMap = ColourMap::id(*kind);
    QStringList pictureNotes;
    for (int i = 0; i < m_pages->count(); ++i) {
        if (const auto* page = dynamic_cast<const Page*>(m_pages->page(i))) {
            QJsonObject state = page->lessonState(pictureNotes);
            QuizSession::leaveOutProgress(state);
            lesson.pages.insert(m_ids.value(i), state);
        }
        if (m_settingsHidden.contains(m_ids.value(i)))
            lesson.hiddenControls.append(m_ids.value(i));
    }
    if (notes)
        notes->append(pictureNotes);
    return lesson;
}

QString MainWindow::checkLesson(const io::Lesson& lesson) const
{
    if (!m_ids.contains(lesson.page))
        return io::fitKoreanParticles(
            tr("The lesson opens the page “%1”, which this ConvScope does not have; the pages are: %2.")
                .arg(lesson.page, m_ids.join(QStringLiteral(", "))));
    if (!lesson.colourMap.isEmpty()) {
        ColourMapKind kind;
        if (!ColourMap::fromId(lesson.colourMap, &kind)) {
            QStringList ids;
            for (ColourMapKind known : ColourMap::all())
                ids.append(ColourMap::id(known));
            return io::fitKoreanParticles(
                tr("The lesson asks for the colour map “%1”, which this ConvScope does not have; the colour maps "
                   "are: %2.")
                    .arg(lesson.colourMap, ids.join(QStringLiteral(", "))));
        }
    }
    for (const QString& id : lesson.hiddenControls) {
        if (!m_ids.contains(id))
            return io::fitKoreanParticles(
                tr("The lesson hides the settings of the page “%1”, which this ConvScope does not have.").arg(id));
    }
    // A run would be changed under its feet; the dataset a fresh Training page loads is not (the
    // language switch gives new pages their states while they load it too).
    if (activity() == Page::Activity::Running)
        return tr("A training run is in progress. Open the lesson when it has finished or after stopping it.");
    return {};
}

QString MainWindow::applyLesson(const io::Lesson& lesson)
{
    // Everything is checked before anything changes, so a refused lesson leaves the window as it was.
    if (const QString refusal = checkLesson(lesson); !refusal.isEmpty())
        return refusal;
    const bool switchesLanguage = !lesson.language.isEmpty() && lesson.language != io::Translations::current();
    if (switchesLanguage && activity() == Page::Activity::Preparing) {
        // Rebuilding the pages would throw away a dataset being read (a window opened with the
        // lesson): the lesson waits for it while the events go on, and a later lesson replaces it.
        m_pendingLesson = lesson;
        m_pendingLessonWait.start();
        m_pendingLessonTimer->start();
        return {};
    }
    m_pendingLesson.reset();
    m_pendingLessonTimer->stop();
    return showLesson(lesson);
}

void MainWindow::retryPendingLesson()
{
    if (!m_pendingLesson) {
        m_pendingLessonTimer->stop();
        return;
    }
    if (activity() == Page::Activity::Preparing && m_pendingLessonWait.elapsed() < maxLessonWaitMs)
        return;
    m_pendingLessonTimer->stop();
    const io::Lesson lesson = *std::exchange(m_pendingLesson, std::nullopt);
    QString error = checkLesson(lesson); // a run may have started meanwhile
    if (error.isEmpty())
        error = activity() == Page::Activity::Idle
            ? showLesson(lesson)
            : tr("The interface could not switch to the lesson’s language “%1”.").arg(lesson.language);
    // Nobody is waiting for an answer any more: the window says what went wrong itself (a window
    // that only renders a screenshot has nobody to tell).
    if (!error.isEmpty() && !testAttribute(Qt::WA_DontShowOnScreen))
        QMessageBox::warning(this, tr("Open lesson"), error);
    emit pendingLessonFinished(error);
}

QString MainWindow::showLesson(const io::Lesson& lesson)
{
    if (!lesson.language.isEmpty() && !setLanguage(lesson.language))
        return tr("The interface could not switch to the lesson’s language “%1”.").arg(lesson.language);
    std::optional<ColourMapKind> colourMap;
    if (ColourMapKind kind; !lesson.colourMap.isEmpty() && ColourMap::fromId(lesson.colourMap, &kind))
        colourMap = kind;
    // States of pages this version does not have are ignored, as a page ignores unknown keys.
    for (int i = 0; i < m_pages->count(); ++i) {
        if (auto* page = dynamic_cast<Page*>(m_pages->page(i)); page && lesson.pages.contains(m_ids.value(i)))
            page->setState(lesson.pages.value(m_ids.value(i)).toObject());
    }
    // Undo does not reach behind a lesson: it replaced what the pages showed.
    m_edits->restartAll();
    setProgramColourMap(colourMap);
    for (const QString& id : m_ids)
        setSettingsHidden(id, lesson.hiddenControls.contains(id));
    showPage(lesson.page);
    m_lessonTitle = lesson.title;
    m_lessonNote = lesson.note;
    m_noteBanner->showNote(lesson.note);
    createMenus(); // the colour map's check mark and the window title
    return {};
}

Page::Activity MainWindow::activity() const
{
    Page::Activity busiest = Page::Activity::Idle;
    for (int i = 0; i < m_pages->count(); ++i) {
        if (const auto* page = dynamic_cast<const Page*>(m_pages->page(i)))
            busiest = std::max(busiest, page->activity());
    }
    return busiest;
}

void MainWindow::setProgramColourMap(std::optional<ColourMapKind> kind)
{
    TensorView::setProgramColourMap(kind);
    for (int i = 0; i < m_pages->count(); ++i)
        if (auto* page = dynamic_cast<Page*>(m_pages->page(i)))
            page->programColourMapChanged();
}

QString MainWindow::lessonTitle() const
{
    return LessonMenu::shownTitle(m_lessonTitle);
}

QString MainWindow::openLesson(const QString& path)
{
    io::LessonReadResult read = io::readLessonFile(path);
    if (!read.ok())
        return read.error;
    // A shipped lesson is titled in the interface's language, whichever it is when shown.
    if (const QString shipped = LessonMenu::shippedSourceTitle(path); !shipped.isEmpty())
        read.lesson.title = shipped;
    return applyLesson(read.lesson);
}

void MainWindow::setSettingsHidden(const QString& id, bool hidden)
{
    if (hidden == m_settingsHidden.contains(id))
        return;
    if (hidden) {
        m_settingsHidden.insert(id);
        applySettingsHiding(id);
        return;
    }
    m_settingsHidden.remove(id);
    for (const QPointer<QWidget>& widget : m_hiddenByLesson.take(id))
        if (widget)
            widget->show();
}

void MainWindow::applySettingsHiding(const QString& id)
{
    const auto* page = dynamic_cast<const Page*>(this->page(id));
    if (page == nullptr)
        return;
    QList<QPointer<QWidget>>& hidden = m_hiddenByLesson[id];
    for (QWidget* widget : page->presentationHidden()) {
        // Only what is shown now, so showing the settings again brings back exactly that.
        if (widget && !widget->isHidden()) {
            widget->hide();
            hidden.append(widget);
        }
    }
}

} // namespace convscope::ui
