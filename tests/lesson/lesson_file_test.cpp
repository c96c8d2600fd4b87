// The lesson file format (ui/io/lesson_file.h): a lesson reads back as written, every damaged or
// foreign file is refused with a message naming the file and what is wrong, and a failed save
// leaves the earlier file whole.
#include "tests/ui/catch_qstring.h"

#include "ui/io/lesson_file.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#if __has_include(<sys/resource.h>)
#include <csignal>
#include <sys/resource.h>
#endif

using namespace convscope;

namespace {

io::Lesson sampleLesson()
{
    io::Lesson lesson;
    lesson.title = QStringLiteral("스트라이드 2 – stride 2");
    lesson.page = QStringLiteral("convolution");
    lesson.colourMap = QStringLiteral("viridis");
    lesson.language = QStringLiteral("ko");
    lesson.note = QStringLiteral("테두리를 보세요.\nWatch the border.");
    lesson.hiddenControls = {QStringLiteral("convolution"), QStringLiteral("pooling")};
    lesson.pages.insert(QStringLiteral("convolution"),
                        QJsonObject{{QStringLiteral("stride"), 2},
                                    {QStringLiteral("padding"), 1},
                                    {QStringLiteral("image"), QJsonArray{1, 0, -1.5}}});
    lesson.pages.insert(QStringLiteral("pooling"), QJsonObject{{QStringLiteral("window"), 3}});
    return lesson;
}

// A valid lesson with one key replaced (or removed when `value` is undefined).
QByteArray lessonWith(const QString& key, const QJsonValue& value)
{
    QJsonObject root = QJsonDocument::fromJson(io::formatLesson(sampleLesson())).object();
    if (value.isUndefined())
        root.remove(key);
    else
        root.insert(key, value);
    return QJsonDocument(root).toJson();
}

QString refusal(const QByteArray& bytes)
{
    const io::LessonReadResult result = io::parseLesson(bytes, QStringLiteral("today.convscope"));
    REQUIRE_FALSE(result.ok());
    CHECK(result.error.startsWith(QStringLiteral("today.convscope: ")));
    CHECK(result.lesson.page.isEmpty());
    return result.error;
}

} // namespace

TEST_CASE("a lesson reads back exactly as it was written", "[lesson]")
{
    const io::Lesson written = sampleLesson();
    const QByteArray bytes = io::formatLesson(written);
    const QJsonObject root = QJsonDocument::fromJson(bytes).object();
    CHECK(root.value(QStringLiteral("format")).toString() == QStringLiteral("convscope-lesson"));
    CHECK(root.value(QStringLiteral("version")).toInt() == 1);

    const io::LessonReadResult read = io::parseLesson(bytes, QStringLiteral("a.convscope"));
    REQUIRE(read.ok());
    CHECK(read.lesson.title == written.title);
    CHECK(read.lesson.page == written.page);
    CHECK(read.lesson.colourMap == written.colourMap);
    CHECK(read.lesson.language == written.language);
    CHECK(read.lesson.note == written.note);
    CHECK(read.lesson.hiddenControls == written.hiddenControls);
    CHECK(read.lesson.pages == written.pages);
    CHECK(read.lesson.pages.value(QStringLiteral("convolution")).toObject().value(QStringLiteral("image"))
          == QJsonValue(QJsonArray{1, 0, -1.5}));

    SECTION("through a file")
    {
        QTemporaryDir folder;
        REQUIRE(folder.isValid());
        const QString path = folder.filePath(QStringLiteral("today.convscope"));
        REQUIRE(io::writeLessonFile(path, written).isEmpty());
        const io::LessonReadResult fromFile = io::readLessonFile(path);
        REQUIRE(fromFile.ok());
        CHECK(fromFile.lesson.pages == written.pages);
        CHECK(fromFile.lesson.title == written.title);
        // Only the lesson itself is left in the folder: no temporary file.
        CHECK(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{QStringLiteral("today.convscope")});
    }
    SECTION("optional keys may be left out and unknown keys are ignored")
    {
        const QByteArray minimal = R"({"format": "convscope-lesson", "version": 1, "page": "pooling",
                                      "comment": "for Monday", "future": {"x": 1}})";
        const io::LessonReadResult result = io::parseLesson(minimal, QStringLiteral("m.convscope"));
        REQUIRE(result.ok());
        CHECK(result.lesson.page == QStringLiteral("pooling"));
        CHECK(result.lesson.title.isEmpty());
        CHECK(result.lesson.colourMap.isEmpty());
        CHECK(result.lesson.language.isEmpty());
        CHECK(result.lesson.hiddenControls.isEmpty());
        CHECK(result.lesson.pages.isEmpty());
    }
    SECTION("a UTF-8 byte order mark is accepted")
    {
        CHECK(io::parseLesson(QByteArray("\xEF\xBB\xBF") + bytes, QStringLiteral("bom.convscope")).ok());
    }
}

