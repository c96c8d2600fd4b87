// The main window in both languages: the compiled Korean is found, switching at run time
// rebuilds every page in the new language with its state, and the Korean interface shows no
// English beyond the names the glossary keeps. Also presentation mode, the interface zoom, the
// program-wide colour map and keyboard access to every control.
#include "tests/catch.h"
#include "tests/ui/wait_until_idle.h"

#include "ui/io/translations.h"
#include "ui/lesson_menu.h"
#include "ui/main_window.h"
#include "ui/model_origin.h"
#include "ui/shared/page.h"
#include "ui/stepper/stepper_model.h"
#include "ui/stepper/stepper_page.h"
#include "ui/widgets/step_player_bar.h"
#include "ui/widgets/tensor_view.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSet>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextDocumentFragment>

#include <string>

using namespace convscope;
using io::Translations;
using test::waitUntilIdle;
using ui::MainWindow;

namespace {

// Puts English back whatever a test did, so the tests stay independent.
struct EnglishAfterwards {
    ~EnglishAfterwards() { Translations::install(QStringLiteral("en")); }
};

// Each page's state once the pages have finished what they started on their own (loading a
// model, opening its first map): the same for several turns of the event loop.
QList<std::pair<QString, QJsonObject>> settledStates(const MainWindow& window)
{
    waitUntilIdle(window);
    const auto states = [&window] {
        QList<std::pair<QString, QJsonObject>> all;
        for (const QString& id : window.pageIds())
            if (const auto* page = dynamic_cast<const ui::Page*>(window.page(id)))
                all.append({id, page->state()});
        return all;
    };
    QList<std::pair<QString, QJsonObject>> last = states();
    QElapsedTimer clock;
    clock.start();
    int unchanged = 0;
    while (unchanged < 5 && clock.elapsed() < 30'000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QList<std::pair<QString, QJsonObject>> now = states();
        unchanged = now == last ? unchanged + 1 : 0;
        last = std::move(now);
    }
    return last;
}

QStringList lessonTitles(const MainWindow& window)
{
    const auto* list = window.findChild<QListWidget*>(QStringLiteral("lessonList"));
    REQUIRE(list != nullptr);
    QStringList titles;
    for (int row = 0; row < list->count(); ++row)
        titles << list->item(row)->text();
    return titles;
}

// Every text a student can see or hear on the widgets under `root`: labels, buttons, titles,
// list and table entries, tooltips and accessible names.
QStringList visibleTexts(QWidget* root)
{
    QStringList texts;
    const auto add = [&texts](const QString& text) {
        if (!text.isEmpty())
            texts << (Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text);
    };
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* widget : widgets) {
        add(widget->toolTip());
        add(widget->accessibleName());
        add(widget->accessibleDescription());
        add(widget->windowTitle());
        if (auto* label = qobject_cast<QLabel*>(widget))
            add(label->text());
        if (auto* button = qobject_cast<QAbstractButton*>(widget))
            add(button->text());
        if (auto* group = qobject_cast<QGroupBox*>(widget))
            add(group->title());
        if (auto* line = qobject_cast<QLineEdit*>(widget))
            add(line->placeholderText());
        if (auto* spin = qobject_cast<QAbstractSpinBox*>(widget))
            add(spin->specialValueText());
        if (auto* combo = qobject_cast<QComboBox*>(widget)) {
            for (int i = 0; i < combo->count(); ++i) {
                add(combo->itemText(i));
                add(combo->itemData(i, Qt::ToolTipRole).toString());
            }
        }
        if (auto* tabs = qobject_cast<QTabWidget*>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) {
                add(tabs->tabText(i));
                add(tabs->tabToolTip(i));
            }
        }
        if (auto* table = qobject_cast<QTableWidget*>(widget)) {
            QList<const QTableWidgetItem*> items;
            for (int c = 0; c < table->columnCount(); ++c)
                items << table->horizontalHeaderItem(c);
            for (int r = 0; r < table->rowCount(); ++r)
                for (int c = 0; c < table->columnCount(); ++c)
                    items << table->item(r, c);
            for (const QTableWidgetItem* item : items) {
                if (item != nullptr) {
                    add(item->text());
                    add(item->toolTip());
                }
            }
        }
        if (auto* list = qobject_cast<QListWidget*>(widget)) {
            for (int i = 0; i < list->count(); ++i) {
                add(list->item(i)->text());
                add(list->item(i)->toolTip());
            }
        }
        for (const QAction* action : widget->actions()) {
            add(action->text());
            add(action->toolTip());
        }
    }
    return texts;
}

