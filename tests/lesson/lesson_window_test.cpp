// Lessons in the main window: a saved lesson opens in a fresh window on the same page with every
// page's settings, the colour map and the hidden settings; a lesson the window cannot show is
// refused with nothing changed; and every shipped lesson opens on its page with the lecture's numbers.
#include "tests/ui/catch_qstring.h"
#include "tests/ui/wait_until_idle.h"

#include "core/pool2d.h"
#include "ui/activation/activation_model.h"
#include "ui/activation/activation_page.h"
#include "ui/io/lesson_file.h"
#include "ui/io/translations.h"
#include "ui/lesson_menu.h"
#include "ui/main_window.h"
#include "ui/output_size/layer_stack.h"
#include "ui/output_size/output_size_model.h"
#include "ui/output_size/output_size_page.h"
#include "ui/pooling/pooling_grid_lesson.h"
#include "ui/pooling/pooling_model.h"
#include "ui/pooling/pooling_page.h"
#include "ui/shared/page.h"
#include "ui/shared/quiz_session.h"
#include "ui/stepper/stepper_model.h"
#include "ui/stepper/stepper_page.h"
#include "ui/widgets/tensor_view.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <array>
#include <vector>

namespace Catch {
template <>
struct StringMaker<QJsonObject> {
    static std::string convert(const QJsonObject& value) { return QJsonDocument(value).toJson(QJsonDocument::Compact).toStdString(); }
};
} // namespace Catch

using namespace convscope;
using test::waitUntilIdle;
using ui::MainWindow;

namespace {

// Puts the program-wide colour map and English back whatever a test did.
struct Restore {
    ~Restore()
    {
        ui::TensorView::setProgramColourMap(std::nullopt);
        io::Translations::install(QStringLiteral("en"));
    }
};

template <typename PageType>
PageType* pageOf(const MainWindow& window, const char* id)
{
    auto* page = qobject_cast<PageType*>(window.page(QString::fromLatin1(id)));
    REQUIRE(page != nullptr);
    return page;
}

std::vector<float> valuesOf(const core::Tensor& tensor)
{
    return {tensor.values().begin(), tensor.values().end()};
}

// A page's settings: its state without the student's quiz session (answers, score), whose own
// round trip the quiz tests check.
QJsonObject stateOf(const MainWindow& window, const char* id)
{
    const auto* page = dynamic_cast<const ui::Page*>(window.page(QString::fromLatin1(id)));
    REQUIRE(page != nullptr);
    QJsonObject state = page->state();
    state.remove(QStringLiteral("quiz"));
    return state;
}

bool allHidden(const QList<QWidget*>& widgets)
{
    for (const QWidget* widget : widgets)
        if (!widget->isHidden())
            return false;
    return !widgets.isEmpty();
}

} // namespace