TEST_CASE("damaged and foreign files are refused with a message naming what is wrong", "[lesson]")
{
    CHECK(refusal("").contains(QStringLiteral("empty")));
    CHECK(refusal("  \n").contains(QStringLiteral("empty")));
    const QByteArray whole = io::formatLesson(sampleLesson());
    CHECK(refusal(whole.left(whole.size() / 2)).contains(QStringLiteral("damaged")));
    CHECK(refusal("{\"format\": \"convscope-lesson\", \"version\": 1,}").contains(QStringLiteral("damaged")));
    CHECK(refusal("[1, 2, 3]").contains(QStringLiteral("no object")));
    CHECK(refusal("\x89PNG\r\n\x1a\n").contains(QStringLiteral("damaged")));

    CHECK(refusal(lessonWith(QStringLiteral("format"), QStringLiteral("tiled-map"))).contains(QStringLiteral("“format”")));
    CHECK(refusal(lessonWith(QStringLiteral("format"), QJsonValue::Undefined)).contains(QStringLiteral("not a ConvScope lesson")));
    CHECK(refusal(lessonWith(QStringLiteral("note"), 12)).contains(QStringLiteral("“note” must be a text")));

    SECTION("a newer version names that version and this one")
    {
        const QString error = refusal(lessonWith(QStringLiteral("version"), 7));
        CHECK(error.contains(QStringLiteral("version 7")));
        CHECK(error.contains(QStringLiteral("version 1")));
        CHECK(error.contains(QStringLiteral("newer ConvScope")));
    }
    CHECK(refusal(lessonWith(QStringLiteral("version"), 0)).contains(QStringLiteral("versions start at 1")));
    CHECK(refusal(lessonWith(QStringLiteral("version"), 1.5)).contains(QStringLiteral("whole number")));
    CHECK(refusal(lessonWith(QStringLiteral("version"), QStringLiteral("1"))).contains(QStringLiteral("whole number")));
    CHECK(refusal(lessonWith(QStringLiteral("version"), QJsonValue::Undefined)).contains(QStringLiteral("whole number")));

    CHECK(refusal(lessonWith(QStringLiteral("page"), QJsonValue::Undefined)).contains(QStringLiteral("“page” is missing")));
    CHECK(refusal(lessonWith(QStringLiteral("page"), 3)).contains(QStringLiteral("“page” must be a text")));
    CHECK(refusal(lessonWith(QStringLiteral("title"), QJsonArray{})).contains(QStringLiteral("“title” must be a text")));
    CHECK(refusal(lessonWith(QStringLiteral("colourMap"), true)).contains(QStringLiteral("“colourMap” must be a text")));
    CHECK(refusal(lessonWith(QStringLiteral("language"), QStringLiteral("fr"))).contains(QStringLiteral("“fr”")));
    CHECK(refusal(lessonWith(QStringLiteral("hiddenControls"), QStringLiteral("convolution")))
              .contains(QStringLiteral("“hiddenControls”")));
    CHECK(refusal(lessonWith(QStringLiteral("hiddenControls"), QJsonArray{QStringLiteral("pooling"), 2}))
              .contains(QStringLiteral("“hiddenControls”")));
    CHECK(refusal(lessonWith(QStringLiteral("pages"), QJsonArray{})).contains(QStringLiteral("“pages”")));
    CHECK(refusal(lessonWith(QStringLiteral("pages"), QJsonObject{{QStringLiteral("pooling"), 4}}))
              .contains(QStringLiteral("page “pooling”")));

    SECTION("deep nesting is refused, not recursed into")
    {
        CHECK(refusal(QByteArray(100000, '[') + QByteArray(100000, ']')).contains(QStringLiteral("damaged")));
    }
    SECTION("a file over the size limit is refused before it is parsed")
    {
        QByteArray huge = lessonWith(QStringLiteral("title"), QString(io::maxLessonFileBytes, QLatin1Char('x')));
        CHECK(refusal(huge).contains(QStringLiteral("16 MB")));
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("huge.convscope"));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(huge);
        file.close();
        const io::LessonReadResult result = io::readLessonFile(path);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error.startsWith(QStringLiteral("huge.convscope: ")));
        CHECK(result.error.contains(QStringLiteral("16 MB")));
    }
    SECTION("a missing file and a folder are named")
    {
        QTemporaryDir folder;
        const io::LessonReadResult missing = io::readLessonFile(folder.filePath(QStringLiteral("gone.convscope")));
        REQUIRE_FALSE(missing.ok());
        CHECK(missing.error.startsWith(QStringLiteral("gone.convscope: cannot be opened")));
        CHECK_FALSE(io::readLessonFile(folder.path()).ok());
    }
}