// Words of three or more Latin letters that are not names the Korean interface keeps (the
// glossary's ConvScope, MNIST, ReLU, Adam, SGD, Convolved Feature; file formats; the kernel
// names Sobel, Viridis, Cividis; formula and option words such as max, conv, pad, W_out).
QStringList englishWords(const QString& text)
{
    static const QSet<QString> kept{
        QStringLiteral("ConvScope"), QStringLiteral("MNIST"),    QStringLiteral("ReLU"),      QStringLiteral("Adam"),
        QStringLiteral("SGD"),       QStringLiteral("Convolved"), QStringLiteral("Feature"),  QStringLiteral("CNN"),
        QStringLiteral("RGB"),       QStringLiteral("PNG"),      QStringLiteral("JPEG"),      QStringLiteral("BMP"),
        QStringLiteral("GIF"),       QStringLiteral("WebP"),     QStringLiteral("SVG"),       QStringLiteral("CSV"),
        QStringLiteral("PDF"),       QStringLiteral("JSON"),     QStringLiteral("Sobel"),     QStringLiteral("Viridis"),
        QStringLiteral("Cividis"),   QStringLiteral("max"),      QStringLiteral("min"),       QStringLiteral("conv"),
        QStringLiteral("pool"),      QStringLiteral("pad"),      QStringLiteral("out"),       QStringLiteral("Home"),
        QStringLiteral("End"),       QStringLiteral("Ctrl"),     QStringLiteral("Shift"),     QStringLiteral("Esc"),
        QStringLiteral("Fashion"),   QStringLiteral("softmax"),  QStringLiteral("Softmax"),   QStringLiteral("Flattening"),
        QStringLiteral("dense"),     QStringLiteral("relu"),     QStringLiteral("flatten"),   QStringLiteral("dropout"),
        QStringLiteral("csmodel"),   QStringLiteral("png"),      QStringLiteral("jpg"),       QStringLiteral("jpeg"),
        QStringLiteral("bmp"),       QStringLiteral("gif"),      QStringLiteral("webp"),      QStringLiteral("classroom"),
        QStringLiteral("PyTorch"),   QStringLiteral("idx"),      QStringLiteral("ubyte"),     QStringLiteral("avg"),
        QStringLiteral("Win"),       QStringLiteral("Wout"),     QStringLiteral("Hin"),       QStringLiteral("Hout"),
        QStringLiteral("IDX"),       QStringLiteral("EMNIST"),   QStringLiteral("gzip"),      QStringLiteral("NaN"),
        QStringLiteral("mnist"),     QStringLiteral("subset"), // the bundled dataset's folder name
        QStringLiteral("train"),     QStringLiteral("test"), // the split folders a picture folder may hold
        QStringLiteral("ONNX"),      QStringLiteral("onnx"),     QStringLiteral("Runtime"), // ONNX Runtime, a program
        // The Language menu names each language in its own words.
        QStringLiteral("English"),
    };
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{3,}"));
    QStringList found;
    for (const QRegularExpressionMatch& match : word.globalMatch(text))
        if (!kept.contains(match.captured()))
            found << match.captured();
    return found;
}

// The controls a student works with; each must be reachable with Tab. A scroll bar or a
// table's header belongs to its view, which the keyboard scrolls. Grids that only show values
// are reachable too unless a page gives their job to a button (a gallery's thumbnails).
bool isControl(const QWidget* widget)
{
    if (qobject_cast<const QScrollBar*>(widget) || qobject_cast<const QHeaderView*>(widget))
        return false;
    if (const auto* view = qobject_cast<const ui::TensorView*>(widget))
        return view->isEditable();
    return qobject_cast<const QAbstractButton*>(widget) || qobject_cast<const QAbstractSpinBox*>(widget)
        || qobject_cast<const QComboBox*>(widget) || qobject_cast<const QAbstractSlider*>(widget)
        || qobject_cast<const QLineEdit*>(widget) || qobject_cast<const QAbstractItemView*>(widget);
}

} // namespace

