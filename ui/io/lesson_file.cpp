#include "ui/io/lesson_file.h"

#include "core/data/atomic_file.h"
#include "ui/io/korean_particles.h"
#include "ui/io/translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <filesystem>
#include <span>
#include <stdexcept>

namespace convscope::io {
namespace {

class LessonFile {
    Q_DECLARE_TR_FUNCTIONS(LessonFile)
};

// Optional text keys: absent gives an empty text, any other type is an error.
bool readText(const QJsonObject& root, const QString& key, const QString& source, QString* value, QString* error)
{
    const QJsonValue found = root.value(key);
    if (found.isUndefined())
        return true;
    if (!found.isString()) {
        *error = io::fitKoreanParticles(LessonFile::tr("%1: “%2” must be a text in quotes").arg(source, key));
        return false;
    }
    *value = found.toString();
    return true;
}

// The lesson in `bytes`, or an error and a partly filled `lesson`.
QString parseInto(const QByteArray& bytes, const QString& sourceName, Lesson& lesson)
{
    QString error;
    if (bytes.size() > maxLessonFileBytes) {
        error = LessonFile::tr("%1: the file is larger than the limit of %2 MB for a lesson")
                    .arg(sourceName)
                    .arg(maxLessonFileBytes / (1024 * 1024));
        return error;
    }
    if (bytes.trimmed().isEmpty()) {
        error = LessonFile::tr("%1: the file is empty, not a lesson").arg(sourceName);
        return error;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        error = LessonFile::tr("%1: the lesson is damaged: its JSON breaks at byte %2 (%3)")
                    .arg(sourceName)
                    .arg(parseError.offset)
                    .arg(parseError.errorString());
        return error;
    }
    if (!document.isObject()) {
        error = LessonFile::tr("%1: not a lesson: the JSON holds no object with the lesson’s keys").arg(sourceName);
        return error;
    }
    const QJsonObject root = document.object();

    if (root.value(QStringLiteral("format")).toString() != QLatin1String(lessonFormatName)) {
        error = LessonFile::tr("%1: not a ConvScope lesson (“format” must be “%2”)")
                    .arg(sourceName, QLatin1String(lessonFormatName));
        return error;
    }
    const QJsonValue version = root.value(QStringLiteral("version"));
    // Whole numbers only: 1.5 or "1" is not a version this program wrote.
    if (!version.isDouble() || version.toDouble() != static_cast<double>(version.toInteger())) {
        error = LessonFile::tr("%1: “version” must be a whole number").arg(sourceName);
        return error;
    }
    if (version.toInteger() > lessonFormatVersion) {
        error = io::fitKoreanParticles(LessonFile::tr("%1: the lesson was saved in format version %2 by a newer ConvScope; this one reads "
                               "version %3. Open it with a newer ConvScope.")
                    .arg(sourceName)
                    .arg(version.toInteger())
                    .arg(lessonFormatVersion));
        return error;
    }
    if (version.toInteger() < 1) {
        error = io::fitKoreanParticles(LessonFile::tr("%1: “version” %2 does not exist; lesson versions start at 1")
                    .arg(sourceName)
                    .arg(version.toInteger()));
        return error;
    }

    if (!readText(root, QStringLiteral("title"), sourceName, &lesson.title, &error)
        || !readText(root, QStringLiteral("page"), sourceName, &lesson.page, &error)
        || !readText(root, QStringLiteral("colourMap"), sourceName, &lesson.colourMap, &error)
        || !readText(root, QStringLiteral("language"), sourceName, &lesson.language, &error)
        || !readText(root, QStringLiteral("note"), sourceName, &lesson.note, &error))
        return error;
    if (lesson.page.isEmpty()) {
        error = LessonFile::tr("%1: “page” is missing: a lesson names the page it opens").arg(sourceName);
        return error;
    }
    if (!lesson.language.isEmpty() && !Translations::languages().contains(lesson.language)) {
        error = LessonFile::tr("%1: unknown “language” “%2”: use %3")
                    .arg(sourceName, lesson.language, Translations::languages().join(QStringLiteral(", ")));
        return error;
    }

    const QJsonValue hidden = root.value(QStringLiteral("hiddenControls"));
    if (!hidden.isUndefined()) {
        bool texts = hidden.isArray();
        for (const QJsonValue item : hidden.toArray())
            texts = texts && item.isString();
        if (!texts) {
            error = LessonFile::tr("%1: “hiddenControls” must be a list of page names in quotes").arg(sourceName);
            return error;
        }
        for (const QJsonValue item : hidden.toArray())
            lesson.hiddenControls.append(item.toString());
    }

    const QJsonValue pages = root.value(QStringLiteral("pages"));
    if (!pages.isUndefined()) {
        if (!pages.isObject()) {
            error = LessonFile::tr("%1: “pages” must be an object holding each page’s settings").arg(sourceName);
            return error;
        }
        const QJsonObject states = pages.toObject();
        for (auto it = states.begin(); it != states.end(); ++it) {
            if (!it.value().isObject()) {
                error = LessonFile::tr("%1: the settings of page “%2” must be an object").arg(sourceName, it.key());
                return error;
            }
        }
        lesson.pages = states;
    }
    return error;
}

} // namespace

LessonReadResult parseLesson(const QByteArray& bytes, const QString& sourceName)
{
    LessonReadResult result;
    result.error = parseInto(bytes, sourceName, result.lesson);
    if (!result.ok())
        result.lesson = Lesson();
    return result;
}

LessonReadResult readLessonFile(const QString& path)
{
    const QString source = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        LessonReadResult result;
        result.error = LessonFile::tr("%1: cannot be opened (%2)").arg(source, file.errorString());
        return result;
    }
    // One byte over the limit is enough to know the file is too large, whatever its real size
    // (a pipe or a special file has none).
    const QByteArray bytes = file.read(maxLessonFileBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        LessonReadResult result;
        result.error = LessonFile::tr("%1: cannot be read (%2)").arg(source, file.errorString());
        return result;
    }
    return parseLesson(bytes, source);
}

