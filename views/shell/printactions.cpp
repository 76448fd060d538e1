#include "shell/printactions.h"

#include "shell/icons.h"

#include <QAction>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>

namespace Valuemap {

PrintActions::PrintActions(QWidget *window, std::function<Document *()> document, KindOf kindInFront,
    QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_document(std::move(document))
    , m_kind(std::move(kindInFront))
{
    m_print = new QAction(themedIcon(QStringLiteral("document-print")), tr("&Print…"), this);
    m_print->setShortcut(QKeySequence::Print);
    m_print->setStatusTip(tr("Print what the tab in front shows, as in its PDF export"));
    connect(m_print, &QAction::triggered, this, [this] { print(false); });
    m_preview = new QAction(themedIcon(QStringLiteral("document-print-preview")), tr("Print Pre&view…"), this);
    m_preview->setStatusTip(tr("See the pages of the tab in front before printing them"));
    connect(m_preview, &QAction::triggered, this, [this] { print(true); });
}

void PrintActions::updateEnabled()
{
    const bool can = m_document() && m_kind();
    m_print->setEnabled(can);
    m_preview->setEnabled(can);
}

bool PrintActions::chooseOptions(ScreenPrint::Kind kind, ScreenPrint::Options *options)
{
    if (kind != ScreenPrint::Kind::Map)
        return true;
    QMessageBox box(QMessageBox::Question, tr("Print Story Map"),
        tr("Print the whole map on one page, or as a poster of pages to put together?"),
        QMessageBox::Cancel, m_window);
    QPushButton *fit = box.addButton(tr("&One Page"), QMessageBox::AcceptRole);
    QPushButton *poster = box.addButton(tr("&Poster"), QMessageBox::AcceptRole);
    box.setDefaultButton(fit);
    box.exec();
    if (box.clickedButton() != fit && box.clickedButton() != poster)
        return false;
    options->mapPoster = box.clickedButton() == poster;
    return true;
}

void PrintActions::print(bool preview)
{
    Document *document = m_document();
    const std::optional<ScreenPrint::Kind> kind = m_kind();
    if (!document || !kind)
        return;
    ScreenPrint::Options options;
    if (!chooseOptions(*kind, &options))
        return;
    QPrinter printer(QPrinter::HighResolution);
    ScreenPrint::setUp(&printer, *kind, *document, options);
    if (preview) {
        QPrintPreviewDialog dialog(&printer, m_window);
        dialog.setWindowTitle(tr("Print Preview — %1").arg(ScreenPrint::title(*kind)));
        connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [document, kind, options](QPrinter *p) { ScreenPrint::print(*document, *kind, p, options); });
        dialog.exec();
        return;
    }
    QPrintDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("Print — %1").arg(ScreenPrint::title(*kind)));
    if (dialog.exec() == QDialog::Accepted)
        ScreenPrint::print(*document, *kind, &printer, options);
}

} // namespace Valuemap