TEST_CASE("the translations are compiled into the program; the Korean follows the glossary, the English has plurals")
{
    const EnglishAfterwards english;
    REQUIRE(Translations::install(QStringLiteral("ko")));
    CHECK(Translations::current() == QStringLiteral("ko"));
    CHECK(QCoreApplication::translate("convscope::ui::StepperPage", "Convolved Feature")
          == QStringLiteral("컨볼루션 결과 (Convolved Feature)"));
    CHECK(QCoreApplication::translate("KernelPresetText", "Edge") == QStringLiteral("모서리"));
    CHECK(QCoreApplication::translate("convscope::ui::PoolingModel", "Max pooling") == QStringLiteral("최대값 풀링"));
    CHECK(QCoreApplication::translate("convscope::ui::StepperSettingsPanel", "Zero padding") == QStringLiteral("제로패딩"));
    // A plural keeps its count.
    CHECK(QCoreApplication::translate("convscope::ui::StepText", "(%n products)", nullptr, 9) == QStringLiteral("(곱 9개)"));

    REQUIRE(Translations::install(QStringLiteral("en")));
    CHECK(QCoreApplication::translate("KernelPresetText", "Edge") == QStringLiteral("Edge"));
    // English has its own plural forms.
    const char* loaded = "Loaded “%1”: trained for %n epoch(s).";
    CHECK(QCoreApplication::translate("convscope::ui::TrainingModel", loaded, nullptr, 1)
          == QStringLiteral("Loaded “%1”: trained for 1 epoch."));
    CHECK(QCoreApplication::translate("convscope::ui::TrainingModel", loaded, nullptr, 3)
          == QStringLiteral("Loaded “%1”: trained for 3 epochs."));
    CHECK_FALSE(Translations::install(QStringLiteral("xx")));
    CHECK(Translations::current() == QStringLiteral("en"));
}

TEST_CASE("--lang is found in both spellings")
{
    CHECK(Translations::languageArgument({QStringLiteral("convscope"), QStringLiteral("--lang"), QStringLiteral("ko")})
          == QStringLiteral("ko"));
    CHECK(Translations::languageArgument({QStringLiteral("convscope"), QStringLiteral("--lang=en")}) == QStringLiteral("en"));
    CHECK(Translations::languageArgument({QStringLiteral("convscope"), QStringLiteral("--page")}).isEmpty());
}

TEST_CASE("switching the language rebuilds every page in it and keeps each page's state")
{
    const EnglishAfterwards english;
    Translations::install(QStringLiteral("en"));
    MainWindow window;
    window.resize(1280, 800);
    window.show(); // some pages load what they show only once shown
    const QStringList englishTitles = lessonTitles(window);
    REQUIRE(englishTitles.contains(QStringLiteral("Convolution")));

    auto* stepper = qobject_cast<ui::StepperPage*>(window.page(QStringLiteral("convolution")));
    REQUIRE(stepper != nullptr);
    stepper->model()->setStride(2);
    stepper->model()->player()->setPosition(3);
    QCoreApplication::processEvents();
    const QJsonObject before = stepper->state();
    const QString lastPage = window.pageIds().constLast();
    REQUIRE(window.showPage(lastPage));
    // Every page that hands over its state must get back exactly the same.
    const QList<std::pair<QString, QJsonObject>> pageStates = settledStates(window);
    CHECK(pageStates.size() == window.pageIds().size());

    waitUntilIdle(window);
    REQUIRE(window.setLanguage(QStringLiteral("ko")));
    QCoreApplication::processEvents();
    CHECK(window.currentPageId() == lastPage);
    CHECK(lessonTitles(window).contains(QStringLiteral("컨볼루션")));
    CHECK(window.windowTitle() == QStringLiteral("ConvScope"));
    const QStringList menus = [&] {
        QStringList titles;
        for (QAction* action : window.menuBar()->actions())
            titles << action->text();
        return titles;
    }();
    CHECK(menus.contains(QStringLiteral("언어(&L)")));

    const QList<std::pair<QString, QJsonObject>> rebuiltStates = settledStates(window);
    REQUIRE(rebuiltStates.size() == pageStates.size());
    for (qsizetype i = 0; i < pageStates.size(); ++i) {
        CAPTURE(pageStates[i].first.toStdString(),
                QJsonDocument(pageStates[i].second).toJson(QJsonDocument::Compact).toStdString(),
                QJsonDocument(rebuiltStates[i].second).toJson(QJsonDocument::Compact).toStdString());
        CHECK(rebuiltStates[i] == pageStates[i]);
    }
    auto* rebuilt = qobject_cast<ui::StepperPage*>(window.page(QStringLiteral("convolution")));
    REQUIRE(rebuilt != nullptr);
    CHECK(rebuilt->model()->stride() == 2);
    CHECK(rebuilt->model()->player()->position() == 3);
    CHECK(rebuilt->state() == before);

    waitUntilIdle(window);
    REQUIRE(window.setLanguage(QStringLiteral("en")));
    CHECK(lessonTitles(window) == englishTitles);
    CHECK_FALSE(window.setLanguage(QStringLiteral("de")));
}

