#include "ui/io/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace convscope::io {

namespace {

// The translators install() put in place; QPointer because the application owns them and may
// be gone (tests create one QCoreApplication after another).
struct Installed {
    QPointer<QTranslator> own;
    QPointer<QTranslator> qt;
    QString language = QStringLiteral("en");
};

Installed& installed()
{
    static Installed state;
    return state;
}

QLocale localeFor(const QString& language)
{
    if (language == QStringLiteral("ko"))
        return QLocale(QLocale::Korean, QLocale::SouthKorea);
    // English texts keep the user's own number and date conventions unless those are Korean.
    const QLocale system = QLocale::system();
    return system.language() == QLocale::Korean ? QLocale(QLocale::English, QLocale::UnitedStates) : system;
}

} // namespace

const QStringList& Translations::languages()
{
    static const QStringList ids{QStringLiteral("en"), QStringLiteral("ko")};
    return ids;
}

QString Translations::nativeName(const QString& language)
{
    if (language == QStringLiteral("ko"))
        return QStringLiteral("한국어");
    return QStringLiteral("English");
}

QString Translations::systemLanguage()
{
    // uiLanguages() follows LANGUAGE, then LC_ALL, LC_MESSAGES and LANG, most wanted first.
    for (const QString& name : QLocale::system().uiLanguages()) {
        const QLocale::Language language = QLocale(name).language();
        if (language == QLocale::Korean)
            return QStringLiteral("ko");
        if (language == QLocale::English)
            return QStringLiteral("en");
    }
    return QStringLiteral("en");
}

bool Translations::install(const QString& language)
{
    if (!languages().contains(language) || QCoreApplication::instance() == nullptr)
        return false;
    // English needs a translation too, for its plurals: "%n epoch(s)" becomes "1 epoch", "3 epochs".
    auto* own = new QTranslator(QCoreApplication::instance());
    if (!own->load(QStringLiteral(":/i18n/convscope_%1.qm").arg(language))) {
        delete own;
        return false;
    }
    QTranslator* qt = nullptr;
    if (language != QStringLiteral("en")) {
        qt = new QTranslator(QCoreApplication::instance());
        if (!qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            delete qt;
            qt = nullptr;
        }
    }

    Installed& state = installed();
    for (QTranslator* old : {state.own.data(), state.qt.data()}) {
        if (old != nullptr) {
            QCoreApplication::removeTranslator(old);
            delete old;
        }
    }
    QLocale::setDefault(localeFor(language));
    state.own = own;
    state.qt = qt;
    state.language = language;
    if (qt != nullptr)
        QCoreApplication::installTranslator(qt);
    QCoreApplication::installTranslator(own);
    return true;
}

QString Translations::current()
{
    return installed().language;
}

QString Translations::languageArgument(const QStringList& arguments)
{
    const QString option = QStringLiteral("--lang");
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == option && i + 1 < arguments.size())
            return arguments[i + 1];
        if (arguments[i].startsWith(option + QLatin1Char('=')))
            return arguments[i].mid(option.size() + 1);
    }
    return {};
}

} // namespace convscope::io
