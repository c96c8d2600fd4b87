#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace convscope::ui {

// A key a page answers to, as the shortcut list and the page's guide show it.
struct KeyHint {
    QString keys;   // "Space", "← →"
    QString action; // what it does, in the current language
};

// The short guide of one page: what it shows, what to try and what to notice, in the current
// language. The ids are the main window's page ids ("convolution", "training", …).
struct PageGuide {
    Q_DECLARE_TR_FUNCTIONS(PageGuide)

public:
    QString title;
    QString summary;
    QStringList tryThis;
    QStringList notice;
    QList<KeyHint> keys;

    // Empty when the id names no page.
    static PageGuide forPage(const QString& pageId);
    // Keys the grids of numbers answer to on every page that shows one.
    static QList<KeyHint> gridKeys();
};

} // namespace convscope::ui
