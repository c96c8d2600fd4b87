// The .ts files against the code as it is now: lupdate gathers every tr() text of ui/ and app/
// into a temporary copy of each .ts (the same command as the update_translations target), and
// every text must have a finished, non-empty translation that keeps the source's placeholders.
#include "tests/catch.h"

#include <algorithm>
#include <functional>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString context;
    QString source;
    bool numerus = false;
    QString type;              // the translation's type attribute: "", "unfinished", "vanished"…
    QStringList translations;  // one per plural form; one for an ordinary message
};

QList<Message> readTs(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QList<Message> messages;
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const QStringView name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = Message{context, {}, xml.attributes().value(QLatin1String("numerus")) == u"yes", {}, {}};
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"translation") {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            // A plural message's forms are numerusform children, read below.
            if (!message.numerus)
                message.translations.append(xml.readElementText());
            messages.append(message);
        } else if (name == u"numerusform") {
            messages.last().translations.append(xml.readElementText());
        }
    }
    INFO(xml.errorString().toStdString());
    REQUIRE_FALSE(xml.hasError());
    return messages;
}

// %1…%99, %L1 and %n: what QString::arg() and tr()'s plural count replace.
QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(?:[1-9][0-9]?|n)"));
    QSet<QString> found;
    for (const QRegularExpressionMatch& match : pattern.globalMatch(text))
        found.insert(match.captured().remove(QLatin1Char('L')));
    return found;
}

QString describe(const Message& message)
{
    QString source = message.source;
    source.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    return message.context + QStringLiteral(": \"") + source + QLatin1Char('"');
}

void checkFinished(const QList<Message>& messages, const QString& tsFile)
{
    QStringList unfinished;
    QStringList placeholderChanges;
    for (const Message& message : messages) {
        const bool empty = message.translations.isEmpty()
            || std::any_of(message.translations.begin(), message.translations.end(),
                           [](const QString& text) { return text.trimmed().isEmpty(); });
        if (!message.type.isEmpty() || empty) {
            unfinished.append(describe(message));
            continue;
        }
        const QSet<QString> expected = placeholders(message.source);
        for (const QString& translation : message.translations) {
            if (placeholders(translation) != expected)
                placeholderChanges.append(describe(message) + QStringLiteral(" → \"") + translation + QLatin1Char('"'));
        }
    }
    INFO("Untranslated (run the update_translations target, then translate these in "
         << tsFile.toStdString() << "):\n  " << unfinished.join(QStringLiteral("\n  ")).toStdString());
    CHECK(unfinished.isEmpty());
    INFO("Translations whose %1/%n placeholders differ from the source:\n  "
         << placeholderChanges.join(QStringLiteral("\n  ")).toStdString());
    CHECK(placeholderChanges.isEmpty());
}