TEST_CASE("a saved lesson opens in a fresh window exactly as it was", "[lesson]")
{
    const Restore restore;
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("stride.convscope"));

    QJsonObject convolution, pooling, outputSize;
    {
        MainWindow teacher;
        waitUntilIdle(teacher);
        ui::StepperModel* stepper = pageOf<ui::StepperPage>(teacher, "convolution")->model();
        stepper->setStride(2);
        stepper->setPadding(1);
        REQUIRE(stepper->setImageValue(0, 2, 3, 7.0f));
        stepper->player()->setPosition(3);
        ui::PoolingModel* poolModel = pageOf<ui::PoolingPage>(teacher, "pooling")->model();
        poolModel->setWindow(3);
        poolModel->setFocus(core::PoolMode::Average);
        poolModel->setMapMode(core::PoolMode::Min);
        pageOf<ui::OutputSizePage>(teacher, "output-size")->model()->setSettings(ui::OutputSizeSettings::mnistExample());
        ui::TensorView::setProgramColourMap(ui::ColourMapKind::Cividis);
        teacher.setSettingsHidden(QStringLiteral("pooling"), true);
        REQUIRE(teacher.showPage(QStringLiteral("pooling")));

        convolution = stateOf(teacher, "convolution");
        pooling = stateOf(teacher, "pooling");
        outputSize = stateOf(teacher, "output-size");
        CHECK(convolution.value(QStringLiteral("stride")).toInt() == 2);
        CHECK(convolution.value(QStringLiteral("position")).toInt() == 3);
        REQUIRE(io::writeLessonFile(path, teacher.lesson(QStringLiteral("stride"))).isEmpty());
    }
    ui::TensorView::setProgramColourMap(std::nullopt);

    MainWindow student;
    waitUntilIdle(student);
    CHECK(student.currentPageId() != QStringLiteral("pooling"));
    REQUIRE(student.openLesson(path) == QString());
    CHECK(student.currentPageId() == QStringLiteral("pooling"));
    CHECK(student.lessonTitle() == QStringLiteral("stride"));
    CHECK(student.windowTitle().startsWith(QStringLiteral("stride")));
    CHECK(ui::TensorView::programColourMap() == ui::ColourMapKind::Cividis);
    CHECK(stateOf(student, "convolution") == convolution);
    CHECK(stateOf(student, "pooling") == pooling);
    CHECK(stateOf(student, "output-size") == outputSize);

    const ui::StepperModel* stepper = pageOf<ui::StepperPage>(student, "convolution")->model();
    CHECK(stepper->stride() == 2);
    CHECK(stepper->padding() == 1);
    CHECK(stepper->image().at(0, 2, 3) == 7.0f);
    CHECK(stepper->player()->position() == 3);
    const ui::PoolingModel* poolModel = pageOf<ui::PoolingPage>(student, "pooling")->model();
    CHECK(poolModel->window() == 3);
    CHECK(poolModel->focus() == core::PoolMode::Average);
    CHECK(poolModel->mapMode() == core::PoolMode::Min);

    // The pooling page's settings are hidden, the convolution page's are not; both survive a
    // language switch, and showing them again brings them all back.
    auto* poolingPage = pageOf<ui::PoolingPage>(student, "pooling");
    CHECK(student.settingsHidden(QStringLiteral("pooling")));
    CHECK(allHidden(poolingPage->presentationHidden()));
    CHECK_FALSE(student.settingsHidden(QStringLiteral("convolution")));
    CHECK_FALSE(pageOf<ui::StepperPage>(student, "convolution")->presentationHidden().constFirst()->isHidden());
    REQUIRE(student.setLanguage(QStringLiteral("ko")));
    poolingPage = pageOf<ui::PoolingPage>(student, "pooling");
    CHECK(allHidden(poolingPage->presentationHidden()));
    CHECK(student.lesson(QString()).hiddenControls == QStringList{QStringLiteral("pooling")});
    student.setSettingsHidden(QStringLiteral("pooling"), false);
    for (const QWidget* widget : poolingPage->presentationHidden())
        CHECK_FALSE(widget->isHidden());
}

TEST_CASE("a lesson naming a language switches the interface to it", "[lesson]")
{
    const Restore restore;
    MainWindow window;
    waitUntilIdle(window);
    io::Lesson lesson = window.lesson(QStringLiteral("합성곱"));
    lesson.language = QStringLiteral("ko");
    lesson.page = QStringLiteral("output-size");
    REQUIRE(window.applyLesson(lesson) == QString());
    CHECK(io::Translations::current() == QStringLiteral("ko"));
    CHECK(window.currentPageId() == QStringLiteral("output-size"));
    CHECK(window.windowTitle().startsWith(QStringLiteral("합성곱")));
}

TEST_CASE("a lesson in another language waits for the pages still reading their data", "[lesson]")
{
    const Restore restore;
    io::Lesson lesson;
    {
        MainWindow teacher;
        waitUntilIdle(teacher);
        lesson = teacher.lesson(QStringLiteral("합성곱"));
    }
    lesson.language = QStringLiteral("ko");
    lesson.page = QStringLiteral("pooling");
    io::Lesson later = lesson;
    later.page = QStringLiteral("output-size");

    // A window just opened with a lesson: its Training page is reading the bundled digits.
    MainWindow window;
    REQUIRE(window.activity() == ui::Page::Activity::Preparing);
    QStringList finished;
    QObject::connect(&window, &MainWindow::pendingLessonFinished, [&finished](const QString& error) { finished << error; });
    REQUIRE(window.applyLesson(lesson) == QString());
    CHECK(window.isLessonPending());
    CHECK(io::Translations::current() == QStringLiteral("en")); // nothing changed yet
    // The lesson opened last wins.
    REQUIRE(window.applyLesson(later) == QString());
    waitUntilIdle(window);
    CHECK(finished == QStringList{QString()});
    CHECK(io::Translations::current() == QStringLiteral("ko"));
    CHECK(window.currentPageId() == QStringLiteral("output-size"));
    CHECK(window.windowTitle().startsWith(QStringLiteral("합성곱")));

    SECTION("a window closed while its lesson waits")
    {
        auto* closing = new MainWindow;
        lesson.language = QStringLiteral("en");
        REQUIRE(closing->applyLesson(lesson) == QString());
        CHECK(closing->isLessonPending());
        delete closing;
        QCoreApplication::processEvents();
    }
}