TEST_CASE("the Korean interface shows no English beyond the names it keeps")
{
    const EnglishAfterwards english;
    Translations::install(QStringLiteral("ko"));
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    waitUntilIdle(window);
    QStringList leftovers;
    for (const QString& id : window.pageIds()) {
        window.showPage(id);
        for (int i = 0; i < 3; ++i)
            QCoreApplication::processEvents();
        for (const QString& text : visibleTexts(window.page(id))) {
            if (const QStringList words = englishWords(text); !words.isEmpty())
                leftovers << id + QStringLiteral(": \"") + text + QStringLiteral("\" (") + words.join(QStringLiteral(", "))
                        + QLatin1Char(')');
        }
    }
    for (QAction* menu : window.menuBar()->actions())
        for (const QString& text : visibleTexts(menu->menu()))
            if (!englishWords(text).isEmpty())
                leftovers << QStringLiteral("menu: ") + text;
    leftovers.removeDuplicates();
    INFO("English left in the Korean interface:\n  " << leftovers.join(QStringLiteral("\n  ")).toStdString());
    CHECK(leftovers.isEmpty());
}

TEST_CASE("presentation mode keeps the stepping controls and enlarges the text; zoom scales every font")
{
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QCoreApplication::processEvents();
    const double base = QApplication::font().pointSizeF();
    auto* stepper = qobject_cast<ui::StepperPage*>(window.page(QStringLiteral("convolution")));
    REQUIRE(stepper != nullptr);
    const QList<QWidget*> settings = stepper->presentationHidden();
    REQUIRE_FALSE(settings.isEmpty());
    QWidget* controls = stepper->controls();
    REQUIRE(controls->isVisible());
    auto* lessons = window.findChild<QListWidget*>(QStringLiteral("lessonList"));
    const double lessonFont = lessons->font().pointSizeF();
    // The page begins right beside the lesson list, which shows its longest title whole.
    const auto besideList = [&] {
        QCoreApplication::processEvents();
        const int listRight = lessons->mapTo(&window, QPoint(lessons->width(), 0)).x();
        const int pageLeft = window.page(window.currentPageId())->mapTo(&window, QPoint(0, 0)).x();
        CHECK(lessons->width() >= lessons->sizeHintForColumn(0));
        return pageLeft - listRight;
    };
    CHECK(besideList() < 16);

    window.setPresenting(true);
    CHECK(window.isPresenting());
    CHECK(QApplication::font().pointSizeF() == Approx(base * MainWindow::presentationScale));
    CHECK_FALSE(settings.constFirst()->isVisible());
    CHECK(controls->isVisible());
    CHECK_FALSE(lessons->isVisible());
    // A widget that chose its own size keeps its proportion to the text.
    CHECK(lessons->font().pointSizeF() == Approx(lessonFont * MainWindow::presentationScale));

    window.setPresenting(false);
    CHECK(QApplication::font().pointSizeF() == Approx(base));
    CHECK(settings.constFirst()->isVisible());
    CHECK(lessons->isVisible());

    window.setZoom(1.5);
    CHECK(QApplication::font().pointSizeF() == Approx(base * 1.5));
    CHECK(lessons->font().pointSizeF() == Approx(lessonFont * 1.5));
    CHECK(besideList() < 16);
    window.setZoom(100.0);
    CHECK(window.zoom() == MainWindow::maximumZoom);
    window.setZoom(1.0);
    CHECK(QApplication::font().pointSizeF() == Approx(base));
    CHECK(lessons->font().pointSizeF() == Approx(lessonFont));
}

