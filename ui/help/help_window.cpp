#include "ui/help/help_window.h"

#include "ui/help/page_guide.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QListWidget>
#include <QMenu>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace convscope::ui {

namespace {

QString bulletList(const QStringList& items)
{
    QString html = QStringLiteral("<ul>");
    for (const QString& item : items)
        html += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
    return html + QStringLiteral("</ul>");
}

QString keyRows(const QList<KeyHint>& keys)
{
    QString html;
    for (const KeyHint& key : keys)
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(key.keys.toHtmlEscaped(),
                                                                         key.action.toHtmlEscaped());
    return html;
}

// A menu command's name as the list shows it: without its mnemonic and its ellipsis.
QString commandName(const QAction* action)
{
    QString name = action->text();
    // A Korean mnemonic stands after its name, "실행 취소(&U)": it goes with its brackets.
    name.remove(QRegularExpression(QStringLiteral("\\(&[^&)]\\)")));
    name.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    name.replace(QStringLiteral("&&"), QStringLiteral("&"));
    if (name.endsWith(QChar(0x2026)))
        name.chop(1);
    return name;
}

void collectCommands(const QMenu* menu, QList<KeyHint>& commands)
{
    for (const QAction* action : menu->actions()) {
        if (action->menu() != nullptr) {
            collectCommands(action->menu(), commands);
            continue;
        }
        QStringList keys;
        for (const QKeySequence& shortcut : action->shortcuts())
            if (!shortcut.isEmpty())
                keys.append(shortcut.toString(QKeySequence::NativeText));
        keys.removeDuplicates();
        if (!keys.isEmpty())
            commands.append({keys.join(QStringLiteral(" / ")), commandName(action)});
    }
}

} // namespace

HelpWindow::HelpWindow(const QStringList& pageIds, const QList<QMenu*>& menus, QWidget* parent)
    : QDialog(parent)
    , m_menus(menus)
    , m_entries(new QListWidget)
    , m_text(new QTextBrowser)
{
    setWindowTitle(tr("ConvScope guide"));
    setObjectName(QStringLiteral("helpWindow"));
    for (const QString& id : pageIds) {
        const PageGuide guide = PageGuide::forPage(id);
        if (guide.title.isEmpty())
            continue;
        m_ids.append(id);
        m_entries->addItem(guide.title);
    }
    m_ids.append(shortcutsEntryId());
    m_entries->addItem(tr("Keyboard shortcuts"));
    m_entries->setAccessibleName(tr("Guides"));
    m_entries->setMaximumWidth(m_entries->sizeHintForColumn(0) + 4 * m_entries->frameWidth() + 24);
    m_text->setOpenLinks(false);
    m_text->setAccessibleName(tr("Guide"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto* columns = new QHBoxLayout;
    columns->addWidget(m_entries);
    columns->addWidget(m_text, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);
    connect(m_entries, &QListWidget::currentRowChanged, this, &HelpWindow::showEntry);
    resize(720, 520);
}

void HelpWindow::showGuide(const QString& pageId)
{
    const int row = m_ids.indexOf(pageId);
    m_entries->setCurrentRow(row >= 0 ? row : 0);
}

void HelpWindow::showShortcuts()
{
    m_entries->setCurrentRow(m_ids.indexOf(shortcutsEntryId()));
}

QString HelpWindow::shownPage() const
{
    const QString id = m_ids.value(m_entries->currentRow());
    return id == shortcutsEntryId() ? QString() : id;
}

QString HelpWindow::shownText() const
{
    return m_text->toPlainText();
}

void HelpWindow::showEntry(int row)
{
    const QString id = m_ids.value(row);
    m_text->setHtml(id == shortcutsEntryId() ? shortcutsHtml() : guideHtml(id));
}

QString HelpWindow::guideHtml(const QString& pageId) const
{
    const PageGuide guide = PageGuide::forPage(pageId);
    QString html = QStringLiteral("<h2>%1</h2><p>%2</p>").arg(guide.title.toHtmlEscaped(), guide.summary.toHtmlEscaped());
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Try this")) + bulletList(guide.tryThis);
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Notice")) + bulletList(guide.notice);
    if (!guide.keys.isEmpty())
        html += QStringLiteral("<h3>%1</h3><table cellpadding=\"3\">%2</table>").arg(tr("Keys"), keyRows(guide.keys));
    return html;
}

QString HelpWindow::shortcutsHtml() const
{
    QList<KeyHint> commands;
    for (const QMenu* menu : m_menus)
        collectCommands(menu, commands);
    QString html = QStringLiteral("<h2>%1</h2>").arg(tr("Keyboard shortcuts"));
    html += QStringLiteral("<h3>%1</h3><table cellpadding=\"3\">%2</table>").arg(tr("Menus"), keyRows(commands));
    html += QStringLiteral("<h3>%1</h3><table cellpadding=\"3\">%2</table>")
                .arg(tr("Grids of numbers"), keyRows(PageGuide::gridKeys()));
    for (const QString& id : m_ids) {
        const PageGuide guide = PageGuide::forPage(id);
        if (!guide.keys.isEmpty())
            html += QStringLiteral("<h3>%1</h3><table cellpadding=\"3\">%2</table>")
                        .arg(guide.title.toHtmlEscaped(), keyRows(guide.keys));
    }
    return html;
}

} // namespace convscope::ui