TEST_CASE("a lesson the window cannot show is refused and nothing changes", "[lesson]")
{
    const Restore restore;
    MainWindow window;
    waitUntilIdle(window);
    REQUIRE(window.showPage(QStringLiteral("convolution")));
    const QJsonObject before = stateOf(window, "convolution");

    io::Lesson lesson = window.lesson(QStringLiteral("changed"));
    QJsonObject changed = before;
    changed.insert(QStringLiteral("stride"), 3);
    lesson.pages.insert(QStringLiteral("convolution"), changed);

    SECTION("an unknown page")
    {
        lesson.page = QStringLiteral("recurrent");
        CHECK(window.applyLesson(lesson).contains(QStringLiteral("“recurrent”")));
    }
    SECTION("an unknown colour map")
    {
        lesson.page = QStringLiteral("pooling");
        lesson.colourMap = QStringLiteral("rainbow");
        const QString error = window.applyLesson(lesson);
        CHECK(error.contains(QStringLiteral("“rainbow”")));
        CHECK(error.contains(QStringLiteral("viridis")));
    }
    SECTION("settings hidden on an unknown page")
    {
        lesson.hiddenControls = {QStringLiteral("quiz")};
        CHECK(window.applyLesson(lesson).contains(QStringLiteral("“quiz”")));
    }
    SECTION("a damaged file names the file")
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("broken.convscope"));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(io::formatLesson(lesson).left(40));
        file.close();
        CHECK(window.openLesson(path).startsWith(QStringLiteral("broken.convscope: ")));
    }
    CHECK(window.currentPageId() == QStringLiteral("convolution"));
    CHECK(stateOf(window, "convolution") == before);
    CHECK_FALSE(ui::TensorView::programColourMap().has_value());
    CHECK(window.lessonTitle().isEmpty());
}

TEST_CASE("every shipped lesson opens on its page with the lecture's numbers", "[lesson]")
{
    const Restore restore;
    const QList<ui::LessonMenu::Shipped> shipped = ui::LessonMenu::shippedLessons();
    REQUIRE(shipped.size() == 5);
    for (const ui::LessonMenu::Shipped& lesson : shipped) {
        CHECK_FALSE(lesson.title.isEmpty());
        CHECK(ui::LessonMenu::shippedTitle(lesson.path) == lesson.title);
    }

    MainWindow window;
    waitUntilIdle(window);
    const auto open = [&window, &shipped](int index) {
        REQUIRE(window.openLesson(shipped.at(index).path) == QString());
        CHECK(window.lessonTitle() == shipped.at(index).title);
    };

    SECTION("1: the lecture's 5×5 convolution")
    {
        open(0);
        CHECK(window.currentPageId() == QStringLiteral("convolution"));
        const ui::StepperModel* stepper = pageOf<ui::StepperPage>(window, "convolution")->model();
        CHECK(valuesOf(stepper->image())
              == std::vector<float>{1, 1, 1, 0, 0, 0, 1, 1, 1, 0, 0, 0, 1, 1, 1, 0, 0, 1, 1, 0, 0, 1, 1, 0, 0});
        CHECK(valuesOf(stepper->kernels()) == std::vector<float>{1, 0, 1, 0, 1, 0, 1, 0, 1});
        CHECK(stepper->stride() == 1);
        CHECK(stepper->padding() == 0);
        CHECK(valuesOf(stepper->output()) == std::vector<float>{4, 3, 4, 2, 4, 3, 2, 3, 4});
    }
    SECTION("2: stride 2 with zero padding 1")
    {
        open(1);
        CHECK(window.currentPageId() == QStringLiteral("convolution"));
        const ui::StepperModel* stepper = pageOf<ui::StepperPage>(window, "convolution")->model();
        CHECK(stepper->stride() == 2);
        CHECK(stepper->padding() == 1);
        // (5 − 3 + 2·1)/2 + 1 = 3 on each side.
        CHECK(stepper->output().dim(1) == 3);
        CHECK(stepper->output().dim(2) == 3);
        CHECK(valuesOf(stepper->output()) == std::vector<float>{2, 3, 1, 1, 4, 3, 0, 2, 1});
    }
    SECTION("3: edges of the lecture's car")
    {
        open(2);
        CHECK(window.currentPageId() == QStringLiteral("activation-maps"));
        const ui::ActivationModel* activation = pageOf<ui::ActivationPage>(window, "activation-maps")->model();
        CHECK(activation->presetId(activation->selection()) == "edge");
        CHECK(stateOf(window, "activation-maps").value(QStringLiteral("picture")).toString()
              == QStringLiteral(":/samples/car.png"));
    }
    SECTION("4: max and average pooling")
    {
        open(3);
        CHECK(window.currentPageId() == QStringLiteral("pooling"));
        const ui::PoolingModel* pooling = pageOf<ui::PoolingPage>(window, "pooling")->model();
        CHECK(pooling->window() == 2);
        CHECK(pooling->stride() == 2);
        CHECK(valuesOf(pooling->output(core::PoolMode::Max)) == std::vector<float>{6, 8, 3, 4});
    }
    SECTION("5: output size of the lecture's MNIST layer and the classroom CNN")
    {
        open(4);
        CHECK(window.currentPageId() == QStringLiteral("output-size"));
        const ui::OutputSizeModel* model = pageOf<ui::OutputSizePage>(window, "output-size")->model();
        CHECK(model->settings() == ui::OutputSizeSettings::mnistExample());
        CHECK(model->outputShape().width == 14);
        CHECK(model->outputShape().height == 14);
        CHECK(model->outputShape().channels == 64);
        // The classroom CNN: conv 8 3×3 pad 1, max pool 2, conv 16 3×3 pad 1, max pool 2 on 28×28×1.
        const std::vector<ui::StackRow> rows = model->stack().evaluate();
        REQUIRE(rows.size() == 4);
        const std::vector<std::array<int, 3>> shapes{{28, 28, 8}, {14, 14, 8}, {14, 14, 16}, {7, 7, 16}};
        for (std::size_t i = 0; i < rows.size(); ++i) {
            CHECK(rows[i].valid);
            CHECK(std::array<int, 3>{rows[i].shape.width, rows[i].shape.height, rows[i].shape.channels} == shapes[i]);
        }
        CHECK(rows[0].parameters == 8 * (1 * 3 * 3 + 1));
        CHECK(rows[2].parameters == 16 * (8 * 3 * 3 + 1));
    }
}

