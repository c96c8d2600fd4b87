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
#include "ui/widgets/note_banner.h"
#include "ui/widgets/tensor_view.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
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

TEST_CASE("a lesson saved mid-quiz hands every student a fresh quiz; a language switch keeps the score", "[lesson][quiz]")
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

        // The pages built again in Korean keep the student's answers and score.
        REQUIRE(student.setLanguage(QStringLiteral("ko")));
        CHECK(pageOf<ui::StepperPage>(student, "convolution")->state().value(QStringLiteral("quiz")).toObject() == quiz);
        CHECK(pageOf<ui::StepperPage>(student, "convolution")->quiz()->score() == core::QuizScore{1, 2});
        CHECK(pageOf<ui::PoolingPage>(student, "pooling")->state().value(QStringLiteral("quiz")).toObject() == poolingQuiz);
        CHECK(pageOf<ui::OutputSizePage>(student, "output-size")->state().value(QStringLiteral("quiz")).toObject()
              == outputSizeQuiz);
        io::Lesson lesson = student.lesson(QStringLiteral("quiz"));
        lesson.language = QStringLiteral("ko");
        REQUIRE(io::writeLessonFile(path, lesson).isEmpty());
    }

    MainWindow again;
    waitUntilIdle(again);
    REQUIRE(again.openLesson(path) == QString());
    QCoreApplication::processEvents();
    // The quiz is on as the teacher left it, nothing answered, the question on screen asked.
    const QJsonObject fresh{{QStringLiteral("on"), true}};
    auto* page = pageOf<ui::StepperPage>(again, "convolution");
    const QJsonObject saved = io::readLessonFile(path).lesson.pages;
    for (const char* id : {"convolution", "pooling", "output-size"})
        CHECK(saved.value(QLatin1String(id)).toObject().value(QStringLiteral("quiz")).toObject() == fresh);
    CHECK(page->quiz()->isOn());
    CHECK(page->quiz()->score() == core::QuizScore{0, 0});
    CHECK(page->quiz()->isAsking());
    auto* pooling = pageOf<ui::PoolingPage>(again, "pooling");
    CHECK(pooling->grid()->quiz()->score() == core::QuizScore{0, 0});
    CHECK(pooling->grid()->quiz()->isAsking());
    auto* outputSize = pageOf<ui::OutputSizePage>(again, "output-size");
    CHECK(outputSize->quiz()->score() == core::QuizScore{0, 0});
    CHECK(outputSize->quiz()->isAsking());
}

TEST_CASE("a lesson carries its pictures, so it opens the same where the files are gone", "[lesson]")
{
    const Restore restore;
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QString picture = folder.filePath(QStringLiteral("gradient.png"));
    QImage gradient(40, 30, QImage::Format_RGB32);
    for (int y = 0; y < gradient.height(); ++y)
        for (int x = 0; x < gradient.width(); ++x)
            gradient.setPixel(x, y, qRgb(x * 6, y * 8, 100));
    REQUIRE(gradient.save(picture));
    const QString path = folder.filePath(QStringLiteral("pictures.convscope"));

    QStringList notes;
    {
        MainWindow teacher;
        waitUntilIdle(teacher);
        REQUIRE(pageOf<ui::ActivationPage>(teacher, "activation-maps")->model()->openFile(picture));
        REQUIRE(io::writeLessonFile(path, teacher.lesson(QStringLiteral("pictures"), &notes)).isEmpty());
    }
    CHECK(notes.isEmpty());
    REQUIRE(QFile::remove(picture));

    MainWindow student;
    waitUntilIdle(student);
    REQUIRE(student.openLesson(path) == QString());
    waitUntilIdle(student);
    const ui::ActivationModel* activation = pageOf<ui::ActivationPage>(student, "activation-maps")->model();
    CHECK(activation->lastError() == QString());
    CHECK(activation->pictureName() == QStringLiteral("gradient.png"));
    CHECK(activation->originalSize() == QSize(40, 30));
    CHECK(activation->heldImage().convertToFormat(QImage::Format_RGB32) == gradient);

    // A pasted picture, which has no file at all, is carried too; saved again, the carried
    // picture goes on to the next lesson.
    QImage pasted(20, 10, QImage::Format_RGB32);
    pasted.fill(qRgb(200, 30, 60));
    pageOf<ui::ActivationPage>(student, "activation-maps")->model()->openImage(pasted, QStringLiteral("pasted"));
    REQUIRE(io::writeLessonFile(path, student.lesson(QStringLiteral("pasted"), &notes)).isEmpty());
    CHECK(notes.isEmpty());
    MainWindow next;
    waitUntilIdle(next);
    REQUIRE(next.openLesson(path) == QString());
    waitUntilIdle(next);
    activation = pageOf<ui::ActivationPage>(next, "activation-maps")->model();
    CHECK(activation->pictureName() == QStringLiteral("pasted"));
    CHECK(activation->heldImage().convertToFormat(QImage::Format_RGB32) == pasted);
}

