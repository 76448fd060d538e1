#include "export/importexportmenus.h"
#include "shell/preferences.h"
#include "io/outputfile.h"

#include "export/handoutdialog.h"
#include "export/mapexport.h"
#include "io/jiracsv.h"
#include "io/planjson.h"
#include "io/storiescsv.h"
#include "io/storymapsio.h"
#include "storage/document.h"
#include "domain/text.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Valuemap {

namespace {

enum MapKind { MapPdf, MapPoster, MapPng, MapSvg };

QString suggestedName(const Document *document, const QString &suffix)
{
    const QString base = document ? QFileInfo(document->filePath()).completeBaseName() : QString();
    return QDir::home().filePath((base.isEmpty() ? u"plan"_s : base) + u'.' + suffix);
}

} // namespace

ImportExportMenus::ImportExportMenus(QWidget *window, std::function<Document *()> currentDocument,
    std::function<bool(const QString &)> openPlan, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_document(std::move(currentDocument))
    , m_openPlan(std::move(openPlan))
{
    m_importMenu = new QMenu(tr("&Import"), window);
    m_importMenu->addAction(
        tr("Valuemap &JSON…"), this, [this] { chooseImport(ImportFormat::Json); });
    m_importMenu->addAction(
        tr("Stories &CSV…"), this, [this] { chooseImport(ImportFormat::StoriesCsv); });
    m_importMenu->addAction(
        tr("&storymaps.io Map…"), this, [this] { chooseImport(ImportFormat::Storymaps); });

    m_exportMenu = new QMenu(tr("&Export"), window);
    m_exportMenu->addAction(tr("Valuemap &JSON…"), this, [this] {
        exportBytes(tr("Export as Valuemap JSON"), tr("Valuemap JSON (*.json)"), u"json"_s,
            [](const Document &d) { return PlanJson::write(d.store()); });
    });
    m_exportMenu->addAction(tr("Stories &CSV…"), this, [this] {
        // Spreadsheets in locales with a decimal comma expect semicolons (and a BOM for UTF-8).
        const bool semicolons = QLocale().decimalPoint() == u","_s;
        exportBytes(tr("Export Stories as CSV"), tr("CSV (*.csv)"), u"csv"_s,
            [semicolons](const Document &d) {
                return StoriesCsv::write(d, semicolons ? u';' : u',', semicolons);
            });
    });
    m_exportMenu->addAction(tr("&storymaps.io Map…"), this, [this] {
        exportBytes(tr("Export as storymaps.io Map"), tr("storymaps.io JSON (*.json)"), u"json"_s,
            [](const Document &d) { return StorymapsIo::write(d); });
    });
    m_exportMenu->addAction(tr("Jira CSV, Epics from &Activities…"), this, [this] {
        exportBytes(tr("Export for Jira"), tr("CSV (*.csv)"), u"csv"_s,
            [](const Document &d) { return JiraCsv::write(d, JiraCsv::EpicsFrom::Activities); });
    });
    m_exportMenu->addAction(tr("Jira CSV, Epics from S&teps…"), this, [this] {
        exportBytes(tr("Export for Jira"), tr("CSV (*.csv)"), u"csv"_s,
            [](const Document &d) { return JiraCsv::write(d, JiraCsv::EpicsFrom::Steps); });
    });
    m_exportMenu->addSeparator();
    m_exportMenu->addAction(tr("Map as &PDF (One Page)…"), this, [this] { exportMap(MapPdf); });
    m_exportMenu->addAction(
        tr("Map as P&oster PDF (Tiled)…"), this, [this] { exportMap(MapPoster); });
    m_exportMenu->addAction(tr("Map as P&NG…"), this, [this] { exportMap(MapPng); });
    m_exportMenu->addAction(tr("Map as S&VG…"), this, [this] { exportMap(MapSvg); });
    m_exportMenu->addSeparator();
    m_exportMenu->addAction(tr("Client &Handout (PDF)…"), this, [this] { exportHandout(); });
    updateEnabled();
}

void ImportExportMenus::updateEnabled()
{
    m_exportMenu->setEnabled(m_document() != nullptr);
}

void ImportExportMenus::fail(const QString &title, const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void ImportExportMenus::chooseImport(ImportFormat format)
{
    const QString filter
        = format == ImportFormat::StoriesCsv ? tr("CSV (*.csv *.txt)") : tr("JSON (*.json)");
    const QString path
        = QFileDialog::getOpenFileName(m_window, tr("Import"), QDir::homePath(), filter);
    if (!path.isEmpty())
        importFile(format, path);
}

bool ImportExportMenus::importFile(ImportFormat format, const QString &path)
{
    const QString title = tr("Cannot import “%1”").arg(QFileInfo(path).fileName());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(title, tr("The file cannot be read: %1.").arg(file.errorString()));
        return false;
    }
    PlanData data;
    QString error;
    bool ok = false;
    switch (format) {
    case ImportFormat::Json:
        ok = PlanJson::read(file.readAll(), &data, &error);
        break;
    case ImportFormat::StoriesCsv:
        ok = StoriesCsv::read(file.readAll(), &data, &error);
        break;
    case ImportFormat::Storymaps:
        ok = StorymapsIo::read(file.readAll(), &data, &error);
        break;
    }
    if (!ok) {
        fail(title, error + u"\n\n"_s + tr("Nothing was imported."));
        return false;
    }

    // The preview: what will be created, what had no equivalent.
    QDialog preview(m_window);
    preview.setWindowTitle(tr("Import “%1”").arg(QFileInfo(path).fileName()));
    auto *layout = new QVBoxLayout(&preview);
    const auto list = [](const QStringList &lines) -> QString {
        QString html = u"<ul>"_s;
        for (const QString &line : lines)
            html += u"<li>"_s + line.toHtmlEscaped() + u"</li>"_s;
        return html + u"</ul>"_s;
    };
    Document *document = m_document();
    const bool canMerge = document && !document->isReadOnly();
    QString text
        = u"<p>"_s + tr("As a new plan, the import creates:") + u"</p>"_s + list(planSummary(data));
    if (canMerge) {
        // Merging reuses what the plan already has by name (JSON: only tags), so say exactly what
        // it adds.
        const PlanData merged = rebasedOnto(data, document->store(), format != ImportFormat::Json);
        text += u"<p>"_s
            + tr("Merged into “%1”, it adds (the plan keeps its own name and product details):")
                  .arg(document->displayName().toHtmlEscaped())
            + u"</p>"_s + list(planSummary(merged));
    }
    if (!data.notes.isEmpty()) {
        text += u"<p>"_s + tr("Not imported or adapted:") + u"</p><ul>"_s;
        for (const QString &note : std::as_const(data.notes))
            text += u"<li>"_s + note.toHtmlEscaped() + u"</li>"_s;
        text += u"</ul>"_s;
    }
    auto *label = new QLabel(text, &preview);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    layout->addWidget(label);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &preview);
    QPushButton *asNew
        = buttons->addButton(tr("Import as &New Plan…"), QDialogButtonBox::AcceptRole);
    QPushButton *merge = nullptr;
    if (canMerge)
        merge = buttons->addButton(
            tr("&Merge into “%1”").arg(document->displayName()), QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);
    QAbstractButton *clicked = nullptr;
    connect(buttons, &QDialogButtonBox::clicked, &preview, [&](QAbstractButton *b) {
        clicked = b;
        if (b == asNew || b == merge)
            preview.accept();
        else
            preview.reject();
    });
    if (preview.exec() != QDialog::Accepted)
        return false;

    if (clicked == merge && document) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const bool merged = mergeIntoDocument(*document, data,
            tr("Import %1").arg(QFileInfo(path).fileName()), format != ImportFormat::Json, &error);
        QApplication::restoreOverrideCursor();
        if (!merged)
            fail(title, error); // the document has said why; nothing changed
        return merged;
    }
    const QString target = QFileDialog::getSaveFileName(m_window, tr("New Plan from Import"),
        QDir::home().filePath(QFileInfo(path).completeBaseName() + u".valuemap"_s),
        tr("Valuemap plans (*.valuemap)"));
    if (target.isEmpty())
        return false;
    if (document && QFileInfo(target).absoluteFilePath() == document->filePath()) {
        fail(title,
            tr("“%1” is the open plan. Choose another name for the new plan.")
                .arg(QFileInfo(target).fileName()));
        return false;
    }
    // The file dialog has asked before replacing an existing file. A cancelled import leaves
    // no file: the plan is built in a temporary file and moved into place only when complete.
    QProgressDialog progress(tr("Creating the plan…"), tr("Cancel"), 0, 100, m_window);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    const bool created
        = createPlanFile(target, true, data, &error, [&progress](qint64 done, qint64 total) {
              progress.setMaximum(int(total));
              progress.setValue(int(done));
              QCoreApplication::processEvents();
              return !progress.wasCanceled();
          });
    progress.reset();
    if (!created && progress.wasCanceled())
        return false;
    if (!created) {
        fail(title, error);
        return false;
    }
    return m_openPlan(target);
}