TEST_CASE("a lesson saved mid-quiz opens with the same answers, score and question asked", "[lesson][quiz]")
{
    const Restore restore;
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("quiz.convscope"));

    QJsonObject quiz, poolingQuiz, outputSizeQuiz;
    {
        MainWindow student;
        waitUntilIdle(student);
        auto* page = pageOf<ui::StepperPage>(student, "convolution");
        page->model()->resetToLectureExample();
        page->quiz()->setOn(true);
        QCoreApplication::processEvents();
        REQUIRE(page->quiz()->isAsking());
        CHECK(page->quiz()->answerValue(QStringLiteral("4"), 4.0f).isEmpty());
        page->model()->player()->setPosition(2);
        QCoreApplication::processEvents();
        REQUIRE(page->quiz()->isAsking());
        CHECK(page->quiz()->answerValue(QStringLiteral("5"), 3.0f).isEmpty());
        quiz = page->state().value(QStringLiteral("quiz")).toObject();
        REQUIRE(quiz.value(QStringLiteral("answers")).toObject().size() == 2);

        auto* pooling = pageOf<ui::PoolingPage>(student, "pooling");
        pooling->model()->resetToExample();
        pooling->model()->setFocus(core::PoolMode::Average);
        pooling->model()->player()->setPosition(1);
        pooling->grid()->quiz()->setOn(true);
        QCoreApplication::processEvents();
        REQUIRE(pooling->grid()->quiz()->isAsking());
        CHECK(pooling->grid()->quiz()->answerValue(QStringLiteral("13/4"), 3.25f).isEmpty());
        poolingQuiz = pooling->state().value(QStringLiteral("quiz")).toObject();

        auto* outputSize = pageOf<ui::OutputSizePage>(student, "output-size");
        outputSize->model()->loadMnistExample();
        outputSize->quiz()->setOn(true);
        QCoreApplication::processEvents();
        REQUIRE(outputSize->quiz()->isAsking());
        const QStringList typed{QStringLiteral("14"), QStringLiteral("14"), QStringLiteral("64")};
        CHECK(outputSize->quiz()->answerCounts(typed, {14, 14, 64}, {}).isEmpty());
        outputSizeQuiz = outputSize->state().value(QStringLiteral("quiz")).toObject();
        // In Korean: the pages are built again in the lesson's language before taking their states.
        io::Lesson lesson = student.lesson(QStringLiteral("quiz"));
        lesson.language = QStringLiteral("ko");
        REQUIRE(io::writeLessonFile(path, lesson).isEmpty());
    }

    MainWindow again;
    waitUntilIdle(again);
    REQUIRE(again.openLesson(path) == QString());
    auto* page = pageOf<ui::StepperPage>(again, "convolution");
    QCoreApplication::processEvents();
    CHECK(page->state().value(QStringLiteral("quiz")).toObject() == quiz);
    CHECK(page->quiz()->score() == core::QuizScore{1, 2});
    CHECK(page->quiz()->verdict() == false);
    auto* pooling = pageOf<ui::PoolingPage>(again, "pooling");
    CHECK(pooling->state().value(QStringLiteral("quiz")).toObject() == poolingQuiz);
    CHECK(pooling->grid()->quiz()->verdict() == true);
    auto* outputSize = pageOf<ui::OutputSizePage>(again, "output-size");
    CHECK(outputSize->state().value(QStringLiteral("quiz")).toObject() == outputSizeQuiz);
    CHECK(outputSize->quiz()->verdict() == true);
}