TEST_CASE("a failed save leaves the earlier lesson whole", "[lesson]")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("today.convscope"));
    io::Lesson first = sampleLesson();
    first.title = QStringLiteral("first");
    REQUIRE(io::writeLessonFile(path, first).isEmpty());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();

    SECTION("a lesson too large to open again is not written")
    {
        io::Lesson huge = first;
        huge.pages.insert(QStringLiteral("activation-maps"),
                          QJsonObject{{QStringLiteral("pictureData"), QString(io::maxLessonFileBytes, QLatin1Char('A'))}});
        const QString error = io::writeLessonFile(path, huge);
        CHECK(error.contains(QStringLiteral("was not saved as today.convscope")));
        CHECK(error.contains(QStringLiteral("16 MB")));
    }
    SECTION("the folder is gone")
    {
        const QString error = io::writeLessonFile(folder.filePath(QStringLiteral("no/such/today.convscope")), first);
        CHECK(error.contains(QStringLiteral("could not be saved as today.convscope")));
    }
    SECTION("the target is a folder")
    {
        REQUIRE(QDir(folder.path()).mkdir(QStringLiteral("taken.convscope")));
        REQUIRE(QFile::copy(path, folder.filePath(QStringLiteral("taken.convscope/inside"))));
        CHECK_FALSE(io::writeLessonFile(folder.filePath(QStringLiteral("taken.convscope")), first).isEmpty());
        CHECK(QFileInfo(folder.filePath(QStringLiteral("taken.convscope/inside"))).size() == before.size());
    }
#if __has_include(<sys/resource.h>)
    SECTION("the disk fills up mid-way")
    {
        // A file size limit makes the write fail part-way, as a full disk would, even for root.
        rlimit original{};
        REQUIRE(getrlimit(RLIMIT_FSIZE, &original) == 0);
        const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit small = original;
        small.rlim_cur = 64;
        REQUIRE(setrlimit(RLIMIT_FSIZE, &small) == 0);
        io::Lesson second = sampleLesson();
        second.title = QStringLiteral("second");
        const QString error = io::writeLessonFile(path, second);
        setrlimit(RLIMIT_FSIZE, &original);
        std::signal(SIGXFSZ, previousHandler);
        CHECK(error.contains(QStringLiteral("could not be saved")));
    }
#endif
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == before);
    const io::LessonReadResult read = io::readLessonFile(path);
    REQUIRE(read.ok());
    CHECK(read.lesson.title == QStringLiteral("first"));
    // No temporary file is left behind by the failed save.
    CHECK(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden).size() == 1);
}