QString ImportExportMenus::saveName(
    const QString &title, const QString &filter, const QString &suffix)
{
    QString path = QFileDialog::getSaveFileName(
        m_window, title, suggestedName(m_document(), suffix), filter);
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += u'.' + suffix;
    return path;
}

void ImportExportMenus::exportBytes(const QString &title, const QString &filter,
    const QString &suffix, const std::function<QByteArray(const Document &)> &bytes)
{
    Document *document = m_document();
    if (!document)
        return;
    const QString path = saveName(title, filter, suffix);
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QByteArray data = bytes(*document);
    OutputFile file(path); // a temporary file, renamed into place only when complete
    const bool ok
        = file.open(QIODevice::WriteOnly) && file.write(data) == data.size() && file.commit();
    QApplication::restoreOverrideCursor();
    if (!ok)
        fail(tr("Export failed"),
            tr("Could not write “%1”: %2. Check that the folder is writable and the disk has "
               "space.")
                .arg(shownPath(path), file.errorString()));
}

void ImportExportMenus::exportMap(int kind)
{
    Document *document = m_document();
    if (!document)
        return;
    QString path;
    if (kind == MapPng)
        path = saveName(tr("Export Map as PNG"), tr("PNG image (*.png)"), u"png"_s);
    else if (kind == MapSvg)
        path = saveName(tr("Export Map as SVG"), tr("SVG image (*.svg)"), u"svg"_s);
    else
        path = saveName(tr("Export Map as PDF"), tr("PDF (*.pdf)"), u"pdf"_s);
    if (path.isEmpty())
        return;
    QString error;
    bool ok = false;
    if (kind == MapPng) {
        bool chosen = false;
        const int dpi = QInputDialog::getInt(m_window, tr("Export Map as PNG"),
            tr("Resolution in dots per inch (96 is the map at 100 %):"), 144, 24, 600, 24, &chosen);
        if (!chosen)
            return;
        QApplication::setOverrideCursor(Qt::WaitCursor);
        ok = MapExport::writePng(*document, path, dpi, &error);
        QApplication::restoreOverrideCursor();
    } else if (kind == MapSvg) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        ok = MapExport::writeSvg(*document, path, &error);
        QApplication::restoreOverrideCursor();
    } else {
        MapExport::PdfOptions options;
        options.tiled = kind == MapPoster;
        options.pageSize = QPageSize(Preferences::paperSize()); // Settings ▸ Configure Valuemap…
        QProgressDialog progress(tr("Writing the map…"), tr("Cancel"), 0, 100, m_window);
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(500);
        ok = MapExport::writePdf(
            *document, path, options, &error, [&progress](qint64 done, qint64 total) {
                progress.setMaximum(int(total));
                progress.setValue(int(done));
                QCoreApplication::processEvents();
                return !progress.wasCanceled();
            });
        if (!ok && progress.wasCanceled())
            return; // cancelled: no file was written, nothing to report
    }
    if (!ok)
        fail(tr("Export failed"), error);
}

void ImportExportMenus::exportHandout()
{
    Document *document = m_document();
    if (!document)
        return;
    HandoutDialog dialog(*document, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString path = saveName(tr("Export Client Handout"), tr("PDF (*.pdf)"), u"pdf"_s);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(document->filePath()).absoluteFilePath()) {
        fail(tr("Export failed"),
            tr("“%1” is the open plan. Choose another name for the handout.")
                .arg(QFileInfo(path).fileName()));
        return;
    }
    QString error;
    QString warning;
    QProgressDialog progress(tr("Writing the handout…"), tr("Cancel"), 0, 100, m_window);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    const bool ok = HandoutExport::writePdf(
        *document, path, dialog.options(), &error, &warning, [&progress](qint64 done, qint64 total) {
            progress.setMaximum(int(total));
            progress.setValue(int(done));
            QCoreApplication::processEvents();
            return !progress.wasCanceled();
        });
    progress.reset();
    if (!ok && progress.wasCanceled())
        return; // cancelled: no file was written, nothing to report
    if (!ok)
        fail(tr("Export failed"), error);
    else if (!warning.isEmpty())
        fail(tr("Client Handout"), warning);
}

} // namespace Valuemap
