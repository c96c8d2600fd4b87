// Fuzzes the lesson file reader (io::parseLesson). Properties: no crash, no hang on deep nesting,
// a refusal that names the source and returns no lesson, and an accepted lesson that reads back
// identically after formatLesson writes it out.
#include "tests/fuzz/fuzz_check.h"
#include "ui/io/lesson_file.h"

#include <cstddef>
#include <cstdint>

using namespace convscope;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const QString source = QStringLiteral("fuzz.convscope");

    const io::LessonReadResult read = io::parseLesson(bytes, source);
    if (!read.ok()) {
        fuzz::require(read.error.startsWith(source), "a refusal names the source");
        fuzz::require(read.lesson.page.isEmpty() && read.lesson.pages.isEmpty(), "nothing is returned with a refusal");
        return 0;
    }
    const io::Lesson& lesson = read.lesson;
    fuzz::require(!lesson.page.isEmpty(), "an accepted lesson names its page");
    for (auto it = lesson.pages.begin(); it != lesson.pages.end(); ++it)
        fuzz::require(it.value().isObject(), "every page state is an object");

    const io::LessonReadResult again = io::parseLesson(io::formatLesson(lesson), source);
    fuzz::require(again.ok(), "formatLesson's output reads back");
    fuzz::require(again.lesson.title == lesson.title && again.lesson.page == lesson.page
                      && again.lesson.colourMap == lesson.colourMap && again.lesson.language == lesson.language
                      && again.lesson.hiddenControls == lesson.hiddenControls && again.lesson.pages == lesson.pages,
                  "formatLesson's output reads back to the same lesson");
    return 0;
}