// Runs lupdate over the current sources into a copy of `tsFile`, as update_translations does
// (with -pluralonly for a file of plural forms only).
QList<Message> updatedCopy(const QString& tsFile, const QTemporaryDir& folder, bool pluralOnly)
{
    const QString copy = folder.filePath(QFileInfo(tsFile).fileName());
    REQUIRE(QFile::copy(tsFile, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QStringList arguments = QString::fromUtf8(CONVSCOPE_LUPDATE_ARGUMENTS).split(QLatin1Char('|'));
    if (pluralOnly)
        arguments << QStringLiteral("-pluralonly");
    arguments << QStringLiteral("-ts") << copy;
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(CONVSCOPE_SOURCE_DIR));
    lupdate.start(QStringLiteral(CONVSCOPE_LUPDATE), arguments);
    REQUIRE(lupdate.waitForFinished(60'000));
    INFO(lupdate.readAllStandardError().toStdString());
    REQUIRE(lupdate.exitStatus() == QProcess::NormalExit);
    REQUIRE(lupdate.exitCode() == 0);
    return readTs(copy);
}

// The messages of every .ts file in `joinedPaths` ('|' between the paths), brought up to date
// with the sources in a copy, each checked as finished and then handed to `check`.
void checkUpdatedFiles(const char* joinedPaths, bool pluralOnly,
                       const std::function<void(const QList<Message>&)>& check)
{
    const QStringList tsFiles = QString::fromUtf8(joinedPaths).split(QLatin1Char('|'));
    REQUIRE_FALSE(tsFiles.isEmpty());
    for (const QString& tsFile : tsFiles) {
        CAPTURE(tsFile.toStdString());
        const QTemporaryDir folder;
        REQUIRE(folder.isValid());
        const QList<Message> messages = updatedCopy(tsFile, folder, pluralOnly);
        check(messages);
        checkFinished(messages, tsFile);
    }
}

} // namespace

TEST_CASE("every text of the code has a finished translation that keeps its placeholders")
{
    checkUpdatedFiles(CONVSCOPE_TS_FILES, false, [](const QList<Message>& messages) {
        // The sources hold hundreds of texts; far fewer means lupdate read the wrong folders.
        REQUIRE(messages.size() > 500);
    });
}

TEST_CASE("every plural text of the code has its English singular and plural")
{
    checkUpdatedFiles(CONVSCOPE_PLURAL_TS_FILES, true, [](const QList<Message>& messages) {
        REQUIRE(messages.size() > 15);
        for (const Message& message : messages) {
            CAPTURE(describe(message).toStdString());
            CHECK(message.numerus);
            CHECK(message.translations.size() == 2);
        }
    });
}

TEST_CASE("placeholders are told apart from percent signs")
{
    CHECK(placeholders(QStringLiteral("%1 of %2 (%L3%)")) == QSet<QString>{QStringLiteral("%1"), QStringLiteral("%2"), QStringLiteral("%3")});
    CHECK(placeholders(QStringLiteral("%n epoch(s)")) == QSet<QString>{QStringLiteral("%n")});
    CHECK(placeholders(QStringLiteral("100% sure")).isEmpty());
}

TEST_CASE("no source text hides a character from lupdate")
{
    // lupdate reads the escape \u00d7 followed by the digit 5 as U+0D75 (it takes every hex
    // digit that follows) while the compiler reads "×5": the .ts would then hold a text the
    // program never asks for. Such texts write the character itself.
    static const QRegularExpression escape(QStringLiteral("\\\\u[0-9a-fA-F]{5}"));
    QStringList found;
    for (const QString& folder : {QStringLiteral("ui"), QStringLiteral("app")}) {
        QDirIterator files(QStringLiteral(CONVSCOPE_SOURCE_DIR "/") + folder, {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                           QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            REQUIRE(file.open(QIODevice::ReadOnly));
            const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
            for (qsizetype i = 0; i < lines.size(); ++i)
                if (lines[i].contains(escape))
                    found.append(file.fileName() + QLatin1Char(':') + QString::number(i + 1));
        }
    }
    INFO("\\u escapes followed by a hex digit:\n  " << found.join(QStringLiteral("\n  ")).toStdString());
    CHECK(found.isEmpty());
}

TEST_CASE("the Korean texts use the lecture's term for zero padding")
{
    // The lecture and the glossary say 제로패딩; a bare 패딩 is right only for a pooling window's
    // padding, which is not filled with zeros.
    static const QRegularExpression bare(QStringLiteral("(?<!제로)패딩"));
    QStringList found;
    for (const QString& tsFile : QStringLiteral(CONVSCOPE_TS_FILES).split(QLatin1Char('|'))) {
        if (!tsFile.endsWith(QStringLiteral("_ko.ts")))
            continue;
        for (const Message& message : readTs(tsFile)) {
            const bool pooling = message.source.startsWith(QStringLiteral("%1×%1, stride %2, pad"));
            for (const QString& translation : message.translations)
                if (!pooling && translation.contains(bare))
                    found.append(translation);
        }
    }
    INFO("texts with 패딩 alone:\n  " << found.join(QStringLiteral("\n  ")).toStdString());
    CHECK(found.isEmpty());
}