TEST_CASE("one colour map for every view, and back to each view's own")
{
    MainWindow window;
    const QList<ui::TensorView*> views = window.findChildren<ui::TensorView*>();
    REQUIRE(views.size() >= 3);
    QList<ui::ColourMapKind> own;
    for (const ui::TensorView* view : views)
        own << view->colourMap();
    REQUIRE(own.contains(ui::ColourMapKind::Grey));

    ui::TensorView::setProgramColourMap(ui::ColourMapKind::Cividis);
    for (const ui::TensorView* view : views)
        CHECK(view->colourMap() == ui::ColourMapKind::Cividis);
    ui::TensorView later;
    later.setColourMap(ui::ColourMapKind::BlueOrange);
    CHECK(later.colourMap() == ui::ColourMapKind::Cividis);

    ui::TensorView::setProgramColourMap(std::nullopt);
    for (qsizetype i = 0; i < views.size(); ++i)
        CHECK(views[i]->colourMap() == own[i]);
    CHECK(later.colourMap() == ui::ColourMapKind::BlueOrange);
}

TEST_CASE("every control of every page is reachable with Tab")
{
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QStringList unreachable;
    for (const QString& id : window.pageIds()) {
        window.showPage(id);
        QCoreApplication::processEvents();
        for (QWidget* widget : window.page(id)->findChildren<QWidget*>()) {
            if (!isControl(widget) || !widget->isVisible() || !widget->isEnabled())
                continue;
            // Parts of a composite control (a spin box's line edit, a view's in-cell editor) are
            // reached through their owner.
            if (qobject_cast<QLineEdit*>(widget) && widget->focusProxy() == nullptr
                && (qobject_cast<QAbstractSpinBox*>(widget->parentWidget()) || qobject_cast<QComboBox*>(widget->parentWidget())
                    || qobject_cast<ui::TensorView*>(widget->parentWidget())))
                continue;
            if (!(widget->focusPolicy() & Qt::TabFocus))
                unreachable << id + QStringLiteral(": ") + QString::fromLatin1(widget->metaObject()->className())
                        + QStringLiteral(" “") + (widget->accessibleName().isEmpty() ? widget->objectName() : widget->accessibleName())
                        + QStringLiteral("”");
        }
    }
    INFO("Controls Tab never reaches:\n  " << unreachable.join(QStringLiteral("\n  ")).toStdString());
    CHECK(unreachable.isEmpty());
}

TEST_CASE("texts the window keeps are worded in the language of the moment, not the one they were made in")
{
    const EnglishAfterwards english;
    Translations::install(QStringLiteral("en"));
    MainWindow window;
    waitUntilIdle(window);
    const QList<ui::LessonMenu::Shipped> shipped = ui::LessonMenu::shippedLessons();
    REQUIRE_FALSE(shipped.isEmpty());
    REQUIRE(window.openLesson(shipped.first().path).isEmpty());
    const QString englishTitle = window.windowTitle();
    CHECK(englishTitle.startsWith(shipped.first().title));

    waitUntilIdle(window);
    REQUIRE(window.setLanguage(QStringLiteral("ko")));
    const QString koreanTitle = ui::LessonMenu::shippedTitle(shipped.first().path);
    CHECK(koreanTitle != shipped.first().title);
    CHECK(window.windowTitle().startsWith(koreanTitle));
    CHECK(ui::ModelOrigin::trainedHere().text() == QStringLiteral("학습 페이지에서 학습함"));
    CHECK(ui::ModelOrigin::shipped().text() != QStringLiteral("shipped with ConvScope"));
    CHECK(ui::ModelOrigin::file(QStringLiteral("my.csmodel")).text() == QStringLiteral("my.csmodel"));

    waitUntilIdle(window);
    REQUIRE(window.setLanguage(QStringLiteral("en")));
    CHECK(window.windowTitle() == englishTitle);
    CHECK(ui::ModelOrigin::trainedHere().text() == QStringLiteral("trained on the Training page"));
}
