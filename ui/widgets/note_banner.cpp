#include "ui/widgets/note_banner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace convscope::ui {

NoteBanner::NoteBanner(QWidget* parent)
    : QFrame(parent)
    , m_heading(new QLabel)
    , m_text(new QLabel)
    , m_close(new QToolButton)
{
    setObjectName(QStringLiteral("lessonNote"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setStyleSheet(QStringLiteral("#lessonNote { background: #fff4d6; border: 1px solid #d8b352; }"
                                 "#lessonNote QLabel { color: #3d2e00; }"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setText(QStringLiteral("×"));
    m_close->setAutoRaise(true);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);

    auto* words = new QVBoxLayout;
    words->setSpacing(2);
    words->addWidget(m_heading);
    words->addWidget(m_text);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addLayout(words, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    retranslate();
    hide();
}

void NoteBanner::showNote(const QString& note)
{
    m_text->setText(note);
    setVisible(!note.trimmed().isEmpty());
}

QString NoteBanner::note() const
{
    return m_text->text();
}

void NoteBanner::retranslate()
{
    m_heading->setText(tr("The teacher’s note"));
    m_close->setToolTip(tr("Close the note"));
    m_close->setAccessibleName(tr("Close the note"));
}

} // namespace convscope::ui