QByteArray formatLesson(const Lesson& lesson)
{
    QJsonObject root{
        {QStringLiteral("format"), QLatin1String(lessonFormatName)},
        {QStringLiteral("version"), lessonFormatVersion},
        {QStringLiteral("title"), lesson.title},
        {QStringLiteral("page"), lesson.page},
        {QStringLiteral("colourMap"), lesson.colourMap},
        {QStringLiteral("hiddenControls"), QJsonArray::fromStringList(lesson.hiddenControls)},
        {QStringLiteral("pages"), lesson.pages},
    };
    if (!lesson.language.isEmpty())
        root.insert(QStringLiteral("language"), lesson.language);
    if (!lesson.note.isEmpty())
        root.insert(QStringLiteral("note"), lesson.note);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString writeLessonFile(const QString& path, const Lesson& lesson)
{
    const QByteArray bytes = formatLesson(lesson);
    if (bytes.size() > maxLessonFileBytes)
        return LessonFile::tr("The lesson was not saved as %1: it would take %2 MB, more than the %3 MB a lesson may hold. "
                              "Use smaller pictures.")
            .arg(QFileInfo(path).fileName())
            .arg(static_cast<double>(bytes.size()) / (1024.0 * 1024.0), 0, 'f', 1)
            .arg(maxLessonFileBytes / (1024 * 1024));
    try {
        core::writeFileAtomically(std::filesystem::path(path.toStdU16String()),
                                  std::span<const char>(bytes.constData(), static_cast<std::size_t>(bytes.size())));
    } catch (const std::exception& failure) {
        return LessonFile::tr("The lesson could not be saved as %1 (%2).")
            .arg(QFileInfo(path).fileName(), QString::fromLocal8Bit(failure.what()));
    }
    return {};
}

} // namespace convscope::io
