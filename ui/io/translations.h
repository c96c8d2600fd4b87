#pragma once

#include <QString>
#include <QStringList>

namespace convscope::io {

// The interface languages: English, the language the source texts are written in, and Korean,
// from resources/translations/convscope_ko.ts compiled into every program as
// :/i18n/convscope_ko.qm. Qt's own texts (dialog buttons, the standard --help and --version
// lines) come from Qt's translations folder when the system has them (qt6-translations-l10n).
//
// install() replaces the translators of the running application; Qt then sends every widget a
// QEvent::LanguageChange, and texts built afterwards come out in the new language.
class Translations {
public:
    // Stable ids for --lang, the settings and the Language menu: "en", "ko".
    static const QStringList& languages();
    // The language's name written in that language, for the menu: "English", "한국어".
    static QString nativeName(const QString& language);
    // "ko" when the user's locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) asks for Korean first,
    // else "en".
    static QString systemLanguage();
    // False (and nothing changes) for an id not in languages() or a translation that cannot be
    // loaded. Needs a QCoreApplication.
    static bool install(const QString& language);
    // The language last installed; "en" before any install().
    static QString current();
    // The --lang value among `arguments` ("--lang ko" or "--lang=ko"), empty when absent.
    static QString languageArgument(const QStringList& arguments);
};

} // namespace convscope::io