TEST_CASE("a lesson naming a picture that is not there says so and keeps the picture shown", "[lesson]")
{
    const Restore restore;
    MainWindow window;
    waitUntilIdle(window);
    auto* page = pageOf<ui::ActivationPage>(window, "activation-maps");
    const QString before = page->model()->pictureName();
    REQUIRE_FALSE(before.isEmpty());

    io::Lesson lesson;
    lesson.title = QStringLiteral("old lesson");
    lesson.page = QStringLiteral("activation-maps");
    lesson.pages.insert(QStringLiteral("activation-maps"),
                        QJsonObject{{QStringLiteral("picture"), QStringLiteral("/no/such/folder/my-cat.jpg")}});
    REQUIRE(window.applyLesson(lesson) == QString());
    waitUntilIdle(window);
    const QString error = page->model()->lastError();
    INFO(error.toStdString());
    CHECK(error.contains(QStringLiteral("my-cat.jpg")));
    CHECK(error.contains(before));
    CHECK(page->model()->pictureName() == before);
    bool shown = false;
    for (const QLabel* label : page->findChildren<QLabel*>())
        shown = shown || (!label->isHidden() && label->text() == error);
    CHECK(shown);
}

TEST_CASE("a lesson's note to the students shows above the pages when it opens", "[lesson]")
{
    const Restore restore;
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("note.convscope"));
    const QString note = QStringLiteral("Watch the border cells.\n테두리 칸을 보세요.");
    {
        MainWindow teacher;
        waitUntilIdle(teacher);
        teacher.setLessonNote(note);
        REQUIRE(io::writeLessonFile(path, teacher.lesson(QStringLiteral("note"))).isEmpty());
    }
    CHECK(io::readLessonFile(path).lesson.note == note);

    MainWindow student;
    waitUntilIdle(student);
    auto* banner = student.findChild<ui::NoteBanner*>(QStringLiteral("lessonNote"));
    REQUIRE(banner != nullptr);
    CHECK(banner->isHidden());
    REQUIRE(student.openLesson(path) == QString());
    CHECK_FALSE(banner->isHidden());
    CHECK(banner->note() == note);
    CHECK(student.lessonNote() == note);
    // A language switch keeps it; a lesson without a note takes it away.
    REQUIRE(student.setLanguage(QStringLiteral("ko")));
    CHECK_FALSE(banner->isHidden());
    REQUIRE(student.openLesson(ui::LessonMenu::shippedLessons().constFirst().path) == QString());
    CHECK(banner->isHidden());
    CHECK(student.lessonNote().isEmpty());
}

TEST_CASE("a shipped lesson sets everything its pages show", "[lesson]")
{
    const Restore restore;
    MainWindow fresh;
    waitUntilIdle(fresh);
    for (const ui::LessonMenu::Shipped& shipped : ui::LessonMenu::shippedLessons()) {
        const io::LessonReadResult read = io::readLessonFile(shipped.path);
        REQUIRE(read.ok());
        for (auto it = read.lesson.pages.begin(); it != read.lesson.pages.end(); ++it) {
            const auto* page = dynamic_cast<const ui::Page*>(fresh.page(it.key()));
            REQUIRE(page != nullptr);
            // Every key a page's state has, but the quiz (a lesson may leave it off).
            for (const QString& key : page->state().keys()) {
                INFO(shipped.path.toStdString() << ": " << it.key().toStdString() << " lacks " << key.toStdString());
                CHECK((key == QStringLiteral("quiz") || it.value().toObject().contains(key)));
            }
        }
    }

    // Lesson 3 after a student's own kernel: the lesson's custom kernel, not the student's.
    MainWindow window;
    waitUntilIdle(window);
    ui::ActivationModel* activation = pageOf<ui::ActivationPage>(window, "activation-maps")->model();
    activation->setCustomWeight(0, 0, -7.0f);
    activation->setResolution(128);
    REQUIRE(window.openLesson(ui::LessonMenu::shippedLessons().at(2).path) == QString());
    CHECK(activation->customKernel() == fresh.findChild<ui::ActivationPage*>()->model()->customKernel());
    CHECK(activation->resolution() == fresh.findChild<ui::ActivationPage*>()->model()->resolution());
}
